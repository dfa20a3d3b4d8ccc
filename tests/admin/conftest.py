"""An ingested page, a clean search index and logged-in editors for the admin's tests."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from haystack import connections

from archive.models import Article
from tests.conftest import DAOLI, NANGANG, XIANGFANG

SIDECAR = {"paper": "哈尔滨日报", "edition_date": "2021-11-30", "page": 1}


@pytest.fixture
def search_index(db):
    """An empty index (other tests may have left documents for pks that are reused)."""
    connections["default"].get_backend().clear()


@pytest.fixture
def page(ingest, pages, search_index, django_capture_on_commit_callbacks):
    """p1.txt: 南岗区, 道里区 and 香坊区 stories, stored and indexed; returns its path."""
    path = pages("p1.txt", NANGANG, DAOLI, XIANGFANG, sidecar=SIDECAR)
    with django_capture_on_commit_callbacks(execute=True):
        result = ingest(path)
    assert result.error is None, result.err
    return path


@pytest.fixture
def reingest(ingest, django_capture_on_commit_callbacks):
    """Re-cuts a page with --force (as after a parser change), indexing what it writes."""

    def run(path):
        with django_capture_on_commit_callbacks(execute=True):
            result = ingest(path, force=True)
        assert result.error is None, result.err
        return result

    return run


@pytest.fixture
def story(page):
    """The page's articles by story title."""
    return lambda title: Article.objects.get(title=title)


def login(client, group_name: str, username: str):
    call_command("setup_roles", stdout=StringIO())
    user = User.objects.create_user(username, password="pw-unused", is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    return client


@pytest.fixture
def editor(client, db):
    return login(client, "编辑", "editor")


@pytest.fixture
def reviewer(client, db):
    return login(client, "审阅", "reviewer")


def change_form_data(response, **changes) -> dict:
    """The POST data of an admin change page as shown (forms and inlines), with changes."""
    forms = [response.context["adminform"].form]
    for inline in response.context.get("inline_admin_formsets", []):
        forms += [inline.formset.management_form, *inline.formset.forms]
    data = {}
    for form in forms:
        for field in form:
            value = field.value()
            if value is True:
                data[field.html_name] = "on"
            elif value is not None and value is not False:
                data[field.html_name] = str(value)
    return data | changes
