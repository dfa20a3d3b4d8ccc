"""The JSON API's records: an article (the export's shape), a source page, a place, a person.

A search lists a place's or a person's articles (search.views.search_api with only a filter);
these answer what one record is. Errors are JSON too, in the interface's language.
"""

from django.http import JsonResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from archive.export import article_record, place_record
from archive.models import Article, Person, Place, SourcePage


def json_answer(data: dict, status: int = 200) -> JsonResponse:
    """Real UTF-8 ("南岗区", not "\\u5357…"), answers and errors alike."""
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def not_found(message: str) -> JsonResponse:
    return json_answer({"error": message}, status=404)


def _absolute(request, path: str) -> str:
    return request.build_absolute_uri(path)


def _search_url(request, **filters) -> str:
    return _absolute(request, reverse("search_api") + "?" + urlencode(filters))


def article(request, pk: int):
    found = Article.objects.with_related().filter(pk=pk).first()
    if found is None:
        return not_found(_("没有编号为 %(id)s 的文章。") % {"id": pk})
    record = article_record(found)
    return json_answer({**record, "url": _absolute(request, record["url"])})


def page(request, pk: int):
    found = SourcePage.objects.filter(pk=pk).first()
    if found is None:
        return not_found(_("没有编号为 %(id)s 的版面。") % {"id": pk})
    articles = found.articles.order_by("position").only("pk", "position", "title", "page")
    return json_answer(
        {
            "id": found.pk,
            "url": _absolute(request, reverse("source_page", args=[found.pk])),
            "source": found.file_name,
            "paper": found.paper or None,
            "edition_date": found.edition_date.isoformat() if found.edition_date else None,
            "page_number": found.page_number,
            "articles": [
                {
                    "id": a.pk,
                    "position": a.position,
                    "title": a.title,
                    "api": _absolute(request, reverse("api_article", args=[a.pk])),
                }
                for a in articles
            ],
        }
    )


def place(request, code: str):
    found = Place.objects.select_related("parent__parent").filter(code=code).first()
    if found is None:
        return not_found(_("没有代码为 %(code)s 的地点。") % {"code": code})
    return json_answer(
        {
            **place_record(found),
            "url": _absolute(request, found.get_absolute_url()),
            "article_count": Article.objects.in_place(found).count(),
            "articles": _search_url(request, place=found.code, sort="date"),
        }
    )


def person(request, pk: int):
    found = Person.objects.filter(pk=pk).first()
    if found is None:
        return not_found(_("没有编号为 %(id)s 的人。") % {"id": pk})
    return json_answer(
        {
            "id": found.pk,
            "name": found.name,
            "url": _absolute(request, found.get_absolute_url()),
            "roles": [{"role": role, "count": n} for role, n in found.role_counts()],
            "article_count": Article.objects.by_person(found).count(),
            "articles": _search_url(request, person=found.name, sort="date"),
        }
    )
