"""File-system faults during an ingest: each is one line naming the file, the other files
still go in, the run finishes (exit 1), and nothing torn or half-read is ever stored."""

import os
import threading

import pytest

from archive.ingest.pipeline import FAILED, ingest_files
from archive.ingest.reading import PageError, read_page
from archive.models import IngestRun, SourcePage
from tests.conftest import DAOLI, NANGANG


def test_a_file_that_disappears_mid_run_fails_alone_and_the_rest_go_in(db, pages):
    first, gone, last = pages("a.txt", NANGANG), pages("b.txt", DAOLI), pages("c.txt", DAOLI)
    gone.unlink()  # listed when the run started, deleted before its turn came
    reports = list(ingest_files([first, gone, last], progress=False))
    assert [r.status for r in reports][1] == FAILED
    assert "disappeared before it could be read" in reports[1].message
    assert sorted(SourcePage.objects.values_list("file_name", flat=True)) == ["a.txt", "c.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file whatever its mode")
def test_an_unreadable_file_fails_alone(ingest, pages):
    good, locked = pages("good.txt", NANGANG), pages("locked.txt", DAOLI)
    locked.chmod(0)
    run = ingest(good, locked)
    assert run.err_lines == [f"{locked}: cannot be read: permission denied"]


def _fifo(folder):
    os.mkfifo(folder / "pipe.txt")
    return "a FIFO (named pipe), not a page file"


def _loop(folder):
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    return "a symbolic link that leads nowhere (a loop)"


def _broken(folder):
    (folder / "broken.txt").symlink_to(folder / "missing-target.txt")
    return "a symbolic link that leads nowhere"


def _folder(folder):
    (folder / "scans.txt").mkdir()
    return "a folder, not a page file"


@pytest.mark.parametrize("make", [_fifo, _loop, _broken, _folder], ids=lambda f: f.__name__[1:])
def test_what_is_not_a_page_in_a_folder_is_named_on_its_own_line(ingest, pages, make):
    pages("good.txt", NANGANG)
    message = make(pages.folder)
    run = ingest(pages.folder)
    assert run.error is not None  # exit status 1: something given was not ingested
    (line,) = run.err_lines
    assert line.endswith(f"skipped: {message}")
    assert list(SourcePage.objects.values_list("file_name", flat=True)) == ["good.txt"]
    assert IngestRun.objects.get().finished_at is not None


def test_a_fifo_named_on_the_command_line_does_not_hang_the_run(ingest, pages, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    run = ingest(pages("good.txt", NANGANG), fifo)
    assert run.err_lines == [f"{fifo}: a FIFO (named pipe), not a page file"]


def test_a_file_rewritten_while_it_is_read_is_never_read_torn(tmp_path):
    """A writer rewrites the page as all 冰 or all 雪 in two halves, in place (the size never
    changes); every read accepted is one whole version, and reads overlapping it are refused."""
    path = tmp_path / "page.txt"
    versions = ["冰" * 100_000, "雪" * 100_000]
    path.write_text(versions[0], encoding="utf-8")
    stop = threading.Event()

    def rewrite():
        n = 0
        while not stop.is_set():
            data = versions[n % 2].encode()
            with path.open("r+b") as handle:
                handle.write(data[: len(data) // 2])
                handle.flush()
                handle.write(data[len(data) // 2 :])
            n += 1

    writer = threading.Thread(target=rewrite)
    writer.start()
    refused = 0
    try:
        for _ in range(40):
            try:
                text = read_page(path, max_bytes=2_000_000).text
            except PageError as error:
                assert "changed while it was read" in str(error)
                refused += 1
            else:
                assert text in versions
    finally:
        stop.set()
        writer.join()
    assert refused  # the writer never stops: reads overlapping it were caught


def test_control_and_bidi_characters_never_reach_the_stored_raw_page(ingest, pages):
    text = "## 南岗区\u202e推行网格化管理\x07\n\n本报讯 社区网格员上门服务。\n"
    page = pages("good.txt", text=text)
    ingest(page)
    raw = SourcePage.objects.get().raw_text
    assert "\u202e" not in raw and "\x07" not in raw
    assert "南岗区推行网格化管理" in raw
