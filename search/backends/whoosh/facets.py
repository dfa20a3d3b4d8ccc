"""One pass over a query's matches: the requested page (top N by score, or sorted) and every
match's document number; facet counts from those numbers and per-searcher copies of the facet
fields' columns, as search.contract wants them: {facet: {value: count}}.

Whoosh's own groupedby (FacetCollector) gathers and scores every match with an
UnlimitedCollector and asks each facet's column, document by document, through several layers
of wrappers: at 10k articles it cost more than the search. Here the columns are read into
lists once a segment (search.backends.whoosh.segments), so counting a match is a list lookup.
"""

from collections import Counter
from itertools import chain

from whoosh import collectors

from search.backends.whoosh.segments import segment_list
from search.contract import FACETS

LIST_FACETS = ("place", "person")  # an article has several


class MatchIds(collectors.WrappingCollector):
    """Records the global document number of every match its child collects (the child must
    see every match: no block-quality skipping, no matcher replacement)."""

    def prepare(self, top_searcher, q, context):
        super().prepare(top_searcher, q, context)
        self.ids = []

    def collect(self, sub_docnum):
        self.ids.append(self.child.offset + sub_docnum)
        return self.child.collect(sub_docnum)


def collector(limit: int, sortedby=None, filter=None) -> tuple[collectors.Collector, MatchIds]:
    """(collector to search with, the MatchIds inside it): the top `limit` by score, or by
    sortedby, of the matches the filter query allows."""
    if sortedby is not None:
        base = collectors.SortingCollector(sortedby, limit=limit)
    else:
        base = collectors.TopCollector(limit, usequality=False, replace=0)
    ids = MatchIds(base)
    return (collectors.FilterCollector(ids, allow=filter) if filter else ids), ids


def facet_table(searcher) -> dict[str, list]:
    """Each facet field's value for every document number of this searcher: its segments'
    columns, each read once a segment, in document-number order."""
    table = getattr(searcher, "_archive_facets", None)
    if table is None:
        leaves = [reader for reader, _offset in searcher.reader().leaf_readers()]
        table = {field: _column(leaves, field) for field in FACETS.values()}
        searcher._archive_facets = table
    return table


def _column(leaves, field: str) -> list:
    values = []
    for reader in leaves:
        values += segment_list(reader, "column:" + field, lambda r: list(r.column_reader(field)))
    return values


def facet_counts(searcher, ids: list[int]) -> dict[str, dict[str, int]]:
    """{facet: {value: count}} over these document numbers, values as text, empty ones dropped."""
    if not ids:  # nothing to count (and an empty index has no columns to read)
        return {name: {} for name in FACETS}
    table = facet_table(searcher)
    counts = {}
    for name, field in FACETS.items():
        values = table[field]
        if name in LIST_FACETS:
            found = Counter(chain.from_iterable(values[d] for d in ids))
        else:
            found = Counter(values[d] for d in ids)
        counts[name] = {_text(k): n for k, n in found.items() if k}
    return counts


def _text(value) -> str:
    return value.decode() if isinstance(value, bytes) else value
