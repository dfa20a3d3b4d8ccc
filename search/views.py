"""The search page and its JSON twin: both only read parameters and call search.query.search."""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from archive.views.api import json_answer
from search.facets import filter_labels
from search.params import chosen, read, url
from search.query import FILTERS, PAGE_SIZE, search
from search.suggestions import suggest


def search_page(request):
    params = read(request)
    wanted = params.get("q") or any(name in params for name in FILTERS)  # a place's articles
    results = search(page=request.GET.get("page", 1), **params) if wanted else None
    if results and results.past_the_end:
        raise Http404(_("页码不存在：%(page)s") % {"page": results.page})
    for values in results.facets.values() if results else ():
        for value in values:
            key = (value.param, value.value)
            value.url = url(params, key) if value.chosen else url(params, **dict([key]))
    labels = filter_labels(params)
    empty = results is not None and not results.error and not results.count
    context = {
        "suggestions": suggest(params, chosen(params), labels) if empty else [],
        "results": results,
        "params": params,
        "active": [
            (name, value, labels[name, value], url(params, (name, value)))
            for name, value in chosen(params)
        ],
        "page_url": url(params, page=""),  # the template appends the number
        "date_form": [(k, v) for k, v in chosen(params) if k not in ("from", "to")],
    }
    for suggestion in context["suggestions"]:
        suggestion.url = url(suggestion.params)
    return render(request, "search/search.html", context)


def search_api(request):
    results = search(
        page=request.GET.get("page", 1),
        page_size=request.GET.get("page_size") or PAGE_SIZE,
        **read(request),
    )
    if results.error:
        return json_answer({"error": results.error}, status=400)
    if results.past_the_end:
        return json_answer({"error": _("page：页码不存在：%(page)s") % {"page": results.page}}, 404)
    return json_answer(
        {
            "count": results.count,
            "page": results.page,
            "num_pages": results.num_pages,
            "page_size": results.page_size,
            "results": [_hit_json(request, hit) for hit in results.hits],
            "facets": {
                name: [_facet_json(v) for v in values] for name, values in results.facets.items()
            },
        }
    )


def _facet_json(value) -> dict:
    """A chosen place (places are OR-ed, so the tree keeps them) says so, and so does a count
    estimated from a sample of many matches (rounded)."""
    marks = {"chosen": value.chosen, "estimated": value.estimated}
    return {
        "value": value.value,
        "label": value.label,
        "count": value.count,
        **{mark: True for mark, on in marks.items() if on},
    }


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
