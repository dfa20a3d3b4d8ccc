"""Editing an article in the admin: edited_fields, re-ingest keeps the edit, search follows."""

import pytest

from archive.models import Article, Person
from search.query import search
from tests.admin.conftest import change_form_data
from tests.conftest import DAOLI, NANGANG


def change_url(article) -> str:
    return f"/admin/archive/article/{article.pk}/change/"


@pytest.fixture
def save(admin_client, django_capture_on_commit_callbacks):
    """Saves an article's change form with some fields changed, committing (and indexing)."""

    def run(article, client=admin_client, **changes):
        data = change_form_data(client.get(change_url(article)), **changes)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(change_url(article), data)
        assert response.status_code == 302, response.context["errors"]
        article.refresh_from_db()
        return article

    return run


def found(q) -> list[str]:
    return [hit.article.title for hit in search(q).hits]


def test_saving_a_new_title_lists_only_the_title_as_edited(save, story):
    article = save(story(NANGANG.title), title="南岗区志愿服务月启动")
    assert article.edited_fields == ["title"]


def test_saving_unchanged_lists_nothing_as_edited(save, story):
    assert save(story(NANGANG.title)).edited_fields == []


def test_paragraphs_are_edited_as_blank_line_separated_text(save, story):
    article = save(story(NANGANG.title), paragraphs="第一段。\n\n\n第二段\n续行。\n\n")
    assert article.paragraphs == ["第一段。", "第二段\n续行。"]
    assert article.edited_fields == ["paragraphs"]


def test_changing_a_byline_lists_bylines_as_edited(save, story):
    article = story(NANGANG.title)
    other = Person.objects.create(name="赵晴")
    article = save(article, **{"bylines-0-person": str(other.pk)})
    assert [b.person.name for b in article.bylines.all()] == ["赵晴"]
    assert article.edited_fields == ["bylines"]


def test_the_printed_byline_is_edited_as_text_and_listed_as_edited(save, story):
    article = save(story(NANGANG.title), byline="本报记者 赵青（哈尔滨）")
    assert article.byline == "本报记者 赵青（哈尔滨）"
    assert article.edited_fields == ["byline"]


def test_a_reingest_keeps_an_edited_title(save, story, page, reingest):
    article = save(story(NANGANG.title), title="南岗区志愿服务月启动")
    reingest(page)
    article.refresh_from_db()
    assert article.title == "南岗区志愿服务月启动"
    assert Article.objects.count() == 3


def test_a_reingest_keeps_an_edited_byline(save, story, page, reingest):
    article = story(NANGANG.title)
    save(article, **{"bylines-0-person": str(Person.objects.create(name="赵晴").pk)})
    reingest(page)
    assert [b.person.name for b in article.bylines.all()] == ["赵晴"]


def test_a_reingest_still_updates_fields_nobody_edited(save, story, page, reingest):
    article = save(story(NANGANG.title), title="南岗区志愿服务月启动", kicker="编者按")
    Article.objects.filter(pk=article.pk).update(subtitle="OCR 误识")
    reingest(page)
    article.refresh_from_db()
    assert (article.kicker, article.subtitle) == ("编者按", "")


def test_a_corrected_title_is_found_at_once_and_the_old_one_is_not(save, story):
    save(story(DAOLI.title), title="道里区冰雪节开幕")
    assert found("冰雪节开幕") == ["道里区冰雪节开幕"]
    assert found("道里区举办") == []  # only the old title said so


def test_a_deleted_article_leaves_search(admin_client, story, django_capture_on_commit_callbacks):
    article = story(DAOLI.title)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/archive/article/{article.pk}/delete/", {"post": "yes"}
        )
    assert response.status_code == 302
    assert found("冰雪文化节") == []


def test_a_bad_date_is_a_form_error_not_a_crash(admin_client, story):
    article = story(NANGANG.title)
    data = change_form_data(admin_client.get(change_url(article)), date="2021-13-45")
    response = admin_client.post(change_url(article), data)
    assert response.status_code == 200
    assert "date" in response.context["adminform"].form.errors
