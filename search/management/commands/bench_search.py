"""manage.py bench_search [--engine whoosh,postgres] [--corpus fixtures,dictionary] [--articles N]:
index build rate, size and query latency, engine by engine and corpus by corpus, side by side.

Everything happens in a fresh temporary data folder (its own SQLite database and Whoosh index;
for postgres a throwaway database on DATABASE_URL's server, dropped afterwards), never the real
ARCHIVE_DATA_DIR or database: this command re-runs itself there (--inside), and that run
starts one more process to time the first request after a fresh start (warmed up first, as
archive.wsgi does before a server process takes requests).

The corpus (search.bench_corpus) either recombines the fixture pages' paragraphs, titles and
bylines with random places and dates ("fixtures", the worst case: common words in most
articles), or draws words by jieba's dictionary counts ("dictionary", a real frequency
distribution). Each query of a fixed mix (rare and common words, names, single
characters, phrases) is timed three ways: the raw engine search (the backend's archive_search:
hits, count and facets, no database), search.query.search(), and a full HTTP request through
Django's test client.
"""

import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from search import dictionary
from search.bench_corpus import CORPORA
from search.full_build import PROCS, build_index

FORMS = ("rare word", "common word", "name", "single character", "phrase")
PER_FORM = 3  # queries of each form
BATCH = 2000
ARGS = ("articles", "procs", "repeat", "corpus", "copies", "database")
ENGINES = ("whoosh", "postgres")
TARGETS = (
    "targets: full request <= 1.5x raw engine; p95 < 100 ms at 100k articles; "
    "first request <= 2x steady state; build >= 200 articles/s (postgres: 300)"
)
P95_LIMIT_MS = 300  # an http p95 past this: time for another engine (README "Search engines")
NEXT_PAGE = "http next page"  # page 2 right after page 1
SUMMARY = "summary: "  # the child's last line: its figures as JSON, for the side-by-side table


