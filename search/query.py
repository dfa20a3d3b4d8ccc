"""The one search seam: the HTML view, the API and the tests all call search().

Query language (full-width spaces, quotes and minus signs work like ASCII ones):
  雪 网格化管理        every word must match (each as a substring: 雪 finds 冰雪)
  冰雪 OR 冬泳         either (OR, or |, binds tighter than the implicit AND)
  "网格化 管理"        an exact phrase
  -道里区              leave out articles that match
Filters: place (codes, any of them; their sub-places match too), person, kind, year, month,
from and to (a year, a month or a day, inclusive).

This module only reads the query into search.contract's engine-neutral ParsedQuery and checks
the filters; the backend HAYSTACK_CONNECTIONS names does the searching (its archive_search, or
haystack's SearchQuerySet when it has none). Switching engines is a settings change.
"""

import logging
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from haystack import connections

from archive.models import Article, Person, Place
from search.budget import OverBudget, time_budget
from search.contract import FACETS, EngineResults, ParsedQuery, Term
from search.date_bounds import bound
from search.facets import FacetValue, label_facets
from search.haystack_search import haystack_search
from search.normalize import query_marks
from search.snippets import snippet
from search.terms import units

MAX_QUERY_LENGTH = 200
# A query's cost grows with its terms and its phrases' length, not with its characters:
# "冰 冰 冰 …" is one term, and a phrase longer than a sentence finds nothing a shorter would not.
MAX_TERMS = 12
TOO_BROAD = gettext_lazy(
    "这次检索太宽泛，%(budget)s 秒内没有完成：请换用更具体的词，或加上地点、人物等筛选条件。"
)
MAX_PHRASE_UNITS = 32
PAGE_SIZE = 10
MAX_PAGE_SIZE = 200  # the most any caller asks (the admin changelist body search)
MAX_PAGES = 50
SORTS = ("relevance", "date", "date_asc")  # date: newest first; date_asc: oldest first
ALIAS = "default"

TOKENS = re.compile(r'-*"[^"]*"|[^\s"]+')
_PLACE_CODE = re.compile(r"^[0-9]{6}$")
_YEAR = re.compile(r"^[0-9]{4}$")
_MONTH = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])$")
_DATE_FORM = gettext_lazy("日期应写成 2021、2021-11 或 2021-11-29 的样子。")
FILTERS = ("place", "person", "kind", "year", "month", "from", "to")
MULTI = ("place",)  # filters given more than once: any of the values (OR)
log = logging.getLogger(__name__)


class InvalidQuery(ValueError):
    """A query that cannot be searched; str() is a message fit for the user."""


@dataclass
class Hit:
    article: Article
    snippet: SafeString
    score: float

    @property
    def places(self) -> list[str]:
        """The article's most specific places under their shared ancestors, in code (tree)
        order: 黑龙江省 › 哈尔滨市 › 道外区、平房区. Reads prefetched places: no query."""
        groups: dict[tuple, list[str]] = {}
        for place in sorted(self.article.specific_places(), key=lambda p: p.code):
            groups.setdefault(tuple(p.name for p in place.ancestors()), []).append(place.name)
        return [" › ".join([*path, "、".join(names)]) for path, names in groups.items()]


