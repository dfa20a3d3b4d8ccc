"""What a fresh server process does before it takes its first request.

A new gunicorn worker otherwise pays, inside its first request, for importing the views behind
the URLconf, compiling the site's templates and opening the search index (Whoosh reads every
segment's term table): about 2-3x a warm request. wsgi.py calls warm_up() once per process.
"""

import logging
from pathlib import Path

from django.conf import settings
from django.template.loader import get_template
from django.urls import get_resolver

log = logging.getLogger(__name__)


def warm_up() -> None:
    get_resolver().url_patterns  # noqa: B018 - importing every view module is the point
    for folder in settings.TEMPLATES[0]["DIRS"]:
        for path in sorted(Path(folder).rglob("*.html")):
            get_template(path.relative_to(folder).as_posix())
    _open_search_index()


def _open_search_index() -> None:
    """The engine's searcher, opened now (engines without a warm_up hook skip this). A broken
    index must not keep the browsing pages down: it is logged and search reports it later."""
    from haystack import connections

    warm = getattr(connections["default"].get_backend(), "warm_up", None)
    try:
        if warm is not None:
            warm()
    except Exception as error:
        log.error("The search index could not be opened at start: %s", error)
