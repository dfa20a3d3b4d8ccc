"""One log line per request: method, path, status, duration and database query count; and one
for a request whose worker was killed before it answered."""

import logging
import threading
import time

from django.db import connections

log = logging.getLogger("archive.requests")


class RequestLogMiddleware:
    """Outermost middleware, so the duration covers the whole response (and any 500)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        queries = _QueryCounter()
        _in_flight[threading.get_ident()] = (request.method, request.path, started)
        try:
            with connections["default"].execute_wrapper(queries):
                response = self.get_response(request)
        finally:
            _in_flight.pop(threading.get_ident(), None)
        log.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "queries": queries.count,
            },
        )
        return response


_in_flight: dict[int, tuple[str, str, float]] = {}  # thread -> (method, path, started)


def log_unfinished() -> None:
    """A line for each request a killed worker never answered (gunicorn's worker_abort hook,
    on its timeout), so that no request goes unlogged however it ends."""
    for method, path, started in list(_in_flight.values()):
        log.error(
            "%s %s killed",
            method,
            path,
            extra={
                "method": method,
                "path": path,
                "status": "killed",
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
            },
        )


class _QueryCounter:
    """A database execute wrapper that only counts (no SQL kept, unlike DEBUG's query log)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)
