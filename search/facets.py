"""Facets: what the matching articles contain (place, person, year/month, kind), with counts.

They are counted by the same Whoosh search that finds the hits (groupedby), from the fields'
columns: `places` holds each article's place codes *and their ancestors'*, so a province or city
counts every article about it or anywhere inside it.
"""

from collections import Counter
from dataclasses import dataclass

from whoosh import sorting

from archive.models import Article, Place

MAX_VALUES = 20  # per facet: the most frequent values

# facet name (the URL parameter it sets) -> Whoosh field
FIELDS = {"place": "places", "person": "persons", "month": "year_month", "kind": "kind"}


@dataclass
class FacetValue:
    param: str  # the URL parameter a link sets: place, person, year, month, kind
    value: str
    label: str
    count: int
    depth: int = 0  # places: 0 province, 1 city, 2 county (for indentation)
    url: str = ""  # set by the view: the current URL with this filter added


def groupedby() -> sorting.Facets:
    facets = sorting.Facets()
    for name, fieldname in FIELDS.items():
        overlap = name in ("place", "person")  # an article has several
        facets.add_facet(
            name, sorting.FieldFacet(fieldname, allow_overlap=overlap, maptype=sorting.Count)
        )
    return facets


def _counts(found, name) -> Counter:
    """{value: count} of one facet, values as text, empty values dropped."""
    groups = found.groups(name)
    return Counter({(k.decode() if isinstance(k, bytes) else k): n for k, n in groups.items() if k})


def _top(counts: Counter, n: int = MAX_VALUES) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


def read_facets(found, filters: dict[str, str]) -> dict[str, list[FacetValue]]:
    """The facet values of a grouped Whoosh result, minus those every hit already shares."""
    return {
        "place": _places(_counts(found, "place"), filters.get("place", "")),
        "person": [
            FacetValue("person", name, name, n)
            for name, n in _top(_counts(found, "person"))
            if name != filters.get("person")
        ],
        **_dates(_counts(found, "month"), filters),
        "kind": [
            FacetValue("kind", kind, Article.Kind(kind).label, n)
            for kind, n in _top(_counts(found, "kind"))
            if kind in Article.Kind.values and kind != filters.get("kind")
        ],
    }


def _places(counts: Counter, active: str) -> list[FacetValue]:
    """The most frequent places (one query for their names), in tree order by code, without
    the filtered place and its ancestors (every hit has those)."""
    top = dict(_top(counts, MAX_VALUES + 3))  # + the filtered place and its two ancestors
    places = [
        p
        for p in Place.objects.filter(code__in=top)
        if not (active and active.startswith(p.code_prefix))
    ]
    places = sorted(places, key=lambda p: -top[p.code])[:MAX_VALUES]
    depth = {Place.Level.PROVINCE: 0, Place.Level.CITY: 1, Place.Level.COUNTY: 2}
    return [
        FacetValue("place", p.code, p.name, top[p.code], depth[p.level])
        for p in sorted(places, key=lambda p: p.code)
    ]


def _dates(months: Counter, filters) -> dict[str, list[FacetValue]]:
    """Years always; the months of the chosen year (or of the only year there is)."""
    years = Counter()
    for month, n in months.items():
        years[month[:4]] += n
    year = filters.get("year") or (next(iter(years)) if len(years) == 1 else "")
    return {
        "year": [
            FacetValue("year", y, f"{y}年", n)
            for y, n in sorted(years.items(), reverse=True)
            if y != filters.get("year")
        ],
        "month": [
            FacetValue("month", m, f"{int(m[5:])}月", n)
            for m, n in sorted(months.items())
            if year and m.startswith(year) and m != filters.get("month")
        ],
    }
