"""URLconfs with a view that fails, to see the 500 page a reader would get."""

from django.urls import path

from archive.urls import handler500
from archive.urls import urlpatterns as site_urls


def fail(request):
    raise RuntimeError("a bug in a view")


urlpatterns = [path("fail/", fail), *site_urls]


class Broken:
    """Only the failing view: the 500 page's links cannot resolve, so its fallback serves."""

    handler500 = handler500
    urlpatterns = [path("fail/", fail)]
