"""GET /healthz: is the database answering and the search index readable? For probes.

In queue mode the body also counts the index updates waiting for drain_index (index_queue)."""

import logging

from django.conf import settings
from django.db import connection
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
    if settings.SEARCH_INDEX_MODE == "queue" and status["database"] == "ok":
        status["index_queue"] = IndexTask.objects.count()
    return JsonResponse(status, status=200 if healthy else 503)