class Command(BaseCommand):
    help = "Measure search: build rate, index size, p50/p95 latency three ways, first request."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=10_000, help="default 10000")
        parser.add_argument(
            "--engine",
            default="whoosh",
            help="comma-separated engines to measure one after the other: whoosh,postgres "
            "(postgres needs a PostgreSQL DATABASE_URL; default whoosh)",
        )
        parser.add_argument(
            "--corpus",
            default="fixtures",
            help="comma-separated corpora, each measured on every engine: fixtures (recombined "
            "fixture paragraphs, the worst case), dictionary (words by jieba's dictionary counts); "
            "default fixtures",
        )
        parser.add_argument(
            "--procs", type=int, default=PROCS, help=f"indexing processes ({PROCS})"
        )
        parser.add_argument("--repeat", type=int, default=5, help="timings per query and way")
        parser.add_argument(
            "--copies",
            type=int,
            default=1,
            help="postgres only: after the build, repeat every article and its index row in SQL "
            "until there are this many copies (--articles 1500 --copies 67: 100,500 rows in "
            "minutes, where building them takes an hour); default 1",
        )
        parser.add_argument(
            "--database",
            default="",
            help="postgres only: run in this database on DATABASE_URL's server and keep it; "
            "when it already holds the articles, time the searches on them again without "
            "building (compare code side by side on the same rows); default a throwaway one",
        )
        parser.add_argument("--inside", action="store_true", help=cold_help())
        parser.add_argument("--first-request", default="", help=cold_help())

    def handle(
        self,
        *,
        articles,
        procs,
        repeat,
        engine,
        corpus,
        copies,
        database,
        inside,
        first_request,
        **options,
    ):
        if min(articles, procs, repeat, copies) < 1:
            raise CommandError("--articles, --procs, --repeat and --copies must be at least 1.")
        if first_request:
            return self._first_request(first_request)
        if not inside:
            engines = [e.strip() for e in engine.split(",") if e.strip()]
            if not engines or set(engines) - set(ENGINES):
                raise CommandError(f"--engine takes {', '.join(ENGINES)}, not {engine!r}.")
            corpora = [c.strip() for c in corpus.split(",") if c.strip()]
            if not corpora or set(corpora) - set(CORPORA):
                raise CommandError(f"--corpus takes {', '.join(CORPORA)}, not {corpus!r}.")
            if (copies > 1 or database) and engines != ["postgres"]:
                raise CommandError("--copies and --database need --engine postgres.")
            if database and len(corpora) > 1:
                raise CommandError("--database holds one corpus.")
            return self._relaunch(engines, corpora, articles, procs, repeat, copies, database)
        return self._bench(articles, procs, repeat, corpus, copies)

    # --- parent: a throwaway data folder ----------------------------------------------------

    def _relaunch(self, engines, corpora, articles, procs, repeat, copies, database):
        summaries = {}
        for corpus in corpora:
            values = (articles, procs, repeat, corpus, copies, database)
            argv = ["--inside", *(f"--{k}={v}" for k, v in zip(ARGS, values, strict=True))]
            for engine in engines:
                folder = tempfile.mkdtemp(prefix="bench-search-")
                try:
                    self.stdout.write(
                        f"== engine {engine}, corpus {corpus}; data dir: {folder} (temporary)"
                    )
                    with _engine_env(engine, folder, database) as env:
                        out = _run_self(env, argv)
                    report, _, summary = out.rpartition(SUMMARY)
                    self.stdout.write(report, ending="")
                    label = engine if len(corpora) == 1 else f"{engine}/{corpus}"
                    summaries[label] = json.loads(summary)
                finally:
                    shutil.rmtree(folder, ignore_errors=True)
        if len(summaries) > 1:
            self._side_by_side(summaries)

    def _side_by_side(self, summaries: dict[str, dict]) -> None:
        engines = list(summaries)
        self.stdout.write("== side by side: " + " | ".join(engines))
        for key in next(iter(summaries.values())):
            cells = " | ".join(str(summaries[e].get(key, "")) for e in engines)
            self.stdout.write(f"  {key}: {cells}")

    # --- the benchmark, inside the temporary folder -----------------------------------------

    def _bench(self, articles, procs, repeat, corpus, copies):
        if not Path(settings.ARCHIVE_DATA_DIR).name.startswith("bench-search-"):
            raise CommandError("--inside only runs in a bench-search- data folder.")
        from django.db import transaction
        from haystack import connections

        from archive.models import Article
        from search.bench_corpus import build_corpus

        call_command("migrate", verbosity=0)
        backend = connections["default"].get_backend()
        summary = {}
        if Article.objects.exists():  # a kept --database: the same rows, searched again
            with transaction.atomic():  # the pool the queries come from, nothing stored
                pool = build_corpus(articles, corpus=corpus, pages="bench-again")
                transaction.set_rollback(True)
            articles = Article.objects.count()
            self.stdout.write(f"corpus {corpus}: the kept database's {articles} articles")
        else:
            start = time.perf_counter()
            pool = build_corpus(articles, corpus=corpus)
            self.stdout.write(
                f"corpus {corpus}: {articles} articles in {time.perf_counter() - start:.1f}s"
            )
            cpu = _cpu_seconds()
            seconds = _build_index(procs)
            cpu = _cpu_seconds() - cpu
            build_rate = articles / seconds
            summary["build articles/s"] = round(build_rate)
            self.stdout.write(
                f"index build: {build_rate:.0f} articles/s ({seconds:.1f}s, procs {procs}); "
                f"{build_rate * seconds / cpu:.0f} articles per CPU second ({cpu:.1f}s CPU)"
            )
            if copies > 1:
                start = time.perf_counter()
                articles = _multiply(copies)
                self.stdout.write(
                    f"copies: {articles} articles and index rows ({copies} copies of each) in "
                    f"{time.perf_counter() - start:.1f}s"
                )
        size = backend.index_bytes() / 1e6
        summary = {"articles": articles, **summary, "index MB": round(size, 1)}
        self.stdout.write(f"index size: {size:.1f} MB")

        queries = _queries(pool)
        self.stdout.write("queries: " + " ".join(q for _, q in queries))
        timings, stopped = _time_queries(queries, repeat)
        if stopped:
            self.stdout.write(
                f"raw engine stopped at the search budget {len(stopped)} times: "
                + " ".join(sorted(set(stopped)))
            )
        for way, samples in timings.items():
            self.stdout.write(f"{way}: p50 {_p(samples, 50):.1f} ms, p95 {_p(samples, 95):.1f} ms")
            summary[f"{way} p50/p95 ms"] = f"{_p(samples, 50):.1f}/{_p(samples, 95):.1f}"
        for form in FORMS:
            by_way = _by_form(timings, queries, repeat)
            cells = ", ".join(
                f"{way} {_p(samples[form], 95):.1f}" for way, samples in by_way.items()
            )
            self.stdout.write(f"  p95 ms {form}: {cells}")
            summary[f"http p95 ms {form}"] = round(_p(by_way["http request"][form], 95), 1)
        raw, http = timings["raw engine"], timings["http request"]
        self.stdout.write(
            f"ratio search/raw: p50 {_p(timings['search()'], 50) / _p(raw, 50):.2f}x; "
            f"http/raw: p50 {_p(http, 50) / _p(raw, 50):.2f}x, "
            f"p95 {_p(http, 95) / _p(raw, 95):.2f}x"
        )
        summary["http/raw p50, p95"] = (
            f"{_p(http, 50) / _p(raw, 50):.2f}x, {_p(http, 95) / _p(raw, 95):.2f}x"
        )
        limit = _p95_limit(articles, _p(http, 95))
        self.stdout.write(
            f"http p95 passes {P95_LIMIT_MS} ms at about {limit} articles on this machine "
            "(a search walks every match: its time grows about linearly with the archive; "
            "settings.SEARCH_WHOOSH_MAX_ARTICLES, which check_index warns past, comes from this)"
        )
        summary[f"http p95 {P95_LIMIT_MS} ms at about N articles"] = limit
        q = queries[0][1]
        cold = _run_self(dict(os.environ), ["--first-request", q]).split()
        first, startup = float(cold[0]), float(cold[1])
        steady = statistics.median(http[:repeat])  # the same query, warm
        self.stdout.write(
            f"first request (new process): {first:.1f} ms vs steady {steady:.1f} ms = "
            f"{first / steady:.2f}x; process start to ready {startup:.2f}s"
        )
        server = _database_peak_mb()
        self.stdout.write(
            f"peak memory: {_peak_mb():.0f} MB (fresh server {cold[2]} MB)"
            + (f"; PostgreSQL backend {server:.0f} MB" if server else "")
        )
        summary["first request ms"] = round(first, 1)
        summary["peak memory MB"] = round(_peak_mb())
        self.stdout.write(TARGETS)
        self.stdout.write(SUMMARY + json.dumps(summary, ensure_ascii=False))

    # --- a fresh process: the first request only ---------------------------------------------

    def _first_request(self, q):
        from django.test import Client

        from archive.warmup import warm_up

        warm_up()  # as archive.wsgi does before a server process takes requests
        ready = time.perf_counter() - _process_start()
        start = time.perf_counter()
        response = Client().get(reverse("search"), {"q": q})
        ms = (time.perf_counter() - start) * 1000
        if response.status_code != 200:
            raise CommandError(f"first request answered {response.status_code}")
        self.stdout.write(f"{ms:.1f} {ready:.2f} {_peak_mb():.0f}")


