"""The archive's tables: source pages, the articles cut from them, people and places.

Integrity lives in the schema (unique constraints, checks); ingestion logic lives in
archive/ingest/.
"""

from django.conf import settings
from django.db import models
from django.db.models import Count, F, Max, Min, Prefetch, Q
from django.db.models.functions import ExtractMonth, ExtractYear, Substr
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords


class SourcePage(models.Model):
    """One OCR'd page file as it was last ingested; file_name is its stable identity."""

    # What an editor can correct; listed in edited_fields once changed, so a re-ingest keeps it.
    EDITABLE_FIELDS = ("paper", "edition_date", "page_number")

    file_name = models.CharField(max_length=255, unique=True, verbose_name=_("文件名"))
    content_hash = models.CharField(
        max_length=64, help_text=_("OCR 原文的 sha256"), verbose_name=_("内容哈希")
    )
    raw_text = models.TextField(verbose_name=_("OCR 原文"))
    paper = models.CharField(max_length=100, blank=True, verbose_name=_("报名"))
    edition_date = models.DateField(null=True, blank=True, verbose_name=_("出版日期"))
    page_number = models.PositiveSmallIntegerField(null=True, blank=True, verbose_name=_("版次"))
    edited_fields = models.JSONField(
        default=list,
        blank=True,
        help_text=_("编辑改过的字段；重新导入时保留"),
        verbose_name=_("编辑改过的字段"),
    )
    ingested_at = models.DateTimeField(auto_now_add=True, verbose_name=_("导入时间"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("更新时间"))

    # Editors' corrections of the metadata; the text itself is the file's, not worth a copy.
    history = HistoricalRecords(excluded_fields=["raw_text"])

    class Meta:
        verbose_name = _("来源版面")
        verbose_name_plural = _("来源版面")
        ordering = ["file_name"]

    def __str__(self) -> str:
        return self.file_name

    def get_absolute_url(self) -> str:
        return reverse("source_page", args=[self.file_name])


class PlaceQuerySet(models.QuerySet):
    def article_counts(self, within: "Place | None" = None) -> dict[str, int]:
        """Distinct articles per place code, each place counting its sub-places' too.

        Codes nest by digit pairs, so grouping the places named in articles by their first 6, 4
        and 2 digits counts counties, cities and provinces: three grouped queries in all.
        """
        named = ArticlePlace.objects.order_by()
        if within is not None:
            named = named.filter(place__code__startswith=within.code_prefix)
        counts: dict[str, int] = {}
        for width, padding in ((6, ""), (4, "00"), (2, "0000")):
            grouped = (
                named.annotate(prefix=Substr("place__code", 1, width))
                .values("prefix")
                .annotate(n=Count("article_id", distinct=True))
                .values_list("prefix", "n")
            )
            counts.update((prefix + padding, n) for prefix, n in grouped)
        return counts

    def with_article_counts(self, within: "Place | None" = None) -> list["Place"]:
        """The places (of this queryset) that have articles, each with .article_count."""
        counts = self.article_counts(within)
        places = list(self.filter(code__in=counts).select_related("parent__parent"))
        for place in places:
            place.article_count = counts[place.code]
        return places

    def by_slugs(self, slugs: list[str]) -> "Place":
        """The place at a slug path (province first) in one query; DoesNotExist if none."""
        lookups: dict = {}
        prefix = ""
        for slug in reversed(slugs):
            lookups[f"{prefix}slug"] = slug
            prefix += "parent__"
        lookups[f"{prefix}isnull"] = True
        return self.select_related("parent__parent").get(**lookups)

    def covered_by(self, person: "Person") -> "PlaceQuerySet":
        """Places named in the person's articles, most articles first, with .article_count."""
        return (
            self.filter(article_places__article__bylines__person=person)
            .annotate(article_count=Count("article_places__article", distinct=True))
            .select_related("parent__parent")
            .order_by("-article_count", "code")
        )


class Place(models.Model):
    """An administrative division (province, city, county) from the gazetteer, as a tree."""

    class Level(models.TextChoices):
        PROVINCE = "province", _("省级")
        CITY = "city", _("地级")
        COUNTY = "county", _("县级")

    code = models.CharField(max_length=6, unique=True, verbose_name=_("区划代码"))
    name = models.CharField(max_length=64, verbose_name=_("名称"))
    level = models.CharField(max_length=8, choices=Level.choices, verbose_name=_("级别"))
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        verbose_name=_("上级"),
    )
    pinyin = models.CharField(
        max_length=128, help_text=_("全称拼音，不带声调：haerbinshi"), verbose_name=_("拼音")
    )
    slug = models.SlugField(
        max_length=64, help_text=_("去掉“省、市、县”等后缀的名称：haerbin"), verbose_name=_("简称")
    )

    objects = PlaceQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = pgettext_lazy("one", "地区")
        verbose_name_plural = _("地区")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "slug"], name="place_slug_unique_in_parent"),
            models.UniqueConstraint(
                fields=["slug"],
                condition=Q(parent__isnull=True),
                name="place_slug_unique_at_top",
            ),
            models.CheckConstraint(condition=Q(code__regex=r"^[0-9]{6}$"), name="place_code_6"),
            models.CheckConstraint(
                condition=Q(level__in=["province", "city", "county"]), name="place_level_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        slugs = [p.slug for p in self.ancestors()] + [self.slug]
        return reverse("place_detail", args=["/".join(slugs)])

    @property
    def code_prefix(self) -> str:
        """The part of the code every descendant shares (the codes nest by digit pairs)."""
        return {self.Level.PROVINCE: self.code[:2], self.Level.CITY: self.code[:4]}.get(
            self.level, self.code
        )

    def ancestors(self) -> list["Place"]:
        """Province first, not including self (no query when parents are select_related)."""
        chain = []
        node = self.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain[::-1]

    def descendants(self) -> models.QuerySet["Place"]:
        """Every place below this one, in one query by code prefix."""
        if self.level == self.Level.COUNTY:
            return Place.objects.none()
        return Place.objects.filter(code__startswith=self.code_prefix).exclude(pk=self.pk)

    def path_names(self) -> list[str]:
        """Names from the province down to this place: ["黑龙江省", "哈尔滨市", "南岗区"]."""
        return [p.name for p in self.ancestors()] + [self.name]


class PersonQuerySet(models.QuerySet):
    def with_article_counts(self) -> "PersonQuerySet":
        """Everyone credited, most articles first, with .article_count."""
        return self.annotate(article_count=Count("bylines__article", distinct=True)).order_by(
            "-article_count", "name"
        )


class Person(models.Model):
    """Someone named in a byline or photo credit, shared across articles by exact name."""

    name = models.CharField(max_length=64, unique=True, verbose_name=_("姓名"))

    objects = PersonQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = pgettext_lazy("one", "人物")
        verbose_name_plural = _("人物")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("person_detail", args=[self.pk])

    def role_counts(self) -> list[tuple[str, int]]:
        """The roles printed beside this name, most used first."""
        rows = self.bylines.order_by().values("role").annotate(n=Count("id"))
        return [(row["role"], row["n"]) for row in rows.order_by("-n", "role")]


class ArticleQuerySet(models.QuerySet):
    def in_place(self, place: Place) -> "ArticleQuerySet":
        """Articles about the place or anywhere inside it."""
        about = ArticlePlace.objects.filter(place__code__startswith=place.code_prefix)
        return self.filter(pk__in=about.values("article_id"))

    def by_person(self, person: Person) -> "ArticleQuerySet":
        return self.filter(pk__in=Byline.objects.filter(person=person).values("article_id"))

    def needs_review(self) -> "ArticleQuerySet":
        """Cuts the parser doubted that no editor has marked reviewed: what to check first."""
        return self.filter(reviewed=False).exclude(doubts=[])

    def newest_first(self) -> "ArticleQuerySet":
        """By date, newest first (undated last), then by page and reading order."""
        return self.order_by(F("date").desc(nulls_last=True), "page__file_name", "position")

    def listing(self) -> "ArticleQuerySet":
        """What an article list shows (page, bylines, places), newest first: four queries."""
        return self.with_related().newest_first()

    def undated(self) -> "ArticleQuerySet":
        """No known year (at most a printed month-day, kept as date_text)."""
        return self.filter(date=None)

    def dateless(self) -> "ArticleQuerySet":
        """Neither a year nor a printed month-day."""
        return self.undated().filter(date_text="")

    def in_month(self, year: int, month: int) -> "ArticleQuerySet":
        return self.filter(date__year=year, date__month=month)

    def day_counts(self, year: int, month: int) -> dict[int, int]:
        """{day: articles} of the month's days that have articles (its calendar)."""
        rows = (
            self.in_month(year, month)
            .values("date__day")
            .annotate(n=Count("id"))
            .values_list("date__day", "n")
        )
        return dict(rows)

    def on_month_day(self, month: int, day: int) -> "ArticleQuerySet":
        """Undated articles printed with this month and day (2月24日), year unknown."""
        return self.undated().filter(date_text=f"--{month:02d}-{day:02d}")

    def month_day_counts(self) -> list[tuple[int, int, int]]:
        """(month, day, articles) of the undated articles' printed month-days, in calendar order."""
        rows = (
            self.undated()
            .exclude(date_text="")
            .values("date_text")
            .annotate(n=Count("id"))
            .order_by("date_text")
            .values_list("date_text", "n")
        )
        return [(int(text[2:4]), int(text[5:7]), n) for text, n in rows]

    def month_counts(self) -> list[tuple[int, int, int]]:
        """(year, month, articles) for every month with dated articles, oldest first."""
        return list(
            self.exclude(date=None)
            .annotate(year=ExtractYear("date"), month=ExtractMonth("date"))
            .values("year", "month")
            .annotate(n=Count("id"))
            .order_by("year", "month")
            .values_list("year", "month", "n")
        )

    def date_range(self) -> dict:
        return self.aggregate(first=Min("date"), last=Max("date"))

    def related_to(self, article: "Article", limit: int = 5) -> "ArticleQuerySet":
        """Other articles about the article's most specific places or by its people.

        Reads the article's prefetched places and bylines (see with_related): one query.
        """
        place_ids = [place.pk for place in article.specific_places()]
        person_ids = [byline.person_id for byline in article.bylines.all()]
        about = ArticlePlace.objects.filter(place_id__in=place_ids).values("article_id")
        by = Byline.objects.filter(person_id__in=person_ids).values("article_id")
        return (
            self.filter(Q(pk__in=about) | Q(pk__in=by))
            .exclude(pk=article.pk)
            .select_related("page")
            .newest_first()[:limit]
        )

    def for_hits(self) -> "ArticleQuerySet":
        """with_related() for a page of search hits, fetched by id: unordered (the engine
        orders them), without the page's OCR text and the review data no hit shows."""
        return (
            self.with_related()
            .order_by()
            .defer(
                "page__raw_text",
                "page__edited_fields",
                "edited_fields",
                "doubts",
                "merged_fingerprints",
                "subheads",
                "continuations",
            )
        )

    def with_related(self) -> "ArticleQuerySet":
        """Page, bylines (in order) and places (with their ancestors) in three queries."""
        return self.select_related("page").prefetch_related(
            Prefetch("bylines", queryset=Byline.objects.select_related("person")),
            Prefetch(
                "article_places",
                queryset=ArticlePlace.objects.select_related("place__parent__parent"),
            ),
        )


# The printed byline's room: a few credit lines and brackets, each under a hundred characters.
BYLINE_MAX = 500


class Article(models.Model):
    """One article or photo item cut from a page; its id is the permalink."""

    class Kind(models.TextChoices):
        ARTICLE = "article", _("文章")
        PHOTO = "photo", _("图片")

    # Names an editor can list in edited_fields; "date" covers date and date_text.
    EDITABLE_FIELDS = (
        "kind",
        "kicker",
        "title",
        "subtitle",
        "paragraphs",
        "captions",
        "dateline",
        "continuations",
        "date",
        "byline",
        "bylines",
        "places",
    )

    page = models.ForeignKey(
        SourcePage, on_delete=models.CASCADE, related_name="articles", verbose_name=_("来源版面")
    )
    position = models.PositiveIntegerField(
        help_text=_("在版面上的阅读顺序，从 1 起"), verbose_name=_("版内顺序")
    )
    kind = models.CharField(
        max_length=8, choices=Kind.choices, default=Kind.ARTICLE, verbose_name=_("类型")
    )
    kicker = models.CharField(max_length=500, blank=True, verbose_name=_("引题"))
    title = models.CharField(max_length=500, blank=True, verbose_name=_("标题"))
    subtitle = models.CharField(max_length=500, blank=True, verbose_name=_("副题"))
    paragraphs = models.JSONField(default=list, blank=True, verbose_name=_("正文段落"))
    subheads = models.JSONField(
        default=list,
        blank=True,
        help_text=_("正文中作小标题的段落（按文字）"),
        verbose_name=_("小标题"),
    )
    captions = models.JSONField(default=list, blank=True, verbose_name=_("图片说明"))
    dateline = models.CharField(max_length=200, blank=True, verbose_name=_("电头"))
    byline = models.CharField(
        max_length=BYLINE_MAX,
        blank=True,
        help_text=_("版面上印出的署名，照原样（含报社名），供引用"),
        verbose_name=_("原文署名"),
    )
    continuations = models.JSONField(default=list, blank=True, verbose_name=_("转版标记"))
    date = models.DateField(
        null=True,
        blank=True,
        help_text=_("文中印出的完整日期，否则为版面的出版日期"),
        verbose_name=_("日期"),
    )
    date_text = models.CharField(
        max_length=10,
        blank=True,
        help_text=_("只印出月日时记为 “--MM-DD”"),
        verbose_name=_("月日（年份不详）"),
    )
    fingerprint = models.CharField(
        max_length=32,
        db_index=True,
        help_text=_("规范化正文开头的哈希"),
        verbose_name=_("指纹"),
    )
    edited_fields = models.JSONField(
        default=list,
        blank=True,
        help_text=_("编辑改过的字段；重新导入时保留"),
        verbose_name=_("编辑改过的字段"),
    )
    reviewed = models.BooleanField(default=False, verbose_name=_("已审阅"))
    doubts = models.JSONField(
        default=list,
        blank=True,
        help_text=_("切分存疑的原因（修复移动了文字、没有标题、地名无法确定等）"),
        verbose_name=_("存疑之处"),
    )
    merged_fingerprints = models.JSONField(
        default=list,
        blank=True,
        help_text=_("并入本文的条目指纹（重新导入时不再新建）"),
        verbose_name=_("已合并的指纹"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("创建时间"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("更新时间"))

    persons = models.ManyToManyField(
        Person, through="Byline", related_name="articles", verbose_name=_("人物")
    )
    places = models.ManyToManyField(
        Place, through="ArticlePlace", related_name="articles", verbose_name=_("地区")
    )

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = pgettext_lazy("one", "文章")
        verbose_name_plural = _("文章")
        ordering = ["page__file_name", "position"]
        constraints = [
            models.UniqueConstraint(fields=["page", "position"], name="article_position_unique"),
            models.CheckConstraint(
                condition=Q(kind__in=["article", "photo"]), name="article_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.title or f"{self.page} #{self.position}"

    def get_absolute_url(self) -> str:
        return reverse("article_detail", args=[self.pk])

    def specific_places(self) -> list[Place]:
        """Its places less those that only contain another of them (南岗区, not 哈尔滨市).

        Reads prefetched article_places (see with_related): no query.
        """
        places = [ap.place for ap in self.article_places.all()]
        broader = {ancestor.pk for place in places for ancestor in place.ancestors()}
        return [place for place in places if place.pk not in broader]


class DeletedArticle(models.Model):
    """A tombstone: an item an editor deleted, so re-ingesting its page does not re-create it.

    Matched by the item's fingerprint on its page; deleting the tombstone undoes it (the next
    ingest with --force cuts the item afresh).
    """

    page = models.ForeignKey(
        SourcePage,
        on_delete=models.CASCADE,
        related_name="deleted_articles",
        verbose_name=_("来源版面"),
    )
    fingerprint = models.CharField(max_length=32, verbose_name=_("指纹"))
    title = models.CharField(max_length=500, blank=True, verbose_name=_("标题"))
    article_pk = models.PositiveIntegerField(
        help_text=_("被删文章的编号（旧的永久链接）"),
        verbose_name=_("原文章编号"),
    )
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        verbose_name=_("删除人"),
    )
    deleted_at = models.DateTimeField(auto_now_add=True, verbose_name=_("删除时间"))

    class Meta:
        verbose_name = _("已删除文章")
        verbose_name_plural = _("已删除文章")
        ordering = ["-deleted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "fingerprint"], name="deleted_article_unique_on_page"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.page} #{self.article_pk} {self.title}".strip()


class PersonAlias(models.Model):
    """A name merged into another person: ingestion credits the survivor, not a new row."""

    name = models.CharField(max_length=64, unique=True, verbose_name=_("别名"))
    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="aliases", verbose_name=_("人物")
    )

    class Meta:
        verbose_name = _("人名别名")
        verbose_name_plural = _("人名别名")
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} → {self.person}"


class Byline(models.Model):
    """A person credited on an article, with the role printed beside the name."""

    # The roles seen in print; others (e.g. 本报评论员) are stored as printed.
    REPORTER = "记者"
    INTERN = "实习记者"
    TRAINEE = "见习记者"
    SPECIAL = "特约记者"
    CORRESPONDENT = "通讯员"
    PHOTOGRAPHER = "摄影"
    XINHUA = "新华社记者"
    AUTHOR = "作者"
    COMMON_ROLES = (REPORTER, INTERN, TRAINEE, SPECIAL, CORRESPONDENT, PHOTOGRAPHER, XINHUA, AUTHOR)

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="bylines", verbose_name=_("文章")
    )
    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="bylines", verbose_name=_("人物")
    )
    role = models.CharField(max_length=32, blank=True, verbose_name=_("身份"))
    order = models.PositiveSmallIntegerField(verbose_name=_("顺序"))

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("署名")
        verbose_name_plural = _("署名")
        ordering = ["article_id", "order"]
        constraints = [
            models.UniqueConstraint(fields=["article", "order"], name="byline_order_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.role} {self.person}".strip()


class ArticlePlace(models.Model):
    """A place an article is about, with how often it is named and whether in the headline."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="article_places", verbose_name=_("文章")
    )
    place = models.ForeignKey(
        Place, on_delete=models.PROTECT, related_name="article_places", verbose_name=_("地区")
    )
    mentions = models.PositiveIntegerField(default=1, verbose_name=_("提及次数"))
    in_title = models.BooleanField(default=False, verbose_name=_("见于标题"))

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("文章地区")
        verbose_name_plural = _("文章地区")
        ordering = ["article_id", "-in_title", "-mentions", "place__code"]
        constraints = [
            models.UniqueConstraint(fields=["article", "place"], name="article_place_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.article_id} → {self.place}"


class IngestRun(models.Model):
    """One `manage.py ingest` run: what it read, what it changed, what failed.

    Dry runs are not recorded: they change nothing.
    """

    started_at = models.DateTimeField(verbose_name=_("开始时间"))
    finished_at = models.DateTimeField(null=True, blank=True, verbose_name=_("结束时间"))
    paths = models.JSONField(default=list, verbose_name=_("路径"))
    dry_run = models.BooleanField(default=False, verbose_name=_("试运行"))
    files_total = models.PositiveIntegerField(default=0, verbose_name=_("文件数"))
    files_failed = models.PositiveIntegerField(default=0, verbose_name=_("失败文件数"))
    items_added = models.PositiveIntegerField(default=0, verbose_name=_("新增条目"))
    items_updated = models.PositiveIntegerField(default=0, verbose_name=_("更新条目"))
    items_unchanged = models.PositiveIntegerField(default=0, verbose_name=_("未变条目"))
    items_removed = models.PositiveIntegerField(default=0, verbose_name=_("删除条目"))
    errors = models.JSONField(
        default=list, blank=True, help_text=_("每行“文件：消息”"), verbose_name=_("错误")
    )

    class Meta:
        verbose_name = _("导入批次")
        verbose_name_plural = _("导入批次")
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"ingest {self.started_at:%Y-%m-%d %H:%M} ({self.files_total} files)"


class IngestFile(models.Model):
    """What one run did with one file."""

    class Status(models.TextChoices):
        ADDED = "added", _("新增")
        UPDATED = "updated", _("更新")
        UNCHANGED = "unchanged", _("未变")
        FAILED = "failed", _("失败")

    run = models.ForeignKey(
        IngestRun, on_delete=models.CASCADE, related_name="files", verbose_name=_("导入批次")
    )
    file_name = models.CharField(max_length=1024, verbose_name=_("文件名"))
    status = models.CharField(max_length=10, choices=Status.choices, verbose_name=_("状态"))
    items_added = models.PositiveIntegerField(default=0, verbose_name=_("新增条目"))
    items_updated = models.PositiveIntegerField(default=0, verbose_name=_("更新条目"))
    items_unchanged = models.PositiveIntegerField(default=0, verbose_name=_("未变条目"))
    items_removed = models.PositiveIntegerField(default=0, verbose_name=_("删除条目"))
    message = models.TextField(blank=True, verbose_name=_("消息"))

    class Meta:
        verbose_name = _("导入文件")
        verbose_name_plural = _("导入文件")
        ordering = ["run_id", "file_name"]

    def __str__(self) -> str:
        return f"{self.file_name}: {self.status}"
