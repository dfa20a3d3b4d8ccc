"""The permalink page of one article."""

from django.shortcuts import get_object_or_404, render

from archive.models import Article


def article_detail(request, pk: int):
    """Everything cut from the page, where it came from, how to cite it, and what is related."""
    article = get_object_or_404(Article.objects.with_related(), pk=pk)
    context = {
        "article": article,
        "related": Article.objects.related_to(article),
        "permalink": request.build_absolute_uri(article.get_absolute_url()),
    }
    return render(request, "archive/article_detail.html", context)
