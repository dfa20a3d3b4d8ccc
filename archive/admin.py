"""The editors' admin: correct articles, bylines, places and people, fix cuts, keep history.

Every article save lists the changed fields in Article.edited_fields, so a re-ingest never
overwrites them; the cut fixes and the people merge live in archive.editing. Saves reach the
search index after commit (search.signals).
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from archive import editing
from archive.admin_forms import (
    ArticleForm,
    MergeNextForm,
    MergePeopleForm,
    MoveParagraphForm,
    SplitForm,
)
from archive.models import (
    Article,
    ArticlePlace,
    Byline,
    DeletedArticle,
    IngestFile,
    IngestRun,
    Person,
    Place,
    SourcePage,
)
from search.query import search
from search.signals import reindex_articles

BODY_SEARCH_HITS = 200  # articles the index adds to a changelist search (body text matches)


class NeedsReviewFilter(admin.SimpleListFilter):
    """Cuts the parser was unsure of (a repair moved text, no title found or one guessed, a
    byline of unknown shape, a place undecided), not yet reviewed; on the pages list, the pages
    holding any."""

    title = _("需要复核")
    parameter_name = "needs_review"

    def lookups(self, request, model_admin):
        return [("yes", _("需要复核"))]

    def queryset(self, request, queryset):
        if self.value() != "yes":
            return queryset
        doubted = Article.objects.needs_review()
        if queryset.model is SourcePage:
            return queryset.filter(pk__in=doubted.values("page_id"))
        return queryset.filter(pk__in=doubted.values("pk"))


@admin.register(SourcePage)
class SourcePageAdmin(SimpleHistoryAdmin):
    """Editors correct a page's paper, edition date and page number; the file stays as read."""

    list_display = ["file_name", "paper", "edition_date", "page_number", "updated_at"]
    search_fields = ["file_name", "paper"]
    list_filter = ["paper", NeedsReviewFilter]
    fields = ["file_name", "paper", "edition_date", "page_number", "edited_fields", "updated_at"]
    readonly_fields = ["file_name", "edited_fields", "updated_at"]

    def has_add_permission(self, request):
        return False  # pages come from ingestion

    def save_model(self, request, obj, form, change):
        names = [name for name in form.changed_data if name in SourcePage.EDITABLE_FIELDS]
        redated = editing.save_page(obj, names)
        if redated:
            self.message_user(request, f"{redated} 篇文章改用新的出版日期。", messages.INFO)


class PlaceFilter(admin.SimpleListFilter):
    """Provinces and cities that have articles; choosing one includes its sub-places."""

    title = _("地区")
    parameter_name = "place"

    def lookups(self, request, model_admin):
        places = Place.objects.exclude(level=Place.Level.COUNTY).with_article_counts()
        return [(p.code, f"{'·'.join(p.path_names())} ({p.article_count})") for p in places]

    def queryset(self, request, queryset):
        place = Place.objects.filter(code=self.value()).first() if self.value() else None
        return queryset if place is None else queryset.in_place(place)


class BylineInline(admin.TabularInline):
    model = Byline
    fields = ["order", "role", "person"]
    autocomplete_fields = ["person"]
    extra = 0


