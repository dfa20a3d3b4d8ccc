"""How a researcher cites an article: GB/T 7714-2015, Chicago, RIS and reference-manager tags.

Each form is built from one Source (what is known of the article and its page), so the forms
agree; an unknown author, paper or date is left out or said to be unknown, never guessed.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings

from archive.models import Byline

GB_MAX_AUTHORS = 3  # GB/T 7714-2015 8.1.2: the first three, then "等"
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True)
class Source:
    authors: tuple[str, ...]
    title: str
    paper: str
    date: datetime.date | None  # the edition's date: when the paper printed it
    page: int | None
    url: str


def permalink(request, path: str) -> str:
    """The address to cite: SITE_URL when set (behind a proxy the request's host may be an
    internal one), else the host the request came in on."""
    return f"{settings.SITE_URL}{path}" if settings.SITE_URL else request.build_absolute_uri(path)


def source_of(article, url: str) -> Source:
    """Reads the article's prefetched bylines and page (Article.objects.with_related())."""
    page = article.page
    edited_date = article.date if "date" in article.edited_fields else None
    bylines = list(article.bylines.all())
    # A photographer credited beside the reporters took the picture, not the text.
    writers = [b for b in bylines if b.role != Byline.PHOTOGRAPHER] or bylines
    return Source(
        authors=tuple(dict.fromkeys(b.person.name for b in writers)),
        title=article.title,
        paper=page.paper,
        date=page.edition_date or edited_date,
        page=page.page_number,
        url=url,
    )


def gb_t_7714(source: Source) -> str:
    """作者. 题名[N]. 报纸名, 出版日期(版次). — GB/T 7714-2015 4.5 (newspaper articles)."""
    authors = ", ".join(source.authors[:GB_MAX_AUTHORS])
    if len(source.authors) > GB_MAX_AUTHORS:
        authors += ", 等"
    date = source.date.isoformat() if source.date else "[出版日期不详]"
    page = f"({source.page})" if source.page else ""
    head = f"{authors}. " if authors else ""
    return f"{head}{source.title or '[无题名]'}[N]. {source.paper or '[报名不详]'}, {date}{page}."


def chicago_note(source: Source) -> str:
    """A Chicago Manual of Style (17th ed.) note for a newspaper article, 14.191."""
    head = f"{', '.join(source.authors)}, " if source.authors else ""
    title, paper = source.title or "Untitled", source.paper or "unknown newspaper"
    # Page numbers are usually omitted for newspapers (14.191).
    return f"{head}“{title},” {paper}, {_english_date(source.date)}, {source.url}."


def chicago_bibliography(source: Source) -> str:
    """The bibliography entry matching chicago_note."""
    head = f"{', '.join(source.authors)}. " if source.authors else ""
    title, paper = source.title or "Untitled", source.paper or "Unknown newspaper"
    return f"{head}“{title}.” {paper}, {_english_date(source.date)}. {source.url}."


def ris(source: Source) -> str:
    """One RIS record (TY  - NEWS … ER  - ) as reference managers import it; CRLF lines."""
    tags = [("TY", "NEWS"), *(("AU", name) for name in source.authors), ("TI", source.title)]
    tags += [("T2", source.paper)]
    if source.date:
        tags += [("PY", str(source.date.year)), ("DA", source.date.strftime("%Y/%m/%d"))]
    tags += [("SP", str(source.page or "")), ("LA", "zh"), ("UR", source.url), ("ER", "")]
    return "".join(f"{tag}  - {value}\r\n" for tag, value in tags if value or tag == "ER")


def meta_tags(source: Source) -> list[tuple[str, str]]:
    """Highwire Press citation_* and Dublin Core <meta> names with their content, as Zotero
    and Google Scholar read them from the article's page."""
    tags = [("citation_title", source.title)]
    tags += [("citation_author", name) for name in source.authors]
    tags += [("citation_journal_title", source.paper)]
    if source.date:
        day = source.date.strftime("%Y/%m/%d")
        tags += [("citation_publication_date", day), ("citation_date", day)]
    tags += [("citation_firstpage", str(source.page or "")), ("citation_language", "zh")]
    tags += [("citation_public_url", source.url), ("DC.title", source.title)]
    tags += [("DC.creator", name) for name in source.authors]
    tags += [("DC.date", source.date.isoformat() if source.date else "")]
    tags += [("DC.source", source.paper), ("DC.identifier", source.url)]
    tags += [("DC.type", "Text"), ("DC.language", "zh")]
    return [(name, content) for name, content in tags if content]


def _english_date(day: datetime.date | None) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}" if day else "n.d."
