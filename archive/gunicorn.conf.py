"""gunicorn settings for `make serve`; each can be overridden from the environment.

GUNICORN_BIND     address to listen on (default 127.0.0.1:8000; behind a proxy keep it local)
GUNICORN_WORKERS  worker processes (default 2 x CPUs + 1)
GUNICORN_TIMEOUT  seconds before a silent worker is restarted (default 30)
"""

import multiprocessing
import os

wsgi_app = "archive.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS") or multiprocessing.cpu_count() * 2 + 1)
timeout = int(os.environ.get("GUNICORN_TIMEOUT") or 30)
graceful_timeout = timeout
max_requests = 2000  # recycle workers now and then, so a slow leak never grows unbounded
max_requests_jitter = 200
accesslog = None  # archive.middleware.RequestLogMiddleware logs each request as JSON
errorlog = "-"
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# gunicorn's control socket defaults to ~/.gunicorn/: everything the site writes stays in
# ARCHIVE_DATA_DIR, and nothing here uses the control interface.
control_socket_disable = True


def worker_abort(worker):
    """A worker killed on its timeout logs the request it was serving (archive.middleware)."""
    from archive.middleware import log_unfinished

    log_unfinished()
