"""Store one prepared page in one transaction, converging on the same rows when re-run.

Existing articles are matched to the new cut by fingerprint, then by position, so they keep
their ids (permalinks). Fields an editor changed (Article.edited_fields; a page's paper, date
and page number in SourcePage.edited_fields) are never overwritten, and an edited article
that no longer matches anything is kept rather than deleted, in its place in reading order
(right after the article that preceded it). Items an editor merged into
another article (Article.merged_fingerprints) or deleted (DeletedArticle) are not re-created,
and names merged into another person (PersonAlias) credit that person.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from django.db import transaction
from django.db.models import Count
from simple_history.utils import bulk_create_with_history

from archive.ingest.prepare import PreparedItem, PreparedPage, dates
from archive.ingest.reading import PageFile
from archive.models import (
    BYLINE_MAX,
    Article,
    ArticlePlace,
    Byline,
    Person,
    PersonAlias,
    Place,
    SourcePage,
)
from archive.signals import articles_stored

# Article fields taken from the cut, keyed by the name an editor lists in edited_fields.
_EDITABLE = {name: (name,) for name in Article.EDITABLE_FIELDS if name not in {"bylines", "places"}}
_EDITABLE["date"] = ("date", "date_text")
_EDITABLE["paragraphs"] = ("paragraphs", "subheads")  # which paragraphs are subheadings


@dataclass
class StoreOutcome:
    created_page: bool
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    kept: list[int] = field(default_factory=list)  # ids of edited articles no longer matched
    edits_kept: Counter = field(default_factory=Counter)  # editors' fields the cut differs from
    skipped_deleted: int = 0  # items an editor deleted (tombstones), not re-created
    warnings: list[str] = field(default_factory=list)


def stored_unchanged(file: PageFile) -> int | None:
    """The article count if this exact file (text and sidecar) is already stored, else None."""
    page = (
        SourcePage.objects.filter(file_name=file.name, content_hash=file.content_hash)
        .annotate(n=Count("articles"))
        .first()
    )
    if page is None or any(
        getattr(page, name) != value for name, value in _page_values(file, page).items()
    ):
        return None
    return page.n


@transaction.atomic
def store_page(prepared: PreparedPage) -> StoreOutcome:
    page, created = _save_page(prepared.file)
    outcome = StoreOutcome(created_page=created)
    prepared_items = prepared.items
    if "edition_date" in page.edited_fields:
        prepared_items = _dated_by(prepared_items, page.edition_date)
    # A page created just now has no articles, tombstones or links yet: nothing to ask for.
    existing, deleted = ([], set()) if created else _stored(page)
    merged = {fingerprint for a in existing for fingerprint in a.merged_fingerprints}
    items = [p for p in prepared_items if p.fingerprint not in merged | deleted]
    outcome.skipped_deleted = sum(p.fingerprint not in merged for p in prepared_items) - len(items)
    pairs, new_items, leftovers = match(items, existing)

    kept = [a for a in leftovers if a.edited_fields]
    if gone := [a.pk for a in leftovers if not a.edited_fields]:
        Article.objects.filter(pk__in=gone).delete()
    outcome.removed, outcome.kept = len(leftovers) - len(kept), [a.pk for a in kept]
    positions = _settle_positions(items, pairs, kept, existing)

    people = _people(prepared_items)
    places = _places(prepared_items, outcome.warnings)
    new_articles = bulk_create_with_history(  # the history's first version: as ingested
        [Article(page=page, **_values(p, positions[id(p)])) for p in new_items], Article
    )
    outcome.added = len(new_articles)
    plan = [(p, a, (True, True)) for p, a in zip(new_items, new_articles, strict=True)]
    stored = [a.pk for a in new_articles]
    for p, article in pairs:
        values = _values(p, positions[id(p)])
        differs = _differing(article, values, p, people, places)
        outcome.edits_kept.update(differs & set(article.edited_fields))
        to_write = differs - set(article.edited_fields)
        rewrite = ("bylines" in to_write, "places" in to_write)
        changed = _update_fields(article, values, to_write) | any(rewrite)
        outcome.updated += changed
        outcome.unchanged += not changed
        plan.append((p, article, rewrite))
        if changed:
            stored.append(article.pk)
    _write_links(plan, people, places, {a.pk for a in new_articles})
    articles_stored.send(sender=Article, pks=stored)
    return outcome


def _stored(page: SourcePage) -> tuple[list[Article], set[str]]:
    """The page's articles in reading order, with their links, and its tombstones' fingerprints."""
    existing = list(
        page.articles.order_by("position").prefetch_related(
            "bylines__person", "article_places__place"
        )
    )
    return existing, set(page.deleted_articles.values_list("fingerprint", flat=True))


def _save_page(file: PageFile) -> tuple[SourcePage, bool]:
    page = SourcePage.objects.filter(file_name=file.name).first()
    values = {"raw_text": file.text, "content_hash": file.content_hash, **_page_values(file, page)}
    if page is None:  # just looked for: update_or_create would look again
        return SourcePage.objects.create(file_name=file.name, **values), True
    return SourcePage.objects.update_or_create(file_name=file.name, defaults=values)


def _page_values(file: PageFile, page: SourcePage | None) -> dict:
    """The file's paper, edition date and page number, less those an editor set on the page."""
    edited = set(page.edited_fields) if page else set()
    values = {
        "paper": file.paper,
        "edition_date": file.edition_date,
        "page_number": file.page_number,
    }
    return {name: value for name, value in values.items() if name not in edited}


