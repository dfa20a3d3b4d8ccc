"""Every admin change is recorded with who and when, and can be reverted."""

from tests.admin.conftest import change_form_data
from tests.conftest import NANGANG


def test_an_edit_is_recorded_with_the_editor_and_can_be_reverted(admin_client, story):
    article = story(NANGANG.title)
    url = f"/admin/archive/article/{article.pk}/change/"
    admin_client.post(url, change_form_data(admin_client.get(url), title="错误的标题"))
    latest = article.history.first()
    assert (latest.title, latest.history_user.username) == ("错误的标题", "admin")

    original = article.history.last()
    revert_url = f"{url[: -len('change/')]}history/{original.history_id}/"
    page = admin_client.get(revert_url)
    assert page.status_code == 200
    assert admin_client.post(revert_url, change_form_data(page)).status_code == 302
    article.refresh_from_db()
    assert article.title == NANGANG.title


def test_the_history_page_lists_the_changes(admin_client, story):
    article = story(NANGANG.title)
    url = f"/admin/archive/article/{article.pk}/change/"
    admin_client.post(url, change_form_data(admin_client.get(url), title="新标题"))
    html = admin_client.get(f"/admin/archive/article/{article.pk}/history/").content.decode()
    assert "admin" in html
    assert "新标题" in html
