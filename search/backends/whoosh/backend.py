"""haystack's Whoosh backend with the archive's analyzers, a waiting writer and a version stamp.

- archive_search(): search.contract's seam — the hits, exact count and facets of one query in
  one pass over its matches (search.backends.whoosh.facets; search.query calls it; other
  backends fall back to haystack's API).
- build_schema: the gram tokenizer on text and title (matching), jieba on words (ranking),
  sortable IDs for kind/year_month and list
  columns for places/persons, so facets read a document's values in one lookup.
- apply(): updates and deletes in one Whoosh writer that waits for the index lock (haystack's
  own remove() fails with LockError while another writer is busy).
- A result cache (search.result_cache) keyed by the index generation: the next
  pages of a search, and the same search again, without walking its matches again.
- Scoring and facets read lists filled once a segment (search.backends.whoosh.segments).
- searcher(): one open searcher per thread, reused while the index is unchanged (opening one
  costs more than many queries).
- A JSON stamp beside the index records the analyzer and jieba dictionary versions; a mismatch
  logs a warning telling the operator to run `manage.py rebuild_index`.
- Writers keep a term's single posting in its term entry (search.backends.whoosh.codec) and
  spill their pools of postings in chunks (search.backends.whoosh.pool).
- Writers add the person names of what they index to jieba before any tokenising process
  starts (Whoosh's multiprocess writer forks them).
"""

import json
import logging
import os
import threading
from contextlib import contextmanager
from pathlib import Path

from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from haystack.constants import DJANGO_ID, ID
from haystack.exceptions import SkipDocument
from whoosh.columns import VarBytesListColumn
from whoosh.fields import ID as WHOOSH_ID
from whoosh.fields import KEYWORD, TEXT
from whoosh.index import exists_in
from whoosh.sorting import FieldFacet, MultiFacet, TranslateFacet

from search import dictionary
from search import result_cache as cache
from search.analysis import ANALYZER_VERSION
from search.backends.whoosh import pool, segments
from search.backends.whoosh.analyzers import GramTokenizer, JiebaTokenizer
from search.backends.whoosh.codec import InliningCodec
from search.backends.whoosh.facets import collector, facet_counts, facet_table
from search.backends.whoosh.querying import build_filter, build_query
from search.backends.whoosh.scoring import ListedLengthsBM25F, field_lengths
from search.contract import EngineResults, ParsedQuery

log = logging.getLogger(__name__)

# Seconds a writer waits for another one (thread or process) to release the index lock.
WRITER_TIMEOUT = 120.0
PROCS = min(2, os.cpu_count() or 1)
# Both date orders put undated articles last. A missing date sorts as the largest value in
# Whoosh's column (first when reversed), but an undated article's year_month is "", which sorts
# last when reversed; oldest first says "undated" in its key rather than trust the column default.
# Ties: document number (index order), as Whoosh breaks them.
DATE_SORTS = {
    "date": MultiFacet([FieldFacet("year_month", reverse=True), FieldFacet("date", reverse=True)]),
    "date_asc": MultiFacet(
        [TranslateFacet(lambda month: month == b"", FieldFacet("year_month")), FieldFacet("date")]
    ),
}
pool.install()  # before any writer, here or in the processes Whoosh's MpWriter forks
_write_lock = threading.Lock()  # one writer at a time inside this process
_searchers = threading.local()  # (index, searcher) of this thread


def stamp() -> dict:
    return {"analyzer": ANALYZER_VERSION, "dictionary": dictionary.version()}


class KeywordList(KEYWORD):
    """Comma-separated keywords (haystack's multi-value form), also kept as a list column."""

    def __init__(self):
        super().__init__(commas=True, stored=False, scorable=False)
        self.column_type = VarBytesListColumn()

    def to_column_value(self, value):
        return [v.strip().encode() for v in value.split(",") if v.strip()]

    def from_column_value(self, value):
        return [v.decode() for v in value]


