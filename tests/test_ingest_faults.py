"""File-system faults during an ingest: each is one line naming the file, the other files
still go in, the run finishes (exit 1), and nothing torn or half-read is ever stored."""

import os
import time
from types import SimpleNamespace

import pytest

from archive.ingest import reading
from archive.ingest.pipeline import FAILED, ingest_files
from archive.ingest.reading import STILL_WRITTEN, PageError, read_page
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


WINDOW = 0.2  # the settle window these tests read with, in seconds
STALL = 0.1  # a writer's stall: five times the old 20 ms guard, half the window
HOUR_NS = 3600 * 10**9
OLD, NEW = "冰" * 10_000, "雪" * 10_000  # two versions of a page, the same size in UTF-8


@pytest.fixture
def window(settings):
    settings.INGEST_SETTLE_SECONDS = WINDOW


@pytest.fixture
def looks(monkeypatch):
    """The bytes each of the reader's looks at the file got; `looks.before(n)` runs just before
    look n (from 0) and `looks.after(n)` just after it. A writer's steps tied to the reader's
    looks fix what each look sees, whatever the machine's load does to threads and sleeps."""
    real_read = reading._read
    seen = SimpleNamespace(bytes=[], before=lambda n: None, after=lambda n: None)

    def look(path, max_bytes):
        n = len(seen.bytes)
        seen.before(n)
        result = real_read(path, max_bytes)
        seen.bytes.append(result[0])
        seen.after(n)
        return result

    monkeypatch.setattr(reading, "_read", look)
    return seen


def _page(folder, text, age_ns=HOUR_NS):
    path = folder / "page.txt"
    path.write_text(text, encoding="utf-8")
    when = time.time_ns() - age_ns
    os.utime(path, ns=(when, when))
    return path


def _date(path, when_ns):
    os.utime(path, ns=(when_ns, when_ns))


def test_a_writer_stalled_mid_file_for_less_than_the_window_is_never_read_torn(
    tmp_path, window, looks
):
    """The writer rewrites the page in place (the size never changes): the first half, a stall
    of STALL, the rest. The stall is dated by the file's time, set back from the moment of the
    reader's first look, and the rest lands just after that look, so whatever the load, that
    look sees the torn half quiet for STALL at most (the old guard took it: quiet for 20 ms).
    The reader must wait, then return the whole new version; or refuse, if load held it past
    its patience. Load can delay the reader, never make it take the half.

    What is guaranteed: a file read was unchanged for the whole window before its read and
    during it. A writer stalled for longer than the window cannot be told from a finished file.
    """
    path = _page(tmp_path, OLD)
    data = NEW.encode()
    half = len(data) // 2

    def first_half(n):
        if n == 0:
            with path.open("r+b") as handle:
                handle.write(data[:half])
            _date(path, time.time_ns() - int(STALL * 1e9))

    def rest(n):
        if n == 0:
            with path.open("r+b") as handle:
                handle.seek(half)
                handle.write(data[half:])

    looks.before, looks.after = first_half, rest
    try:
        text = read_page(path).text
    except PageError as error:
        assert str(error) == STILL_WRITTEN
    else:
        assert text == NEW
    assert looks.bytes[0] == data[:half] + OLD.encode()[half:]  # the reader did see it torn
    assert len(looks.bytes) > 1  # and looked again instead of taking it


def test_a_file_its_writer_keeps_changing_is_refused_once_the_wait_runs_out(
    tmp_path, window, looks, monkeypatch
):
    """A slow writer adds a line before every look: the file is never quiet for the window."""
    monkeypatch.setattr(reading, "SETTLE_PATIENCE", 2)
    path = _page(tmp_path, OLD)

    def more(n):
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"\n第{n}行")

    looks.before = more
    with pytest.raises(PageError) as refused:
        read_page(path)
    assert str(refused.value) == STILL_WRITTEN
    assert len(looks.bytes) > 1  # it waited before refusing


def test_a_page_just_written_is_read_once_it_has_been_quiet_for_the_window(tmp_path, window):
    written = time.time_ns()
    path = _page(tmp_path, NEW, age_ns=0)
    assert read_page(path).text == NEW
    assert time.time_ns() - written >= WINDOW * 1e9


def test_a_page_left_alone_longer_than_the_window_is_read_at_the_first_look(
    tmp_path, window, looks
):
    assert read_page(_page(tmp_path, NEW)).text == NEW
    assert len(looks.bytes) == 1


@pytest.mark.parametrize(
    "when",
    [
        pytest.param(lambda now: now + HOUR_NS, id="dated-ahead"),  # a share's clock ahead
        pytest.param(lambda now: now // 10**9 * 10**9, id="whole-second"),  # FAT, some shares
    ],
)
def test_a_page_whose_time_cannot_be_trusted_is_read_after_a_window_of_watching(
    tmp_path, window, looks, when
):
    """A time ahead of the clock would keep the page waiting for ever; a whole-second time may
    be up to two seconds early, so the page may have been written just now. Both are read once
    the reader has seen them unchanged for the window, never at the first look."""
    path = _page(tmp_path, NEW)

    def date(n):
        if n == 0:
            _date(path, when(time.time_ns()))

    looks.before = date
    assert read_page(path).text == NEW
    assert len(looks.bytes) > 1


def test_control_and_bidi_characters_never_reach_the_stored_raw_page(ingest, pages):
    text = "## 南岗区\u202e推行网格化管理\x07\n\n本报讯 社区网格员上门服务。\n"
    page = pages("good.txt", text=text)
    ingest(page)
    raw = SourcePage.objects.get().raw_text
    assert "\u202e" not in raw and "\x07" not in raw
    assert "南岗区推行网格化管理" in raw
