"""The search page and its JSON twin: both only read parameters and call search.query.search."""

import re
from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from archive.views.api import json_answer
from search.facets import filter_labels
from search.query import FILTERS, MULTI, PAGE_SIZE, search

PARAMS = ("q", *FILTERS, "sort")
# NUL and other control characters (bidi overrides too) mean nothing in a query and must never
# be echoed back into the page, the links or the JSON.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _params(request) -> dict:
    """The query, filters and sort of the request (not the page), in a fixed order; a filter
    that may be repeated (place) as the list of its values."""
    values = {
        name: [v for v in (_CONTROL.sub("", raw).strip() for raw in request.GET.getlist(name)) if v]
        for name in PARAMS
    }
    return {name: found if name in MULTI else found[0] for name, found in values.items() if found}


def _url(params: dict, drop: tuple[str, str] | None = None, **changes) -> str:
    """A shareable link: these params without the value `drop` names, with `changes` (a
    MULTI filter's value is added to its others) and on page 1 unless a page is given."""
    merged = {name: list(v) if name in MULTI else v for name, v in params.items()}
    if drop and drop[0] in MULTI:
        merged[drop[0]] = [v for v in merged.get(drop[0], []) if v != drop[1]]
    elif drop:
        merged.pop(drop[0], None)
    for name, value in changes.items():
        merged[name] = [*merged.get(name, []), value] if name in MULTI else value
    return "?" + urlencode({k: v for k, v in merged.items() if v != []}, doseq=True)


def _chosen(params: dict) -> list[tuple[str, str]]:
    """(filter, value) of every chosen filter value, in FILTERS order."""
    return [
        (name, value)
        for name in FILTERS
        if name in params
        for value in (params[name] if name in MULTI else [params[name]])
    ]


def search_page(request):
    params = _params(request)
    wanted = params.get("q") or any(name in params for name in FILTERS)  # a place's articles
    results = search(page=request.GET.get("page", 1), **params) if wanted else None
    if results and results.past_the_end:
        raise Http404(_("页码不存在：%(page)s") % {"page": results.page})
    for values in results.facets.values() if results else ():
        for value in values:
            key = (value.param, value.value)
            value.url = _url(params, key) if value.chosen else _url(params, **dict([key]))
    labels = filter_labels(params)
    context = {
        "results": results,
        "params": params,
        "active": [
            (name, value, labels[name, value], _url(params, (name, value)))
            for name, value in _chosen(params)
        ],
        "page_url": _url(params, page=""),  # the template appends the number
    }
    return render(request, "search/search.html", context)


def search_api(request):
    results = search(
        page=request.GET.get("page", 1),
        page_size=request.GET.get("page_size") or PAGE_SIZE,
        **_params(request),
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
                name: [{"value": v.value, "label": v.label, "count": v.count} for v in values]
                for name, values in results.facets.items()
            },
        }
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
