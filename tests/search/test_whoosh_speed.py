"""Whoosh's speed-ups change nothing found: the result cache (pages and repeated searches,
never across a commit) and the listed field lengths (the same scores)."""

import pytest

from search.query import search
from search.signals import reindex_articles
from tests.search.engines import only_on

pytestmark = only_on("whoosh", "the Whoosh backend's own")


@pytest.fixture
def many(search_index, make_article):
    articles = [
        make_article(
            f"冰雪第{i}篇",
            f"哈尔滨冰雪节第{i}天，游客很多。" * (1 + i % 3),
            date=None if i % 8 == 0 else "2021-01-0" + str(1 + i % 9),  # four undated
        )
        for i in range(25)
    ]
    reindex_articles([a.pk for a in articles])
    return articles


def pages(sort):
    return [
        ([h.article.pk for h in r.hits], r.count, r.facets)
        for r in (search("冰雪", page=n, sort=sort, page_size=4) for n in range(1, 8))
    ]


@pytest.mark.parametrize("sort", ["relevance", "date", "date_asc"])
def test_cached_pages_are_the_pages_searched_afresh(many, settings, sort):
    settings.SEARCH_RESULT_CACHE = 0
    fresh = pages(sort)
    settings.SEARCH_RESULT_CACHE = 128
    assert pages(sort) == fresh  # filled on page 1
    assert pages(sort) == fresh  # served from the cache
    assert sum(len(ids) for ids, _, _ in fresh) == 25


def test_a_commit_is_seen_by_the_next_search(many, make_article, settings):
    settings.SEARCH_RESULT_CACHE = 128
    assert search("冰雪").count == 25
    new = make_article("又一篇冰雪", "冰雪大世界开园。")
    reindex_articles([new.pk])
    assert search("冰雪").count == 26


def test_listed_field_lengths_score_exactly_as_whoosh_does(many):
    from haystack import connections
    from whoosh.scoring import BM25F

    from search.backends.whoosh.querying import build_query
    from search.backends.whoosh.scoring import ListedLengthsBM25F
    from search.query import parse

    index = connections["default"].get_backend().index
    query = build_query(parse("冰雪 游客"))
    found = [
        [(hit.docnum, hit.score) for hit in index.searcher(weighting=w).search(query, limit=None)]
        for w in (BM25F(), ListedLengthsBM25F())
    ]
    assert found[0] == found[1] and len(found[0]) == 25


def test_a_search_deeper_than_the_cache_keeps_is_not_kept(many, settings):
    from search import result_cache as cache

    settings.SEARCH_RESULT_CACHE = 128
    cache.results.clear()
    entry = cache.Entry(2000, {}, [(1.0, n) for n in range(cache.MAX_RANKED + 1)])
    cache.results.put("deep", entry)
    assert cache.results.get("deep") is None
    cache.results.put("shallow", cache.Entry(1, {}, [(1.0, 0)]))
    assert cache.results.get("shallow") is not None
