"""The archive's tables: source pages, the articles cut from them, people and places.

Integrity lives in the schema (unique constraints, checks); ingestion logic lives in
archive/ingest/.
"""

from django.conf import settings
from django.db import models
from django.db.models import Count, F, Max, Min, Prefetch, Q
from django.db.models.functions import ExtractMonth, ExtractYear, Substr
from django.urls import reverse
from simple_history.models import HistoricalRecords


class SourcePage(models.Model):
    """One OCR'd page file as it was last ingested; file_name is its stable identity."""

    file_name = models.CharField(max_length=255, unique=True)
    content_hash = models.CharField(max_length=64, help_text="sha256 of raw_text")
    raw_text = models.TextField()
    paper = models.CharField(max_length=100, blank=True)
    edition_date = models.DateField(null=True, blank=True)
    page_number = models.PositiveSmallIntegerField(null=True, blank=True)
    ingested_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["file_name"]

    def __str__(self) -> str:
        return self.file_name


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
        PROVINCE = "province", "省级"
        CITY = "city", "地级"
        COUNTY = "county", "县级"

    code = models.CharField(max_length=6, unique=True)
    name = models.CharField(max_length=64)
    level = models.CharField(max_length=8, choices=Level.choices)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    pinyin = models.CharField(max_length=128, help_text="Full name, toneless: haerbinshi")
    slug = models.SlugField(max_length=64, help_text="Name without its suffix: haerbin")

    objects = PlaceQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
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

    name = models.CharField(max_length=64, unique=True)

    objects = PersonQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

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

    def with_related(self) -> "ArticleQuerySet":
        """Page, bylines (in order) and places (with their ancestors) in three queries."""
        return self.select_related("page").prefetch_related(
            Prefetch("bylines", queryset=Byline.objects.select_related("person")),
            Prefetch(
                "article_places",
                queryset=ArticlePlace.objects.select_related("place__parent__parent"),
            ),
        )


class Article(models.Model):
    """One article or photo item cut from a page; its id is the permalink."""

    class Kind(models.TextChoices):
        ARTICLE = "article", "文章"
        PHOTO = "photo", "图片"

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
        "bylines",
        "places",
    )

    page = models.ForeignKey(SourcePage, on_delete=models.CASCADE, related_name="articles")
    position = models.PositiveIntegerField(help_text="1-based reading order on the page")
    kind = models.CharField(max_length=8, choices=Kind.choices, default=Kind.ARTICLE)
    kicker = models.CharField(max_length=500, blank=True)
    title = models.CharField(max_length=500, blank=True)
    subtitle = models.CharField(max_length=500, blank=True)
    paragraphs = models.JSONField(default=list, blank=True)
    captions = models.JSONField(default=list, blank=True)
    dateline = models.CharField(max_length=200, blank=True)
    continuations = models.JSONField(default=list, blank=True)
    date = models.DateField(
        null=True, blank=True, help_text="Printed full date, else the page's edition date"
    )
    date_text = models.CharField(
        max_length=10, blank=True, help_text='"--MM-DD" when only a month and day were printed'
    )
    fingerprint = models.CharField(
        max_length=32, db_index=True, help_text="Hash of the normalised body start"
    )
    edited_fields = models.JSONField(
        default=list, blank=True, help_text="Fields an editor changed; ingestion keeps them"
    )
    reviewed = models.BooleanField(default=False)
    doubts = models.JSONField(
        default=list,
        blank=True,
        help_text="Why the parser doubted this cut (a repair moved text, no title)",
    )
    merged_fingerprints = models.JSONField(
        default=list,
        blank=True,
        help_text="Fingerprints of items merged into this one (not re-created)",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    persons = models.ManyToManyField(Person, through="Byline", related_name="articles")
    places = models.ManyToManyField(Place, through="ArticlePlace", related_name="articles")

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
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

    page = models.ForeignKey(SourcePage, on_delete=models.CASCADE, related_name="deleted_articles")
    fingerprint = models.CharField(max_length=32)
    title = models.CharField(max_length=500, blank=True)
    article_pk = models.PositiveIntegerField(
        help_text="The deleted article's id (its old permalink)"
    )
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    deleted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
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

    name = models.CharField(max_length=64, unique=True)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "person aliases"

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

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bylines")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="bylines")
    role = models.CharField(max_length=32, blank=True)
    order = models.PositiveSmallIntegerField()

    history = HistoricalRecords()

    class Meta:
        ordering = ["article_id", "order"]
        constraints = [
            models.UniqueConstraint(fields=["article", "order"], name="byline_order_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.role} {self.person}".strip()


class ArticlePlace(models.Model):
    """A place an article is about, with how often it is named and whether in the headline."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="article_places")
    place = models.ForeignKey(Place, on_delete=models.PROTECT, related_name="article_places")
    mentions = models.PositiveIntegerField(default=1)
    in_title = models.BooleanField(default=False)

    history = HistoricalRecords()

    class Meta:
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

    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    paths = models.JSONField(default=list)
    dry_run = models.BooleanField(default=False)
    files_total = models.PositiveIntegerField(default=0)
    files_failed = models.PositiveIntegerField(default=0)
    items_added = models.PositiveIntegerField(default=0)
    items_updated = models.PositiveIntegerField(default=0)
    items_unchanged = models.PositiveIntegerField(default=0)
    items_removed = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True, help_text='"file: message" lines')

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"ingest {self.started_at:%Y-%m-%d %H:%M} ({self.files_total} files)"


class IngestFile(models.Model):
    """What one run did with one file."""

    class Status(models.TextChoices):
        ADDED = "added", "新增"
        UPDATED = "updated", "更新"
        UNCHANGED = "unchanged", "未变"
        FAILED = "failed", "失败"

    run = models.ForeignKey(IngestRun, on_delete=models.CASCADE, related_name="files")
    file_name = models.CharField(max_length=1024)
    status = models.CharField(max_length=10, choices=Status.choices)
    items_added = models.PositiveIntegerField(default=0)
    items_updated = models.PositiveIntegerField(default=0)
    items_unchanged = models.PositiveIntegerField(default=0)
    items_removed = models.PositiveIntegerField(default=0)
    message = models.TextField(blank=True)

    class Meta:
        ordering = ["run_id", "file_name"]

    def __str__(self) -> str:
        return f"{self.file_name}: {self.status}"
