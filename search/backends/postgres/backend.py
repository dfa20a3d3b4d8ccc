"""haystack's seam for the PostgreSQL engine: archive_search over the tsvector table, the
update/remove/clear that update_index, check_index and the signals use, and the build() that
rebuild_index fills the cleared table with.

- archive_search(): one SQL statement answers the page of hits, the exact count and the facet
  counts over every match, or past settings.SEARCH_EXACT_FACETS matches estimates from a sample
  of them (a materialised CTE of the matching rows, or three streaming passes over them when
  nearly every row matches: streamed(), after a count of its own, so that the sample's bound is
  a number the planner can use: _sample()), on the search alias (the replica when there is one,
  search.backends.postgres.routers); the next pages and repeated searches come from the
  process's search.result_cache, keyed by the snapshot of committed transactions. The
  search's time budget becomes a statement_timeout a little under it, so PostgreSQL stops the
  query before the budget's alarm has to interrupt the driver.
- update()/remove()/clear() write on the primary inside the caller's transaction.
- search() answers haystack's match-all query only (SearchQuerySet().all(), .models()): what
  check_index and the health check ask; every other query goes through archive_search.
"""

import logging
import multiprocessing
from contextlib import contextmanager

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, OperationalError, connections, router, transaction
from haystack.backends import BaseEngine, BaseSearchBackend, BaseSearchQuery
from haystack.exceptions import SkipDocument
from haystack.models import SearchResult
from haystack.utils import get_identifier
from psycopg.copy import QueuedLibpqWriter

from search import dictionary
from search import result_cache as cache
from search.backends.postgres.documents import (
    COPY_HEADER,
    COPY_TRAILER,
    analyzer_stamp,
    copy_row,
    row,
)
from search.backends.postgres.models import SearchDocument, TokenCount
from search.backends.postgres.querying import (
    filter_sql,
    lone_gram,
    lone_token,
    match_query,
    rank_queries,
    word_shortcut,
)
from search.budget import OverBudget
from search.contract import FACETS, EngineResults, ParsedQuery

log = logging.getLogger(__name__)
WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"  # D, C, B (text), A (title)
WORD_BOOST = 2.0
# Relevance reads the two TOASTed vectors (about 23 KB an article) of this many matches only,
# or of as many as the requested page reaches: the best by their title's rank (the small
# `title` vector, in the row), newest first. Fewer matches are all ranked exactly.
RANKED = 500
STREAMED_SHARE = 0.8  # of the table's rows expected to match: read in passes (streamed)
# The same for a lone token ranked by relevance (_split_top): its best matches come from a walk
# that reads about RANKED / share rows' `document`, so the share must not be small.
LONE_SHARE = 0.35
# Tokens in at least this share of the rows (by ANALYZE's statistics) have their matching
# articles counted in models.TokenCount, kept by triggers: a lone token's exact count without
# reading its matches (_counted); such a token ranked by relevance is read in passes from
# this share (485 tokens at 100,500 `dictionary` rows).
COUNTED_SHARE = LONE_SHARE / 2
# The walk reads about RANKED / share rows' `document` (TOAST), where reading the matches once
# reads each match's row (the heap) only: it pays when matches * share, matches² / rows, reach
# this. Side by side (raw engine, load 4-5): at 10,000 rows `中国`, `一个` (43 %, 1,850) and
# `我们` (29 %, 850) read once took 35, 34, 30 against 41, 38, 39 ms walked; at 100,500 rows
# `像` (18 %, 3,260), `我们` (27 %, 7,500) walked took 75, 76 against 96, 132 ms read once.
# So at 100,500 rows every counted token is walked (matches from 15,900), at 10,000 rows those
# in half the rows or more.
WALKED = 2500
TIMEOUT_SHARE = 0.9  # of the search's time budget, for the statement
# Memory for the statement's materialised matches: with PostgreSQL's 4 MB default those of a
# common word in 100,000 articles (about 13 MB) go to a temporary file, read three times.
WORK_MEM = "32MB"
STORED = ("kind", "date", "year_month", "digest")  # what check_index compares
# ORDER BY of each sort (article_id breaks ties); undated articles last in both date orders.
ORDERS = {
    "relevance": "score DESC, date DESC NULLS LAST",
    "date": "date DESC NULLS LAST",
    "date_asc": "date ASC NULLS LAST",
}
_TABLE = SearchDocument._meta.db_table
_COPIED = [f.column for f in SearchDocument._meta.concrete_fields if not f.generated]

