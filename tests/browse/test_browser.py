"""A reader in a real browser (Debian's chromium via Playwright), and axe-core on each page.

Skipped only when /usr/bin/chromium is missing outside CI; under CI=true they must run.
"""

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from playwright.sync_api import expect

from archive.models import Article, Person
from tests.browser_fixtures import VIEWPORTS

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def test_reader_searches_and_opens_an_article(site, page):
    page.goto(site)
    page.get_by_label("检索文章").fill("南岗")
    page.get_by_label("检索文章").press("Enter")
    page.wait_for_url("**/search/?q=*")
    first = page.locator("ol.search-results li h2 a").first
    title = first.inner_text()
    first.click()
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator("#permalink")).to_have_value(page.url)


def test_reader_browses_from_a_province_down_to_a_district(site, page):
    page.goto(f"{site}/places/")
    page.locator(".tree > li > a", has_text="黑龙江省").click()
    page.get_by_role("link", name="哈尔滨市").first.click()
    page.get_by_role("link", name="南岗区").first.click()
    assert page.url.endswith("/places/heilongjiang/haerbin/nangang/")
    expect(page.locator(".breadcrumbs")).to_contain_text("哈尔滨市")
    expect(page.locator(".article-list li").first).to_be_visible()


def test_reader_follows_a_reporter_from_an_article(site, page):
    article = Article.objects.filter(bylines__person__name="赵青").first()
    page.goto(f"{site}{article.get_absolute_url()}")
    page.locator(".meta a.byline", has_text="赵青").first.click()
    expect(page.locator("h1")).to_have_text("赵青")
    expect(page.locator(".article-list")).to_contain_text(article.title)


def test_every_page_links_its_opensearch_description(site, page):
    page.goto(site)
    link = page.locator('head link[rel="search"][type="application/opensearchdescription+xml"]')
    assert page.request.get(site + link.get_attribute("href")).ok


def test_skip_link_is_the_first_stop_and_leads_to_the_content(site, page):
    page.goto(site)
    page.keyboard.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()
    page.keyboard.press("Enter")
    assert page.url.endswith("#content")


def main_pages(site) -> dict[str, str]:
    article = Article.objects.filter(bylines__isnull=False, article_places__isnull=False).first()
    person = Person.objects.with_article_counts().first()
    return {
        "home": site + "/",
        "place": site + "/places/heilongjiang/haerbin/",
        "article": site + article.get_absolute_url(),
        "person": site + person.get_absolute_url(),
        "search": site + "/search/?q=南岗",
        "source": site + f"/pages/{article.page.file_name}/",
        "dates": site + "/dates/",
    }


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_main_pages_have_no_serious_accessibility_violations(site, page, language):
    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": site}]
    )
    axe = Axe()
    problems = []
    for name, url in main_pages(site).items():
        page.goto(url)
        for violation in axe.run(page).response["violations"]:
            if violation["impact"] in ("serious", "critical"):
                problems.append(f"{name}: {violation['id']} ({violation['help']})")
    assert problems == []


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_screenshots_of_the_main_pages(site, browser, viewport):
    """Saved under test-artifacts/screenshots/ for people to look at; none scrolls sideways."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(locale="zh-CN", viewport=VIEWPORTS[viewport])
    tab = context.new_page()
    for name, url in main_pages(site).items():
        tab.goto(url)
        tab.screenshot(path=SCREENSHOTS / f"{name}-{viewport}.png", full_page=True)
        overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name} scrolls sideways at {viewport} width"
    context.close()
