"""The front page: what the archive holds and where to start reading."""

from django.shortcuts import render

from archive.charts import month_chart
from archive.models import Article, Person, Place, SourcePage

TOP_CITIES = 12
LATEST = 10


def home(request):
    places = Place.objects.with_article_counts()
    cities = [place for place in places if place.level == Place.Level.CITY]
    cities.sort(key=lambda place: (-place.article_count, place.code))
    context = {
        "article_count": Article.objects.count(),
        "page_count": SourcePage.objects.count(),
        "place_count": len(places),
        "person_count": Person.objects.count(),
        "date_range": Article.objects.date_range(),
        "undated_count": Article.objects.undated().count(),
        "cities": cities[:TOP_CITIES],
        "latest": Article.objects.listing()[:LATEST],
        "chart": month_chart(Article.objects.month_counts()),
    }
    return render(request, "archive/home.html", context)
