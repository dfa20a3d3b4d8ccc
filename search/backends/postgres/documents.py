"""An article's index row: search.analysis's tokens as tsvector text (PostgreSQL's input form),
or for a full build the whole row in `COPY`'s binary form (copy_row), which the server takes
without parsing the vectors' text again.

Positions run from 1; the title's grams (weight A) come first, then a gap, then the whole
text's (weight B), as Whoosh's title and text fields. PostgreSQL keeps at most 256 positions
per token and none past 16383: a token more frequent than that still matches, but a phrase
is only found among its first 256 places (pages are far shorter).
"""

import functools
import struct
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
# up for a text of up to about 24,000 characters after its title, clamped past that.
_PLACES = 3 * (MAX_POSITION + 1)

# The binary form (tsvector's receive function): a vector is its token count, then each token
# in UTF-8 ending in a zero byte, its number of positions and the positions, 16 bits each (the
# weight's 2 over the position's 14), ascending and distinct, as PostgreSQL keeps the text's.
_WEIGHT_BITS = {"A": 3 << 14, "B": 2 << 14, "": 0}
_U16 = [struct.pack(">H", n) for n in range(MAX_POSITIONS + 1)]
_INT32 = struct.Struct(">i")


@functools.cache
def _codes(suffix: str) -> list[bytes]:
    """_places(suffix) in the binary form."""
    weight = _WEIGHT_BITS[suffix]
    return [struct.pack(">H", weight | min(at, MAX_POSITION)) for at in range(_PLACES)]


# A token's positions past MAX_POSITION are all MAX_POSITION: PostgreSQL keeps one, of the
# highest weight (the text form's parser does; the binary form is kept as sent).
_CLAMPED = {struct.pack(">H", weight | MAX_POSITION) for weight in _WEIGHT_BITS.values()}


def _vector(postings: dict[str, list[str]]) -> str:
    return " ".join(
        f"{quoted(token)}:{','.join(places[:MAX_POSITIONS])}" for token, places in postings.items()
    )


def _clamped_once(codes: list[bytes]) -> list[bytes]:
    first = next(i for i, code in enumerate(codes) if code in _CLAMPED)
    return [*codes[:first], max(codes[first:])]  # big-endian: the highest weight sorts last


def _binary_vector(postings: dict[str, list[bytes]]) -> bytes:
    parts = [_INT32.pack(len(postings))]
    for token, codes in postings.items():
        codes = codes[:MAX_POSITIONS]
        if codes[-1] in _CLAMPED:
            codes = _clamped_once(codes)
        parts += (token.encode(), b"\0", _U16[len(codes)], *codes)
    return b"".join(parts)


def _binary_tokens(tokens: list[str]) -> bytes:
    """A vector of tokens without positions, in the binary form."""
    return b"".join([_INT32.pack(len(tokens)), *(t.encode() + b"\0\0\0" for t in tokens)])


def _postings(title: str, text: str, table) -> tuple[dict[str, list], list[str]]:
    """The grams of normalised title and text at their places (table: _places or _codes), and
    the title's tokens it holds more than once."""
    postings: dict[str, list] = defaultdict(list)
    offset, repeats = 1, []
    for value, weight in ((title, "A"), (text, "B")):
        last = -1
        places = table(weight)
        if offset + 2 * len(value) < _PLACES:  # every position in the table (clamped there)
            for token, pos in index_grams(value):
                postings[token].append(places[offset + pos])
                last = pos
        else:
            for token, pos in index_grams(value):
                postings[token].append(places[min(offset + pos, MAX_POSITION)])
                last = pos
        offset += last + 2  # a gap: no phrase runs from the title into the text
        if weight == "A":  # as PostgreSQL keeps them: distinct positions
            repeats = [t for t, at in postings.items() if len(set(at)) > 1]
    return postings, repeats


def _document(title: str, text: str) -> tuple[str, str]:
    """document_vectors() of normalised title and text."""
    postings, repeats = _postings(title, text, _places)
    return _vector(postings), " ".join(quoted(t) for t in repeats)


