"""The relayout tool sets a page in another layout without changing its words, so the page's
gold still matches it: otherwise a score in that layout would measure the tool, not the cut."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "pages" / "real"))
from relayout import LAYOUTS, relay
from score_ingest import norm

PAGE = """2025年3月26日 星期三 第4版

# 地方新闻

## 城市更新案例入选

据本报消息(记者郭亚琼)近日,住房城乡建设部公布第二批城市更新典型案例,桂林市糖厂改造项目入选。

近年来,我区积极稳妥推进实施城市更新行动,在7个设区市开展城市更新试点并推进20个示范项目建设。


村里修起文化广场

本报讯 走进永乐镇西北乐村,一栋栋青瓦白墙小楼环湖而立,村民在广场上唱起山歌,孩子们追逐嬉戏。



村民在文化广场上唱山歌。 记者 谢骏 摄
"""
GOLD = [
    {"title_keys": ["城市更新案例入选"], "body_start": "据本报消息", "body_end": "示范项目建设。"},
    {"title_keys": ["文化广场"], "body_start": "本报讯 走进永乐镇", "body_end": "追逐嬉戏。"},
]


def text_lines(page):
    return [line for line in page.split("\n") if line.strip()]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_relaid_page_keeps_its_words_and_its_gold(layout):
    page = relay(PAGE, layout, GOLD, "page.txt")
    words = norm(page.replace("#", ""))
    assert words == norm(PAGE.replace("#", ""))
    for item in GOLD:
        assert norm(item["body_start"]) in words and norm(item["body_end"]) in words
        assert any(norm(k) in words for k in item["title_keys"])


def test_narrow_wraps_paragraphs_but_not_titles_or_captions():
    lines = text_lines(relay(PAGE, "narrow", GOLD, "page.txt"))
    assert "村里修起文化广场" in lines and "村民在文化广场上唱山歌。 记者 谢骏 摄" in lines
    assert all(len(line) <= 16 for line in lines if line.startswith(("据", "本报讯", "近年来")))
    assert len(lines) > 15


def test_one_blank_line_everywhere_leaves_no_gap_between_items():
    page = relay(PAGE, "oneblank", GOLD, "page.txt")
    assert "\n\n\n" not in page and text_lines(page) == text_lines(PAGE)


def test_picture_gaps_shrink_but_item_gaps_stay():
    page = relay(PAGE, "picgap", GOLD, "page.txt")
    assert "\n\n\n\n" not in page and "建设。\n\n\n村里" in page


def test_titles_are_marked_or_unmarked():
    marked = text_lines(relay(PAGE, "markdown", GOLD, "page.txt"))
    assert "## 城市更新案例入选" in marked and "## 村里修起文化广场" in marked
    assert not any(
        line.startswith("#") for line in text_lines(relay(PAGE, "plain", GOLD, "page.txt"))
    )
