"""A source page's raw text, with the items it was cut into marked where they begin."""

from django.shortcuts import get_object_or_404, render

from archive.models import SourcePage
from archive.views.marks import anchor_id, locate


def source_page(request, key: str):
    """By file name (the page's identity) or by id."""
    lookup = {"pk": int(key)} if key.isdigit() and len(key) <= 18 else {"file_name": key}
    page = get_object_or_404(SourcePage, **lookup)
    articles = list(page.articles.order_by("position"))
    segments, missing = locate(page.raw_text, articles)
    items = [(article, anchor_id(article)) for article in articles]
    context = {"page": page, "segments": segments, "items": items, "missing": missing}
    return render(request, "archive/source_page.html", context)
