"""Store one prepared page in one transaction, converging on the same rows when re-run.

Existing articles are matched to the new cut by fingerprint, then by position, so they keep
their ids (permalinks). Fields an editor changed (Article.edited_fields) are never overwritten,
and an edited article that no longer matches anything is kept rather than deleted. Items an
editor merged into another article (Article.merged_fingerprints) are not re-created, and names
merged into another person (PersonAlias) credit that person.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count
from simple_history.utils import bulk_create_with_history

from archive.ingest.prepare import PreparedItem, PreparedPage
from archive.ingest.reading import PageFile
from archive.models import Article, ArticlePlace, Byline, Person, PersonAlias, Place, SourcePage
from archive.signals import articles_stored

# Article fields taken from the cut, keyed by the name an editor lists in edited_fields.
_EDITABLE = {name: (name,) for name in Article.EDITABLE_FIELDS if name not in {"bylines", "places"}}
_EDITABLE["date"] = ("date", "date_text")


@dataclass
class StoreOutcome:
    created_page: bool
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    kept: list[int] = field(default_factory=list)  # ids of edited articles no longer matched
    warnings: list[str] = field(default_factory=list)


def stored_unchanged(file: PageFile) -> int | None:
    """The article count if this exact file (text and sidecar) is already stored, else None."""
    page = (
        SourcePage.objects.filter(
            file_name=file.name,
            content_hash=file.content_hash,
            paper=file.paper,
            edition_date=file.edition_date,
            page_number=file.page_number,
        )
        .annotate(n=Count("articles"))
        .first()
    )
    return None if page is None else page.n


@transaction.atomic
def store_page(prepared: PreparedPage) -> StoreOutcome:
    page, created = _save_page(prepared.file)
    outcome = StoreOutcome(created_page=created)
    existing = list(
        page.articles.order_by("position").prefetch_related(
            "bylines__person", "article_places__place"
        )
    )
    merged = {fingerprint for a in existing for fingerprint in a.merged_fingerprints}
    items = [p for p in prepared.items if p.fingerprint not in merged]
    pairs, new_items, leftovers = match(items, existing)

    kept = [a for a in leftovers if a.edited_fields]
    Article.objects.filter(pk__in=[a.pk for a in leftovers if not a.edited_fields]).delete()
    outcome.removed, outcome.kept = len(leftovers) - len(kept), [a.pk for a in kept]
    _settle_positions(pairs, kept, prepared.items)

    people = _people(prepared.items)
    places = _places(prepared.items, outcome.warnings)
    new_articles = bulk_create_with_history(  # the history's first version: as ingested
        [Article(page=page, **_values(p)) for p in new_items], Article
    )
    outcome.added = len(new_articles)
    plan = [(p, a, (True, True)) for p, a in zip(new_items, new_articles, strict=True)]
    stored = [a.pk for a in new_articles]
    for p, article in pairs:
        rewrite = _links_to_rewrite(article, p, people, places)
        changed = _update_fields(article, p) | any(rewrite)
        outcome.updated += changed
        outcome.unchanged += not changed
        plan.append((p, article, rewrite))
        if changed:
            stored.append(article.pk)
    _write_links(plan, people, places)
    articles_stored.send(sender=Article, pks=stored)
    return outcome


def _save_page(file: PageFile) -> tuple[SourcePage, bool]:
    return SourcePage.objects.update_or_create(
        file_name=file.name,
        defaults={
            "raw_text": file.text,
            "content_hash": file.content_hash,
            "paper": file.paper,
            "edition_date": file.edition_date,
            "page_number": file.page_number,
        },
    )


def match(
    items: list[PreparedItem], articles: list[Article]
) -> tuple[list[tuple[PreparedItem, Article]], list[PreparedItem], list[Article]]:
    """Pair new items with stored articles: fingerprint first, then same position.

    Returns (pairs, unmatched items, unmatched articles).
    """
    free = {a.pk: a for a in articles}
    by_fingerprint = defaultdict(list)
    for article in articles:
        by_fingerprint[article.fingerprint].append(article)
    found: dict[int, Article] = {}
    for index, prepared in enumerate(items):
        candidates = [a for a in by_fingerprint[prepared.fingerprint] if a.pk in free]
        if candidates:
            found[index] = free.pop(candidates[0].pk)
    by_position = {a.position: a for a in free.values()}
    for index, prepared in enumerate(items):
        article = by_position.get(prepared.item.position)
        if index not in found and article is not None and article.pk in free:
            found[index] = free.pop(article.pk)
    pairs = [(items[i], a) for i, a in sorted(found.items())]
    unmatched = [p for i, p in enumerate(items) if i not in found]
    return pairs, unmatched, list(free.values())


def _values(prepared: PreparedItem) -> dict:
    item = prepared.item
    return {
        "position": item.position,
        "fingerprint": prepared.fingerprint,
        "kind": item.kind,
        "kicker": item.kicker,
        "title": item.title,
        "subtitle": item.subtitle,
        "paragraphs": item.paragraphs,
        "captions": item.captions,
        "dateline": item.dateline,
        "continuations": item.continuations,
        "date": prepared.date,
        "date_text": prepared.date_text,
    }


def _settle_positions(
    pairs: list[tuple[PreparedItem, Article]], kept: list[Article], items: list[PreparedItem]
) -> None:
    """Matched articles take their item's position; kept edited ones go after the last item.

    Every article that moves is first parked on a position no row uses, so that the final
    positions can be written in any order without breaking the (page, position) constraint.
    Matched articles are saved at their final position by _update_fields.
    """
    last = max((p.item.position for p in items), default=0)
    targets = {a.pk: p.item.position for p, a in pairs}
    targets |= {a.pk: last + n for n, a in enumerate(kept, start=1)}
    articles = [a for _, a in pairs] + kept
    moving = [a for a in articles if a.position != targets[a.pk]]
    if not moving:
        return
    offset = max([a.position for a in articles] + list(targets.values())) + 1
    for article in moving:
        article.position = offset + targets[article.pk]
    Article.objects.bulk_update(moving, ["position"])
    for article in kept:
        article.position = targets[article.pk]
    Article.objects.bulk_update([a for a in kept if a in moving], ["position"])


def _places(items: list[PreparedItem], warnings: list[str]) -> dict[str, Place]:
    """Place rows by code for every mention; a code the table lacks is a warning, not a crash."""
    codes = {m.code for p in items for m in p.places}
    places = Place.objects.in_bulk(codes, field_name="code")
    warnings += [
        f"place code {code} is not in the Place table" for code in sorted(codes - set(places))
    ]
    return places


def _update_fields(article: Article, prepared: PreparedItem) -> bool:
    """Write the new cut over the article except what an editor changed; True if it changed.

    The position always follows the cut (it was parked by _settle_positions if it moves).
    """
    values = _values(prepared)
    changed = [
        name
        for group, names in _EDITABLE.items()
        if group not in article.edited_fields
        for name in names
        if getattr(article, name) != values[name]
    ]
    changed += [n for n in ("position", "fingerprint") if getattr(article, n) != values[n]]
    for name in changed:
        setattr(article, name, values[name])
    if changed:
        article.save(update_fields=[*changed, "updated_at"])
    return bool(set(changed) - {"fingerprint"})


def _links_to_rewrite(
    article: Article, prepared: PreparedItem, people: dict[str, Person], places: dict[str, Place]
) -> tuple[bool, bool]:
    """(bylines, places): whether each differs from the cut and was not edited."""
    edited = article.edited_fields
    stored_bylines = [(b.person.name, b.role) for b in article.bylines.all()]
    credits = [(people[name].name, role) for name, role in _credits(prepared)]
    stored_places = {
        (ap.place.code, ap.mentions, ap.in_title) for ap in article.article_places.all()
    }
    return (
        "bylines" not in edited and stored_bylines != credits,
        "places" not in edited and stored_places != _mentions(prepared, places),
    )


def _credits(prepared: PreparedItem) -> list[tuple[str, str]]:
    return [(c.name, c.role) for c in prepared.item.credits]


def _mentions(prepared: PreparedItem, places: dict[str, Place]) -> set[tuple[str, int, bool]]:
    return {(m.code, m.mentions, m.in_title) for m in prepared.places if m.code in places}


def _write_links(plan, people: dict[str, Person], places: dict[str, Place]) -> None:
    """Replace bylines and places where the plan says so, in a few bulk statements."""
    bylines, article_places, stale_bylines, stale_places = [], [], [], []
    for prepared, article, (rewrite_bylines, rewrite_places) in plan:
        if rewrite_bylines:
            stale_bylines.append(article.pk)
            bylines += [
                Byline(article=article, person=people[name], role=role, order=n)
                for n, (name, role) in enumerate(_credits(prepared), start=1)
            ]
        if rewrite_places:
            stale_places.append(article.pk)
            article_places += [
                ArticlePlace(article=article, place=places[code], mentions=n, in_title=in_title)
                for code, n, in_title in sorted(_mentions(prepared, places))
            ]
    Byline.objects.filter(article_id__in=stale_bylines).delete()
    ArticlePlace.objects.filter(article_id__in=stale_places).delete()
    Byline.objects.bulk_create(bylines)
    ArticlePlace.objects.bulk_create(article_places)


def _people(items: list[PreparedItem]) -> dict[str, Person]:
    """Person rows for every credited name, created in bulk when new; an alias's person."""
    names = {c.name for p in items for c in p.item.credits}
    aliases = PersonAlias.objects.filter(name__in=names).select_related("person")
    aliased = {alias.name: alias.person for alias in aliases}
    own = names - set(aliased)
    Person.objects.bulk_create([Person(name=n) for n in sorted(own)], ignore_conflicts=True)
    return Person.objects.in_bulk(own, field_name="name") | aliased
