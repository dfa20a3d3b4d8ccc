"""Invented pages cut by hand before parsing: each item's text, title, bylines and places.

generalise2: ambiguous district names, nicknames and minority prefectures, long byline
lists, 简讯 columns, asking titles, a page of photos only, notices signed off at the foot.
generalise3: OCR noise (spaces inside names, doubled characters, lines broken after an opening
quote or bracket), page headers and footers, 来源/转载 lines, (完) and ■ endings, an editor's
note, an interview in 问/答 form, numbered lists, a feature with many short subheads and a
记者手记, a 快讯 column and a notice signed on one line. generalise4: 短评/评论 under 评论员
bylines, 新华社 wire stories, 读者来信 signed by a reader and town, a group of photos with
stacked credits, weather and price tables, a 公益广告 slogan, 文/图 bylines on one line. remix:
the seed pages' own articles re-set: reordered, mixed across pages (re-wrapped to the page's
column), markdown with plain titles, picture gaps moved; gold derived from the seeds' gold."""

import json
from pathlib import Path

import pytest

from archive.gazetteer import Gazetteer
from archive.ingest.prepare import item_places
from archive.parsing import parse_page
from tests.parsing.helpers import norm

ROOT = Path(__file__).resolve().parent / "pages"
FOLDERS = ("generalise2", "generalise3", "generalise4", "remix")
GOLD = [
    {**g, "file": f"{folder}/{g['file']}"}
    for folder in FOLDERS
    for g in json.loads((ROOT / folder / "gold.json").read_text(encoding="utf-8"))
]
FILES = sorted({g["file"] for g in GOLD})


@pytest.fixture(scope="module")
def cut():
    return {name: parse_page((ROOT / name).read_text(encoding="utf-8")) for name in FILES}


def pairs(cut, name):
    items = cut[name].items
    gold = [g for g in GOLD if g["file"] == name]
    assert len(items) == len(gold), [i.title for i in items]
    return list(zip(items, gold, strict=True))


def _opens_with(name: str, text: str, start: str) -> bool:
    """Invented pages' gold gives an item's first words; remixed pages carry the seeds' gold,
    whose opening words the scorer looks for anywhere in the item, so there they must be in it."""
    return start in text if name.startswith("remix/") else text.startswith(start)


@pytest.mark.parametrize("name", FILES)
def test_each_item_runs_from_its_first_to_its_last_words(cut, name):
    for item, gold in pairs(cut, name):
        text = norm("".join(item.paragraphs))
        assert _opens_with(name, text, norm(gold["body_start"])), (gold["n"], text[:30])
        assert norm(gold["body_end"]) in text, (gold["n"], text[-30:])
        assert item.kind == gold["kind"], gold["n"]


@pytest.mark.parametrize("name", FILES)
def test_each_titled_item_carries_its_title(cut, name):
    for item, gold in pairs(cut, name):
        head = norm(item.kicker + item.title + item.subtitle)
        if gold["title_keys"] is None:  # a brief under a 简讯 label has no title of its own
            assert head == "", (gold["n"], head)
        else:
            assert any(norm(k) in head for k in gold["title_keys"]), (gold["n"], head)


@pytest.mark.parametrize("name", FILES)
def test_each_item_names_the_people_on_its_bylines(cut, name):
    for item, gold in pairs(cut, name):
        assert {c.name for c in item.credits} == set(gold["persons"]), gold["n"]


@pytest.mark.parametrize("name", FILES)
def test_each_item_is_about_the_places_an_editor_would_file_it_under(cut, name):
    gazetteer = Gazetteer.default()
    items = cut[name].items
    for item, gold in pairs(cut, name):
        found = set()
        for mention in item_places(item, items).places:
            found.add(gazetteer.get(mention.code).name)
        for spellings in gold["places"]:
            assert found & set(spellings), (gold["n"], spellings, found)


# Page furniture a reader never sees as article text: headers, footers, editor credits.
FURNITURE = (
    "星期二第3版",
    "星期三第6版",
    "星期五第2版",
    "责任编辑",
)


@pytest.mark.parametrize("name", [f for f in FILES if f.startswith("generalise3/")])
def test_page_headers_and_footers_are_in_no_article(cut, name):
    for item in cut[name].items:
        text = norm(item.text)
        assert not any(norm(f) in text for f in FURNITURE), (item.position, text[:40])
