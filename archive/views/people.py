"""Reporters and photographers: who wrote what, where."""

from django.shortcuts import get_object_or_404, redirect, render

from archive.charts import month_chart
from archive.models import Article, Person, Place
from archive.views.pagination import page_of

PLACES_SHOWN = 15


def person_index(request):
    page = page_of(request, Person.objects.with_article_counts(), per_page=60)
    return render(request, "archive/person_index.html", {"page": page})


def person_detail(request, pk: int):
    person = get_object_or_404(Person, pk=pk)
    articles = Article.objects.by_person(person)
    context = {
        "person": person,
        "roles": person.role_counts(),
        "places": Place.objects.covered_by(person)[:PLACES_SHOWN],
        "chart": month_chart(articles.month_counts()),
        "page": page_of(request, articles.listing()),
    }
    return render(request, "archive/person_detail.html", context)


def person_by_name(request, name: str):
    """Bylines print names, so links from elsewhere (search filters) can use them."""
    return redirect(get_object_or_404(Person, name=name))
