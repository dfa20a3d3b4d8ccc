"""A request whose worker gunicorn kills still leaves its log line; with the search's time
budget on, the same query is answered in time and no worker is killed.

A real gunicorn on a throwaway data folder holding a flooded page (tests.load.run.flood_page).
"""

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.load.run import flood_page, free_port, wait_until_up

ROOT = Path(__file__).resolve().parents[2]
# Three long phrases over the flooded page: seconds each for Whoosh's phrase matching.
SLOW_QUERY = " ".join(["冰" * 16, "冰雪" * 8, "冰" * 24])
HOSTILE = "/api/search/?" + urllib.parse.urlencode({"q": SLOW_QUERY})


@pytest.fixture
def flooded(tmp_path):
    env = {
        **os.environ,
        "ARCHIVE_DATA_DIR": str(tmp_path / "data"),
        "DJANGO_SETTINGS_MODULE": "archive.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "timeout-test-" + "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "GUNICORN_WORKERS": "1",
        "GUNICORN_TIMEOUT": "2",
    }
    env.pop("DATABASE_URL", None)
    env.pop("ARCHIVE_SEARCH_ENGINE", None)
    for args in (["migrate", "--noinput", "-v0"], ["ingest", str(flood_page(tmp_path / "p"))]):
        subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)
    return env


def serve(env, budget: str):
    port = free_port()
    env = {**env, "ARCHIVE_SEARCH_BUDGET": budget, "GUNICORN_BIND": f"127.0.0.1:{port}"}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "archive/gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    wait_until_up(base, server)
    return server, base


def get(url) -> int | str:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError as error:
        return type(error).__name__


def stop(server) -> list[dict]:
    server.terminate()
    _, err = server.communicate(timeout=30)
    return [json.loads(line) for line in err.splitlines() if line.startswith("{")]


def test_a_request_whose_worker_is_killed_is_logged_as_killed(flooded):
    server, base = serve(flooded, budget="0")  # unbounded: the worker outlives its timeout
    get(base + HOSTILE)
    time.sleep(1)
    records = stop(server)
    killed = [r for r in records if r.get("status") == "killed"]
    assert [r["path"] for r in killed] == ["/api/search/"]
    assert killed[0]["duration_ms"] >= 2000


def test_with_the_budget_the_same_query_is_answered_and_no_worker_is_killed(flooded):
    server, base = serve(flooded, budget="1")
    status = get(base + HOSTILE)
    records = stop(server)
    assert status == 400  # "too broad", in time
    assert not [r for r in records if r.get("status") == "killed"]
