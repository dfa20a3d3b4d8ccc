"""The database record of ingest runs (IngestRun, IngestFile); dry runs are not recorded."""

from django.utils import timezone

from archive.ingest.pipeline import FileReport, totals
from archive.ingest.report import summary_line
from archive.models import IngestFile, IngestRun


def start_run(paths: list[str]) -> IngestRun:
    """Saved before any file is read, so a run that crashes still shows, unfinished."""
    return IngestRun.objects.create(started_at=timezone.now(), paths=[str(p) for p in paths])


def record_files(run: IngestRun, reports: list[FileReport]) -> None:
    """Saved as each file is done, so a run killed midway still lists what it finished."""
    IngestFile.objects.bulk_create(
        IngestFile(
            run=run,
            file_name=r.name,
            status=r.status,
            items_added=r.added,
            items_updated=r.updated,
            items_unchanged=r.unchanged,
            items_removed=r.removed,
            message=summary_line(r),
        )
        for r in reports
    )


def finish_run(run: IngestRun, reports: list[FileReport]) -> IngestRun:
    for name, value in totals(reports).items():
        setattr(run, name, value)
    run.errors = [r.error for r in reports if r.failed]
    run.finished_at = timezone.now()
    run.save()
    return run
