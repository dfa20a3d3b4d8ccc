"""The PostgreSQL full-text backend: the archive's own tokens in a tsvector table, searched in
the database the archive already runs on; everything PostgreSQL-specific lives here.

ENGINE: search.backends.postgres.backend.PostgresEngine (settings: ARCHIVE_SEARCH_ENGINE=
postgres). The index table (models.SearchDocument) is written in the same transaction as the
edit or ingest that changes an article (search.signals.InTransactionSignalProcessor), so a
rollback leaves no trace and a commit is searchable at once.
"""
