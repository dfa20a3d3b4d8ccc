"""The one search seam: the HTML view, the API and the tests all call search().

Query language (full-width spaces, quotes and minus signs work like ASCII ones):
  雪 网格化管理        every word must match (each as a substring: 雪 finds 冰雪)
  冰雪 OR 冬泳         either (OR, or |, binds tighter than the implicit AND)
  "网格化 管理"        an exact phrase
  -道里区              leave out articles that match
Each term must match its CJK bigram chain in the gram field (exact substring matching); its
jieba words in the text and title fields only add to the score (title counts most).
Filters: place (code; its sub-places match too), person, kind, year, month. Facet counts come
from the same Whoosh search as the hits.
"""

import re
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from haystack import connections
from haystack.constants import DJANGO_ID
from whoosh import query as wq

from archive.models import Article
from search.analyzers import Unit, gram_terms, jieba_words, load_person_words, run_pattern, units
from search.facets import FacetValue, groupedby, read_facets
from search.normalize import normalize, query_marks

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10
MAX_PAGES = 50
SNIPPET_LENGTH = 120
SORTS = ("relevance", "date")
TITLE_BOOST = 3.0  # on top of the title field's own boost (search_indexes.ArticleIndex)

_TOKEN = re.compile(r'-*"[^"]*"|[^\s"]+')
_PLACE_CODE = re.compile(r"^[0-9]{6}$")
_YEAR = re.compile(r"^[0-9]{4}$")
_MONTH = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])$")
FILTERS = ("place", "person", "kind", "year", "month")


class InvalidQuery(ValueError):
    """A query that cannot be searched; str() is a message fit for the user."""


@dataclass
class Hit:
    article: Article
    snippet: SafeString
    score: float


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


@dataclass
class ParsedQuery:
    clauses: list[list[list[list[Unit]]]]  # AND of (OR of terms); a term is runs of units
    excluded: list[list[list[Unit]]]

    def positive_terms(self):
        return [term for clause in self.clauses for term in clause]


def _runs(text: str) -> list[list[Unit]]:
    """The units of a term, cut where punctuation separates them (each run is a phrase)."""
    runs: list[list[Unit]] = []
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
        raise InvalidQuery("请输入检索词。")
    if len(raw) > MAX_QUERY_LENGTH:
        raise InvalidQuery(f"检索词太长（最多 {MAX_QUERY_LENGTH} 个字符）。")
    if text.count('"') % 2:
        raise InvalidQuery("引号不成对：短语请用一对引号括起来。")
    clauses: list[list] = []
    excluded: list = []
    join_next = False
    for token in _TOKEN.findall(text):
        if token in ("OR", "|"):
            if not clauses or join_next:
                raise InvalidQuery("OR 两边都需要检索词。")
            join_next = True
            continue
        negative = token.startswith("-")
        body = token.lstrip("-").strip('"')
        if negative and not body:
            raise InvalidQuery("减号后面需要检索词，例如 -道里区。")
        runs = _runs(body)
        if not runs:
            continue
        if negative:
            if join_next:
                raise InvalidQuery("OR 两边都需要检索词。")
            excluded.append(runs)
        elif join_next:
            clauses[-1].append(runs)
            join_next = False
        else:
            clauses.append([runs])
    if join_next:
        raise InvalidQuery("OR 两边都需要检索词。")
    if not clauses:
        raise InvalidQuery("检索词里没有可以检索的字词。")
    return ParsedQuery(clauses, excluded)


def _phrase(fieldname: str, words: list[str], boost: float = 1.0) -> wq.Query:
    if len(words) == 1:
        return wq.Term(fieldname, words[0], boost=boost)
    return wq.Phrase(fieldname, words, boost=boost)


def term_query(runs: list[list[Unit]]) -> wq.Query:
    """One user term: its gram chain must match; its jieba words in text and title rank."""
    grams = wq.And([_phrase("grams", gram_terms(run)) for run in runs])
    text = normalize(" ".join("".join(u.text for u in run) for run in runs))
    words = [word for word, _, _ in jieba_words(text)]
    if not words:
        return grams
    return wq.AndMaybe(grams, wq.Or([_phrase("text", words), _phrase("title", words, TITLE_BOOST)]))


def build_query(parsed: ParsedQuery) -> wq.Query:
    parts = [wq.Or([term_query(t) for t in clause]) for clause in parsed.clauses]
    parts += [wq.Not(term_query(t)) for t in parsed.excluded]
    return wq.And(parts) if len(parts) > 1 else parts[0]


