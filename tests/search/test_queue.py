"""Queue mode: changes become IndexTask rows in their transaction; drain_index indexes them."""

import io
import signal
import threading

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from haystack import connection_router, connections
from haystack.query import SearchQuerySet

from search.models import IndexTask
from search.query import search
from search.signals import QueueSignalProcessor
from tests.ops.processes import child_env, manage


@pytest.fixture
def queue_mode(settings, search_index):
    """The site as started with ARCHIVE_SEARCH_INDEX_MODE=queue (processor swapped in)."""
    settings.SEARCH_INDEX_MODE = "queue"
    commit_processor = apps.get_app_config("haystack").signal_processor
    commit_processor.teardown()
    processor = QueueSignalProcessor(connections, connection_router)
    yield
    processor.teardown()
    commit_processor.setup()


def found(q):
    return [hit.article.pk for hit in search(q).hits]


def drain(*args) -> list[str]:
    out = io.StringIO()
    call_command("drain_index", "--once", *args, stdout=out)
    return out.getvalue().splitlines()


def test_a_save_is_searchable_only_after_the_worker_drains_it(
    queue_mode, make_article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        article = make_article("松花江开江", "江面冰排涌动。")
    assert callbacks == []  # nothing is written to the index in the request
    assert found("开江") == []
    drain()
    assert found("开江") == [article.pk]
    assert not IndexTask.objects.exists()


def test_a_deleted_article_leaves_the_index_when_drained(queue_mode, make_article):
    article = make_article("松花江开江", "江面冰排涌动。")
    drain()
    article.delete()
    drain()
    assert found("开江") == []
    assert SearchQuerySet().all().count() == 0


def test_repeated_saves_of_an_article_coalesce_into_one_task(queue_mode, make_article):
    article = make_article("松花江开江", "江面冰排涌动。", persons=["梁可心"])
    for title in ("松花江流凌", "松花江封江"):
        article.title = title
        article.save()
    assert list(IndexTask.objects.values_list("article_id", flat=True)) == [article.pk]
    drain()
    assert found("封江") == [article.pk]
    assert found("开江") == []


def test_a_rolled_back_transaction_leaves_no_task(queue_mode, make_article):
    with pytest.raises(RuntimeError), transaction.atomic():
        make_article("松花江开江", "江面冰排涌动。")
        raise RuntimeError("the editor's save failed")
    assert not IndexTask.objects.exists()


def test_an_article_re_queued_during_a_drain_keeps_its_task(queue_mode, make_article):
    first, second = make_article("第一篇", "冰灯。"), make_article("第二篇", "冰灯。")
    with IndexTask.objects.claimed(10) as tasks:
        assert len(tasks) == 2
        IndexTask.objects.enqueue([second.pk])  # an editor saves it again meanwhile
    assert list(IndexTask.objects.values_list("article_id", flat=True)) == [second.pk]
    assert first.pk not in IndexTask.objects.values_list("article_id", flat=True)


def test_an_index_failure_keeps_the_claimed_tasks(queue_mode, make_article):
    make_article("松花江开江", "江面冰排涌动。")
    with pytest.raises(OSError), IndexTask.objects.claimed(10):
        raise OSError("the index disk is full")
    assert IndexTask.objects.count() == 1


def test_the_worker_prints_one_line_per_batch_oldest_first(queue_mode, make_article):
    for n in range(3):
        make_article(f"冰灯{n}", "冰灯。")
    lines = drain("--batch", "2")
    assert [line.split(" in ")[0] for line in lines] == [
        "indexed 2 queued articles",
        "indexed 1 queued articles",
    ]
    assert len(search("冰灯").hits) == 3


def test_an_ingest_in_queue_mode_is_searchable_after_a_drain(queue_mode, tmp_path):
    (tmp_path / "p.txt").write_text(
        "## 香坊区为独居老人送去御寒衣物\n\n本报讯（记者 霍亮）香坊区为独居老人送去被褥。\n",
        encoding="utf-8",
    )
    call_command("ingest", str(tmp_path), stdout=None)
    assert search("御寒衣物").hits == []
    drain()
    assert [r.article.title for r in search("霍亮").hits] == ["香坊区为独居老人送去御寒衣物"]


def test_sigterm_stops_the_worker_after_its_batch(queue_mode, make_article):
    """The worker loops (no --once) until SIGTERM, sent once its handler is installed."""
    article = make_article("松花江开江", "江面冰排涌动。")
    default = signal.getsignal(signal.SIGTERM)

    def terminate_when_ready():
        while signal.getsignal(signal.SIGTERM) is default:
            threading.Event().wait(0.01)
        signal.pthread_kill(threading.main_thread().ident, signal.SIGTERM)

    threading.Thread(target=terminate_when_ready, daemon=True).start()
    call_command("drain_index", "--sleep", "30", stdout=io.StringIO())
    assert signal.getsignal(signal.SIGTERM) is default
    assert found("开江") == [article.pk]


def test_check_index_sees_undrained_tasks_as_missing_and_is_clean_after_a_drain(
    queue_mode, make_article
):
    make_article("松花江开江", "江面冰排涌动。")
    with pytest.raises(CommandError, match="the index differs"):
        call_command("check_index", "--dry-run", stdout=io.StringIO())
    drain()
    out = io.StringIO()
    call_command("check_index", "--dry-run", stdout=out)
    assert "index matches the database" in out.getvalue()


def test_the_health_check_counts_queued_index_updates(queue_mode, make_article, client):
    make_article("松花江开江", "江面冰排涌动。")
    assert client.get("/healthz").json() == {"database": "ok", "index": "ok", "index_queue": 1}


def test_an_unknown_index_mode_is_a_one_line_start_up_error(tmp_path):
    result = manage(child_env(tmp_path, ARCHIVE_SEARCH_INDEX_MODE="later"), "check")
    assert result.returncode == 3
    assert result.stderr.splitlines() == [
        "configuration error: ARCHIVE_SEARCH_INDEX_MODE must be commit or queue, not 'later'."
    ]
