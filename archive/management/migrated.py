"""Commands that read or write archive data refuse to run on a database that is not migrated.

Without this, a fresh ARCHIVE_DATA_DIR gives "no such table" tracebacks halfway through.
"""

from django.core.management.base import CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor


def require_migrated(using: str = DEFAULT_DB_ALIAS) -> None:
    """Raise a one-line CommandError naming `manage.py migrate` if any migration is unapplied."""
    executor = MigrationExecutor(connections[using])
    unapplied = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if unapplied:
        raise CommandError(
            f"the database is not ready ({len(unapplied)} unapplied migrations, e.g. "
            f"{unapplied[0][0]}): run `python manage.py migrate` first"
        )
