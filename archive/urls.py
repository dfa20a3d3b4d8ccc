"""Root URLs: the admin, search (under search/) and the public pages (archive/views/urls.py)."""

from django.contrib import admin
from django.urls import include, path

from archive import health

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", health.healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("search.urls")),
    path("", include("archive.views.urls")),
]

handler500 = "archive.views.errors.server_error"
