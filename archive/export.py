"""Articles as JSON Lines: one object a line, the shape other tools (and the scorer) read."""

import json
from collections.abc import Iterator

from archive.models import Article

# Articles fetched per round trip: the query count grows by three per chunk, not per article.
CHUNK_SIZE = 2000


def article_record(article: Article) -> dict:
    """The exported fields of one article (fetched with Article.objects.with_related())."""
    return {
        "id": article.pk,
        "url": article.get_absolute_url(),
        "source": article.page.file_name,
        "position": article.position,
        "kicker": article.kicker,
        "title": article.title,
        "subtitle": article.subtitle,
        "kind": article.kind,
        "date": article.date.isoformat() if article.date else (article.date_text or None),
        "bylines": [{"name": b.person.name, "role": b.role} for b in article.bylines.all()],
        "places": [place_record(ap.place) for ap in article.article_places.all()],
        "paragraphs": article.paragraphs,
        "captions": article.captions,
        "subheads": article.subheads,  # which of the paragraphs are subheadings (小标题)
    }


def backup_fields(article: Article) -> dict:
    """Extra keys that let `import_articles` restore an article exactly (editors' work too)."""
    page = article.page
    return {
        "dateline": article.dateline,
        "byline": article.byline,
        "continuations": article.continuations,
        "fingerprint": article.fingerprint,
        "edited_fields": article.edited_fields,
        "reviewed": article.reviewed,
        "place_mentions": [
            [ap.place.code, ap.mentions, ap.in_title] for ap in article.article_places.all()
        ],
        "page": {
            "paper": page.paper,
            "edition_date": page.edition_date.isoformat() if page.edition_date else None,
            "page_number": page.page_number,
            "content_hash": page.content_hash,
            "edited_fields": page.edited_fields,
        },
    }


def place_record(place) -> dict:
    """A place as the export names it (also the API's place answer)."""
    return {
        "name": place.name,
        "level": place.level,
        "parent": place.parent.name if place.parent else None,
        "path": place.path_names(),
        "code": place.code,
    }


def export_lines(articles=None, backup: bool = False) -> Iterator[str]:
    """JSON lines (no newline) in a stable order: source file name, then position.

    backup=True adds backup_fields() after the agreed keys, for `import_articles`.
    """
    articles = Article.objects.all() if articles is None else articles
    ordered = articles.with_related().order_by("page__file_name", "position")
    for article in ordered.iterator(chunk_size=CHUNK_SIZE):
        record = article_record(article)
        if backup:
            record.update(backup_fields(article))
        yield json.dumps(record, ensure_ascii=False)
