"""Browsing by date: a month as a calendar of its days, a day's articles, and the articles
whose year is unknown grouped by the month-day printed on them."""

import datetime

import pytest

from archive.models import Article
from tests.conftest import NANGANG, XIANGFANG


def html(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def calendar_of(page: str) -> str:
    return page[page.index('<table class="calendar">') : page.index("</table>")]


def test_a_month_is_a_calendar_linking_the_days_with_articles_and_their_counts(client, harbin):
    days = {}
    for article in Article.objects.in_month(2021, 11):
        days[article.date.day] = days.get(article.date.day, 0) + 1
    cal = calendar_of(html(client, "/dates/2021/11/"))
    for day, n in days.items():
        assert f'<a href="/dates/2021/11/{day}/">{day}</a> <span class="count">({n})</span>' in cal
    empty = next(d for d in range(1, 31) if d not in days)
    assert f'<span class="empty-day">{empty}</span>' in cal
    assert cal.count("<tr>") == 1 + 5  # the weekday row and November 2021's five weeks
    assert '<th scope="col">' in cal


def test_a_day_lists_its_articles_under_its_month(client, harbin):
    when = Article.objects.get(title=XIANGFANG.title).date
    page = html(client, f"/dates/{when.year}/{when.month}/{when.day}/")
    assert f"<h1>{when.year}年{when.month}月{when.day}日</h1>" in page
    assert XIANGFANG.title in page and NANGANG.title not in page
    assert f'href="/dates/{when.year}/{when.month}/">' in page  # back to the month


@pytest.mark.parametrize("url", ["/dates/2021/2/30/", "/dates/2021/13/1/", "/dates/undated/2/30/"])
def test_a_day_that_does_not_exist_is_404(client, db, url):
    assert client.get(url).status_code == 404


def test_articles_known_only_by_month_and_day_are_grouped_by_it(client, harbin):
    Article.objects.filter(title=NANGANG.title).update(date=None, date_text="--02-24")
    Article.objects.filter(title=XIANGFANG.title).update(date=None, date_text="")
    page = html(client, "/dates/undated/")
    assert '<a href="/dates/undated/2/24/">2月24日</a> <span class="count">(1)</span>' in page
    no_date = page[page.index("没有日期") :]
    assert XIANGFANG.title in no_date and NANGANG.title not in no_date
    day = html(client, "/dates/undated/2/24/")
    assert "<h1>2月24日（年份不详）</h1>" in day and NANGANG.title in day
    assert XIANGFANG.title not in day


def test_the_month_day_and_calendar_pages_are_english_in_english(client, harbin):
    Article.objects.filter(title=NANGANG.title).update(date=None, date_text="--02-24")
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert ">24 February</a>" in html(client, "/dates/undated/")
    assert "<h1>24 February (year unknown)</h1>" in html(client, "/dates/undated/2/24/")
    cal = calendar_of(html(client, "/dates/2021/11/"))
    assert ">Mon</th>" in cal
    assert datetime.date(2021, 11, 1).weekday() == 0  # so the 1st sits under Mon


@pytest.mark.parametrize("width", [1280, 390])
def test_the_calendar_fits_a_phone_and_a_desktop(site, browser, tmp_path, width):
    context = browser.new_context(locale="zh-CN", viewport={"width": width, "height": 844})
    tab = context.new_page()
    tab.goto(f"{site}/dates/2021/11/")
    tab.screenshot(path=tmp_path / f"month-{width}.png")
    assert tab.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    linked = tab.locator(".calendar td.has-articles a")
    assert linked.count() > 0
    day = linked.first.inner_text()
    linked.first.click()
    tab.wait_for_url(f"**/dates/2021/11/{day}/")
    assert tab.locator(".article-list li").count() >= 1
    context.close()
    print(tmp_path)
