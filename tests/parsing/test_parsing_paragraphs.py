"""Column-wrapped lines become paragraphs; articles are never glued together."""

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