def _dated_by(items: list[PreparedItem], edition_date) -> list[PreparedItem]:
    """Items dated again by the page's stored edition date when an editor set it."""
    redated = []
    for prepared in items:
        article_date, date_text, _ = dates(prepared.item, edition_date)
        redated.append(replace(prepared, date=article_date, date_text=date_text))
    return redated


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


def _values(prepared: PreparedItem, position: int) -> dict:
    item = prepared.item
    return {
        "position": position,
        "fingerprint": prepared.fingerprint,
        "kind": item.kind,
        "kicker": item.kicker,
        "title": item.title,
        "subtitle": item.subtitle,
        "paragraphs": item.paragraphs,
        "subheads": item.subheads,
        "captions": item.captions,
        "dateline": item.dateline,
        "byline": _fit(item.byline, BYLINE_MAX),
        "continuations": item.continuations,
        "date": prepared.date,
        "date_text": prepared.date_text,
        "doubts": prepared.doubts,
    }


def _fit(text: str, limit: int) -> str:
    """Text longer than its column keeps its start and says it was cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _settle_positions(
    items: list[PreparedItem],
    pairs: list[tuple[PreparedItem, Article]],
    kept: list[Article],
    existing: list[Article],
) -> dict[int, int]:
    """Final positions: the cut's order, each kept edited article right after the surviving
    article that preceded it (so a split-off part stays after its first part, shifting later
    items), or after the last item when none did. Returns the position by id() of each item.

    Every article that moves is first parked on a position no row uses, so that the final
    positions can be written in any order without breaking the (page, position) constraint.
    Kept articles are saved here; matched ones at their final position by _update_fields.
    """
    order: list[PreparedItem | Article] = list(items)
    entry_of = {a.pk: p for p, a in pairs}
    kept_pks = {a.pk for a in kept}
    for index, article in enumerate(existing):  # existing is in the old reading order
        if article.pk in kept_pks:
            before = [entry_of[a.pk] for a in existing[:index] if a.pk in entry_of]
            order.insert(order.index(before[-1]) + 1 if before else len(order), article)
            entry_of[article.pk] = article
    positions, shift, previous = {}, 0, 0
    for entry in order:
        if isinstance(entry, Article):
            shift += 1
            previous = positions[id(entry)] = previous + 1
        else:
            previous = positions[id(entry)] = entry.item.position + shift
    targets = {pk: positions[id(entry)] for pk, entry in entry_of.items()}
    articles = [a for _, a in pairs] + kept
    moving = [a for a in articles if a.position != targets[a.pk]]
    if moving:
        offset = max([a.position for a in articles] + list(targets.values())) + 1
        for article in moving:
            article.position = offset + targets[article.pk]
        Article.objects.bulk_update(moving, ["position"])
        for article in kept:
            article.position = targets[article.pk]
        Article.objects.bulk_update([a for a in kept if a in moving], ["position"])
    return positions


def _places(items: list[PreparedItem], warnings: list[str]) -> dict[str, Place]:
    """Place rows by code for every mention; a code the table lacks is a warning, not a crash."""
    codes = {m.code for p in items for m in p.places}
    places = Place.objects.in_bulk(codes, field_name="code")
    warnings += [
        f"place code {code} is not in the Place table" for code in sorted(codes - set(places))
    ]
    return places


def _differing(
    article: Article,
    values: dict,
    prepared: PreparedItem,
    people: dict[str, Person],
    places: dict[str, Place],
) -> set[str]:
    """The names of Article.EDITABLE_FIELDS whose stored value differs from the new cut."""
    names = {
        group
        for group, fields in _EDITABLE.items()
        if any(getattr(article, name) != values[name] for name in fields)
    }
    stored_bylines = [(b.person.name, b.role) for b in article.bylines.all()]
    if stored_bylines != [(people[name].name, role) for name, role in _credits(prepared)]:
        names.add("bylines")
    stored_places = {
        (ap.place.code, ap.mentions, ap.in_title) for ap in article.article_places.all()
    }
    if stored_places != _mentions(prepared, places):
        names.add("places")
    return names


def _update_fields(article: Article, values: dict, groups: set[str]) -> bool:
    """Write the cut's values of the given EDITABLE_FIELDS names; True if the article changed.

    The position always follows the cut (it was parked by _settle_positions if it moves).
    """
    changed = [name for group in groups & set(_EDITABLE) for name in _EDITABLE[group]]
    changed = [name for name in changed if getattr(article, name) != values[name]]
    # Position, fingerprint and doubts always follow the cut; the last two alone change nothing
    # a reader sees.
    followed = ("position", "fingerprint", "doubts")
    changed += [n for n in followed if getattr(article, n) != values[n]]
    for name in changed:
        setattr(article, name, values[name])
    if changed:
        article.save(update_fields=[*changed, "updated_at"])
    return bool(set(changed) - {"fingerprint", "doubts"})


def _credits(prepared: PreparedItem) -> list[tuple[str, str]]:
    return [(c.name, c.role) for c in prepared.item.credits]


def _mentions(prepared: PreparedItem, places: dict[str, Place]) -> set[tuple[str, int, bool]]:
    return {(m.code, m.mentions, m.in_title) for m in prepared.places if m.code in places}


def _write_links(
    plan, people: dict[str, Person], places: dict[str, Place], fresh: set[int]
) -> None:
    """Replace bylines and places where the plan says so, in a few bulk statements; articles
    created by this store (``fresh``) have none to delete."""
    bylines, article_places, stale_bylines, stale_places = [], [], [], []
    for prepared, article, (rewrite_bylines, rewrite_places) in plan:
        if rewrite_bylines:
            if article.pk not in fresh:
                stale_bylines.append(article.pk)
            bylines += [
                Byline(article=article, person=people[name], role=role, order=n)
                for n, (name, role) in enumerate(_credits(prepared), start=1)
            ]
        if rewrite_places:
            if article.pk not in fresh:
                stale_places.append(article.pk)
            article_places += [
                ArticlePlace(article=article, place=places[code], mentions=n, in_title=in_title)
                for code, n, in_title in sorted(_mentions(prepared, places))
            ]
    if stale_bylines:
        Byline.objects.filter(article_id__in=stale_bylines).delete()
    if stale_places:
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
