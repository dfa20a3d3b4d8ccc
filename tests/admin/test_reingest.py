"""What a re-ingest leaves as editors had it: reading order, deletions, and what it reports."""

from archive import editing
from archive.models import Article, DeletedArticle, IngestFile, Person
from search.query import search
from tests.conftest import DAOLI, NANGANG, XIANGFANG

SPLIT_TITLE = "志愿服务项目评选"


def titles_in_order() -> list[str]:
    return list(Article.objects.order_by("position").values_list("title", flat=True))


def delete_in_admin(client, article):
    response = client.post(f"/admin/archive/article/{article.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302


def test_a_split_off_article_stays_right_after_its_first_part(story, page, reingest):
    editing.split_article(story(DAOLI.title), 1, SPLIT_TITLE)
    reingest(page)
    assert titles_in_order() == [NANGANG.title, DAOLI.title, SPLIT_TITLE, XIANGFANG.title]


def test_parts_split_twice_keep_their_order(story, page, reingest):
    second = editing.split_article(story(NANGANG.title), 1, "第二部分")
    second.paragraphs = [*second.paragraphs, "补充一段。"]
    second.save()
    editing.split_article(second, 1, "第三部分")
    reingest(page)
    expected = [NANGANG.title, "第二部分", "第三部分", DAOLI.title, XIANGFANG.title]
    assert titles_in_order() == expected
    assert list(Article.objects.order_by("position").values_list("position", flat=True)) == [
        1,
        2,
        3,
        4,
        5,
    ]


def test_an_article_an_editor_deleted_stays_deleted_after_a_reingest(editor, story, page, reingest):
    delete_in_admin(editor, story(DAOLI.title))
    result = reingest(page)
    assert titles_in_order() == [NANGANG.title, XIANGFANG.title]
    assert "skipped 1 deleted by editors" in result.out
    assert [hit.article.title for hit in search("冰雪文化节").hits] == []


def test_the_tombstone_names_the_article_and_the_editor(editor, story):
    article = story(DAOLI.title)
    delete_in_admin(editor, article)
    tombstone = DeletedArticle.objects.get()
    assert (tombstone.title, tombstone.article_pk, tombstone.deleted_by.username) == (
        DAOLI.title,
        article.pk,
        "editor",
    )


def test_deleting_the_tombstone_brings_the_article_back_on_the_next_reingest(
    editor, story, page, reingest
):
    delete_in_admin(editor, story(DAOLI.title))
    tombstone = DeletedArticle.objects.get()
    url = f"/admin/archive/deletedarticle/{tombstone.pk}/delete/"
    assert editor.post(url, {"post": "yes"}).status_code == 302
    result = reingest(page)
    assert titles_in_order() == [NANGANG.title, DAOLI.title, XIANGFANG.title]
    assert "added 1" in result.out


def test_deleting_several_at_once_leaves_a_tombstone_for_each(editor, story, page, reingest):
    chosen = [story(NANGANG.title).pk, story(XIANGFANG.title).pk]
    response = editor.post(
        "/admin/archive/article/",
        {"action": "delete_selected", "_selected_action": chosen, "post": "yes"},
    )
    assert response.status_code == 302
    reingest(page)
    assert titles_in_order() == [DAOLI.title]


def test_a_merge_leaves_no_tombstone(story):
    editing.merge_articles(story(NANGANG.title), story(DAOLI.title))
    assert not DeletedArticle.objects.exists()


def test_the_summary_counts_the_edited_fields_it_kept(story, page, reingest):
    for title in (NANGANG.title, DAOLI.title):
        article = story(title)
        article.title, article.edited_fields = f"{title}（改）", ["title"]
        article.save()
    edited = story(XIANGFANG.title)
    edited.bylines.update(person=Person.objects.create(name="王新国"))
    edited.edited_fields = ["bylines"]
    edited.save()
    result = reingest(page)
    expected = "kept editors' title×2, bylines×1"
    assert expected in result.out
    assert expected in IngestFile.objects.filter(status="updated").get().message


def test_the_summary_counts_a_split_as_kept_paragraphs_and_a_kept_article(story, page, reingest):
    second = editing.split_article(story(NANGANG.title), 1)
    result = reingest(page)
    assert "kept editors' paragraphs×1" in result.out
    assert f"kept 1 edited article no longer cut (ids {second.pk})" in result.out


def test_an_edit_the_cut_agrees_with_is_not_counted(story, page, reingest):
    article = story(NANGANG.title)
    article.edited_fields = ["title"]
    article.save()
    assert "kept editors'" not in reingest(page).out
