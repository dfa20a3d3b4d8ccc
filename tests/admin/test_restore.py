"""Undoing a deletion in the admin: the article comes back whole, under its old id."""

import pytest

from archive import editing
from archive.models import Article, DeletedArticle, Person, PersonAlias
from search.query import search
from tests.admin.conftest import change_form_data
from tests.conftest import DAOLI, NANGANG, XIANGFANG

EDITED_TITLE = "香坊区安全生产大检查启动"
TOMBSTONES = "/admin/archive/deletedarticle/"


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Runs a request and then its transaction's on-commit callbacks (the index updates)."""

    def run(send, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return send(*args, **kwargs)

    return run


@pytest.fixture
def delete(editor, commit):
    def run(article):
        url = f"/admin/archive/article/{article.pk}/delete/"
        assert commit(editor.post, url, {"post": "yes"}).status_code == 302

    return run


@pytest.fixture
def restore(editor, commit):
    """Chooses the restore action on the tombstones; returns the messages it shows."""

    def run(*tombstones):
        data = {"action": "restore", "_selected_action": [t.pk for t in tombstones]}
        response = commit(editor.post, TOMBSTONES, data, follow=True)
        assert response.status_code == 200
        return [(m.level_tag, m.message) for m in response.context["messages"]]

    return run


@pytest.fixture
def edited(editor, story, commit):
    """XIANGFANG as an editor left it: a new title, a byline's role corrected."""
    article = story(XIANGFANG.title)
    url = f"/admin/archive/article/{article.pk}/change/"
    data = change_form_data(editor.get(url), title=EDITED_TITLE, **{"bylines-1-role": "特约记者"})
    assert commit(editor.post, url, data).status_code == 302
    return Article.objects.get(pk=article.pk)


def bylines(article) -> list[tuple[int, str, str]]:
    return [(b.order, b.role, b.person.name) for b in article.bylines.order_by("order")]


def places(article) -> list[tuple[str, int, bool]]:
    return [(ap.place.code, ap.mentions, ap.in_title) for ap in article.article_places.all()]


def titles_in_order() -> list[str]:
    return list(Article.objects.order_by("position").values_list("title", flat=True))


def test_a_restored_article_answers_at_its_old_permalink(edited, client, delete, restore):
    delete(edited)
    assert client.get(edited.get_absolute_url()).status_code == 404
    assert ("success", "已恢复 1 篇文章。") in restore(DeletedArticle.objects.get())
    assert client.get(edited.get_absolute_url()).status_code == 200
    assert not DeletedArticle.objects.exists()


def test_a_restored_article_has_its_text_edits_bylines_and_places_back(edited, delete, restore):
    before = (bylines(edited), places(edited))
    assert before[0] == [(1, "通讯员", "王兴国"), (2, "特约记者", "梁可心")]
    assert before[1]
    delete(edited)
    restore(DeletedArticle.objects.get())
    article = Article.objects.get(pk=edited.pk)
    assert (article.title, article.paragraphs, article.position) == (
        EDITED_TITLE,
        edited.paragraphs,
        edited.position,
    )
    assert article.edited_fields == ["title", "bylines"]
    assert article.created_at == edited.created_at
    assert (bylines(article), places(article)) == before


def test_a_restored_article_is_found_by_search_again(edited, delete, restore):
    delete(edited)
    assert search("安全生产").hits == []
    restore(DeletedArticle.objects.get())
    assert [hit.article.pk for hit in search("安全生产").hits] == [edited.pk]


def test_the_history_says_who_restored_it(edited, delete, restore):
    delete(edited)
    restore(DeletedArticle.objects.get())
    latest = Article.objects.get(pk=edited.pk).history.first()
    assert (latest.history_change_reason, latest.history_user.username) == (
        "restored by editor",
        "editor",
    )


def test_a_reingest_after_a_restore_does_not_duplicate_it(edited, page, delete, restore, reingest):
    delete(edited)
    restore(DeletedArticle.objects.get())
    reingest(page)
    assert titles_in_order() == [NANGANG.title, DAOLI.title, EDITED_TITLE]
    assert search("安全生产").hits[0].article.pk == edited.pk
    assert len(search("安全生产").hits) == 1


def test_a_restore_after_a_split_before_it_keeps_its_reading_place(story, delete, restore):
    delete(story(DAOLI.title))
    editing.split_article(story(NANGANG.title), 1, "志愿服务项目评选")
    restore(DeletedArticle.objects.get())
    expected = [NANGANG.title, "志愿服务项目评选", DAOLI.title, XIANGFANG.title]
    assert titles_in_order() == expected


def test_a_byline_of_a_person_merged_away_credits_the_survivor(story, delete, restore):
    article = story(DAOLI.title)
    delete(article)
    survivor = Person.objects.create(name="李林暄")
    editing.merge_people(survivor, [Person.objects.get(name="李林晅")])
    restore(DeletedArticle.objects.get())
    assert bylines(Article.objects.get(pk=article.pk)) == [(1, "记者", "李林暄")]
    assert PersonAlias.objects.get(name="李林晅").person == survivor


def test_a_tombstone_without_history_is_a_one_line_error_that_changes_nothing(
    story, delete, restore
):
    kept, lost = story(NANGANG.title), story(DAOLI.title)
    delete(lost)
    delete(kept)  # listed first (newest first), so restored before the failure
    Article.history.filter(id=lost.pk).delete()
    shown = restore(*DeletedArticle.objects.all())
    assert ("error", f"article {lost.pk} has no deletion on record to restore it from") in shown
    assert DeletedArticle.objects.count() == 2
    assert not Article.objects.filter(pk__in=[kept.pk, lost.pk]).exists()


def test_a_reviewer_is_not_offered_the_restore(reviewer, story):
    editing.delete_articles([story(DAOLI.title)])
    response = reviewer.get(TOMBSTONES)
    assert response.status_code == 200
    assert "恢复所选文章" not in response.content.decode()
