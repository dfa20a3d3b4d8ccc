"""An editor in a real browser: log in, correct an article, split it, and see it all survive
a re-ingest of the page (Debian's chromium via Playwright; see tests/browser_fixtures.py)."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from playwright.sync_api import expect

from archive.models import Article, Person

NEW_TITLE = "金堂县流动车站送农民工返岗"
SPLIT_TITLE = "竹篙镇集中居住区首发专车"
RIGHT_NAME = "胡桂芬"  # the reporter's name as it should have been read


@pytest.fixture
def editor_login(site):
    """A staff member of the 编辑 group, with a password to type into the login form."""
    call_command("setup_roles", stdout=StringIO())
    user = User.objects.create_user("editor", password="editor-pw", is_staff=True)
    user.groups.add(Group.objects.get(name="编辑"))
    return "editor", "editor-pw"


def log_in(tab, site, username, password):
    tab.goto(f"{site}/admin/login/?next=/admin/")
    tab.locator("#id_username").fill(username)
    tab.locator("#id_password").fill(password)
    tab.locator("#login-form [type=submit]").click()
    expect(tab.locator("#user-tools")).to_contain_text(username)


def correct_title_and_byline(tab, site, article):
    tab.goto(f"{site}/admin/archive/article/{article.pk}/change/")
    tab.locator("#id_title").fill(NEW_TITLE)
    tab.locator("#bylines-0 .select2-selection").click()
    tab.locator(".select2-search__field").fill(RIGHT_NAME)
    tab.locator(".select2-results__option", has_text=RIGHT_NAME).click()
    tab.locator("input[name=_continue]").click()
    expect(tab.locator(".messagelist .success")).to_be_visible()


def split_before_last_paragraph(tab, article) -> int:
    """Split from the admin's 拆分 link; returns the new article's id."""
    tab.get_by_role("link", name="拆分").click()
    tab.locator(f"input[name=at][value='{len(article.paragraphs) - 1}']").check()
    tab.locator("#id_new_title").fill(SPLIT_TITLE)
    tab.locator("input[type=submit]").click()
    expect(tab.locator(".messagelist .success")).to_be_visible()
    return int(tab.url.rstrip("/").split("/")[-2])


def assert_public(tab, site, article, split_pk):
    """The public pages and search show the corrected, split articles."""
    tab.goto(f"{site}/articles/{article.pk}/")
    expect(tab.locator("h1")).to_have_text(NEW_TITLE)
    expect(tab.locator(".meta a.byline")).to_contain_text(RIGHT_NAME)
    expect(tab.locator(".body")).not_to_contain_text(article.paragraphs[-1][:20])
    tab.goto(f"{site}/articles/{split_pk}/")
    expect(tab.locator("h1")).to_have_text(SPLIT_TITLE)
    expect(tab.locator(".body")).to_contain_text(article.paragraphs[-1][:20])
    for title in (NEW_TITLE, SPLIT_TITLE):
        tab.goto(f"{site}/search/?q={title}")
        expect(tab.locator("ol.search-results li h2 a").first).to_have_text(title)


def test_an_editors_corrections_and_split_show_publicly_and_survive_a_reingest(
    site, editor_login, tab
):
    article = Article.objects.get(title__startswith="金堂县")
    Person.objects.create(name=RIGHT_NAME)
    log_in(tab, site, *editor_login)
    correct_title_and_byline(tab, site, article)
    split_pk = split_before_last_paragraph(tab, article)
    assert_public(tab, site, article, split_pk)

    call_command("ingest", "fixtures/pages", "--force", stdout=StringIO(), stderr=StringIO())

    assert_public(tab, site, article, split_pk)
    split = Article.objects.get(pk=split_pk)
    assert split.position == Article.objects.get(pk=article.pk).position + 1


def test_the_article_list_at_1280_px_is_one_line_a_row_with_full_titles_on_hover(
    tab, site, tmp_path
):
    User.objects.create_superuser("chief", password="chief-pw")
    log_in(tab, site, "chief", "chief-pw")
    tab.goto(f"{site}/admin/archive/article/")
    rows = tab.locator("#result_list tbody tr")
    assert rows.count() >= 10
    line = tab.evaluate(
        "() => parseFloat(getComputedStyle(document.querySelector('#result_list td')).lineHeight)"
        " || 20"
    )
    heights = [box["height"] for box in (rows.nth(i).bounding_box() for i in range(rows.count()))]
    assert max(heights) < 3 * line, heights  # no title wrapped a character a line
    longest = max(Article.objects.values_list("title", flat=True), key=len)
    cell = tab.locator(f'#result_list .field-short_title span[title="{longest}"]')
    assert cell.evaluate(
        "el => el.closest('th, td').scrollWidth > el.closest('th, td').clientWidth"
    )
    widths = tab.locator("#result_list thead th").evaluate_all(
        "ths => ths.map(th => th.getBoundingClientRect().width)"
    )
    assert len(widths) == 9 and min(widths) > 20, widths  # every column shown, none squeezed out
    assert tab.evaluate("() => document.documentElement.scrollWidth") <= 1280
    tab.screenshot(path=tmp_path / "admin-article-list-1280.png", full_page=True)


def test_an_editor_finds_a_guessed_title_under_needs_review_and_sees_what_to_check(
    site, editor_login, tab
):
    guessed = Article.objects.get(title__startswith="邛崃向九寨沟县")
    log_in(tab, site, *editor_login)
    tab.goto(f"{site}/admin/archive/article/")
    tab.locator("#changelist-filter a[href*='needs_review=yes']").first.click()
    row = tab.locator("#result_list tbody tr", has_text=guessed.title[:10])
    expect(row).to_have_count(1)
    assert tab.locator("#result_list tbody tr").count() < Article.objects.count()
    row.locator("a").first.click()
    expect(tab.locator(".field-doubts")).to_contain_text(f"title guessed: 「{guessed.title}」")