def cold_help() -> str:
    return "internal: used when the command re-runs itself"


@contextmanager
def _engine_env(engine: str, folder: str, kept: str = ""):
    """The environment of a run on this engine in this folder: SQLite there for whoosh; for
    postgres a throwaway database on DATABASE_URL's server, dropped when the run ends (or the
    database named kept, created when missing and left in place)."""
    env = {**os.environ, "ARCHIVE_DATA_DIR": folder, "DJANGO_ALLOWED_HOSTS": "testserver"}
    env.update(ARCHIVE_SEARCH_ENGINE=engine, ARCHIVE_SEARCH_INDEX_MODE="commit")
    env.pop("DATABASE_REPLICA_URL", None)
    if engine == "whoosh":
        env.pop("DATABASE_URL", None)  # the temporary folder's own SQLite database
        yield env
        return
    from django.db import connection

    db = settings.DATABASES["default"]
    if connection.vendor != "postgresql":
        raise CommandError("--engine postgres needs a PostgreSQL DATABASE_URL (postgres://…).")
    name = kept or f"bench_search_{os.getpid()}"
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if not kept or not cursor.fetchone():
            cursor.execute(f"DROP DATABASE IF EXISTS {name}")
            cursor.execute(f"CREATE DATABASE {name}")
    env["DATABASE_URL"] = (
        f"postgres://{quote(db['USER'], safe='')}:{quote(db['PASSWORD'], safe='')}"
        f"@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{name}"
    )
    try:
        yield env
    finally:
        if not kept:
            with connection.cursor() as cursor:
                cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _run_self(env, argv) -> str:
    manage = Path(settings.BASE_DIR) / "manage.py"
    done = subprocess.run(
        [sys.executable, str(manage), "bench_search", *argv],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise CommandError(f"bench_search {' '.join(argv)} failed:\n{done.stderr[-2000:]}")
    return done.stdout


def _build_index(procs) -> float:
    """Seconds to index every article with one writer, reading them in batches."""
    from haystack import connections

    from archive.models import Article

    backend = connections["default"].get_backend()
    index = connections["default"].get_unified_index().get_index(Article)
    backend.clear()
    start = time.perf_counter()
    build_index(backend, index, BATCH, procs)
    return time.perf_counter() - start


def _multiply(copies: int) -> int:
    """Repeat every article, its places and bylines and its index row copies - 1 more times in
    SQL (new ids; positions moved past the originals'), then ANALYZE; returns the articles."""
    from django.apps import apps
    from django.db import connection

    from archive.models import Article, ArticlePlace, Byline

    # By the app registry, not an import: only search/backends/ imports an engine's code.
    SearchDocument = apps.get_model("search_postgres", "SearchDocument")

    def span(cursor, table) -> int:
        cursor.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")
        return cursor.fetchone()[0]

    from haystack import connections as engines

    backend = engines["default"].get_backend()
    # The counted tokens (search.backends.postgres.models.TokenCount) are counted again after
    # the copy: kept by the triggers meanwhile, each copied row's tokens would be read.
    backend.count_tokens(share=0)
    with connection.cursor() as cursor:
        # The index table's GIN indexes are dropped during the copy and built again after it,
        # with memory to build in: kept, they made the copy take more than 15 minutes.
        cursor.execute("SET maintenance_work_mem = '1GB'")
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s AND indexdef LIKE "
            "'%%USING gin%%'",
            [SearchDocument._meta.db_table],
        )
        gin = cursor.fetchall()
        for name, _definition in gin:
            cursor.execute(f"DROP INDEX {name}")
        articles = span(cursor, Article._meta.db_table)
        for model in (Article, ArticlePlace, Byline, SearchDocument):
            table = model._meta.db_table
            own = span(cursor, table) if model._meta.pk.column == "id" else 0
            shifted = {
                "id": f"id + k * {own}",
                "article_id": f"article_id + k * {articles}",
                "position": f"position + k * {articles}",
            }
            columns = [f.column for f in model._meta.concrete_fields if not f.generated]
            select = ", ".join(shifted.get(c, f'"{c}"') for c in columns)
            names = ", ".join(f'"{c}"' for c in columns)
            cursor.execute(
                f"INSERT INTO {table} ({names}) SELECT {select} FROM {table}, "
                "generate_series(1, %s) k",
                [copies - 1],
            )
            if own:
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table}"
                )
            cursor.execute(f"ANALYZE {table}")
        for _name, definition in gin:
            cursor.execute(definition)
    backend.count_tokens()
    return Article.objects.count()


