"""GET /healthz tells a probe whether the database and the search index answer."""

import json
import os
import subprocess
import sys

from django.conf import settings

PROBE = (
    "import django, json; django.setup(); from django.test import Client; "
    "r = Client().get('/healthz'); print(r.status_code, json.dumps(r.json()))"
)


def probe(data_dir, **env) -> tuple[int, dict]:
    """/healthz as a fresh process configured by these environment variables answers it."""
    env = {
        **os.environ,
        "ARCHIVE_DATA_DIR": str(data_dir),
        "DJANGO_SETTINGS_MODULE": "archive.settings",
        "DJANGO_ALLOWED_HOSTS": "testserver",
        **env,
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=settings.BASE_DIR,
    )
    status, body = result.stdout.strip().split(" ", 1)
    return int(status), json.loads(body)


def test_healthy_site_reports_every_part_ok(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "index": "ok", "index_pending": 0}


def test_an_unwritable_index_makes_the_health_check_fail_naming_the_index(tmp_path):
    (tmp_path / "whoosh_index").write_text("a file where the index folder should be")
    assert probe(tmp_path, DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}") == (
        503,
        {"database": "ok", "index": "error: NotADirectoryError"},
    )


def test_an_unreachable_database_makes_the_health_check_fail_naming_the_database(tmp_path):
    missing = tmp_path / "missing" / "db.sqlite3"
    assert probe(tmp_path, DATABASE_URL=f"sqlite:///{missing}") == (
        503,
        {"database": "error: OperationalError", "index": "ok"},
    )
