"""A process killed (SIGKILL) mid-ingest or mid-rebuild leaves nothing the next run can't repair.

Each scenario runs real manage.py children on a throwaway SQLite data folder and kills them
while they write the search index (the flock Whoosh holds shows in /proc/locks), the worst
moment: a page is committed but not yet indexed, and the index lock file is left behind.
"""

import shutil
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from archive.ingest.prepare import prepare_page
from archive.ingest.reading import read_page
from tests.ops.processes import child_env, lock_holders, manage, query, start

SEARCH = (
    "from haystack.query import SearchQuerySet as S; "
    "print(S().auto_query('哈尔滨').count(), S().all().count())"
)


def kill_while_indexing(
    process: subprocess.Popen, data_dir, *, pages_stored: int = 0, in_index: bool = True
) -> None:
    """SIGKILL the child once it has stored pages_stored pages (and, with in_index, while it
    holds the index lock)."""
    index = data_dir / "whoosh_index"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and process.poll() is None:
        stored = query(data_dir, "SELECT count(*) FROM archive_sourcepage")[0][0]
        writing = not in_index or (index.is_dir() and process.pid in lock_holders(index))
        if stored >= pages_stored and writing:
            process.send_signal(signal.SIGKILL)
            process.wait()
            return
        time.sleep(0.01)
    process.kill()
    pytest.fail(f"the child never held the index lock (exit status {process.wait()})")


def stored_pages(data_dir) -> Counter:
    """Articles stored per page file name."""
    return Counter(
        dict(
            query(
                data_dir,
                "SELECT p.file_name, count(a.id) FROM archive_sourcepage p "
                "LEFT JOIN archive_article a ON a.page_id = p.id GROUP BY p.file_name",
            )
        )
    )


@pytest.fixture(scope="module")
def expected(page_corpus) -> Counter:
    """What a dry parse cuts from each page: the articles a whole stored page has."""
    return Counter({p.name: len(prepare_page(read_page(p)).items) for p in page_corpus.iterdir()})


@pytest.fixture(scope="module")
def killed_ingest(migrated_template, page_corpus, tmp_path_factory):
    """A data folder whose ingest was killed once it had stored two pages; the pid. (An ingest
    writes the index in batches at its end, so this kill comes before any index write.)"""
    data_dir = shutil.copytree(migrated_template, tmp_path_factory.mktemp("killed") / "data")
    process = start(child_env(data_dir), "ingest", page_corpus)
    kill_while_indexing(process, data_dir, pages_stored=2, in_index=False)
    return data_dir, process.pid


@pytest.fixture(scope="module")
def rerun(killed_ingest, page_corpus) -> subprocess.CompletedProcess:
    data_dir, _ = killed_ingest
    return manage(child_env(data_dir), "ingest", page_corpus)


def test_a_killed_ingest_leaves_only_whole_pages(killed_ingest, expected):
    data_dir, _ = killed_ingest
    stored = stored_pages(data_dir)
    assert 2 <= len(stored) < len(expected)
    assert {name: expected[name] for name in stored} == stored


def test_a_killed_ingest_shows_as_an_unfinished_run(killed_ingest):
    data_dir, _ = killed_ingest
    assert query(data_dir, "SELECT finished_at, files_total FROM archive_ingestrun") == [(None, 0)]


def test_a_killed_ingest_keeps_the_record_of_the_pages_it_finished(killed_ingest):
    data_dir, _ = killed_ingest
    recorded = query(data_dir, "SELECT file_name, status FROM archive_ingestfile")
    stored = stored_pages(data_dir)
    # The kill may fall between a page's commit and its record: at most one goes unrecorded.
    assert len(stored) - 1 <= len(recorded) <= len(stored)
    assert all(status == "added" and Path(name).name in stored for name, status in recorded)


def test_rerunning_a_killed_ingest_takes_over_its_lock_and_says_so(killed_ingest, rerun):
    _, pid = killed_ingest
    assert f"the last ingest (pid {pid} since " in rerun.stderr
    assert "did not finish; carrying on" in rerun.stderr


def test_rerunning_a_killed_ingest_stores_every_page_once_and_whole(rerun, killed_ingest, expected):
    data_dir, _ = killed_ingest
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(expected)} files, 0 failed" in rerun.stdout
    assert stored_pages(data_dir) == expected


def test_check_index_after_the_rerun_leaves_the_index_matching_the_database(rerun, killed_ingest):
    env = child_env(killed_ingest[0])
    assert manage(env, "check_index").returncode == 0
    result = manage(env, "check_index", "--dry-run")
    assert (result.returncode, result.stdout.splitlines()[-1]) == (0, "index matches the database")


@pytest.fixture
def killed_rebuild(killed_ingest, rerun, tmp_path):
    """A copy of the re-run archive whose rebuild_index was killed while writing the index."""
    data_dir = shutil.copytree(killed_ingest[0], tmp_path / "data")
    process = start(child_env(data_dir), "rebuild_index", "--noinput", "--batch-size", "50")
    kill_while_indexing(process, data_dir)
    return data_dir


def test_a_killed_rebuild_leaves_the_index_lock_file_but_nobody_holding_it(killed_rebuild):
    """Whoosh locks with flock: the file stays, the kernel dropped the lock with the process."""
    index = killed_rebuild / "whoosh_index"
    assert list(index.glob("*WRITELOCK"))
    assert lock_holders(index) == set()


def test_check_index_repairs_a_killed_rebuild_and_search_finds_every_article(
    killed_rebuild, expected
):
    env = child_env(killed_rebuild)
    repair = manage(env, "check_index")
    assert repair.returncode == 0, repair.stderr
    hits, documents = map(int, manage(env, "shell", "-v0", "-c", SEARCH).stdout.split())
    assert hits > 0
    assert documents == sum(expected.values())
