"""One ingest at a time: a second one fails fast with one line naming the running one."""

import time

import pytest
from django.conf import settings

from archive.ingest.lock import ingest_lock
from tests.conftest import FIXTURE_PAGES
from tests.ops.processes import child_env, manage, query, start


@pytest.fixture
def running_ingest(migrated_data, page_corpus):
    """A real ingest child, once it holds the lock (its pid is in the lock file)."""
    process = start(child_env(migrated_data), "ingest", page_corpus)
    lock = migrated_data / "ingest.lock"
    while process.poll() is None and f"pid {process.pid} " not in _read(lock):
        time.sleep(0.01)
    yield migrated_data, process
    process.kill()
    process.wait()


def _read(path) -> str:
    return path.read_text() if path.exists() else ""


def test_a_second_ingest_fails_fast_naming_the_running_one_and_records_nothing(
    running_ingest, page_corpus
):
    data_dir, first = running_ingest
    second = manage(child_env(data_dir), "ingest", page_corpus)
    assert second.returncode == 1
    [line] = second.stderr.splitlines()
    assert line.startswith(f"CommandError: another ingest is running (pid {first.pid} since 20")
    assert query(data_dir, "SELECT count(*) FROM archive_ingestrun") == [(1,)]


def test_a_dry_run_is_not_blocked_by_a_running_ingest(ingest):
    with ingest_lock(settings.ARCHIVE_DATA_DIR):
        assert ingest(FIXTURE_PAGES, dry_run=True).error is None


def test_an_ingest_in_this_process_is_refused_while_the_lock_is_held(ingest):
    with ingest_lock(settings.ARCHIVE_DATA_DIR):
        run = ingest(FIXTURE_PAGES)
    assert str(run.error).startswith("another ingest is running (pid ")


def test_a_finished_ingest_leaves_the_lock_free_and_clean(ingest):
    assert ingest(FIXTURE_PAGES).error is None
    with ingest_lock(settings.ARCHIVE_DATA_DIR) as stale:
        assert stale == ""
