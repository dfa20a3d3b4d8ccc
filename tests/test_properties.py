"""Property tests (hypothesis): hostile text never breaks the parser or the query reader."""

import re
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from archive.parsing import parse_page
from archive.parsing.text import CJK
from search.query import MAX_QUERY_LENGTH, InvalidQuery, ParsedQuery, parse

_CJK = re.compile(f"[{CJK}]")

# Mixed scripts, control characters, quotes and markdown/operator marks, in bounded sizes.
hostile_char = st.one_of(
    st.characters(codec="utf-8", exclude_categories=["Cs"]),
    st.sampled_from("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可"),
    st.sampled_from('"“”‘’「」《》（）()#*-|OR \u3000\t\n\x00\x1b\ufeff'),
)
hostile_text = st.text(hostile_char, max_size=400)
hostile_page = st.lists(
    st.one_of(hostile_text, st.text(hostile_char, min_size=1000, max_size=3000)), max_size=12
).map("\n".join)


def seen_characters(page) -> Counter:
    """Every CJK character the parser kept: item text, credits, bylines as printed, datelines
    and warnings."""
    parts = list(page.warnings)
    for item in page.items:
        parts += [item.kicker, item.title, item.subtitle, *item.paragraphs, *item.captions]
        parts += [item.dateline, item.byline, *item.continuations]
        parts += [credit.name + credit.role for credit in item.credits]
    return Counter(_CJK.findall("".join(parts)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_page)
@example("㐀一记者㐀㐀")  # a lone byline whose outlet names no one: kept as printed
@example("记者㐀㐀\n记者㐀㐀\n记者㐀㐀")  # the middle of three bylines is read once, not twice
def test_the_parser_never_crashes_and_never_loses_a_chinese_character(text):
    page = parse_page(text)
    assert [item.position for item in page.items] == list(range(1, len(page.items) + 1))
    assert not Counter(_CJK.findall(text)) - seen_characters(page)


@settings(max_examples=300, deadline=None)
@given(st.text(hostile_char, max_size=MAX_QUERY_LENGTH + 20))
def test_reading_a_query_gives_a_query_or_a_clear_error(raw):
    try:
        parsed = parse(raw)
    except InvalidQuery as error:
        assert str(error).strip() and "\n" not in str(error)
    else:
        assert isinstance(parsed, ParsedQuery) and parsed.clauses