class ArticlePlaceInline(admin.TabularInline):
    model = ArticlePlace
    fields = ["place", "mentions", "in_title"]
    autocomplete_fields = ["place"]
    extra = 0


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    form = ArticleForm
    inlines = [BylineInline, ArticlePlaceInline]
    readonly_fields = ["page", "position", "edited_fields", "doubts", "updated_at"]
    list_display = ["short_title", "page", "position", "date", "kind", "place_names"]
    list_display += ["byline_names"]
    list_display += ["reviewed"]
    list_filter = [PlaceFilter, "kind", "date", ("page", admin.RelatedOnlyFieldListFilter)]
    list_filter += ["reviewed", NeedsReviewFilter]
    search_fields = ["title", "kicker", "subtitle", "bylines__person__name"]
    list_select_related = ["page"]
    show_full_result_count = False
    actions = ["mark_reviewed", "reindex"]
    # Cut fixes: URL name suffix -> (form, whether it deletes an article)
    CUT_FIXES = {
        "split": (SplitForm, False),
        "merge_next": (MergeNextForm, True),
        "move_paragraph": (MoveParagraphForm, False),
    }

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related("bylines__person", "article_places__place")
        )

    class Media:
        css = {"all": ["archive/admin.css"]}  # fixed column widths: a list editors can scan

    @admin.display(description=_("标题"), ordering="title")
    def short_title(self, article):
        """Cut to its column by CSS (one line a row), the full title on hover."""
        title = article.title or _("（无标题）")
        return format_html('<span title="{}">{}</span>', title, title)

    @admin.display(description=_("地区"))
    def place_names(self, article):
        return "、".join(ap.place.name for ap in article.article_places.all())

    @admin.display(description=_("署名"))
    def byline_names(self, article):
        return "、".join(str(b) for b in article.bylines.all())

    def get_search_results(self, request, queryset, search_term):
        """Titles and people by the database; body text by the search index."""
        found, distinct = super().get_search_results(request, queryset, search_term)
        if search_term.strip():
            hits = search(search_term, page_size=BODY_SEARCH_HITS).hits
            found = found | queryset.filter(pk__in=[hit.article.pk for hit in hits])
        return found, distinct

    def save_model(self, request, obj, form, change):
        editing.mark_edited(obj, form.edited_names())
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        """Changed bylines or places are editor's edits too: list them in edited_fields."""
        super().save_formset(request, form, formset, change)
        name = {Byline: "bylines", ArticlePlace: "places"}[formset.model]
        article = form.instance
        if formset.has_changed() and name not in article.edited_fields:
            editing.mark_edited(article, [name])
            article.save(update_fields=["edited_fields", "updated_at"])

    def delete_model(self, request, obj):
        editing.delete_articles([obj], request.user)

    def delete_queryset(self, request, queryset):
        editing.delete_articles(queryset, request.user)

    @admin.action(description=_("标记为已审阅"), permissions=["change"])
    def mark_reviewed(self, request, queryset):
        with transaction.atomic():
            for article in queryset.filter(reviewed=False):
                article.reviewed = True
                article.save(update_fields=["reviewed", "updated_at"])
        self.message_user(request, "已标记为已审阅。", messages.SUCCESS)

    @admin.action(description=_("重建所选文章的检索索引"), permissions=["change"])
    def reindex(self, request, queryset):
        pks = list(queryset.values_list("pk", flat=True))
        transaction.on_commit(lambda: reindex_articles(pks))
        self.message_user(request, f"已重建 {len(pks)} 篇文章的索引。", messages.SUCCESS)

    def get_urls(self):
        cut_urls = [
            path(
                f"<path:object_id>/{name.replace('_', '-')}/",
                self.admin_site.admin_view(self.cut_view),
                {"fix": name},
                name=f"archive_article_{name}",
            )
            for name in self.CUT_FIXES
        ]
        return cut_urls + super().get_urls()

    def cut_view(self, request, object_id, fix):
        """Confirm and make one cut fix (split, merge with the next item, move a paragraph)."""
        form_class, deletes = self.CUT_FIXES[fix]
        article = self.get_object(request, object_id)
        if article is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        allowed = self.has_change_permission(request, article) and (
            not deletes or self.has_delete_permission(request, article)
        )
        if not allowed:
            raise PermissionDenied
        form = form_class(article, request.POST if request.method == "POST" else None)
        if form.is_bound and form.is_valid():
            try:
                shown = form.apply()
            except editing.EditError as error:
                form.add_error(None, str(error))
            else:
                self.message_user(request, f"{form.title}：完成。", messages.SUCCESS)
                return redirect(reverse("admin:archive_article_change", args=[shown.pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": article,
            "title": form.title,
            "form": form,
        }
        return TemplateResponse(request, "admin/archive/article/cut_form.html", context)


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ["name"]
    search_fields = ["name", "aliases__name"]
    actions = ["merge_people"]

    @admin.action(description=_("合并所选人物（选择保留的一位）"), permissions=["change", "delete"])
    def merge_people(self, request, queryset):
        form = MergePeopleForm(queryset, request.POST if "survivor" in request.POST else None)
        if form.is_bound and form.is_valid():
            survivor = form.cleaned_data["survivor"]
            try:
                moved = editing.merge_people(survivor, list(queryset))
            except editing.EditError as error:
                self.message_user(request, str(error), messages.ERROR)
                return None
            self.message_user(request, f"已并入 {survivor}：{moved} 条署名转移。", messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "合并人物",
            "form": form,
            "queryset": queryset,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/archive/person/merge_people.html", context)


@admin.register(DeletedArticle)
class DeletedArticleAdmin(admin.ModelAdmin):
    """Articles editors deleted, which re-ingests skip. The restore action brings them back as
    they were, under their old ids; deleting a row here only lets the next `ingest --force` of
    the page cut the item afresh, under a new id."""

    list_display = ["title", "page", "article_pk", "deleted_by", "deleted_at"]
    search_fields = ["title", "page__file_name"]
    list_select_related = ["page", "deleted_by"]
    readonly_fields = ["page", "fingerprint", "title", "article_pk", "deleted_by", "deleted_at"]
    actions = ["restore"]

    @admin.action(description=_("恢复所选文章"), permissions=["restore"])
    def restore(self, request, queryset):
        try:
            restored = editing.restore_articles(queryset, request.user)
        except editing.EditError as error:
            self.message_user(request, str(error), messages.ERROR)
            return
        self.message_user(request, f"已恢复 {restored} 篇文章。", messages.SUCCESS)

    def has_restore_permission(self, request):
        """Whoever may delete articles may undo that."""
        return request.user.has_perm("archive.delete_article")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Byline)
class BylineAdmin(SimpleHistoryAdmin):
    list_display = ["article", "order", "role", "person"]
    search_fields = ["person__name", "role", "article__title"]
    autocomplete_fields = ["article", "person"]
    list_select_related = ["article__page", "person"]


@admin.register(Place)
class PlaceAdmin(SimpleHistoryAdmin):
    list_display = ["code", "name", "level", "parent", "slug"]
    list_filter = ["level"]
    search_fields = ["code", "name", "pinyin", "slug"]
    autocomplete_fields = ["parent"]
    list_select_related = ["parent"]


@admin.register(ArticlePlace)
class ArticlePlaceAdmin(SimpleHistoryAdmin):
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
