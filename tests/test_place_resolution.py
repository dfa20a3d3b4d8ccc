"""Which divisions an article is about. No Django needed.

Speed is not asserted here; measure it with ``python -m archive.place_resolution --bench``
(about 4,000 articles/s of 1,500 characters alone, 2,400/s with the rest of the page as context,
on one core of the development machine).
"""

from pathlib import Path

import pytest

from archive.gazetteer import Gazetteer
from archive.ingest.prepare import item_places
from archive.parsing import PHOTO, Item
from archive.place_resolution import MASKS, STOPLIST, PlaceMention, resolve, resolve_places

FIXTURES = Path(__file__).parent / "fixtures_places"


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.default()


def places(title="", body="", context=""):
    """Resolved place names, in the order resolve_places returns them."""
    gazetteer = Gazetteer.default()
    return [gazetteer.get(m.code).name for m in resolve_places(title, body, context)]


def codes(title="", body="", context=""):
    return {m.code for m in resolve_places(title, body, context)}


def mention(code, title="", body="", context=""):
    return next(m for m in resolve_places(title, body, context) if m.code == code)


def page_articles(name):
    """A fixture page: blocks separated by blank lines, each a title line and a body."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    blocks = [block.split("\n", 1) for block in text.strip().split("\n\n")]
    return [(title, body) for title, body in blocks]


def resolve_on_page(name, index):
    """Resolve one article of a fixture page, the other articles being its context."""
    articles = page_articles(name)
    title, body = articles[index]
    context = "\n".join(t + "\n" + b for i, (t, b) in enumerate(articles) if i != index)
    return resolve_places(title, body, context)


def names_on_page(name, index):
    gazetteer = Gazetteer.default()
    return [gazetteer.get(m.code).name for m in resolve_on_page(name, index)]


# Full names, short forms, abbreviations


def test_full_district_name_brings_its_city_and_province():
    assert places(body="南岗区城管局全力保障城区环境") == ["黑龙江省", "哈尔滨市", "南岗区"]


def test_city_and_district_written_together_yield_both():
    assert places(body="在这场战“疫”中，哈尔滨市南岗区各级单位积极响应") == [
        "黑龙江省",
        "哈尔滨市",
        "南岗区",
    ]


def test_banner_abbreviation_names_the_banner():
    assert places(title="科右中旗探索联村集体经济高质量发展新路子") == [
        "内蒙古自治区",
        "兴安盟",
        "科尔沁右翼中旗",
    ]


def test_province_short_form_is_the_province():
    assert places(body="黑龙江哈尔滨南岗区勠力同心抗击疫情")[0] == "黑龙江省"


def test_city_short_forms_in_a_weather_report():
    body = "13日全省大部有降雪。伊春南部、绥化北部、哈尔滨、佳木斯西部、双鸭山西部、七台河有中雪"
    assert places(body=body) == [
        "黑龙江省",
        "伊春市",
        "绥化市",
        "哈尔滨市",
        "佳木斯市",
        "双鸭山市",
        "七台河市",
    ]


def test_autonomous_prefecture_written_as_zhou():
    assert "凉山彝族自治州" in places(body="近日，四川凉山州关工委向全州五老发出倡议")


def test_autonomous_county_by_its_usual_abbreviation():
    # 阜蒙县 and 前郭县 are no short form of 阜新蒙古族自治县, 前郭尔罗斯蒙古族自治县
    assert places(body="走进阜蒙县王府镇,依然是满眼喜气")[:3] == [
        "辽宁省",
        "阜新市",
        "阜新蒙古族自治县",
    ]
    assert places(body="从长春市往北到达松原市前郭县")[-1] == "前郭尔罗斯蒙古族自治县"
    assert places(body="此前郭某表示") == []  # bare 前郭 is the end of a word


def test_former_district_name_is_the_district_it_merged_into():
    assert places(body="新年钟声敲响之际,在塘沽、北塘的街头") == ["天津市", "滨海新区"]
    assert places(body="原闸北区的老弄堂") == ["上海市", "静安区"]


def test_prefecture_called_diqu_written_without_it():
    assert places(body="连日来，大兴安岭加格达奇区各社区严防死守") == [
        "黑龙江省",
        "大兴安岭地区",
        "加格达奇区",
    ]


def test_unique_three_character_county_short_form_counts_alone():
    assert "九寨沟县" in places(body="邛崃向九寨沟捐赠防疫物资")


def test_two_character_county_short_form_alone_is_not_trusted():
    assert places(body="邛崃向灾区捐赠防疫物资") == []


def test_two_character_county_short_form_counts_when_its_city_is_named():
    assert "邛崃市" in places(body="成都援建队伍出发，邛崃向灾区捐赠防疫物资")


def test_two_character_county_short_form_can_be_decided_by_the_page():
    assert "南岗区" in places(body="南岗公安分局组建前置流调专班", context="哈尔滨市疫情防控")


def test_a_two_character_county_in_the_dateline_is_where_the_story_was_filed(gazetteer):
    found = resolve_places("抢订技术工", "长街镇成人学校校长告诉我们", dateline="9月13日宁海长街镇")
    assert [gazetteer.get(m.code).name for m in found] == ["浙江省", "宁波市", "宁海县"]
    # the dateline vouches for no ordinary word, and for no name several counties share
    assert resolve_places("", "村民说", dateline="9月13日城关镇") == []
    assert resolve_places("", "邛崃向灾区捐赠防疫物资", dateline="本报讯") == []


def test_a_two_character_county_opening_the_title_is_what_the_story_is_about():
    assert (
        places(title="沧县法院旧州法庭获评先进集体", body="沧县人民法院旧州法庭荣获称号")[-1]
        == "沧县"
    )
    assert places(title="三农|祁县:一盏灯里的烟火", body="古城管家王果林")[-1] == "祁县"
    assert places(title="法院传真\n沧县法院获评先进集体", body="法庭荣获称号")[-1] == "沧县"
    # inside a title it may end another word (示范县); a short form opening it may be a word
    assert places(title="创建国家级示范县", body="全县上下齐努力") == []
    assert places(title="满城跃动志愿红", body="志愿者上街") == []


def test_a_date_and_place_line_opening_the_body_is_its_dateline():
    # a reporter's field notes: the first line says when and where, the body never names the city
    body = "10月8日 海盐澉浦镇南北湖村\n走进村口的文化礼堂，几位老人正在排练越剧。"
    assert places("秋日礼堂", body) == ["浙江省", "嘉兴市", "海盐县"]
    # a sentence that starts with a date is no dateline (海盐 alone is no place there; with one
    # of its towns after it, 海盐澉浦镇, it would be)
    assert places("", "10月8日，海盐南北湖村举行运动会\n老人们排练越剧。") == []


def test_a_compass_point_ending_a_name_is_its_side_not_a_province():
    # 瓯海西部 is the west of 瓯海, not 海西 (青海); 吴江西部 not 江西
    assert places(body="主园址选在瓯海西部生态新城", context="温州市") == [
        "浙江省",
        "温州市",
        "瓯海区",
    ]
    assert places(body="吴江西部湖荡地区") == []
    assert places(body="文明山西网讯") == ["山西省"]


def test_idioms_built_on_place_names_name_no_place():
    assert places("", "来自天南海北的游客在古镇相聚") == []
    assert places("", "歌声唱遍天山南北") == []


def test_a_county_level_city_is_decided_by_its_province_on_the_page():
    caption = "航拍敦煌城东的新楼"
    assert places("", caption, context="甘肃省文旅厅发布消息") == ["甘肃省", "酒泉市", "敦煌市"]
    assert "江油市" in places(body="四川各地复工复产，江油迅速行动")
    # unless its short name is also a word: 临海 is "by the sea"
    assert places("", "新楼临海而建", context="浙江省发布消息") == []


def test_province_alone_does_not_decide_a_two_character_county():
    assert "剑阁县" not in places(body="四川各地复工复产，剑阁迅速行动")


def test_ha_shi_is_harbin_when_harbin_is_named_on_the_page():
    assert places(body="7日，哈市气温骤降", context="哈尔滨市发布寒潮预警") == [
        "黑龙江省",
        "哈尔滨市",
    ]


def test_ha_shi_without_harbin_named_is_left_out():
    assert places(body="7日，哈市气温骤降") == []


def test_abbreviation_followed_by_zhang_is_a_mayor_not_a_city():
    assert mention("130700", body="张市长在张家口调研").mentions == 1


# Longest match and overlaps


def test_longest_name_wins_at_a_position():
    # 西安区 of 牡丹江, not 西安 (Xi'an) followed by 区.
    assert codes(body="牡丹江市西安区") == {"230000", "231000", "231005"}


def test_nested_full_names_each_count_once():
    assert places(body="四川省绵阳市江油市龙凤镇党委") == ["四川省", "绵阳市", "江油市"]


def test_a_town_sharing_a_county_name_is_not_the_county():
    assert "金堂县" not in places(body="成都市民赴金堂镇赏花")


def test_a_strong_name_beats_an_overlapping_weak_one():
    assert "南岗区" in places(body="我市南岗区")


def test_two_character_county_name_heading_a_noun_is_not_the_county():
    assert "献县" not in places(body="沧州市民营企业贡献县域经济增长的六成")


def test_bare_province_short_form_means_the_province_not_the_city():
    assert places(body="吉林多地降雪") == ["吉林省"]


def test_city_short_form_beats_a_county_sharing_it():
    assert places(body="本溪多措并举保供稳价") == ["辽宁省", "本溪市"]


def test_whitespace_inside_a_name_is_ignored():
    assert places(body="在这场战“疫”中，哈尔\n滨市南 岗区各级单位") == [
        "黑龙江省",
        "哈尔滨市",
        "南岗区",
    ]


def test_title_and_body_do_not_run_together():
    assert mention("230100", title="走进哈尔", body="滨市南岗区").mentions == 0


def test_a_title_ending_in_a_city_does_not_adjoin_the_body():
    assert places(title="走进阳泉市", body="城区环境整治见成效") == ["山西省", "阳泉市"]


def test_street_named_after_a_city_is_not_the_city():
    assert places(body="中山路沿线商铺恢复营业，南京路步行街人流回升") == []


def test_neighbourhood_named_after_a_city_is_not_the_city():
    assert places(body="铁岭社区书记刘薇表示，西宁苑小区已完成消杀") == []


def test_street_community_does_not_invent_a_place():
    assert places(body="哈南站社区开展核酸检测") == []


# Stoplist and masks


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("荆州市公安、消防等部门联合行动", ["湖北省", "荆州市"]),  # 公安县
        ("南充市南部地区降雨", ["四川省", "南充市"]),  # 南部县
        ("吴忠市民同心抗疫", ["宁夏回族自治区", "吴忠市"]),  # 同心县
        ("临夏州坚持党和政府统一领导", ["甘肃省", "临夏回族自治州"]),  # 和政县
    ],
)
def test_ordinary_words_are_not_counties_even_with_their_city_named(body, expected):
    assert places(body=body) == expected


def test_a_county_level_city_ending_in_city_is_read_like_its_short_form():
    # 沿海城市 is "coastal cities", not 海城市; 应城市 needs its province or city named
    assert places(body="东部沿海城市加快发展,回应城市更新命题") == []
    assert places(body="湖北应城市举办招聘会")[-1] == "应城市"
    assert places(body="鞍山海城市委召开会议")[-1] == "海城市"


def test_stoplisted_short_form_does_not_count_even_after_its_city():
    assert places(body="北京朝阳群众") == ["北京市"]


def test_stoplisted_generic_name_needs_its_city_right_before_it():
    assert places(body="城区环境整治") == []
    assert "城区" in places(body="阳泉市城区环境整治")


def test_a_name_straddling_a_word_and_the_next_name_is_no_name():
    # 江南 + 宁夏, not 南宁; 振兴 + 安溪县, not 兴安 (盟)
    assert places(body="新春佳节,塞上江南宁夏呈现出一派喜庆祥和") == ["宁夏回族自治区"]
    assert "兴安盟" not in places(body="乡村振兴安溪县长卿镇开展主题采访,福建泉州")
    assert places(body="上海南京路") == ["上海市"]  # the leftmost name still wins a plain overlap


def test_phrase_mask_hides_a_city():
    assert places(body="维护社会长治久安") == []
    # a mountain and a melon named after places, not the cities 白山, 哈密
    assert places(body="长白山下,哈密瓜丰收") == []
    assert places(body="白山市,哈密市")[-1] == "哈密市"


def test_an_orchard_is_no_taiwanese_city():
    assert places(body="樱桃园大都在荒坡上,家住桃园北路") == []
    assert places(body="桃园市举办灯会")[-1] == "桃园市"


def test_stoplist_holds_only_real_names(gazetteer):
    assert [word for word in STOPLIST if not gazetteer.by_name(word)] == []


def test_every_mask_overlaps_a_name(gazetteer):
    spelled = {n for d in gazetteer.all() for n in (d.name, *d.short_forms)}

    def overlaps(mask):  # 长治久安 holds 长治; 幸福 starts 福建 in 幸福建设
        tails = [mask[i:] for i in range(1, len(mask))]
        return any(name in mask or name.startswith(tuple(tails)) for name in spelled)

    assert [mask for mask in MASKS if not overlaps(mask)] == []


# Ambiguous names


def test_shared_district_name_is_decided_by_the_city_in_the_article():
    assert codes(body="南京市今年将改造老旧小区，鼓楼区完成42个") >= {"320100", "320106"}


def test_shared_district_name_is_decided_by_the_province_in_the_article():
    assert "350102" in codes(body="福建各地推进便民生活圈建设，鼓楼区新增网点120个")


def test_shared_district_name_is_decided_by_the_page():
    assert "320106" in codes(body="鼓楼区养老服务站开张", context="南京市住建局获悉")


def test_shared_district_name_without_anything_deciding_is_left_out():
    assert places(body="鼓楼区养老服务站开张") == []


def test_a_shared_name_left_out_is_reported_for_an_editor_to_decide():
    assert resolve("", "鼓楼区养老服务站开张，朝阳区也在建").undecided == ("鼓楼区", "朝阳区")
    assert resolve("", "鼓楼区养老服务站开张", "南京市住建局获悉").undecided == ()


def test_ordinary_words_and_short_county_names_are_no_doubt():
    # 南岗 without its city is more often a word than 南岗区; 新城区 after 我市 needs the
    # paper's city, which no article names: neither is a name an editor must settle.
    assert resolve("", "南岗公安分局组建专班，我市新城区开展巡查").undecided == ()


def test_province_holding_two_namesakes_decides_nothing():
    assert places(body="江苏各地推进养老服务，鼓楼区新增助餐点") == ["江苏省"]


def test_page_breaks_a_tie_the_article_leaves():
    found = codes(body="江苏各地推进养老服务，鼓楼区新增助餐点", context="南京市民政局")
    assert found == {"320000", "320100", "320106"}


def test_one_decision_can_enable_another():
    # 鼓楼区 is Fuzhou's (the only one in 福建), which then lets 仓山 count as 仓山区.
    assert "仓山区" in places(body="福建各地推进便民服务，仓山、鼓楼区新增网点")


def test_page_only_breaks_ties_among_the_articles_own_candidates():
    found = codes(body="南京、开封两地鼓楼区结对共建", context="徐州市考察团")
    assert "320106" in found and "320302" not in found


def test_page_naming_two_candidate_cities_decides_nothing():
    assert places(body="鼓楼区养老服务站开张", context="南京市、福州市两地") == []


def test_page_never_pulls_towards_a_province_the_article_does_not_name():
    assert places(body="四川各地复工，鼓楼区企业", context="南京市住建局") == ["四川省"]


def test_page_decides_a_name_of_one_division_whatever_province_the_article_names():
    # 扬中 names one county-level city: the farmer's home province is no rival candidate
    body = "他来自山东临沂，今年是他在扬中的第21年"
    assert places(body=body, context="江苏省兴化市麦收")[-3:] == ["江苏省", "镇江市", "扬中市"]
    assert "扬中市" not in places(body=body)


def test_context_is_not_itself_a_source_of_places():
    assert places(body="养老服务站开张", context="哈尔滨市南岗区") == []


def test_municipality_district_is_not_the_namesake_in_another_city():
    assert places(body="北京市朝阳区") == ["北京市", "朝阳区"]
    assert codes(body="北京市朝阳区") == {"110000", "110105"}


def test_district_written_after_its_city_short_form_is_decided_by_it():
    assert codes(body="长春朝阳区") == {"220000", "220100", "220104"}


# Ancestors, counts, flags, order


def test_ancestors_not_named_have_zero_mentions():
    found = resolve_places("", "离石区全力打好疫情防控阻击战")
    assert found == [
        PlaceMention("140000", 0, False),
        PlaceMention("141100", 0, False),
        PlaceMention("141102", 1, False),
    ]


def test_ancestor_named_in_the_text_keeps_its_own_count():
    assert mention("141100", body="作为吕梁市政府所在地的离石区，离石区").mentions == 1


def test_mentions_count_every_occurrence():
    assert mention("230103", body="南岗区城管局……南岗区商务局……南岗区疾控中心").mentions == 3


def test_in_title_flag_marks_places_named_in_the_title():
    found = {m.code: m.in_title for m in resolve_places("离石区纪实", "吕梁市离石区")}
    assert found == {"140000": False, "141100": False, "141102": True}


def test_results_are_in_order_of_first_occurrence():
    assert places(body="绥芬河市通报，七台河市茄子河区") == [
        "黑龙江省",
        "牡丹江市",
        "绥芬河市",
        "七台河市",
        "茄子河区",
    ]


def test_directly_administered_county_level_city_brings_its_province():
    assert places(body="仙桃市无纺布企业复工") == ["湖北省", "仙桃市"]


def test_city_without_counties_resolves_as_a_city():
    assert places(body="驶向广东东莞") == ["广东省", "东莞市"]


# Excerpts of the real pages in fixtures/pages


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("四川省邛崃市此次向阿坝藏族羌族自治州九寨沟县捐赠物资", ["邛崃市", "九寨沟县"]),
        ("为返乡农民工及时安全返岗，四川金堂县开通专车", ["成都市", "金堂县"]),
        ("七台河市茄子河区", ["七台河市", "茄子河区"]),
        ("绥化市北林区", ["绥化市", "北林区"]),
        ("齐齐哈尔市富拉尔基区", ["齐齐哈尔市", "富拉尔基区"]),
        ("作为吕梁市政府所在地的离石区", ["山西省", "吕梁市", "离石区"]),
        ("松北区、平房区、香坊区、道外区、道里区", ["哈尔滨市", "松北区", "道里区"]),
        ("四川省自贡市民政局", ["自贡市"]),
    ],
)
def test_real_page_excerpt(body, expected):
    found = places(body=body)
    assert all(name in found for name in expected), found


def test_ancestor_of_a_county_level_city_is_its_prefecture():
    found = places(body="四川省邛崃市此次向阿坝藏族羌族自治州九寨沟县捐赠物资")
    assert found == ["四川省", "成都市", "邛崃市", "阿坝藏族羌族自治州", "九寨沟县"]


def test_real_nangang_page_is_about_harbin(gazetteer):
    text = (
        Path(__file__).parents[1] / "fixtures" / "pages" / "002_ff5a931eb3797e6d.txt"
    ).read_text(encoding="utf-8")
    title, body = text.strip().split("\n", 1)
    found = [gazetteer.get(m.code).name for m in resolve_places(title, body)]
    assert found == ["黑龙江省", "哈尔滨市", "南岗区"]


# Pages invented for other provinces


def test_jiangsu_page_article_naming_nanjing():
    assert names_on_page("jiangsu_page.txt", 0) == [
        "江苏省",
        "南京市",
        "鼓楼区",
        "玄武区",
        "秦淮区",
    ]


def test_jiangsu_page_gulou_is_nanjings_when_the_article_names_nanjing():
    assert "320106" in {m.code for m in resolve_on_page("jiangsu_page.txt", 0)}


def test_jiangsu_page_gulou_is_nanjings_when_only_the_page_names_nanjing():
    found = resolve_on_page("jiangsu_page.txt", 1)
    assert [m.code for m in found] == ["320000", "320100", "320106"]
    assert [m.mentions for m in found] == [0, 0, 1]


def test_jiangsu_page_article_about_suzhou():
    assert names_on_page("jiangsu_page.txt", 2) == [
        "江苏省",
        "苏州市",
        "苏州工业园区",
        "河南省",
        "安徽省",
    ]


def test_fujian_page_article_about_fuzhou():
    assert names_on_page("fujian_guangdong_page.txt", 0) == [
        "福建省",
        "福州市",
        "鼓楼区",
        "台江区",
        "仓山区",
    ]


def test_fujian_page_gulou_is_fuzhous_and_the_bare_word_in_the_title_does_not_count():
    found = {m.code: m for m in resolve_on_page("fujian_guangdong_page.txt", 0)}
    assert found["350102"] == PlaceMention("350102", 2, False)


def test_guangdong_page_article_about_migrant_workers():
    assert names_on_page("fujian_guangdong_page.txt", 1) == [
        "广东省",
        "东莞市",
        "四川省",
        "广安市",
        "岳池县",
        "湖北省",
        "仙桃市",
        "江西省",
        "赣州市",
    ]


def test_a_city_nickname_decides_a_district_shared_by_two_provinces():
    assert places(body="市民在普陀区长风公园赏花。连日来,申城气温回升。") == [
        "上海市",
        "普陀区",
    ]


def test_a_zone_run_as_one_district_is_that_district():
    assert places(body="今天上午,西海岸新区老干部情况通报会召开") == ["山东省", "青岛市", "黄岛区"]
    assert places(body="她是苏州高新区浒墅关中心小学的退休教师")[-1] == "虎丘区"


def test_a_district_whose_name_is_an_ordinary_word_counts_after_our_city():
    # 我市新城区: the paper's own city, so a district of it; its city decides which one,
    # named in the article or else on the page, never a province alone.
    assert places(body="我市新城区开展活动。", context="西安市举行会议") == [
        "陕西省",
        "西安市",
        "新城区",
    ]
    assert places(title="西安", body="我市新城区开展活动。")[-1] == "新城区"
    assert "新城区" not in places(title="陕西", body="我市新城区开展活动。")
    assert "新城区" not in places(body="新城区开展活动。", context="西安市举行会议")


def test_our_city_before_a_district_short_form_is_no_ordinary_word_across_them():
    # 我市南岗: 市南 (a stoplisted district, "south of the city") must not hide 南岗, which
    # the city named on the page decides; 城东城关区: the longer 城关区 wins over 东城.
    assert places(body="我市南岗开展活动。", context="哈尔滨市召开会议")[-1] == "南岗区"
    assert places(body="从城东城关区到城西西固区,兰州小街巷焕新")[2:] == ["城关区", "西固区"]


def test_a_district_whose_name_is_an_ordinary_word_counts_with_its_city_in_the_article():
    # 新城区 is also "the new town": only its own city named in the article (title included)
    # makes it the district; a province, or the page's other stories, do not.
    assert places(title="呼和浩特快讯", body="记者跟随新城区文明办参观。")[-1] == "新城区"
    assert places(body="新城区文明办组织参观,感受呼和浩特的变化。")[-1] == "新城区"
    assert "新城区" not in places(title="内蒙古", body="新城区文明办组织参观。")
    assert "城区" not in places(body="城区环境整治,呼和浩特市民点赞")


def test_a_lake_named_like_its_district_is_no_division_but_the_full_name_is():
    # 西湖 is a lake in several cities and a tea (西湖龙井): an ordinary word like 鼓楼
    assert "西湖区" not in places(body="西湖龙井茶上市，杭州茶农忙。")
    assert places(body="杭州市西湖区开展活动。")[-1] == "西湖区"


# Towns and subdistricts: a county the text names only through one of its towns


def test_a_town_names_its_county_when_its_city_or_province_is_named():
    assert places("", "到贾家口镇小河庄村进行专题采访。河北人民广播电台") == [
        "河北省",
        "邢台市",
        "宁晋县",
    ]
    assert places("", "长海路街道浣纱三村居民刘文静", "上海法院、检察院") == ["上海市", "杨浦区"]


def test_a_town_alone_names_nothing():
    assert places("", "尚庄镇始终坚持把致富农民作为落脚点") == []


def test_a_town_name_shared_in_the_province_decides_nothing():
    assert codes("", "北山街道办事处开展了环境微改造。黑龙江") == {"230000"}


def test_a_town_in_the_dateline_names_its_county():
    assert places("", "9月21日 贾家口镇小河庄村\n记者来到村里。") == ["河北省", "邢台市", "宁晋县"]


def test_a_town_printed_after_another_county_is_not_its_namesake():
    # The list files 塔里木乡 under 沙雅, 尉犁: the paper's 库车 is where this one lies.
    assert places("", "库车市塔里木乡的棉农在棉田里。新疆") == [
        "新疆维吾尔自治区",
        "阿克苏地区",
        "库车市",
    ]


def test_a_town_opening_with_a_city_name_does_not_hide_the_city():
    assert places("", "上海路街道的居民") == []  # 上海路 is a street: no town of 南昌 either
    assert places("", "上海街道两旁") == []


def test_a_town_whose_name_goes_on_past_a_city_name_is_the_town():
    # 南京东路街道 of 上海黄浦区 and 周口店镇 of 北京房山区 name no 南京, no 周口
    assert places("", "上海黄浦区南京东路街道辖区内") == ["上海市", "黄浦区"]
    assert places("", "房山区周口店镇的遗址。北京") == ["北京市", "房山区"]
    assert places("", "周口店镇的遗址") == []


def test_a_county_named_only_through_its_town_has_no_mention():
    assert mention("130528", "", "到贾家口镇小河庄村采访。河北").mentions == 0


def test_a_subdistrict_is_also_named_by_its_office():
    # 佃户屯街道 of 菏泽市牡丹区, named after the 街道办事处 that runs it
    assert places("", "在市开发区佃户屯办事处孔庄社区,山东") == ["山东省", "菏泽市", "牡丹区"]


def test_a_shared_or_short_county_name_and_its_town_decide_each_other():
    # 向阳区 of 鹤岗 and of 佳木斯, 北山街道 in four cities of the province: one 向阳区 has one
    assert places("", "向阳区北山街道办事处开展了环境微改造。黑龙江") == [
        "黑龙江省",
        "鹤岗市",
        "向阳区",
    ]
    assert places("", "10月8日，海盐澉浦镇举行运动会") == ["浙江省", "嘉兴市", "海盐县"]


def test_a_town_after_a_county_that_does_not_hold_it_is_left_out():
    # 章水镇 went from 鄞州 to 海曙 in 2016; the story printed it under 鄞州
    assert places("", "鄞州章水镇樟村,宁波") == ["浙江省", "宁波市", "鄞州区"]


# The page's section: where a story naming no place is filed


def _filed(item, items, section):
    gazetteer = Gazetteer.default()
    found = item_places(item, items, section).places
    return [gazetteer.get(m.code).name for m in found], {m.mentions for m in found}


def test_a_story_naming_no_place_is_filed_under_its_sections_place():
    story = Item(1, title="弄堂情深", paragraphs=["居委会的志愿者为独居老人送菜上门。"])
    other = Item(2, title="社区故事", paragraphs=["浦东新区的居民开展垃圾分类。"])
    assert _filed(story, [story, other], "申城·社区 第12版 星期六") == (["上海市"], {0})
    assert _filed(story, [story, other], "综合 第4版") == ([], set())


def test_a_story_naming_its_own_place_keeps_it_whatever_the_section():
    story = Item(1, title="社区故事", paragraphs=["杭州市西湖区的居民开展垃圾分类。"])
    assert _filed(story, [story], "申城·社区")[0] == ["浙江省", "杭州市", "西湖区"]


def test_a_shared_name_the_page_leaves_open_is_decided_by_the_stories_beside_it():
    # 铁西区 is in 沈阳, 鞍山 and 四平; the page names 沈阳 and 鞍山, the story before it 沈阳
    before = Item(1, title="铁亭子已挪走", paragraphs=["沈阳市长青街方青路的交叉口恢复通行。"])
    photo = Item(2, kind=PHOTO, captions=["今年铁西区对劳动公园进行了重新修建。"])
    after = Item(3, title="城市绿道", paragraphs=["市民在绿道上散步。"])
    far = Item(4, title="奥运金牌", paragraphs=["鞍山市体育局培养了多名冠军。"])
    page = [before, photo, after, far]
    assert _filed(photo, page, "")[0] == ["辽宁省", "沈阳市", "铁西区"]
    assert _filed(photo, [far, photo, after, before], "")[0] == ["辽宁省", "鞍山市", "铁西区"]
    # nothing beside it names a city of 铁西区: left undecided for an editor
    filler = Item(5, title="社区活动", paragraphs=["居民们参加了活动。"])
    undecided = item_places(photo, [before, filler, photo, after, far], "")
    assert undecided.places == [] and undecided.undecided == ("铁西区",)


def test_small_towns_are_no_town():
    assert places("", "吉林省推进小城镇建设") == ["吉林省"]
