"""Fixing a cut: split, merge, move a paragraph; the constraint, the text, re-ingest, search."""

import pytest

from archive import editing
from archive.models import Article
from search.query import search
from tests.conftest import DAOLI, NANGANG, XIANGFANG


def on_page() -> list[tuple[int, str]]:
    return list(Article.objects.order_by("position").values_list("position", "title"))


def all_paragraphs() -> list[str]:
    return [p for a in Article.objects.order_by("position") for p in a.paragraphs]


def found(q) -> list[str]:
    return [hit.article.title for hit in search(q).hits]


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Runs a fix and its after-commit callbacks (the index update)."""

    def run(fix, *args):
        with django_capture_on_commit_callbacks(execute=True):
            return fix(*args)

    return run


def test_split_puts_the_rest_right_after_and_shifts_later_items(story):
    before = all_paragraphs()
    editing.split_article(story(NANGANG.title), 1, "志愿服务项目评选")
    assert on_page() == [
        (1, NANGANG.title),
        (2, "志愿服务项目评选"),
        (3, DAOLI.title),
        (4, XIANGFANG.title),
    ]
    assert all_paragraphs() == before


def test_split_marks_both_articles_edited(story):
    first = story(NANGANG.title)
    second = editing.split_article(first, 1)
    first.refresh_from_db()
    assert first.edited_fields == ["paragraphs"]
    assert second.edited_fields == ["paragraphs"]


def test_split_at_the_first_paragraph_is_refused(story):
    with pytest.raises(editing.EditError, match="split point 0"):
        editing.split_article(story(NANGANG.title), 0)


def test_merge_appends_the_next_item_and_closes_the_gap(story):
    before = all_paragraphs()
    first = editing.merge_articles(story(NANGANG.title), story(DAOLI.title))
    assert on_page() == [(1, NANGANG.title), (2, XIANGFANG.title)]
    assert all_paragraphs() == before
    assert [str(b) for b in first.bylines.all()] == ["记者 赵青", "记者 李林晅"]
    assert {ap.place.name for ap in first.article_places.all()} >= {"南岗区", "道里区"}


def test_merge_refuses_items_that_are_not_neighbours(story):
    with pytest.raises(editing.EditError, match="not the item right after"):
        editing.merge_articles(story(NANGANG.title), story(XIANGFANG.title))


def test_move_paragraph_to_the_next_item_keeps_the_text_in_order(story):
    before = all_paragraphs()
    editing.move_paragraph(story(NANGANG.title), 1)
    assert all_paragraphs() == before
    assert story(DAOLI.title).paragraphs[0] == NANGANG.paragraphs[1]


def test_move_paragraph_from_the_first_item_backwards_is_refused(story):
    with pytest.raises(editing.EditError, match="no previous item"):
        editing.move_paragraph(story(NANGANG.title), -1)


def test_a_reingest_keeps_a_split(story, page, reingest):
    second = editing.split_article(story(NANGANG.title), 1, "志愿服务项目评选")
    reingest(page)
    assert story(NANGANG.title).paragraphs == [NANGANG.paragraphs[0].removeprefix("本报讯 ")]
    assert Article.objects.get(pk=second.pk).paragraphs == [NANGANG.paragraphs[1]]
    assert Article.objects.count() == 4


def test_a_reingest_does_not_bring_back_a_merged_item(story, page, reingest):
    editing.merge_articles(story(NANGANG.title), story(DAOLI.title))
    result = reingest(page)
    assert [title for _, title in on_page()] == [NANGANG.title, XIANGFANG.title]
    assert "added 0" in result.out


def test_search_finds_the_split_off_article_and_not_a_merged_one(story, committed):
    second = committed(editing.split_article, story(NANGANG.title), 1, "志愿服务项目评选")
    assert found("评选一批优秀") == [second.title]
    committed(editing.merge_articles, story(DAOLI.title), story(XIANGFANG.title))
    assert found("安全生产大检查") == [DAOLI.title]


CUT = "/admin/archive/article/{pk}/{fix}/"


def test_the_split_page_splits_and_the_public_page_shows_the_cut(admin_client, story):
    article = story(NANGANG.title)
    url = CUT.format(pk=article.pk, fix="split")
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"at": "1", "new_title": "志愿服务项目评选"})
    assert response.status_code == 302
    html = admin_client.get(f"/articles/{article.pk}/").content.decode()
    assert NANGANG.paragraphs[1] not in html
    second = Article.objects.get(title="志愿服务项目评选")
    assert NANGANG.paragraphs[1] in admin_client.get(f"/articles/{second.pk}/").content.decode()


def test_merging_the_last_item_is_a_form_error(admin_client, story):
    response = admin_client.post(CUT.format(pk=story(XIANGFANG.title).pk, fix="merge-next"))
    assert response.status_code == 200
    assert "没有可合并的下一条" in response.content.decode()


def test_a_bad_split_point_is_a_form_error(admin_client, story):
    url = CUT.format(pk=story(NANGANG.title).pk, fix="split")
    response = admin_client.post(url, {"at": "7"})
    assert response.status_code == 200
    assert response.context["form"].errors["at"]


def test_the_move_page_moves_a_paragraph(admin_client, story):
    url = CUT.format(pk=story(NANGANG.title).pk, fix="move-paragraph")
    assert admin_client.post(url, {"step": "1"}).status_code == 302
    assert story(DAOLI.title).paragraphs[0] == NANGANG.paragraphs[1]


def test_a_cut_page_for_a_missing_article_redirects(admin_client, db):
    response = admin_client.get(CUT.format(pk=999, fix="split"))
    assert response.status_code == 302


def test_a_subheading_stays_a_subheading_in_the_part_it_is_split_into(story):
    article = story(NANGANG.title)
    article.paragraphs = ["导语。", "小标题一", "正文一。", "小标题二", "正文二。"]
    article.subheads = ["小标题一", "小标题二"]
    article.save()
    second = editing.split_article(article, 3, "第二部分")
    article.refresh_from_db()
    assert (article.subheads, second.subheads) == (["小标题一"], ["小标题二"])
