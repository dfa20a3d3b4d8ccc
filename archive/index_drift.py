"""Drift between the database and the search index, found and repaired through haystack's API.

missing   articles in the database with no index document
orphaned  index documents whose article is gone
stale     documents whose stored fields differ from what the article indexes as now: kind,
          date, year_month and `digest`, a hash of everything indexed (title, text, bylines,
          places…), so text changed without an index update is found too
Repair re-indexes missing and stale articles and deletes orphans in one batch.
"""

import datetime
from dataclasses import dataclass, field

from haystack import connections
from haystack.query import SearchQuerySet

from archive.models import Article

CHUNK = 1000
_NOT_FIELDS = {"app_label", "model_name", "pk", "score", "stored_fields", "log", "id"}


@dataclass
class Drift:
    missing: list[int] = field(default_factory=list)
    orphaned: list[int] = field(default_factory=list)
    stale: list[int] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.missing or self.orphaned or self.stale)


def _index():
    return connections["default"].get_unified_index().get_index(Article)


def indexed_documents() -> dict[int, dict]:
    """pk -> stored fields of every Article document in the index."""
    sqs = SearchQuerySet().models(Article)
    total = sqs.count()
    documents = {}
    for start in range(0, total, CHUNK):
        for result in sqs[start : start + CHUNK]:
            stored = {k: v for k, v in vars(result).items() if k not in _NOT_FIELDS}
            documents[int(result.pk)] = {k: v for k, v in stored.items() if not k.startswith("_")}
    return documents


def _plain(value) -> str:
    """Stored values as comparable text (the index hands a date back as a midnight datetime)."""
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        value = value.date()
    return str(value or "")


def _differs(stored: dict, prepared: dict) -> bool:
    return any(_plain(prepared.get(name)) != _plain(value) for name, value in stored.items())


def find_drift() -> Drift:
    documents = indexed_documents()
    index = _index()
    drift = Drift()
    seen = set()
    for article in index.index_queryset().iterator(chunk_size=CHUNK):
        seen.add(article.pk)
        stored = documents.get(article.pk)
        if stored is None:
            drift.missing.append(article.pk)
        elif _differs(stored, index.full_prepare(article)):
            drift.stale.append(article.pk)
    drift.orphaned = sorted(set(documents) - seen)
    return drift


def repair(drift: Drift) -> None:
    """Index missing and stale articles, and remove orphans, through the index's backend."""
    index = _index()
    backend = connections["default"].get_backend()
    articles = list(index.index_queryset().filter(pk__in=[*drift.missing, *drift.stale]))
    if articles:
        backend.update(index, articles)
    for pk in drift.orphaned:
        backend.remove(f"archive.article.{pk}")