def build_filter(place="", person="", kind="", year="", month="") -> wq.Query | None:
    """Place by code (its sub-places match too: their ancestors are indexed), person by name,
    kind, year (2021) and month (2021-11)."""
    terms = []
    if place:
        if not _PLACE_CODE.match(place):
            raise InvalidQuery("地点代码应为 6 位数字。")
        terms.append(wq.Term("places", place))
    if person:
        terms.append(wq.Term("persons", person.strip()))
    if kind:
        if kind not in Article.Kind.values:
            raise InvalidQuery(f"类型只能是 {'、'.join(Article.Kind.values)}。")
        terms.append(wq.Term("kind", kind))
    if year:
        if not _YEAR.match(year):
            raise InvalidQuery("年份应为 4 位数字，例如 2021。")
        terms.append(wq.Prefix("year_month", f"{year}-"))
    if month:
        if not _MONTH.match(month):
            raise InvalidQuery("月份应写成 2021-11 的样子。")
        terms.append(wq.Term("year_month", month))
    return wq.And(terms) if terms else None


def _page_number(page) -> int:
    try:
        number = int(page or 1)
    except (TypeError, ValueError):
        raise InvalidQuery("页码应为数字。") from None
    if not 1 <= number <= MAX_PAGES:
        raise InvalidQuery(f"页码应在 1 到 {MAX_PAGES} 之间。")
    return number


def search(q, page=1, sort="relevance", page_size=PAGE_SIZE, **filters) -> Results:
    """Search the index. Never raises for bad input: Results.error says what was wrong.

    filters: place, person, kind, year, month (empty ones are ignored).
    """
    try:
        unknown = set(filters) - set(FILTERS)
        if unknown:
            raise InvalidQuery(f"未知的筛选条件：{'、'.join(sorted(unknown))}。")
        active = {name: str(value).strip() for name, value in filters.items() if value}
        return _search(q, active, _page_number(page), sort, page_size)
    except InvalidQuery as error:
        return Results(query=q or "", error=str(error))


def _search(q, filters, page, sort, page_size) -> Results:
    if sort not in SORTS:
        raise InvalidQuery("排序方式只能是 relevance 或 date。")
    load_person_words()
    parsed = parse(q)
    whoosh_query = build_query(parsed)
    limit = page * page_size
    options = {"limit": limit, "filter": build_filter(**filters), "groupedby": groupedby()}
    if sort == "date":
        options.update(sortedby="date", reverse=True)
    searcher = connections["default"].get_backend().searcher()
    found = searcher.search(whoosh_query, **options)
    page_hits = [(hit[DJANGO_ID], hit.score) for hit in found[limit - page_size : limit]]
    articles = Article.objects.with_related().in_bulk([int(pk) for pk, _ in page_hits])
    hits = [
        Hit(articles[int(pk)], snippet(articles[int(pk)], parsed), score or 0.0)
        for pk, score in page_hits
        if int(pk) in articles  # indexed but deleted in a transaction not yet committed
    ]
    return Results(q, hits, len(found), page, page_size, facets=read_facets(found, filters))


# --- snippets --------------------------------------------------------------------------------


def _body(article: Article) -> str:
    parts = [*map(str, article.paragraphs or []), *map(str, article.captions or [])]
    return " ".join(p for p in parts if p) or article.title


def match_spans(text: str, parsed: ParsedQuery) -> list[tuple[int, int]]:
    """(start, end) of every place in text where a query term's units occur, merged, in order.
    (Found in normalize(text), whose offsets are text's own.)"""
    folded = normalize(text)
    spans = sorted(
        m.span()
        for runs in parsed.positive_terms()
        for run in runs
        for m in run_pattern(run).finditer(folded)
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, spans, length: int = SNIPPET_LENGTH) -> SafeString:
    """A window of text around the first match, escaped, matches wrapped in <mark>."""
    begin = max(0, spans[0][0] - length // 4) if spans else 0
    end = min(len(text), begin + length)
    out = ["…"] if begin else []
    cursor = begin
    for start, stop in spans:
        if stop <= begin or start >= end:
            continue
        start, stop = max(start, begin), min(stop, end)
        out += [escape(text[cursor:start]), "<mark>", escape(text[start:stop]), "</mark>"]
        cursor = stop
    out.append(escape(text[cursor:end]))
    if end < len(text):
        out.append("…")
    return mark_safe("".join(out))  # every piece of text above went through escape()


def snippet(article: Article, parsed: ParsedQuery) -> SafeString:
    text = _body(article)
    return highlight(text, match_spans(text, parsed))