# The matches grouped once by each facet's column (GROUPING SETS: one pass, four hash
# tables), then the place and person arrays' values summed: hashing an article's whole array
# costs half what unnesting every value did (110 against 270 ms over 81,000 matches). Past
# settings.SEARCH_EXACT_FACETS matches, only a sample of about that many is grouped (%s: that
# number), the same articles for the same matches (a multiplicative hash of the id, so paging
# does not change the estimates), and the counts are scaled to every match (c's total).
_GROUPS = (
    "g AS MATERIALIZED (SELECT places, persons, year_month, kind, count(*) AS n FROM {source}"
    " WHERE {where} GROUP BY GROUPING SETS ((places), (persons), (year_month), (kind)))"
)
_HASH = "(article_id::bigint * 2654435761) %% 4294967296"
_SAMPLE = f"((SELECT total FROM c) <= %s OR {_HASH} < (SELECT 4294967296 * %s / total FROM c))"
# The rows under this hash are in a GIN index of their own (migration 0005): a sample of at
# most an eighth of the matches, its bound written into the statement, is read from it.
SAMPLED = 4294967296 // 8
# Facet name -> SQL of its values' counts from g (a column is NULL in the other sets' rows).
_FACET_SQL = {
    "place": "SELECT 'place', v, sum(n) FROM g, unnest(g.places) v GROUP BY v",
    "person": "SELECT 'person', v, sum(n) FROM g, unnest(g.persons) v GROUP BY v",
    "month": "SELECT 'month', year_month, n FROM g WHERE year_month <> ''",
    "kind": "SELECT 'kind', kind, n FROM g WHERE kind IS NOT NULL",
}
assert set(_FACET_SQL) == set(FACETS)


def _passes(matches: float, rows: float, share: float, walk: bool) -> bool:
    """Whether matches of rows (at least share of them) are read in passes; for a lone token
    ranked by relevance (walk: _split_top), only when they are enough to make its walk pay
    (WALKED)."""
    if rows <= 0 or matches < share * rows:
        return False
    return not walk or matches * matches >= WALKED * rows


