from django.apps import AppConfig


class PostgresSearchConfig(AppConfig):
    """The PostgreSQL engine's index table; its migrations only run on PostgreSQL (routers)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "search.backends.postgres"
    label = "search_postgres"
    verbose_name = "全文检索（PostgreSQL）"
