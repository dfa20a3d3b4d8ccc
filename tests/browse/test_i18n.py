"""The English interface: every label translated, the archive's Chinese content labelled zh-Hans."""

import gettext
import re
from pathlib import Path

import pytest
from django.conf import settings

from archive.models import Article, Person
from tests.conftest import NANGANG, XIANGFANG

PO_FILE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"


@pytest.fixture
def english(client):
    """A client that chose English with the language switch (a cookie, nothing else)."""
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    return client


def english_page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    page = response.content.decode()
    assert '<html lang="en">' in page
    return page


def test_english_home_shows_english_labels_and_chinese_titles(english, harbin):
    page = english_page(english, "/")
    assert "3 articles from 2 newspaper pages" in page
    assert "Dated articles run from 7 November 2021 to 30 November 2021." in page
    assert ">Cities with the most articles</h2>" in page and ">Latest articles</h2>" in page
    assert f'lang="zh-Hans">{NANGANG.title}</a>' in page
    assert "2021-11: 3 articles" in page  # the chart's bar label


def test_english_place_page_names_its_level_and_keeps_place_names_chinese(english, harbin):
    page = english_page(english, "/places/heilongjiang/haerbin/")
    assert "Prefecture · code 230100 · 3 articles" in page
    assert ">Places within</h2>" in page
    assert '<h1 lang="zh-Hans">哈尔滨市</h1>' in page
    assert '<span lang="zh-Hans"><span class="place">哈尔滨市南岗区</span></span>' in page


def test_english_article_page_labels_its_parts_and_keeps_the_text_chinese(english, harbin):
    article = Article.objects.get(title=XIANGFANG.title)
    page = english_page(english, f"/articles/{article.pk}/")
    assert f'<h1 lang="zh-Hans">{XIANGFANG.title}</h1>' in page
    assert "<dt>By</dt>" in page and "<dt>Places</dt>" in page
    assert '<div class="body" lang="zh-Hans">' in page and XIANGFANG.paragraphs[1] in page
    assert ">Cite this article</h2>" in page
    assert '<dd class="provenance"><span lang="zh-Hans">哈尔滨日报</span> · ' in page
    assert "2 December 2021</time> · page unknown</dd>" in page
    assert ", item 1 · <a" in page and ">See the source page</a>" in page
    assert ">Chicago style (note)</label>" in page


def test_english_person_page_keeps_the_name_and_role_chinese(english, harbin):
    person = Person.objects.get(name="王兴国")
    page = english_page(english, f"/people/{person.pk}/")
    assert '<h1 lang="zh-Hans">王兴国</h1>' in page
    assert "1 article · " in page and '<span lang="zh-Hans">通讯员</span> 1' in page
    assert ">Search for this person</a>" in page and ">Places reported on</h2>" in page


def test_english_dates_pages_name_the_months_in_english(english, harbin):
    page = english_page(english, "/dates/")
    assert ">Browse by date</h1>" in page
    assert 'href="/dates/2021/11/">November</a>' in page
    assert ">Date unknown <span" in page
    assert "<h1>November 2021</h1>" in english_page(english, "/dates/2021/11/")


def test_english_not_found_page_is_english(english, db):
    response = english.get("/articles/999999/")
    assert response.status_code == 404
    assert "<h1>Page not found</h1>" in response.content.decode()


def po_entries() -> list[tuple[str, str, list[str], str]]:
    """(msgid, msgid_plural, msgstrs, flags) for each entry of the .po, header and obsolete
    entries left out, a msgctxt joined to its msgid as gettext stores it ("one\x04文章"); read
    with a few lines of Python so the test needs no gettext tools."""
    entries = []
    for block in PO_FILE.read_text(encoding="utf-8").strip().split("\n\n"):
        fields, flags, key = {}, "", None
        for line in block.splitlines():
            if line.startswith("#,"):
                flags += line
            elif match := re.match(
                r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d\])?) "(.*)"$', line
            ):
                key = match[1]
                fields[key] = match[2]
            elif line.startswith('"') and key:
                fields[key] += line[1:-1]
        if fields.get("msgid"):
            strs = [unescape(value) for name, value in fields.items() if name.startswith("msgstr")]
            plural = fields.get("msgid_plural", "")
            msgid = unescape(fields["msgid"])
            if "msgctxt" in fields:
                msgid = f"{unescape(fields['msgctxt'])}\x04{msgid}"
            entries.append((msgid, unescape(plural), strs, flags))
    return entries


def unescape(text: str) -> str:
    return text.replace('\\"', '"').replace("\\n", "\n")


def test_english_catalogue_has_no_untranslated_or_fuzzy_entries():
    entries = po_entries()
    assert len(entries) > 50
    assert [msgid for msgid, _plural, strs, _flags in entries if not all(strs)] == []
    assert [msgid for msgid, _plural, _strs, flags in entries if "fuzzy" in flags] == []


def test_compiled_catalogue_holds_every_translation_of_the_po_file():
    """The .mo is committed so the site needs no gettext tools: it must not lag the .po."""
    with PO_FILE.with_suffix(".mo").open("rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)
    for msgid, plural, strs, _flags in po_entries():
        if plural:
            assert catalogue.ngettext(msgid, plural, 1) == strs[0], msgid
            assert catalogue.ngettext(msgid, plural, 2) == strs[1], msgid
        else:
            assert catalogue.gettext(msgid) == strs[0], msgid


def test_english_search_page_shows_english_labels(english, db):
    page = english_page(english, "/search/?q=qxzqxzqxz")  # a word no article has
    assert ">By relevance</option>" in page
    assert ">By date (newest first)</option>" in page and ">By date (oldest first)</option>" in page
    assert "0 results" in page and "No results found." in page


def test_english_home_counts_the_undated_articles(english, harbin, pages, ingest):
    pages("undated.txt", text="无日期的稿件\n\n本报记者 赵青\n\n今天天气很好，大家都出门了。\n")
    ingest(pages.folder)
    assert "1 article has no known date." in english_page(english, "/")
