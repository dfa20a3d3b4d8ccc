"""Find page files and read them: size, encoding, sidecar metadata. No database.

Every problem with one input is a PageError with a one-line message; the caller names the file.
"""

import errno
import hashlib
import json
import os
import re
import stat
import time
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.conf import settings

from archive.parsing.running_head import read_running_head

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
# A file that has not been quiet for the settle window within this many windows of the first
# look is refused: its writer is still at work, and the run goes on to the next file.
SETTLE_PATIENCE = 5
MTIME_RESOLUTION_NS = 20_000_000  # file times lag the clock by up to a kernel tick or two
# Whole-second file times come from a file system that keeps seconds (FAT keeps even ones): the
# file may have been written up to this much later than its time says.
COARSE_MTIME_RESOLUTION_NS = 2_000_000_000
STILL_WRITTEN = "file is still being written (it kept changing); ingest it again once it is written"
SIDECAR_KEYS = {
    "paper": (str, "text"),
    "edition_date": (str, "text"),
    "page": (int, "a whole number"),
}
# Control characters a text page may contain; any other Cc, or a private-use or unassigned code
# point, means a GB18030 "decoding" of bytes that were never GB18030.
_TEXT_CONTROLS = set("\t\n\r\f\v")
_NOT_TEXT_CATEGORIES = {"Cc", "Co", "Cn"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Control characters and bidi overrides carry no text and can disguise what the raw page shows
# (U+202E turns the rest of a line around): never stored.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


class PageError(Exception):
    """One input file cannot be ingested; the message is one line, without the file name."""


@dataclass(frozen=True)
class PageFile:
    """A page file that passed every check, with its text decoded and its sidecar applied."""

    name: str
    text: str
    content_hash: str
    encoding: str
    paper: str = ""
    edition_date: date | None = None
    page_number: int | None = None


def find_pages(paths: list[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand files and folders (their *.txt, sorted) into page files, once each.

    Returns the files and a (path, message) failure for each path that yields none, and for
    each *.txt in a folder that is not a readable regular file (a folder, a FIFO, a device, a
    broken or looping link). Pages are identified by file name, so a second file with a name
    already seen is a failure too.
    """
    found: dict[str, Path] = {}
    failures: list[tuple[str, str]] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            pages = []
            for entry in sorted(path.glob("*.txt")):
                if entry.is_file():
                    pages.append(entry)
                else:
                    failures.append((str(entry), f"skipped: {_not_a_page(entry)}"))
            if not pages and not failures:
                failures.append((str(path), "folder has no page files (*.txt)"))
        elif path.is_file():
            pages = [path]
        elif path.exists() or path.is_symlink():
            failures.append((str(path), _not_a_page(path)))
            continue
        else:
            failures.append((str(path), "no such file or folder"))
            continue
        for page in pages:
            earlier = found.setdefault(page.name, page)
            if earlier.resolve() != page.resolve():
                failures.append((str(page), f"same file name as {earlier}; names must be unique"))
    return list(found.values()), failures


def _not_a_page(path: Path) -> str:
    """What a path is instead of a page file."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        return "a symbolic link that leads nowhere" + (
            " (a loop)" if error.errno == errno.ELOOP else ""
        )
    for test, kind in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return f"{kind}, not a page file"
    return "not a regular file"


def read_page(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> PageFile:
    """Read and check one page file and its optional sidecar PAGE.json."""
    data = _read_settled(path, max_bytes, settings.INGEST_SETTLE_SECONDS)
    if _is_utf16(data):
        raise PageError("UTF-16 text; save the page as UTF-8")
    if (nul := data.find(b"\0")) >= 0:
        raise PageError(f"binary file (NUL byte at offset {nul})")
    text, encoding = decode(data)
    text = _INVISIBLE.sub("", text)
    if not text.strip():
        raise PageError("empty page (no text)")
    return PageFile(
        name=path.name,
        text=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        encoding=encoding,
        **page_metadata(text, read_sidecar(path.with_suffix(".json"))),
    )


def page_metadata(text: str, sidecar: dict) -> dict:
    """The sidecar's paper, edition date and page; what it leaves out, from the running head."""
    printed = read_running_head(text)
    found = {
        "paper": printed.paper,
        "edition_date": printed.edition_date,
        "page_number": printed.page_number,
    }
    return found | {key: value for key, value in sidecar.items() if value}


def _read_settled(path: Path, max_bytes: int, settle: float) -> bytes:
    """The file's bytes, read once and whole, after it has been left unchanged for `settle`
    seconds, so that nothing torn is stored.

    A writer that stalls mid-file (a loaded machine, an OCR job writing in chunks) leaves a half
    file that no read can tell from a whole one, so a file is taken only once it has been quiet
    for the window: by its modification time (less the file system's timestamp lag), or by our
    own looks, which also settle a file dated in the future. A younger file, or one changed
    while it was read, is waited for; one still changing after SETTLE_PATIENCE windows is
    refused. A writer stalled for longer than the window cannot be told from a finished file.
    """
    give_up = time.monotonic() + SETTLE_PATIENCE * settle
    first_seen = None  # (size, mtime) and the look since which the file has shown them
    while True:
        looked, started = time.monotonic(), time.time_ns()
        data, before, after = _read(path, max_bytes)
        if len(data) > max_bytes:
            raise PageError(_too_big(len(data), max_bytes))
        state = (after.st_size, after.st_mtime_ns)
        if (before.st_size, before.st_mtime_ns) != state or len(data) != after.st_size:
            first_seen, wait = None, settle
        else:
            if first_seen is None or first_seen[0] != state:
                first_seen = (state, looked)
            dated = (started - after.st_mtime_ns - _mtime_lag(after.st_mtime_ns)) / 1e9
            quiet = max(dated, looked - first_seen[1])
            if quiet >= settle:
                return data
            wait = settle - quiet
        if time.monotonic() + wait > give_up:
            raise PageError(STILL_WRITTEN)
        time.sleep(wait)


def _mtime_lag(mtime_ns: int) -> int:
    """How much later than its time says a file may have been written."""
    if mtime_ns % 1_000_000_000 == 0:
        return COARSE_MTIME_RESOLUTION_NS
    return MTIME_RESOLUTION_NS


def _read(path: Path, max_bytes: int):
    """Opened without blocking, so a FIFO cannot hang the run."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise PageError("file disappeared before it could be read") from None
    except OSError as error:
        raise PageError(f"cannot be read: {error.strerror.lower()}") from None
    with os.fdopen(fd, "rb") as handle:
        try:
            before = os.fstat(fd)
            if not stat.S_ISREG(before.st_mode):
                raise PageError("not a regular file")
            if before.st_size > max_bytes:
                raise PageError(_too_big(before.st_size, max_bytes))
            return handle.read(max_bytes + 1), before, os.fstat(fd)
        except OSError as error:
            raise PageError(f"cannot be read: {error.strerror.lower()}") from None


def _too_big(size: int, max_bytes: int) -> str:
    return f"file is {size} bytes, over the limit of {max_bytes} (--max-bytes)"


def _is_utf16(data: bytes) -> bool:
    """A BOM, or NUL bytes nearly all on one side of each pair (its ASCII, its newlines) and a
    clean decoding as UTF-16 of that byte order."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = data[:4000]
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if max(odd, even) < 4 * min(odd, even) + 1:
        return False  # no NULs, or NULs on both sides: binary, not text
    try:
        text = data[: len(data) // 2 * 2].decode("utf-16-le" if odd else "utf-16-be")
    except UnicodeDecodeError:
        return False
    return _is_clean(text)


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (a BOM is dropped), else GB18030 if that yields clean text; else name the byte."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        offset = utf8_error.start
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _is_clean(text):
        return text, "gb18030"
    raise PageError(
        f"not UTF-8 or GB18030 text (invalid UTF-8 byte 0x{data[offset]:02x} at offset {offset})"
    )


def _is_clean(text: str) -> bool:
    return not any(
        unicodedata.category(ch) in _NOT_TEXT_CATEGORIES and ch not in _TEXT_CONTROLS for ch in text
    )


def read_sidecar(path: Path) -> dict:
    """PageFile fields from PAGE.json ({"paper", "edition_date": "YYYY-MM-DD", "page"}), if any."""
    if not path.exists():
        return {}
    problem = f"sidecar {path.name}"
    try:
        meta = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise PageError(f"{problem} is not valid UTF-8 JSON: {error}") from None
    if not isinstance(meta, dict):
        raise PageError(f"{problem} must hold a JSON object")
    if unknown := sorted(set(meta) - set(SIDECAR_KEYS)):
        raise PageError(f"{problem} has unknown keys {unknown}; allowed: {sorted(SIDECAR_KEYS)}")
    for key, (kind, description) in SIDECAR_KEYS.items():
        if key in meta and type(meta[key]) is not kind:  # exact: True is not a page number
            raise PageError(f"{problem}: {key} must be {description}, got {meta[key]!r}")
    fields = {"paper": meta.get("paper", "").strip()}
    if "edition_date" in meta:
        fields["edition_date"] = iso_date(meta["edition_date"])
        if fields["edition_date"] is None:
            raise PageError(
                f"{problem}: edition_date must be a real YYYY-MM-DD date, "
                f"got {meta['edition_date']!r}"
            )
    if "page" in meta:
        if meta["page"] < 1:
            raise PageError(f"{problem}: page must be 1 or more, got {meta['page']}")
        fields["page_number"] = meta["page"]
    return fields


def iso_date(text: str) -> date | None:
    """The date written exactly as YYYY-MM-DD, or None (2021-02-30 and 20211107 are None)."""
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
