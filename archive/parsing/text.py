"""Character-level helpers for OCR'd Chinese text: widths, punctuation, OCR spaces."""

import re
import unicodedata
from functools import lru_cache

from archive.parsing.lexicon import (
    BULLETS,
    CLOSERS,
    CN_NUMERALS,
    DEGREES,
    END_MARKS,
    FULL_STOPS,
    MEASURE_UNITS,
    OUTLET_ENDS,
    SENTENCE_PUNCT,
    SOURCE_ACTS,
    SOURCE_WORDS,
    TERMINAL,
    alternatives,
)
from archive.parsing.memo import per_page

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2010-\u2027"
_CJK_RE = re.compile(f"[{CJK}]")

_SPACE_RUN = re.compile(r"[ \t\u3000\u00a0]+")
# A space is OCR noise when a CJK character or CJK punctuation stands on either side.
_CJK_SIDE = f"[{CJK}{CJK_PUNCT}“”‘’《》（）]"
_OCR_SPACE = re.compile(
    rf"(?<={_CJK_SIDE})[ \t\u3000\u00a0]+(?=\S)|(?<=\S)[ \t\u3000\u00a0]+(?={_CJK_SIDE})"
)


# A row of a table set as short fields: "13日 多云 2℃~14℃", "白菜 1.6元/斤".
_FIELD = re.compile(rf"[^\s{SENTENCE_PUNCT}]{{1,8}}")
_NUM = r"[-+]?\d+(?:\.\d+)?"
_DEGREES = alternatives(DEGREES)
# A field that is nothing but a measure: "2℃~14℃", "1.6元/斤", "35%".
_MEASURE = re.compile(
    rf"^{_NUM}(?:{_DEGREES})?(?:[~～]{_NUM}(?:{_DEGREES})?|(?:{alternatives(MEASURE_UNITS)})(?:/[^/]+)?)$"
)


def is_table_row(text: str) -> bool:
    """Short space-separated fields, one of them a measure alone: a weather or price table's
    row, which stays in its article's text however short it is."""
    fields = text.split()
    return (
        len(fields) >= 2
        and all(_FIELD.fullmatch(f) for f in fields)
        and any(_MEASURE.match(f) for f in fields)
    )


_CELLS: dict[str, float] = {}  # a character's printed width, looked up once a character


def _cell(c: str) -> float:
    cell = _CELLS[c] = 1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5
    return cell


@lru_cache(maxsize=65536)
def width(text: str) -> float:
    """Printed width in CJK cells: half-width characters take half a cell. (Cached: the layout
    rules ask for a line's width many times over.)"""
    # Halves and wholes add up exactly in any order: a table lookup a character, summed in C.
    try:
        return sum(map(_CELLS.__getitem__, text))
    except KeyError:
        return sum(_CELLS.get(c) or _cell(c) for c in text)


def cjk_count(text: str) -> int:
    return len(_CJK_RE.findall(text))


# An article's end mark: "■", "（完）"; a source line: "来源：人民网", "转载自《恩施日报》".
_END_MARK = re.compile(rf"\s*(?:[{END_MARKS}]|[（(]完[）)])$")
# Where a reprinted piece comes from: "来源：X", "摘自《X》", bracketed "(来源:宿迁发布)", barred as
# apps print it "来源丨X", and a line of its own "据重庆日报".
SOURCE_LINE = re.compile(
    rf"^[（(]?(?:{alternatives(SOURCE_WORDS)})\s*[:：《|｜丨]"
    rf"|^[（(]?据\s*《?[{CJK}]{{2,12}}(?:{alternatives(OUTLET_ENDS)})》?"
    rf"(?:{alternatives(SOURCE_ACTS)})?[）)]?$"
    # A reprint's citation of the issue and page it ran in: "《人民日报》(2023年11月21日04版)"
    rf"|^《\s*[{CJK}]{{2,12}}(?:{alternatives(OUTLET_ENDS)})\s*》\s*[（(]\s*\d{{4}}\s*年"
    rf"\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*(?:第?\s*[\d{CN_NUMERALS}]+\s*版)?\s*[）)]$"
    # A web page's stamp, the time it went up to the second, and its source: "2019-09-24
    # 08:11:00 来源: 威海日报", "2022年08月19日 19:12:40 来源: 天山网".
    rf"|^\d{{4}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*"
    rf"(?:(?:{alternatives(SOURCE_WORDS)})\s*[:：]|$)"
    # The outlet that produced the piece, as web copy credits a video's: "X新闻电视网(CNC)出品"
    rf"|^[^\s。，,！？!?]{{1,20}}(?:{alternatives(OUTLET_ENDS)}|中心)[^\s。，,]{{0,8}}出品$"
)
# An aside closing the paragraph, set solid or a space after its stop: "…20多万元。 (来源:X)".
_CLOSING_ASIDE = re.compile(rf"[{FULL_STOPS}…][”’」』\"]?\s*[（(][^（()）]{{1,60}}[）)]$")
# The longest end mark ("（完）"): a search from there on finds what a search of the whole line
# would, for much less.
_END_MARK_MAX = 3


