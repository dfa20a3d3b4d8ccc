"""How strongly a heading and a stretch of text are about the same thing.

Pages are cut apart by layout first; where layout leaves a heading without a body (a title
printed at the foot of the page) or a body without a heading, the words they share decide.
Bigrams that occur all over the page (疫情, 防控) say little and weigh little.
"""

import math
import re
from collections import Counter
from functools import lru_cache

from archive.parsing.text import CJK

# Every two CJK characters side by side, overlapping: the lookahead finds them all in one C pass.
_BIGRAM = re.compile(f"(?=([{CJK}]{{2}}))")


@lru_cache(maxsize=4096)
def bigrams(text: str) -> frozenset[str]:
    return frozenset(_BIGRAM.findall(text))


class Affinity:
    def __init__(self, chunks: list[str]):
        self.n = max(1, len(chunks))
        self.df: Counter[str] = Counter()
        for chunk in chunks:
            self.df.update(bigrams(chunk))  # counted in C, not a bigram at a time
        # A page's repairs score the same headings against many stretches of text: each
        # bigram's weight and each heading's total are worked out once per page.
        self._weights: dict[str, float] = {}
        self._totals: dict[str, float] = {}

    def weight(self, bigram: str) -> float:
        w = self._weights.get(bigram)
        if w is None:
            w = self._weights[bigram] = math.log((self.n + 1) / (self.df.get(bigram, 0) + 0.5))
        return w

    def score(self, heading: str, text: str) -> float:
        """Share of the heading's distinctive weight that the text repeats (0..1)."""
        head = bigrams(heading)
        total = self._totals.get(heading)
        if total is None:
            total = self._totals[heading] = sum(self.weight(b) for b in head)
        if not total:
            return 0.0
        found = bigrams(text)
        return sum(self.weight(b) for b in head & found) / total
