"""The JSON API's records: an article as the export writes it, a page, a place, a person."""

import json

import pytest

from archive.export import export_lines
from archive.models import Article, Person, SourcePage
from tests.conftest import DAOLI, NANGANG


def answer(client, url, status=200) -> dict:
    response = client.get(url)
    assert response.status_code == status, url
    assert response["Content-Type"] == "application/json"
    assert b"\\u" not in response.content  # real UTF-8
    return response.json()


def test_an_article_is_the_exports_record_with_an_absolute_url(client, harbin):
    article = Article.objects.get(title=DAOLI.title)
    exported = next(r for r in map(json.loads, export_lines()) if r["id"] == article.pk)
    data = answer(client, f"/api/articles/{article.pk}/")
    assert data == {**exported, "url": f"http://testserver{article.get_absolute_url()}"}
    assert data["bylines"] == [{"name": "李林晅", "role": "记者"}]
    assert data["places"][0]["path"] == ["黑龙江省", "哈尔滨市", "道里区"]


def test_a_page_names_its_paper_date_and_articles(client, harbin):
    page = SourcePage.objects.get(file_name="p1.txt")
    data = answer(client, f"/api/pages/{page.pk}/")
    assert (data["paper"], data["edition_date"], data["source"]) == (
        "哈尔滨日报",
        "2021-11-30",
        "p1.txt",
    )
    assert [a["title"] for a in data["articles"]] == [NANGANG.title, DAOLI.title]
    first = data["articles"][0]
    assert answer(client, first["api"])["title"] == NANGANG.title


def test_a_place_has_its_path_count_and_a_link_to_its_articles(client, indexed):
    data = answer(client, "/api/places/230100/")
    assert (data["name"], data["level"], data["path"]) == (
        "哈尔滨市",
        "city",
        ["黑龙江省", "哈尔滨市"],
    )
    assert data["article_count"] == 3
    listed = answer(client, data["articles"].removeprefix("http://testserver"))
    assert listed["count"] == 3


def test_a_person_has_roles_count_and_a_link_to_their_articles(client, indexed):
    person = Person.objects.get(name="李林晅")
    data = answer(client, f"/api/persons/{person.pk}/")
    assert data["name"] == "李林晅" and data["article_count"] == 1
    assert data["roles"] == [{"role": "记者", "count": 1}]
    listed = answer(client, data["articles"].removeprefix("http://testserver"))
    assert [hit["title"] for hit in listed["results"]] == [DAOLI.title]


@pytest.mark.parametrize(
    "url, message",
    [
        ("/api/articles/999999/", "没有编号为 999999 的文章。"),
        ("/api/pages/999999/", "没有编号为 999999 的版面。"),
        ("/api/places/999999/", "没有代码为 999999 的地点。"),
        ("/api/persons/999999/", "没有编号为 999999 的人。"),
    ],
)
def test_an_unknown_record_is_a_json_404_saying_which(client, db, url, message):
    assert answer(client, url, status=404) == {"error": message}


def test_a_json_404_follows_the_interface_language(client, db):
    client.cookies["django_language"] = "en"
    assert answer(client, "/api/articles/999999/", status=404) == {
        "error": "There is no article with the id 999999."
    }
