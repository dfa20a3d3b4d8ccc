"""The permalink page of one article, and its citation as an RIS file."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render

from archive import citation
from archive.models import Article


def article_detail(request, pk: int):
    """Everything cut from the page, where it came from, how to cite it, and what is related."""
    article = get_object_or_404(Article.objects.with_related(), pk=pk)
    source = _source(request, article)
    context = {
        "article": article,
        "related": Article.objects.related_to(article),
        "permalink": source.url,
        "gb_t_7714": citation.gb_t_7714(source),
        "chicago_note": citation.chicago_note(source),
        "chicago_bibliography": citation.chicago_bibliography(source),
        "citation_meta": citation.meta_tags(source),
    }
    return render(request, "archive/article_detail.html", context)


def article_ris(request, pk: int):
    """The article's RIS record, which Zotero, EndNote and the like import as a download."""
    article = get_object_or_404(Article.objects.with_related(), pk=pk)
    response = HttpResponse(
        citation.ris(_source(request, article)),
        content_type="application/x-research-info-systems; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="article-{article.pk}.ris"'
    return response


def _source(request, article: Article) -> citation.Source:
    return citation.source_of(article, citation.permalink(request, article.get_absolute_url()))
