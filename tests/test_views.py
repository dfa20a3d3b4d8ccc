"""The public article page and the admin."""

import pytest
from django.urls import reverse

from archive.models import Article
from tests.conftest import NANGANG, XIANGFANG


@pytest.fixture
def article(ingest, pages):
    ingest(pages("a.txt", NANGANG, XIANGFANG, sidecar={"paper": "哈尔滨日报", "page": 2}))
    return Article.objects.get(title=XIANGFANG.title)


def test_article_page_shows_everything_cut_from_the_page(client, article):
    response = client.get(f"/articles/{article.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        XIANGFANG.title,
        "通讯员 王兴国",
        "记者 梁可心",
        "黑龙江省 › 哈尔滨市 › 香坊区",
        "2021年11月7日",
        XIANGFANG.paragraphs[1].split("。")[0],
        "a.txt",
        "第 2 篇",
        "哈尔滨日报",
    ):
        assert text in html
    assert '<html lang="zh-hans">' in html


def test_unknown_article_is_404(client, db):
    assert client.get("/articles/999999/").status_code == 404


@pytest.mark.parametrize(
    "model",
    [
        "sourcepage",
        "article",
        "person",
        "byline",
        "place",
        "articleplace",
        "ingestrun",
        "ingestfile",
    ],
)
def test_admin_lists_and_searches_every_model(admin_client, article, model):
    url = reverse(f"admin:archive_{model}_changelist")
    assert admin_client.get(url).status_code == 200
    assert admin_client.get(url, {"q": "南岗"}).status_code == 200


def test_admin_login_page_is_served(client, db):
    assert client.get("/admin/login/").status_code == 200


@pytest.mark.parametrize("year", [0, 10000, 99999])
def test_a_month_of_a_year_no_calendar_has_is_404(client, db, year):
    assert client.get(f"/dates/{year}/1/").status_code == 404
