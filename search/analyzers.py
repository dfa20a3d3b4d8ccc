"""The two Whoosh tokenizers of the index, both over normalize()d text.

- JiebaTokenizer: jieba words (default mode) with consecutive positions, for ranking and
  phrases. (jieba's own ChineseAnalyzer records character offsets as positions, which breaks
  every phrase query.)
- GramTokenizer: every CJK character and every pair of adjacent CJK characters, plus Latin and
  digit runs as single tokens, so any substring can be found: 雪, 网格化管理, 11月29日, N95.

Offsets (startchar/endchar) are offsets into the original text: normalize() keeps the length.
"""

import itertools
import logging
import re
import threading
from dataclasses import dataclass

import jieba
from whoosh.analysis import Token, Tokenizer

from search.normalize import normalize

# Bump when tokenisation, normalisation or the schema changes: the index needs `rebuild_index`.
ANALYZER_VERSION = "2"

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_UNIT = re.compile(rf"(?P<cjk>[{_CJK}])|[^\W_{_CJK}]+")
_WORDLIKE = re.compile(r"[^\W_]")

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Unit:
    """One CJK character or one Latin/digit run of normalised text, with its place."""

    text: str
    start: int
    end: int
    pos: int
    cjk: bool
    joined: bool  # follows the previous unit with nothing but white space between


def units(value: str) -> list[Unit]:
    """The units of value (normalised here). Punctuation between units leaves a position gap,
    so a phrase never matches across it; white space does not (OCR spaces: 2月 14日)."""
    text = normalize(value)
    found: list[Unit] = []
    pos = 0
    prev_end = None
    for m in _UNIT.finditer(text):
        joined = prev_end is not None and not text[prev_end : m.start()].strip()
        if prev_end is not None and not joined:
            pos += 1
        found.append(Unit(m.group(), m.start(), m.end(), pos, m.group("cjk") is not None, joined))
        pos += 1
        prev_end = m.end()
    return found


def run_pattern(run: list[Unit]) -> re.Pattern:
    """A regex finding these joined units in normalised text where units() would find them:
    white space may come between, and a Latin/digit unit is a whole run (2 is not in 12)."""
    alone = rf"(?<![^\W_{_CJK}]){{}}(?![^\W_{_CJK}])"
    parts = [re.escape(u.text) if u.cjk else alone.format(re.escape(u.text)) for u in run]
    return re.compile(r"\s*".join(parts))


def gram_terms(found: list[Unit]) -> list[str]:
    """The terms a phrase query over the gram field needs for these units: the bigram chain
    when all are CJK (fewer, rarer postings), else the units themselves."""
    if len(found) > 1 and all(u.cjk for u in found) and all(u.joined for u in found[1:]):
        return [a.text + b.text for a, b in itertools.pairwise(found)]
    return [u.text for u in found]


class _Base(Tokenizer):
    def _token(self, positions, chars, removestops, mode, kwargs) -> Token:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        t.boost = 1.0
        t.stopped = False
        return t

    @staticmethod
    def _set(t, text, pos, start, end, positions, chars, keeporiginal, start_char):
        t.text = text
        if keeporiginal:
            t.original = text
        if positions:
            t.pos = pos
        if chars:
            t.startchar = start_char + start
            t.endchar = start_char + end
        return t


class GramTokenizer(_Base):
    """Unigrams and bigrams of CJK runs at consecutive positions; Latin/digit runs whole."""

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
        t = self._token(positions, chars, removestops, mode, kwargs)
        if not tokenize:
            text = normalize(value)
            yield self._set(t, text, start_pos, 0, len(value), positions, chars, keeporiginal, 0)
            return
        found = units(value)
        args = (positions, chars, keeporiginal, start_char)
        for i, u in enumerate(found):
            yield self._set(t, u.text, start_pos + u.pos, u.start, u.end, *args)
            nxt = found[i + 1] if i + 1 < len(found) else None
            if u.cjk and nxt is not None and nxt.cjk and nxt.joined:
                yield self._set(t, u.text + nxt.text, start_pos + u.pos, u.start, nxt.end, *args)


class JiebaTokenizer(_Base):
    """jieba words (default mode, HMM on) at consecutive positions, punctuation dropped."""

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
        t = self._token(positions, chars, removestops, mode, kwargs)
        text = normalize(value)
        if not tokenize:
            yield self._set(t, text, start_pos, 0, len(text), positions, chars, keeporiginal, 0)
            return
        pos = start_pos
        args = (positions, chars, keeporiginal, start_char)
        for word, start, end in jieba_words(text):
            yield self._set(t, word, pos, start, end, *args)
            pos += 1


def jieba_words(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for the word-like jieba tokens of already-normalised text."""
    load_jieba()
    words = []
    for word, start, _end in jieba.tokenize(text):
        stripped = word.strip()
        if stripped and _WORDLIKE.search(stripped):
            offset = word.index(stripped)
            words.append((stripped, start + offset, start + offset + len(stripped)))
    return words


# --- jieba's dictionary: loaded once a process, cache inside ARCHIVE_DATA_DIR ---------------

_lock = threading.RLock()
_loaded = False
_persons_loaded = False
_known_persons: set[str] = set()


def dictionary_version() -> str:
    from archive.gazetteer import Gazetteer

    return f"jieba {jieba.__version__}; {Gazetteer.default().version}"


def load_jieba() -> None:
    """Initialise jieba with gazetteer names (idempotent; the search app calls it at start)."""
    global _loaded
    if _loaded:
        return
    with _lock:
        if _loaded:
            return
        from django.conf import settings

        from archive.gazetteer import Gazetteer

        jieba.setLogLevel(logging.WARNING)
        cache_dir = settings.ARCHIVE_DATA_DIR / "jieba"
        cache_dir.mkdir(parents=True, exist_ok=True)
        jieba.dt.tmp_dir = str(cache_dir)
        jieba.dt.cache_file = "jieba.cache"
        jieba.initialize()
        for division in Gazetteer.default().all():
            jieba.add_word(division.name)
        _loaded = True


def add_person_words(names) -> None:
    """Make person names single jieba words (so 梁可心 is one token)."""
    new = [n for n in names if n and n not in _known_persons]
    if not new:
        return
    load_jieba()
    with _lock:
        for name in new:
            jieba.add_word(normalize(name))
            _known_persons.add(name)


def load_person_words() -> None:
    """Add every Person name in the database once per process, if the table exists yet."""
    global _persons_loaded
    if _persons_loaded:
        return
    from django.db import connection

    from archive.models import Person

    if Person._meta.db_table not in connection.introspection.table_names():
        return
    add_person_words(Person.objects.values_list("name", flat=True))
    _persons_loaded = True
