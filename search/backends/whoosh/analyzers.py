"""The Whoosh tokenizers of the index, both over normalize()d text (same length: offsets are
into the original text).

GramTokenizer (matching). Indexing: every CJK character (so 雪 finds 冰雪) and every pair of
adjacent CJK characters at the first one's position, and each Latin/digit run (N95, 2021);
punctuation leaves a position gap so a phrase never matches across it. A query for a CJK run is
its bigram chain (a two-character word is one term: no position check), so any substring is
found, cheaply.

JiebaTokenizer (ranking): jieba's words (default mode) at consecutive positions, punctuation
dropped, so a whole-word match can score above the same characters inside a longer word.
"""

import itertools
import re

import jieba
from whoosh.analysis import Token, Tokenizer

from search.backends.whoosh import dictionary
from search.normalize import normalize
from search.terms import Unit, spans

# Bump when tokenisation, normalisation or the schema changes: the index needs `rebuild_index`.
ANALYZER_VERSION = "5"
_WORDLIKE = re.compile(r"[^\W_]")


def gram_terms(run: list[Unit]) -> list[str]:
    """The terms of a phrase query for joined units: the bigram chain when all are CJK (fewer,
    rarer postings), else the units themselves."""
    if len(run) > 1 and all(u.cjk for u in run):
        return [a.text + b.text for a, b in itertools.pairwise(run)]
    return [u.text for u in run]


class _NormalisedTokenizer(Tokenizer):
    """Whoosh's tokenizer call over normalize()d text: tokens() cuts it (tokenize=False keeps
    the whole value as one token)."""

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        t.boost = 1.0
        t.stopped = False
        text = normalize(value)
        if not tokenize:
            t.text = t.original = text
            t.pos, t.startchar, t.endchar = start_pos, start_char, start_char + len(value)
            yield t
            return
        yield from self.tokens(t, text, start_pos, start_char, mode)

    def tokens(self, t: Token, text: str, start_pos: int, start_char: int, mode: str):
        raise NotImplementedError


class GramTokenizer(_NormalisedTokenizer):
    """Units and CJK bigrams when indexing; at query time (mode="query", haystack's parser)
    the bigram chain of each joined CJK run, so a parsed phrase matches like gram_terms."""

    def tokens(self, t, text, start_pos, start_char, mode):
        found = list(spans(text))
        # pairs[i]: units i and i + 1 are joined CJK characters, a bigram starts at i
        pairs = [a[4] and b[4] and b[5] for a, b in itertools.pairwise(found)] + [False]
        for i, (text, start, end, pos, _cjk, _joined) in enumerate(found):
            t.pos = start_pos + pos
            if mode != "query" or not (pairs[i] or (i and pairs[i - 1])):
                t.text = t.original = text
                t.startchar, t.endchar = start_char + start, start_char + end
                yield t
            if pairs[i]:
                t.text = t.original = text + found[i + 1][0]
                t.startchar, t.endchar = start_char + start, start_char + found[i + 1][2]
                yield t


def jieba_words(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) of the word-like jieba words of already-normalised text."""
    dictionary.load()
    words = []
    for word, start, _end in jieba.tokenize(text):
        stripped = word.strip()
        if stripped and _WORDLIKE.search(stripped):
            offset = start + word.index(stripped)
            words.append((stripped, offset, offset + len(stripped)))
    return words


class JiebaTokenizer(_NormalisedTokenizer):
    """jieba words of the normalised text at consecutive positions (the same at query time)."""

    def tokens(self, t, text, start_pos, start_char, mode):
        for pos, (word, start, end) in enumerate(jieba_words(text), start_pos):
            t.text = t.original = word
            t.pos, t.startchar, t.endchar = pos, start_char + start, start_char + end
            yield t
