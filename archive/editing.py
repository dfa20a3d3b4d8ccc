"""Editors' fixes that span rows: split, merge and move paragraphs; merge duplicate people;
delete articles and restore them.

Each runs in one transaction. Rows saved through the ORM record history and queue a search
index update after commit. The (page, position) constraint holds after every statement: rows
that shift are first parked past the page's last position. Articles a fix touches list the
changed fields in edited_fields, so a re-ingest keeps the editor's cut; an article an editor
deletes leaves a DeletedArticle tombstone, so a re-ingest does not bring it back.
"""

from django.db import transaction
from django.db.models import F, Max

from archive.ingest.prepare import fingerprint
from archive.models import (
    Article,
    ArticlePlace,
    Byline,
    DeletedArticle,
    Person,
    PersonAlias,
    Place,
    SourcePage,
)


class EditError(ValueError):
    """A fix that cannot be made; str() is a one-line message for the editor."""


def mark_edited(article: Article, names) -> None:
    """Add names to edited_fields, in Article.EDITABLE_FIELDS order (not saved)."""
    edited = set(article.edited_fields) | set(names)
    article.edited_fields = [name for name in Article.EDITABLE_FIELDS if name in edited]


@transaction.atomic
def save_page(page: SourcePage, changed) -> int:
    """Save an editor's paper, edition date or page number, listed in edited_fields so a
    re-ingest keeps them. Articles dated by the old edition date take the new one, unless an
    editor dated them. Returns how many articles were dated again."""
    edited = set(page.edited_fields) | set(changed)
    page.edited_fields = [name for name in SourcePage.EDITABLE_FIELDS if name in edited]
    old_date = SourcePage.objects.filter(pk=page.pk).values_list("edition_date", flat=True).get()
    page.save()
    if "edition_date" not in changed or old_date == page.edition_date:
        return 0
    redated = [a for a in page.articles.filter(date=old_date) if "date" not in a.edited_fields]
    for article in redated:  # saved one by one: each records history and reaches the index
        article.date = page.edition_date
        article.save(update_fields=["date", "updated_at"])
    return len(redated)


def neighbour(article: Article, step: int) -> Article | None:
    """The item just before (step -1) or after (step 1) the article on its page."""
    siblings = Article.objects.filter(page_id=article.page_id)
    if step > 0:
        return siblings.filter(position__gt=article.position).order_by("position").first()
    return siblings.filter(position__lt=article.position).order_by("-position").first()


def _shift_after(article: Article, by: int) -> None:
    """Move every later item on the page by `by` positions, via parking above the last one."""
    later = Article.objects.filter(page_id=article.page_id, position__gt=article.position)
    top = Article.objects.filter(page_id=article.page_id).aggregate(top=Max("position"))["top"]
    park = top + abs(by) + 1
    later.update(position=F("position") + park)
    Article.objects.filter(page_id=article.page_id, position__gt=top).update(
        position=F("position") - park + by
    )


@transaction.atomic
def split_article(article: Article, at: int, title: str = "") -> Article:
    """Cut the article before paragraph `at` (0-based); the rest becomes the next item."""
    article = Article.objects.select_for_update().get(pk=article.pk)
    paragraphs = article.paragraphs
    if not 1 <= at < len(paragraphs):
        raise EditError(f"split point {at} must be between 1 and {len(paragraphs) - 1}")
    _shift_after(article, 1)
    second = Article(
        page_id=article.page_id,
        position=article.position + 1,
        kind=article.kind,
        title=title.strip(),
        paragraphs=paragraphs[at:],
        date=article.date,
        date_text=article.date_text,
    )
    _keep_subheads([article, second], article.subheads)
    second.fingerprint = fingerprint(second)
    mark_edited(second, ["paragraphs", "title"] if second.title else ["paragraphs"])
    second.save()
    article.paragraphs = paragraphs[:at]
    _keep_subheads([article], second.subheads + article.subheads)
    mark_edited(article, ["paragraphs"])
    article.save()
    return second


def _keep_subheads(articles: list[Article], subheads: list[str]) -> None:
    """A subheading stays one in whichever article its paragraph now belongs to."""
    for article in articles:
        article.subheads = [text for text in dict.fromkeys(subheads) if text in article.paragraphs]


@transaction.atomic
def delete_articles(articles, user=None) -> int:
    """Delete articles for good: each leaves a tombstone that re-ingests respect. Returns how
    many. (Merging deletes without a tombstone: the survivor's merged_fingerprints do that.)"""
    articles = list(articles)
    for article in articles:
        DeletedArticle.objects.update_or_create(
            page_id=article.page_id,
            fingerprint=article.fingerprint,
            defaults={"title": article.title, "article_pk": article.pk, "deleted_by": user},
        )
        article.delete()
    return len(articles)


@transaction.atomic
def merge_articles(first: Article, second: Article) -> Article:
    """Append the next item (e.g. a caption that belongs to the article) to the first; the
    second's text, bylines and places move over, then it is deleted."""
    first = Article.objects.select_for_update().get(pk=first.pk)
    following = neighbour(first, 1)
    if following is None or following.pk != second.pk:
        raise EditError(f"article {second.pk} is not the item right after article {first.pk}")
    first.paragraphs = first.paragraphs + second.paragraphs
    _keep_subheads([first], first.subheads + second.subheads)
    first.captions = first.captions + second.captions
    first.title = first.title or second.title
    first.merged_fingerprints = [
        *first.merged_fingerprints,
        second.fingerprint,
        *second.merged_fingerprints,
    ]
    _move_bylines(second, first)
    _move_places(second, first)
    mark_edited(first, ["title", "paragraphs", "captions", "bylines", "places"])
    first.save()
    second.delete()
    _shift_after(first, -1)
    return first


