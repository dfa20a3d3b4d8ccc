"""Signals the archive sends for work it does in bulk, where model signals do not fire."""

from django.dispatch import Signal

# Sent inside an ingest transaction with the pks of the articles it created or changed
# (bulk_create sends no post_save): the search index listens and updates after commit.
articles_stored = Signal()

# Sent with active=True before a bulk load (an ingest run) and active=False after it, so the
# search index can gather the whole run's changes into a few large batches.
bulk_load = Signal()
