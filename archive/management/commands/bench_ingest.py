"""manage.py bench_ingest [--copies N]: ingestion throughput on a synthetic corpus.

The corpus is N renamed copies of every fixture page in a temporary folder. Parse-only figures
time the cut alone; parse+store runs the real pipeline (read, cut, places, store) inside a
transaction that is rolled back, so the database is left as it was.
"""

import shutil
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from archive.ingest.pipeline import ingest_files
from archive.ingest.prepare import prepare_page
from archive.ingest.reading import read_page
from archive.management.migrated import require_migrated
from archive.parsing import parse_page


class Command(BaseCommand):
    help = "Measure pages/s and articles/s for parsing alone and for parse+store."

    def add_arguments(self, parser):
        parser.add_argument(
            "--copies", type=int, default=200, help="Copies of each fixture page (default 200)."
        )
        parser.add_argument(
            "--source",
            default=str(settings.BASE_DIR / "fixtures" / "pages"),
            help="Folder of pages to copy (default: fixtures/pages).",
        )

    def handle(self, *, copies, source, **options):
        require_migrated()
        with tempfile.TemporaryDirectory(prefix="bench-ingest-") as folder:
            files = _corpus(Path(source), Path(folder), copies)
            self.stdout.write(f"corpus: {len(files)} pages in {folder}")
            pages = [read_page(f) for f in files]
            self._timed(
                "parse", len(pages), lambda: sum(len(parse_page(p.text).items) for p in pages)
            )
            self._timed(
                "parse+places", len(pages), lambda: sum(len(prepare_page(p).items) for p in pages)
            )
            self._timed("parse+store", len(pages), lambda: _store(files))

    def _timed(self, label, pages, work):
        start = time.perf_counter()
        articles = work()
        seconds = time.perf_counter() - start
        self.stdout.write(
            f"{label:>13}: {pages} pages, {articles} articles in {seconds:.2f}s = "
            f"{pages / seconds:.0f} pages/s, {articles / seconds:.0f} articles/s"
        )


def _corpus(source: Path, folder: Path, copies: int) -> list[Path]:
    originals = sorted(source.glob("*.txt"))
    files = []
    for copy in range(copies):
        for original in originals:
            target = folder / f"bench{copy:05d}_{original.name}"
            # copy2 keeps each page's own time: fresh copies would make the reader wait out its
            # settle window (ARCHIVE_INGEST_SETTLE_SECONDS) for them
            shutil.copy2(original, target)
            files.append(target)
    return files


def _store(files: list[Path]) -> int:
    """Ingest for real, then roll everything back; returns the articles stored."""
    with transaction.atomic():
        added = sum(r.added for r in ingest_files(files, progress=False))
        transaction.set_rollback(True)
    return added
