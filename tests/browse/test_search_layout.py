"""The search page in a real browser at desktop and phone widths: results come first.

Screenshots go to the test's tmp dir (printed on failure) for a person to look at.
"""

import pytest
from django.conf import settings
from playwright.sync_api import expect

WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


@pytest.fixture
def search_tab(browser):
    """Opens a URL in a fresh tab of the given width (and interface language); closed after."""
    contexts = []

    def open_at(viewport: str, url: str, language: str = "zh-hans"):
        context = browser.new_context(locale="zh-CN", viewport=WIDTHS[viewport])
        contexts.append(context)
        site = url.split("/search/")[0]
        context.add_cookies(
            [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": site}]
        )
        tab = context.new_page()
        tab.goto(url)
        return tab

    yield open_at
    for context in contexts:
        context.close()


def in_view(tab, locator) -> bool:
    box = locator.bounding_box()
    return (
        box is not None
        and box["y"] >= 0
        and box["y"] + box["height"] <= tab.viewport_size["height"]
    )


def test_on_a_phone_the_first_result_shows_before_the_folded_filters(site, search_tab, tmp_path):
    tab = search_tab("phone", f"{site}/search/?q=哈尔滨&place=230000")
    tab.screenshot(path=tmp_path / "search-phone.png")
    first = tab.locator("ol.search-results > li").first
    assert in_view(tab, first.locator("h2"))
    filters = tab.locator("details#search-filters")
    expect(filters).not_to_have_attribute("open", "")
    expect(filters.locator(".facet-place")).to_be_hidden()
    filters.locator("summary").click()
    expect(filters.locator(".facet-place")).to_be_visible()
    filters.screenshot(path=tmp_path / "search-phone-filters.png")
    overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    print(tmp_path)


def test_on_a_wide_screen_the_filters_are_an_open_side_column(site, search_tab, tmp_path):
    tab = search_tab("desktop", f"{site}/search/?q=哈尔滨")
    tab.screenshot(path=tmp_path / "search-desktop.png", full_page=True)
    results = tab.locator("ol.search-results").bounding_box()
    filters = tab.locator("details#search-filters")
    expect(filters.locator(".facet-place")).to_be_visible()
    side = filters.bounding_box()
    assert side["x"] >= results["x"] + results["width"]  # beside the results, not above them
    assert in_view(tab, tab.locator("ol.search-results > li h2").first)
    print(tmp_path)


def test_a_reader_chooses_two_places_and_removes_one(site, search_tab, tmp_path):
    tab = search_tab("desktop", f"{site}/search/?q=哈尔滨")
    places = tab.locator(".facet-place")
    places.locator("a").nth(1).click()
    places.locator("a:not(.chosen)").nth(1).click()
    chips = tab.locator(".search-chips .chip")
    expect(chips).to_have_count(2)
    tab.screenshot(path=tmp_path / "search-two-places.png", full_page=True)
    chips.first.click()
    expect(chips).to_have_count(1)
    print(tmp_path)


def test_an_empty_result_on_a_phone_shows_suggestions_and_no_filter_box(site, search_tab, tmp_path):
    tab = search_tab("phone", f"{site}/search/?q=哈尔滨 qxzqxz")
    tab.screenshot(path=tmp_path / "search-phone-empty.png")
    expect(tab.locator(".search-count")).to_have_text("0 条结果")
    expect(tab.locator("#search-filters")).to_have_count(0)
    suggestion = tab.locator(".search-suggestions a").first
    assert in_view(tab, suggestion)
    suggestion.click()
    expect(tab.locator("ol.search-results > li h2").first).to_be_visible()
    print(tmp_path)


def test_the_english_page_on_a_phone_also_puts_the_first_result_first(site, search_tab, tmp_path):
    tab = search_tab("phone", f"{site}/search/?q=哈尔滨&place=230000&from=2021", language="en")
    tab.screenshot(path=tmp_path / "search-phone-en.png")
    expect(tab.locator("#search-filters > summary")).to_have_text("Filter")
    assert in_view(tab, tab.locator("ol.search-results > li h2").first)
    assert tab.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    print(tmp_path)
