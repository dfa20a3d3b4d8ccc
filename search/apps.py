from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Full-text search over the archive: analyzers, index, query, views and API."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = "全文检索"

    def ready(self):
        # jieba's dictionary costs ~0.7 s: load it at process start, not on the first request.
        from search.analyzers import load_jieba

        load_jieba()
