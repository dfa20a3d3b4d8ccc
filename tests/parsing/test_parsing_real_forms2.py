"""More forms seen on real pages (issue 12): titles with punctuation, credit lines naming
outlets, closing bylines broken over lines, datelines broken over lines, photo reports."""

import pytest

from archive.parsing import bylines
from tests.parsing.helpers import names


def test_a_name_under_a_title_at_the_foot_of_the_page_is_its_byline(parse):
    page = parse("""
栖霞作为烟台苹果的主产区,已有100多年的种植历史,是闻名海内外的“中国苹果之都”。栖霞苹果由谁第一个引进?

新区老干部情况通报会召开

□记者 仪博文 报道

本报7月25日讯 今天上午,新区老干部情况通报会召开,通报上半年全区经济社会发展情况。

栖霞苹果史话

张荣起
""")
    apples = next(i for i in page.items if i.title == "栖霞苹果史话")
    assert names(apples) == ["张荣起"]
    assert apples.paragraphs[0].startswith("栖霞作为烟台苹果")


@pytest.mark.parametrize(
    "credit, people",
    [
        ("□石榴云/新疆日报记者蔡增乐摄", ["蔡增乐"]),  # the paper's app before the paper
        ("齐鲁晚报·齐鲁壹点记者 蔚晓贤 摄影报道", ["蔚晓贤"]),  # paper·app, then its reporter
        ("(央广网发 程海舟 摄)", ["程海舟"]),  # the outlet that sent the picture
        ("本报通讯员覃庆和摄", ["覃庆和"]),  # a name may end in 和 when a role vouches for it
        ("张三/李四 摄", ["张三", "李四"]),
    ],
)
def test_outlets_in_credit_lines_are_no_people(credit, people):
    assert [c.name for c in bylines.parse_credit_line(credit)] == people


def test_a_closing_byline_broken_over_two_lines_names_everyone_once(parse):
    page = parse("""
台湾记者到访江门市

中国台湾网12月21日江门消息

12月14日,台湾真晨报驻广东记者站主任一行4人到

访江门市,宣传江台两地的经济和文化交流。(中国台湾网江门

市台办通讯员 谭桂平 李燕玲)

记者手记:记录前海 见证奇迹

深圳特区报2018年11月26

日讯 2014年3月5日,深圳特区报与前海管理局合作,推

出“前海特报”专栏。
""")
    first, second = page.items
    assert names(first) == ["谭桂平", "李燕玲"]
    assert first.paragraphs[-1].endswith("文化交流。")
    assert second.title == "记者手记:记录前海 见证奇迹"
    assert second.dateline == "深圳特区报2018年11月26日讯"
    assert second.paragraphs[0].startswith("2014年3月5日")
    assert names(second) == []


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


def test_a_bracketed_role_naming_no_one_closes_the_article(parse):
    page = parse("""
路边垃圾成堆 沟渠臭味难闻

本报讯 昨日下午,市创建办组织媒体对

镇环境卫生状况进行暗访。

(本报记者)


家园问题回头看

高新区滹沱村:清运垃圾 完善设施

家园位置 高新区孙旗屯乡滹沱

村

问题回放 3月21日,本报报道了该

村没有垃圾池,道路垃圾无人清理。

见习记者 连漪 文/图
""")
    first, second = page.items
    assert first.title == "路边垃圾成堆 沟渠臭味难闻"
    assert "高新区滹沱村:清运垃圾 完善设施" in (second.kicker + second.title + second.subtitle)
    assert names(second) == ["连漪"]


JINGXI = """
山水边城 锦绣靖西
——记“记者走基层,聚焦中国绣球之乡 靖西”采访活动

记者 黄蕊

11月4日,“记者走基层,聚焦中国绣球之乡——靖西”采访活动在靖西市绣球广场举行,来自国内数十家主流媒体的摄影记者相聚这座锦绣边城,聚焦靖西发展成就。

靖西地处广西西南边陲,绣球、壮锦、山歌等文化遗产展示着靖西边城古朴的壮乡风情。

马年春节,柳城县城乡洋溢着一派欢乐祥和的气氛,富足的柳城人过的是新潮与时尚的春节,处处都能感受到人们享受亲人团圆的欢乐。

从大年初一至初七,由柳城县委宣传部承办的各类文体活动吸引了广大群众参与。
"""


