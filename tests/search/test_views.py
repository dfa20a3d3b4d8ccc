"""The search page and the JSON API: thin wrappers over search.query.search."""

import pytest
from django.urls import reverse

from search.signals import reindex_articles


def test_the_page_lists_results_with_links_dates_places_and_bylines(client, corpus):
    response = client.get(reverse("search"), {"q": "网格"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "1 条结果" in html
    assert f'href="{corpus["nangang"].get_absolute_url()}"' in html
    assert "2021年11月29日" in html
    assert "南岗区" in html and "记者 梁可心" in html
    assert "<mark>网格</mark>员" in html


def test_the_page_escapes_article_markup_and_the_query(client, corpus):
    html = client.get(reverse("search"), {"q": "<script>"}).content.decode()
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;网页标题" in html


@pytest.mark.parametrize("q", ['"', "-", "雪 OR", "，"])
def test_the_page_shows_an_error_for_malformed_queries(client, corpus, q):
    response = client.get(reverse("search"), {"q": q})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def test_pagination_links_keep_the_query_and_filters(client, search_index, make_article):
    pks = [make_article(f"第{i}场雪", "下雪了。", places=["230103"]).pk for i in range(12)]
    reindex_articles(pks)
    html = client.get(reverse("search"), {"q": "雪", "place": "230100"}).content.decode()
    assert "第 1 / 2 页" in html
    assert "?q=%E9%9B%AA&amp;place=230100&amp;page=2" in html


def test_the_api_returns_json_results(client, corpus):
    response = client.get(reverse("search_api"), {"q": "冬泳", "place": "230102"})
    assert response.status_code == 200
    data = response.json()
    assert (data["count"], data["page"]) == (1, 1)
    (hit,) = data["results"]
    article = corpus["daoli"]
    assert hit == {
        "id": article.pk,
        "title": "道里区举办冰雪文化节",
        "url": f"http://testserver{article.get_absolute_url()}",
        "snippet": "市民参加了<mark>冬泳</mark>表演，志愿者为游客发放N95口罩。",
        "date": "2022-01-05",
        "places": ["道里区"],
        "bylines": ["记者 李林晅"],
    }


@pytest.mark.parametrize(
    "params", [{}, {"q": '"'}, {"q": "-"}, {"q": "雪", "page": "0"}, {"q": "雪", "place": "x"}]
)
def test_the_api_answers_400_with_an_error_for_bad_input(client, corpus, params):
    response = client.get(reverse("search_api"), params)
    assert response.status_code == 400
    assert set(response.json()) == {"error"}


def test_the_apis_errors_are_real_utf8_like_its_answers(client, corpus):
    response = client.get(reverse("search_api"), {"q": ""})
    assert response.status_code == 400
    assert "请输入检索词" in response.content.decode("utf-8")
    assert b"\\u" not in response.content


@pytest.mark.parametrize(
    "params, named",
    [({"q": "雪", "place": "999999"}, "place："), ({"q": "雪", "person": "无此人"}, "person：")],
)
def test_an_unknown_place_or_person_is_a_400_naming_the_parameter(client, corpus, params, named):
    response = client.get(reverse("search_api"), params)
    assert response.status_code == 400
    assert response.json()["error"].startswith(named)


def test_facet_links_keep_the_query_and_add_a_filter(client, corpus):
    html = client.get(reverse("search"), {"q": "雪", "sort": "date"}).content.decode()
    assert 'href="?q=%E9%9B%AA&amp;sort=date&amp;place=230100">哈尔滨市</a>' in html
    assert '<span class="count">(2)</span>' in html
    assert 'href="?q=%E9%9B%AA&amp;sort=date&amp;person=%E6%A2%81%E5%8F%AF%E5%BF%83"' in html


def test_a_chosen_filter_is_kept_by_the_form_and_can_be_removed(client, corpus):
    html = client.get(reverse("search"), {"q": "雪", "place": "230100"}).content.decode()
    assert '<input type="hidden" name="place" value="230100">' in html
    assert 'href="?q=%E9%9B%AA" title="去掉这个条件"' in html
    assert "1 条结果" not in html and "2 条结果" in html


def test_the_api_includes_facets_beside_the_contract_keys(client, corpus):
    data = client.get(reverse("search_api"), {"q": "雪", "person": "梁可心"}).json()
    assert {"count", "page", "results"} <= set(data)
    assert data["count"] == 1
    assert {"value": "230103", "label": "南岗区", "count": 1} in data["facets"]["place"]


@pytest.mark.parametrize("params", [{"kind": "x"}, {"year": "x"}, {"month": "2021-1"}])
def test_the_api_rejects_bad_filters_with_400(client, corpus, params):
    response = client.get(reverse("search_api"), {"q": "雪", **params})
    assert response.status_code == 400
    assert response.json()["error"]


def test_a_chosen_place_chip_shows_the_place_path_not_its_code(client, corpus):
    html = client.get(reverse("search"), {"q": "雪", "place": "230100"}).content.decode()
    assert (
        'title="去掉这个条件" lang="zh-Hans">黑龙江省 › 哈尔滨市 <span aria-hidden="true">✕</span>'
        in html
    )


def test_the_api_takes_several_places_any_of_them_and_other_filters_narrow(client, corpus):
    api = reverse("search_api")
    places = {"place": ["230102", "513225"]}
    data = client.get(api, {"q": "雪 OR 九寨沟县", **places}).json()
    assert sorted(hit["title"] for hit in data["results"]) == [
        "九寨沟县景区恢复开放",
        "道里区举办冰雪文化节",
    ]
    assert client.get(api, {**places, "person": "王兴国"}).json()["count"] == 1
    facet = {v["value"]: v for v in data["facets"]["place"]}
    assert facet["230102"] == {"value": "230102", "label": "道里区", "count": 1, "chosen": True}
    assert "chosen" not in facet["230103"]  # 南岗区: counted, not chosen
    assert client.get(api, {"place": ["230102", "999999"]}).status_code == 400


def test_the_api_filters_by_a_date_range_of_years_or_days(client, corpus):
    api = reverse("search_api")
    by_year = client.get(api, {"from": "2021", "to": "2022"}).json()
    assert sorted(hit["date"] for hit in by_year["results"]) == ["2021-11-29", "2022-01-05"]
    by_day = client.get(api, {"q": "雪", "from": "2021-11-29", "to": "2021-11-29"}).json()
    assert [hit["date"] for hit in by_day["results"]] == ["2021-11-29"]
    backwards = client.get(api, {"from": "2022", "to": "2021"})
    assert backwards.status_code == 400 and backwards.json()["error"].startswith("to：")


def test_several_chosen_places_are_chips_each_removable_on_its_own(client, corpus):
    html = client.get(reverse("search"), {"q": "雪", "place": ["230102", "230103"]}).content
    html = html.decode()
    assert "2 条结果" in html
    assert '<input type="hidden" name="place" value="230102">' in html
    assert 'href="?q=%E9%9B%AA&amp;place=230103" title="去掉这个条件"' in html
    assert 'href="?q=%E9%9B%AA&amp;place=230102" title="去掉这个条件"' in html


@pytest.mark.parametrize("q", ["网\x00格", "网格\u202e", "\x07网格\x1b"])
def test_control_characters_in_a_query_are_dropped_before_it_is_searched_or_echoed(
    client, corpus, q
):
    html = client.get(reverse("search"), {"q": q}).content.decode()
    assert "1 条结果" in html
    assert not any(ch in html for ch in "\x00\x07\x1b\u202e")
    data = client.get(reverse("search_api"), {"q": q}).json()
    assert data["count"] == 1


def test_the_api_lists_a_places_articles_without_words(client, corpus):
    response = client.get(reverse("search_api"), {"place": "230100", "sort": "date"})
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 2
    assert [hit["title"] for hit in data["results"]] == [
        "道里区举办冰雪文化节",
        "南岗区推行网格化管理",
    ]
    assert data["facets"]["person"]  # facets count the filtered articles too


def test_the_api_lists_a_persons_articles_without_words(client, corpus):
    data = client.get(reverse("search_api"), {"person": "王兴国"}).json()
    assert [hit["title"] for hit in data["results"]] == ["九寨沟县景区恢复开放"]


def test_the_search_page_lists_a_places_articles_without_words(client, corpus):
    html = client.get(reverse("search"), {"place": "230102"}).content.decode()
    assert "1 条结果" in html and "道里区举办冰雪文化节" in html
    assert "南岗区推行网格化管理" not in html


def test_words_are_still_required_without_a_filter(client, corpus):
    response = client.get(reverse("search_api"), {"sort": "date"})
    assert response.status_code == 400
    assert response.json() == {"error": "请输入检索词。"}


def test_the_api_pages_by_the_page_size_asked_for(client, search_index, make_article):
    reindex_articles([make_article(f"第{i}场雪", "下雪了。").pk for i in range(5)])
    data = client.get(reverse("search_api"), {"q": "雪", "page_size": "2", "page": "3"}).json()
    assert (data["count"], data["num_pages"], data["page_size"]) == (5, 3, 2)
    assert len(data["results"]) == 1


@pytest.mark.parametrize("size", ["0", "201", "ten", "-1"])
def test_a_page_size_out_of_bound_is_a_400_naming_it(client, corpus, size):
    response = client.get(reverse("search_api"), {"q": "雪", "page_size": size})
    assert response.status_code == 400
    assert response.json()["error"].startswith("page_size：")


def test_the_apis_errors_follow_the_interface_language(client, corpus):
    client.cookies["django_language"] = "en"
    response = client.get(reverse("search_api"), {"q": "雪", "page_size": "999"})
    assert response.status_code == 400
    assert response.json() == {
        "error": "page_size: the page size must be a whole number from 1 to 200."
    }
    assert client.get(reverse("search_api")).json() == {"error": "Please enter search terms."}


def test_a_search_page_past_the_last_is_a_404_like_the_browse_pages(client, corpus):
    assert client.get(reverse("search"), {"q": "雪"}).status_code == 200
    assert client.get(reverse("search"), {"q": "雪", "page": "2"}).status_code == 404
    assert client.get(reverse("search"), {"q": "无此词语", "page": "1"}).status_code == 200


def test_an_api_page_past_the_last_is_a_json_404_naming_the_page(client, corpus):
    response = client.get(reverse("search_api"), {"q": "雪", "page": "2"})
    assert response.status_code == 404
    assert response.json() == {"error": "page：页码不存在：2"}


def test_the_count_and_page_n_of_m_agree_and_a_limit_is_explained(
    client, search_index, make_article, monkeypatch
):
    reindex_articles([make_article(f"第{i}场雪", "下雪了。").pk for i in range(25)])
    html = client.get(reverse("search"), {"q": "雪", "page": "3"}).content.decode()
    assert "25 条结果" in html and "第 3 / 3 页" in html
    assert "只能翻阅前" not in html
    monkeypatch.setattr("search.query.MAX_PAGES", 2)
    html = client.get(reverse("search"), {"q": "雪", "page": "2"}).content.decode()
    assert "25 条结果" in html and "第 2 / 2 页" in html
    assert "只能翻阅前 20 条" in html


def test_a_hit_lists_its_places_from_province_down_to_district(client, corpus):
    html = client.get(reverse("search"), {"q": "网格"}).content.decode()
    assert '<span class="place" lang="zh-Hans">黑龙江省 › 哈尔滨市 › 南岗区</span>' in html


def test_the_page_offers_a_date_range_that_keeps_the_query_and_filters(client, corpus):
    html = client.get(reverse("search"), {"q": "雪", "place": "230100", "from": "2022"}).content
    html = html.decode()
    assert "1 条结果" in html and "道里区举办冰雪文化节" in html
    form = html[html.index('<form class="facet facet-dates"') :]
    form = form[: form.index("</form>")]
    assert '<input type="hidden" name="q" value="雪">' in form
    assert '<input type="hidden" name="place" value="230100">' in form
    assert 'name="from" value="2022"' in form and 'name="to" value=""' in form
    assert 'href="?q=%E9%9B%AA&amp;place=230100" title="去掉这个条件">2022 起 <' in html


def suggestions(html: str) -> str:
    start = html.index('class="search-suggestions"')
    return html[start : html.index("</section>", start)]


def test_an_empty_result_suggests_dropping_a_word_and_shows_no_facets(client, corpus):
    html = client.get(reverse("search"), {"q": "网格 九寨沟"}).content.decode()
    assert "0 条结果" in html and "search-facets" not in html
    assert "没有找到结果。" not in html  # the suggestions' heading says so already
    offered = suggestions(html)
    assert 'href="?q=%E7%BD%91%E6%A0%BC">去掉“九寨沟”</a> <span class="count">（1 条）' in offered
    assert 'href="?q=%E4%B9%9D%E5%AF%A8%E6%B2%9F">去掉“网格”</a>' in offered


def test_an_empty_result_suggests_dropping_a_filter(client, corpus):
    html = client.get(reverse("search"), {"q": "网格", "place": "513225"}).content.decode()
    assert "去掉筛选条件“四川省 › 阿坝藏族羌族自治州 › 九寨沟县”" in suggestions(html)


def test_an_empty_result_suggests_the_words_in_the_other_script(client, search_index, make_article):
    """瞭解 folds character by character to 瞭解 (the index's folding); OpenCC reads it as 了解."""
    reindex_articles([make_article("社区走访", "网格员上门了解居民需求。").pk])
    html = client.get(reverse("search"), {"q": "瞭解"}).content.decode()
    assert 'href="?q=%E4%BA%86%E8%A7%A3">改查“了解”</a>' in suggestions(html)


def test_an_empty_result_with_nothing_to_suggest_says_so_plainly(client, corpus):
    html = client.get(reverse("search"), {"q": "qxzqxz"}).content.decode()
    assert "没有找到结果。" in html and "search-suggestions" not in html


def test_a_hits_places_in_one_city_share_their_province_and_city(
    client, search_index, make_article
):
    article = make_article("冬季供暖", "各区供暖正常。", places=["230103", "230102", "230700"])
    reindex_articles([article.pk])
    html = client.get(reverse("search"), {"q": "供暖"}).content.decode()
    assert '<span class="place" lang="zh-Hans">黑龙江省 › 哈尔滨市 › 道里区、南岗区</span>' in html
    assert '<span class="place" lang="zh-Hans">黑龙江省 › 伊春市</span>' in html


def test_the_english_search_page_has_its_new_labels_in_english(client, corpus):
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    html = client.get(reverse("search"), {"q": "雪", "place": "230100"}).content.decode()
    assert ">Filter</summary>" in html and ">Date range</h3>" in html
    assert 'aria-label="Chosen filters"' in html and ">Apply</button>" in html
    empty = client.get(reverse("search"), {"q": "网格 九寨沟"}).content.decode()
    assert "Nothing found. You could try:" in empty and ">without “九寨沟”</a>" in empty
    assert "(1 result)" in empty
    dated = client.get(reverse("search"), {"q": "雪", "from": "2021", "to": "2021-11"}).content
    assert 'title="Remove this filter">from 2021 <' in dated.decode()
    assert 'title="Remove this filter">to 2021-11 <' in dated.decode()


def test_an_empty_long_query_tries_a_bounded_number_of_suggestions(client, corpus):
    """Dropping 无 would find 南岗区推行网格化管理, but it is the tenth word: after the other
    script and seven words the tries are spent."""
    found = "南 岗 区 推 行 网 格 管 理"
    assert "search-suggestions" in client.get(reverse("search"), {"q": "网格 无"}).content.decode()
    html = client.get(reverse("search"), {"q": f"{found} 无"}).content.decode()
    assert "0 条结果" in html and "search-suggestions" not in html


def test_a_hit_says_where_it_was_printed_and_its_own_date_when_that_differs(client, corpus):
    page = corpus["nangang"].page
    page.paper, page.edition_date, page.page_number = "哈尔滨日报", "2021-11-30", 3
    page.save()
    html = client.get(reverse("search"), {"q": "网格"}).content.decode()
    assert '<span lang="zh-Hans">哈尔滨日报</span> · <time datetime="2021-11-30">' in html
    assert "第 3 版" in html
    assert '<time datetime="2021-11-29">2021年11月29日</time>' in html  # printed in the text


@pytest.mark.parametrize("sort", ["date", "date_asc"])
def test_api_pages_continue_the_date_order_past_the_last_dated_article(client, undated_mix, sort):
    api = reverse("search_api")
    pages = [
        client.get(api, {"q": "雪", "sort": sort, "page_size": "3", "page": n}).json()["results"]
        for n in (1, 2, 3)
    ]
    dates = [hit["date"] for page in pages for hit in page]
    assert [hit["date"] is None for hit in pages[1]] == [False, False, True]  # page 2 crosses
    assert dates[:5] == sorted(dates[:5], reverse=sort == "date") and dates[5:] == [None] * 3
    whole = client.get(api, {"q": "雪", "sort": sort, "page_size": "200"}).json()["results"]
    assert [hit["id"] for page in pages for hit in page] == [hit["id"] for hit in whole]


def test_the_page_offers_oldest_first_and_keeps_it_chosen(client, undated_mix):
    html = client.get(reverse("search"), {"q": "雪", "sort": "date_asc"}).content.decode()
    assert '<option value="date">按日期（从新到旧）</option>' in html
    assert '<option value="date_asc" selected>按日期（从旧到新）</option>' in html
    assert '<input type="hidden" name="sort" value="date_asc">' in html  # the date range form
    shown = [html.index(f">{article.title}<") for article in undated_mix]
    oldest, *_, newest = sorted(undated_mix[:5], key=lambda a: a.date)
    assert shown[undated_mix.index(oldest)] < shown[undated_mix.index(newest)] < min(shown[5:])


def test_an_unknown_sort_is_a_400_naming_the_parameter(client, corpus):
    response = client.get(reverse("search_api"), {"q": "雪", "sort": "oldest"})
    assert response.status_code == 400
    assert response.json() == {"error": "sort：排序方式只能是 relevance、date 或 date_asc。"}
    client.cookies["django_language"] = "en"
    response = client.get(reverse("search_api"), {"q": "雪", "sort": "oldest"})
    assert response.json() == {"error": "sort: the sort must be relevance, date or date_asc."}
