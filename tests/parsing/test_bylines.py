"""Bylines, datelines and photo credits give names only, each with a role (see byline_forms.py)."""

import pytest

from archive.parsing import bylines
from archive.parsing.bylines import (
    parse_bracketed_byline,
    parse_byline_line,
    parse_credit_line,
    split_dateline,
    split_inline_credit,
    split_trailing_byline,
)
from tests.parsing.helpers import names


def pairs(credits):
    return None if credits is None else [(c.name, c.role) for c in credits]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("通讯员 王小明", [("王小明", "通讯员")]),
        ("见习记者 刘洋", [("刘洋", "见习记者")]),
        ("特约记者 欧阳明", [("欧阳明", "特约记者")]),
        ("江城云-江城日报记者 王小明 李红", [("王小明", "记者"), ("李红", "记者")]),
    ],
)
def test_a_byline_line_gives_names_with_their_roles(line, expected):
    assert pairs(parse_byline_line(line)) == expected


def test_a_place_name_after_a_role_word_is_not_a_person():
    assert parse_byline_line("本报记者 鼓楼区") is None


@pytest.mark.parametrize(
    ("paragraph", "dateline", "expected"),
    [
        ("本报讯(解洪旺 记者文天心)七台河市", "本报讯", [("解洪旺", "通讯员"), ("文天心", "记者")]),
        ("本报11日讯（记者 黄春英）省气象台", "本报11日讯", [("黄春英", "记者")]),
        (
            "新华社杭州3月5日电（记者 张三、李四）浙江省",
            "新华社杭州3月5日电",
            [("张三", "新华社记者"), ("李四", "新华社记者")],
        ),
        (
            "本报讯（记者 赵青 实习记者 李林\n晅）近日",
            "本报讯",
            [("赵青", "记者"), ("李林晅", "实习记者")],
        ),
    ],
)
def test_a_dateline_gives_its_names_and_leaves_the_text(paragraph, dateline, expected):
    found, credits, rest = split_dateline(paragraph)
    assert (found, pairs(credits)) == (dateline, expected)
    assert "）" not in rest and ")" not in rest


@pytest.mark.parametrize(
    "paragraph",
    [
        "记者 张明 从县住建局获悉，县城新建三座公园。",
        "记者 王刚 说，县城新建三座公园。",
        "本报记者 近日，县城新建三座公园。",
        "记者 张明 摄",
    ],
)
def test_a_lead_whose_sentence_runs_on_from_the_reporter_keeps_its_words(paragraph):
    assert split_dateline(paragraph) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "记者从县住建局获悉，县城新建三座公园。",
        "记者近日在当地采访时了解到，县城新建三座公园。",
        "记者曾多次在县城看到，公园里游客很多。",
        "记者张明说，县城新建三座公园。",
        "市民张明从县住建局获悉，县城新建三座公园。",
        "（综合报道）眼下，县城新建三座公园。",
        "(新华社报道)眼下，县城新建三座公园。",
    ],
)
def test_a_lead_naming_no_reporter_as_its_subject_credits_no_one(paragraph):
    assert not (split_dateline(paragraph) or ("", [], ""))[1]


def test_a_reporter_named_in_the_leads_first_clause_is_credited_and_stays_in_the_text():
    paragraph = "本报讯 12月3日，记者张明从县住建局获悉，县城新建三座公园。"
    dateline, credits, rest = split_dateline(paragraph)
    assert (dateline, pairs(credits)) == ("本报讯", [("张明", "记者")])
    assert rest == "12月3日，记者张明从县住建局获悉，县城新建三座公园。"


def test_a_lead_opening_on_its_reporters_gives_them_and_its_text(parse):
    (item,) = parse("""
县城新建三座公园迎客

本报记者 张明 通讯员 李华  近日，县城新建三座公园，市民纷纷前往游玩，公园里游客很多。

公园里游客很多，大家纷纷拍照留念。
""").items
    assert pairs(item.credits) == [("张明", "记者"), ("李华", "通讯员")]
    assert item.paragraphs[0].startswith("近日")


def test_a_dateline_bracket_that_is_not_a_byline_stays_in_the_text():
    assert split_dateline("本报讯（第二版）正文") == ("本报讯", [], "（第二版）正文")


def test_a_byline_broken_inside_a_dateline_is_one_name_on_the_page(real_page):
    first = real_page("000").items[6]
    assert ("李林晅", "实习记者") in pairs(first.credits)


