"""A search's parameters as the pages and links carry them: read, changed, listed.

A dict of q, the filters and sort in a fixed order; a MULTI filter (place) is the list of its
values, the others one value each. Links made from it are shareable and start on page 1.
"""

import re
from urllib.parse import urlencode

from search.query import FILTERS, MULTI

PARAMS = ("q", *FILTERS, "sort")
# NUL and other control characters (bidi overrides too) mean nothing in a query and must never
# be echoed back into the page, the links or the JSON.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def read(request) -> dict:
    """The query, filters and sort of the request (not the page)."""
    values = {
        name: [v for v in (_CONTROL.sub("", raw).strip() for raw in request.GET.getlist(name)) if v]
        for name in PARAMS
    }
    return {name: found if name in MULTI else found[0] for name, found in values.items() if found}


def changed(params: dict, drop: tuple[str, str] | None = None, **changes) -> dict:
    """These params without the value `drop` names, with `changes` (a MULTI filter's value is
    added to its others, any other replaces its value)."""
    merged = {name: list(v) if name in MULTI else v for name, v in params.items()}
    if drop and drop[0] in MULTI:
        merged[drop[0]] = [v for v in merged.get(drop[0], []) if v != drop[1]]
    elif drop:
        merged.pop(drop[0], None)
    for name, value in changes.items():
        merged[name] = [*merged.get(name, []), value] if name in MULTI else value
    return {name: value for name, value in merged.items() if value != []}


def url(params: dict, drop: tuple[str, str] | None = None, **changes) -> str:
    """A shareable link (a query string) to changed(params, drop, **changes)."""
    return "?" + urlencode(changed(params, drop, **changes), doseq=True)


def chosen(params: dict) -> list[tuple[str, str]]:
    """(filter, value) of every chosen filter value, in FILTERS order."""
    return [
        (name, value)
        for name in FILTERS
        if name in params
        for value in (params[name] if name in MULTI else [params[name]])
    ]
