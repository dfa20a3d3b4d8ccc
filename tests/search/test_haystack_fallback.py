"""A backend without archive_search (any plain haystack engine) is searched through haystack's
SearchQuerySet: phrases, OR, exclusions, filters, date order and facets still work."""

import pytest

from search.backends.whoosh.backend import ArchiveWhooshBackend
from search.query import search
from tests.search.engines import only_on

# The fallback needs a haystack query language, which the PostgreSQL backend does not have.
pytestmark = only_on("whoosh", "the fallback is haystack's Whoosh query language")


@pytest.fixture
def haystack_only(monkeypatch):
    """The configured backend as haystack alone knows it: without the archive's seam."""
    monkeypatch.delattr(ArchiveWhooshBackend, "archive_search")


@pytest.fixture
def plain_backend(corpus, haystack_only):
    return corpus


def titles(results):
    assert not results.error, results.error
    return sorted(hit.article.title for hit in results.hits)


def test_phrases_or_and_exclusions_match_through_haystack(plain_backend):
    assert titles(search("网格化管理")) == ["南岗区推行网格化管理"]
    assert titles(search('"管理网格"')) == []
    assert titles(search("冬泳 OR 九寨沟县")) == ["九寨沟县景区恢复开放", "道里区举办冰雪文化节"]
    assert titles(search("雪 -道里区 -网页")) == ["南岗区推行网格化管理"]


def test_filters_and_date_order_apply_through_haystack(plain_backend):
    assert titles(search("雪", place="230100")) == ["南岗区推行网格化管理", "道里区举办冰雪文化节"]
    assert titles(search("雪", year="2021")) == ["南岗区推行网格化管理"]
    dates = [str(hit.article.date) for hit in search("雪", sort="date").hits]
    assert dates == ["2022-01-05", "2021-11-29", "2019-12-01"]


@pytest.mark.parametrize("sort", ["date", "date_asc"])
def test_the_date_orders_put_undated_articles_last_through_haystack(
    undated_mix, haystack_only, sort
):
    dates = [hit.article.date for hit in search("雪", sort=sort).hits]
    assert dates[:5] == sorted(dates[:5], reverse=sort == "date") and dates[5:] == [None] * 3


def test_a_filter_without_words_lists_its_articles_through_haystack(plain_backend):
    assert titles(search(place="230100")) == ["南岗区推行网格化管理", "道里区举办冰雪文化节"]
    assert titles(search(person="王兴国")) == ["九寨沟县景区恢复开放"]


def test_counts_and_facets_come_from_haystack(plain_backend):
    results = search("雪")
    assert results.count == 3
    assert {v.label: v.count for v in results.facets["person"]} == {"梁可心": 1, "李林晅": 1}
    assert {v.label: v.count for v in results.facets["place"]}["哈尔滨市"] == 2


def test_saves_and_deletes_reach_a_backend_without_the_archive_writer(
    search_index, make_article, monkeypatch, django_capture_on_commit_callbacks
):
    """haystack's own update() and remove(), as any other engine has them."""
    for name in ("apply", "update", "remove"):
        monkeypatch.delattr(type(search_index), name)
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article("松花江开江", "江面冰排涌动。")
    assert [hit.article.pk for hit in search("开江").hits] == [article.pk]
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert search("开江").hits == []
