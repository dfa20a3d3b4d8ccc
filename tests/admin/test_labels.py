"""The admin speaks the interface's language: model, field, filter and action labels."""

import re

import pytest
from django.core.management import call_command

ADD_ARTICLE = "/admin/archive/article/add/"
CHANGELIST = "/admin/archive/article/"


def labels(html: str) -> list[str]:
    """The text of every form label on an admin page."""
    return [
        re.sub(r"<[^>]+>|:", "", text).strip()
        for text in re.findall(r"<label[^>]*>(.*?)</label>", html, re.S)
    ]


def test_chinese_admin_names_models_fields_and_filters_in_chinese(admin_client, page):
    index = admin_client.get("/admin/").content.decode()
    for english in ("Articles", "Source pages", "People", "Bylines", "Ingest runs"):
        assert english not in index
    form = admin_client.get(ADD_ARTICLE).content.decode()
    assert {"引题", "标题", "副题", "正文段落", "图片说明"} <= set(labels(form))
    assert not [label for label in labels(form) if re.search(r"[A-Za-z]{3,}", label)]
    changelist = admin_client.get(CHANGELIST).content.decode()
    assert "以 类型" in changelist and " kind" not in changelist


@pytest.fixture
def english_admin(admin_client):
    admin_client.post("/i18n/setlang/", {"language": "en", "next": "/admin/"})
    return admin_client


def test_english_admin_names_models_fields_and_actions_in_english(english_admin, page):
    index = english_admin.get("/admin/").content.decode()
    assert "Source pages" in index or "Source page" in index
    form = english_admin.get(ADD_ARTICLE).content.decode()
    assert {"Kicker", "Title", "Subtitle", "Paragraphs", "Captions"} <= set(labels(form))
    assert not [label for label in labels(form) if re.search(r"[\u4e00-\u9fff]", label)]
    changelist = english_admin.get(CHANGELIST).content.decode()
    assert "Mark as reviewed" in changelist and "Needs review" in changelist


def test_every_model_change_has_its_migration(db):
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