def end_mark(text: str) -> re.Match | None:
    """An article's end mark closing a line ("…的收获。(完)", "…惠及百姓。■"), if any; the
    line is read with its trailing spaces stripped."""
    text = text.rstrip()
    return _END_MARK.search(text, max(0, len(text) - _END_MARK_MAX))


def ends_marked(text: str) -> bool:
    """Whether a line ends in an article's end mark ("…的收获。(完)", "…惠及百姓。■")."""
    return bool(end_mark(text))


@per_page
def ends_terminal(text: str) -> bool:
    """Whether a line may end its paragraph; "。(王艳)" does, a quoted “最强音” does not."""
    text = text.rstrip()
    if SOURCE_LINE.match(text):
        return True
    marked = text
    if _END_MARK.search(text, max(0, len(text) - _END_MARK_MAX)):
        marked = _END_MARK.sub("", text)
    if marked != text:
        return not marked or ends_terminal(marked)
    if text[-1] in ")）" and _CLOSING_ASIDE.search(text):  # only a bracket ends an aside
        return True
    text = text.rstrip(CLOSERS) if text[-1:] in CLOSERS and text[-2:-1] in TERMINAL else text
    return bool(text) and (text[-1] in TERMINAL or text.endswith(_DOTTED_ELLIPSIS))


# An ellipsis as web copy and OCR print it, in full stops: "…可可达拉,果子沟,八卦城......"
_DOTTED_ELLIPSIS = "..."


_SENTENCE_PUNCT = re.compile(f"[{re.escape(SENTENCE_PUNCT)}]")


def has_sentence_punct(text: str) -> bool:
    return bool(_SENTENCE_PUNCT.search(text))


def squeeze_spaces(text: str) -> str:
    """Drop OCR spaces inside Chinese text, keep them between Latin words and numbers and
    between a table row's fields."""
    if not _SPACE_RUN.search(text):
        return text.strip()  # no space to drop or keep (a table row's fields are spaced)
    if is_table_row(text):
        return _SPACE_RUN.sub(" ", text.strip())
    text = _OCR_SPACE.sub("", text.strip())
    return _SPACE_RUN.sub(" ", text)


_NUMBER_SPACE = re.compile(rf"(?<=[{CJK}])\s+(?=[0-9A-Za-z%])|(?<=[0-9A-Za-z%])\s+(?=[{CJK}])")


_HEAD_MARK = re.compile(rf"^[{BULLETS}]\s*(?=\S)")  # "●太原双塔博物馆开馆": the bullet is no word


def is_bulleted(text: str) -> bool:
    return bool(_HEAD_MARK.match(text))


def tidy_heading(text: str) -> str:
    """Headings keep a space between their parts but lose letter-spacing and doubling."""
    text = _NUMBER_SPACE.sub("", _SPACE_RUN.sub(" ", _HEAD_MARK.sub("", text.strip())))
    tokens = text.split(" ")
    if len(tokens) >= 3 and sum(len(t) == 1 for t in tokens) >= len(tokens) - 1:
        text = "".join(tokens)  # "进 一 步 加 强" is letter-spaced, not two phrases
    return collapse_doubled(text)


def collapse_doubled(text: str) -> str:
    """OCR sometimes reads a large-type line twice in a row: "标题标题" -> "标题"."""
    n = len(text)
    if n >= 8 and n % 2 == 0 and text[: n // 2] == text[n // 2 :]:
        return text[: n // 2]
    return text
