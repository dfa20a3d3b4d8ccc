"""The date an article carries: its sign-off, its lead's month and day, never a guessed year."""

from archive.parsing.dates import article_date


def test_a_full_sign_off_date_gives_an_iso_date():
    assert article_date(["正文第一段。", "哈尔滨市卫健委", "2021年11月7日"]) == "2021-11-07"


def test_a_month_day_in_the_lead_gives_a_yearless_date():
    assert article_date(["2 月 24 日，由四川省成都市体育局主办。"]) == "--02-24"


def test_an_impossible_date_is_ignored():
    assert article_date(["2月30日，活动举行。"]) == ""
    assert article_date(["2021年2月30日，活动举行。"]) == ""


def test_february_29_without_a_year_is_kept():
    assert article_date(["2月29日，活动举行。"]) == "--02-29"


def test_a_year_is_never_guessed(real_page):
    for prefix in ("000", "001", "002", "003", "004"):
        for item in real_page(prefix).items:
            if item.date and not item.date.startswith("--"):
                assert item.date[:4] in "".join(item.paragraphs), item.title


def test_the_sign_off_dates_the_notice(real_page):
    notice = real_page("003").items[5]
    assert notice.title == "哈尔滨市11月6日0-24时疫情通报"
    assert notice.date == "2021-11-07"


def test_a_month_day_outside_the_lead_does_not_date_the_article():
    assert article_date(["近日，活动举行。", "2月24日，又举行了一次。"]) == ""


def test_a_news_agency_datelines_month_day_dates_the_article(parse):
    (item,) = parse("""
新华社北京12月6日电（记者 张三）国家统计局今天发布数据，全国粮食总产量再创新高。
""").items
    assert (item.dateline, item.date) == ("新华社北京12月6日电", "--12-06")
