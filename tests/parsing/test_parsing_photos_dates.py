"""Photo items and the date an article carries."""

from archive.parsing.dates import article_date


def test_a_caption_and_credit_after_a_picture_gap_become_a_photo_item(real_page):
    photo = real_page("001").items[5]
    assert photo.kind == "photo"
    assert photo.paragraphs[0].startswith("5日上午,在绥化市北林区绥达花园小区")
    assert [(c.name, c.role) for c in photo.credits] == [("刘泽洋", "摄影"), ("蒋国红", "摄影")]


def test_a_photo_with_its_own_heading_keeps_it_as_title(real_page):
    photo = real_page("001").items[2]
    assert (photo.kind, photo.title) == ("photo", "社区设防疫劝导服务站")
    assert [(c.name, c.role) for c in photo.credits] == [("苏强", "摄影")]


def test_an_inline_photo_credit_is_a_credit_of_the_article_and_leaves_the_caption(real_page):
    item = real_page("004").items[3]
    assert item.captions == ["莲花池街道办事处疫情防控捐赠仪式现场。"]
    assert ("高淑芳", "摄影") in [(c.name, c.role) for c in item.credits]


def test_a_short_caption_with_a_credit_line_after_an_article_is_its_own_photo(parse):
    page = parse("""
桥头社区开展义诊活动

本报记者 张明

12月1日，桥头社区邀请市第一医院的医生走进社区为居民义诊，为老人测量血压、血糖两百余人次。

社区书记说，今后社区每月都会组织一次义诊活动，让居民在家门口就能看上病、看好病。



医生为老人测量血压。

本报记者 张明摄
""")
    article, photo = page.items
    assert article.title == "桥头社区开展义诊活动"
    assert len(article.paragraphs) == 2
    assert (photo.kind, photo.paragraphs) == ("photo", ["医生为老人测量血压。"])


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
