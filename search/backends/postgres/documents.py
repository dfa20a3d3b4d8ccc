"""An article's index row: search.analysis's tokens as tsvector text (PostgreSQL's input form).

Positions run from 1; the title's grams (weight A) come first, then a gap, then the whole
text's (weight B), as Whoosh's title and text fields. PostgreSQL keeps at most 256 positions
per token and none past 16383: a token more frequent than that still matches, but a phrase
is only found among its first 256 places (pages are far shorter).
"""

from collections import defaultdict

from search import dictionary
from search.analysis import ANALYZER_VERSION, grams, jieba_words
from search.normalize import normalize

MAX_POSITION = 16383
MAX_POSITIONS = 256


def quoted(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def _vector(postings: dict[str, list[str]]) -> str:
    return " ".join(
        f"{quoted(token)}:{','.join(places[:MAX_POSITIONS])}" for token, places in postings.items()
    )


def document_vectors(title: str, text: str) -> tuple[str, str]:
    """The matching tokens (the title's grams at weight A, then the text's at weight B), and the
    title's tokens it holds more than once (`repeats`, no positions): a lone token ranks higher
    in such a title than in one that holds it once, so its best titles are found from these
    first (backend._split_top)."""
    postings: dict[str, list[str]] = defaultdict(list)
    offset, repeats = 1, ""
    for value, weight in ((title, "A"), (text, "B")):
        last = -1
        for token, pos, _start, _end in grams(normalize(value or "")):
            postings[token].append(f"{min(offset + pos, MAX_POSITION)}{weight}")
            last = pos
        offset += last + 2  # a gap: no phrase runs from the title into the text
        if weight == "A":  # as PostgreSQL keeps them: distinct positions
            repeats = " ".join(quoted(t) for t, at in postings.items() if len(set(at)) > 1)
    return _vector(postings), repeats


def words_vector(text: str) -> str:
    """The ranking tokens: jieba's words of the text at consecutive positions."""
    postings: dict[str, list[str]] = defaultdict(list)
    for pos, (word, _start, _end) in enumerate(jieba_words(normalize(text or "")), 1):
        postings[word].append(str(min(pos, MAX_POSITION)))
    return _vector(postings)


def analyzer_stamp() -> str:
    """What cut the tokens: a row cut otherwise needs `rebuild_index` (like Whoosh's stamp)."""
    return f"{ANALYZER_VERSION}; {dictionary.version()}"


def row(prepared: dict) -> dict:
    """SearchDocument's fields from ArticleIndex.full_prepare()'s values."""
    document, repeats = document_vectors(prepared.get("title", ""), prepared.get("text", ""))
    return {
        "document": document,
        "repeats": repeats,
        "words": words_vector(prepared.get("words", "")),
        "places": list(prepared.get("places") or []),
        "persons": list(prepared.get("persons") or []),
        "kind": prepared.get("kind") or "",
        "date": prepared.get("date"),
        "year_month": prepared.get("year_month") or "",
        "digest": prepared.get("digest") or "",
        "analyzer": analyzer_stamp(),
    }
