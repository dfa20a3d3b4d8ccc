"""The archive's own text analysis, the same for every engine: what the index stores and what a
query asks for, over normalize()d text (same length: offsets are into the original text).

grams() (matching). Indexing: every CJK character (so 雪 finds 冰雪) and every pair of adjacent
CJK characters at the first one's position, and each Latin/digit run (N95, 2021); punctuation
leaves a position gap so a phrase never matches across it. A query for a CJK run is its bigram
chain (gram_terms: a two-character word is one term, no position check), so any substring is
found, cheaply.

jieba_words() (ranking): jieba's words (default mode), punctuation dropped, so a whole-word
match can score above the same characters inside a longer word.
"""

import itertools
import re

from search import dictionary
from search.terms import UNIT, Unit, spans

# Bump when tokenisation, normalisation or the schema changes: the index needs `rebuild_index`.
ANALYZER_VERSION = "5"
_WORDLIKE = re.compile(r"[^\W_]")


def gram_terms(run: list[Unit]) -> list[str]:
    """The terms of a phrase query for joined units: the bigram chain when all are CJK (fewer,
    rarer postings), else the units themselves."""
    if len(run) > 1 and all(u.cjk for u in run):
        return [a.text + b.text for a, b in itertools.pairwise(run)]
    return [u.text for u in run]


def grams(text: str, query: bool = False):
    """(term, pos, start, end) of normalised text: units and CJK bigrams when indexing; with
    query=True the bigram chain of each joined CJK run instead of its characters, so a parsed
    phrase matches like gram_terms."""
    found = list(spans(text))
    # pairs[i]: units i and i + 1 are joined CJK characters, a bigram starts at i
    pairs = [a[4] and b[4] and b[5] for a, b in itertools.pairwise(found)] + [False]
    for i, (unit, start, end, pos, _cjk, _joined) in enumerate(found):
        if not query or not (pairs[i] or (i and pairs[i - 1])):
            yield unit, pos, start, end
        if pairs[i]:
            yield unit + found[i + 1][0], pos, start, found[i + 1][2]


def index_grams(normalised: str):
    """(term, pos) of grams(normalised) when indexing, in the same order: without the offsets
    and in one pass (the PostgreSQL engine's rows, a thousand-odd grams an article)."""
    pos, prev_end, prev_cjk, prev = 0, -1, False, ""
    for m in UNIT.finditer(normalised):
        start = m.start()
        if prev_end < 0:
            joined = False
        elif prev_end == start or not normalised[prev_end:start].strip():
            joined = True
        else:
            joined = False
            pos += 1
        unit = m.group()
        cjk = m.lastgroup == "cjk"
        if joined and cjk and prev_cjk:
            yield prev + unit, pos - 1
        yield unit, pos
        prev_end, prev_cjk, prev = m.end(), cjk, unit
        pos += 1


def jieba_words(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) of the word-like jieba words of already-normalised text."""
    return word_tokens(dictionary.tokenize(text))


def word_tokens(tokens) -> list[tuple[str, int, int]]:
    """The word-like ones of jieba.tokenize()'s tokens, stripped of white space."""
    words = []
    for word, start, _end in tokens:
        stripped = word.strip()
        if stripped and _WORDLIKE.search(stripped):
            offset = start + word.index(stripped)
            words.append((stripped, offset, offset + len(stripped)))
    return words
