"""Facets: what the matching articles contain (place, person, year/month, kind), with counts.

The engine counts them (search.contract: {facet: {value: count}} over every match); this module
names and orders them, and rounds the counts an engine estimated from a sample of the matches
(search.contract) to two significant figures, marked as estimates. `places` holds each
article's place codes *and their ancestors'*, so a province or city counts every article about
it or anywhere inside it.
"""

from collections import Counter
from dataclasses import dataclass

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from archive.models import Article, Place

MAX_VALUES = 20  # per facet: the most frequent values


@dataclass
class FacetValue:
    param: str  # the URL parameter a link sets: place, person, year, month, kind
    value: str
    label: str
    count: int
    depth: int = 0  # places: 0 province, 1 city, 2 county (for indentation)
    url: str = ""  # set by the view: the current URL with this value added (removed if chosen)
    chosen: bool = False  # places: already a filter (the tree keeps it, to take it off)
    estimated: bool = False  # count is an estimate, rounded

    @property
    def shown(self) -> str:
        """The count as the page shows it: an estimate as 约 1.2 万 (about 12,000)."""
        if not self.estimated:
            return str(self.count)
        if self.count >= 10_000 and get_language().startswith("zh"):
            number = f"{self.count / 10_000:g} 万"
        else:
            number = f"{self.count:,}"
        return _("约 %(number)s") % {"number": number}


def rounded(n: int) -> int:
    """n to two significant figures: an estimate's precision."""
    return round(n, 2 - len(str(n)))


def _top(counts: Counter, n: int = MAX_VALUES) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


# The facets shown -> the engine's facet (search.contract.FACETS) their counts come from.
SOURCES = {"place": "place", "person": "person", "year": "month", "month": "month", "kind": "kind"}


def label_facets(
    counts: dict[str, dict], filters: dict[str, str], estimated: set[str] = frozenset()
) -> dict[str, list[FacetValue]]:
    """The engine's facet counts as labelled values, minus those every hit already shares;
    those of the engine's facets in `estimated` rounded and marked as estimates."""
    counts = {name: Counter(counts.get(name, {})) for name in ("place", "person", "month", "kind")}
    facets = {
        "place": _places(counts["place"], filters.get("place", [])),
        "person": [
            FacetValue("person", name, name, n)
            for name, n in _top(counts["person"])
            if name != filters.get("person")
        ],
        **_dates(counts["month"], filters),
        "kind": [
            FacetValue("kind", kind, Article.Kind(kind).label, n)
            for kind, n in _top(counts["kind"])
            if kind in Article.Kind.values and kind != filters.get("kind")
        ],
    }
    for name, values in facets.items():
        if SOURCES[name] in estimated:
            for value in values:
                value.count, value.estimated = rounded(value.count), True
    return facets


def _places(counts: Counter, chosen: list[str]) -> list[FacetValue]:
    """The most frequent places and the chosen ones (one query for their names) as a tree:
    province, its cities, their counties, by code. A place is counted with its ancestors, so
    they are at least as frequent and come along (ties go to the shorter code's ancestor).

    counts come from the search without the place filter (search.query), so each count is what
    that place adds: places are OR-ed, and every hit would otherwise share a chosen one's.
    """
    top = dict(_top(counts))
    codes = {*top, *chosen}
    depth = {Place.Level.PROVINCE: 0, Place.Level.CITY: 1, Place.Level.COUNTY: 2}
    return [
        FacetValue(
            "place", p.code, p.name, counts.get(p.code, 0), depth[p.level], chosen=p.code in chosen
        )
        for p in Place.objects.filter(code__in=codes)  # ordered by code: tree order
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


def filter_labels(filters: dict) -> dict[tuple[str, str], str]:
    """What each chosen filter value's chip shows, by (name, value): a place's path from its
    province (one query), the kind's label, a date range's end with its side, the others
    their value."""
    labels = {
        (name, value): value
        for name, values in filters.items()
        for value in (values if isinstance(values, list) else [values])
    }
    if filters.get("place"):
        places = Place.objects.filter(code__in=filters["place"]).select_related("parent__parent")
        labels.update({("place", p.code): " › ".join(p.path_names()) for p in places})
    if filters.get("kind") in Article.Kind.values:
        labels["kind", filters["kind"]] = Article.Kind(filters["kind"]).label
    for name, label in (("from", _("%(date)s 起")), ("to", _("至 %(date)s"))):
        if name in filters:
            labels[name, filters[name]] = label % {"date": filters[name]}
    return labels
