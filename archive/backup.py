"""Restore an archive from `export_articles --backup` JSON Lines (archive/export.py's shape).

Articles keep their ids (their permalinks), editors' work (edited_fields, reviewed) and their
places' mentions; the whole file goes in as one transaction, into an empty archive only.
"""

import datetime
import json
from collections.abc import Iterable

from django.core.management.color import no_style
from django.db import connection, transaction

from archive.models import Article, ArticlePlace, Byline, Person, Place, SourcePage


class BackupError(ValueError):
    """A file that cannot be restored; str() names the line and what is wrong."""


def import_lines(lines: Iterable[str]) -> int:
    """Restore every article; returns how many. Nothing is stored if any line is bad."""
    with transaction.atomic():
        if Article.objects.exists():
            raise BackupError(
                "the archive is not empty: import_articles restores into an empty one"
            )
        count = 0
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                _restore(json.loads(line))
            except (ValueError, KeyError, TypeError, Place.DoesNotExist) as error:
                raise BackupError(f"line {number}: {type(error).__name__}: {error}") from None
            count += 1
        _reset_sequences()
    return count


def _restore(record: dict) -> None:
    if "page" not in record:
        raise KeyError("page (export with --backup)")
    page = _page(record["source"], record["page"])
    date, date_text = _date(record["date"])
    article = Article.objects.create(
        pk=record["id"],
        page=page,
        position=record["position"],
        kind=record["kind"],
        kicker=record["kicker"],
        title=record["title"],
        subtitle=record["subtitle"],
        paragraphs=record["paragraphs"],
        subheads=record.get("subheads", []),
        captions=record["captions"],
        dateline=record["dateline"],
        byline=record.get("byline", ""),  # backups made before the printed byline was kept
        continuations=record["continuations"],
        date=date,
        date_text=date_text,
        fingerprint=record["fingerprint"],
        edited_fields=record["edited_fields"],
        reviewed=record["reviewed"],
    )
    Byline.objects.bulk_create(
        Byline(article=article, person=_person(b["name"]), role=b["role"], order=order)
        for order, b in enumerate(record["bylines"], 1)
    )
    ArticlePlace.objects.bulk_create(
        ArticlePlace(
            article=article, place=Place.objects.get(code=code), mentions=mentions, in_title=title
        )
        for code, mentions, title in record["place_mentions"]
    )


def _page(file_name: str, page: dict) -> SourcePage:
    edition = page["edition_date"]
    found, _ = SourcePage.objects.get_or_create(
        file_name=file_name,
        defaults={
            "content_hash": page["content_hash"],
            "raw_text": "",
            "paper": page["paper"],
            "edition_date": datetime.date.fromisoformat(edition) if edition else None,
            "page_number": page["page_number"],
            "edited_fields": page.get("edited_fields", []),
        },
    )
    return found


def _person(name: str) -> Person:
    return Person.objects.get_or_create(name=name)[0]


def _date(value) -> tuple[datetime.date | None, str]:
    """The export's "date": an ISO date, a printed "--MM-DD", or null."""
    if not value:
        return None, ""
    if value.startswith("--"):
        return None, value
    return datetime.date.fromisoformat(value), ""


def _reset_sequences() -> None:
    """Ids were given explicitly: PostgreSQL's sequences must move past them."""
    models = [SourcePage, Article, Person, Byline, ArticlePlace]
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(sql)
