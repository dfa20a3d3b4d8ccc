"""A synthetic corpus for bench_search: the fixture pages' paragraphs, titles and bylines, cut
by the parser and recombined into N articles (bulk-inserted: no index signals) with random
places and dates. Only for a throwaway database."""

import datetime
import random
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from archive.models import Article, ArticlePlace, Byline, Person, Place, SourcePage
from archive.parsing import parse_page

ARTICLES_PER_PAGE = 1000
CHUNK = 5000  # rows per bulk_create


@dataclass
class Pool:
    paragraphs: list[str]
    titles: list[str]
    names: list[str]  # most credited first


def fixture_pool() -> Pool:
    paragraphs, titles, names = [], [], {}
    for path in sorted((Path(settings.BASE_DIR) / "fixtures" / "pages").glob("*.txt")):
        for item in parse_page(path.read_text(encoding="utf-8")).items:
            paragraphs += [p for p in item.paragraphs if len(p) >= 20]
            titles += [item.title] if item.title else []
            for credit in item.credits:
                names[credit.name] = names.get(credit.name, 0) + 1
    ranked = sorted(names, key=lambda n: -names[n])
    return Pool(paragraphs, titles, ranked)


def build_corpus(count: int, seed: int = 1) -> Pool:
    """Store count articles (about 1,100 characters each); returns the pool they came from."""
    pool = fixture_pool()
    rng = random.Random(seed)
    places = list(Place.objects.filter(level=Place.Level.COUNTY).values_list("pk", "code"))
    local = [pk for pk, code in places if code.startswith("23")]  # the papers' province
    every = [pk for pk, _ in places]
    persons = [Person.objects.get_or_create(name=name)[0].pk for name in pool.names]
    first = datetime.date(2019, 1, 1)
    for start in range(0, count, CHUNK):
        articles = []
        for i in range(start, min(count, start + CHUNK)):
            if i % ARTICLES_PER_PAGE == 0:
                page = SourcePage.objects.create(
                    file_name=f"bench-{i // ARTICLES_PER_PAGE:05d}.txt",
                    content_hash="0" * 64,
                    raw_text="",
                )
            body = rng.sample(pool.paragraphs, min(len(pool.paragraphs), rng.randint(4, 9)))
            articles.append(
                Article(
                    page=page,
                    position=i % ARTICLES_PER_PAGE + 1,
                    kind=Article.Kind.PHOTO if rng.random() < 0.1 else Article.Kind.ARTICLE,
                    title=rng.choice(pool.titles) + rng.choice(["", "（续）", "综述"]),
                    paragraphs=body,
                    date=first + datetime.timedelta(days=rng.randrange(5 * 365)),
                    fingerprint=f"bench{i}",
                )
            )
        Article.objects.bulk_create(articles)
        bylines, about = [], []
        for article in articles:
            for order, pk in enumerate(rng.sample(persons, rng.randint(0, 2)), 1):
                bylines.append(Byline(article=article, person_id=pk, role="记者", order=order))
            chosen = {rng.choice(local if rng.random() < 0.7 else every) for _ in range(2)}
            about += [ArticlePlace(article=article, place_id=pk) for pk in chosen]
        Byline.objects.bulk_create(bylines)
        ArticlePlace.objects.bulk_create(about)
    return pool
