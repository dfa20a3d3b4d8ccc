"""search.query.search against the real index: query forms, filters, counts, snippets."""

import pytest

from search.query import MAX_QUERY_LENGTH, engine_search, parse, search
from search.signals import reindex_articles


def titles(results):
    assert not results.error, results.error
    return sorted(hit.article.title for hit in results.hits)


def test_a_single_character_matches_inside_words(corpus):
    assert titles(search("雪")) == sorted(
        ["南岗区推行网格化管理", "道里区举办冰雪文化节", "<script>alert(1)</script>网页标题"]
    )


def test_a_phrase_matches_as_a_substring_and_in_quotes(corpus):
    assert titles(search("网格化管理")) == ["南岗区推行网格化管理"]
    assert titles(search('"格化管"')) == ["南岗区推行网格化管理"]
    assert titles(search("“网格化 管理”")) == ["南岗区推行网格化管理"]
    assert titles(search('"管理网格"')) == []


def test_numbers_in_dates_match(corpus):
    assert titles(search("11月29日")) == ["南岗区推行网格化管理"]
    assert titles(search("3月5日")) == ["九寨沟县景区恢复开放"]
    assert titles(search("3月29日")) == []


def test_traditional_and_full_width_queries_find_simplified_half_width_text(corpus):
    assert titles(search("網格化管理")) == ["南岗区推行网格化管理"]
    assert titles(search("南崗區")) == ["南岗区推行网格化管理"]
    assert titles(search("Ｎ９５")) == ["道里区举办冰雪文化节"]
    assert titles(search("n95 口罩")) == ["道里区举办冰雪文化节"]


def test_all_words_must_match(corpus):
    assert titles(search("雪 冬泳")) == ["道里区举办冰雪文化节"]
    assert titles(search("雪　九寨沟")) == []  # full-width space


def test_or_matches_either(corpus):
    assert titles(search("冬泳 OR 九寨沟县")) == ["九寨沟县景区恢复开放", "道里区举办冰雪文化节"]
    assert titles(search("冬泳 | 网格员")) == ["南岗区推行网格化管理", "道里区举办冰雪文化节"]


def test_minus_excludes(corpus):
    assert titles(search("雪 -道里区 -网页")) == ["南岗区推行网格化管理"]
    assert titles(search("雪 －道里区 －网页")) == ["南岗区推行网格化管理"]  # full-width minus


@pytest.mark.parametrize(
    "q", ["", "   ", '"', "-", "雪 -", "OR", "雪 OR", "，。！", '"雪', "x" * (MAX_QUERY_LENGTH + 1)]
)
def test_empty_or_malformed_queries_are_an_error_not_an_exception(corpus, q):
    results = search(q)
    assert results.error
    assert results.hits == []


def test_bad_filters_and_pages_are_errors(corpus):
    assert search("雪", place="哈尔滨").error
    assert search("雪", page="x").error
    assert search("雪", page=51).error
    assert search("雪", sort="title").error


def test_title_matches_rank_first(corpus, make_article):
    body = make_article("冬日随笔", "文化节期间市民热情高涨，文化节的节目丰富。")
    reindex_articles([body.pk])
    assert next(h.article.title for h in search("文化节").hits) == "道里区举办冰雪文化节"


def test_a_name_is_found_whether_the_articles_words_hold_it_whole_or_not(make_article):
    """A three-character name is found wherever its characters stand together: kept whole as a
    word, split by a space, or only in a title. (PostgreSQL answers from the whole word only
    when it finds the same articles as the name's characters.)"""
    whole = [
        make_article(f"通讯{n}", "记者胡桂芳报道，胡桂芳说。", persons=["胡桂芳"]) for n in (1, 2)
    ]
    reindex_articles([a.pk for a in whole])
    assert titles(search("胡桂芳")) == ["通讯1", "通讯2"]
    others = [
        make_article("通讯3", "采访对象胡桂 芳介绍了情况。"),
        make_article("胡桂芳的一天", "她早早出门。"),
        make_article("通讯4", "胡桂花芳香四溢。"),  # the characters, never together
    ]
    reindex_articles([a.pk for a in others])
    assert titles(search("胡桂芳")) == sorted(["通讯1", "通讯2", "通讯3", "胡桂芳的一天"])


def test_date_order_on_request(corpus):
    dates = [str(hit.article.date) for hit in search("雪", sort="date").hits]
    assert dates == ["2022-01-05", "2021-11-29", "2019-12-01"]


