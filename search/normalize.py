"""One text normalisation for index and query time: NFKC, full-width → half-width, lower case,
traditional → simplified Chinese.

Length-preserving: the output has exactly one character per input character, so offsets found in
the normalised text (highlighting) are offsets into the original text too.
"""

import unicodedata

from opencc import OpenCC

_T2S = OpenCC("t2s")

# Quotes and minus signs people type with a Chinese input method, read as their ASCII forms.
_PUNCTUATION = str.maketrans({"“": '"', "”": '"', "「": '"', "」": '"', "『": '"', "』": '"'})
_PUNCTUATION.update({ord("−"): "-", ord("－"): "-", ord("﹣"): "-"})


class _Fold(dict):
    """str.translate table filled on first sight of each character: NFKC (which also turns
    full-width ASCII half-width), lower case, traditional → simplified, always one char to one
    (a character whose folding would change the length is kept)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = unicodedata.normalize("NFKC", ch)
        folded = folded if len(folded) == 1 else ch
        lowered = folded.lower()
        folded = lowered if len(lowered) == 1 else folded
        simplified = _T2S.convert(folded)
        self[code] = simplified if len(simplified) == 1 else folded
        return self[code]


_FOLD = _Fold()


def normalize(text: str) -> str:
    """The normalised form of text, of the same length: 哈爾濱 → 哈尔滨, ＮＯ９５ → no95.

    Character by character (a table lookup each, so indexing stays fast): the same text always
    folds the same way at index and at query time."""
    return text.translate(_FOLD)


def query_marks(text: str) -> str:
    """NFKC with Chinese quotes and minus signs as ASCII: the syntax of a query, case kept."""
    return unicodedata.normalize("NFKC", text.translate(_PUNCTUATION))
