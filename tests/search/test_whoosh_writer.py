"""A Whoosh commit that fails gives the index back: the next edit is indexed at once instead of
waiting on a lock the failed writer still holds."""

import pytest
from whoosh.writing import SegmentWriter

from search.backends.whoosh import backend as whoosh_backend
from search.query import search
from search.signals import reindex_articles
from tests.search.engines import only_on

pytestmark = only_on("whoosh", "Whoosh's own index lock")


def test_a_commit_that_fails_leaves_the_index_writable(search_index, make_article, monkeypatch):
    monkeypatch.setattr(whoosh_backend, "WRITER_TIMEOUT", 2.0)  # a held lock fails fast
    lost = make_article("松花江冰灯", "冰灯游园会开幕。")

    def disk_full(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(SegmentWriter, "_merge_segments", disk_full)
        # Held like an error report holds it: its frames keep the failed writer alive.
        with pytest.raises(OSError, match="No space left") as failure:
            reindex_articles([lost.pk])

    kept = make_article("牡丹江雪乡", "雪乡迎来游客。")
    reindex_articles([lost.pk, kept.pk])
    assert search("雪乡").count == 1
    assert search("冰灯").count == 1
    assert failure.traceback
