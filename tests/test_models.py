"""The schema: places loaded from the gazetteer as a tree, query helpers, integrity."""

import pytest
from django.db import IntegrityError, transaction
from django.db.models import Count

from archive.gazetteer import Gazetteer
from archive.models import Article, ArticlePlace, Byline, Person, Place, SourcePage


@pytest.fixture
def page(db):
    return SourcePage.objects.create(file_name="p.txt", content_hash="0" * 64, raw_text="x")


def place(name: str) -> Place:
    return Place.objects.get(name=name)


def article_about(page, position: int, *names: str) -> Article:
    article = Article.objects.create(page=page, position=position, title=f"about {names}")
    for name in names:
        ArticlePlace.objects.create(article=article, place=place(name))
    return article


def test_every_gazetteer_division_is_a_place_with_its_parent(db):
    gazetteer = Gazetteer.default()
    assert Place.objects.count() == len(gazetteer)
    for code in ("230103", "513200", "429004", "110101"):
        division = gazetteer.get(code)
        stored = Place.objects.select_related("parent").get(code=code)
        assert (stored.name, stored.level) == (division.name, division.level)
        assert stored.parent.code == division.parent_code
    assert not Place.objects.filter(level="province", parent__isnull=False).exists()


@pytest.mark.parametrize(
    ("name", "pinyin", "slug"),
    [
        ("哈尔滨市", "haerbinshi", "haerbin"),
        ("南岗区", "nangangqu", "nangang"),
        ("黑龙江省", "heilongjiangsheng", "heilongjiang"),
        ("阿坝藏族羌族自治州", "abazangzuqiangzuzizhizhou", "aba"),
    ],
)
def test_places_have_toneless_pinyin_and_a_suffixless_slug(db, name, pinyin, slug):
    found = place(name)
    assert (found.pinyin, found.slug) == (pinyin, slug)


def test_slugs_are_unique_among_siblings(db):
    clashes = Place.objects.values("parent", "slug").annotate(n=Count("id")).filter(n__gt=1)
    assert list(clashes) == []


def test_sibling_slug_constraint_is_enforced(db):
    harbin = place("哈尔滨市")
    with pytest.raises(IntegrityError), transaction.atomic():
        Place.objects.create(
            code="230199", name="南岗", level="county", parent=harbin, slug="nangang"
        )


def test_path_names_run_from_the_province_down(db):
    nangang = Place.objects.select_related("parent__parent").get(name="南岗区")
    assert [p.name for p in nangang.ancestors()] == ["黑龙江省", "哈尔滨市"]
    assert nangang.path_names() == ["黑龙江省", "哈尔滨市", "南岗区"]


def test_descendants_cover_the_whole_subtree_and_nothing_else(db):
    heilongjiang = place("黑龙江省")
    below = set(heilongjiang.descendants().values_list("name", flat=True))
    assert {"哈尔滨市", "南岗区", "七台河市"} <= below
    assert "黑龙江省" not in below and "长春市" not in below
    harbin_below = place("哈尔滨市").descendants()
    assert harbin_below.filter(name="南岗区").exists()
    assert all(p.code.startswith("2301") for p in harbin_below)
    assert not place("南岗区").descendants().exists()


def test_in_place_finds_articles_about_the_place_or_anywhere_inside(page):
    nangang = article_about(page, 1, "南岗区")
    harbin = article_about(page, 2, "哈尔滨市")
    changchun = article_about(page, 3, "长春市")
    assert set(Article.objects.in_place(place("黑龙江省"))) == {nangang, harbin}
    assert set(Article.objects.in_place(place("哈尔滨市"))) == {nangang, harbin}
    assert set(Article.objects.in_place(place("南岗区"))) == {nangang}
    assert set(Article.objects.in_place(place("吉林省"))) == {changchun}


def test_in_place_lists_an_article_once_even_with_several_matching_places(page):
    article_about(page, 1, "南岗区", "哈尔滨市", "黑龙江省")
    assert Article.objects.in_place(place("黑龙江省")).count() == 1


def test_by_person_finds_the_articles_a_person_is_credited_on(page):
    zhao = Person.objects.create(name="赵青")
    first, second, _other = (Article.objects.create(page=page, position=n) for n in (1, 2, 3))
    Byline.objects.create(article=first, person=zhao, role="记者", order=1)
    Byline.objects.create(article=second, person=zhao, role="摄影", order=1)
    assert set(Article.objects.by_person(zhao)) == {first, second}


def test_with_related_loads_bylines_and_place_paths_in_a_fixed_number_of_queries(
    page, django_assert_num_queries
):
    zhao = Person.objects.create(name="赵青")
    for n in range(1, 6):
        article = article_about(page, n, "南岗区")
        Byline.objects.create(article=article, person=zhao, role="记者", order=1)
    with django_assert_num_queries(3):
        for article in Article.objects.with_related():
            assert [b.person.name for b in article.bylines.all()] == ["赵青"]
            assert [ap.place.path_names() for ap in article.article_places.all()] == [
                ["黑龙江省", "哈尔滨市", "南岗区"]
            ]


def test_article_permalink_is_its_id(page):
    article = Article.objects.create(page=page, position=1)
    assert article.get_absolute_url() == f"/articles/{article.pk}/"


def test_two_articles_cannot_share_a_position_on_a_page(page):
    Article.objects.create(page=page, position=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(page=page, position=1)


def test_byline_order_is_unique_within_an_article(page):
    article = Article.objects.create(page=page, position=1)
    zhao, li = Person.objects.create(name="赵青"), Person.objects.create(name="李林晅")
    Byline.objects.create(article=article, person=zhao, role="记者", order=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        Byline.objects.create(article=article, person=li, role="记者", order=1)


def test_bylines_accept_roles_beyond_the_common_ones(page):
    article = Article.objects.create(page=page, position=1)
    byline = Byline.objects.create(
        article=article, person=Person.objects.create(name="王平"), role="本报评论员", order=1
    )
    byline.full_clean()
    assert str(byline) == "本报评论员 王平"
