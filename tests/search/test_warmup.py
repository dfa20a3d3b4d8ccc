"""A fresh server process is ready before its first request (archive.warmup, run by wsgi)."""

import threading
from pathlib import Path

from django.template import engines
from haystack import connections

from archive.warmup import warm_up
from search.backends.whoosh import backend
from tests.search.engines import only_on


def in_new_thread(work):
    """work()'s result in a thread of its own (searchers are per thread, like a new worker)."""
    result = {}
    thread = threading.Thread(target=lambda: result.update(value=work()))
    thread.start()
    thread.join()
    return result["value"]


def open_searcher():
    pair = getattr(backend._searchers, "pair", None)
    return pair[1] if pair else None


@only_on("whoosh", "Whoosh's per-thread searcher; PostgreSQL opens nothing")
def test_a_new_process_has_no_search_index_open_until_warmed_up(corpus):
    def before_and_after():
        before = open_searcher()
        warm_up()
        return before, open_searcher()

    before, after = in_new_thread(before_and_after)
    assert before is None
    assert after is not None and after.doc_count() == len(corpus)


def test_warm_up_compiles_the_site_templates_before_any_page_is_asked_for(db):
    loader = engines["django"].engine.template_loaders[0]
    loader.reset()
    warm_up()
    compiled = {t.origin.template_name for t in loader.get_template_cache.values()}
    assert {"base.html", "archive/article_detail.html", "search/search.html"} <= compiled


@only_on("whoosh", "a broken index folder; PostgreSQL's index is in the database")
def test_a_broken_search_index_does_not_stop_the_site_from_starting(corpus, caplog):
    index_folder = Path(connections["default"].get_backend().path)
    toc = next(index_folder.glob("_MAIN_*.toc"))
    saved = toc.read_bytes()
    toc.write_bytes(b"not an index")
    try:
        in_new_thread(warm_up)
    finally:
        toc.write_bytes(saved)
    assert "search index could not be opened" in caplog.text
