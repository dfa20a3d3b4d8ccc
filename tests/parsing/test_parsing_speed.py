"""The parser's shortcuts for speed give the answers the plain reading gave."""

import math
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from archive.parsing.affinity import Affinity, bigrams
from archive.parsing.bylines import (
    _EDITOR_TAG,
    _FILED_ENDS,
    _FILED_FROM,
    _FIRST_WORD,
    _TOOK_PICTURES,
    CREDIT_TAIL,
    ROLES,
    SIGNED,
    TRAILING,
    _may_hold_role,
    parse_bracketed_byline,
    parse_credit_line,
    parse_names,
)
from archive.parsing.lines import _RUNNING_HEAD, is_running_head
from archive.parsing.text import _OCR_SPACE, _SPACE_RUN, is_table_row, squeeze_spaces

_WORDS = st.sampled_from(
    ["疫情", "防控", "乡村", "振兴", "学校", "开学", "农民", "丰收", "，", "。"]
)
_CHUNK = st.lists(_WORDS, max_size=12).map("".join)


def _plain_score(chunks: list[str], heading: str, text: str) -> float:
    """Affinity.score worked out afresh, nothing kept between calls."""
    n = max(1, len(chunks))
    df: dict[str, int] = {}
    for chunk in chunks:
        for bg in bigrams(chunk):
            df[bg] = df.get(bg, 0) + 1
    head = bigrams(heading)
    total = sum(math.log((n + 1) / (df.get(b, 0) + 0.5)) for b in head)
    if not total:
        return 0.0
    kept = head & bigrams(text)
    return sum(math.log((n + 1) / (df.get(b, 0) + 0.5)) for b in kept) / total


@settings(max_examples=100, deadline=None)
@given(st.lists(_CHUNK, max_size=8), st.lists(st.tuples(_CHUNK, _CHUNK), max_size=10))
def test_affinity_kept_weights_score_as_fresh_ones(chunks, asks):
    aff = Affinity(chunks)
    for heading, text in asks + asks[::-1]:  # each heading asked again once its total is kept
        assert aff.score(heading, text) == _plain_score(chunks, heading, text)


def test_affinity_of_two_pages_in_a_row_keeps_nothing_across():
    pages = [["乡村振兴", "乡村振兴学校", "农民丰收"], ["疫情防控", "疫情防控学校开学", "疫情"]]
    affinities = [Affinity(chunks) for chunks in pages]
    for heading, text in (("乡村振兴", "乡村振兴学校"), ("疫情防控", "疫情防控学校开学")):
        for aff, chunks in zip(affinities, pages, strict=True):  # the same asks, page by page
            assert aff.score(heading, text) == _plain_score(chunks, heading, text)


_ROLE_TEXT = st.text(st.sampled_from("".join(ROLES) + "张明李华，。 本报讯（）"), max_size=40)


def _plain_may_hold_role(line: str) -> bool:
    """Every character of some role word among the line's characters, checked one by one."""
    return any(set(role) <= set(line) for role in ROLES)


@settings(max_examples=300, deadline=None)
@given(_ROLE_TEXT)
def test_may_hold_role_answers_as_the_role_words_do(line):
    assert _may_hold_role(line) == _plain_may_hold_role(line)


def test_every_role_word_may_hold_a_role():
    """What lets the byline readers skip a line with no role word's characters: a line holding
    a role word, alone or between an outlet and a name, always passes."""
    for role in ROLES:
        assert _may_hold_role(role) and _may_hold_role(f"南方日报{role}张明")


def _plain_squeeze(text: str) -> str:
    """squeeze_spaces without its shortcut for a text with no space."""
    if is_table_row(text):
        return _SPACE_RUN.sub(" ", text.strip())
    return _SPACE_RUN.sub(" ", _OCR_SPACE.sub("", text.strip()))


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("白菜1.6元/斤13日多云2℃~14℃ab \t\u3000\u00a0\n\r，。"), max_size=30))
def test_squeeze_spaces_of_a_text_with_no_space_is_the_plain_reading(text):
    assert squeeze_spaces(text) == _plain_squeeze(text)


_BYLINE_TEXT = st.text(
    st.sampled_from("本报记者张明李华文图摄报道/／()（） 　\n。，融媒体中心"), max_size=30
)


@settings(max_examples=500, deadline=None)
@given(_BYLINE_TEXT)
def test_byline_shortcuts_skip_only_lines_their_patterns_cannot_match(text):
    """parse_byline_line asks SIGNED, _TOOK_PICTURES and _FILED_FROM only of a stripped line
    ending as they need; _FIRST_WORD, possessive, reads as the plain pattern."""
    line = text.strip()
    if SIGNED.search(line):
        assert "/" in line or "／" in line or line.endswith("文")
    if _TOOK_PICTURES.search(line) or _FILED_FROM.search(line):
        assert line.endswith(_FILED_ENDS)
    plain = re.match(r"(\S{4,})\s+(?=\S)", text)
    fast = _FIRST_WORD.match(text)
    assert (plain and plain.group(1)) == (fast and fast.group(1))


_HEAD_TEXT = st.text(st.sampled_from("2021年11月30日星期二农历第3版要闻 ·|"), max_size=30)


@settings(max_examples=500, deadline=None)
@given(_HEAD_TEXT)
def test_running_head_shortcut_rejects_only_lines_the_pattern_cannot_match(text):
    assert is_running_head(text) == bool(_RUNNING_HEAD.search(text))


def _plain_bracketed_byline(line):
    """parse_bracketed_byline with no check of the line's first character."""
    m = TRAILING.fullmatch(_EDITOR_TAG.sub("", line.strip()))
    if not m:
        return None
    names = m.group("names")
    return (
        parse_credit_line(names) if CREDIT_TAIL.search(names) else parse_names(names, credited=True)
    )


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from("（()）记者张明李华摄[责编:王]【】 \n"), max_size=30))
def test_bracketed_byline_shortcut_answers_as_the_plain_reading(line):
    assert parse_bracketed_byline(line) == _plain_bracketed_byline(line)
