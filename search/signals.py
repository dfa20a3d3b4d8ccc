"""Keep the index in step with the database, after each transaction commits.

Saves and deletes of Article, Byline and ArticlePlace queue their article's pk; one
transaction.on_commit callback a transaction then re-reads those articles and writes them, and
deletes the ones that are gone, in one Whoosh writer. A rolled-back transaction changes nothing.
In queue mode (settings.SEARCH_INDEX_MODE) the pks become IndexTask rows in the same transaction
instead, and `manage.py drain_index` writes them out of the request path. In commit mode an
ingest run writes such rows too, as marks of what it has stored and not yet indexed.
An engine whose index lives in the database (PostgreSQL) is written inside the transaction
itself instead (InTransactionSignalProcessor): nothing waits for the commit.
"""

import threading

from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models import signals
from haystack import connections
from haystack.signals import BaseSignalProcessor

from archive.models import Article, ArticlePlace, Byline
from archive.signals import articles_stored, bulk_load
from search.models import IndexTask

_state = threading.local()
BULK_BATCH = 2000  # articles gathered during a bulk load before one index commit


def _pending() -> set[int]:
    if not hasattr(_state, "pks"):
        _state.pks = set()
    return _state.pks


def _marked() -> set[int]:
    """Pks of this run whose IndexTask marks are still in the database."""
    if not hasattr(_state, "marked"):
        _state.marked = set()
    return _state.marked


def reindex_articles(pks, using: str = "default") -> None:
    """Write the articles with these pks as they are now; remove those that no longer exist."""
    pks = set(pks)
    if not pks:
        return
    index = connections[using].get_unified_index().get_index(Article)
    found = list(index.index_queryset(using=using).filter(pk__in=pks))
    gone = pks - {a.pk for a in found}
    deletes = [f"archive.article.{pk}" for pk in sorted(gone)]
    backend = connections[using].get_backend()
    if hasattr(backend, "apply"):  # the archive's Whoosh backend: one writer, one commit
        backend.apply(index, found, deletes)
        return
    if found:  # any other haystack backend
        backend.update(index, found)
    for ident in deletes:
        backend.remove(ident)


class OnCommitSignalProcessor(BaseSignalProcessor):
    """Queue article pks on save/delete; index them in one batch when the transaction commits."""

    SENDERS = (Article, Byline, ArticlePlace)

    def setup(self):
        for sender in self.SENDERS:
            signals.post_save.connect(self.handle_change, sender=sender)
            signals.post_delete.connect(self.handle_change, sender=sender)
        articles_stored.connect(self.handle_stored, sender=Article)
        bulk_load.connect(self.handle_bulk)

    def teardown(self):
        for sender in self.SENDERS:
            signals.post_save.disconnect(self.handle_change, sender=sender)
            signals.post_delete.disconnect(self.handle_change, sender=sender)
        articles_stored.disconnect(self.handle_stored, sender=Article)
        bulk_load.disconnect(self.handle_bulk)

    def handle_bulk(self, sender, active, **kwargs):
        """An ingest run: one Whoosh commit per page costs more than the page itself, so the
        run's changes are written in batches of BULK_BATCH and once more when it ends.

        Until then each stored page's articles are marked (IndexTask rows, committed with the
        page), so a run killed before its index write leaves marks, and the next run indexes
        them first, even when every file it reads is unchanged."""
        _state.bulk = active
        if active:
            left = set(IndexTask.objects.values_list("article_id", flat=True))
            if left:
                _pending().update(left)
                _marked().update(left)
                self.flush()
        elif _pending():
            transaction.on_commit(self.flush)  # at once, unless a caller's transaction is open

    def handle_stored(self, sender, pks, using=DEFAULT_DB_ALIAS, **kwargs):
        """An ingest stored these articles with bulk_create: index them after its commit."""
        self.queue(pks, using)

    def handle_change(self, sender, instance, using=DEFAULT_DB_ALIAS, **kwargs):
        pk = instance.pk if sender is Article else instance.article_id
        if pk is not None:
            self.queue([pk], using)

    def queue(self, pks, using):
        # A callback per change: the first to run flushes them all, the rest find nothing.
        # (Pks queued in a rolled-back transaction are re-read at the next commit: harmless.)
        _pending().update(pks)
        bulk = getattr(_state, "bulk", False)
        if bulk:
            IndexTask.objects.using(using).enqueue(pks)
            _marked().update(pks)
        if not bulk or len(_pending()) >= BULK_BATCH:
            transaction.on_commit(self.flush, using=using)

    def flush(self):
        pks = set(_pending())
        if not pks:
            return
        for using in self.connection_router.for_write(models=[Article]):
            reindex_articles(pks, using)
        _pending().difference_update(pks)  # only once written: a failed batch is retried
        marked = _marked() & pks
        if marked:
            IndexTask.objects.filter(article_id__in=marked).delete()
            _marked().difference_update(marked)


class QueueSignalProcessor(OnCommitSignalProcessor):
    """Queue mode: write one IndexTask per changed article inside the changing transaction, so a
    rollback drops it and a crash after commit keeps it; drain_index does the index writes."""

    def handle_bulk(self, sender, active, **kwargs):
        """Each ingest page's tasks commit with the page: there is nothing to gather."""

    def queue(self, pks, using):
        IndexTask.objects.using(using).enqueue(pks)


class InTransactionSignalProcessor(OnCommitSignalProcessor):
    """For an index in the database itself: each change rewrites its article's index row at
    once, in the changing transaction, so a rollback takes the row back with the change and a
    commit is searchable at once; an ingest writes each page's articles with the page."""

    def handle_bulk(self, sender, active, **kwargs):
        """Each ingest page's rows commit with the page: there is nothing to gather or mark."""

    def queue(self, pks, using):
        for alias in self.connection_router.for_write(models=[Article]):
            reindex_articles(pks, alias)
