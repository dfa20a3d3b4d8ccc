"""The five real OCR pages and two invented ones, cut as a reader would cut them."""

import pytest


@pytest.mark.parametrize(
    ("prefix", "count"), [("000", 8), ("001", 10), ("002", 2), ("003", 8), ("004", 6)]
)
def test_each_real_page_is_cut_into_the_right_number_of_items(real_page, prefix, count):
    assert len(real_page(prefix).items) == count


def titles(page):
    return [i.title for i in page.items]


def credits(item):
    return [(c.name, c.role) for c in item.credits]


def test_page_000_titles(real_page):
    page = real_page("000")
    assert titles(page) == [
        "汇聚精神力量 奏响防疫“最强音”",
        "打点抓面稳防线凝心聚力克时艰",
        "邛崃向九寨沟县捐赠防疫物资 助力九寨打赢疫情防控阻击战",
        "金堂县“流动车站” 方便农民工返岗复工",
        "成都肖家河街道 启动流动诊疗点",
        "",
        "自贡出台指南 保障疫情防控期间 养老院老人身心健康",
        "成都启动 传统体育绿道健康行 线上活动",
    ]
    assert page.items[0].subtitle == "黑龙江哈尔滨南岗区勠力同心抗击疫情"
    assert page.items[1].subtitle == "江油市龙凤镇扎实构筑基层群防群治严密防线"


def test_page_000_bylines(real_page):
    items = real_page("000").items
    assert credits(items[0]) == [("赵青", "记者"), ("李林晅", "实习记者")]
    assert credits(items[1]) == [("张巧", "通讯员"), ("赵青", "记者")]
    assert credits(items[7]) == [("胡桂芳", "记者"), ("袁矛", "实习记者")]
    assert items[5].dateline == "本报讯" and credits(items[5]) == [("胡桂芳", "记者")]


def test_page_000_keeps_non_names_in_the_text(real_page):
    item = real_page("000").items[6]
    assert "（第二版）" in item.paragraphs[0] and "（试行）" in item.paragraphs[0]


def test_page_001_titles_and_kickers(real_page):
    items = real_page("001").items
    assert (items[0].kicker, items[0].title, items[0].subtitle) == (
        "让社区成为疫情防控的坚强堡垒",
        "哈尔滨市南岗区组建6747个社区网格长工作群",
        "线下发现线上报告 上下协同互联互通",
    )
    assert (items[3].kicker, items[3].title) == ("七台河东风社区", "张贴监督卡组建楼长群建立突击队")
    assert (items[8].title, items[8].subtitle) == ("我省大部有中到大雪", "降雪前后气温变化剧烈")
    assert [i.kind for i in items].count("photo") == 2


def test_page_001_bylines(real_page):
    items = real_page("001").items
    assert credits(items[0]) == [("邢汉夫", "记者")]
    assert credits(items[1]) == [("侯军", "通讯员"), ("刘艳", "记者")]
    assert credits(items[3]) == [("解洪旺", "通讯员"), ("文天心", "记者")]
    assert items[8].dateline == "本报11日讯"
    assert credits(items[8]) == [("袁长焕", "通讯员"), ("黄春英", "记者")]
    assert credits(items[9])[:3] == [("邵英明", "通讯员"), ("岳海兴", "通讯员"), ("朱彤", "记者")]
    assert credits(items[9])[-1] == ("刘大泳", "记者")


def test_page_001_correspondents_on_a_separate_byline_line_are_correspondents(real_page):
    item = real_page("001").items[7]
    assert credits(item) == [("刘慧锋", "通讯员"), ("闫捍江", "通讯员"), ("刘大泳", "记者")]


def test_page_002(real_page):
    page = real_page("002")
    first, second = page.items
    assert first.title == "“疫”线党旗红 合力筑防线"
    assert credits(first) == [("王兴国", "通讯员"), ("梁可心", "记者")]
    assert first.date == "--11-29"
    assert "11月29日下午,市委组织部紧急抽调" in first.paragraphs[4]
    assert second.title == "今冬最浪漫的事:媳妇陪我守卡点"
    assert credits(second) == [("黄晏君", "记者")]
    assert second.captions == ["孙思文的爱人吴文秀在卡点值守。", "哈尔滨日报社青年党员孙思文。"]
    assert any("“疫”线媒体人" in w for w in page.warnings)


