"""search.contract through haystack's SearchQuerySet, for a backend without archive_search.

Plain haystack, so it works on any engine haystack supports: each run of a term is an exact
phrase (SQ/Exact) on the document field, filters narrow by exact values, facets come from
SearchQuerySet.facet. Simpler than a native backend (no title boost).
"""

import datetime
from functools import reduce
from operator import and_, or_

from haystack.inputs import Exact
from haystack.query import SQ, SearchQuerySet

from archive.models import Article
from search.contract import FACETS, EngineResults, ParsedQuery, Term
from search.terms import phrase_text

# Undated articles last in both orders: engines sort a missing date after every date (Whoosh: as
# its column's largest value, so first when reversed), and an undated year_month "" before every
# month (last when reversed).
ORDERS = {"date": ("-year_month", "-date"), "date_asc": ("date",)}


def _term(term: Term) -> SQ:
    return reduce(and_, (SQ(content=Exact(phrase_text(run))) for run in term))


def _query(parsed: ParsedQuery) -> SQ | None:
    """None for a query with no words: every article, narrowed by the filters alone."""
    parts = [reduce(or_, map(_term, clause)) for clause in parsed.clauses]
    parts += [~_term(term) for term in parsed.excluded]
    return reduce(and_, parts) if parts else None


def _text(value) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def haystack_search(parsed, filters, sort, page, page_size, using="default") -> EngineResults:
    sqs = SearchQuerySet(using=using).models(Article)
    query = _query(parsed)
    if query is not None:
        sqs = sqs.filter(query)
    for name, value in filters.items():
        if name == "year":
            year = int(value)
            sqs = sqs.filter(
                date__gte=datetime.date(year, 1, 1), date__lt=datetime.date(year + 1, 1, 1)
            )
        elif name in ("from", "to"):
            day = datetime.date.fromisoformat(value)
            sqs = sqs.filter(**{"date__gte" if name == "from" else "date__lte": day})
        elif isinstance(value, list):  # any of them
            sqs = sqs.filter(reduce(or_, (SQ(**{FACETS[name]: Exact(v)}) for v in value)))
        else:
            sqs = sqs.filter(**{FACETS[name]: Exact(value)})
    for fieldname in FACETS.values():
        sqs = sqs.facet(fieldname)
    if sort in ORDERS:
        sqs = sqs.order_by(*ORDERS[sort])
    start = (page - 1) * page_size
    hits = [(int(r.pk), r.score or 0.0) for r in sqs[start : start + page_size]]
    fields = sqs.facet_counts().get("fields", {})
    facets = {
        name: {_text(v): n for v, n in fields.get(fieldname, []) if v}
        for name, fieldname in FACETS.items()
    }
    return EngineResults(hits, sqs.count(), facets)
