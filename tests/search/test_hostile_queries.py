"""Queries built to be expensive: each answers, within its time budget, and no worker is lost.

The archive holds one page that defeats Whoosh's phrase matching: a quarter of a megabyte of
冰 and 雪 with almost no other character (the kind of page an OCR run that failed produces).
"""

import random
import signal
import time

import pytest
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.query import MAX_PHRASE_UNITS, MAX_TERMS, search
from search.signals import reindex_articles
from tests.search.engines import only_on


@pytest.fixture
def hostile_archive(search_index, make_article):
    rng = random.Random(1)
    text = "".join(rng.choice(["冰", "冰", "冰雪", "冰 ", "雪"]) for _ in range(120_000))
    flood = make_article("冰", *[text[i : i + 5000] for i in range(0, len(text), 5000)])
    plain = make_article("道里区举办冰雪文化节", "市民参加了冬泳表演，志愿者为游客发放口罩。")
    reindex_articles([flood.pk, plain.pk])
    return flood, plain


def test_a_term_repeated_a_hundred_times_is_searched_once(hostile_archive):
    once = search("冰")
    repeated = search("冰 " * 100)
    assert not repeated.error
    assert repeated.count == once.count == 2


def test_a_snippet_on_a_flooded_page_is_one_window_with_its_matches_marked(hostile_archive):
    flood, _ = hostile_archive
    (hit,) = [h for h in search("冰").hits if h.article.pk == flood.pk]
    assert "<mark>冰</mark>" in hit.snippet
    assert len(hit.snippet) < 2000


def test_too_many_terms_is_refused_with_the_limit_named(hostile_archive):
    words = " ".join(f"词{n}" for n in range(MAX_TERMS + 1))
    assert f"最多 {MAX_TERMS} 个" in search(words).error


def test_a_phrase_longer_than_a_sentence_is_refused(hostile_archive):
    assert f"最多 {MAX_PHRASE_UNITS} 个字" in search("冰雪" * MAX_PHRASE_UNITS).error


@only_on("whoosh", "PostgreSQL answers this query in milliseconds: nothing to stop")
def test_a_search_past_its_budget_is_stopped_and_called_too_broad(hostile_archive, settings):
    settings.SEARCH_TIME_BUDGET = 0.05
    results = search("冰冰冰冰冰冰冰冰")
    assert "太宽泛" in results.error
    assert results.hits == []
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # no alarm left to go off later
    assert not search("文化节").error  # the worker goes on serving


def test_a_budget_whose_first_tick_comes_at_once_leaves_no_alarm_behind(hostile_archive, settings):
    """A tick landing as the timer is armed, or as it is stopped, must not leave it repeating:
    the worker's next unrelated call would be stopped as "too broad"."""
    settings.SEARCH_TIME_BUDGET = 0.000001
    for _ in range(20):
        assert "太宽泛" in search("文化节").error
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    time.sleep(0.2)  # a repeating alarm left armed would go off here


@only_on("whoosh", "PostgreSQL answers this query in milliseconds: nothing to stop")
def test_the_api_answers_400_naming_the_cause_when_a_search_is_too_broad(
    client, hostile_archive, settings
):
    settings.SEARCH_TIME_BUDGET = 0.05
    response = client.get("/api/search/", {"q": "冰雪冰雪冰雪冰雪"})
    assert response.status_code == 400
    assert "太宽泛" in response.json()["error"]


_PIECES = st.sampled_from(["冰", "雪", "冰雪", " ", "  ", '"', "-", "OR ", "| ", "冰冰冰冰"])


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(pieces=st.lists(_PIECES, max_size=60))
def test_any_query_over_the_flooded_page_answers_within_its_budget(hostile_archive, pieces):
    """Not a speed target: unbounded, the worst of these queries runs for seconds."""
    with override_settings(SEARCH_TIME_BUDGET=0.5):
        start = time.monotonic()
        results = search("".join(pieces)[:200])
        elapsed = time.monotonic() - start
    assert results.hits or results.error or results.count == 0
    assert elapsed < 0.5 + 3  # the budget, and the snippets and facets of one page of hits