def _move_bylines(source: Article, target: Article) -> None:
    order = target.bylines.aggregate(top=Max("order"))["top"] or 0
    for n, byline in enumerate(source.bylines.order_by("order"), start=order + 1):
        byline.article, byline.order = target, n
        byline.save()


def _move_places(source: Article, target: Article) -> None:
    present = {ap.place_id: ap for ap in target.article_places.all()}
    for moving in source.article_places.all():
        kept = present.get(moving.place_id)
        if kept is None:
            moving.article = target
            moving.save()
            continue
        kept.mentions += moving.mentions
        kept.in_title = kept.in_title or moving.in_title
        kept.save()
        moving.delete()


@transaction.atomic
def move_paragraph(article: Article, step: int) -> Article:
    """Move the last paragraph to the start of the next item (step 1), or the first one to the
    end of the previous item (step -1). Returns the neighbour."""
    article = Article.objects.select_for_update().get(pk=article.pk)
    other = neighbour(article, step)
    if other is None:
        raise EditError(f"article {article.pk} has no {'next' if step > 0 else 'previous'} item")
    if not article.paragraphs:
        raise EditError(f"article {article.pk} has no paragraph to move")
    if step > 0:
        other.paragraphs = [article.paragraphs[-1], *other.paragraphs]
        article.paragraphs = article.paragraphs[:-1]
    else:
        other.paragraphs = [*other.paragraphs, article.paragraphs[0]]
        article.paragraphs = article.paragraphs[1:]
    _keep_subheads([article, other], article.subheads + other.subheads)
    for changed in (article, other):
        mark_edited(changed, ["paragraphs"])
        changed.save()
    return other


@transaction.atomic
def merge_people(survivor: Person, duplicates) -> int:
    """Credit the survivor wherever a duplicate was credited, remember the duplicates' names
    as aliases (so ingestion credits the survivor), then delete them. Returns bylines moved."""
    duplicates = [p for p in duplicates if p.pk != survivor.pk]
    if not duplicates:
        raise EditError(f"choose at least one person besides {survivor.name} to merge")
    moved = 0
    for byline in Byline.objects.filter(person__in=duplicates):
        byline.person = survivor
        byline.save()
        moved += 1
    PersonAlias.objects.filter(person__in=duplicates).update(person=survivor)
    for duplicate in duplicates:
        name = duplicate.name
        duplicate.delete()
        PersonAlias.objects.update_or_create(name=name, defaults={"person": survivor})
    return moved


@transaction.atomic
def restore_articles(tombstones, user=None) -> int:
    """Undo deletions: each article comes back under its old id (permalink) as it was when
    deleted, with its bylines and places, in its old reading place; its tombstone goes.
    Returns how many. All or nothing: one that cannot be restored raises EditError."""
    tombstones = list(tombstones)
    reason = f"restored by {user.get_username()}"[:100] if user else "restored"
    for tombstone in tombstones:
        _restore(tombstone, user, reason)
    return len(tombstones)


def _restore(tombstone: DeletedArticle, user, reason: str) -> None:
    pk = tombstone.article_pk
    if Article.objects.filter(pk=pk).exists():
        raise EditError(f"article {pk} exists already: nothing to restore")
    last = Article.history.filter(id=pk).order_by("-history_date", "-history_id").first()
    if last is None or last.history_type != "-":
        raise EditError(f"article {pk} has no deletion on record to restore it from")
    article = last.instance
    article.position = _free_position(article.page_id, article.position)
    rows = [
        article,
        *_deleted_with(Byline, pk, tombstone),
        *_deleted_with(ArticlePlace, pk, tombstone),
    ]
    for row in rows:
        row._history_user, row._change_reason = user, reason
        row.save(force_insert=True)
    # auto_now_add stamped the restore's time; the article was created when first ingested.
    Article.objects.filter(pk=pk).update(created_at=last.created_at)
    tombstone.delete()


def _free_position(page_id: int, old: int) -> int:
    """A deletion leaves a hole in the page's positions, and splits and merges shift every later
    item, hole included, by one: so the old position if free, else the free one nearest it
    (later on a tie), the end of the page counting as free."""
    taken = set(Article.objects.filter(page_id=page_id).values_list("position", flat=True))
    free = [p for p in range(1, max(taken, default=0) + 2) if p not in taken]
    return min(free, key=lambda p: (abs(p - old), -p))


def _deleted_with(model, article_pk: int, tombstone: DeletedArticle) -> list:
    """The article's bylines (or places) deleted with it, rebuilt from their history (the
    cascade records each one's deletion, after the tombstone was written), under new ids. A
    byline of a person merged away credits the survivor; rows whose person or place is gone
    are skipped."""
    records = model.history.latest_of_each().filter(
        article_id=article_pk, history_type="-", history_date__gte=tombstone.deleted_at
    )
    rows = []
    for record in records:
        row = record.instance
        row.pk = None
        if model is Byline:
            row.person_id = _credited(row.person_id)
            if row.person_id is None:
                continue
        elif not Place.objects.filter(pk=row.place_id).exists():
            continue
        rows.append(row)
    return rows


def _credited(person_id: int) -> int | None:
    """The person, or whoever they were merged into (by their name's alias); None if gone."""
    if Person.objects.filter(pk=person_id).exists():
        return person_id
    last = Person.history.filter(id=person_id).order_by("-history_date").first()
    alias = PersonAlias.objects.filter(name=last.name).first() if last else None
    return alias.person_id if alias else None
