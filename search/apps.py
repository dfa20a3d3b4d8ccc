from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Full-text search over the archive: index, query, views and API (engine: settings)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = "全文检索"

    def ready(self):
        # The engine's vocabulary (Whoosh: jieba and the gazetteer's names, about a second) is
        # loaded when the process starts, never inside a request; engines without one skip it.
        from haystack import connections

        load = getattr(connections["default"].get_backend(), "load_vocabulary", None)
        if load is not None:
            load()
