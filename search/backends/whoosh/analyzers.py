"""The Whoosh tokenizers of the index: search.analysis's grams and jieba words as Whoosh tokens.

GramTokenizer (matching): search.analysis.grams, at query time (mode="query", haystack's
parser) the bigram chains. JiebaTokenizer (ranking): jieba's words at consecutive positions.
"""

from whoosh.analysis import Token, Tokenizer

from search.analysis import grams, jieba_words
from search.normalize import normalize


class _NormalisedTokenizer(Tokenizer):
    """Whoosh's tokenizer call over normalize()d text: tokens() cuts it (tokenize=False keeps
    the whole value as one token)."""

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        t.boost = 1.0
        t.stopped = False
        text = normalize(value)
        if not tokenize:
            t.text = t.original = text
            t.pos, t.startchar, t.endchar = start_pos, start_char, start_char + len(value)
            yield t
            return
        yield from self.tokens(t, text, start_pos, start_char, mode)

    def tokens(self, t: Token, text: str, start_pos: int, start_char: int, mode: str):
        raise NotImplementedError


class GramTokenizer(_NormalisedTokenizer):
    """Units and CJK bigrams when indexing; the bigram chains at query time."""

    def tokens(self, t, text, start_pos, start_char, mode):
        for term, pos, start, end in grams(text, query=mode == "query"):
            t.text = t.original = term
            t.pos, t.startchar, t.endchar = start_pos + pos, start_char + start, start_char + end
            yield t


class JiebaTokenizer(_NormalisedTokenizer):
    """jieba words of the normalised text at consecutive positions (the same at query time)."""

    def tokens(self, t, text, start_pos, start_char, mode):
        for pos, (word, start, end) in enumerate(jieba_words(text), start_pos):
            t.text = t.original = word
            t.pos, t.startchar, t.endchar = pos, start_char + start, start_char + end
            yield t
