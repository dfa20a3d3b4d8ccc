"""Shortcuts taken for ingest speed give the answers the plain reading gave."""

import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from archive.gazetteer import Gazetteer
from archive.ingest.prepare import _NOT_WORD, FINGERPRINT_CHARS, word_start
from archive.place_resolution import _town_forms, resolve_places


def _whole_start(source: str, n: int) -> str:
    """The plain reading: normalise the whole text, keep its first n word characters."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", source))[:n]


# Characters NFKC changes or joins: combining marks, Hangul jamo and syllables, compatibility
# ideographs, full-width forms, ligatures, circled digits; and ideographs, spaces, punctuation.
_TRICKY = st.one_of(
    st.sampled_from("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可"),
    st.sampled_from("\u0301\u0308\u0327\u3099\u309a\u1100\u1161\u11a8\uac00\u1175"),
    st.sampled_from("\uf900\uf92c\ufa10\uff21\uff41\uff11\ufb01\u2460\u3000 ，。、“”_-e"),
    st.characters(codec="utf-8", exclude_categories=["Cs"]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(_TRICKY, max_size=900), st.sampled_from([1, 5, FINGERPRINT_CHARS]))
@example("\u0301" * 200 + "一" + "e" * 50, FINGERPRINT_CHARS)
@example("，" * 170 + "一二三" + "\u3099" * 10, FINGERPRINT_CHARS)
@example("，" * 120 + "一" * 39 + "\u1100\u1161" + "一" * 10, FINGERPRINT_CHARS)  # 가 whole
def test_word_start_reads_the_start_as_the_whole_text(source, n):
    assert word_start(source, n) == _whole_start(source, n)


def test_word_start_of_a_long_article_stops_early():
    article = "新华社北京3月5日电 " + "（记者 王艳）" + "今天，全国两会开幕。" * 500
    assert word_start(article, FINGERPRINT_CHARS) == _whole_start(article, FINGERPRINT_CHARS)


def _plain_town_forms(towns: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """_town_forms read plainly: lists grown, then each deduplicated."""
    forms = {text: list(counties) for text, counties in towns.items()}
    for text, counties in towns.items():
        if text.endswith("街道"):
            forms.setdefault(text[:-2] + "办事处", []).extend(counties)
            if text[:-2] + "镇" not in towns:  # the town it was, where no town has the name now
                forms.setdefault(text[:-2] + "镇", []).extend(counties)
            if text.endswith("路街道") and len(text) >= 5:  # named after its road, without 路
                forms.setdefault(text[:-3] + "街道", []).extend(counties)
    return {text: tuple(dict.fromkeys(counties)) for text, counties in forms.items()}


def test_town_forms_as_the_plain_reading():
    towns = {
        "尚庄镇": ("320903",),
        "北山街道": ("230404", "230804"),
        "北山办事处": ("230804", "220204"),  # an office named like a subdistrict's
        "城关镇": ("110101", "110101", "120101"),  # a county listed twice
        "长海路街道": ("310110",),
        "天平路街道": ("310104",),
        "天平街道": ("370911",),  # a subdistrict elsewhere of the road's name without 路
        "X路街道": ("110101",),  # a one-character stem keeps its 路
    }
    assert _town_forms(towns) == _plain_town_forms(towns)
    real = Gazetteer.default().towns()
    assert _town_forms(real) == _plain_town_forms(real)


def test_towns_named_one_after_another_each_give_their_own_county():
    """A town's name is made when a text names it: two articles in a row, two towns."""
    first = resolve_places("", "长海路街道浣纱三村居民", "上海法院")
    second = resolve_places("", "盐城市盐都区尚庄镇的农民")
    third = resolve_places("", "长海路街道浣纱三村居民", "上海法院")
    assert [m.code for m in first] == ["310000", "310110"] == [m.code for m in third]
    assert [m.code for m in second][-1] == "320903"
