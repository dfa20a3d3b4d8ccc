"""The article list: bounded queries, the place filter (with sub-places), search, actions."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from haystack import connections

from archive.models import Article
from search.query import search
from tests.admin.conftest import SIDECAR
from tests.conftest import DAOLI, NANGANG, XIANGFANG, Story

CHANGELIST = "/admin/archive/article/"
JIUZHAIGOU = Story(
    "九寨沟县景区恢复开放",
    "本报记者 何川",
    ("本报讯 3月5日起，四川省阿坝州九寨沟县景区有序恢复开放，游客需提前预约。",),
)


def queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_changelist_queries_do_not_grow_with_the_articles(admin_client, ingest, pages):
    ingest(pages("a.txt", NANGANG, DAOLI, sidecar=SIDECAR))
    few = queries_for(admin_client, CHANGELIST)
    for n in range(5):
        pages(f"more{n}.txt", NANGANG, DAOLI, XIANGFANG, sidecar=SIDECAR)
    ingest(pages.folder)
    assert Article.objects.count() == 17
    assert queries_for(admin_client, CHANGELIST) == few


def test_changelist_shows_places_bylines_and_page(admin_client, page):
    html = admin_client.get(CHANGELIST).content.decode()
    assert NANGANG.title in html
    assert "记者 赵青" in html
    assert "南岗区" in html
    assert "p1.txt" in html


@pytest.fixture
def two_provinces(ingest, pages, page):
    ingest(pages("sichuan.txt", JIUZHAIGOU, sidecar=SIDECAR))


def titles(response) -> set[str]:
    return {article.title for article in response.context["cl"].result_list}


def test_filtering_by_a_city_finds_the_articles_about_its_districts(admin_client, two_provinces):
    response = admin_client.get(CHANGELIST, {"place": "230100"})  # 哈尔滨市
    assert titles(response) == {NANGANG.title, DAOLI.title, XIANGFANG.title}


def test_filtering_by_a_province_leaves_out_other_provinces(admin_client, two_provinces):
    response = admin_client.get(CHANGELIST, {"place": "510000"})  # 四川省
    assert titles(response) == {JIUZHAIGOU.title}


def test_the_place_filter_offers_provinces_and_cities_with_articles(admin_client, two_provinces):
    html = admin_client.get(CHANGELIST).content.decode()
    assert "黑龙江省·哈尔滨市 (3)" in html
    assert "四川省 (1)" in html


def test_an_unknown_place_code_filters_nothing(admin_client, page):
    response = admin_client.get(CHANGELIST, {"place": "999999"})
    assert response.status_code == 200
    assert len(titles(response)) == 3


def test_search_finds_words_of_the_body(admin_client, page):
    response = admin_client.get(CHANGELIST, {"q": "中央大街"})
    assert titles(response) == {DAOLI.title}


def test_search_finds_an_article_by_its_author(admin_client, page):
    response = admin_client.get(CHANGELIST, {"q": "梁可心"})
    assert titles(response) == {XIANGFANG.title}


def action(client, name, *articles):
    return client.post(
        CHANGELIST, {"action": name, "_selected_action": [a.pk for a in articles]}, follow=True
    )


def test_mark_reviewed_marks_the_selected_articles(admin_client, story):
    action(admin_client, "mark_reviewed", story(NANGANG.title))
    assert list(Article.objects.filter(reviewed=True).values_list("title", flat=True)) == [
        NANGANG.title
    ]


def test_reindex_restores_an_article_missing_from_the_index(
    admin_client, story, django_capture_on_commit_callbacks
):
    connections["default"].get_backend().clear()  # as after a crash between commit and index
    assert search("冰雪文化节").hits == []
    with django_capture_on_commit_callbacks(execute=True):
        action(admin_client, "reindex", story(DAOLI.title))
    assert [hit.article.title for hit in search("冰雪文化节").hits] == [DAOLI.title]


def test_an_articles_change_page_has_one_button_to_its_public_page(admin_client, page):
    article = Article.objects.get(title=DAOLI.title)
    html = admin_client.get(f"{CHANGELIST}{article.pk}/change/").content.decode()
    tools = html.split('class="object-tools"', 1)[1].split("</ul>", 1)[0]
    to_public = [href for href in re.findall(r'href="([^"]+)"', tools) if "/r/" in href]
    assert len(to_public) == 1
    assert 'href="/articles/' not in tools
    response = admin_client.get(to_public[0])
    assert response.status_code == 302 and response["Location"].endswith(article.get_absolute_url())