def streamed(
    cursor, condition: str, params: list, share: float = STREAMED_SHARE, walk: bool = False
) -> bool:
    """Whether a search reads its matches from the table in three passes, each streaming (the
    count, the top by the key in a top-N sort, the facets' sample), rather than once into a
    materialised CTE that it reads three times: when the index alone decides each match (a
    phrase, `<->`, has every candidate's `document` read from TOAST to check it: once) and
    the planner expects at least that share of the rows to match. Measured side by side
    at 100,500 rows (load 10-12): 15-27 % less for 89,000-97,000 matches (`一` 400-520
    against 304-405 ms), as often more as less at 70,000 (`的`) and below (`中国`, 42,947:
    223-246 against 219-292; a name's 4,355: 99-119 against 90-144). A lone token's walk (walk)
    needs more: _passes."""
    if any("<->" in str(param) for param in params):
        return False
    cursor.execute(f"EXPLAIN (FORMAT JSON) SELECT FROM {_TABLE} d WHERE {condition}", params)
    expected = cursor.fetchone()[0][0]["Plan"]["Plan Rows"]
    cursor.execute("SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [_TABLE])
    rows = cursor.fetchone()[0]  # -1 before the first ANALYZE
    return _passes(expected, rows, share, walk)


def _sample(total: int, exact: int) -> str:
    """The facets' sample of `total` matches as a condition with its bound written in (the
    same rows as _SAMPLE). A bound of SAMPLED or less lets the planner read the sample from
    the GIN index of the rows under SAMPLED (an eighth of them), where a bound it learns only
    while running has it read every match and filter them (`一`, 96,681 matches at 100,500
    rows: 11 against 42-78 ms)."""
    if not exact or total <= exact:
        return "TRUE"
    return f"{_HASH} < {4294967296 * exact // total}"


def _split_top(key: str, filters: list[str], condition: str) -> str:
    """The matches of a lone token (querying.lone_token) in the order of their title's rank
    (key), newest first among equals, as three parts, each filling only the places the ones
    before it leave (a part left none is not started): those whose titles hold the token more
    than once, from the GIN index on `repeats`, by key; those whose titles hold it once (all
    of the same key), from the GIN index on `title` (a title that holds it is a match, with no
    `document` to read); and the rest, whose titles rank 0, newest first, from a walk in date
    order that reads each one's `document` to check it (for a token in most articles, about
    as many as it takes). The same order as ranking every match's title. `一` at 100,500
    rows: 670 titles hold it more than once, so the 11,189 that hold it once are not read."""

    def part(where: list[str], order: str, limit: str) -> str:
        return (
            f"SELECT article_id, date, {key} AS key FROM {_TABLE} d WHERE {' AND '.join(where)}"
            f" ORDER BY {order}date DESC NULLS LAST, article_id LIMIT {limit}"
        )

    repeated = part(["d.repeats @@ %s::tsquery", *filters], "key DESC, ", "%s")
    once = part(
        ["d.title @@ %s::tsquery AND NOT d.repeats @@ %s::tsquery", *filters],
        "key DESC, ",
        "(SELECT %s - count(*) FROM repeated)",
    )
    rest = part(
        [condition, "NOT d.title @@ %s::tsquery"],
        "",
        "(SELECT %s - (SELECT count(*) FROM repeated) - count(*) FROM once)",
    )
    return (
        f"SELECT article_id, date, key FROM (WITH repeated AS MATERIALIZED ({repeated}),"
        f" once AS MATERIALIZED ({once})"
        f" SELECT * FROM repeated UNION ALL SELECT * FROM once UNION ALL ({rest})) u"
    )


def _counted(
    cursor, parsed: ParsedQuery, where: list[str], share: float, walk: bool = False
) -> int | None:
    """The exact count of a lone token's matches (querying.lone_gram) with no filter, when
    its articles are counted (models.TokenCount) and they are read in passes (_passes: at
    least `share` of the rows; a streamed search counts in a statement of its own); else
    None. `一` at 100,500 rows: its 96,681 matches counted from every one of the table's heap
    pages, or one row here."""
    gram = lone_gram(parsed)
    if gram is None or len(where) != 1:
        return None
    cursor.execute(
        f"SELECT sum(n), (SELECT reltuples FROM pg_class WHERE oid = %s::regclass)"
        f" FROM {TokenCount._meta.db_table} WHERE token = %s",
        [_TABLE, gram],
    )
    total, rows = cursor.fetchone()
    return int(total) if total is not None and _passes(total, rows, share, walk) else None


def _document(pair: tuple[int, dict]) -> SearchDocument:
    pk, prepared = pair
    return SearchDocument(article_id=pk, **row(prepared))


def _copy_row(pair: tuple[int, dict]) -> bytes:
    """A row in COPY's binary form, its columns in _COPIED's order; in a tokenising process,
    after its byline names became jieba words there too (the parent learns them after the
    fork)."""
    pk, prepared = pair
    dictionary.add_persons(prepared.get("persons") or ())
    return copy_row(pk, prepared, _COPIED)


class _Tokenised:
    """The rows (_copy_row) of each of batches, in order, for build(): with procs > 1 from a
    pool of forked processes kept for the whole build, which inherit jieba's dictionary with
    every stored person name in it, as the parent's (a name in a text is a word wherever it is
    someone's byline). The pool is kept two batches ahead of the caller and the batch after
    them is read ahead: prepare() turns it into index values (ArticleIndex.full_prepare) and
    hands it to the pool while the caller waits for PostgreSQL to write the rows it was
    given, so PostgreSQL, the pool and this process work at once."""

    def __init__(self, backend, index, batches, procs: int):
        self.backend, self.index, self.batches, self.procs = backend, index, iter(batches), procs
        self.pool = None
        self.pending = []  # the pool's results, oldest first
        self.read = None  # the next batch's objects, read but not prepared

    def __enter__(self):
        dictionary.load_persons()
        if self.procs > 1:
            self.pool = multiprocessing.get_context("fork").Pool(self.procs)
            for _ in range(2):  # the pool's first two batches
                self.read = self._read()
                self.prepare()
        return self

    def __exit__(self, *exc):
        if self.pool is not None:
            self.pool.__exit__(*exc)

    def _read(self):
        batch = next(self.batches, None)
        return None if batch is None else list(batch)

    def prepare(self) -> None:
        """Prepare the batch read ahead and give it to the pool (nothing with procs 1)."""
        if self.read is not None:
            pairs = self.backend.prepared(self.index, self.read)
            self.pending.append(self.pool.map_async(_copy_row, pairs))
            self.read = None

    def __iter__(self):
        if self.pool is None:
            for batch in self.batches:
                yield [_copy_row(pair) for pair in self.backend.prepared(self.index, list(batch))]
            return
        while self.pending:
            if self.read is None:  # the connection is free between two COPYs
                self.read = self._read()
            yield self.pending.pop(0).get()


def _identifier_pk(obj_or_string) -> int:
    return int(get_identifier(obj_or_string).rsplit(".", 1)[1])


class PostgresSearchBackend(BaseSearchBackend):
    # rebuild_index clears the table and fills it with build(), not haystack's update_index.
    rebuilds_by_build = True

    def load_vocabulary(self) -> None:
        """jieba and the gazetteer's names, once a process (the search app's ready())."""
        dictionary.load()

    def warm_up(self) -> None:
        """The person names too, before the first request (archive.warmup); and a warning
        when rows were cut by other analysis than this code's."""
        dictionary.load_persons()
        self.check_stamp()

    def check_stamp(self) -> bool:
        stale = SearchDocument.objects.using(DEFAULT_DB_ALIAS).exclude(analyzer=analyzer_stamp())
        if stale.exists():
            log.warning(
                "%s search rows were cut with other analysis than this code's (%s): run "
                "`python manage.py rebuild_index` so search results are right.",
                stale.count(),
                analyzer_stamp(),
            )
            return False
        return True

    # --- writing: on the primary, in the caller's transaction ------------------------------

    def prepared(self, index, objs) -> list[tuple[int, dict]]:
        """(pk, index values) of objs, after their byline names became jieba words."""
        dictionary.learn_persons(objs)
        pairs = []
        for obj in objs:
            try:
                pairs.append((obj.pk, index.full_prepare(obj)))
            except SkipDocument:
                continue
        return pairs

    def write(self, documents: list[SearchDocument]) -> None:
        fields = [
            f.name
            for f in SearchDocument._meta.concrete_fields
            if f.name != "article" and not f.generated
        ]
        SearchDocument.objects.using(DEFAULT_DB_ALIAS).bulk_create(
            documents, update_conflicts=True, unique_fields=["article"], update_fields=fields
        )

    def apply(self, index, objs, delete_ids) -> None:
        """Write objs' rows and delete those with these haystack ids, in one transaction."""
        with transaction.atomic(using=DEFAULT_DB_ALIAS):
            if delete_ids:
                pks = [_identifier_pk(ident) for ident in delete_ids]
                SearchDocument.objects.using(DEFAULT_DB_ALIAS).filter(pk__in=pks).delete()
            if objs:
                self.write([_document(pair) for pair in self.prepared(index, objs)])

    def build(self, index, batches, procs: int = 1) -> int:
        """Fill the emptied table (clear()) from batches of objs: each batch's rows go in by
        one COPY, in a transaction of its own; procs > 1 tokenises in that many forked
        processes (_Tokenised), and while PostgreSQL takes one batch's rows this process
        prepares the one after the next. Ends with ANALYZE so the planner knows the new
        table, and counting the commonest tokens (count_tokens). Returns the rows written."""
        added = 0
        # Binary: the server takes the vectors as they are (parsing their text form was about
        # an eighth of its CPU in a build).
        sql = f"COPY {_TABLE} ({', '.join(_COPIED)}) FROM STDIN (FORMAT binary)"
        with (
            connections[DEFAULT_DB_ALIAS].cursor() as cursor,
            _Tokenised(self, index, batches, procs) as tokenised,
        ):
            for rows in tokenised:
                # The rows go to the server from a thread of psycopg's (queued): this one
                # returns from writing them at once and prepares the next batch meanwhile.
                raw = cursor.cursor  # psycopg's own: Django's wrappers take no writer
                with (
                    transaction.atomic(using=DEFAULT_DB_ALIAS),
                    raw.copy(sql, writer=QueuedLibpqWriter(raw)) as copy,
                ):
                    copy.write(b"".join([COPY_HEADER, *rows, COPY_TRAILER]))
                    tokenised.prepare()
                added += len(rows)
            self.count_tokens(cursor)  # after an ANALYZE, which the planner needs too
        return added

    def count_tokens(self, cursor=None, share: float = COUNTED_SHARE) -> int:
        """Count the articles of the tokens in at least `share` of the rows by the table's
        statistics (ANALYZE first), from then on kept by the table's triggers
        (models.TokenCount); a share of 0 counts none (the triggers then do nothing: clear()
        before a build). The table's writers wait meanwhile. Returns the tokens counted."""
        if cursor is None:
            with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
                return self.count_tokens(cursor, share)
        with transaction.atomic(using=DEFAULT_DB_ALIAS):
            if share > 0:
                cursor.execute(f"ANALYZE {_TABLE}")
            cursor.execute("SELECT search_postgres_track(%s)", [share])
            return cursor.fetchone()[0]

    def index_bytes(self) -> int:
        """The table, its TOAST (the tsvectors) and its indexes, on disk."""
        with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
            cursor.execute("SELECT pg_total_relation_size(%s)", [_TABLE])
            return cursor.fetchone()[0]

    def update(self, index, iterable, commit=True):
        self.apply(index, list(iterable), [])

    def remove(self, obj_or_string, commit=True):
        self.apply(None, [], [obj_or_string])

    def clear(self, models=None, commit=True):
        with transaction.atomic(using=DEFAULT_DB_ALIAS):
            self.count_tokens(share=0)  # the triggers then read no deleted row
            SearchDocument.objects.using(DEFAULT_DB_ALIAS).all().delete()

    # --- haystack's own queries: match-all only ---------------------------------------------

    def search(self, query_string, **kwargs):
        if query_string.strip() not in ("*", "*:*", ""):
            raise NotImplementedError(
                "The PostgreSQL search backend answers search.query's archive_search; through "
                "haystack it only lists every document (SearchQuerySet().all())."
            )
        result_class = kwargs.get("result_class") or SearchResult
        documents = SearchDocument.objects.using(DEFAULT_DB_ALIAS).order_by("pk")
        start, end = kwargs.get("start_offset") or 0, kwargs.get("end_offset")
        page = documents[start:end].values("pk", *STORED)
        results = [result_class("archive", "article", row.pop("pk"), 0.0, **row) for row in page]
        return {"results": results, "hits": documents.count()}

    def build_schema(self, fields):
        return "text", {}

    # --- archive_search: search.contract ---------------------------------------------------

    def archive_search(
        self, parsed: ParsedQuery, filters: dict, sort: str, page: int, page_size: int
    ) -> EngineResults:
        """One page of hits, the exact count and the facets of every match (estimated from a
        sample of them past settings.SEARCH_EXACT_FACETS), in one statement (after a count of
        the bigrams for a lone name or word, _search); from this process's result cache when
        the same committed state of the database has already answered the search."""
        limit = page * page_size
        with self._cursor() as (cursor, state):
            key = state and (state, repr(parsed), repr(sorted(filters.items())), sort)
            entry = cache.results.get(key) if key else None
            if entry is None or not entry.covers(limit):
                # The first DEPTH hits (or as many as this page reaches) are the pages' hits
                # in order: ranking picks the same RANKED matches for any page within them.
                depth = max(limit, cache.DEPTH) if page_size else 0
                found = self._search(cursor, parsed, filters, sort, 1, depth)
                entry = cache.Entry(found.count, found.facets, found.hits, found.estimated)
                if key:
                    cache.results.put(key, entry)
        hits = entry.ranked[limit - page_size : limit]
        return EngineResults(hits, entry.count, entry.facets, entry.estimated)

    def forget_results(self) -> None:
        """Empty this process's result cache (bench_search times searches, not the cache)."""
        cache.results.clear()

    def _search(self, cursor, parsed, filters, sort, page, page_size) -> EngineResults:
        """The search, for a lone name or word of three characters or more by its word in
        `words` when that finds the same articles (querying.word_shortcut): without filters,
        the articles with its bigrams are counted first and the search by the word is kept when
        its own count is theirs (else searched again by the phrase), so that the word's
        matches are not read once more only to be counted (`李林晅` on 1,000,500 rows: 37,331
        heap pages each time)."""
        match = match_query(parsed)
        shortcut = word_shortcut(parsed) if match else None
        if shortcut and not filters:
            word, bigrams = shortcut
            cursor.execute(
                f"SELECT count(*) FROM {_TABLE} WHERE document @@ %s::tsquery", [bigrams]
            )
            articles = cursor.fetchone()[0]
            if articles:  # none: no article holds the word either
                where = ("d.words @@ %s::tsquery", word)
                found = self._search_where(cursor, parsed, filters, sort, page, page_size, where)
                if found.count == articles:
                    return found
        elif shortcut and self._same_articles(cursor, *shortcut):
            where = ("d.words @@ %s::tsquery", shortcut[0])
            return self._search_where(cursor, parsed, filters, sort, page, page_size, where)
        where = ("d.document @@ %s::tsquery", match) if match else None
        return self._search_where(cursor, parsed, filters, sort, page, page_size, where)

    def _search_where(
        self, cursor, parsed, filters, sort, page, page_size, matched
    ) -> EngineResults:
        """The search with matched, (SQL condition, its parameter) or None for every row."""
        where, params = filter_sql(filters)
        match = bool(matched)
        if matched:
            where.insert(0, matched[0])
            params.insert(0, matched[1])
        order, offset = ORDERS[sort], (page - 1) * page_size
        if sort == "relevance" and page_size:  # no hits asked for: nothing to rank
            key, key_params, score, score_params = self._ranking(parsed)
            picked, limit = "{key} DESC, date DESC NULLS LAST", max(RANKED, offset + page_size)
        else:  # the page and those before it: a top-N sort, not a sort of every match
            key, key_params, score, score_params = "0", [], "0", []
            picked, limit = order if page_size else "date", offset + page_size
        exact = settings.SEARCH_EXACT_FACETS
        sample, sampled = ([exact, exact], _SAMPLE) if exact else ([], "TRUE")
        condition = " AND ".join(where) or "TRUE"
        token = lone_token(parsed) if key_params else None
        share = LONE_SHARE if token else STREAMED_SHARE
        # Counted, a lone token is read in passes from a lower share: the count was most of
        # their cost (`我们`, in 27 % of the rows: 89 against 163 ms at 100,500 rows).
        walk = token is not None
        total = _counted(cursor, parsed, where, COUNTED_SHARE if token else share, walk)
        if total is not None or (match and streamed(cursor, condition, params, share, walk)):
            if total is None:
                cursor.execute(f"SELECT count(*) FROM {_TABLE} d WHERE {condition}", params)
                total = cursor.fetchone()[0]
            matches = f"c AS (SELECT {total}::bigint AS total), "
            sampled = _sample(total, exact)
            matches += _GROUPS.format(source=f"{_TABLE} d", where=f"{condition} AND {sampled}")
            if token:  # relevance of a lone token: split by the titles that hold it
                top = _split_top(key, where[1:], condition)
                picked = "key DESC, date DESC NULLS LAST"
                top_params = [*key_params, token, *params[1:], limit]
                top_params += [*key_params, token, token, *params[1:], limit]
                top_params += [*key_params, *params, token, limit]
            else:
                top = f"SELECT article_id, date FROM {_TABLE} d WHERE {condition}"
                picked, top_params = picked.format(key=key), [*params, *key_params]
            params = [*params, *score_params, *top_params, limit]
        else:  # a phrase is checked in each candidate's `document`: once, into m
            columns = "d.article_id, d.date, d.places, d.persons, d.kind, d.year_month"
            matches = (
                f"m AS MATERIALIZED (SELECT {columns}, {key} AS key FROM {_TABLE} d"
                f" WHERE {condition}), c AS (SELECT count(*) AS total FROM m), "
            )
            matches += _GROUPS.format(source="m", where=sampled)
            top = "SELECT article_id, date FROM m"
            picked = picked.format(key="key")
            params = [*key_params, *params, *sample, *score_params, limit]
        # Each picked match's vectors by its id, one index lookup each (a subquery, not a
        # join: at 10,000 rows the planner merged the 500 with the whole table's rows in id
        # order, 7-10 % of a common word's statement); a score of 0 reads nothing.
        if score_params:
            score = f"(SELECT {score} FROM {_TABLE} d WHERE d.article_id = t.article_id)"
        hits = (
            f"(SELECT t.article_id, t.date, {score} AS score FROM ({top} ORDER BY {picked},"
            " article_id LIMIT %s) t)"
        )
        sql = (
            f"WITH {matches} "
            "SELECT 'hit', article_id::text, score, n FROM (SELECT article_id, score,"
            f" row_number() OVER (ORDER BY {order}, article_id) AS n FROM {hits} s"
            f" ORDER BY {order}, article_id LIMIT %s OFFSET %s) hits"
            " UNION ALL SELECT 'count', NULL, total, 0 FROM c"
            + "".join(f" UNION ALL SELECT *, 0 FROM ({sql}) f" for sql in _FACET_SQL.values())
        )
        cursor.execute(sql, [*params, page_size, offset])
        rows = cursor.fetchall()
        hits, count, counted = [], 0, []
        for kind, value, number, n in rows:
            if kind == "hit":
                hits.append((n, int(value), float(number)))
            elif kind == "count":
                count = int(number)
            elif value:
                counted.append((kind, value, float(number)))
        estimated = 0 < exact < count
        scale = count / exact if estimated else 1
        facets = {name: {} for name in FACETS}
        for kind, value, number in counted:
            facets[kind][value] = round(number * scale)
        hits = [(pk, score) for _, pk, score in sorted(hits)]
        return EngineResults(hits, count, facets, estimated)

    def _ranking(self, parsed: ParsedQuery) -> tuple[str, list, str, list]:
        """(key SQL, params, score SQL, params): the cheap key that picks the matches to rank
        (their title's rank) and the contract's score (the grams of title and text, and the
        terms' jieba words)."""
        grams, words = rank_queries(parsed)
        if not grams:
            return "0", [], "0", []
        sql, params = f"ts_rank('{WEIGHTS}', d.document, %s::tsquery)", [grams]
        if words:
            sql += f" + {WORD_BOOST} * ts_rank(d.words, %s::tsquery)"
            params.append(words)
        return "ts_rank(d.title, %s::tsquery)", [grams], sql, params

    def _same_articles(self, cursor, word: str, bigrams: str) -> bool:
        """Whether as many articles hold the word in `words` as hold its bigrams in
        `document`, and some do (querying.word_shortcut): both counts from the indexes alone,
        where a phrase of bigrams makes PostgreSQL read every candidate's `document` (about
        10 KB in TOAST) to check their positions. (With filters: the search's own count is
        of the filtered matches, not the word's.)"""
        # No article holds the word (a run jieba never keeps whole): the bigrams go uncounted.
        cursor.execute(
            f"WITH w AS (SELECT count(*) AS n FROM {_TABLE} WHERE words @@ %s::tsquery)"
            " SELECT CASE WHEN (SELECT n FROM w) = 0 THEN false ELSE (SELECT n FROM w)"
            f" = (SELECT count(*) FROM {_TABLE} WHERE document @@ %s::tsquery) END",
            [word, bigrams],
        )
        return cursor.fetchone()[0]

    @contextmanager
    def _cursor(self):
        """A cursor in the search's transaction, on the search alias, with its settings, and
        the committed state it reads; a statement past the time budget raises OverBudget.

        The state is the snapshot of committed transactions, taken before the search's own
        statements: a later search that sees the same snapshot sees nothing committed since,
        so the same rows (any write anywhere in the cluster changes it: more misses, never a
        stale answer). None once this transaction has written (its own uncommitted writes
        change what it reads without changing the snapshot): such searches are not cached."""
        alias = router.db_for_read(SearchDocument) or DEFAULT_DB_ALIAS
        budget = settings.SEARCH_TIME_BUDGET
        try:
            with transaction.atomic(using=alias), connections[alias].cursor() as cursor:
                # enable_seqscan off: the planner does not count reading the TOASTed tsvectors,
                # so it scans the whole table rather than the GIN index (measured: 170 ms
                # against 6 ms for a name in 10k articles): steer it to the index.
                # jit off: enable_seqscan off prices any plan left with a scan at 10^10, past
                # jit_above_cost:
                # compiling the statement then took 0.2 s on 4 articles, and 2 s on CI's
                # machine, which the budget stopped (measured: 0.9 s -> 0.05 s for one test).
                local = {"enable_seqscan": "off", "jit": "off", "work_mem": WORK_MEM}
                if budget > 0:
                    local["statement_timeout"] = f"{max(1, int(budget * 1000 * TIMEOUT_SHARE))}ms"
                # One round trip for all of them (set_config(..., true): SET LOCAL).
                cursor.execute(
                    "SELECT CASE WHEN pg_current_xact_id_if_assigned() IS NULL THEN"
                    " pg_current_snapshot()::text END, "
                    + ", ".join(["set_config(%s, %s, true)"] * len(local)),
                    [value for pair in local.items() for value in pair],
                )
                yield cursor, cursor.fetchone()[0]
        except OperationalError as error:
            if getattr(error.__cause__, "sqlstate", None) == "57014":  # query_canceled
                raise OverBudget from error
            raise


class PostgresSearchQuery(BaseSearchQuery):
    def build_query_fragment(self, field, filter_type, value):
        raise NotImplementedError(
            "The PostgreSQL search backend has no haystack query language: use search.query."
        )


class PostgresEngine(BaseEngine):
    backend = PostgresSearchBackend
    query = PostgresSearchQuery
