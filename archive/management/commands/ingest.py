"""manage.py ingest [PATH ...]: cut page files into articles and store them."""

import sys
from contextlib import nullcontext

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from archive.ingest import record
from archive.ingest.lock import IngestRunning, ingest_lock
from archive.ingest.pipeline import find_files, ingest_files
from archive.ingest.reading import DEFAULT_MAX_BYTES
from archive.ingest.report import item_lines, line_labels, summary_line, totals_line
from archive.management.migrated import require_migrated


class Command(BaseCommand):
    help = (
        "Ingest OCR'd page files (UTF-8 or GB18030 text, one page a file, optional PAGE.json "
        "sidecar). Re-running is safe: unchanged files are skipped, changed ones updated in place."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths",
            nargs="*",
            help="Page files or folders of *.txt (default: fixtures/pages).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Cut the pages and show each item as it would be stored; write nothing.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Re-cut files even when unchanged (e.g. after the parser improved).",
        )
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=DEFAULT_MAX_BYTES,
            help=f"Refuse files larger than this (default {DEFAULT_MAX_BYTES}).",
        )

    def handle(self, *, paths, dry_run, force, max_bytes, verbosity, **options):
        require_migrated()
        paths = paths or [str(settings.BASE_DIR / "fixtures" / "pages")]
        # A dry run writes nothing, so it may run beside a real ingest.
        lock = nullcontext("") if dry_run else ingest_lock(settings.ARCHIVE_DATA_DIR)
        try:
            with lock as stale:
                if stale:
                    self.stderr.write(f"the last ingest ({stale}) did not finish; carrying on")
                reports = self._ingest(paths, dry_run, force, max_bytes, verbosity)
        except IngestRunning as error:
            raise CommandError(str(error)) from None
        self.stdout.write(totals_line(reports))
        failed = sum(r.failed for r in reports)
        if failed:
            raise CommandError(f"{failed} of {len(reports)} files failed (see the errors above)")

    def _ingest(self, paths, dry_run, force, max_bytes, verbosity):
        files, reports = find_files(paths)
        run = None if dry_run else record.start_run(paths)
        for report in reports:
            self.stderr.write(report.error)
        if run is not None:
            record.record_files(run, reports)
        for report in ingest_files(files, dry_run=dry_run, force=force, max_bytes=max_bytes):
            reports.append(report)
            if run is not None:
                record.record_files(run, [report])
            with tqdm.external_write_mode(file=sys.stderr):
                self._show(report, verbosity, dry_run)
        if run is not None:
            record.finish_run(run, reports)
        return reports

    def _show(self, report, verbosity, dry_run):
        if report.failed:
            self.stderr.write(report.error)
            return
        if verbosity >= 1:
            self.stdout.write(summary_line(report))
        if dry_run or verbosity >= 2:
            for line in item_lines(report, reasons=verbosity >= 2):
                self.stdout.write(line)
        if verbosity >= 2:
            for line in line_labels(report):
                self.stdout.write(line)
