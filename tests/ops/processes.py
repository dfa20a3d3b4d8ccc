"""manage.py in child processes, each on its own data folder and SQLite database.

Children never inherit DATABASE_URL or DJANGO_*: what a test sets is all they see, and a
crash test never touches the suite's own database (even when the suite runs on PostgreSQL).
"""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from django.conf import settings

MANAGE = str(settings.BASE_DIR / "manage.py")


def child_env(data_dir: Path, **extra) -> dict:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_", "ARCHIVE_SEARCH_ENGINE"))
    }
    env.update(ARCHIVE_DATA_DIR=str(data_dir), DJANGO_LOG_LEVEL="WARNING", **extra)
    return env


def manage(env: dict, *args) -> subprocess.CompletedProcess:
    return finish(start(env, *args))


def start(env: dict, *args) -> subprocess.Popen:
    """A manage.py child left running (the test kills it, or waits with finish())."""
    return subprocess.Popen(
        [sys.executable, MANAGE, *map(str, args)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen) -> subprocess.CompletedProcess:
    stdout, stderr = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def query(data_dir: Path, sql: str) -> list[tuple]:
    """Read a child's SQLite database directly (it may be writing: wait for its lock)."""
    with sqlite3.connect(data_dir / "archive.sqlite3", timeout=30) as connection:
        return connection.execute(sql).fetchall()


def lock_holders(folder: Path) -> set[int]:
    """Pids holding an flock on a file in folder (Linux: /proc/locks lines read
    "1: FLOCK ADVISORY WRITE <pid> <major>:<minor>:<inode> 0 EOF")."""
    inodes = {p.stat().st_ino for p in folder.glob("*") if p.is_file()}
    holders = set()
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "->" in fields or "FLOCK" not in fields:
            continue  # a waiter, or another kind of lock
        at = fields.index("FLOCK")
        pid, device = fields[at + 3], fields[at + 4]
        if int(device.rsplit(":", 1)[1]) in inodes:
            holders.add(int(pid))
    return holders
