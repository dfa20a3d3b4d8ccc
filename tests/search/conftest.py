"""A tiny corpus in the real Whoosh index (a folder inside the tests' ARCHIVE_DATA_DIR)."""

import datetime

import pytest
from haystack import connections

from archive.models import Article, ArticlePlace, Byline, Person, Place, SourcePage
from search.signals import reindex_articles


@pytest.fixture
def search_index(db):
    """An empty index (other tests may have left documents for pks that are reused)."""
    backend = connections["default"].get_backend()
    backend.clear()
    return backend


@pytest.fixture
def make_article(db):
    """Creates an article with bylines (names) and places (codes); not indexed by itself."""
    page = SourcePage.objects.create(file_name="search-p.txt", content_hash="0" * 64, raw_text="")
    counter = iter(range(1, 10_000))

    def make(
        title,
        *paragraphs,
        places=(),
        persons=(),
        date=None,
        date_text="",
        kind="article",
        captions=(),
    ):
        article = Article.objects.create(
            page=page,
            position=next(counter),
            title=title,
            paragraphs=list(paragraphs),
            captions=list(captions),
            kind=kind,
            date=datetime.date.fromisoformat(date) if date else None,
            date_text=date_text,
        )
        for order, name in enumerate(persons, 1):
            person, _ = Person.objects.get_or_create(name=name)
            Byline.objects.create(article=article, person=person, role="记者", order=order)
        for code in places:
            ArticlePlace.objects.create(article=article, place=Place.objects.get(code=code))
        return article

    return make


@pytest.fixture
def corpus(search_index, make_article):
    """Four articles, indexed: Harbin's 南岗区 and 道里区, 九寨沟县, and one full of markup."""
    articles = {
        "nangang": make_article(
            "南岗区推行网格化管理",
            "11月29日，哈尔滨市南岗区迎来入冬后第一场大雪，社区网格员上门服务。",
            places=["230103"],
            persons=["梁可心"],
            date="2021-11-29",
        ),
        "daoli": make_article(
            "道里区举办冰雪文化节",
            "市民参加了冬泳表演，志愿者为游客发放N95口罩。",
            places=["230102"],
            persons=["李林晅"],
            date="2022-01-05",
        ),
        "jiuzhaigou": make_article(
            "九寨沟县景区恢复开放",
            "3月5日起，九寨沟县景区有序恢复开放，游客需预约。",
            places=["513225"],
            persons=["王兴国"],
            date="2020-03-05",
        ),
        "markup": make_article(
            "<script>alert(1)</script>网页标题",
            "<b>初雪</b> & <i>冰</i> 之后",
            date="2019-12-01",
        ),
    }
    reindex_articles([a.pk for a in articles.values()])
    return articles


@pytest.fixture
def undated_mix(search_index, make_article):
    """Five dated 雪 articles (two on one day) and three undated ones (two with only a printed
    month-day), the undated created and indexed first: an order that ignored dates, or sorted a
    missing one first, would list them first."""
    undated = [
        make_article("雪后的早市", "雪停了，早市照常开张。", date_text="--12-03"),
        make_article("雪夜", "一夜大雪。"),
        make_article("扫雪", "清晨扫雪。", date_text="--01-15"),
    ]
    reindex_articles([a.pk for a in undated])
    days = ["2021-11-29", "2019-12-01", "2022-01-05", "2021-11-29", "2020-03-05"]
    dated = [make_article(f"第{i}场雪", "下雪了。", date=day) for i, day in enumerate(days, 1)]
    reindex_articles([a.pk for a in dated])
    return dated + undated
