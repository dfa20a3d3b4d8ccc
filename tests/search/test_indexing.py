"""Keeping the index right: after commit, deletes, concurrent writers, rebuild, versions."""

import json
import logging
import threading
import time

from django.core.management import call_command
from haystack import connections

from archive.models import Article, Byline, Person
from search.backends.whoosh.backend import stamp
from search.query import search
from search.search_indexes import ArticleIndex
from tests.search.engines import only_on


def found(q, **filters):
    return [hit.article.pk for hit in search(q, **filters).hits]


@only_on("whoosh", "PostgreSQL writes the index inside the transaction (test_postgres.py)")
def test_a_save_is_searchable_after_commit_and_not_before(
    search_index, make_article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        article = make_article("松花江开江", "江面冰排涌动。")
        assert found("开江") == []  # not committed: not indexed
    assert callbacks
    for callback in callbacks:
        callback()
    assert found("开江") == [article.pk]


def test_edits_bylines_and_deletes_reach_the_index(
    search_index, make_article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article("松花江开江", "江面冰排涌动。")
    with django_capture_on_commit_callbacks(execute=True):
        article.title = "松花江流凌"
        article.save()
        person = Person.objects.create(name="梁可心")
        Byline.objects.create(article=article, person=person, order=1)
    assert found("开江") == []
    assert found("流凌", person="梁可心") == [article.pk]
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()  # cascades to its byline: the queued pk is then deleted, not lost
    assert found("流凌") == []
    assert found("江") == []


@only_on("whoosh", "Whoosh's index lock; PostgreSQL rows lock themselves")
def test_two_writers_at_once_lose_nothing(search_index, make_article):
    """One writer holds the Whoosh lock (as another process would); the second waits."""
    first, second = make_article("第一篇冰灯", "冰灯。"), make_article("第二篇冰灯", "冰灯。")
    index = ArticleIndex()
    objs = {a.pk: a for a in Article.objects.with_related().filter(pk__in=[first.pk, second.pk])}
    backend = connections["default"].get_backend()
    held = backend.index.writer()  # the other process's writer
    errors = []

    def write():
        try:
            connections["default"].get_backend().apply(index, [objs[second.pk]], [])
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    thread = threading.Thread(target=write)
    thread.start()
    time.sleep(0.3)  # let the thread reach the lock (correct either way: it only waits longer)
    held.update_document(
        **{k: backend._from_python(v) for k, v in index.full_prepare(objs[first.pk]).items()}
    )
    held.commit()
    thread.join()
    assert errors == []
    assert sorted(found("冰灯")) == sorted([first.pk, second.pk])


def test_rebuild_index_indexes_every_article(search_index, make_article):
    pks = [make_article(f"雾凇{i}", "雾凇岛。").pk for i in range(3)]
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert sorted(found("雾凇")) == sorted(pks)
    call_command("update_index", verbosity=0)
    assert search("雾凇").count == 3


@only_on("whoosh", "the version stamp file beside the Whoosh index")
def test_a_changed_analyzer_version_warns_to_rebuild(search_index, caplog):
    assert json.loads(search_index.stamp_path.read_text(encoding="utf-8")) == stamp()
    assert search_index.check_stamp()
    search_index.stamp_path.write_text(json.dumps({"analyzer": "0"}), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="search.backends.whoosh.backend"):
        assert not search_index.check_stamp()
    assert "rebuild_index" in caplog.text


@only_on("whoosh", "Whoosh's multiprocess writer")
def test_rebuild_index_in_parallel_batches_indexes_every_article_once(
    search_index, make_article, monkeypatch
):
    """Big batches go through Whoosh's multiprocess writer (lowered here to batches of 2)."""
    monkeypatch.setattr(type(search_index), "PARALLEL_BATCH", 2)
    pks = [make_article(f"冰凌{i}", "冰凌花开。").pk for i in range(5)]
    call_command("rebuild_index", interactive=False, verbosity=0, batchsize=2)
    call_command("update_index", verbosity=0, batchsize=3)
    results = search("冰凌")
    assert sorted(hit.article.pk for hit in results.hits) == sorted(pks)
    assert results.count == 5
