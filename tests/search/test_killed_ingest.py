"""An ingest killed with SIGKILL after it stored pages and before it wrote the index: the next
ingest indexes what the killed one stored, even though every file it reads is unchanged.

Real processes on a throwaway data folder (SQLite and a Whoosh index of its own), because the
point is what survives a process that never got to clean up.
"""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def manage(env, *args, check=True):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=check,
    )


@pytest.fixture
def data_env(tmp_path):
    env = {**os.environ, "ARCHIVE_DATA_DIR": str(tmp_path / "data"), "DJANGO_LOG_LEVEL": "ERROR"}
    env.pop("DATABASE_URL", None)
    env.pop("ARCHIVE_SEARCH_ENGINE", None)  # SQLite and the default engine
    manage(env, "migrate", "--noinput", "-v0")
    return env


def stored_pages(data: Path) -> int:
    try:
        with sqlite3.connect(data / "archive.sqlite3", timeout=5) as db:
            return db.execute("SELECT COUNT(*) FROM archive_sourcepage").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_the_next_ingest_indexes_what_a_killed_one_stored(data_env, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(30):
        for page in sorted((ROOT / "fixtures" / "pages").glob("*.txt")):
            shutil.copy(page, pages / f"p{n:02d}_{page.name}")
    data = Path(data_env["ARCHIVE_DATA_DIR"])
    run = subprocess.Popen(
        [sys.executable, "manage.py", "ingest", str(pages), "-v0"], cwd=ROOT, env=data_env
    )
    deadline = time.monotonic() + 120
    while stored_pages(data) < 5 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert run.returncode == -signal.SIGKILL, "the ingest ended before it could be killed"

    drift = manage(data_env, "check_index", "--dry-run", check=False)
    assert drift.returncode == 1 and "missing: found 0" not in drift.stdout

    manage(data_env, "ingest", str(pages), "-v0", check=False)
    healed = manage(data_env, "check_index", "--dry-run", check=False)
    assert healed.returncode == 0, healed.stdout
    assert "index matches the database" in healed.stdout
