"""Forms seen on real pages that invented pages missed: outlet datelines and credits, titles
with punctuation over a dateline, slash-separated photo credits."""

import pytest

from archive.parsing import bylines


@pytest.mark.parametrize(
    "lead, dateline",
    [
        ("本报舟山8月26日电 昨天，舟山市举行渔业安全培训。", "本报舟山8月26日电"),
        ("晨报讯 昨日，市区气温创新高。", "晨报讯"),
        ("云南网讯（记者 李明）近日，昆明市开展夜市整治。", "云南网讯"),
        ("人民网北京3月5日电 会议在京开幕。", "人民网北京3月5日电"),
        ("新华社乌鲁木齐11月2日电（记者 张三）新疆今年棉花丰收。", "新华社乌鲁木齐11月2日电"),
        ("江西景德镇8月27日讯（记者 熊希伦）采访团走进景德镇。", "江西景德镇8月27日讯"),
        ("红网23日阿拉山口讯（记者 隆国东）甘家湖水草丰美。", "红网23日阿拉山口讯"),
        ("中新网新疆精河9月13日电 精河县棉花丰收。", "中新网新疆精河9月13日电"),
        ("中国台湾网12月21日江门消息", "中国台湾网12月21日江门消息"),
    ],
)
def test_an_outlets_dateline_opens_the_lead_and_leaves_the_text(lead, dateline):
    found, _, rest = bylines.split_dateline(lead)
    assert found == dateline
    assert not rest.startswith(("电", "讯"))


@pytest.mark.parametrize(
    "text",
    [
        "据报道，市区气温创新高。",
        "记者3月5日电话采访了他。",
        "今年8月5日电力公司完成抢修。",
        "人民日报12日消息称，会议召开。",
    ],
)
def test_a_sentence_naming_a_paper_or_a_day_is_no_dateline(text):
    assert bylines.split_dateline(text) is None


def test_a_dateline_on_a_line_of_its_own_over_the_byline_opens_one_article(parse):
    page = parse("""
## 江西寻乌:幸福的颜色是“橙黄桔绿”

新华社南昌8月30日电

新华社记者赖星、李宗胤

车至赣南寻乌县,放眼望去,高速公路两侧郁郁葱葱的果林不见尽头。
""")
    (item,) = page.items
    assert item.dateline == "新华社南昌8月30日电"
    assert [c.name for c in item.credits] == ["赖星", "李宗胤"]
    assert item.paragraphs[0].startswith("车至赣南寻乌县")


def test_a_wire_title_under_the_dateline_keeps_the_byline_over_its_text(parse):
    page = parse("""
中新网5月3日电

题:一位旅居海外多年的华文记者眼中的江南小城:老街新桥、一碗面里的烟火人间和那些从未改变的乡音乡情与温暖人心的故事

作者 林望(温哥华)

去年春天,笔者随采访团第一次来到这座小城。

小城的清晨总是从一碗面开始。
""")
    (item,) = [i for i in page.items if "小城的清晨总是从一碗面开始。" in i.paragraphs]
    assert [c.name for c in item.credits] == ["林望"]
    assert item.paragraphs[-2] == "去年春天,笔者随采访团第一次来到这座小城。"


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


def test_a_dateline_on_its_own_line_is_no_title(parse):
    page = parse("""
## 渔港迎来开渔季

本报舟山8月26日电

昨天，渔船陆续出港，渔港一片繁忙。
""")
    (item,) = page.items
    assert item.title == "渔港迎来开渔季"
    assert item.dateline == "本报舟山8月26日电"
    assert item.paragraphs[0].startswith("昨天")


def test_a_section_label_beside_the_running_head_is_no_title(parse):
    page = parse("""
湖南新闻

2025年1月22日 星期三 第4版

怀化表彰抗洪救灾先进集体

本报记者 肖军

今天上午，怀化市召开防汛抗洪救灾会议。
""")
    (item,) = page.items
    assert item.title == "怀化表彰抗洪救灾先进集体"
    assert [c.name for c in item.credits] == ["肖军"]


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


