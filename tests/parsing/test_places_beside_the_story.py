"""Places a story names beside its own: the markets its produce goes to and the neighbours its
place borders are none of the story's places (place resolution runs at ingest, after the cut;
pure Python, no Django)."""

from tests.parsing.helpers import places


def test_the_markets_produce_is_sold_to_are_not_where_the_story_is():
    found = places("", "昌图县的香瓜通过电商销往大连、沈阳、北京等地,供不应求。")
    assert found == ["辽宁省", "铁岭市", "昌图县"]


def test_a_market_is_masked_only_up_to_the_end_of_its_clause():
    found = places("", "产品畅销江浙沪,绥化市北林区的合作社又添了新订单。")
    assert "北林区" in found


def test_the_neighbours_a_place_borders_are_not_where_the_story_is():
    found = places("", "峨边彝族自治县的这个村与沐川县接壤,隔着大渡河与沙湾区遥遥相望。")
    assert "沐川县" not in found and "沙湾区" not in found
    assert "峨边彝族自治县" in found


def test_a_place_named_before_its_border_is_kept():
    assert "邻水县" in places("", "九龙镇系邻水县与渝北区交界的集贸重镇。")
