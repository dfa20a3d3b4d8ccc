from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Full-text search over the archive: index, query, views and API (engine: settings)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = "全文检索"
