"""What search.query hands a backend's `archive_search` and what it gets back: engine-neutral.

A backend named by HAYSTACK_CONNECTIONS may implement

    archive_search(parsed: ParsedQuery, filters: dict, sort: str, page: int, page_size: int)
        -> EngineResults

filters (already validated): place (a list of 6-digit codes, any of them: the `places` field
holds each article's place codes and their ancestors'), person (name), kind, year (2021:
year_month starts with 2021-), month (2021-11), from and to (ISO days, inclusive: an undated
article is outside any range). sort: "relevance", "date" (newest first) or "date_asc" (oldest
first); both date orders put undated articles after every dated one. page_size 0 asks for no
hits, only the count and the facets (the place facet of a search with a place filter), so an
engine need not rank. Facets count every match,
keyed by facet name (FACETS), values as text; or, when EngineResults.estimated, a sample of the
matches scaled to all of them (values outside the sample are missing; count stays exact).
A ParsedQuery with no clauses (a request with filters but no words; search.query sends one only
with at least one filter) means every article that matches the filters. A backend without the
method is searched through haystack's SearchQuerySet instead (search.haystack_search).
"""

from dataclasses import dataclass, field

from search.terms import Unit

# facet name (the URL parameter it sets) -> index field (search_indexes.ArticleIndex)
FACETS = {"place": "places", "person": "persons", "month": "year_month", "kind": "kind"}

Run = list[Unit]  # joined units: an exact phrase
Term = list[Run]  # one user term: every run must occur


@dataclass
class ParsedQuery:
    clauses: list[list[Term]]  # AND of (OR of terms); empty: every article (filters narrow)
    excluded: list[Term]  # none of these may occur

    def positive_terms(self) -> list[Term]:
        return [term for clause in self.clauses for term in clause]


@dataclass
class EngineResults:
    hits: list[tuple[int, float]]  # (article pk, score) of the requested page, in order
    count: int
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    estimated: bool = False  # facets counted on a sample of the matches, scaled