def document_vectors(title: str, text: str) -> tuple[str, str]:
    """The matching tokens (the title's grams at weight A, then the text's at weight B), and the
    title's tokens it holds more than once (`repeats`, no positions): a lone token ranks higher
    in such a title than in one that holds it once, so its best titles are found from these
    first (backend._split_top)."""
    return _document(normalize(title or ""), normalize(text or ""))


def _word_postings(normalised: str, table) -> dict[str, list]:
    postings: dict[str, list] = defaultdict(list)
    places = table("")
    for pos, (word, _start, _end) in enumerate(jieba_words(normalised), 1):
        postings[word].append(places[min(pos, MAX_POSITION)])
    return postings


def _words(normalised: str) -> str:
    return _vector(_word_postings(normalised, _places))


def words_vector(text: str) -> str:
    """The ranking tokens: jieba's words of the text at consecutive positions."""
    return _words(normalize(text or ""))


def analyzer_stamp() -> str:
    """What cut the tokens: a row cut otherwise needs `rebuild_index` (like Whoosh's stamp)."""
    return f"{ANALYZER_VERSION}; {dictionary.version()}"


def _row(prepared: dict, table, vector, listed) -> dict:
    text, words = prepared.get("text") or "", prepared.get("words") or ""
    normalised = normalize(text)  # the words are the same text (ArticleIndex): once
    postings, repeats = _postings(normalize(prepared.get("title") or ""), normalised, table)
    words = normalised if words == text else normalize(words)
    return {
        "document": vector(postings),
        "repeats": listed(repeats),
        "words": vector(_word_postings(words, table)),
        "places": list(prepared.get("places") or []),
        "persons": list(prepared.get("persons") or []),
        "kind": prepared.get("kind") or "",
        "date": prepared.get("date"),
        "year_month": prepared.get("year_month") or "",
        "digest": prepared.get("digest") or "",
        "analyzer": analyzer_stamp(),
    }


def row(prepared: dict) -> dict:
    """SearchDocument's fields from ArticleIndex.full_prepare()'s values."""
    return _row(prepared, _places, _vector, lambda tokens: " ".join(map(quoted, tokens)))


# COPY's binary form (PostgreSQL's manual, "COPY", "Binary Format"): a header, then each row
# as its number of fields and each field's length and bytes (a length of -1: NULL), then -1.
COPY_HEADER = b"PGCOPY\n\xff\r\n\0" + bytes(8)  # no flags, no header extension
COPY_TRAILER = struct.pack(">h", -1)
_VARCHAR = 1043  # an array's element type (pg_type's oid of varchar)
_EPOCH = 730120  # date(2000, 1, 1).toordinal(): a date is its days from PostgreSQL's epoch


def _field(data: bytes) -> bytes:
    return _INT32.pack(len(data)) + data


def _array(values: list[str]) -> bytes:
    if not values:
        return _field(struct.pack(">3i", 0, 0, _VARCHAR))
    head = struct.pack(">5i", 1, 0, _VARCHAR, len(values), 1)
    return _field(head + b"".join(_field(v.encode()) for v in values))


_BINARY = {
    "article_id": lambda pk: _field(struct.pack(">q", pk)),
    "document": _field,
    "words": _field,
    "repeats": _field,
    "places": _array,
    "persons": _array,
    "date": lambda d: _INT32.pack(-1) if d is None else _field(_INT32.pack(d.toordinal() - _EPOCH)),
}


def copy_row(pk: int, prepared: dict, columns: list[str]) -> bytes:
    """The row of row() with article_id pk, its columns in this order, in COPY's binary form:
    the same values (the vectors as the server keeps their text form: a test compares)."""
    values = {"article_id": pk, **_row(prepared, _codes, _binary_vector, _binary_tokens)}
    text = lambda value: _field(value.encode())  # noqa: E731
    fields = [_BINARY.get(column, text)(values[column]) for column in columns]
    return struct.pack(">h", len(columns)) + b"".join(fields)