def _queries(pool) -> list[tuple[str, str]]:
    """(form, query) pairs chosen from the corpus pool, the same for the same corpus."""
    words = Counter()
    chars = Counter()
    for paragraph in pool.paragraphs:
        cut = {w for w, _, _ in dictionary.tokenize(paragraph)}
        words.update(w for w in cut if len(w) >= 2 and w.isalpha())
        chars.update(ch for ch in paragraph if "\u4e00" <= ch <= "\u9fff")
    common = [w for w, _ in words.most_common(PER_FORM)]
    rare = sorted((w for w, n in words.items() if n == 1 and len(w) >= 3), key=len)[-PER_FORM:]
    ranked_chars = [c for c, _ in chars.most_common()]
    singles = [ranked_chars[0], ranked_chars[len(ranked_chars) // 4], ranked_chars[-1]]
    rng = random.Random(7)
    phrases = []
    for paragraph in rng.sample(pool.paragraphs, PER_FORM):
        start = rng.randrange(max(1, len(paragraph) - 8))
        phrases.append(f'"{paragraph[start : start + 6]}"')
    names = pool.names[:PER_FORM]
    forms = zip(FORMS, (rare, common, names, singles, phrases), strict=True)
    return [(form, q) for form, qs in forms for q in qs]


def _time_queries(queries, repeat) -> tuple[dict[str, list[float]], list[str]]:
    """Milliseconds per query, `repeat` times each way, in query order (after one warm-up),
    and the queries the raw engine stopped at the search budget (timed until stopped, as a
    reader waits for "too broad")."""
    from django.test import Client
    from haystack import connections

    from search.budget import OverBudget, time_budget
    from search.query import PAGE_SIZE, parse, search

    client = Client()
    backend = connections["default"].get_backend()
    stopped = []

    def raw(q):
        try:
            with time_budget(settings.SEARCH_TIME_BUDGET):
                backend.archive_search(parse(q), {}, "relevance", 1, PAGE_SIZE)
        except OverBudget:
            stopped.append(q)

    def page(q):
        response = client.get(reverse("search"), {"q": q})
        assert response.status_code == 200, response.status_code

    def next_page(q):
        response = client.get(reverse("search"), {"q": q, "page": 2})
        assert response.status_code in (200, 404), response.status_code

    # A search result cache (Whoosh's) is emptied before each timed search: these are searches
    # nobody has made yet; "next page" times page 2 right after page 1, the cache's case.
    forget = getattr(backend, "forget_results", lambda: None)
    ways = {"raw engine": raw, "search()": search, "http request": page}
    timings = {way: [] for way in (*ways, NEXT_PAGE)}
    for _form, q in queries:
        for way, run in ways.items():
            run(q)  # warm-up: first use of this query's postings
            for _ in range(repeat):
                forget()
                start = time.perf_counter()
                run(q)
                timings[way].append((time.perf_counter() - start) * 1000)
        for _ in range(repeat):
            forget()
            page(q)
            start = time.perf_counter()
            next_page(q)
            timings[NEXT_PAGE].append((time.perf_counter() - start) * 1000)
    return timings, stopped


def _p95_limit(articles: int, p95_ms: float) -> int:
    """Articles at which an http p95 of p95_ms at this size reaches P95_LIMIT_MS, linearly,
    to two significant figures."""
    estimate = articles * P95_LIMIT_MS / max(p95_ms, 0.001)
    return int(float(f"{estimate:.2g}"))


def _by_form(timings, queries, repeat) -> dict[str, dict[str, list[float]]]:
    out = {}
    for way, samples in timings.items():
        out[way] = {form: [] for form in FORMS}
        for i, (form, _q) in enumerate(queries):
            out[way][form] += samples[i * repeat : (i + 1) * repeat]
    return out


def _p(samples, percent) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(percent / 100 * (len(ordered) - 1)))]


def _peak_mb() -> float:
    """This process's peak resident memory (VmHWM: ru_maxrss would include the parent's when
    this process was started by exec)."""
    try:
        status = Path("/proc/self/status").read_text()
        return int(status.split("VmHWM:")[1].split()[0]) / 1024
    except (OSError, IndexError, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _database_peak_mb() -> float:
    """Peak resident memory of this process's PostgreSQL backend, when it runs on this machine
    (0 for SQLite, or when its /proc entry cannot be read)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return 0.0
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        return int(status.split("VmHWM:")[1].split()[0]) / 1024
    except (OSError, IndexError, ValueError):
        return 0.0


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the indexing processes): a build
    rate that a busy machine does not distort."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _process_start() -> float:
    """perf_counter() value at this process's start (from /proc, else now)."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        age = uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        age = 0.0
    return time.perf_counter() - age
