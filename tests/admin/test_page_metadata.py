"""Editors set a page's paper, edition date and page number; articles and re-ingests follow."""

import datetime
import re

from archive import editing
from archive.models import Article, SourcePage
from tests.admin.conftest import change_form_data
from tests.conftest import DAOLI, NANGANG, XIANGFANG


def edit_page(client, **changes):
    page = SourcePage.objects.get()
    url = f"/admin/archive/sourcepage/{page.pk}/change/"
    response = client.post(url, change_form_data(client.get(url), **changes))
    assert response.status_code == 302, response.content.decode()[:2000]
    return SourcePage.objects.get()


def test_an_editor_corrects_the_paper_date_and_page_and_the_history_says_who(editor, page):
    edited = edit_page(
        editor, paper="哈尔滨日报（晚版）", edition_date="2021-12-01", page_number="2"
    )
    assert (edited.paper, edited.edition_date, edited.page_number) == (
        "哈尔滨日报（晚版）",
        datetime.date(2021, 12, 1),
        2,
    )
    assert edited.edited_fields == ["paper", "edition_date", "page_number"]
    latest = edited.history.first()
    assert latest.history_user.username == "editor"
    history = editor.get(f"/admin/archive/sourcepage/{edited.pk}/history/")
    assert history.status_code == 200 and "editor" in history.content.decode()


def test_articles_take_the_new_edition_date_unless_printed_or_dated_by_an_editor(editor, story):
    dated = story(NANGANG.title)
    dated.date = datetime.date(2021, 11, 28)
    editing.mark_edited(dated, ["date"])
    dated.save()
    edit_page(editor, edition_date="2021-12-01")
    dates = {a.title: a.date for a in Article.objects.all()}
    assert dates == {
        NANGANG.title: datetime.date(2021, 11, 28),  # the editor's date
        DAOLI.title: datetime.date(2021, 12, 1),  # took the page's date: now the new one
        XIANGFANG.title: datetime.date(2021, 11, 7),  # printed in full
    }


def test_a_reingest_keeps_the_editors_page_metadata_and_dates(editor, page, reingest):
    edit_page(editor, paper="松花江日报", edition_date="2021-12-01")
    reingest(page)
    stored = SourcePage.objects.get()
    assert (stored.paper, stored.edition_date, stored.page_number) == (
        "松花江日报",
        datetime.date(2021, 12, 1),
        1,  # not edited: still the sidecar's
    )
    assert Article.objects.get(title=DAOLI.title).date == datetime.date(2021, 12, 1)


def test_an_unchanged_file_is_still_skipped_after_an_editor_set_its_page(editor, page, ingest):
    edit_page(editor, edition_date="2021-12-01")
    assert ": unchanged," in ingest(page).out


def test_reviewers_cannot_change_a_page(reviewer, page):
    page_row = SourcePage.objects.get()
    response = reviewer.post(
        f"/admin/archive/sourcepage/{page_row.pk}/change/", {"paper": "别的报"}
    )
    assert response.status_code == 403
    assert SourcePage.objects.get().paper == "哈尔滨日报"


def test_the_page_form_links_to_the_public_source_page(editor, page):
    page_row = SourcePage.objects.get()
    form = editor.get(f"/admin/archive/sourcepage/{page_row.pk}/change/").content.decode()
    link = re.search(r'href="([^"]+)" class="viewsitelink"', form).group(1)
    assert editor.get(link)["Location"].endswith("/pages/p1.txt/")
