"""Pages ingested through the real pipeline, for the public pages' tests."""

import pytest

from tests.conftest import DAOLI, NANGANG, XIANGFANG


@pytest.fixture
def page(tab):
    """The browse tests' name for a fresh desktop tab (tests/browser_fixtures.py)."""
    return tab


@pytest.fixture
def harbin(ingest, pages):
    """Three Harbin stories on two dated pages of 哈尔滨日报, and one undated page."""
    pages("p1.txt", NANGANG, DAOLI, sidecar={"paper": "哈尔滨日报", "edition_date": "2021-11-30"})
    pages("p2.txt", XIANGFANG, sidecar={"paper": "哈尔滨日报", "edition_date": "2021-12-02"})
    result = ingest(pages.folder)
    assert result.error is None, result.err
    return pages.folder


@pytest.fixture
def many_pages(ingest, pages):
    """Forty pages of the same two 南岗区/道里区 stories: eighty articles about Harbin."""

    def make(count: int):
        for number in range(count):
            pages(f"m{number:03d}.txt", NANGANG, DAOLI, sidecar={"edition_date": "2021-11-30"})
        ingest(pages.folder)

    return make


@pytest.fixture
def indexed(harbin):
    """The harbin pages in a search index of their own (other tests' documents cleared)."""
    from haystack import connections

    from archive.models import Article
    from search.signals import reindex_articles

    connections["default"].get_backend().clear()
    reindex_articles(list(Article.objects.values_list("pk", flat=True)))
    return harbin
