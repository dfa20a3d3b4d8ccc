"""Find page files and read them: size, encoding, sidecar metadata. No database.

Every problem with one input is a PageError with a one-line message; the caller names the file.
"""

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
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

    Returns the files and a (path, message) failure for each path that yields none. Pages are
    identified by file name, so a second file with a name already seen is a failure too.
    """
    found: dict[str, Path] = {}
    failures: list[tuple[str, str]] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            pages = sorted(p for p in path.glob("*.txt") if p.is_file())
            if not pages:
                failures.append((str(path), "folder has no page files (*.txt)"))
        elif path.is_file():
            pages = [path]
        else:
            failures.append((str(path), "no such file or folder"))
            continue
        for page in pages:
            earlier = found.setdefault(page.name, page)
            if earlier.resolve() != page.resolve():
                failures.append((str(page), f"same file name as {earlier}; names must be unique"))
    return list(found.values()), failures


def read_page(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> PageFile:
    """Read and check one page file and its optional sidecar PAGE.json."""
    size = path.stat().st_size
    if size > max_bytes:
        raise PageError(f"file is {size} bytes, over the limit of {max_bytes} (--max-bytes)")
    data = path.read_bytes()
    if (nul := data.find(b"\0")) >= 0:
        raise PageError(f"binary file (NUL byte at offset {nul})")
    text, encoding = decode(data)
    if not text.strip():
        raise PageError("empty page (no text)")
    return PageFile(
        name=path.name,
        text=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        encoding=encoding,
        **read_sidecar(path.with_suffix(".json")),
    )


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
