"""The units of text that queries and highlights are made of, whatever the search engine.

A unit is one CJK character or one Latin/digit run of normalize()d text. A query term is one
or more runs of joined units (a phrase each); highlighting finds those runs in the article's
own text. Offsets are offsets into the original text: normalize() keeps the length.
"""

import itertools
import re
from dataclasses import dataclass

from search.normalize import normalize

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
UNIT = re.compile(rf"(?P<cjk>[{CJK}])|[^\W_{CJK}]+")  # a unit (below); group cjk: a CJK one


@dataclass(frozen=True, slots=True)
class Unit:
    """One CJK character or one Latin/digit run of normalised text, with its place."""

    text: str
    start: int
    end: int
    pos: int
    cjk: bool
    joined: bool  # follows the previous unit with nothing but white space between


def spans(text: str):
    """(text, start, end, pos, cjk, joined) of each unit of already-normalised text: the
    tuples behind units(), cheap enough for the indexer's tokenizer."""
    pos = 0
    prev_end = -1
    for m in UNIT.finditer(text):
        start = m.start()
        joined = prev_end == start or (prev_end >= 0 and not text[prev_end:start].strip())
        if prev_end >= 0 and not joined:
            pos += 1
        prev_end = m.end()
        yield m.group(), start, prev_end, pos, m.lastgroup == "cjk", joined
        pos += 1


def units(value: str) -> list[Unit]:
    """The units of value (normalised here). Punctuation between units leaves a position gap,
    so a phrase never matches across it; white space does not (OCR spaces: 2月 14日)."""
    return [Unit(*span) for span in spans(normalize(value))]


def phrase_text(run: list[Unit]) -> str:
    """A run as the text of an exact phrase: CJK units together, a space between Latin runs."""
    out = run[0].text
    for prev, unit in itertools.pairwise(run):
        out += (" " if not (prev.cjk or unit.cjk) else "") + unit.text
    return out


def run_pattern(run: list[Unit]) -> re.Pattern:
    """A regex finding these joined units in normalised text where units() would find them:
    white space may come between, and a Latin/digit unit is a whole run (2 is not in 12)."""
    alone = rf"(?<![^\W_{CJK}]){{}}(?![^\W_{CJK}])"
    parts = [re.escape(u.text) if u.cjk else alone.format(re.escape(u.text)) for u in run]
    return re.compile(r"\s*".join(parts))
