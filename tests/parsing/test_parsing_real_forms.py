"""Forms seen on real pages that invented pages missed: outlet datelines and credits, titles
with punctuation over a dateline, slash-separated photo credits."""

import pytest

from archive.parsing import bylines


@pytest.mark.parametrize(
    "line, names",
    [
        ("云南网记者 李明 通讯员 王芳", {"李明", "王芳"}),
        ("掌上兰州·兰州晨报记者 赵丽", {"赵丽"}),
        ("红网时刻新闻记者 周涛 通讯员 黄玲", {"周涛", "黄玲"}),
        ("共享联盟·南湖 记者 沈洁", {"沈洁"}),
        ("晚报记者 孙杰", {"孙杰"}),
    ],
)
def test_outlets_on_a_byline_are_not_people(line, names):
    credits = bylines.parse_byline_line(line)
    assert {c.name for c in credits} == names


@pytest.mark.parametrize("line", ["刘洋/陈静/韩雪 摄", "刘洋 陈静 韩雪 摄"])
def test_three_photographers_give_three_people(line):
    assert [c.name for c in bylines.parse_credit_line(line)] == ["刘洋", "陈静", "韩雪"]


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


@pytest.mark.parametrize("line", ["通讯员 熊波 摄/视觉重庆", "熊波 摄／视觉中国"])
def test_the_agency_after_a_photo_credit_is_no_one(line):
    assert [c.name for c in bylines.parse_credit_line(line)] == ["熊波"]


def test_a_photographers_credit_straight_under_a_title_credits_the_article(parse):
    page = parse("""
上一篇的最后一句话写完了。

“百岛之市”巨龙腾跃连港澳

图/羊城晚报记者 汤铭明

文/羊城晚报记者 吴国颂

珠海是一座城，有着“家”的气质。
""")
    item = page.items[-1]
    assert item.title == "“百岛之市”巨龙腾跃连港澳"
    assert {c.name for c in item.credits} == {"汤铭明", "吴国颂"}
    assert item.paragraphs == ["珠海是一座城，有着“家”的气质。"]


def test_a_title_over_a_lead_that_opens_with_its_day_starts_the_next_article(parse):
    page = parse("""
## 鞍山体育后备人才培养见成效

多年来，鞍山坚持建设国家高水平体育后备人才基地，

为国家输送了大量优秀的运动健儿。

“平民视角看长春”感受城市新变化

12日，由市委宣传部、市网信办

主办的活动走进长春市政务服务中心。

（记者 赵婉姝）
""")
    first, second = page.items
    assert first.paragraphs[-1].endswith("运动健儿。")
    assert second.title == "“平民视角看长春”感受城市新变化"
    assert [c.name for c in second.credits] == ["赵婉姝"]


def test_inside_a_feature_divided_by_subheadings_the_next_one_over_a_dated_lead_is_another(parse):
    page = parse("""
## 今冬最浪漫的事：媳妇陪我守卡点

本报记者 黄晏君

孙思文是南岗区的一名社区干部，已在卡点值守多日。

卡点上的夫妻档

孙思文的爱人吴文秀是光华中学的教师，当晚也来到卡点。

一起在家乡防疫一线战斗

11月30日，哈尔滨最低气温降至零下21摄氏度。
""")
    (item,) = page.items
    assert item.paragraphs[-2:] == [
        "一起在家乡防疫一线战斗",
        "11月30日，哈尔滨最低气温降至零下21摄氏度。",
    ]


@pytest.mark.parametrize(
    "line, names",
    [
        ("作者 苟继鹏", ["苟继鹏"]),
        ("新文化记者 李洋", ["李洋"]),
        ("南都记者 黄慧萍 刘媚", ["黄慧萍", "刘媚"]),
        ("王兴国记者梁可心", ["王兴国", "梁可心"]),  # set solid: two people
        ("见习记者 刘洋", ["刘洋"]),
        ("记者 金毅 报道组 周武军 陈云松", ["金毅", "周武军", "陈云松"]),
    ],
)
def test_byline_forms_real_pages_print(line, names):
    assert [c.name for c in bylines.parse_byline_line(line)] == names


def test_a_helper_credited_for_a_picture_is_its_photographer():
    assert [(c.name, c.role) for c in bylines.parse_credit_line("(张林玉供图)")] == [
        ("张林玉", "摄影")
    ]


def test_a_name_alone_between_a_title_and_its_text_is_the_authors_byline(parse):
    page = parse("""
【四川报告 巴蜀风情】
九龙人看九龙镇

刘琼

四川省广安市邻水县境内,明月山、铜锣山、华蓥山三条山脉平行排列。
""")
    (item,) = page.items
    assert (item.title, [c.name for c in item.credits]) == ("九龙人看九龙镇", ["刘琼"])


def test_a_place_alone_under_a_title_is_no_byline(parse):
    page = parse("""
## 运河古城焕新颜

徐州

大运河畔的古城里，游人络绎不绝。
""")
    (item,) = page.items
    assert item.credits == []


SIGNED_TWICE = """
“百岛之市”巨龙腾跃连港澳

文/记者 吴国颂

珠海是一座城，有着“家”的气质。

情侣路

沿着情侣路，海风拂面，游人如织。

台山篇
奋进新征程 侨都正青春

1992年4月17日，经国务院批准，台山撤县设市。

台山人民正为广东走好新的赶考之路贡献力量。

{byline}
"""


