"""Synthetic corpora for bench_search, N articles bulk-inserted (no index signals) with random
places, dates and bylines. Only for a throwaway database.

- "fixtures": the fixture pages' paragraphs, titles and bylines, cut by the parser and
  recombined. Five pages' worth of text: a common word occurs in 20-70 % of all articles, which
  no real archive does (the worst case).
- "dictionary": text whose words follow a real frequency distribution: drawn by the counts in
  jieba's own dictionary (a corpus of modern Chinese), repeating the article's own words and
  phrases drawn before as real text does, with the article's place names from the gazetteer,
  the fixtures' reporters and dates in the papers' form (11月29日) mixed in; articles as long and
  with as many distinct grams as the real pages' (ARTICLE_CHARS).
"""

import datetime
import itertools
import random
import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from archive.models import Article, ArticlePlace, Byline, Person, Place, SourcePage
from archive.parsing import parse_page

ARTICLES_PER_PAGE = 1000
CHUNK = 5000  # rows per bulk_create
CORPORA = ("fixtures", "dictionary")
# dictionary corpus: an article's length (about 540 characters with the paragraph it ends on; the
# real pages' articles average 293 in tests/parsing/pages/real/dev, 741 in fixtures/pages); the
# share of its words that repeat one it already used (news repeats its subject) and of its words
# that repeat two adjacent ones drawn before in any article (set phrases). Without them, words drawn
# one by one made 1,180-character articles whose first 50,000 characters held 35,100 distinct
# grams (real pages: 22,700; now 24,300) and 1.33 per character in an article (real: 1.13; 1.25).
ARTICLE_CHARS = (100, 800)
REPEAT = 0.5
PAIRS = 0.25
SAMPLE_PARAGRAPHS = 3000  # dictionary corpus: paragraphs kept in the pool to choose queries from
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")


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


class DictionaryText:
    """Paragraphs and titles of words drawn by jieba's dictionary counts (CJK words only)."""

    def __init__(self, rng: random.Random, names: list[str], place_names: dict[int, str]):
        import jieba

        words, counts = [], []
        with open(jieba.get_dict_file().name, encoding="utf-8") as f:
            for line in f:
                word, count, *_ = line.split()
                if _CJK.match(word):
                    words.append(word)
                    counts.append(int(count))
        self.words = words
        self.cumulative = list(itertools.accumulate(counts))
        self.rng, self.names, self.place_names = rng, names, place_names
        self.sample: list[str] = []
        self.used: list[str] = []  # the current article's words so far
        self.pairs: list[str] = []  # adjacent words drawn so far, in any article

    def _word(self) -> str:
        rng = self.rng
        if self.used and rng.random() < REPEAT:
            return rng.choice(self.used)
        word = rng.choices(self.words, cum_weights=self.cumulative)[0]
        self.used.append(word)
        return word

    def _sentence(self) -> str:
        rng, words = self.rng, []
        for _ in range(rng.randint(6, 24)):
            if self.pairs and rng.random() < PAIRS:
                words.append(rng.choice(self.pairs))
            else:
                words.append(self._word())
                if len(words) > 1:
                    self.pairs.append(words[-2] + words[-1])
        return "".join(words)

    def paragraph(self, date: datetime.date, places: list[int]) -> str:
        rng = self.rng
        parts = []
        for _ in range(rng.randint(2, 5)):
            sentence = self._sentence()
            roll = rng.random()
            if roll < 0.25 and places:
                sentence = self.place_names[rng.choice(places)] + sentence
            elif roll < 0.35:
                sentence = f"{date.month}月{date.day}日，" + sentence
            elif roll < 0.42:
                sentence += rng.choice(self.names)
            parts.append(sentence + rng.choice("，，。。。；"))
        text = "".join(parts)[:-1] + "。"
        if len(self.sample) < SAMPLE_PARAGRAPHS:
            self.sample.append(text)
        return text

    def article(self, date: datetime.date, places: list[int]) -> list[str]:
        paragraphs, size, target = [], 0, self.rng.randint(*ARTICLE_CHARS)
        self.used = []
        while size < target:
            paragraphs.append(self.paragraph(date, places))
            size += len(paragraphs[-1])
        return paragraphs

    def title(self) -> str:
        return "".join(self.rng.choices(self.words, cum_weights=self.cumulative, k=5))


def _places(rng: random.Random, local: list[int], every: list[int]) -> list[int]:
    """One or two counties, most in the papers' province."""
    return list({rng.choice(local if rng.random() < 0.7 else every) for _ in range(2)})


def build_corpus(count: int, seed: int = 1, corpus: str = "fixtures", pages: str = "bench") -> Pool:
    """Store count articles (fixtures: about 1,100 characters each, dictionary: about 540) on
    pages named `pages`-NNNNN.txt; returns the pool they came from (for the dictionary corpus:
    a sample of its paragraphs), the same for the same seed whatever the pages' names."""
    if corpus not in CORPORA:
        raise ValueError(f"corpus must be one of {CORPORA}, not {corpus!r}")
    pool = fixture_pool()
    rng = random.Random(seed)
    places = list(Place.objects.filter(level=Place.Level.COUNTY).values_list("pk", "code", "name"))
    local = [pk for pk, code, _ in places if code.startswith("23")]  # the papers' province
    every = [pk for pk, _, _ in places]
    text = (
        DictionaryText(rng, pool.names, {pk: name for pk, _, name in places})
        if corpus == "dictionary"
        else None
    )
    persons = [Person.objects.get_or_create(name=name)[0].pk for name in pool.names]
    first = datetime.date(2019, 1, 1)
    for start in range(0, count, CHUNK):
        articles = []
        for i in range(start, min(count, start + CHUNK)):
            if i % ARTICLES_PER_PAGE == 0:
                page = SourcePage.objects.create(
                    file_name=f"{pages}-{i // ARTICLES_PER_PAGE:05d}.txt",
                    content_hash="0" * 64,
                    raw_text="",
                )
            if text is None:  # the same draws, in the same order, as before the option
                body = rng.sample(pool.paragraphs, min(len(pool.paragraphs), rng.randint(4, 9)))
                title = rng.choice(pool.titles) + rng.choice(["", "（续）", "综述"])
                kind = Article.Kind.PHOTO if rng.random() < 0.1 else Article.Kind.ARTICLE
                date = first + datetime.timedelta(days=rng.randrange(5 * 365))
                chosen = None
            else:
                date = first + datetime.timedelta(days=rng.randrange(5 * 365))
                chosen = _places(rng, local, every)
                body, title = text.article(date, chosen), text.title()
                kind = Article.Kind.PHOTO if rng.random() < 0.1 else Article.Kind.ARTICLE
            article = Article(
                page=page,
                position=i % ARTICLES_PER_PAGE + 1,
                kind=kind,
                title=title,
                paragraphs=body,
                date=date,
                fingerprint=f"bench{i}",
            )
            article.chosen_places = chosen
            articles.append(article)
        Article.objects.bulk_create(articles)
        bylines, about = [], []
        for article in articles:
            for order, pk in enumerate(rng.sample(persons, rng.randint(0, 2)), 1):
                bylines.append(Byline(article=article, person_id=pk, role="记者", order=order))
            chosen = article.chosen_places or _places(rng, local, every)
            about += [ArticlePlace(article=article, place_id=pk) for pk in chosen]
        Byline.objects.bulk_create(bylines)
        ArticlePlace.objects.bulk_create(about)
    if text is not None:
        return Pool(text.sample, pool.titles, pool.names)
    return pool
