"""manage.py bench_search on a tiny corpus: it runs end to end and prints every figure."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.search.engines import needs_postgres

FIGURES = [
    "index build:",
    "articles/s",
    "index size:",
    "raw engine: p50",
    "search(): p50",
    "http request: p50",
    "p95",
    "p95 ms rare word",
    "p95 ms common word",
    "p95 ms name",
    "p95 ms single character",
    "p95 ms phrase",
    "ratio search/raw",
    "http p95 passes 300 ms at about",
    "http/raw",
    "first request (new process):",
    "process start to ready",
    "peak memory:",
    "targets:",
]


def test_the_benchmark_prints_every_figure_from_a_throwaway_data_dir(settings):
    out = StringIO()
    call_command("bench_search", articles=60, repeat=1, stdout=out)
    text = out.getvalue()
    missing = [name for name in FIGURES if name not in text]
    assert missing == [], text
    assert str(settings.ARCHIVE_DATA_DIR) not in text  # never the real data folder


def test_the_benchmark_rejects_a_zero_article_count():
    with pytest.raises(CommandError, match="--articles"):
        call_command("bench_search", articles=0)


@needs_postgres
@pytest.mark.django_db(transaction=True)  # CREATE DATABASE cannot run in a test's transaction
def test_both_engines_are_measured_in_one_run_and_shown_side_by_side():
    out = StringIO()
    call_command("bench_search", articles=40, repeat=1, engine="whoosh,postgres", stdout=out)
    text = out.getvalue()
    assert "== engine whoosh" in text and "== engine postgres" in text
    assert text.count("raw engine: p50") == 2
    side = text.split("== side by side: whoosh | postgres", 1)[1]
    assert "build articles/s:" in side and "http p95 ms phrase:" in side
    assert "PostgreSQL backend" in text  # the database server's memory too


def test_the_postgres_engine_needs_a_postgres_database(settings):
    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        pytest.skip("runs where DATABASE_URL is not PostgreSQL: the error is the point")
    with pytest.raises(CommandError, match="PostgreSQL DATABASE_URL"):
        call_command("bench_search", articles=10, repeat=1, engine="postgres", stdout=StringIO())


def test_an_unknown_engine_is_refused():
    with pytest.raises(CommandError, match="--engine"):
        call_command("bench_search", engine="solr")


def test_both_corpora_are_measured_in_one_run_and_shown_side_by_side():
    out = StringIO()
    call_command("bench_search", articles=30, repeat=1, corpus="fixtures,dictionary", stdout=out)
    text = out.getvalue()
    assert "corpus fixtures: 30 articles" in text and "corpus dictionary: 30 articles" in text
    side = text.split("== side by side: whoosh/fixtures | whoosh/dictionary", 1)[1]
    assert "http p95 ms common word:" in side


def test_an_unknown_corpus_is_refused():
    with pytest.raises(CommandError, match="--corpus"):
        call_command("bench_search", corpus="wikipedia")


@pytest.mark.django_db
def test_the_dictionary_corpus_follows_jiebas_word_counts():
    from collections import Counter

    from archive.models import Article
    from search.bench_corpus import build_corpus

    pool = build_corpus(20, corpus="dictionary")
    articles = list(Article.objects.filter(fingerprint__startswith="bench"))
    assert len(articles) == 20 and pool.paragraphs
    text = "".join(p for a in articles for p in a.paragraphs)
    assert 300 * 20 <= len(text) <= 1200 * 20  # about as long as the real pages' articles
    counts = Counter(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    assert counts.most_common(1)[0][0] in "的一是了不在有人这"  # the most frequent characters
    assert all(a.places.exists() for a in articles)


def test_searches_stopped_at_the_budget_are_counted_not_fatal(settings, monkeypatch):
    """On a loaded machine a common word can pass the budget: the run goes on and says so."""
    monkeypatch.setenv("ARCHIVE_SEARCH_BUDGET", "0.000001")
    settings.SEARCH_TIME_BUDGET = 0.000001
    out = StringIO()
    call_command("bench_search", articles=30, repeat=1, stdout=out)
    assert "raw engine stopped at the search budget" in out.getvalue()
    assert "http request: p50" in out.getvalue()
