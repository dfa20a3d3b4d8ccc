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
