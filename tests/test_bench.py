"""`manage.py bench_ingest` prints throughput figures and leaves the database as it was."""

from io import StringIO

from django.core.management import call_command

from archive.models import Article, SourcePage
from tests.conftest import FIXTURE_PAGES


def test_bench_prints_rates_for_parse_and_parse_plus_store_and_stores_nothing(db):
    out = StringIO()
    call_command("bench_ingest", copies=2, stdout=out)
    pages = 2 * len(list(FIXTURE_PAGES.glob("*.txt")))
    lines = out.getvalue().splitlines()
    assert lines[0].startswith(f"corpus: {pages} pages")
    for label in ("parse", "parse+places", "parse+store"):
        line = next(line for line in lines if line.split(":")[0].strip() == label)
        assert f"{pages} pages" in line and "pages/s" in line and "articles/s" in line
    assert not SourcePage.objects.exists() and not Article.objects.exists()
