"""Five invented pages in the seeds' style, cut item by item as an editor cut them beforehand.

Regressions on layouts the seeds do not combine show here."""

import json
from pathlib import Path

import pytest

from archive.parsing import parse_page
from tests.parsing.helpers import norm

PAGES = Path(__file__).resolve().parent / "pages" / "generalise"
GOLD = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
FILES = sorted({g["file"] for g in GOLD})


@pytest.fixture(scope="module")
def cut():
    cache = {}

    def get(name):
        if name not in cache:
            cache[name] = parse_page((PAGES / name).read_text(encoding="utf-8"))
        return cache[name]

    return get


def gold_for(name):
    return [g for g in GOLD if g["file"] == name]


@pytest.mark.parametrize("name", FILES)
def test_each_invented_page_has_as_many_items_as_the_editor_cut(cut, name):
    assert len(cut(name).items) == len(gold_for(name))


@pytest.mark.parametrize("name", FILES)
def test_each_item_holds_its_text_from_first_to_last_words(cut, name):
    for item, gold in zip(cut(name).items, gold_for(name), strict=False):
        body = norm("".join(item.paragraphs))
        assert body.startswith(norm(gold["body_start"])), (gold["n"], body[:30])
        assert norm(gold["body_end"]) in body, (gold["n"], body[-30:])
        assert item.kind == gold["kind"], gold["n"]


@pytest.mark.parametrize("name", FILES)
def test_each_item_carries_its_title(cut, name):
    for item, gold in zip(cut(name).items, gold_for(name), strict=False):
        head = norm(item.kicker + item.title + item.subtitle)
        if gold["title_keys"] is None:
            assert item.title == "", gold["n"]
        else:
            assert any(norm(k) in head for k in gold["title_keys"]), (gold["n"], head)


@pytest.mark.parametrize("name", FILES)
def test_each_item_names_the_people_on_its_bylines(cut, name):
    for item, gold in zip(cut(name).items, gold_for(name), strict=False):
        assert {c.name for c in item.credits} == set(gold["persons"]), gold["n"]


def test_a_number_wrapped_at_the_column_edge_reads_whole_on_the_narrow_page(cut):
    headless = cut("zhejiang_narrow.txt").items[3]
    assert headless.paragraphs[0].startswith("11月18日，浙江省首届乡村运营师大赛")
    assert headless.date == "--11-18"


def test_the_foot_label_over_the_editors_credit_is_reported_not_printed(cut):
    page = cut("guangxi_picture_gap.txt")
    assert page.items[-1].paragraphs[-1].endswith("徒步研学线路。")
    assert any("乡村民宿" in w for w in page.warnings)
