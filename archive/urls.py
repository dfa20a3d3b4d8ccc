"""Root URLs: the admin and the article permalinks (search adds its own under search/)."""

from django.contrib import admin
from django.urls import include, path

from archive import views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("articles/<int:pk>/", views.article_detail, name="article_detail"),
    path("", include("search.urls")),
]
