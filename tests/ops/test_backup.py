"""A backup (export_articles --backup) restores into an empty archive and re-exports identically."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from archive.models import Article, Person, SourcePage
from search.query import search
from tests.conftest import FIXTURE_PAGES


def export(*args) -> str:
    out = StringIO()
    call_command("export_articles", *args, stdout=out)
    return out.getvalue()


def empty_the_archive():
    SourcePage.objects.all().delete()
    Person.objects.all().delete()


def test_an_archive_with_edits_round_trips_byte_for_byte(
    ingest, tmp_path, django_capture_on_commit_callbacks
):
    ingest(FIXTURE_PAGES)
    article = Article.objects.get(pk=Article.objects.order_by("pk").values("pk")[2:3])
    article.title, article.edited_fields, article.reviewed = "编辑改过的标题", ["title"], True
    article.byline = "编辑改过的署名"
    article.save()
    backup = tmp_path / "backup.jsonl"
    backup.write_text(export("--backup"), encoding="utf-8")
    before = export()

    empty_the_archive()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_articles", str(backup), stdout=StringIO())

    assert export("--backup") == backup.read_text(encoding="utf-8")
    assert export() == before
    restored = Article.objects.get(pk=article.pk)
    assert (restored.title, restored.edited_fields, restored.reviewed) == (
        "编辑改过的标题",
        ["title"],
        True,
    )
    assert restored.byline == "编辑改过的署名"
    assert article.pk in [hit.article.pk for hit in search("编辑改过的标题").hits]


def test_importing_into_a_non_empty_archive_is_refused_with_one_line(ingest, tmp_path):
    ingest(FIXTURE_PAGES)
    backup = tmp_path / "backup.jsonl"
    backup.write_text(export("--backup"), encoding="utf-8")
    with pytest.raises(CommandError, match=r"backup.jsonl: the archive is not empty"):
        call_command("import_articles", str(backup))


def test_a_plain_export_is_refused_naming_the_line_and_the_missing_key(ingest, tmp_path):
    ingest(FIXTURE_PAGES)
    plain = tmp_path / "plain.jsonl"
    plain.write_text(export(), encoding="utf-8")
    empty_the_archive()
    with pytest.raises(CommandError, match=r"plain.jsonl: line 1: KeyError: .*--backup"):
        call_command("import_articles", str(plain))
    assert not Article.objects.exists()


def test_a_missing_backup_file_is_named(db, tmp_path):
    with pytest.raises(CommandError, match=r"nope.jsonl: No such file"):
        call_command("import_articles", str(tmp_path / "nope.jsonl"))