def test_a_byline_line_broken_across_lines_is_one_name(parse):
    (item,) = parse("""
鼓楼区老旧小区加装电梯

本报记者 林小燕 实习记者 李林

晅

今年以来，福州市鼓楼区共为老旧小区加装电梯四十二部，惠及居民两千余户。
""").items
    assert pairs(item.credits) == [("林小燕", "记者"), ("李林晅", "实习记者")]
    assert item.paragraphs == [
        "今年以来，福州市鼓楼区共为老旧小区加装电梯四十二部，惠及居民两千余户。"
    ]


def test_a_closing_credit_wrapped_before_its_name_signs_the_text_above(parse):
    first, second = parse("""
街巷换新颜

入冬以来,城区开展道路清扫、

垃圾清运等整治工作,街巷面貌焕

然一新。

城市晚报融媒首席记者

林晓峰

### 便民服务进社区

近日,多个社区开展便民服务活动,为居民磨剪子、修家电。
""").items
    assert pairs(first.credits) == [("林晓峰", "首席记者")]
    assert "".join(first.paragraphs).endswith("焕然一新。")
    assert pairs(second.credits) == []
    assert second.paragraphs == ["近日,多个社区开展便民服务活动,为居民磨剪子、修家电。"]


def test_a_trailing_bracket_closing_an_article_names_its_authors():
    text, credits = split_trailing_byline("最终打赢这场疫情防控阻击战。(邵英明 岳海兴 记者朱彤)")
    assert text == "最终打赢这场疫情防控阻击战。"
    assert pairs(credits) == [("邵英明", "通讯员"), ("岳海兴", "通讯员"), ("朱彤", "记者")]


def test_a_lone_name_in_brackets_after_the_last_sentence_is_the_author():
    text, credits = split_trailing_byline("捐款9000余元。(王艳)")
    assert (text, pairs(credits)) == ("捐款9000余元。", [("王艳", "作者")])


@pytest.mark.parametrize(
    "paragraph",
    [
        "居民出行更方便了,获得感也得到了提升(记者 王志敏 田琳)",
        "活动持续到月底，市民可免费参观（本报记者 张明 通讯员 李华）",
    ],
)
def test_a_reporters_bracket_closes_a_last_sentence_that_lost_its_stop(paragraph):
    text, credits = split_trailing_byline(paragraph)
    assert credits and not text.endswith(("）", ")"))


@pytest.mark.parametrize("paragraph", ["央广网南阳(记者彭华)", "活动由县文联主办,县书协承办(王艳)"])
def test_a_bracket_after_a_dateline_or_an_unsigned_aside_closes_nothing(paragraph):
    assert split_trailing_byline(paragraph)[1] == []


@pytest.mark.parametrize("bracket", ["(农历正月十七)", "(左)", "(试行)", "（第二版）"])
def test_a_bracket_that_is_not_a_name_never_becomes_a_person(bracket):
    assert parse_bracketed_byline(bracket) is None
    assert split_trailing_byline(f"今天是2月10日。{bracket}")[1] == []
    assert split_trailing_byline(f"今天是2月10日{bracket}")[1] == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("本报记者 苏强摄", [("苏强", "摄影")]),
        ("摄影 张三", [("张三", "摄影")]),
    ],
)
def test_a_photo_credit_line_names_the_photographers(line, expected):
    assert pairs(parse_credit_line(line)) == expected


def test_a_caption_with_an_inline_credit_is_split():
    caption, credits = split_inline_credit("莲花池街道办事处疫情防控捐赠仪式现场。高淑芳 摄")
    assert caption == "莲花池街道办事处疫情防控捐赠仪式现场。"
    assert pairs(credits) == [("高淑芳", "摄影")]


def test_a_non_name_before_the_credit_word_is_not_a_photographer():
    assert parse_credit_line("社区居民 摄") is None


def test_no_page_credit_carries_role_words_or_punctuation(real_page):
    for prefix in ("000", "001", "002", "003", "004"):
        for item in real_page(prefix).items:
            for credit in item.credits:
                assert 2 <= len(credit.name) <= 4, credit
                assert not set(credit.name) & set("记者通讯员摄（）()、，□ "), credit
                assert credit.role


def test_a_bare_bracket_with_a_rare_word_is_not_a_byline():
    assert split_trailing_byline("工作顺利完成。(禚明)") == ("工作顺利完成。(禚明)", [])


