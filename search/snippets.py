"""Snippets: a window of the article's own text around the first match, matches in <mark>.

Found in the database text (not by the engine), so every backend highlights the same way and
a traditional or full-width query marks the simplified, half-width text it matched.
"""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from archive.models import Article
from search.contract import ParsedQuery
from search.normalize import normalize
from search.terms import run_pattern

SNIPPET_LENGTH = 120
MAX_MATCH = 200  # past the window's end, how far a match that starts inside it may run


def _body(article: Article) -> str:
    parts = [*map(str, article.paragraphs or []), *map(str, article.captions or [])]
    return " ".join(p for p in parts if p) or article.title


def match_spans(text: str, parsed: ParsedQuery, length: int = SNIPPET_LENGTH):
    """(start, end) of the query's matches in the snippet's window (from the first match),
    merged, in order. Only the window is searched through: a word that occurs a hundred
    thousand times on a page costs no more than one that occurs once. (Found in
    normalize(text), whose offsets are text's own.)"""
    folded = normalize(text)
    patterns = [run_pattern(run) for runs in parsed.positive_terms() for run in runs]
    starts = [m.start() for m in (p.search(folded) for p in patterns) if m]
    if not starts:
        return []
    begin = max(0, min(starts) - length // 4)
    end = min(len(folded), begin + length + MAX_MATCH)
    spans = sorted(m.span() for p in patterns for m in p.finditer(folded, begin, end))
    merged: list[tuple[int, int]] = []
    for start, stop in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(stop, merged[-1][1]))
        else:
            merged.append((start, stop))
    return merged


def highlight(text: str, spans, length: int = SNIPPET_LENGTH) -> SafeString:
    """A window of text around the first match, escaped, matches wrapped in <mark>."""
    begin = max(0, spans[0][0] - length // 4) if spans else 0  # as match_spans chose it
    end = min(len(text), begin + length)
    out = ["…"] if begin else []
    cursor = begin
    for start, stop in spans:
        if stop <= begin or start >= end:
            continue
        start, stop = max(start, begin), min(stop, end)
        out += [escape(text[cursor:start]), "<mark>", escape(text[start:stop]), "</mark>"]
        cursor = stop
    out.append(escape(text[cursor:end]))
    if end < len(text):
        out.append("…")
    return mark_safe("".join(out))  # every piece of text above went through escape()


def snippet(article: Article, parsed: ParsedQuery) -> SafeString:
    text = _body(article)
    return highlight(text, match_spans(text, parsed))
