"""One text normalisation for index and query time: NFKC, full-width → half-width, lower case,
traditional → simplified Chinese.

Length-preserving: the output has exactly one character per input character, so offsets found in
the normalised text (highlighting) are offsets into the original text too.
"""

import functools
import unicodedata

from opencc import OpenCC

_T2S = OpenCC("t2s")

# Quotes and minus signs people type with a Chinese input method, read as their ASCII forms.
_PUNCTUATION = str.maketrans({"“": '"', "”": '"', "「": '"', "」": '"', "『": '"', "』": '"'})
_PUNCTUATION.update({ord("−"): "-", ord("－"): "-", ord("﹣"): "-"})


@functools.cache
def _char(ch: str) -> str:
    """NFKC (which also turns full-width ASCII half-width) and lower case, one char to one."""
    folded = unicodedata.normalize("NFKC", ch)
    if len(folded) != 1:
        folded = ch
    lowered = folded.lower()
    return lowered if len(lowered) == 1 else folded


@functools.cache
def _simplified(ch: str) -> str:
    converted = _T2S.convert(ch)
    return converted if len(converted) == 1 else ch


def normalize(text: str) -> str:
    """The normalised form of text, of the same length: 哈爾濱 → 哈尔滨, ＮＯ９５ → no95."""
    folded = "".join(_char(ch) for ch in text)
    converted = _T2S.convert(folded)
    if len(converted) != len(folded):  # a phrase conversion changed the length: go char by char
        converted = "".join(_simplified(ch) for ch in folded)
    return converted


def normalize_query(text: str) -> str:
    """normalize(), plus Chinese quotes and minus signs read as ASCII " and - (same length)."""
    return normalize(text.translate(_PUNCTUATION))


def query_marks(text: str) -> str:
    """NFKC with Chinese quotes and minus signs as ASCII: the syntax of a query, case kept."""
    return unicodedata.normalize("NFKC", text.translate(_PUNCTUATION))