def test_a_byline_set_solid_after_a_paragraphs_last_sentence_ends_that_paragraph(parse):
    item, *_ = parse("""
正宁县:外出者“归心”萌动

我的家乡在甘肃最东边——正宁县。这里是革命老区,陕甘宁边区的重要组成部分。记者程健

话说回来,虽然我每年返乡就一次,但并不属于“少小离家老大回”的那类人,但每次回来都找不到一些新冒出的陌生地点。
""").items
    assert pairs(item.credits) == [("程健", "记者")]
    assert item.paragraphs[0].endswith("重要组成部分。")


def test_a_closing_author_bracket_repeating_the_reporter_adds_no_second_person(parse):
    (item,) = parse("""
烟台苹果开启“云上”销售季

□ 本报记者 刘晓燕

眼下正是烟台苹果集中上市的季节。（刘晓燕）
""").items
    assert pairs(item.credits) == [("刘晓燕", "记者")]


def test_someone_named_with_an_honorific_is_mentioned_not_credited():
    assert parse_byline_line("记者 周强 线人 王先生") is None
    assert pairs(split_trailing_byline("现场秩序井然。(记者 周强 摄)")[1]) == [("周强", "摄影")]


def test_a_dateline_word_that_starts_the_lead_names_no_reporter():
    assert split_dateline("本报北京3月2日电 记者3日从有关部门获悉,")[1] == []


def test_a_guest_photographer_is_credited_by_name():
    credits = parse_credit_line("特约摄影 何建国 通讯员 徐丽娜 摄")
    assert [c.name for c in credits] == ["何建国", "徐丽娜"]


def test_a_commentator_byline_names_the_commentator_and_no_one_called_commentator():
    assert [(c.name, c.role) for c in parse_byline_line("□评论员 罗文")] == [("罗文", "评论员")]
    assert [c.name for c in parse_byline_line("本报评论员 高明")] == ["高明"]


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


@pytest.mark.parametrize("line", ["通讯员 熊波 摄/视觉重庆", "熊波 摄／视觉中国"])
def test_the_agency_after_a_photo_credit_is_no_one(line):
    assert [c.name for c in bylines.parse_credit_line(line)] == ["熊波"]


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


def test_names_set_apart_by_a_wide_space_after_the_last_sentence_end_that_paragraph(parse):
    """However the line runs on (one line a paragraph, no blank line to tell), names set two
    spaces after the last sentence close its paragraph, so they are read, not run on."""
    items = parse("""
■简讯

县法院家事法庭获评先进集体

近日,县法院家事法庭被评为先进集体。法庭去年受理家事案件314件,全部结案。  王文军 李景岭

东城社区:重阳节情暖老人心

10月26日上午,东城社区组织志愿者为辖区老人包饺子、理发,陪老人聊天,社区里一片欢声笑语。
""").items
    assert pairs(items[0].credits) == [("王文军", "作者"), ("李景岭", "作者")]
    assert not any("王文军" in p for item in items for p in item.paragraphs)


def test_four_characters_split_into_two_names_only_in_a_credit_set_solid_throughout():
    assert pairs(split_dateline("本报讯(记者欧阳晓明)昨天,")[1]) == [("欧阳晓明", "记者")]
    spaced = split_dateline("本报讯(通讯员 周菲林波 记者 姜涛)昨天,")[1]
    assert pairs(spaced) == [("周菲林波", "通讯员"), ("姜涛", "记者")]


def test_four_characters_solid_under_one_role_split_when_both_open_on_the_commonest_surnames():
    assert pairs(parse_credit_line("实习记者李华张明摄影报道")) == [
        ("李华", "摄影"),
        ("张明", "摄影"),
    ]
    assert pairs(split_dateline("本报讯(记者王芳陈静)昨天,")[1]) == [
        ("王芳", "记者"),
        ("陈静", "记者"),
    ]


def test_four_characters_under_a_single_role_stay_one_name():
    assert pairs(split_dateline("本报讯(记者那仁高娃)昨天,")[1]) == [("那仁高娃", "记者")]


def test_a_quoted_weekly_a_space_before_the_role_and_where_it_filed_from_after_a_bar(parse):
    assert pairs(parse_byline_line("《中国经济周刊》 记者 王明 | 新疆和田报道")) == [
        ("王明", "记者")
    ]
    page = parse("""
【特别报道】 探访南疆村庄:美丽、富足、人人安居乐业

《中国经济周刊》 记者 王明 | 新疆和田报道

从新疆南部的最大城市喀什出发,向

南经过疏附县、阿克陶县、英吉沙县

,就到了和田地区。
""")
    (item,) = page.items
    assert item.title.endswith("探访南疆村庄:美丽、富足、人人安居乐业")
    assert names(item) == ["王明"]
