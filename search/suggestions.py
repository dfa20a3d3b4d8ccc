"""What to try when a search finds nothing: the words in their other script, the same search
less one filter, or less one word. Only suggestions that find something are offered, and at
most MAX_TRIES are tried in that order: a long query does not cost a search per word.

The index folds traditional characters to simplified one by one (search.normalize); OpenCC's
phrase conversion knows more (瞭解 is 了解, 藉口 is 借口), so the converted words can find
articles the typed ones cannot.
"""

from dataclasses import dataclass

from opencc import OpenCC

from search.params import changed
from search.query import TOKENS, search

MAX_SUGGESTIONS = 6
MAX_TRIES = 8  # searches an empty result may cost at most (each one within the time budget)
_SCRIPTS = (OpenCC("t2s"), OpenCC("s2t"))


@dataclass
class Suggestion:
    kind: str  # "word" (one left out), "filter" (one left out) or "script" (converted words)
    text: str  # the word or filter value left out, or the converted words
    params: dict  # the search to run instead (the view makes it a link)
    count: int


def suggest(params: dict, chosen: list[tuple[str, str]], labels: dict) -> list[Suggestion]:
    """params: the empty search's query, filters and sort (place a list); chosen: its filter
    values, labels: their names (search.facets.filter_labels)."""
    q = params.get("q", "")
    words = [token for token in TOKENS.findall(q) if token not in ("OR", "|")]
    converted = dict.fromkeys(script.convert(q) for script in _SCRIPTS if q)
    candidates = [
        Suggestion("script", text, changed(params, q=text), 0) for text in converted if text != q
    ]
    candidates += [
        Suggestion("filter", labels[name, value], changed(params, (name, value)), 0)
        for name, value in chosen
    ]
    candidates += [
        Suggestion("word", word, changed(params, q=" ".join(words[:i] + words[i + 1 :])), 0)
        for i, word in enumerate(words)
        if len(words) > 1
    ]
    found = []
    for candidate in candidates[:MAX_TRIES]:
        candidate.count = search(page_size=1, **candidate.params).count
        if candidate.count:
            found.append(candidate)
        if len(found) == MAX_SUGGESTIONS:
            break
    return found