def test_a_source_line_under_a_reprint_closes_it_and_is_no_title(parse):
    page = parse("""
重庆市开州区正式挂牌运行

7月22日,撤县建区的开州区正式挂牌运行。

据重庆日报

四川三农新闻网宜宾讯(通讯员 邱雨珊 陈兴琼)5月17日,高县卫生健康局走访慰问百岁老人。
""")
    first, second = page.items
    assert first.paragraphs == ["7月22日,撤县建区的开州区正式挂牌运行。", "据重庆日报"]
    assert (second.title, second.dateline) == ("", "四川三农新闻网宜宾讯")
    assert [c.name for c in second.credits] == ["邱雨珊", "陈兴琼"]


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


def test_a_source_line_naming_the_reporter_credits_the_article(parse):
    page = parse("""
## 丰台集中连片管控区解封

今天早上,丰台区多个小区恢复正常出入。

来源:北京日报客户端 | 记者 孙延安
""")
    (item,) = page.items
    assert [c.name for c in item.credits] == ["孙延安"]


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


def test_an_outlet_and_place_over_the_reporters_bracket_is_a_dateline():
    dateline, credits, rest = bylines.split_dateline("央广网南阳(记者彭华)近日,南阳市开展整治。")
    assert (dateline, [c.name for c in credits], rest) == (
        "央广网南阳",
        ["彭华"],
        "近日,南阳市开展整治。",
    )


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


def test_a_dateline_set_on_its_own_line_over_the_lead_is_kept_apart_from_it(parse):
    page = parse("""
台湾记者到访江门市

中国台湾网12月21日江门消息

12月14日，台湾记者一行4人到访江门市，与当地台办人员进行了

亲切交流。
""")
    (item,) = page.items
    assert item.dateline == "中国台湾网12月21日江门消息"
    assert item.paragraphs == [
        "12月14日，台湾记者一行4人到访江门市，与当地台办人员进行了亲切交流。"
    ]


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


def test_a_day_and_place_stamp_under_a_title_opens_an_article_and_is_its_dateline(parse):
    page = parse("""
广袤山海间，更多浙江“土特产”

仍在蓄势待发。

村里发工资了

9月13日黄岩上郑乡小英山村

在黄岩区上郑乡小英山村的黄岩

溪合作社，出纳一个个报着名字。

山村也有宝

记者 徐贤飞 蒋蕴

9月13日婺城竹马乡下张家村

下张家村，号称“中国茶花第一

村”。下午2点，我们走进花农

吴芳云的茶花园。
""")
    first, second, third = page.items
    assert first.paragraphs == ["广袤山海间，更多浙江“土特产”仍在蓄势待发。"]
    assert (second.title, second.dateline) == ("村里发工资了", "9月13日黄岩上郑乡小英山村")
    assert second.paragraphs == ["在黄岩区上郑乡小英山村的黄岩溪合作社，出纳一个个报着名字。"]
    assert (third.title, third.dateline) == ("山村也有宝", "9月13日婺城竹马乡下张家村")
    assert third.paragraphs[0].startswith("下张家村，号称")


def test_a_full_column_line_that_starts_with_a_day_and_ends_with_a_place_carries_on(parse):
    page = parse("""
秋收时节

记者 徐贤飞

丰收节那天，记者跟着省里的采访

团走进茶花产区，一路上都是花农

，9月13日到了下张家村和竹马乡

看到花农们正忙着采摘新鲜的茶

花，笑声一片。
""")
    (item,) = page.items
    assert item.dateline == ""
    assert item.paragraphs == [
        "丰收节那天，记者跟着省里的采访团走进茶花产区，一路上都是花农，"
        "9月13日到了下张家村和竹马乡看到花农们正忙着采摘新鲜的茶花，笑声一片。"
    ]


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