@pytest.mark.parametrize(
    "sort, dates",
    [
        ("date", ["2022-01-05", "2021-11-29", "2021-11-29", "2020-03-05", "2019-12-01"]),
        ("date_asc", ["2019-12-01", "2020-03-05", "2021-11-29", "2021-11-29", "2022-01-05"]),
    ],
)
def test_both_date_orders_put_every_undated_article_last(undated_mix, sort, dates):
    found = [str(hit.article.date) for hit in search("雪", sort=sort).hits]
    assert found == [*dates, "None", "None", "None"]


@pytest.mark.parametrize("sort", ["date", "date_asc"])
def test_articles_of_one_day_keep_one_order_either_way(undated_mix, sort):
    """Ties are broken the same way in both date orders: not reversed with the dates."""
    first, second = undated_mix[0], undated_mix[3]  # both 2021-11-29
    pks = [hit.article.pk for hit in search("雪", sort=sort).hits]
    assert pks.index(first.pk) + 1 == pks.index(second.pk)


def test_place_filter_includes_sub_places(corpus):
    assert titles(search("雪 OR 九寨沟县", place="230100")) == [
        "南岗区推行网格化管理",
        "道里区举办冰雪文化节",
    ]
    assert titles(search("雪", place="230103")) == ["南岗区推行网格化管理"]
    assert titles(search("雪", place="510000")) == []


def test_person_filter(corpus):
    assert titles(search("雪", person="梁可心")) == ["南岗区推行网格化管理"]
    assert titles(search("雪", person="王兴国")) == []


def test_byline_and_place_names_are_searchable(corpus):
    assert titles(search("梁可心")) == ["南岗区推行网格化管理"]
    assert titles(search("黑龙江省")) == ["南岗区推行网格化管理", "道里区举办冰雪文化节"]


def test_snippets_mark_matches_and_escape_article_markup(corpus):
    (hit,) = search("初雪 之后").hits
    assert str(hit.snippet) == (
        "&lt;b&gt;<mark>初雪</mark>&lt;/b&gt; &amp; &lt;i&gt;冰&lt;/i&gt; <mark>之后</mark>"
    )


def test_snippet_highlights_traditional_query_on_simplified_text(corpus):
    (hit,) = search("哈爾濱 網格員").hits
    assert "<mark>哈尔滨</mark>" in str(hit.snippet)
    assert "<mark>网格员</mark>" in str(hit.snippet)


def test_pagination_is_bounded_and_exact_for_small_counts(search_index, make_article):
    pks = [make_article(f"第{i}场雪", "下雪了。").pk for i in range(23)]
    reindex_articles(pks)
    first, last = search("雪"), search("雪", page=3)
    assert (first.count, first.num_pages) == (23, 3)
    assert len(first.hits) == 10
    assert len(last.hits) == 3
    seen = {h.article.pk for p in (1, 2, 3) for h in search("雪", page=p).hits}
    assert seen == set(pks)


def facet(results, name):
    assert not results.error, results.error
    return {v.label: v.count for v in results.facets[name]}


def test_place_facets_count_each_province_city_and_county_of_the_matches(corpus):
    assert facet(search("雪 OR 九寨沟县"), "place") == {
        "黑龙江省": 2,
        "哈尔滨市": 2,
        "道里区": 1,
        "南岗区": 1,
        "四川省": 1,
        "阿坝藏族羌族自治州": 1,
        "九寨沟县": 1,
    }


def test_place_facets_with_a_place_chosen_count_what_each_place_would_add(corpus):
    """Places are OR-ed, so a chosen place's facet counts ignore the place filter and the
    tree keeps the chosen place (marked) for taking it off."""
    results = search("雪 OR 九寨沟县", place="230100")
    assert results.count == 2
    assert facet(results, "place") == facet(search("雪 OR 九寨沟县"), "place")
    assert [v.label for v in results.facets["place"] if v.chosen] == ["哈尔滨市"]


def test_a_search_for_facets_only_counts_and_facets_every_match_and_lists_no_hits(corpus):
    """What a place filter's place facet asks the engine (page_size 0): nothing to rank."""
    for sort in ("relevance", "date"):
        page, counted = (
            engine_search(parse("雪 OR 九寨沟县"), {}, sort, 1, size) for size in (10, 0)
        )
        assert len(page.hits) == page.count and counted.hits == []
        assert (counted.count, counted.facets) == (page.count, page.facets)


def test_place_facets_are_a_tree_province_city_county(corpus):
    values = search("雪 OR 九寨沟县").facets["place"]
    assert [(v.depth, v.label) for v in values] == [
        (0, "黑龙江省"),
        (1, "哈尔滨市"),
        (2, "道里区"),
        (2, "南岗区"),
        (0, "四川省"),
        (1, "阿坝藏族羌族自治州"),
        (2, "九寨沟县"),
    ]


