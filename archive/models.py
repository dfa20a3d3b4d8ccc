"""The archive's tables: source pages, the articles cut from them, people and places.

Integrity lives in the schema (unique constraints, checks); ingestion logic lives in
archive/ingest/.
"""

from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse


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


class Person(models.Model):
    """Someone named in a byline or photo credit, shared across articles by exact name."""

    name = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return self.name


class ArticleQuerySet(models.QuerySet):
    def in_place(self, place: Place) -> "ArticleQuerySet":
        """Articles about the place or anywhere inside it."""
        about = ArticlePlace.objects.filter(place__code__startswith=place.code_prefix)
        return self.filter(pk__in=about.values("article_id"))

    def by_person(self, person: Person) -> "ArticleQuerySet":
        return self.filter(pk__in=Byline.objects.filter(person=person).values("article_id"))

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
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    persons = models.ManyToManyField(Person, through="Byline", related_name="articles")
    places = models.ManyToManyField(Place, through="ArticlePlace", related_name="articles")

    objects = ArticleQuerySet.as_manager()

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
