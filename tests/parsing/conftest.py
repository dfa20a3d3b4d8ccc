"""Helpers for the parser tests: the parser is pure Python, no Django needed."""

from pathlib import Path

import pytest

from archive.parsing import ParsedPage, parse_page

ROOT = Path(__file__).resolve().parents[2]
REAL_PAGES = ROOT / "fixtures" / "pages"
OUR_PAGES = Path(__file__).resolve().parent / "pages"


def _load(directory: Path, prefix: str) -> ParsedPage:
    (path,) = sorted(directory.glob(f"{prefix}*.txt"))
    return parse_page(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def real_page():
    cache: dict[str, ParsedPage] = {}

    def get(prefix: str) -> ParsedPage:
        if prefix not in cache:
            cache[prefix] = _load(REAL_PAGES, prefix)
        return cache[prefix]

    return get


@pytest.fixture(scope="session")
def our_page():
    return lambda name: _load(OUR_PAGES, name)


@pytest.fixture
def parse():
    """parse_page for an inline excerpt, with the leading newline of a triple-quote dropped."""
    return lambda text: parse_page(text.lstrip("\n"))
