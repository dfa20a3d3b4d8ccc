"""The public reading side: home, places, articles, source pages, people, dates, feeds."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path, re_path, register_converter

from archive import feeds
from archive.sitemaps import SITEMAPS
from archive.views import api, articles, dates, discovery, home, pages, people, places


class IdConverter:
    """A database id: digits, short enough for a 64-bit integer (longer ones are 404s)."""

    regex = "[0-9]{1,18}"
    to_python = staticmethod(int)
    to_url = staticmethod(str)


register_converter(IdConverter, "id")

urlpatterns = [
    path("", home.home, name="home"),
    path("places/", places.place_index, name="place_index"),
    re_path(r"^places/(?P<code>[0-9]{6})/$", places.place_by_code, name="place_by_code"),
    path("places/<path:slugs>/", places.place_detail, name="place_detail"),
    path("articles/<id:pk>/", articles.article_detail, name="article_detail"),
    path("articles/<id:pk>/cite.ris", articles.article_ris, name="article_ris"),
    path("pages/<str:key>/", pages.source_page, name="source_page"),
    path("people/", people.person_index, name="person_index"),
    path("people/<id:pk>/", people.person_detail, name="person_detail"),
    path("people/name/<str:name>/", people.person_by_name, name="person_by_name"),
    path("dates/", dates.date_index, name="date_index"),
    path("dates/undated/", dates.undated, name="undated"),
    path("dates/undated/<int:month>/<int:day>/", dates.month_day, name="month_day"),
    path("dates/<int:year>/<int:month>/", dates.month_detail, name="month_detail"),
    path("dates/<int:year>/<int:month>/<int:day>/", dates.day_detail, name="day_detail"),
    path("feeds/latest/", feeds.LatestFeed(), name="feed_latest"),
    re_path(r"^feeds/places/(?P<code>[0-9]{6})/$", feeds.PlaceFeed(), name="feed_place"),
    path("feeds/people/<id:pk>/", feeds.PersonFeed(), name="feed_person"),
    path("feeds/search/", feeds.search_feed, name="feed_search"),
    path("api/articles/<id:pk>/", api.article, name="api_article"),
    path("api/pages/<id:pk>/", api.page, name="api_page"),
    re_path(r"^api/places/(?P<code>[0-9]{6})/$", api.place, name="api_place"),
    path("api/persons/<id:pk>/", api.person, name="api_person"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", discovery.robots_txt, name="robots_txt"),
    path("opensearch.xml", discovery.opensearch, name="opensearch"),
]