@pytest.mark.parametrize("foot", ["日报通讯员邓克轶摄影报道", "通讯员 邓克轶"])
def test_a_text_signed_at_its_foot_by_another_is_cut_from_the_article_signed_above(parse, foot):
    page = parse(JINGXI + "\n" + foot + "\n")
    jingxi, liucheng = page.items
    assert names(jingxi) == ["黄蕊"]
    assert jingxi.paragraphs[-1].startswith("靖西地处广西西南边陲")
    assert names(liucheng) == ["邓克轶"]
    assert liucheng.title == ""
    assert liucheng.paragraphs[0].startswith("马年春节")


def test_the_same_reporter_at_the_foot_cuts_nothing(parse):
    (item,) = parse(JINGXI + "\n(记者 黄蕊)\n").items
    assert names(item) == ["黄蕊"]
    assert len(item.paragraphs) == 4


SPRING = """
春耕备耕有序推进

各地农技人员深入田间地头，指导农民科学施肥、合理用药，确保春耕生产顺利进行。

据了解，今年全省春播粮食面积预计稳中有增，农资供应充足

城区道路改造完工

本报讯 昨日，城区主干道改造工程全面完工，市民出行更加便利。
"""


def test_an_article_ending_mid_sentence_keeps_its_last_line_from_the_next_title(parse):
    first, second = parse(SPRING).items
    assert first.paragraphs[-1] == "据了解，今年全省春播粮食面积预计稳中有增，农资供应充足"
    assert (second.title, second.dateline) == ("城区道路改造完工", "本报讯")


def test_a_wire_storys_lead_printed_at_the_foot_of_the_page_goes_back_to_its_title(parse):
    lead = "新华社长沙3月5日电（记者 张三）当前正值春耕备耕关键时期，湖南各地春耕生产有序推进。"
    first, second = parse(SPRING + "\n" + lead + "\n").items
    assert first.title == "春耕备耕有序推进"
    assert first.dateline == "新华社长沙3月5日电"
    assert first.paragraphs[0].startswith("当前正值春耕备耕关键时期")
    assert names(first) == ["张三"]
    assert second.title == "城区道路改造完工"


def test_a_local_brief_at_the_foot_of_the_page_stays_its_own(parse):
    brief = "本报讯 当前正值春耕备耕关键时期，全市春耕生产有序推进。"
    items = parse(SPRING + "\n" + brief + "\n").items
    assert len(items) == 3
    assert items[-1].dateline == "本报讯" and items[-1].title == ""


@pytest.mark.parametrize(
    "caption, text, people",
    [
        (
            "吉林市雾淞岛，游客坐着爬犁观赏美景 吉友 韩先波 摄",
            "吉林市雾淞岛，游客坐着爬犁观赏美景",
            ["韩先波"],
        ),
        ("市民在公园里赏花 张三 李四 王五 摄", "市民在公园里赏花", ["张三", "李四", "王五"]),
        ("春天来了 大家 出门 摄", "春天来了 大家 出门 摄", []),
    ],
)
def test_a_credit_set_off_from_its_caption_by_a_space_only(caption, text, people):
    found, credits = bylines.split_inline_credit(caption)
    assert (found, [c.name for c in credits]) == (text, people)


def test_a_byline_broken_after_its_role_word_names_everyone_once(parse):
    page = parse("""
新建公园开放

本报记者 张三 李四 通讯员

王五 赵六

今天上午，新建的滨河公园正式向市民开放，

市民纷纷前来游玩。
""")
    (item,) = page.items
    assert [(c.name, c.role) for c in item.credits] == [
        ("张三", "记者"),
        ("李四", "记者"),
        ("王五", "通讯员"),
        ("赵六", "通讯员"),
    ]
    assert item.paragraphs == ["今天上午，新建的滨河公园正式向市民开放，市民纷纷前来游玩。"]


def test_a_closing_byline_broken_between_two_names(parse):
    page = parse("""
菜价平稳

本报讯 记者从市场了解到，近期蔬菜价格总体平稳，

市民菜篮子稳稳当当。（记者 李婷

周小莉）

新建公园开放

本报讯 今天上午，新建的滨河公园正式开放。
""")
    first, second = page.items
    assert names(first) == ["李婷", "周小莉"]
    assert first.paragraphs == ["记者从市场了解到，近期蔬菜价格总体平稳，市民菜篮子稳稳当当。"]
    assert names(second) == []
