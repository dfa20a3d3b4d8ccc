"""The 500 page: the site's own, with its header and navigation, whenever that can render."""

import logging

from django.http import HttpResponseServerError
from django.template import loader

log = logging.getLogger(__name__)


def server_error(request):
    """Django's default renders 500.html without the request (no language switch, no csrf).

    Rendered with it here; if that fails too (the database or the URLconf is what broke), the
    bare page that needs neither.
    """
    try:
        body = loader.render_to_string("500.html", request=request)
    except Exception:
        log.exception("the 500 page failed to render; serving the bare one")
        body = loader.render_to_string("500_bare.html")
    return HttpResponseServerError(body)
