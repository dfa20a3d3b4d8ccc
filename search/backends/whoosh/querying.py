"""search.contract's ParsedQuery and filters as Whoosh queries.

Each term's runs must occur as phrases of their gram terms in `text` (exact substring matching);
the same phrases in `title` only add to the score (TITLE_BOOST on top of the field's boost), and
so do the term's jieba words in `words` (WORD_BOOST): a whole-word match ranks above the same
characters inside a longer word.
"""

import datetime

from whoosh import query as wq

from search.analysis import gram_terms, jieba_words
from search.contract import FACETS, ParsedQuery, Term
from search.terms import phrase_text

TITLE_BOOST = 3.0
WORD_BOOST = 2.0


def _phrases(fieldname: str, term: Term, boost: float = 1.0) -> wq.Query:
    return _all([_one_or_phrase(fieldname, gram_terms(run), boost) for run in term])


def _one_or_phrase(fieldname: str, words: list[str], boost: float) -> wq.Query:
    if len(words) == 1:
        return wq.Term(fieldname, words[0], boost=boost)
    return wq.Phrase(fieldname, words, boost=boost)


def _all(parts: list[wq.Query]) -> wq.Query:
    return wq.And(parts) if len(parts) > 1 else parts[0]


def _words(term: Term) -> wq.Query:
    """Each run's jieba words as a phrase in `words` (text cut as it was when indexed)."""
    chains = [[w for w, _, _ in jieba_words(phrase_text(run))] for run in term]
    return _all([_one_or_phrase("words", words, WORD_BOOST) for words in chains if words])


def term_query(term: Term) -> wq.Query:
    ranking = [_phrases("title", term, TITLE_BOOST), _words(term)]
    return wq.AndMaybe(_phrases("text", term), wq.Or(ranking))


def build_query(parsed: ParsedQuery) -> wq.Query:
    # No clauses (no words, only filters): every article, which build_filter narrows.
    parts = [wq.Or([term_query(t) for t in clause]) for clause in parsed.clauses] or [wq.Every()]
    parts += [wq.Not(_phrases("text", t)) for t in parsed.excluded]
    return _all(parts)


def build_filter(filters: dict) -> wq.Query | None:
    """Validated filters (search.contract: place is a list, any of it) as one filter query."""
    terms = [
        wq.Or([wq.Term(FACETS[name], v) for v in value])
        if isinstance(value, list)
        else wq.Term(FACETS[name], value)
        for name, value in filters.items()
        if name in FACETS
    ]
    if filters.get("year"):
        terms.append(wq.Prefix("year_month", f"{filters['year']}-"))
    if filters.keys() & {"from", "to"}:
        start, end = (filters.get(n) for n in ("from", "to"))
        terms.append(wq.DateRange("date", start and _day(start), end and _day(end, last=True)))
    return wq.And(terms) if terms else None


def _day(iso: str, last: bool = False) -> datetime.datetime:
    """An ISO day as the datetime Whoosh's DATETIME field compares (its last moment for an end)."""
    day = datetime.datetime.fromisoformat(iso)
    return day + datetime.timedelta(days=1, microseconds=-1) if last else day
