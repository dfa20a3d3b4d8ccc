"""A county, its towns and their villages as papers print them in a row (莒县城阳街道大湖村):
which division the row names, and which names inside a village's name are none (place
resolution runs at ingest, after the cut; pure Python, no Django)."""

from archive.gazetteer import Gazetteer
from archive.place_resolution import resolve_places


def places(title="", body="", context=""):
    gazetteer = Gazetteer.default()
    return [gazetteer.get(m.code).name for m in resolve_places(title, body, context)]


def test_a_county_followed_by_its_own_town_is_the_county_not_the_county_town():
    found = places("", "4月2日,莒县城阳街道的菜农在大棚里采摘黄瓜。")
    assert "莒县" in found and "日照市" in found


def test_the_new_county_town_is_still_no_county():
    assert places("", "新县城建设让群众住上了好房子。") == []


def test_a_village_after_its_town_is_no_city_it_spells():
    found = places("", "北京市房山区周口店镇黄山店村的民宿迎来了客人。")
    assert "黄山市" not in found and "房山区" in found


def test_a_village_after_its_town_is_no_other_city_it_spells():
    found = places("", "重庆市万州区长岭镇大同坝村的柑橘丰收了。")
    assert "大同市" not in found and "万州区" in found
