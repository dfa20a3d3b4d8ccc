"""Database routing for search: the index table only on PostgreSQL, its reads on a replica.

When DATABASES has a REPLICA_ALIAS (settings: DATABASE_REPLICA_URL), the searches read the
index table there, a streaming replica of the primary; every write, and every other read,
stays on the primary. Nothing is migrated on the replica: it copies the primary.
"""

from django.conf import settings
from django.db import connections

REPLICA_ALIAS = "replica"
APP_LABEL = "search_postgres"


class SearchRouter:
    def db_for_read(self, model, **hints):
        if model._meta.app_label == APP_LABEL and REPLICA_ALIAS in settings.DATABASES:
            return REPLICA_ALIAS
        return None

    def db_for_write(self, model, **hints):
        return None

    def allow_relation(self, obj1, obj2, **hints):
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        if db == REPLICA_ALIAS:
            return False
        if app_label == APP_LABEL:
            return connections[db].vendor == "postgresql"
        return None
