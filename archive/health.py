"""GET /healthz: is the database answering and the search index readable? For probes.

The body also counts index updates not yet written: waiting for drain_index (queue mode,
index_queue), or left by an ingest killed before its index write (commit mode, index_pending)."""

import logging

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from haystack.query import SearchQuerySet

from search.models import IndexTask

log = logging.getLogger(__name__)


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_index() -> None:
    SearchQuerySet().all().count()


CHECKS = {"database": check_database, "index": check_index}


def run_checks() -> dict[str, str]:
    """ "ok" or "error: <exception class>" per part; the full error goes to the log."""
    status = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:
            log.exception("health check %s failed", name)
            status[name] = f"error: {type(error).__name__}"
        else:
            status[name] = "ok"
    return status


@never_cache
@require_GET
def healthz(request):
    """200 when every part is ok, else 503; the body names each part's state."""
    status = run_checks()
    healthy = all(value == "ok" for value in status.values())
    if status["database"] == "ok":
        # queue mode: updates waiting for drain_index; commit mode: articles an ingest stored
        # and did not index (killed before its index write), which the next ingest indexes
        key = "index_queue" if settings.SEARCH_INDEX_MODE == "queue" else "index_pending"
        try:
            status[key] = IndexTask.objects.count()
        except DatabaseError:  # a database not migrated yet: its tables say nothing
            log.exception("health check could not count %s", key)
    return JsonResponse(status, status=200 if healthy else 503)
