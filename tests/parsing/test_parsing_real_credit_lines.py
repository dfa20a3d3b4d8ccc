"""Credit lines as real papers and news sites printed them (real_credit_lines.json: the line,
the people it credits, written down before the parser read it, and the page it was copied
from): the parser reads each line's people, whatever form it takes. A line it cannot read
stays in the file, marked xfail with the reason."""

import json
from pathlib import Path

import pytest

from archive.parsing import bylines
from archive.parsing.items import Credit

LINES = json.loads((Path(__file__).parent / "real_credit_lines.json").read_text("utf-8"))


def read_credits(line: str) -> list[Credit]:
    """The credits a line gives in whichever form it takes: a dateline's bracket, a byline
    or photo credit standing alone, a closing bracket, or a caption's credit."""
    dateline = bylines.split_dateline(line)
    if dateline and dateline[1]:
        return dateline[1]
    for read in (bylines.parse_byline_line, bylines.parse_credit_line):
        if credits := read(line):
            return credits
    for split in (bylines.split_trailing_byline, bylines.split_inline_credit):
        if credits := split(line)[1]:
            return credits
    return []


def _case(row: dict):
    marks = [pytest.mark.xfail(reason=row["xfail"], strict=True)] if "xfail" in row else []
    return pytest.param(row, marks=marks, id=row["line"][:24])


@pytest.mark.parametrize("row", [_case(r) for r in LINES])
def test_each_real_credit_line_gives_the_people_it_prints(row):
    read = {c.name for c in read_credits(row["line"])}
    assert read == {name for name, _ in row["credits"]}, row["source"]


def test_the_corpus_spans_many_outlets_and_names():
    assert len(LINES) >= 100
    assert len({r["source"] for r in LINES}) >= 40
    assert sum(len(r["credits"]) for r in LINES) >= 150
