"""`manage.py export_articles`: JSON Lines in a fixed shape and order, in bounded queries."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from archive.export import export_lines
from archive.models import Article
from tests.conftest import DAOLI, NANGANG, XIANGFANG

KEYS = [
    "id",
    "url",
    "source",
    "position",
    "kicker",
    "title",
    "subtitle",
    "kind",
    "date",
    "bylines",
    "places",
    "paragraphs",
    "captions",
    "subheads",
]


def export(**options) -> list[dict]:
    out = StringIO()
    call_command("export_articles", stdout=out, **options)
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.fixture
def two_pages(ingest, pages):
    ingest(
        pages("b.txt", DAOLI, XIANGFANG, sidecar={"edition_date": "2021-11-30"}),
        pages("a.txt", NANGANG, DAOLI),
    )


def test_each_line_is_one_article_with_exactly_the_agreed_keys(two_pages):
    records = export()
    assert len(records) == Article.objects.count() == 4
    assert all(list(r) == KEYS for r in records)


def test_articles_come_in_source_file_then_position_order(two_pages):
    assert [(r["source"], r["position"]) for r in export()] == [
        ("a.txt", 1),
        ("a.txt", 2),
        ("b.txt", 1),
        ("b.txt", 2),
    ]


def test_an_article_is_exported_as_a_reader_sees_it(two_pages):
    nangang = export()[0]
    article = Article.objects.get(pk=nangang["id"])
    assert nangang["url"] == article.get_absolute_url() == f"/articles/{article.pk}/"
    assert (nangang["title"], nangang["kind"]) == (NANGANG.title, "article")
    assert nangang["bylines"] == [{"name": "赵青", "role": "记者"}]
    assert nangang["paragraphs"][-1] == NANGANG.paragraphs[-1]
    assert nangang["captions"] == []
    place = next(p for p in nangang["places"] if p["name"] == "南岗区")
    assert place == {
        "name": "南岗区",
        "level": "county",
        "parent": "哈尔滨市",
        "path": ["黑龙江省", "哈尔滨市", "南岗区"],
        "code": "230103",
    }


def test_dates_are_full_iso_else_month_day_else_null(two_pages):
    dates = {(r["source"], r["title"]): r["date"] for r in export()}
    assert dates == {
        ("a.txt", NANGANG.title): "--11-29",
        ("a.txt", DAOLI.title): None,
        ("b.txt", DAOLI.title): "2021-11-30",
        ("b.txt", XIANGFANG.title): "2021-11-07",
    }


def test_output_is_utf8_text_not_escapes_and_the_file_matches_stdout(two_pages, tmp_path):
    target = tmp_path / "articles.jsonl"
    call_command("export_articles", output=str(target), stderr=StringIO())
    text = target.read_text(encoding="utf-8")
    assert NANGANG.title in text and "\\u" not in text
    assert [json.loads(line) for line in text.splitlines()] == export()


def test_export_query_count_does_not_grow_with_articles(ingest, django_assert_max_num_queries):
    ingest()
    assert Article.objects.count() > 20
    with django_assert_max_num_queries(4):
        lines = list(export_lines())
    assert len(lines) == Article.objects.count()
