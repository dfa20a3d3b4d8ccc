"""check_index finds articles missing from the index, stale documents and orphans; fixes them."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from haystack import connections

from archive.models import Article
from search.signals import reindex_articles
from tests.conftest import FIXTURE_PAGES
from tests.search.engines import ENGINE

# PostgreSQL's index rows are deleted with their article by the database: no orphan can exist.
ORPHANS = ENGINE != "postgres"


def check_index(*args) -> tuple[str, CommandError | None]:
    out = StringIO()
    try:
        call_command("check_index", *args, stdout=out)
    except CommandError as error:
        return out.getvalue(), error
    return out.getvalue(), None


@pytest.fixture
def drifted(ingest):
    """Fixture pages, all indexed; then one article unindexed, one changed, one deleted
    behind the index's back (in a test, on-commit hooks never run)."""
    backend = connections["default"].get_backend()
    backend.clear()
    ingest(FIXTURE_PAGES)
    missing, stale, orphan = Article.objects.order_by("pk")[:3]
    reindex_articles(Article.objects.values_list("pk", flat=True))
    backend.remove(f"archive.article.{missing.pk}")
    Article.objects.filter(pk=stale.pk).update(kind="photo")
    orphan_pk = orphan.pk
    orphan.delete()
    return missing.pk, stale.pk, orphan_pk


def test_a_dry_run_reports_each_kind_of_drift_and_fails(drifted):
    missing, stale, orphan = drifted
    report, error = check_index("--dry-run")
    assert "differs" in str(error)
    assert f"missing: found 1 ({missing})" in report
    assert f"stale: found 1 ({stale})" in report
    assert (f"orphaned: found 1 ({orphan})" if ORPHANS else "orphaned: found 0") in report
    assert check_index("--dry-run")[0] == report  # nothing was changed


def test_check_index_repairs_drift_so_a_second_run_finds_none(drifted):
    report, error = check_index()
    assert error is None
    assert "missing: fixed 1" in report
    assert f"orphaned: fixed {int(ORPHANS)}" in report
    assert check_index("--dry-run") == (
        "missing: found 0\nstale: found 0\norphaned: found 0\nindex matches the database\n",
        None,
    )


def test_check_index_warns_when_the_archive_outgrows_whoosh(ingest, settings):
    connections["default"].get_backend().clear()
    ingest(FIXTURE_PAGES)
    reindex_articles(Article.objects.values_list("pk", flat=True))
    settings.SEARCH_ENGINE = "whoosh"
    settings.SEARCH_WHOOSH_MAX_ARTICLES = 1
    err = StringIO()
    call_command("check_index", "--dry-run", stdout=StringIO(), stderr=err)
    assert "past 1, where Whoosh's search p95 passes 300 ms" in err.getvalue()
    settings.SEARCH_WHOOSH_MAX_ARTICLES = Article.objects.count()
    err = StringIO()
    call_command("check_index", "--dry-run", stdout=StringIO(), stderr=err)
    assert err.getvalue() == ""
