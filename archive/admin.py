"""Basic admin registration for every model (the editing workflow is customised later)."""

from django.contrib import admin

from archive.models import (
    Article,
    ArticlePlace,
    Byline,
    IngestFile,
    IngestRun,
    Person,
    Place,
    SourcePage,
)


@admin.register(SourcePage)
class SourcePageAdmin(admin.ModelAdmin):
    list_display = ["file_name", "paper", "edition_date", "page_number", "updated_at"]
    search_fields = ["file_name", "paper"]
    list_filter = ["paper"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "page", "position", "kind", "date", "reviewed"]
    list_filter = ["kind", "reviewed"]
    search_fields = ["title", "kicker", "subtitle", "page__file_name"]
    autocomplete_fields = ["page"]
    list_select_related = ["page"]
    show_full_result_count = False


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name"]
    search_fields = ["name"]


@admin.register(Byline)
class BylineAdmin(admin.ModelAdmin):
    list_display = ["article", "order", "role", "person"]
    search_fields = ["person__name", "role", "article__title"]
    autocomplete_fields = ["article", "person"]
    list_select_related = ["article__page", "person"]


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "level", "parent", "slug"]
    list_filter = ["level"]
    search_fields = ["code", "name", "pinyin", "slug"]
    autocomplete_fields = ["parent"]
    list_select_related = ["parent"]


@admin.register(ArticlePlace)
class ArticlePlaceAdmin(admin.ModelAdmin):
    list_display = ["article", "place", "mentions", "in_title"]
    search_fields = ["place__name", "article__title"]
    autocomplete_fields = ["article", "place"]
    list_select_related = ["article__page", "place"]


@admin.register(IngestRun)
class IngestRunAdmin(admin.ModelAdmin):
    list_display = [
        "started_at",
        "finished_at",
        "files_total",
        "files_failed",
        "items_added",
        "items_updated",
        "items_unchanged",
        "items_removed",
    ]
    search_fields = ["paths"]


@admin.register(IngestFile)
class IngestFileAdmin(admin.ModelAdmin):
    list_display = ["file_name", "status", "run", "items_added", "items_updated", "items_removed"]
    list_filter = ["status"]
    search_fields = ["file_name", "message"]
    autocomplete_fields = ["run"]
    list_select_related = ["run"]
