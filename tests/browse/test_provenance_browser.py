"""A historian on an article and its source page in a real browser, at desktop and phone
widths: where it was printed, its subheadings, ready-to-copy citations, the RIS download."""

import datetime
from pathlib import Path

import pytest
from playwright.sync_api import expect

from archive.models import Article, SourcePage

WIDTHS = {"desktop": 1280, "phone": 390}


@pytest.fixture
def cited(site):
    """The seed page 000 with its paper, date and page set, as an editor would."""
    SourcePage.objects.filter(file_name__startswith="000_").update(
        paper="哈尔滨日报", edition_date=datetime.date(2020, 2, 18), page_number=3
    )
    return Article.objects.get(page__file_name__startswith="000_", position=1)


@pytest.mark.parametrize("width", WIDTHS)
def test_article_page_shows_provenance_subheads_and_citations(
    site, cited, browser, tmp_path, width
):
    context = browser.new_context(
        locale="zh-CN", viewport={"width": WIDTHS[width], "height": 900}, accept_downloads=True
    )
    tab = context.new_page()
    tab.goto(site + cited.get_absolute_url())
    expect(tab.locator("dd.provenance")).to_have_text("哈尔滨日报 · 2020年2月18日 · 第 3 版")
    expect(tab.locator(".body h2.subhead").first).to_have_text("各级单位集结展现“逆行担当”")
    expect(tab.locator("#citation")).to_have_value(
        f"赵青, 李林晅. {cited.title}[N]. 哈尔滨日报, 2020-02-18(3)."
    )
    expect(tab.locator("#chicago-note")).to_have_value(
        f"赵青, 李林晅, “{cited.title},” 哈尔滨日报, February 18, 2020, "
        f"{site}{cited.get_absolute_url()}."
    )
    expect(tab.locator('meta[name="citation_journal_title"]')).to_have_attribute(
        "content", "哈尔滨日报"
    )
    with tab.expect_download() as download:
        tab.get_by_role("link", name="下载 RIS 文件").click()
    assert download.value.suggested_filename == f"article-{cited.pk}.ris"
    assert "TY  - NEWS" in Path(download.value.path()).read_text(encoding="utf-8")
    overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the article page scrolls sideways at {WIDTHS[width]} px"
    shots = {
        "article": lambda path: tab.screenshot(path=path, full_page=True),
        "article-head": lambda path: tab.locator("article header").screenshot(path=path),
        "article-subhead": lambda path: tab.locator(".body h2.subhead").first.screenshot(path=path),
        "article-cite": lambda path: tab.locator("section.cite").screenshot(path=path),
    }
    for name, take in shots.items():
        take(tmp_path / f"{name}-{WIDTHS[width]}.png")
        print(f"screenshot: {tmp_path / f'{name}-{WIDTHS[width]}.png'}")
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_source_page_regions_link_to_articles_and_the_raw_text_is_a_toggle(
    site, cited, browser, tmp_path, width
):
    context = browser.new_context(locale="zh-CN", viewport={"width": WIDTHS[width], "height": 900})
    tab = context.new_page()
    tab.goto(f"{site}/articles/{cited.pk}/")
    tab.get_by_role("link", name="查看原始版面").click()
    expect(tab.locator("h1")).to_have_text("哈尔滨日报 · 2020年2月18日 · 第 3 版")
    expect(tab.locator("#item-1")).to_be_in_viewport()
    tab.screenshot(path=tmp_path / f"source-region-{WIDTHS[width]}.png")
    print(f"screenshot: {tmp_path / f'source-region-{WIDTHS[width]}.png'}")
    raw = tab.locator("pre.raw-text")
    expect(raw).to_be_hidden()
    tab.get_by_text("原始 OCR 文字").click()
    expect(raw).to_be_visible()
    overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the source page scrolls sideways at {WIDTHS[width]} px"
    tab.screenshot(path=tmp_path / f"source-raw-{WIDTHS[width]}.png")
    print(f"screenshot: {tmp_path / f'source-raw-{WIDTHS[width]}.png'}")
    tab.locator("#item-1 .region-title a").click()
    expect(tab.locator("h1")).to_have_text(cited.title)
    context.close()
