"""Development zones and parks as papers print them: named after the division that hosts them
(沛县经济开发区), so a county's short name heading one is the county (place resolution runs at
ingest, after the cut; pure Python, no Django)."""

from tests.parsing.helpers import places


def test_a_county_heading_a_development_zone_is_the_county():
    found = places("", "今年以来,射阳经济开发区新签约项目12个,总投资超过50亿元。")
    assert found == ["江苏省", "盐城市", "射阳县"]


def test_a_county_heading_a_ranked_park_is_the_county():
    found = places("", "金秋时节,都兰（国家级）现代农业产业园的枸杞进入采收期。")
    assert "都兰县" in found


def test_a_city_heading_a_high_tech_zone_is_the_city():
    assert places("", "在潍坊高新区的一家企业车间里,工人正在组装设备。") == ["山东省", "潍坊市"]


def test_a_county_alone_still_needs_its_city():
    assert places("", "射阳的农民正在抢收小麦。") == []


def test_a_new_area_does_not_make_a_county_of_its_name():
    # 平原新区 lies in 新乡, far from 平原县 of 德州
    assert "平原县" not in places("", "在平原新区,农民正在收割小麦。")


def test_a_wordlike_city_name_before_a_park_stays_a_word():
    assert places("", "沿江各地加快建设临江工业园区。") == []
