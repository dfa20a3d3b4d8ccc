"""The search page and its JSON twin: both only read parameters and call search.query.search."""

from django.http import JsonResponse
from django.shortcuts import render

from search.query import search

PARAMS = ("q", "place", "person", "page", "sort")


def _params(request) -> dict:
    return {name: request.GET.get(name, "") for name in PARAMS if request.GET.get(name)}


def search_page(request):
    params = _params(request)
    results = search(**{"q": "", **params}) if params.get("q") else None
    keep = {k: v for k, v in params.items() if k != "page"}
    return render(request, "search/search.html", {"results": results, "params": keep})


def search_api(request):
    results = search(**{"q": "", **_params(request)})
    if results.error:
        return JsonResponse({"error": results.error}, status=400)
    return JsonResponse(
        {
            "count": results.count,
            "count_exact": results.count_exact,
            "page": results.page,
            "num_pages": results.num_pages,
            "results": [_hit_json(request, hit) for hit in results.hits],
        },
        json_dumps_params={"ensure_ascii": False},
    )


def _hit_json(request, hit) -> dict:
    article = hit.article
    return {
        "id": article.pk,
        "title": article.title,
        "url": request.build_absolute_uri(article.get_absolute_url()),
        "snippet": str(hit.snippet),
        "date": article.date.isoformat() if article.date else None,
        "places": [ap.place.name for ap in article.article_places.all()],
        "bylines": [str(b) for b in article.bylines.all()],
    }
