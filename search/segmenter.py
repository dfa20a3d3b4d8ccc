"""jieba's default cut (HMM on) with jieba's words, about fourteen times faster: rjieba
(jieba-rs) cuts each of jieba's blocks on jieba's own dictionary.

jieba-rs alone cuts otherwise than jieba 0.42.1 in three ways, each kept jieba's here. Its
blocks also take CJK extension characters (jieba yields each alone): jieba's patterns split the
text first. Its HMM joins `0-24`, `www.jiang7.com` and `12.10.2015` (its number pattern has an
unescaped dot): a block holding one of `+#&_%-.` takes rjieba's route without HMM and jieba's
own HMM (jieba.finalseg) on its runs of single characters. Its add_word replaces a word's count
in the total where jieba adds every count (the archive's place names raise jieba's total by
about a million, which moves routes like 前海, 步道): the counts and total are kept here as jieba
keeps them. Left: rjieba's copy of the HMM's numbers breaks near-ties otherwise (6 words in 3
million of the bench corpus's made-up text, none in real pages). `manage.py compare_segmenter`
counts the differences.
"""

import re
import threading

import jieba
import rjieba
from jieba import finalseg

# jieba's block patterns (jieba.re_han_default, re_skip_default) and its English run.
_HAN = jieba.re_han_default
_SKIP = jieba.re_skip_default
_ENG = re.compile(r"[a-zA-Z0-9]+")
# jieba-rs's HMM joins a run of Latin letters or digits to what follows one of these
_JOINERS = re.compile(r"[+#&_%.-]")


class Segmenter:
    """A jieba Tokenizer's default cut and add_word, on jieba's dictionary."""

    def __init__(self, dictionary_path: str | None = None):
        # rjieba refuses a cut during an add_word in another thread (a borrowed object)
        self._lock = threading.RLock()
        self._route = rjieba.Jieba.empty()
        self._freq: dict[str, int] = {}  # jieba's FREQ: counts, and 0 for a word's prefixes
        self.total = 0  # jieba's: every count it was given, a repeated word's too
        with open(dictionary_path or jieba.get_dict_file().name, encoding="utf-8") as f:
            for line in f:
                word, count = line.split(" ", 2)[:2]
                self._freq[word] = int(count)
                self._route.add_word(word, int(count), None)
                self.total += int(count)
        for word in list(self._freq):
            for end in range(1, len(word)):
                self._freq.setdefault(word[:end], 0)
        # jieba's total less jieba-rs's, which replaces a repeated word's count: kept as the
        # count of a word no block ever holds
        self._surplus = self.total - sum(self._freq.values())
        self._route.add_word("\0", self._surplus, None)

    def add_word(self, word: str) -> None:
        """jieba.add_word(word): a count just high enough to keep it whole, added to the total."""
        with self._lock:
            freq = self.suggest_freq(word)
            self._surplus += self._freq.get(word, 0)
            self._freq[word] = freq
            self._route.add_word(word, freq, None)
            self._route.add_word("\0", self._surplus, None)
            self.total += freq
            for end in range(1, len(word)):
                self._freq.setdefault(word[:end], 0)

    def suggest_freq(self, word: str) -> int:
        ftotal = float(self.total)
        freq = 1.0
        for piece in self.cut(word, hmm=False):
            freq *= self._freq.get(piece, 1) / ftotal
        return max(int(freq * self.total) + 1, self._freq.get(word, 1))

    def cut(self, sentence: str, hmm: bool = True):
        for block in _HAN.split(sentence):
            if not block:
                continue
            if _HAN.match(block):
                if hmm and not _JOINERS.search(block):
                    yield from self._route.cut(block, True)
                else:
                    route = self._route.cut(block, False)
                    yield from self._join_singles(route) if hmm else route
            else:
                for part in _SKIP.split(block):
                    if _SKIP.match(part):
                        yield part
                    else:
                        yield from part

    def _join_singles(self, route):
        """jieba's __cut_DAG after the route: runs of single characters to the HMM. (rjieba's
        cut without HMM joins single Latin/digit characters; a joined run that is no word is
        such singles.)"""
        buf = ""
        for word in route:
            if len(word) == 1 or (not self._freq.get(word) and _ENG.fullmatch(word)):
                buf += word
                continue
            if buf:
                yield from self._singles(buf)
                buf = ""
            yield word
        if buf:
            yield from self._singles(buf)

    def _singles(self, buf: str):
        if len(buf) == 1:
            yield buf
        elif not self._freq.get(buf):
            yield from finalseg.cut(buf)
        else:
            yield from buf

    def tokenize(self, text: str) -> list[tuple[str, int, int]]:
        """(word, start, end) of every word, as jieba.tokenize(text)."""
        tokens, start = [], 0
        with self._lock:
            for word in self.cut(text):
                tokens.append((word, start, start + len(word)))
                start += len(word)
        return tokens
