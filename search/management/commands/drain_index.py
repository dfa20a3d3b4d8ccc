"""manage.py drain_index [--once] [--batch N] [--sleep S]: the queue-mode index worker."""

import argparse
import signal
import threading
import time

from django.core.management.base import BaseCommand
from haystack import connection_router

from archive.management.migrated import require_migrated
from archive.models import Article
from search.models import IndexTask
from search.signals import reindex_articles

_STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)  # both end the loop after the current batch


def _number(kind, smallest):
    def parse(text):
        try:
            value = kind(text)
        except ValueError:
            value = None
        if value is None or value < smallest:
            raise argparse.ArgumentTypeError(f"expected a number ≥ {smallest}, not {text!r}")
        return value

    return parse


def drain_batch(limit: int) -> int:
    """Index (or remove) the articles of the oldest `limit` tasks in one batch; the task count."""
    with IndexTask.objects.claimed(limit) as tasks:
        pks = {task.article_id for task in tasks}
        for using in connection_router.for_write(models=[Article]):
            reindex_articles(pks, using)
    return len(tasks)


class Command(BaseCommand):
    help = (
        "Write queued index updates (ARCHIVE_SEARCH_INDEX_MODE=queue) in batches, oldest first, "
        "until SIGTERM/SIGINT (which stop it after the current batch); --once empties the queue "
        "and exits. PostgreSQL: several workers may run at once; SQLite: run one."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Drain the queue, then exit.")
        parser.add_argument(
            "--batch", type=_number(int, 1), default=500, help="Tasks per batch (default 500)."
        )
        parser.add_argument(
            "--sleep",
            type=_number(float, 0),
            default=1.0,
            help="Seconds to wait when the queue is empty (default 1).",
        )

    def handle(self, *, once, batch, sleep, **options):
        require_migrated()
        stop = threading.Event()
        previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in _STOP_SIGNALS}
        try:
            while not stop.is_set():
                started = time.monotonic()
                count = drain_batch(batch)
                if count:
                    seconds = time.monotonic() - started
                    self.stdout.write(f"indexed {count} queued articles in {seconds:.2f} s")
                if count < batch:  # the queue is empty (for this worker)
                    if once:
                        break
                    stop.wait(sleep)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
