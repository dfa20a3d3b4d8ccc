"""Line-level rules found by the third round of invented pages (generalise3)."""


def test_ocr_spaces_inside_byline_names_do_not_lose_the_names(parse):
    (item,) = parse("""
铁锋区“暖心驿站”温暖环卫工

本报记者 王 艳 通讯员 周 晓峰

入冬以来,铁锋区设立了12处环卫工人驿站。
""").items
    assert [c.name for c in item.credits] == ["王艳", "周晓峰"]
