"""The stored digest lets check_index see a title changed behind the index's back."""

from io import StringIO

from django.core.management import call_command

from archive.models import Article
from search.query import search


def test_a_title_changed_without_a_signal_is_reported_stale_fixed_and_then_found(corpus):
    article = corpus["nangang"]
    Article.objects.filter(pk=article.pk).update(title="南岗区试点智慧社区")  # no signal
    assert search("智慧社区").hits == []
    out = StringIO()
    call_command("check_index", stdout=out)
    assert f"stale: fixed 1 ({article.pk})" in out.getvalue()
    assert [hit.article.pk for hit in search("智慧社区").hits] == [article.pk]
    assert search("推行网格化").hits == []