def test_a_byline_at_the_foot_of_an_article_signed_at_its_top_signs_a_second_article(parse):
    first, second = parse(SIGNED_TWICE.format(byline="□罗忠明")).items
    assert [c.name for c in first.credits] == ["吴国颂"]
    assert first.paragraphs[-1] == "沿着情侣路，海风拂面，游人如织。"
    assert "侨都正青春" in second.title
    assert [c.name for c in second.credits] == ["罗忠明"]


def test_the_same_reporter_again_at_the_foot_signs_the_same_article(parse):
    (item,) = parse(SIGNED_TWICE.format(byline="（记者 吴国颂）")).items
    assert [c.name for c in item.credits] == ["吴国颂"]


@pytest.mark.parametrize(
    "paragraph, text, names",
    [
        ("大队作出罚款的行政处罚。  通讯员李静", "大队作出罚款的行政处罚。", ["李静"]),
        (
            "图为生态捕捞现场。 潍坊日报社全媒体记者 窦浩智 吴晓强",
            "图为生态捕捞现场。",
            ["窦浩智", "吴晓强"],
        ),
        ("他说，这是好事。 真不错", "他说，这是好事。 真不错", []),  # no role word: text
    ],
)
def test_a_byline_set_apart_after_the_last_sentence_closes_the_article(paragraph, text, names):
    rest, credits = bylines.split_trailing_byline(paragraph)
    assert (rest, [c.name for c in credits]) == (text, names)


def test_a_bracketed_credit_ends_a_caption_without_a_full_stop():
    caption, credits = bylines.split_inline_credit("▲韩坊镇水口村脐橙基地洋溢丰收喜悦(张林玉供图)")
    assert (caption, [c.name for c in credits]) == ("▲韩坊镇水口村脐橙基地洋溢丰收喜悦", ["张林玉"])


def test_a_column_label_over_bulleted_titles_makes_each_bullet_a_brief(parse):
    page = parse("""
老城区的年味

除夕夜，社区里挂满了红灯笼，老人们说，这样的年过得舒心。



本地新鲜事

●市图书馆新馆开放
新馆藏书三十万册，开馆首日接待读者六千余人次。

●两名选手入选国家集训队
在日前公布的名单上，共有两名本市选手入选，这是近年来人数最多的一次。

●第三届职业技能大赛开幕
当天上午，大赛开幕式在市体育中心举行，来自全市的八百名选手参赛。
""")
    assert [item.title for item in page.items] == [
        "老城区的年味",
        "市图书馆新馆开放",
        "两名选手入选国家集训队",
        "第三届职业技能大赛开幕",
    ]
    assert page.items[2].paragraphs == [
        "在日前公布的名单上，共有两名本市选手入选，这是近年来人数最多的一次。"
    ]
    assert "本地新鲜事" in page.warnings[0]


def test_bulleted_subheadings_under_a_features_own_lead_stay_in_the_feature(parse):
    page = parse("""
小山村的三次变化

本报记者 王明

十年间，这个山村经历了三次变化，村民们的日子一天比一天好。

●路通了
过去进山要走半天，如今水泥路修到了家门口。

●水来了
自来水管接进了每家每户，村民不再挑水吃。
""")
    (item,) = page.items
    assert item.title == "小山村的三次变化"
    assert item.paragraphs[-1] == "自来水管接进了每家每户，村民不再挑水吃。"


def test_another_reporters_byline_between_finished_paragraphs_signs_the_next_brief(parse):
    page = parse("""
【本地一周】
精选新闻合集

本报记者 黄明 刘丽

高考正式拉开帷幕，全市二十八个考点迎来了四万多名考生。

本报记者 莫东

夏蝉声声鸣，枝头荔枝红，全市各镇街荔枝园里荔果满枝。

本报记者 曾静

自来水价格调整听证会昨天召开，二十名代表参加。
""")
    assert [[c.name for c in item.credits] for item in page.items] == [
        ["黄明", "刘丽"],
        ["莫东"],
        ["曾静"],
    ]
    assert page.items[1].paragraphs == ["夏蝉声声鸣，枝头荔枝红，全市各镇街荔枝园里荔果满枝。"]


def test_a_question_title_between_a_closing_byline_and_a_picture_opens_the_next_article(parse):
    page = parse("""
堵路的铁亭子已挪走

5月17日，本报报道了路口处人行道上立有一个彩钢亭。现在的人行道已经畅通了。

本报记者 金国建

公园设施遭破坏 我招惹谁了？



今年区里对劳动公园投入巨资进行了重新修建，美丽的景色吸引了众多市民。然而，记者在公园看到，不少设施遭到破坏。
""")
    first, second = page.items
    assert [c.name for c in first.credits] == ["金国建"]
    assert second.title == "公园设施遭破坏 我招惹谁了？"
    assert second.paragraphs[0].startswith("今年区里")


def test_a_byline_set_apart_over_a_dated_lead_signs_the_report_under_it(parse):
    page = parse("""
## 村里修通了新路

村民们说,路修好了,心也齐了。



本报记者 周平 李红

5月8日,记者来到镇上的集市。

集市上人头攒动。
""")
    road, market = page.items
    assert road.credits == [] and road.paragraphs == ["村民们说,路修好了,心也齐了。"]
    assert [c.name for c in market.credits] == ["周平", "李红"]
    assert market.paragraphs[0] == "5月8日,记者来到镇上的集市。"