def test_several_places_match_any_of_them_and_other_filters_still_narrow(corpus):
    assert titles(search("雪 OR 九寨沟县", place=["230102", "513225"])) == [
        "九寨沟县景区恢复开放",
        "道里区举办冰雪文化节",
    ]
    assert titles(search(place=["230102", "513225"], person="王兴国")) == ["九寨沟县景区恢复开放"]
    assert titles(search(place=["230100", "230103"])) == titles(search(place="230100"))


def test_only_place_may_be_given_more_than_once(corpus):
    assert search("雪", person=["梁可心", "李林晅"]).error
    assert "999999" in search("雪", place=["230103", "999999"]).error


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2021", "2022", ["南岗区推行网格化管理", "道里区举办冰雪文化节"]),
        ("2021-11", "2021-11", ["南岗区推行网格化管理"]),
        ("2021-11-29", "2021-11-29", ["南岗区推行网格化管理"]),
        ("2021-11-30", "", ["道里区举办冰雪文化节"]),
        ("", "2020", ["九寨沟县景区恢复开放", "网页标题"]),
    ],
)
def test_a_date_range_by_year_month_or_day_includes_both_ends(corpus, start, end, expected):
    found = titles(search(**{"from": start, "to": end}))
    assert sorted(title.removeprefix("<script>alert(1)</script>") for title in found) == sorted(
        expected
    )


def test_a_date_range_leaves_out_undated_articles(corpus, make_article):
    undated = make_article("雪后的早市", "雪停了，早市照常开张。")
    reindex_articles([undated.pk])
    assert "雪后的早市" in titles(search("雪"))
    assert "雪后的早市" not in titles(search("雪", **{"from": "1900"}))


@pytest.mark.parametrize(
    "bounds",
    [{"from": "2021-13"}, {"to": "2021-02-30"}, {"from": "21"}, {"from": "2022", "to": "2021"}],
)
def test_a_bad_or_backwards_date_range_is_an_error(corpus, bounds):
    assert search("雪", **bounds).error


def test_person_year_month_and_kind_facets_count_the_matches(corpus):
    results = search("雪")
    assert facet(results, "person") == {"梁可心": 1, "李林晅": 1}
    assert facet(results, "year") == {"2022年": 1, "2021年": 1, "2019年": 1}
    assert facet(results, "month") == {}  # months show once a year is chosen
    assert facet(results, "kind") == {"文章": 3}
    assert facet(search("雪", year="2021"), "month") == {"11月": 1}


def test_facets_count_every_match_not_only_the_first_page(search_index, make_article):
    pks = [make_article(f"第{i}场雪", "下雪了。", places=["230103"]).pk for i in range(23)]
    reindex_articles(pks)
    assert facet(search("雪"), "place")["南岗区"] == 23


def test_kind_year_and_month_filters(corpus, make_article):
    photo = make_article("雪景", "雪后的公园。", kind="photo", date="2021-11-30")
    reindex_articles([photo.pk])
    assert titles(search("雪", kind="photo")) == ["雪景"]
    assert titles(search("雪", year="2021")) == ["南岗区推行网格化管理", "雪景"]
    assert titles(search("雪", month="2022-01")) == ["道里区举办冰雪文化节"]
    assert titles(search("雪", month="2022-02")) == []


@pytest.mark.parametrize(
    "filters", [{"kind": "poem"}, {"year": "21"}, {"month": "2021-13"}, {"colour": "red"}]
)
def test_bad_kind_year_month_or_unknown_filters_are_errors(corpus, filters):
    assert search("雪", **filters).error


def test_a_latin_or_digit_term_highlights_only_whole_runs(corpus, make_article):
    article = make_article("口罩", "发放N95口罩，另有N950型号。")
    reindex_articles([article.pk])
    (hit,) = search("n95 型号", kind="article", year="").hits
    assert str(hit.snippet) == "发放<mark>N95</mark>口罩，另有N950<mark>型号</mark>。"


def test_a_filter_without_words_finds_every_article_it_matches(corpus):
    """The Whoosh backend reads a ParsedQuery with no clauses as every article."""
    results = search(place="230100", sort="date")
    assert not results.error
    assert [hit.article.title for hit in results.hits] == [
        "道里区举办冰雪文化节",
        "南岗区推行网格化管理",
    ]
    assert results.count == 2
    assert search(year="2020").count == 1
