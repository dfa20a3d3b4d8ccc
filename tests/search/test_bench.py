"""manage.py bench_search on a tiny corpus: it runs end to end and prints every figure."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

FIGURES = [
    "index build:",
    "articles/s",
    "index size:",
    "raw whoosh: p50",
    "search(): p50",
    "http request: p50",
    "p95",
    "p95 ms rare word",
    "p95 ms common word",
    "p95 ms name",
    "p95 ms single character",
    "p95 ms phrase",
    "ratio search/raw",
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
