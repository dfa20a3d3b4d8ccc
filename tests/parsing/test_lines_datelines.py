"""Which lines are an article's dateline and open its lead, and which only look like one."""

import pytest

from archive.parsing import bylines
from tests.parsing.helpers import names


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


def test_an_outlet_and_place_over_the_reporters_bracket_is_a_dateline():
    dateline, credits, rest = bylines.split_dateline("央广网南阳(记者彭华)近日,南阳市开展整治。")
    assert (dateline, [c.name for c in credits], rest) == (
        "央广网南阳",
        ["彭华"],
        "近日,南阳市开展整治。",
    )


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


def test_a_day_and_place_stamp_under_a_column_wide_byline_is_the_dateline(parse):
    page = parse("""
抢订技术工

记者 金毅 报道组 周武军 陈云松

9月13日宁海长街镇

长街镇成人学校校长李卫国乐呵

呵地告诉我们说,刚毕业的雕刻

工已全部找到工作。
""")
    (item,) = page.items
    assert item.dateline == "9月13日宁海长街镇"
    assert item.paragraphs[0].startswith("长街镇成人学校")
    assert names(item) == ["金毅", "周武军", "陈云松"]


def test_a_dateline_with_names_broken_over_lines_and_a_colon_after_the_bracket(parse):
    page = parse("""
## 吉林延边:奏响乡村振兴新乐章

央视网消息(记者 王静远

隋佳桐 邢明):初秋的延边,草木葱茏,天高云淡。
""")
    (item,) = page.items
    assert item.dateline == "央视网消息"
    assert names(item) == ["王静远", "隋佳桐", "邢明"]
    assert item.paragraphs[0].startswith("初秋的延边")


def test_a_paper_named_in_book_title_marks_is_a_dateline(parse):
    page = parse("""
## 广西两项目入选

据《广西日报》消息(记者郭亚琼 通讯员黄诗谊)近日,住房城乡建设部公布典型案例。
""")
    (item,) = page.items
    assert item.dateline == "据《广西日报》消息"
    assert [(c.name, c.role) for c in item.credits] == [("郭亚琼", "记者"), ("黄诗谊", "通讯员")]
    assert item.paragraphs[0].startswith("近日")


def test_a_lead_opening_on_its_reporters_bracket_starts_an_article(parse):
    page = parse("""
何启全是乐山市金口河兴农农业开发有限公司负责人，带着公司团队在山坡上种了3500亩蓝莓。

下午4时，山中已升起薄雾，20多名工人忙着采摘蓝莓。

（余静 记者 常坚）6月3日，端午节，前往眉山市洪雅县七里坪国际旅游度假区游玩的游客很多。
""")
    assert len(page.items) == 2
    assert [c.name for c in page.items[1].credits] == ["余静", "常坚"]


def test_a_dateline_alone_on_its_line_runs_on_into_the_bracket_under_it(parse):
    page = parse("""
百色：市长轻车简从下基层

广西日报百色1月23日讯
（记者曾铁强）1月21日，百色市市长带领有关部门负责人深入基层慰问困难群众。
""")
    assert len(page.items) == 1
    assert [c.name for c in page.items[0].credits] == ["曾铁强"]


def test_a_wire_title_after_the_dateline_on_its_line_titles_the_story_signed_under_it(parse):
    page = parse("""
中新网赤峰6月28日电 题:不加“科技与狠活” 这座内蒙古“小庙”靠中药材致富

作者 杨程晨 景诗雁 张杨彬

“合作社今天要给桔梗去皮,大家有空的,都可以来。”只需在微信群里吆喝一句,合作社的院子就满满当当。

这是位于内蒙古自治区赤峰市松山区大庙镇小庙子村的赤峰宏都种植专业合作社。
""")
    (item,) = page.items
    assert item.title == "不加“科技与狠活” 这座内蒙古“小庙”靠中药材致富"
    assert [c.name for c in item.credits] == ["杨程晨", "景诗雁", "张杨彬"]
    assert item.paragraphs[0].startswith("“合作社今天要给桔梗去皮")
    assert len(item.paragraphs) == 2
