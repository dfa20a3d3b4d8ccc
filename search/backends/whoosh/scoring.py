"""Whoosh's BM25F with each segment's field lengths read once into a list.

Whoosh's scorer asks the segment's length column for the document's field length at every
match of every query term (several layers of calls a lookup); the same numbers, kept in a list
per segment and field (search.backends.whoosh.segments), make scoring a common word cheaper.
Scores are identical (the same B, K1 and byte-quantised lengths)."""

from whoosh.scoring import BM25F, BM25FScorer

from search.backends.whoosh.segments import segment_list


class ListedLengthsBM25F(BM25F):
    def scorer(self, searcher, fieldname, text, qf=1):
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        if isinstance(scorer, BM25FScorer):
            scorer.dfl = field_lengths(searcher.reader(), fieldname).__getitem__
        return scorer


def field_lengths(reader, fieldname: str) -> list[int]:
    """Every document's length of fieldname in this segment reader, read once a segment."""

    def read(reader):
        return [reader.doc_field_length(d, fieldname, 1) for d in range(reader.doc_count_all())]

    return segment_list(reader, "length:" + fieldname, read)
