"""Towns as papers print them: after their county (莒县城阳街道: the county, not "the county
town"), and by the name they had before they became subdistricts (place resolution runs at
ingest, after the cut; pure Python, no Django)."""

from tests.parsing.helpers import places


def test_a_county_followed_by_its_own_town_is_the_county_not_the_county_town():
    found = places("", "4月2日,莒县城阳街道的菜农在大棚里采摘黄瓜。")
    assert "莒县" in found and "日照市" in found


def test_the_new_county_town_is_still_no_county():
    assert places("", "新县城建设让群众住上了好房子。") == []


def test_a_town_become_a_subdistrict_is_found_by_its_old_name():
    # 民众镇 of 中山 is 民众街道 since it became a subdistrict
    assert "中山市" in places("", "广东省民众镇义仓村的水稻正在收割。")


def test_a_subdistrict_printed_short_before_its_village_is_found():
    # 华明街道 of 东丽区, printed 华明街 as papers print it before a village of its own
    assert "东丽区" in places("", "近日,天津华明街胡张庄村的葡萄迎来采摘期。")


def test_a_street_of_the_same_name_is_no_subdistrict():
    assert "东丽区" not in places("", "近日,天津华明街40号的居民搬进了新家。")


def test_a_subdistrict_named_after_its_road_is_found_without_the_road():
    # 天平路街道 of 徐汇区 goes by 天平街道; a 天平街道 of 泰安 is ruled out by 上海
    assert places("", "上海天平街道的志愿者为独居老人送去汤圆。") == ["上海市", "徐汇区"]


def test_a_street_village_after_a_town_is_no_subdistrict():
    # 镇东街道 is a subdistrict of 镇赉县, but 到保镇东街办 is the town's east street office and
    # 镇东街村 a village named after a street
    assert places("", "白城市到保镇东街办红旗村的村民在收玉米。")[-1] == "洮北区"
    assert "镇赉县" not in places("", "白城市镇东街村村民在收玉米。")
