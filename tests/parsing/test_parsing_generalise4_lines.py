"""Line-level rules found by the fourth round of invented pages (generalise4): commentary
and letters, tables of figures, stacked photo credits and public-service slogans."""

from archive.parsing.text import is_table_row


def test_a_table_row_of_figures_is_recognised_and_a_title_with_a_figure_is_not():
    assert is_table_row("15日 阴转晴 -2℃~10℃")
    assert is_table_row("白菜 1.6元/斤")
    assert not is_table_row("寒潮来袭 我省气温将降10℃以上")
    assert not is_table_row("按照客车核定载客人数的 50%控制")


def test_a_weather_table_stays_in_its_articles_text_one_row_a_paragraph(parse):
    page = parse("""
未来三天我市天气

本报讯（记者 张帆）记者从延安市气象台获悉，未来三天我市将出现降温天气。具体预报如下：

13日 多云 2℃~14℃

14日 小雨 0℃~9℃

市气象台提醒，驾车出行要注意防范道路结冰。
""")
    (item,) = page.items
    assert item.paragraphs[1:] == ["13日 多云 2℃~14℃", "14日 小雨 0℃~9℃", item.paragraphs[-1]]
    assert item.paragraphs[-1].startswith("市气象台提醒")


def test_a_sentence_wrapped_after_public_service_ads_keeps_its_words(parse):
    page = parse("""
街头换新装

本报讯（记者 刘洋）近日，全市在主要街道投放公益广告
200余块，营造文明城市创建氛围。
""")
    assert "投放公益广告200余块" in page.items[0].text
