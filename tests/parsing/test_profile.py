"""Layout thresholds live in one profile; a paper can set its own."""

import pytest

from archive.parsing import parse_page
from archive.parsing import profile as layout

# A four-character section label beside the running head, then a markdown title.
PAGE = """2021年11月30日 星期二 第3版
湖南新闻
## 长沙地铁六号线开通
本报讯 昨日，长沙地铁六号线开通运营，市民乘车出行更方便。
"""


def test_by_default_a_short_line_beside_the_running_head_is_the_pages_section_label():
    page = parse_page(PAGE)
    assert page.items[0].kicker == ""
    assert "section label left out: 湖南新闻" in page.warnings


def test_a_papers_override_changes_how_its_pages_are_read(monkeypatch):
    # A paper whose section labels are at most three wide: a four-wide line is the kicker.
    monkeypatch.setitem(layout.PAPER_OVERRIDES, "测试日报", {"section_label_max": 3})
    page = parse_page(PAGE, paper="测试日报")
    assert (page.items[0].kicker, page.items[0].title) == ("湖南新闻", "长沙地铁六号线开通")
    assert parse_page(PAGE, paper="别的日报") == parse_page(PAGE)  # other papers: defaults


def test_an_override_naming_no_threshold_fails_loudly(monkeypatch):
    monkeypatch.setitem(layout.PAPER_OVERRIDES, "测试日报", {"section_lable_max": 3})
    with pytest.raises(TypeError, match="section_lable_max"):
        parse_page(PAGE, paper="测试日报")
