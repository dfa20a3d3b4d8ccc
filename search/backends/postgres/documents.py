"""An article's index row: search.analysis's tokens as tsvector text (PostgreSQL's input form).

Positions run from 1; the title's grams (weight A) come first, then a gap, then the whole
text's (weight B), as Whoosh's title and text fields. PostgreSQL keeps at most 256 positions
per token and none past 16383: a token more frequent than that still matches, but a phrase
is only found among its first 256 places (pages are far shorter).
"""

import functools
from collections import defaultdict

from search import dictionary
from search.analysis import ANALYZER_VERSION, index_grams, jieba_words
from search.normalize import normalize

MAX_POSITION = 16383
MAX_POSITIONS = 256


def quoted(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


@functools.cache
def _places(suffix: str) -> list[str]:
    """Each position's text (0 to _PLACES - 1) with suffix, clamped to MAX_POSITION: looked up,
    not formatted, for each of an article's thousand-odd grams."""
    texts = [f"{at}{suffix}" for at in range(MAX_POSITION + 1)]
    return texts + [texts[MAX_POSITION]] * (_PLACES - MAX_POSITION - 1)


# A grams() position is at most twice the length of the normalised text: positions are looked
# up for a text of up to about 24,000 characters after its title, formatted past that.
_PLACES = 3 * (MAX_POSITION + 1)


def _vector(postings: dict[str, list[str]]) -> str:
    return " ".join(
        f"{quoted(token)}:{','.join(places[:MAX_POSITIONS])}" for token, places in postings.items()
    )


def _document(title: str, text: str) -> tuple[str, str]:
    """document_vectors() of normalised title and text."""
    postings: dict[str, list[str]] = defaultdict(list)
    offset, repeats = 1, ""
    for value, weight in ((title, "A"), (text, "B")):
        last = -1
        if offset + 2 * len(value) < _PLACES:  # every position in the table (clamped there)
            places = _places(weight)
            for token, pos in index_grams(value):
                postings[token].append(places[offset + pos])
                last = pos
        else:
            for token, pos in index_grams(value):
                postings[token].append(f"{min(offset + pos, MAX_POSITION)}{weight}")
                last = pos
        offset += last + 2  # a gap: no phrase runs from the title into the text
        if weight == "A":  # as PostgreSQL keeps them: distinct positions
            repeats = " ".join(quoted(t) for t, at in postings.items() if len(set(at)) > 1)
    return _vector(postings), repeats


def document_vectors(title: str, text: str) -> tuple[str, str]:
    """The matching tokens (the title's grams at weight A, then the text's at weight B), and the
    title's tokens it holds more than once (`repeats`, no positions): a lone token ranks higher
    in such a title than in one that holds it once, so its best titles are found from these
    first (backend._split_top)."""
    return _document(normalize(title or ""), normalize(text or ""))


def _words(normalised: str) -> str:
    postings: dict[str, list[str]] = defaultdict(list)
    places = _places("")
    for pos, (word, _start, _end) in enumerate(jieba_words(normalised), 1):
        postings[word].append(places[pos] if pos < _PLACES else str(MAX_POSITION))
    return _vector(postings)


def words_vector(text: str) -> str:
    """The ranking tokens: jieba's words of the text at consecutive positions."""
    return _words(normalize(text or ""))


def analyzer_stamp() -> str:
    """What cut the tokens: a row cut otherwise needs `rebuild_index` (like Whoosh's stamp)."""
    return f"{ANALYZER_VERSION}; {dictionary.version()}"


def row(prepared: dict) -> dict:
    """SearchDocument's fields from ArticleIndex.full_prepare()'s values."""
    text, words = prepared.get("text") or "", prepared.get("words") or ""
    normalised = normalize(text)  # the words are the same text (ArticleIndex): once
    document, repeats = _document(normalize(prepared.get("title") or ""), normalised)
    return {
        "document": document,
        "repeats": repeats,
        "words": _words(normalised if words == text else normalize(words)),
        "places": list(prepared.get("places") or []),
        "persons": list(prepared.get("persons") or []),
        "kind": prepared.get("kind") or "",
        "date": prepared.get("date"),
        "year_month": prepared.get("year_month") or "",
        "digest": prepared.get("digest") or "",
        "analyzer": analyzer_stamp(),
    }
