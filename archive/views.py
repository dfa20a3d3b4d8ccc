"""Public pages of the archive."""

from django.shortcuts import get_object_or_404, render

from archive.models import Article


def article_detail(request, pk: int):
    """The permalink page of one article: everything cut from the page, and where it came from."""
    article = get_object_or_404(Article.objects.with_related(), pk=pk)
    return render(request, "archive/article_detail.html", {"article": article})
