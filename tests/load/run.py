"""Bounded load test: a local gunicorn serves mixed reads while an editor saves and an ingest runs.

    python -m tests.load.run [--duration 20] [--clients 8] [--max-requests 20000]

Uses a throwaway ARCHIVE_DATA_DIR (SQLite) unless DATABASE_URL is set. Prints requests/s,
p50/p95/p99 latency and errors; then checks every edit is stored and found by the search API.
Exits 1 on any error or any edit not stored or not searchable.
"""

import argparse
import itertools
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QUERIES = ["哈尔滨", "志愿服务", "疫情 防控", '"南岗区"', "冰雪 OR 冬泳", "社区 -道里区", "记者"]
# Built to be expensive over the flooded page (flood_page): each must answer 200 or a 400 that
# says why, never hang a worker until gunicorn kills it.
HOSTILE = [
    "冰" * 200,
    "冰 " * 100,
    '"' + "冰 " * 60 + '"',
    "冰冰冰冰冰冰冰冰",
    "冰雪冰雪冰雪冰雪 OR 雪冰雪冰雪冰",
    " ".join("冰雪"[n % 2] * (n + 1) for n in range(12)),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(*args, env):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def wait_until_up(base: str, server: subprocess.Popen) -> None:
    for _ in range(300):
        if server.poll() is not None:
            raise SystemExit("gunicorn exited before serving")
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2)
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("gunicorn did not answer /healthz within 30 s")


class Client(threading.Thread):
    """Issues mixed GETs until the deadline or the shared request budget runs out."""

    def __init__(self, base, article_ids, deadline, budget, results):
        super().__init__(daemon=True)
        self.base, self.ids, self.deadline, self.budget, self.results = (
            base,
            article_ids,
            deadline,
            budget,
            results,
        )
        self.rng = random.Random()

    def url(self) -> str:
        roll = self.rng.random()
        if roll < 0.03:
            return "/api/search/?" + urllib.parse.urlencode({"q": self.rng.choice(HOSTILE)})
        if roll < 0.4:
            return "/search/?" + urllib.parse.urlencode({"q": self.rng.choice(QUERIES)})
        if roll < 0.6:
            return "/api/search/?" + urllib.parse.urlencode({"q": self.rng.choice(QUERIES)})
        if roll < 0.95:
            return f"/articles/{self.rng.choice(self.ids)}/"
        return "/healthz"

    def run(self):
        while time.monotonic() < self.deadline and next(self.budget, None) is not None:
            path = self.url()
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(self.base + path, timeout=30) as response:
                    response.read()
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            except OSError as error:
                status = f"{type(error).__name__}"
            self.results.append((path, status, time.perf_counter() - started))


def edit_articles(deadline, edits: dict) -> None:
    """The editor: saves a new title (marked edited) every 0.2 s, each in its own transaction."""
    from django.db import transaction

    from archive.models import Article

    ids = list(Article.objects.values_list("pk", flat=True))
    for n in itertools.count(1):
        if time.monotonic() >= deadline:
            return
        with transaction.atomic():
            article = Article.objects.select_for_update().get(pk=random.choice(ids))
            article.title = f"负载编辑第{n}号稿"
            article.edited_fields = sorted({*article.edited_fields, "title"})
            article.save()
        edits[article.pk] = article.title
        time.sleep(0.2)


def new_pages(folder: Path, copies: int) -> Path:
    """Copies of the fixture pages under new names: an ingest with real work to do."""
    folder.mkdir()
    for n in range(copies):
        for page in sorted((ROOT / "fixtures" / "pages").glob("*.txt")):
            shutil.copy(page, folder / f"load{n:03d}_{page.name}")
    return folder


def flood_page(folder: Path) -> Path:
    """A page of a quarter megabyte of 冰 and 雪, as a failed OCR run leaves: one article on
    which Whoosh's phrase matching runs for seconds unless the search's budget stops it."""
    folder.mkdir()
    rng = random.Random(1)
    text = "".join(rng.choice(["冰", "冰", "冰雪", "冰 ", "雪"]) for _ in range(120_000))
    (folder / "flood.txt").write_text("## 冰\n\n" + text + "\n", encoding="utf-8")
    return folder