@dataclass
class Results:
    query: str
    hits: list[Hit] = field(default_factory=list)
    count: int = 0
    page: int = 1
    page_size: int = PAGE_SIZE
    error: str = ""
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)

    @property
    def num_pages(self) -> int:
        return min(MAX_PAGES, max(1, -(-self.count // self.page_size)))

    @property
    def past_the_end(self) -> bool:
        """A page after the last (a 404, as the browse pages' are); page 1 always exists."""
        return not self.error and self.page > self.num_pages

    @property
    def facets_estimated(self) -> bool:
        """Some facet counts are estimates (the engine counted a sample of many matches)."""
        return any(value.estimated for values in self.facets.values() for value in values)

    @property
    def shown_count(self) -> int:
        """How many of count the pages reach (MAX_PAGES of them): less means narrow the query."""
        return min(self.count, MAX_PAGES * self.page_size)


def _runs(text: str) -> Term:
    """The units of a term, cut where punctuation separates them (each run is a phrase)."""
    runs: Term = []
    for unit in units(text):
        if runs and unit.joined:
            runs[-1].append(unit)
        else:
            runs.append([unit])
    return runs


def parse(raw: str) -> ParsedQuery:
    """Read user input; InvalidQuery for empty, too long, punctuation-only or malformed input."""
    text = query_marks(raw or "").strip()
    if not text:
        raise InvalidQuery(_("请输入检索词。"))
    if len(raw) > MAX_QUERY_LENGTH:
        raise InvalidQuery(_("检索词太长（最多 %(n)s 个字符）。") % {"n": MAX_QUERY_LENGTH})
    if text.count('"') % 2:
        raise InvalidQuery(_("引号不成对：短语请用一对引号括起来。"))
    clauses: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    for token in TOKENS.findall(text):
        if token in ("OR", "|"):
            if not clauses or join_next:
                raise InvalidQuery(_("OR 两边都需要检索词。"))
            join_next = True
            continue
        negative = token.startswith("-")
        body = token.lstrip("-").strip('"')
        if negative and not body:
            raise InvalidQuery(_("减号后面需要检索词，例如 -道里区。"))
        runs = _runs(body)
        if not runs:
            continue
        if negative:
            if join_next:
                raise InvalidQuery(_("OR 两边都需要检索词。"))
            excluded.append(runs)
        elif join_next:
            clauses[-1].append(runs)
            join_next = False
        else:
            clauses.append([runs])
    if join_next:
        raise InvalidQuery(_("OR 两边都需要检索词。"))
    if not clauses:
        raise InvalidQuery(_("检索词里没有可以检索的字词。"))
    return _bounded(ParsedQuery(_unique_clauses(clauses), _unique(excluded)))


def _key(term: Term) -> tuple:
    return tuple(tuple(u.text for u in run) for run in term)


def _unique(terms: list[Term]) -> list[Term]:
    seen: dict[tuple, Term] = {}
    for term in terms:
        seen.setdefault(_key(term), term)
    return list(seen.values())


def _unique_clauses(clauses: list[list[Term]]) -> list[list[Term]]:
    """A term repeated (冰 冰 冰, or 冰 OR 冰) asks nothing new: it is searched once."""
    seen: dict[tuple, list[Term]] = {}
    for clause in clauses:
        clause = _unique(clause)
        seen.setdefault(tuple(sorted(map(_key, clause))), clause)
    return list(seen.values())


def _bounded(parsed: ParsedQuery) -> ParsedQuery:
    terms = [*parsed.positive_terms(), *parsed.excluded]
    if len(terms) > MAX_TERMS:
        raise InvalidQuery(_("检索词太多（最多 %(n)s 个），请删去一些再检索。") % {"n": MAX_TERMS})
    if any(len(run) > MAX_PHRASE_UNITS for term in terms for run in term):
        raise InvalidQuery(
            _("短语太长（最多 %(n)s 个字），请缩短后再检索。") % {"n": MAX_PHRASE_UNITS}
        )
    return parsed


def _values(value) -> list[str]:
    """A filter's values, stripped, empty ones and repeats left out (one value or a list)."""
    values = value if isinstance(value, list | tuple) else [value]
    return list(dict.fromkeys(str(v).strip() for v in values if str(v or "").strip()))


def clean_filters(filters: dict) -> dict:
    """The non-empty filters, stripped and checked (search.contract says what each means);
    MULTI filters become lists, the others stay one value each."""
    unknown = set(filters) - set(FILTERS)
    if unknown:
        raise InvalidQuery(_("未知的筛选条件：%(names)s。") % {"names": "、".join(sorted(unknown))})
    given = {name: _values(value) for name, value in filters.items()}
    for name, values in given.items():
        if len(values) > 1 and name not in MULTI:
            raise InvalidQuery(_("%(name)s：这个条件只能有一个值。") % {"name": name})
    active = {name: values[0] for name, values in given.items() if values}
    checks = {
        "place": (_PLACE_CODE.match, _("地点代码应为 6 位数字。")),
        "kind": (
            Article.Kind.values.__contains__,
            _("类型只能是 %(kinds)s。") % {"kinds": "、".join(Article.Kind.values)},
        ),
        "year": (_YEAR.match, _("年份应为 4 位数字，例如 2021。")),
        "month": (_MONTH.match, _("月份应写成 2021-11 的样子。")),
        "from": (bound, _DATE_FORM),
        "to": (bound, _DATE_FORM),
    }
    for name, (valid, message) in checks.items():
        if any(not valid(value) for value in given.get(name, [])):
            raise InvalidQuery(_("%(name)s：%(message)s") % {"name": name, "message": message})
    active.update({name: given[name] for name in MULTI if given.get(name)})
    active.update(_date_range(active))
    _check_known(active)
    return active


def _date_range(active: dict) -> dict[str, str]:
    """from and to as the ISO days the engines compare (from=2021: 2021-01-01)."""
    days = {
        name: bound(active[name], last=name == "to") for name in ("from", "to") if name in active
    }
    if len(days) == 2 and days["from"] > days["to"]:
        raise InvalidQuery(_("to：结束日期早于开始日期。"))
    return {name: day.isoformat() for name, day in days.items()}


def _check_known(active: dict) -> None:
    """A place or person the archive does not know finds nothing: say so, not "0 results"."""
    codes = set(active.get("place", []))
    unknown = codes and codes - set(
        Place.objects.filter(code__in=codes).values_list("code", flat=True)
    )
    if unknown:
        raise InvalidQuery(_("place：没有代码为 %(code)s 的地点。") % {"code": min(unknown)})
    if "person" in active and not Person.objects.filter(name=active["person"]).exists():
        raise InvalidQuery(_("person：档案里没有名叫“%(name)s”的人。") % {"name": active["person"]})


def _page_number(page) -> int:
    try:
        number = int(page or 1)
    except (TypeError, ValueError):
        raise InvalidQuery(_("page：页码应为数字。")) from None
    if not 1 <= number <= MAX_PAGES:
        raise InvalidQuery(_("page：页码应在 1 到 %(n)s 之间。") % {"n": MAX_PAGES})
    return number


def _page_size(size) -> int:
    try:
        number = int(size or PAGE_SIZE)
    except (TypeError, ValueError):
        number = 0
    if not 1 <= number <= MAX_PAGE_SIZE:
        raise InvalidQuery(
            _("page_size：每页条数应为 1 到 %(n)s 之间的整数。") % {"n": MAX_PAGE_SIZE}
        )
    return number


def search(q="", page=1, sort="relevance", page_size=PAGE_SIZE, **filters) -> Results:
    """Search the index. Never raises for bad input: Results.error says what was wrong.

    filters: place (one code or a list: any of them), person, kind, year, month, from, to
    (empty ones are ignored). With at least one
    filter the words may be left out: every article the filters match (a place's articles).
    """
    try:
        active = clean_filters(filters)
        number = _page_number(page)
        size = _page_size(page_size)
        if sort not in SORTS:
            raise InvalidQuery(_("sort：排序方式只能是 relevance、date 或 date_asc。"))
        parsed = ParsedQuery([], []) if active and not (q or "").strip() else parse(q)
    except InvalidQuery as error:
        return Results(query=q or "", error=str(error))
    budget = settings.SEARCH_TIME_BUDGET
    try:
        with time_budget(budget):
            found = engine_search(parsed, active, sort, number, size)
            estimated = set(FACETS) if found.estimated else set()
            if "place" in active:  # what each place adds: counted without the place filter
                others = {name: value for name, value in active.items() if name != "place"}
                places = engine_search(parsed, others, sort, 1, 0)  # its facets only
                found.facets["place"] = places.facets.get("place", {})
                estimated.discard("place")
                if places.estimated:
                    estimated.add("place")
            articles = Article.objects.for_hits().in_bulk([pk for pk, _ in found.hits])
            hits = [
                Hit(articles[pk], snippet(articles[pk], parsed), score)
                for pk, score in found.hits
                if pk in articles  # indexed but deleted in a transaction not yet committed
            ]
    except OverBudget:
        log.warning("search stopped after %s s: %r %s", budget, q, active)
        return Results(query=q, error=TOO_BROAD % {"budget": f"{budget:g}"})
    facets = label_facets(found.facets, active, estimated)
    return Results(q, hits, found.count, number, size, facets=facets)


def engine_search(parsed, filters, sort, page, page_size) -> EngineResults:
    """The configured backend's archive_search, else haystack's SearchQuerySet."""
    backend = connections[ALIAS].get_backend()
    native = getattr(backend, "archive_search", None)
    if native is None:
        return haystack_search(parsed, filters, sort, page, page_size, using=ALIAS)
    return native(parsed, filters, sort, page, page_size)
