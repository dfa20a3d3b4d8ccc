"""Search served from a streaming replica: an edit committed on the primary becomes findable
through the replica once it has replayed the WAL (it is polled for a few seconds).

Needs DATABASE_REPLICA_URL naming a real standby of DATABASE_URL's server (.ci/replica starts
one on 127.0.0.1:5433); the searches then read the index table there (a database router).
"""

import time

import pytest
from django.conf import settings
from django.db import OperationalError, connections
from django.test.utils import CaptureQueriesContext

from search import result_cache
from search.query import search
from tests.search.engines import only_on

pytestmark = [
    only_on("postgres", "Whoosh's index is a folder on one machine"),
    pytest.mark.skipif(
        "replica" not in settings.DATABASES,
        reason="needs DATABASE_REPLICA_URL: a streaming replica of DATABASE_URL (.ci/replica)",
    ),
    pytest.mark.django_db(transaction=True, databases=["default", "replica"]),
]
REPLAY_SECONDS = 15


def found_after_replay(q, expected: list[int]) -> list[int]:
    """search(q)'s pks once they are `expected`, or what they still are after REPLAY_SECONDS."""
    deadline = time.monotonic() + REPLAY_SECONDS
    while True:
        pks = [hit.article.pk for hit in search(q).hits]
        if pks == expected or time.monotonic() > deadline:
            return pks
        time.sleep(0.05)


@pytest.fixture(autouse=True)
def replica_has_the_test_database():
    """The test database is created on the primary just before the tests; the standby has it
    only once it has replayed that, which on a loaded machine is not instant."""
    replica = connections["replica"]
    deadline = time.monotonic() + REPLAY_SECONDS
    while True:
        try:
            replica.ensure_connection()
            return
        except OperationalError:
            replica.close()
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_the_replica_is_a_read_only_standby_of_the_primary():
    with connections["replica"].cursor() as cursor:
        cursor.execute("SELECT pg_is_in_recovery(), current_database()")
        standby, name = cursor.fetchone()
    assert standby is True
    assert name == connections["default"].settings_dict["NAME"]
    where = {alias: connections[alias].settings_dict for alias in ("default", "replica")}
    assert (where["default"]["HOST"], where["default"]["PORT"]) != (
        where["replica"]["HOST"],
        where["replica"]["PORT"],
    )


def test_an_edit_on_the_primary_is_found_through_search_served_by_the_replica(make_article):
    article = make_article("松花江开江", "江面冰排涌动。")  # committed on the primary
    assert found_after_replay("开江", [article.pk]) == [article.pk]
    result_cache.results.clear()  # found_after_replay's search may be cached: ask the replica again
    with CaptureQueriesContext(connections["replica"]) as on_replica:
        search("开江")
    assert any("search_postgres_document" in q["sql"] for q in on_replica.captured_queries)

    article.title = "松花江流凌"
    article.save()
    assert found_after_replay("流凌", [article.pk]) == [article.pk]
    assert found_after_replay("开江", []) == []
