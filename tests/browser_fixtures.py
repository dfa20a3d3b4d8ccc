"""Real-browser fixtures (Debian's chromium via Playwright), shared by tests/browse and tests/admin.

Loaded once for the whole suite by tests/conftest.py (pytest_plugins), so one browser serves
the session. A test that needs the browser is skipped only when /usr/bin/chromium is missing
outside CI; under CI=true it must run, so it fails instead.
"""

import importlib
import os
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command
from playwright.sync_api import sync_playwright

from archive.models import Place

load_places = importlib.import_module("archive.migrations.0002_load_places").load_places

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 375, "height": 812}}


@pytest.fixture(scope="session")
def browser():
    """One browser for the session. Playwright's sync API runs an event loop in this thread,
    which Django would take for async code; the ORM calls here are ordinary sync test code."""
    if not CHROMIUM.exists():
        message = f"browser tests need {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def site(live_server):
    """The seed pages, ingested and indexed, served by the live server."""
    if not Place.objects.exists():  # the live server's transactional tests end with a flush
        load_places(apps, schema_editor=None)
    call_command("ingest", "fixtures/pages", stdout=StringIO(), stderr=StringIO())
    call_command("rebuild_index", interactive=False, verbosity=0)
    return live_server.url


@pytest.fixture
def tab(browser):
    """A desktop-sized zh-CN tab in a fresh context (no cookies)."""
    context = browser.new_context(locale="zh-CN", viewport=VIEWPORTS["desktop"])
    yield context.new_page()
    context.close()
