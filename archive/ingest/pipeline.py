"""The loop over page files: read, skip if unchanged, prepare, store; one report per file.

A bad file becomes a failed FileReport and the loop goes on; each stored page is its own
transaction, so a failure never leaves half a page behind.
"""

import logging
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from archive.ingest.load import store_page, stored_unchanged
from archive.ingest.prepare import PreparedPage, prepare_page
from archive.ingest.reading import DEFAULT_MAX_BYTES, PageError, find_pages, read_page
from archive.signals import bulk_load

ADDED, UPDATED, UNCHANGED, FAILED, DRY_RUN = "added", "updated", "unchanged", "failed", "dry-run"

log = logging.getLogger("archive.ingest")


@dataclass
class FileReport:
    """What happened to one input path (a page file, or a path that yielded none)."""

    name: str
    status: str
    message: str = ""
    prepared: PreparedPage | None = None
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    kept: list[int] = field(default_factory=list)
    edits_kept: dict[str, int] = field(default_factory=dict)  # editors' fields kept, by name
    skipped_deleted: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.status == FAILED

    @property
    def error(self) -> str:
        """The one-line "file: message" an operator reads and IngestRun.errors keeps."""
        return f"{self.name}: {' '.join(self.message.split())}"


def ingest_files(
    paths: list[Path],
    *,
    dry_run: bool = False,
    force: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = True,
) -> Iterator[FileReport]:
    """Yield a report per file as it is done; the progress bar shows only on a terminal."""
    bar = tqdm(
        paths, desc="ingest", unit="page", file=sys.stderr, disable=None if progress else True
    )
    bulk_load.send(sender=ingest_files, active=True)
    try:
        for path in bar:
            started = time.perf_counter()
            report = ingest_file(path, dry_run=dry_run, force=force, max_bytes=max_bytes)
            log_file(report, time.perf_counter() - started)
            yield report
    finally:
        bulk_load.send(sender=ingest_files, active=False)


def log_file(report: FileReport, seconds: float) -> None:
    """The structured twin of the summary line: one log record per file."""
    log.log(
        logging.WARNING if report.failed else logging.INFO,
        "%s: %s",
        report.name,
        report.status,
        extra={
            "file": report.name,
            "status": report.status,
            "added": report.added,
            "updated": report.updated,
            "unchanged": report.unchanged,
            "removed": report.removed,
            "error": report.message,
            "duration_ms": round(seconds * 1000, 1),
        },
    )


def ingest_file(
    path: Path, *, dry_run: bool = False, force: bool = False, max_bytes: int = DEFAULT_MAX_BYTES
) -> FileReport:
    name = str(path)
    try:
        page = read_page(path, max_bytes)
        if not (dry_run or force) and (count := stored_unchanged(page)) is not None:
            return FileReport(name, UNCHANGED, unchanged=count)
        prepared = prepare_page(page)
    except PageError as error:
        return FileReport(name, FAILED, message=str(error))
    if dry_run:
        return FileReport(name, DRY_RUN, prepared=prepared, warnings=prepared.warnings)
    outcome = store_page(prepared)
    return FileReport(
        name,
        ADDED if outcome.created_page else UPDATED,
        prepared=prepared,
        added=outcome.added,
        updated=outcome.updated,
        unchanged=outcome.unchanged,
        removed=outcome.removed,
        kept=outcome.kept,
        edits_kept=outcome.edits_kept,
        skipped_deleted=outcome.skipped_deleted,
        warnings=prepared.warnings + outcome.warnings,
    )


def find_files(paths: list[str | Path]) -> tuple[list[Path], list[FileReport]]:
    """The page files under the given paths, and a failed report for each path with none."""
    files, failures = find_pages(paths)
    return files, [FileReport(name, FAILED, message=message) for name, message in failures]


def totals(reports: list[FileReport]) -> dict[str, int]:
    """Run-level counts, named as IngestRun's fields."""
    return {
        "files_total": len(reports),
        "files_failed": sum(r.failed for r in reports),
        "items_added": sum(r.added for r in reports),
        "items_updated": sum(r.updated for r in reports),
        "items_unchanged": sum(r.unchanged for r in reports),
        "items_removed": sum(r.removed for r in reports),
    }
