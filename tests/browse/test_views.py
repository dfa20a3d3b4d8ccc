"""Every public URL: what a reader sees, and a 404 (never a 500) for what does not exist."""

import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlsplit

import feedparser
import pytest
from haystack import connections

from archive.models import Article, Person, SourcePage
from search.signals import reindex_articles
from tests.conftest import DAOLI, FIXTURE_PAGES, NANGANG, XIANGFANG, Story

ATOM = "{http://www.w3.org/2005/Atom}"


def html(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_home_says_what_the_archive_holds(client, harbin):
    page = html(client, "/")
    assert "收录 2 个版面、3 篇文章" in page
    assert "2021年11月7日 到 2021年11月30日" in page  # 香坊区 prints its own date
    assert 'action="/search/"' in page
    assert "哈尔滨市" in page and NANGANG.title in page
    assert "<svg" in page and "2021年11月：3 篇" in page


def test_home_says_how_many_articles_are_undated_and_links_them(client, harbin, pages, ingest):
    assert "日期不详" not in html(client, "/")  # the harbin pages are all dated
    pages("undated.txt", text="无日期的稿件\n\n本报记者 赵青\n\n今天天气很好，大家都出门了。\n")
    ingest(pages.folder)
    assert '<a href="/dates/undated/">另有 1 篇文章日期不详。</a>' in html(client, "/")


def test_article_lists_name_only_the_most_specific_places_with_their_parent(client, harbin):
    page = html(client, "/")
    assert '<span class="place">哈尔滨市南岗区</span>' in page
    assert '<span class="place">黑龙江省</span>' not in page  # it only contains 哈尔滨市


def test_home_chart_labels_its_first_and_last_month_and_fills_the_gap(
    client, harbin, pages, ingest
):
    pages("p3.txt", NANGANG, sidecar={"edition_date": "2022-01-15"})
    ingest(pages.folder)
    page = html(client, "/")
    assert '<figcaption aria-hidden="true"><span>2021-11</span><span>2022-01</span>' in page
    assert "2021年12月：0 篇" in page


def test_home_of_an_empty_archive_still_renders(client, db):
    assert "收录 0 个版面" in html(client, "/")


def test_place_tree_counts_articles_of_sub_places(client, harbin):
    page = html(client, "/places/")
    assert '黑龙江省</a> <span class="count">(3)' in page
    assert '哈尔滨市</a> <span class="count">(3)' in page
    assert '南岗区</a> <span class="count">(1)' in page
    assert "北京市" not in page  # no articles


def test_city_page_lists_its_districts_articles_newest_first(client, harbin):
    page = html(client, "/places/heilongjiang/haerbin/")
    assert page.index(NANGANG.title) < page.index(DAOLI.title) < page.index(XIANGFANG.title)
    assert '<a href="/places/heilongjiang/haerbin/nangang/">南岗区</a>' in page
    assert '<a href="/places/heilongjiang/">黑龙江省</a>' in page  # breadcrumb


def test_place_code_redirects_to_the_slug_url(client, db):
    response = client.get("/places/230103/")
    assert response.status_code == 301
    assert response["Location"] == "/places/heilongjiang/haerbin/nangang/"


@pytest.mark.parametrize(
    "url",
    ["/places/nowhere/", "/places/heilongjiang/nangang/", "/places/999999/", "/places/haerbin/"],
)
def test_unknown_place_is_404(client, db, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "找不到页面" in response.content.decode()


@pytest.mark.parametrize("number", ["0", "99", "x", "-1"])
def test_bad_page_number_is_404(client, harbin, number):
    assert client.get(f"/places/heilongjiang/?page={number}").status_code == 404


def test_place_list_pages_through_many_articles(client, many_pages):
    many_pages(25)
    first = html(client, "/places/heilongjiang/haerbin/")
    assert 'rel="next" href="?page=2"' in first and "第 1 / 3 页" in first
    assert "第 3 / 3 页" in html(client, "/places/heilongjiang/haerbin/?page=3")


def test_article_page_links_people_places_and_its_source(client, harbin):
    article = Article.objects.get(title=XIANGFANG.title)
    page = html(client, f"/articles/{article.pk}/")
    person = Person.objects.get(name="梁可心")
    assert f'href="/people/{person.pk}/">记者 梁可心</a>' in page
    assert 'href="/places/heilongjiang/haerbin/xiangfang/">黑龙江省 › 哈尔滨市 › 香坊区</a>' in page
    assert ">黑龙江省 › 哈尔滨市</a>" not in page  # only the most specific place
    assert '<a href="/pages/p2.txt/#item-1">查看原始版面</a>' in page
    assert ">p2.txt<" not in page  # the hashed file name is no provenance a reader can cite
    assert f'value="http://testserver/articles/{article.pk}/"' in page  # citation permalink


def test_article_page_says_where_it_was_printed_and_how_to_cite_it(client, harbin):
    SourcePage.objects.filter(file_name="p2.txt").update(page_number=3)
    article = Article.objects.get(title=XIANGFANG.title)
    page = html(client, f"/articles/{article.pk}/")
    provenance = (
        '<span lang="zh-Hans">哈尔滨日报</span> · '
        '<time datetime="2021-12-02">2021年12月2日</time> · 第 3 版'
    )
    assert f'<dd class="provenance">{provenance}</dd>' in page
    assert f"来源：{provenance}，第 1 篇" in page
    assert f"王兴国, 梁可心. {XIANGFANG.title}[N]. 哈尔滨日报, 2021-12-02(3)." in page
    assert f"“{XIANGFANG.title},” 哈尔滨日报, December 2, 2021, http://testserver/articles/" in page
    assert f'<meta name="citation_title" content="{XIANGFANG.title}">' in page
    assert '<meta name="citation_journal_title" content="哈尔滨日报">' in page
    assert '<meta name="citation_publication_date" content="2021/12/02">' in page
    assert '<meta name="citation_firstpage" content="3">' in page
    assert f'href="/articles/{article.pk}/cite.ris" download' in page


def test_an_article_from_a_page_with_no_metadata_says_so_plainly(client, pages, ingest):
    ingest(pages("bare.txt", DAOLI))
    article = Article.objects.get()
    page = html(client, f"/articles/{article.pk}/")
    assert '<dd class="provenance">报名、日期、版次不详</dd>' in page
    assert f"{DAOLI.title}[N]. [报名不详], [出版日期不详]." in page
    assert 'name="citation_journal_title"' not in page and 'name="citation_date"' not in page
    assert "报名、日期、版次不详" in html(client, "/dates/undated/")


def test_the_ris_file_downloads_from_a_stable_url_and_uses_site_url(client, harbin, settings):
    settings.SITE_URL = "https://archive.example.org"
    article = Article.objects.get(title=XIANGFANG.title)
    response = client.get(f"/articles/{article.pk}/cite.ris")
    assert response["Content-Type"].startswith("application/x-research-info-systems")
    assert f'filename="article-{article.pk}.ris"' in response["Content-Disposition"]
    lines = response.content.decode().split("\r\n")
    assert lines[:3] == ["TY  - NEWS", "AU  - 王兴国", "AU  - 梁可心"]
    assert f"TI  - {XIANGFANG.title}" in lines and "T2  - 哈尔滨日报" in lines
    assert f"UR  - https://archive.example.org/articles/{article.pk}/" in lines
    assert client.get("/articles/999999/cite.ris").status_code == 404


def test_subheadings_are_headings_on_the_article_page(client, ingest):
    ingest(FIXTURE_PAGES / "000_7fe243ce3c7a20ec.txt")
    article = Article.objects.get(title__contains="汇聚精神力量")
    page = html(client, f"/articles/{article.pk}/")
    assert '<h2 class="subhead">各级单位集结展现“逆行担当”</h2>' in page
    assert "<p>疫情就是命令，防控就是责任。</p>" in page


def test_article_lists_show_paper_date_and_page(client, harbin):
    home = html(client, "/")
    assert '<span lang="zh-Hans">哈尔滨日报</span> · <time datetime="2021-11-30">' in home
    assert "版次不详" in home  # the harbin sidecars give no page number


def test_article_page_lists_related_articles_of_the_same_district(client, harbin, pages, ingest):
    story = Story("南岗区新建三座冰场", "本报记者 周明", ("本报讯 南岗区今冬新建三座公益冰场。",))
    pages("p3.txt", story, sidecar={"edition_date": "2021-12-05"})
    ingest(pages.folder)
    article = Article.objects.get(title=NANGANG.title)
    related = html(client, f"/articles/{article.pk}/").split("相关文章")[1]
    assert story.title in related  # same district
    assert DAOLI.title not in related  # only the city and province in common
    by_person = Article.objects.get(title=XIANGFANG.title)
    assert "相关文章" not in html(client, f"/articles/{by_person.pk}/")


def test_article_with_only_a_month_day_says_the_year_is_unknown(client, harbin):
    article = Article.objects.get(title=NANGANG.title)
    Article.objects.filter(pk=article.pk).update(date=None, date_text="--11-29")
    assert "11月29日（年份不详）" in html(client, f"/articles/{article.pk}/")


@pytest.mark.parametrize("url", ["/articles/999999/", "/articles/99999999999999999999999/"])
def test_unknown_article_is_404(client, db, url):
    assert client.get(url).status_code == 404


def test_source_page_marks_where_each_item_begins_in_the_raw_text(client, harbin):
    page = html(client, "/pages/p1.txt/")
    assert f'<mark id="raw-item-1">{NANGANG.title}</mark>' in page
    assert f'<mark id="raw-item-2">{DAOLI.title}</mark>' in page
    assert "未能在原文中定位" not in page
    by_id = html(client, f"/pages/{SourcePage.objects.get(file_name='p1.txt').pk}/")
    assert f'<mark id="raw-item-1">{NANGANG.title}</mark>' in by_id


def test_source_page_is_titled_by_paper_date_and_page(client, harbin):
    SourcePage.objects.filter(file_name="p1.txt").update(page_number=2)
    page = html(client, "/pages/p1.txt/")
    assert "<title>哈尔滨日报 · 2021年11月30日 · 第 2 版 · 原始版面 · 报纸档案</title>" in page
    assert '<h1><span lang="zh-Hans">哈尔滨日报</span> · <time datetime="2021-11-30">' in page


def test_source_page_rejoins_wrapped_lines_and_links_each_region_to_its_article(client, ingest):
    ingest(FIXTURE_PAGES / "000_7fe243ce3c7a20ec.txt")
    lead = Article.objects.get(position=1)
    page = html(client, "/pages/000_7fe243ce3c7a20ec.txt/")
    assert "<h1>报名、日期、版次不详</h1>" in page
    region = page.split('<section class="region" id="item-1"')[1].split("</section>")[0]
    assert f'<a href="/articles/{lead.pk}/">第 1 篇：' in region
    joined = (
        "在这场没有硝烟的战“疫”中，哈尔滨市南岗区各级单位积极响应，以实际行动支援疫情防控工作，"
    )
    assert f'<p class="passage-body">{joined}' in region  # nine printed lines, one paragraph
    assert '<p class="passage-head">社区防控不放松</p>' in region
    assert '<section class="region" id="item-2"' in page
    # The lead printed at the page's foot, which the cut put back under its title, is marked
    # as the lead article's, not as the item printed above it.
    regions = page.split('<section class="region"')[1:]
    (moved,) = [region for region in regions if "连日来，面对新型冠状病毒感染的肺炎疫情" in region]
    assert f'<a href="/articles/{lead.pk}/">第 1 篇：' in moved
    assert '<details class="raw">' in page and '<pre class="raw-text"' in page


def test_source_page_says_which_items_it_could_not_find(client, harbin):
    Article.objects.filter(title=DAOLI.title).update(title="编辑改过的标题", paragraphs=["新写的"])
    assert "未能在原文中定位" in html(client, "/pages/p1.txt/")


def test_unknown_source_page_is_404(client, db):
    assert client.get("/pages/nope.txt/").status_code == 404


def test_person_page_shows_roles_places_and_articles(client, harbin):
    person = Person.objects.get(name="王兴国")
    page = html(client, f"/people/{person.pk}/")
    assert '<span lang="zh-Hans">通讯员</span> 1' in page and XIANGFANG.title in page
    assert '香坊区</a> <span class="count">(1)' in page
    assert "<svg" in page


def test_person_by_name_redirects_and_unknown_people_are_404(client, harbin):
    person = Person.objects.get(name="赵青")
    assert client.get("/people/name/赵青/")["Location"] == f"/people/{person.pk}/"
    assert client.get("/people/name/无名氏/").status_code == 404
    assert client.get("/people/999999/").status_code == 404


def test_people_index_lists_reporters_with_counts(client, harbin):
    assert '梁可心</a> <span class="count">(1)' in html(client, "/people/")


def test_dates_list_months_and_undated_articles(client, harbin, pages, ingest):
    pages("undated.txt", text="无日期的稿件\n\n本报记者 赵青\n\n今天天气很好，大家都出门了。\n")
    ingest(pages.folder)
    page = html(client, "/dates/")
    assert 'href="/dates/2021/11/">11 月</a> <span class="count">(3)' in page
    assert "日期不详" in page and 'href="/dates/undated/"' in page
    assert "无日期的稿件" in html(client, "/dates/undated/")
    assert XIANGFANG.title in html(client, "/dates/2021/11/")
    assert XIANGFANG.title not in html(client, "/dates/2021/12/")


@pytest.mark.parametrize("url", ["/dates/2021/13/", "/dates/2021/0/"])
def test_impossible_month_is_404(client, db, url):
    assert client.get(url).status_code == 404


def atom_titles(client, url) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]


def test_feeds_parse_as_atom_and_hold_their_articles(client, harbin):
    assert len(atom_titles(client, "/feeds/latest/")) == 3
    assert atom_titles(client, "/feeds/places/230103/") == [NANGANG.title]
    person = Person.objects.get(name="李林晅")
    assert atom_titles(client, f"/feeds/people/{person.pk}/") == [DAOLI.title]


UNSIGNED = Story(
    "松北区新建三座公园",
    "",
    ("本报讯 松北区今年新建三座口袋公园，方便市民就近休闲。",),
)


def parsed_feed(client, url, **params):
    """The feed as a real Atom parser reads it; bozo means the XML or the feed is malformed."""
    response = client.get(url, params)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


@pytest.mark.parametrize("url", ["/feeds/latest/", "/feeds/places/230102/", "/feeds/search/?q=区"])
def test_every_feed_entry_has_updated_and_an_author_the_feeds_when_unsigned(
    client, harbin, pages, ingest, url
):
    pages("p3.txt", UNSIGNED, sidecar={"paper": "哈尔滨日报", "edition_date": "2021-12-03"})
    ingest(pages.folder)
    connections["default"].get_backend().clear()
    reindex_articles(list(Article.objects.values_list("pk", flat=True)))
    path, _, query = url.partition("?")
    feed = parsed_feed(client, path, **parse_qs(query))
    assert feed.feed.author == "报纸档案"
    assert feed.entries
    for entry in feed.entries:
        assert entry.updated_parsed is not None, entry.title
        assert entry.author, entry.title
    authors = {entry.title: entry.author for entry in feed.entries}
    assert authors[DAOLI.title] == "李林晅"
    if "places" not in url:  # 松北区 is not in 道里区
        assert authors[UNSIGNED.title] == "报纸档案"


def test_the_search_feeds_self_link_keeps_its_query(client, harbin):
    feed = parsed_feed(client, "/feeds/search/", q="南岗区 OR a&b#c+d")
    (self_link,) = [link.href for link in feed.feed.links if link.rel == "self"]
    assert urlsplit(self_link).path == "/feeds/search/"
    assert parse_qs(urlsplit(self_link).query) == {"q": ["南岗区 OR a&b#c+d"]}


def test_unknown_feed_objects_are_404(client, db):
    assert client.get("/feeds/places/999999/").status_code == 404
    assert client.get("/feeds/people/999999/").status_code == 404


def test_search_feed_without_a_query_is_a_one_line_400(client, db):
    response = client.get("/feeds/search/?q=")
    assert response.status_code == 400
    assert response.content.decode() == "q: 请输入检索词。"


def test_the_search_feeds_link_keeps_a_query_with_url_characters_whole(client, harbin):
    response = client.get("/feeds/search/", {"q": "南岗区 OR a&b#c+d"})
    root = ET.fromstring(response.content)
    (link,) = [el.get("href") for el in root.findall(f"{ATOM}link") if el.get("rel") == "alternate"]
    query = parse_qs(urlsplit(link).query)
    assert query == {"q": ["南岗区 OR a&b#c+d"]}


def test_sitemap_lists_articles_places_and_people(client, harbin):
    response = client.get("/sitemap.xml")
    locations = [
        loc.text for loc in ET.fromstring(response.content).iter() if loc.tag.endswith("loc")
    ]
    article = Article.objects.get(title=NANGANG.title)
    person = Person.objects.get(name="赵青")
    for path in (
        f"/articles/{article.pk}/",
        "/places/heilongjiang/haerbin/nangang/",
        f"/people/{person.pk}/",
    ):
        assert f"http://testserver{path}" in locations


def test_robots_txt_points_at_the_sitemap(client, db):
    assert "Sitemap: http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_opensearch_description_is_valid_and_linked_from_every_page(client, db):
    response = client.get("/opensearch.xml")
    assert response["Content-Type"].startswith("application/opensearchdescription+xml")
    root = ET.fromstring(response.content)
    urls = [url.get("template") for url in root.iter("{http://a9.com/-/spec/opensearch/1.1/}Url")]
    assert "http://testserver/search/?q={searchTerms}" in urls
    assert 'rel="search" type="application/opensearchdescription+xml"' in html(client, "/")


def test_unknown_url_gets_the_archive_404_page(client, db):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "找不到页面" in response.content.decode()


def test_language_switch_turns_the_interface_english(client, db):
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert '<html lang="en">' in html(client, "/")


def test_a_browser_asking_for_english_still_reads_the_archive_in_chinese(client, db):
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="zh-hans">' in page


@pytest.fixture
def failing_site(client, settings, db):
    settings.DEBUG = False
    client.raise_request_exception = False
    return client


@pytest.mark.urls("tests.browse.failing_urls")
def test_the_500_page_is_the_sites_own_with_header_and_navigation(failing_site):
    response = failing_site.get("/fail/")
    assert response.status_code == 500
    page = response.content.decode()
    assert "服务器出错" in page
    assert 'class="site-header"' in page
    for link in ('href="/places/"', 'href="/dates/"', 'href="/people/"', 'href="/search/"'):
        assert link in page
    assert 'name="csrfmiddlewaretoken"' in page  # the language switch works from it too


@pytest.mark.urls("tests.browse.failing_urls")
def test_the_500_page_follows_the_readers_language(failing_site):
    failing_site.cookies["django_language"] = "en"
    page = failing_site.get("/fail/").content.decode()
    assert 'lang="en"' in page and "服务器出错" not in page


def test_when_even_the_500_page_cannot_render_the_bare_one_answers(failing_site, settings):
    from tests.browse.failing_urls import Broken

    settings.ROOT_URLCONF = Broken
    response = failing_site.get("/fail/")
    assert response.status_code == 500
    page = response.content.decode()
    assert "服务器出错" in page and 'href="/"' in page and "site-header" not in page


def test_article_page_shows_the_byline_as_printed_under_the_title(client, pages, ingest):
    story = Story(
        "市区新建公园开放", "南都记者 黄慧萍 刘媚", ("本报讯 昨日，市区新建公园正式开放。",)
    )
    ingest(pages("a.txt", story))
    page = html(client, Article.objects.get().get_absolute_url())
    printed = '<small>署名：<span lang="zh-Hans">南都记者 黄慧萍 刘媚</span></small>'
    assert printed in page
    assert page.index("<h1") < page.index(printed) < page.index('class="body"')
    person = Person.objects.get(name="刘媚")
    assert f'href="/people/{person.pk}/">记者 刘媚</a>' in page  # the people stay linked
