"""sitemap.xml: every article, every place with articles, every person."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from archive.models import Article, Person, Place


class ArticleSitemap(Sitemap):
    limit = 5000

    def items(self):
        return Article.objects.order_by("pk").only("pk", "updated_at")

    def lastmod(self, item):
        return item.updated_at


class PlaceSitemap(Sitemap):
    def items(self):
        return Place.objects.with_article_counts()


class PersonSitemap(Sitemap):
    def items(self):
        return Person.objects.order_by("pk")


class StaticSitemap(Sitemap):
    def items(self):
        return ["home", "place_index", "person_index", "date_index"]

    def location(self, item):
        return reverse(item)


SITEMAPS = {
    "pages": StaticSitemap,
    "articles": ArticleSitemap,
    "places": PlaceSitemap,
    "people": PersonSitemap,
}