@contextmanager
def _committed(writer):
    """Commit the writer when the block ends, or cancel it if anything fails, the commit
    included: a failed commit (a full disk, a merge that raises) still holds the index lock,
    and every later edit in the process would wait WRITER_TIMEOUT and fail."""
    try:
        yield writer
        writer.commit()
    except BaseException:
        if not writer.is_closed:
            writer.cancel()
        raise


class ArchiveWhooshBackend(WhooshSearchBackend):
    TEXT_FIELDS = ("text", "title")
    WORD_FIELDS = ("words",)
    # update_index/rebuild_index batches at least this big are tokenised in PROCS processes,
    # one segment each (Whoosh's MpWriter); small signal-driven updates keep one cheap writer.
    PARALLEL_BATCH = 500
    ID_FIELDS = ("kind", "year_month")
    LIST_FIELDS = ("places", "persons")

    def load_vocabulary(self) -> None:
        """jieba and the gazetteer's names, once a process (the search app's ready())."""
        dictionary.load()

    @property
    def stamp_path(self) -> Path:
        path = Path(self.path)
        return path.with_name(path.name + ".version.json")

    def setup(self):
        existed = self.use_file_storage and Path(self.path).is_dir() and exists_in(self.path)
        super().setup()
        if not self.use_file_storage:
            return
        if not existed or not self.stamp_path.exists():
            self.write_stamp()
        else:
            self.check_stamp()

    def write_stamp(self) -> None:
        self.stamp_path.write_text(json.dumps(stamp(), ensure_ascii=False), encoding="utf-8")

    def check_stamp(self) -> bool:
        try:
            recorded = json.loads(self.stamp_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            recorded = {}
        if recorded != stamp():
            log.warning(
                "The search index at %s was built with %s but this code uses %s: "
                "run `python manage.py rebuild_index` so search results are right.",
                self.path,
                recorded,
                stamp(),
            )
            return False
        return True

    def build_schema(self, fields):
        content_field_name, schema = super().build_schema(fields)
        for name in schema.names():
            field = fields_by_index_name(fields).get(name)
            boost = field.boost if field is not None else 1.0
            if name in self.TEXT_FIELDS:
                new = TEXT(analyzer=GramTokenizer(), stored=False, field_boost=boost)
            elif name in self.WORD_FIELDS:
                new = TEXT(analyzer=JiebaTokenizer(), stored=False, field_boost=boost)
            elif name in self.ID_FIELDS:
                new = WHOOSH_ID(stored=True, sortable=True)
            elif name in self.LIST_FIELDS:
                new = KeywordList()
            else:
                continue
            schema.remove(name)
            schema.add(name, new)
        return content_field_name, schema

    def archive_search(
        self, parsed: ParsedQuery, filters: dict, sort: str, page: int, page_size: int
    ) -> EngineResults:
        """One page of hits, the exact count and the facets of every match (search.contract),
        from the cache when this generation of the index has already answered the search."""
        limit = page * page_size
        searcher = self.searcher()
        key = (
            generation(searcher),
            repr(parsed),
            repr(sorted(filters.items())),
            sort,
        )  # place: a list
        entry = cache.results.get(key)
        if entry is None or not entry.covers(limit):
            entry = self._search(searcher, parsed, filters, sort, max(limit, cache.DEPTH))
            cache.results.put(key, entry)
        hits = [
            (int(searcher.stored_fields(docnum)[DJANGO_ID]), score or 0.0)
            for score, docnum in entry.ranked[limit - page_size : limit]
        ]
        return EngineResults(hits, entry.count, entry.facets)

    def forget_results(self) -> None:
        """Empty this process's result cache (bench_search times searches, not the cache)."""
        cache.results.clear()

    def _search(self, searcher, parsed, filters, sort, limit) -> cache.Entry:
        """One walk over the matches: the first `limit` in order, the count and the facets."""
        top, matches = collector(limit, DATE_SORTS.get(sort), build_filter(filters))
        searcher.search_with_collector(build_query(parsed), top)
        ranked = top.results().top_n
        return cache.Entry(len(matches.ids), facet_counts(searcher, matches.ids), ranked)

    def warm_up(self) -> None:
        """Open this thread's searcher before the first request (archive.warmup)."""
        if self.use_file_storage and exists_in(self.path):
            searcher = self.searcher()
            facet_table(searcher)  # and the lists the first search would read
            for reader, _offset in searcher.reader().leaf_readers():
                for fieldname in (*self.TEXT_FIELDS, *self.WORD_FIELDS):
                    field_lengths(reader, fieldname)

    def searcher(self):
        """This thread's searcher, refreshed when a writer (any process) has committed since."""
        if not self.setup_complete:
            self.setup()
        cached = getattr(_searchers, "pair", None)
        if cached is None or cached[0] is not self.index or not cached[1].up_to_date():
            if cached is not None:
                cached[1].close()
            # A new searcher, not refresh(): Whoosh 2.7's refresh fails on an empty index.
            searcher = self.index.searcher(weighting=ListedLengthsBM25F())
            segments.keep_only(searcher)
            cached = _searchers.pair = (self.index, searcher)
        return cached[1]

    def apply(self, index, objs, delete_ids) -> None:
        """Index objs and delete the documents with these haystack ids, in one commit."""
        if not self.setup_complete:
            self.setup()
        dictionary.learn_persons(objs)
        with _write_lock:
            parallel = len(objs) >= self.PARALLEL_BATCH and PROCS > 1
            options = {"procs": PROCS, "multisegment": True} if parallel else {}
            writer = self.index.refresh().writer(
                timeout=WRITER_TIMEOUT, codec=InliningCodec(), **options
            )
            with _committed(writer):
                for ident in delete_ids:
                    writer.delete_by_term(ID, ident)
                for doc in self.documents(index, objs):
                    writer.update_document(**doc)

    def documents(self, index, objs):
        """The Whoosh documents of objs (those the index skips left out)."""
        for obj in objs:
            try:
                doc = index.full_prepare(obj)
            except SkipDocument:
                continue
            doc = {key: self._from_python(value) for key, value in doc.items()}
            doc.pop("boost", None)
            yield doc

    def build(self, index, batches, procs: int = 1, limitmb: int = 128) -> int:
        """Fill an empty index from batches of objs with one writer and one commit (no
        per-document delete check); procs > 1 tokenises in that many processes, one segment
        each. Returns the documents added."""
        if not self.setup_complete:
            self.setup()
        added = 0
        dictionary.load_persons()
        with _write_lock:
            options = {"procs": procs, "multisegment": True} if procs > 1 else {}
            writer = self.index.writer(
                timeout=WRITER_TIMEOUT, limitmb=limitmb, codec=InliningCodec(), **options
            )
            with _committed(writer):
                for batch in batches:
                    for doc in self.documents(index, batch):
                        writer.add_document(**doc)
                        added += 1
        return added

    def index_bytes(self) -> int:
        """The index folder's files, on disk."""
        return sum(f.stat().st_size for f in Path(self.path).iterdir())

    def update(self, index, iterable, commit=True):
        try:
            self.apply(index, list(iterable), [])
        except Exception:
            if not self.silently_fail:
                raise
            self.log.exception("Failed to update the Whoosh index")

    def remove(self, obj_or_string, commit=True):
        from haystack.utils import get_identifier

        try:
            self.apply(None, [], [get_identifier(obj_or_string)])
        except Exception:
            if not self.silently_fail:
                raise
            self.log.exception("Failed to remove %s from the Whoosh index", obj_or_string)

    def delete_index(self):
        super().delete_index()
        self.write_stamp()


def generation(searcher) -> tuple:
    """What a searcher reads: the index generation and its segments' ids (random names, so a
    rebuilt index, which counts generations from the start again, never looks the same)."""
    reader = searcher.reader()
    segments = (reader.segment() for reader, _offset in reader.leaf_readers())
    return reader.generation(), tuple(s.segment_id() for s in segments if s is not None)


def fields_by_index_name(fields) -> dict:
    return {f.index_fieldname: f for f in fields.values()}


class ArchiveWhooshEngine(WhooshEngine):
    backend = ArchiveWhooshBackend
