"""One ingest at a time per data folder: an fcntl lock on ARCHIVE_DATA_DIR/ingest.lock.

The kernel drops the lock when its process dies (even by SIGKILL), so a killed ingest never
blocks the next one; the holder's "pid N since T" stays in the file until a clean release, which
is how the next run tells that the previous one did not finish. The lock is per machine: with
PostgreSQL, run ingests from one host.
"""

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.utils import timezone


class IngestRunning(Exception):
    """Another live process holds the lock; str() is the one line an operator reads."""


@contextmanager
def ingest_lock(folder: Path) -> Iterator[str]:
    """Hold the lock for the block; yields the holder line a killed run left behind, or ""."""
    fd = os.open(folder / "ingest.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd) or "pid unknown"
            raise IngestRunning(f"another ingest is running ({holder})") from None
        stale = _holder(fd)
        _write(fd, f"pid {os.getpid()} since {timezone.localtime():%Y-%m-%d %H:%M:%S%z}")
        yield stale
        _write(fd, "")
    finally:
        os.close(fd)  # closing releases the lock


def _holder(fd: int) -> str:
    return os.pread(fd, 200, 0).decode("utf-8", "replace").strip()


def _write(fd: int, line: str) -> None:
    os.ftruncate(fd, 0)
    os.pwrite(fd, line.encode(), 0)
