"""Place names inside the name of something else: a mountain or river named after a county, a
paper or station named after its city. Which of them a story is about (place resolution runs at
ingest, after the cut; pure Python, no Django)."""

import pytest

from tests.parsing.helpers import places


def test_a_mountain_named_after_a_county_is_not_the_county():
    found = places("", "宁夏贺兰山东麓的酿酒葡萄迎来采收,银川市民纷纷前来。")
    assert "贺兰县" not in found and "山东省" not in found
    assert "银川市" in found


def test_a_river_named_after_a_county_is_not_the_county():
    found = places("", "吉林省珲春市地处图们江下游,与俄罗斯、朝鲜接壤。")
    assert "图们市" not in found
    assert "珲春市" in found


def test_a_river_hides_the_city_its_last_character_begins():
    assert "阳江市" not in places("", "九江市的采风团在浔阳江畔挥手作别。")


def test_a_countys_hill_country_is_the_county():
    assert "怀柔区" in places("", "北京怀柔山区的村子通了公交。")


def test_a_newsroom_named_after_a_city_is_not_where_the_story_is():
    found = places("", "湛江日报记者近日走进佛山市南海区,看村里的新变化。")
    assert "湛江市" not in found
    assert "南海区" in found


def test_a_newsroom_tells_which_namesake_a_short_county_name_is():
    assert "围场满族蒙古族自治县" in places("", "承德日报记者 王明\n围场今年新建了三座冷库。")


def test_a_papers_own_dateline_is_where_the_story_is():
    assert "嘉峪关市" in places("", "嘉峪关日报讯(记者 张明)近日,一场雪后气温骤降。")


def test_a_story_naming_only_its_paper_is_about_the_papers_city():
    assert "兰州市" in places("", "读者们说:“祝福《兰州晚报》越办越好。”")


def test_a_newsroom_after_its_province_is_still_no_place():
    assert places("", "来自江苏徐州广播电视台的记者说,这里的葡萄很甜。") == ["江苏省"]


def test_the_foot_of_a_mountain_is_no_province():
    assert places("", "坐落在天山东麓的新疆维吾尔自治区") == ["新疆维吾尔自治区"]
    assert places("", "天山南麓,世界第二大沙漠边上") == []


def test_the_yangtze_hides_a_city_its_last_character_begins():
    assert places("", "长江门户沧桑变,岛上的村子换了新颜。") == []


def test_a_county_name_before_a_mountains_foot_is_the_mountain():
    assert places("", "乌鲁木齐市的游客来到天山南麓,世界第二大沙漠边上") == [
        "新疆维吾尔自治区",
        "乌鲁木齐市",
    ]


def test_a_university_named_after_a_city_is_not_where_the_story_is():
    found = places("", "来自南京大学、武汉大学的学生走进贵州省榕江县的村寨。")
    assert "南京市" not in found and "武汉市" not in found
    assert "榕江县" in found


def test_a_village_after_a_town_is_no_city_begun_on_the_towns_last_character():
    # 新厝镇 of 福清, then 江兜村: no 镇江
    assert places("", "福清市新厝镇江兜村的渔民出海了。") == ["福建省", "福州市", "福清市"]


def test_a_byname_of_jilin_built_on_a_citys_name_is_no_city():
    # 白山松水 (长白山 and 松花江) is 吉林, as 白山黑水 is the Northeast: no 白山市
    assert places("白山松水 乡村振兴", "吉林省的农民迎来丰收。") == ["吉林省"]


def test_a_lake_named_after_a_county_lies_in_the_county():
    assert "微山县" in places("", "山东省济宁市微山湖的渔民开始捕捞。")


def test_a_tibetan_given_name_is_no_county():
    found = places("", "那曲市色尼区的牧民尼玛次仁家里热闹起来。")
    assert "尼玛县" not in found and "色尼区" in found


@pytest.mark.parametrize(
    ("body", "hidden", "kept"),
    [
        # 中国农民丰收节 (every September): no 民丰县 of 和田
        ("和田地区各族群众欢庆第五个中国农民丰收节,核桃丰收了。", "民丰县", "和田地区"),
        # "and the fields": no 和田 (nor the 民丰 it would decide)
        ("东营市的远山和田野,农机服务和田间管理都有保障。", "和田地区", "东营市"),
        # a river's mouth: no 河口区, no 海口
        ("初冬的黄河口,东营市的渔民正忙着收网。", "河口区", "东营市"),
        ("大桥横跨东营市河道的出海口。", "海口市", "东营市"),
        # a riverside: the river, not the district named after it
        ("辽阳市文圣区太子河畔,一座宜居新城正在崛起。", "太子河区", "文圣区"),
        ("来宾市兴宾区的渡船在清水河两岸来来回回。", "清水河县", "兴宾区"),
        # a range's foot: the mountains, not the prefecture named after them
        ("内蒙古兴安盟扎赉特旗地处大兴安岭南麓。", "大兴安岭地区", "扎赉特旗"),
        # a city after a county it does not hold begins a proper name (a cooperative's)
        ("黑河市爱辉区嘉兴现代农机专业合作社忙着收割水稻。", "嘉兴市", "爱辉区"),
        # a village printed after its town is named for itself
        ("北京市房山区周口店镇黄山店村的民宿迎来了客人。", "黄山市", "房山区"),
        ("重庆市万州区长岭镇大同坝村的柑橘丰收了。", "大同市", "万州区"),
    ],
)
def test_a_place_name_inside_another_name_is_no_place(body, hidden, kept):
    found = places("", body)
    assert hidden not in found and kept in found


def test_a_province_on_its_river_stays_the_province():
    assert "黑龙江省" in places("", "黑龙江畔的小村里,渔民开江捕鱼。")


def test_two_counties_in_a_row_are_both_places():
    assert "大洼区" in places("", "记者在盘锦市盘山县大洼区水稻主产区看到,稻田一片金黄。")