def test_page_003(real_page):
    items = real_page("003").items
    assert titles(real_page("003")) == [
        "隔离点的暖心服务获师生点赞",
        "“罩”耀你我 同心抗疫",
        "为200多位老人上门采样",
        "“外来”抗疫志愿者 奔走在社区变身“扫码员”",
        "两小时内，136人集结到岗",
        "哈尔滨市11月6日0-24时疫情通报",
        "3000余册图书免费领 平房区为居民送去“精神大餐”",
        "独居老人收到御寒品",
    ]
    assert items[1].kicker == "当画笔和口罩相遇"
    assert items[6].kicker == "暖心速递"
    assert credits(items[3]) == [("代丽云", "通讯员"), ("梁可心", "记者")]
    assert credits(items[0]) == [("张焱", "记者")]


def test_page_004(real_page):
    page = real_page("004")
    items = page.items
    assert titles(page) == [
        "党旗引领下的一线奋战",
        "疫情当前 爱心奔涌",
        "离石区滨河街道 多举措助力疫情防控",
        "无偿捐献暖人心 众志成城战疫情",
        "女儿驰援武汉,母亲坚守村医岗位",
        "吴城镇:严格网格化管理 织密「网格防疫安全网」",
    ]
    assert credits(items[0]) == [("任建忠", "作者"), ("姜利文", "作者")]
    assert credits(items[2]) == [("王艳", "作者")]
    assert credits(items[5]) == [("王燕华", "作者")]
    assert ("张晋晋", "摄影") in credits(items[4])
    assert items[4].subtitle == "记离石区红眼川乡贾北里村医王俊秀"
    assert "(农历正月十七)" in items[4].paragraphs[0]
    assert "section label left out: 众志成城 防控疫情" in page.warnings


def full_cut(page):
    """What a reader sees of each item, paragraphs counted."""
    return [
        (i.kind, i.kicker, i.title, i.subtitle, i.dateline, credits(i), i.date, len(i.paragraphs))
        for i in page.items
    ]


def test_invented_fujian_narrow_page_full_cut(our_page):
    page = our_page("fujian_narrow")
    got = full_cut(page)
    assert got == [
        (
            "article",
            "",
            "福州鼓楼区推进 老旧小区加装电梯",
            "今年已完工四十二部",
            "",
            [("林晓燕", "记者"), ("陈思远", "实习记者")],
            "",
            3,
        ),
        (
            "article",
            "",
            "厦门湖里区 开展冬季消防安全大检查",
            "",
            "本报讯",
            [("黄志明", "记者"), ("蔡雅琴", "通讯员")],
            "--12-02",
            2,
        ),
        (
            "article",
            "",
            "泉州鲤城区 古城夜市重新开张",
            "",
            "本报讯",
            [("苏雅婷", "记者"), ("郑文华", "作者")],
            "--12-03",
            2,
        ),
    ]
    assert page.items[2].paragraphs[-1] == (
        "据了解，夜市实行统一管理，摊主须持健康证上岗，街道还在夜市入口设置了志愿服务点。"
    )
    assert page.warnings == []


def test_invented_jiangsu_markdown_page_full_cut(our_page):
    page = our_page("jiangsu_markdown")
    got = full_cut(page)
    assert got == [
        (
            "article",
            "",
            "南京鼓楼区：社区养老服务全覆盖",
            "全区建成嵌入式养老机构二十四家",
            "",
            [("周敏", "记者"), ("王建国", "通讯员")],
            "",
            3,
        ),
        (
            "article",
            "民生速递",
            "徐州鼓楼区老旧小区改造完工",
            "",
            "本报讯",
            [("刘晨", "通讯员"), ("孙丽", "记者"), ("孙丽", "摄影")],
            "",
            2,
        ),
        (
            "article",
            "",
            "前三季度江苏经济稳中有进",
            "",
            "新华社南京12月5日电",
            [("钱飞", "新华社记者"), ("陈玲", "新华社记者")],
            "--12-05",  # the dateline's month-day
            2,
        ),
        (
            "article",
            "",
            "淮安清江浦区开展冬季送温暖活动",
            "",
            "",
            [("欧阳明", "特约记者")],
            "2021-12-06",
            4,
        ),
    ]
    assert page.items[1].captions == ["丰储街道改造后的小区焕然一新。"]
    assert page.warnings == ["section label left out: 江苏新闻"]