def _failed(path: str, status) -> bool:
    """A hostile query may be refused (400, with its reason); nothing may fail or time out."""
    return status != 200 and not (status == 400 and path in HOSTILE_PATHS)


HOSTILE_PATHS = {"/api/search/?" + urllib.parse.urlencode({"q": q}) for q in HOSTILE}


def percentile(values, q) -> float:
    return statistics.quantiles(values, n=100)[q - 1] * 1000 if len(values) > 1 else 0.0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=20.0, help="seconds of load")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--max-requests", type=int, default=20000)
    args = parser.parse_args(argv)

    data = Path(tempfile.mkdtemp(prefix="archive-load-"))
    port = free_port()
    env = {
        **os.environ,
        "ARCHIVE_DATA_DIR": str(data),
        "DJANGO_SETTINGS_MODULE": "archive.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "load-test-" + "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": str(args.workers),
    }
    os.environ.update(env)
    if env.get("DATABASE_URL"):
        manage("flush", "--noinput", env=env)
    manage("migrate", "--noinput", "-v0", env=env)
    manage("ingest", "fixtures/pages", str(flood_page(data / "flood")), "-v0", env=env)
    manage("rebuild_index", "--noinput", "-v0", env=env)
    manage("collectstatic", "--noinput", "-v0", env=env)

    import django

    django.setup()
    from archive.models import Article

    ids = list(Article.objects.values_list("pk", flat=True))
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "archive/gunicorn.conf.py"], cwd=ROOT, env=env
    )
    try:
        wait_until_up(base, server)
        deadline = time.monotonic() + args.duration
        budget = iter(range(args.max_requests))
        results, edits = [], {}
        ingest = subprocess.Popen(
            [sys.executable, "manage.py", "ingest", str(new_pages(data / "new", 10)), "-v0"],
            cwd=ROOT,
            env=env,
        )
        clients = [Client(base, ids, deadline, budget, results) for _ in range(args.clients)]
        editor = threading.Thread(target=edit_articles, args=(deadline, edits))
        started = time.perf_counter()
        for thread in [*clients, editor]:
            thread.start()
        for thread in [*clients, editor]:
            thread.join()
        elapsed = time.perf_counter() - started
        ingest_status = ingest.wait(timeout=300)
        unsearchable = unfound_edits(base, edits)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return report(results, elapsed, edits, unsearchable, ingest_status)


def unfound_edits(base, edits) -> list[int]:
    """Edits whose stored title differs, or that the search API does not find by title."""
    from archive.models import Article

    stored = dict(Article.objects.filter(pk__in=edits).values_list("pk", "title"))
    bad = []
    for pk, title in edits.items():
        query = urllib.parse.urlencode({"q": f'"{title}"'})
        with urllib.request.urlopen(f"{base}/api/search/?{query}", timeout=30) as response:
            found = [hit["id"] for hit in json.load(response)["results"]]
        if stored.get(pk) != title or pk not in found:
            bad.append(pk)
    return bad


def report(results, elapsed, edits, unsearchable, ingest_status) -> int:
    latencies = [seconds for _, status, seconds in results]
    errors = [(path, status) for path, status, _ in results if _failed(path, status)]
    hostile = [(status, seconds) for path, status, seconds in results if path in HOSTILE_PATHS]
    print(
        f"requests {len(results)} in {elapsed:.1f} s = {len(results) / elapsed:.1f}/s; "
        f"p50 {percentile(latencies, 50):.0f} ms, p95 {percentile(latencies, 95):.0f} ms, "
        f"p99 {percentile(latencies, 99):.0f} ms; errors {len(errors)}"
    )
    print(
        f"hostile queries {len(hostile)}: refused as too broad or too long "
        f"{sum(status == 400 for status, _ in hostile)}, slowest "
        f"{max((seconds for _, seconds in hostile), default=0):.1f} s; worker timeouts "
        f"{sum(not isinstance(status, int) or status >= 500 for status, _ in hostile)}"
    )
    print(
        f"edits {len(edits)}, not stored or not searchable {len(unsearchable)}; "
        f"concurrent ingest exit status {ingest_status}"
    )
    for path, status in errors[:10]:
        print(f"error: {status} {path}")
    return 0 if not errors and not unsearchable and ingest_status == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
