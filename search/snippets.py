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


def _body(article: Article) -> str:
    parts = [*map(str, article.paragraphs or []), *map(str, article.captions or [])]
    return " ".join(p for p in parts if p) or article.title


def match_spans(text: str, parsed: ParsedQuery) -> list[tuple[int, int]]:
    """(start, end) of every place in text where a query term's units occur, merged, in order.
    (Found in normalize(text), whose offsets are text's own.)"""
    folded = normalize(text)
    spans = sorted(
        m.span()
        for runs in parsed.positive_terms()
        for run in runs
        for m in run_pattern(run).finditer(folded)
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, spans, length: int = SNIPPET_LENGTH) -> SafeString:
    """A window of text around the first match, escaped, matches wrapped in <mark>."""
    begin = max(0, spans[0][0] - length // 4) if spans else 0
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
