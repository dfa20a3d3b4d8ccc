"""The parser's shortcuts for speed give the answers the plain reading gave."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from archive.parsing.affinity import Affinity, bigrams

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
