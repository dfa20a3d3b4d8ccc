"""The 编辑 group can correct articles; the 审阅 group can only read."""

from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import call_command

from tests.admin.conftest import change_form_data
from tests.conftest import NANGANG


def test_setup_roles_can_run_twice(db):
    call_command("setup_roles", stdout=StringIO())
    call_command("setup_roles", stdout=StringIO())
    assert Group.objects.filter(name__in=["编辑", "审阅"]).count() == 2


def test_reviewers_have_view_permissions_only(db):
    call_command("setup_roles", stdout=StringIO())
    codenames = Group.objects.get(name="审阅").permissions.values_list("codename", flat=True)
    assert all(codename.startswith("view_") for codename in codenames)


def test_an_editor_can_correct_a_title(editor, story):
    article = story(NANGANG.title)
    url = f"/admin/archive/article/{article.pk}/change/"
    response = editor.post(url, change_form_data(editor.get(url), title="南岗区志愿服务月启动"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "南岗区志愿服务月启动"


def test_an_editor_can_split_an_article(editor, story):
    article = story(NANGANG.title)
    response = editor.post(f"/admin/archive/article/{article.pk}/split/", {"at": "1"})
    assert response.status_code == 302


def test_a_reviewer_can_read_but_not_change(reviewer, story):
    article = story(NANGANG.title)
    url = f"/admin/archive/article/{article.pk}/change/"
    assert reviewer.get(url).status_code == 200
    assert reviewer.post(url, {"title": "改不了"}).status_code == 403
    article.refresh_from_db()
    assert article.title == NANGANG.title


def test_a_reviewer_cannot_split(reviewer, story):
    article = story(NANGANG.title)
    response = reviewer.post(f"/admin/archive/article/{article.pk}/split/", {"at": "1"})
    assert response.status_code == 403
