"""search.contract's ParsedQuery and filters as Whoosh queries.

Each term's runs must occur as phrases of their gram terms in `text` (exact substring matching);
the same phrases in `title` only add to the score (TITLE_BOOST on top of the field's boost).
"""

from whoosh import query as wq

from search.backends.whoosh.analyzers import gram_terms
from search.contract import FACETS, ParsedQuery, Term

TITLE_BOOST = 3.0


def _phrases(fieldname: str, term: Term, boost: float = 1.0) -> wq.Query:
    chains = [gram_terms(run) for run in term]
    parts = [
        wq.Term(fieldname, words[0], boost=boost)
        if len(words) == 1
        else wq.Phrase(fieldname, words, boost=boost)
        for words in chains
    ]
    return wq.And(parts) if len(parts) > 1 else parts[0]


def term_query(term: Term) -> wq.Query:
    return wq.AndMaybe(_phrases("text", term), _phrases("title", term, TITLE_BOOST))


def build_query(parsed: ParsedQuery) -> wq.Query:
    parts = [wq.Or([term_query(t) for t in clause]) for clause in parsed.clauses]
    parts += [wq.Not(_phrases("text", t)) for t in parsed.excluded]
    return wq.And(parts) if len(parts) > 1 else parts[0]


def build_filter(filters: dict[str, str]) -> wq.Query | None:
    """Validated filters (search.contract) as one Whoosh filter query."""
    terms = [wq.Term(FACETS[name], value) for name, value in filters.items() if name in FACETS]
    if filters.get("year"):
        terms.append(wq.Prefix("year_month", f"{filters['year']}-"))
    return wq.And(terms) if terms else None
