"""Which search engine these tests run on: the site's own (ARCHIVE_SEARCH_ENGINE, default whoosh).

The query-behaviour tests are engine-neutral and run on whichever engine is configured; CI runs
them once on each. A test that only makes sense for one engine says why with only_on().
"""

import pytest
from django.conf import settings
from django.db import connection

ENGINE = settings.SEARCH_ENGINE
ON_POSTGRES = connection.vendor == "postgresql"


def only_on(engine: str, why: str):
    return pytest.mark.skipif(engine != ENGINE, reason=f"{engine} engine only: {why}")


needs_postgres = pytest.mark.skipif(
    not ON_POSTGRES, reason="needs PostgreSQL: set DATABASE_URL=postgres://…"
)
