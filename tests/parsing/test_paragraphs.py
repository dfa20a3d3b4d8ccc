"""Column-wrapped lines become paragraphs, a table row is one, and articles are never glued."""

import pytest

from archive.parsing.lines import BODY, read_lines
from archive.parsing.text import is_table_row

NARROW = """
社区防控不放松
筑牢群众安全堤坝

在新型冠状病毒感染的肺炎疫

情的防控工作中，社区对疫情的防

控是关键的一环。为此，南岗区各个

社区的相关部门、人员深入落实各

项防控措施不放松，为居民筑牢健

康安全堤坝。

新型冠状病毒感染的肺炎确诊

病例的密切接触者的隔离观察工

作十分重要。
"""


def test_column_wrapped_lines_are_rejoined_into_one_paragraph(parse):
    (item,) = parse(NARROW).items
    assert item.paragraphs[0] == (
        "在新型冠状病毒感染的肺炎疫情的防控工作中，社区对疫情的防控是关键的一环。"
        "为此，南岗区各个社区的相关部门、人员深入落实各项防控措施不放松，为居民筑牢健康安全堤坝。"
    )


def test_a_short_last_line_ends_the_paragraph(parse):
    (item,) = parse(NARROW).items
    assert (
        item.paragraphs[1] == "新型冠状病毒感染的肺炎确诊病例的密切接触者的隔离观察工作十分重要。"
    )


EDGE = """
沙县夏茂镇稻谷丰收

本报讯（记者 郑海峰）11月20日，

福建省三明市沙县区夏茂镇俞邦

村的稻田里，收割机来回穿梭，

一派丰收景象。今年俞邦村种植

优质稻谷三千余亩，总产一千吨。

俞邦村党支部书记说，村

里成立了粮食专业合作社，统

一育秧、统一机收、统一烘干。
"""


def test_a_paragraph_ending_exactly_at_the_column_edge_still_ends(parse):
    (item,) = parse(EDGE).items
    assert item.paragraphs == [
        "11月20日，福建省三明市沙县区夏茂镇俞邦村的稻田里，收割机来回穿梭，"
        "一派丰收景象。今年俞邦村种植优质稻谷三千余亩，总产一千吨。",
        "俞邦村党支部书记说，村里成立了粮食专业合作社，统一育秧、统一机收、统一烘干。",
    ]


def test_a_full_line_ending_a_sentence_mid_paragraph_does_not_split_it(parse):
    (item,) = parse(EDGE).items
    assert "收割机来回穿梭，一派丰收景象。今年俞邦村" in item.paragraphs[0]


def test_a_caption_that_interrupts_a_sentence_leaves_the_sentence_whole(parse):
    page = parse("""
## 隔离点的暖心服务获师生点赞

本报讯(记者 张焱)在白玉兰集中隔离点工作，是毛丽萍第三次进入隔离点。她工作起来事无巨细，认真



毛丽萍(左)带领专班确保后勤保障。

真把好每一道关口，从防护培训、消防应急演练，到流程梳理，她都细致入微。
""")
    (item,) = page.items
    assert item.paragraphs == [
        "在白玉兰集中隔离点工作，是毛丽萍第三次进入隔离点。她工作起来事无巨细，认真"
        "真把好每一道关口，从防护培训、消防应急演练，到流程梳理，她都细致入微。"
    ]
    assert item.captions == ["毛丽萍(左)带领专班确保后勤保障。"]


def test_two_articles_with_datelines_are_never_glued(parse):
    page = parse("""
金堂县“流动车站”
方便农民工返岗复工

本报讯（记者 胡桂芳）为保障农民工及时安全返岗，四川金堂县启动了流动车站。

成都肖家河街道
启动流动诊疗点

本报讯（记者 赵青）这是近日发生在四川省成都市肖家河街道流动诊疗点的一幕。
""")
    assert [i.title for i in page.items] == [
        "金堂县“流动车站” 方便农民工返岗复工",
        "成都肖家河街道 启动流动诊疗点",
    ]
    assert all(len(i.paragraphs) == 1 for i in page.items)


CUT_THEN_TITLE = """
平房区开展入户采样

本报讯（记者 王铁军）保国街道各采样点的医护人员在完成居民核酸采样工作的同时，坚持为老人进入户

社区食堂暖人心

本报记者 李四

市民政局日前在全市推广社区食堂经验，受到老人欢迎。
"""


def test_a_title_after_a_paragraph_cut_mid_sentence_still_starts_a_new_article(parse):
    page = parse(CUT_THEN_TITLE)
    assert [i.title for i in page.items] == ["平房区开展入户采样", "社区食堂暖人心"]
    assert [c.name for c in page.items[0].credits] == ["王铁军"]
    assert [c.name for c in page.items[1].credits] == ["李四"]


def test_a_number_broken_at_the_column_edge_is_one_number(parse):
    (item,) = parse("""
本报讯（记者 沈佳音）11月1

8日，浙江省首届乡村运营师大

赛在湖州市安吉县落幕。
""").items
    assert item.paragraphs == ["11月18日，浙江省首届乡村运营师大赛在湖州市安吉县落幕。"]
    assert item.date == "--11-18"


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


def test_punctuation_at_a_line_start_goes_back_to_the_line_it_ends(parse):
    page = parse("""
## 九龙镇

三条山脉平行排列。

邻水地形，三山两槽，九龙丰禾

，鱼米之乡。

我1985年师范毕业。
""")
    (item,) = page.items
    assert item.paragraphs[1:] == ["邻水地形，三山两槽，九龙丰禾，鱼米之乡。", "我1985年师范毕业。"]


@pytest.mark.parametrize(
    "line",
    [
        "他说：今天我们村里的收入增加了",
        "活动地点：市民广场东侧",
        "老张说：“今年的苹果真甜",
    ],
)
def test_a_quote_or_a_field_after_a_colon_carries_on_the_paragraph(parse, line):
    page = parse(f"""
苹果丰收

本报讯 今年苹果大丰收，果农喜笑颜开。

{line}

，大家都很高兴。
""")
    (item,) = page.items
    assert item.title == "苹果丰收"


def test_a_line_breaking_a_range_after_its_first_figure_runs_on_and_titles_nothing():
    lines = read_lines("""
长春市兰桡湖公园 “惠民公益市集”点燃城市烟火气

6月14日和15日10点—

18点,长春市兰桡湖公园林荫下,一场“惠民

公益市集”悄然点亮公园——从基础体检到专

科咨询台前排起长队,非遗摊位上的漆扇流光

溢彩,糖人师傅的铜勺勾出童年甜香,特殊儿

童训练中心的学生笑着举起原创绘画等,热闹

的氛围点燃城市烟火气。
""")
    assert lines[1].kind == BODY
