"""A source page: its text rejoined into paragraphs, each item's region marked and linked to
its article, and the raw OCR text for checking the cut."""

from django.shortcuts import get_object_or_404, render

from archive.models import SourcePage
from archive.views.marks import anchor_id, locate, raw_anchor_id, regions


def source_page(request, key: str):
    """By file name (the page's identity) or by id."""
    lookup = {"pk": int(key)} if key.isdigit() and len(key) <= 18 else {"file_name": key}
    page = get_object_or_404(SourcePage, **lookup)
    articles = list(page.articles.order_by("position"))
    segments, missing = locate(page.raw_text, articles)
    items = [(article, anchor_id(article), raw_anchor_id(article)) for article in articles]
    context = {
        "page": page,
        "regions": regions(page.raw_text, articles, page.paper),
        "segments": segments,
        "items": items,
        "missing": missing,
    }
    return render(request, "archive/source_page.html", context)
