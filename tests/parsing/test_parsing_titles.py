"""Kicker, title and subtitle as a reader expects them."""


def test_a_section_label_above_a_kicker_is_left_out_with_a_warning(parse):
    page = parse("""
## 来自抗击疫情一线的报道

### 离石区莲花街道办事处

## 无偿捐献暖人心 众志成城战疫情

本报讯 面对疫情,同舟共济、共渡难关。
""")
    (item,) = page.items
    assert (item.kicker, item.title) == ("离石区莲花街道办事处", "无偿捐献暖人心 众志成城战疫情")
    assert "section label left out: 来自抗击疫情一线的报道" in page.warnings


def test_a_level_two_label_directly_above_a_level_two_title_is_a_section_label(parse):
    page = parse("""
## 要闻

## 徐州鼓楼区老旧小区改造完工

本报讯(记者 孙丽)徐州市鼓楼区三十六个老旧小区改造项目日前全部完工。
""")
    (item,) = page.items
    assert (item.kicker, item.title) == ("", "徐州鼓楼区老旧小区改造完工")
    assert any("要闻" in w for w in page.warnings)


def test_a_level_one_banner_is_a_section_label_not_an_article(parse):
    page = parse("""
# 众志成城 防控疫情

## 离石区滨河街道 多举措助力疫情防控

本报讯 自防控工作开展以来,离石区滨河街道始终早动员早部署。
""")
    assert [i.title for i in page.items] == ["离石区滨河街道 多举措助力疫情防控"]
    assert "section label left out: 众志成城 防控疫情" in page.warnings


def test_a_stray_section_label_at_the_foot_of_the_page_is_a_warning_not_an_article(parse):
    page = parse("""
## 吴城镇:严格网格化管理

本报讯 吴城镇充分利用“网格化排查”的模式构筑起了严密的疫情防控网,上下齐力,层层紧扣,责任到人。

据了解,该镇制定的新型冠状病毒肺炎防控网格责任图包括87个大网格,296个小网格。

吴城镇武装部部长刘志宇:“我作为网格长,必须带头干工作,从大年初二开始一直在乡镇驻守。(王燕华)



小区院落群防群控
""")
    assert len(page.items) == 1
    assert any("小区院落群防群控" in w for w in page.warnings)


def test_a_stray_label_after_a_sign_off_is_not_glued_to_the_date(parse):
    page = parse("""
## 淮安清江浦区开展冬季送温暖活动

志愿者还为独居老人检查了家中的水电气设施。

江苏省民政厅
2021年12月6日



小区院落群防群控
""")
    (item,) = page.items
    assert item.paragraphs[-1] == "2021年12月6日"
    assert any("小区院落群防群控" in w for w in page.warnings)


def test_a_closing_byline_after_a_quote_ends_the_article(parse):
    page = parse("""
## 吴城镇:严格网格化管理

本报讯 吴城镇充分利用“网格化排查”的模式构筑起了严密的疫情防控网,上下齐力,层层紧扣。

据了解,该镇制定的新型冠状病毒肺炎防控网格责任图包括87个大网格,296个小网格。

吴城镇武装部部长刘志宇:“我作为网格长,必须带头干工作,从大年初二开始一直在乡镇驻守。”(王燕华)



小区院落群防群控
""")
    (item,) = page.items
    assert item.paragraphs[-1].endswith("一直在乡镇驻守。”")
    assert [(c.name, c.role) for c in item.credits] == [("王燕华", "作者")]


def test_the_page_editors_credit_line_is_left_out_of_every_article(parse):
    page = parse("""
## 南岗区启动冬季供暖

本报讯（记者 张三）南岗区今日起全面供暖。

责任编辑：李四 美编：王五

## 道里区开展消防检查

本报讯（记者 赵六）道里区开展冬季消防检查。
""")
    assert [i.paragraphs for i in page.items] == [
        ["南岗区今日起全面供暖。"],
        ["道里区开展冬季消防检查。"],
    ]
    assert any("责任编辑：李四" in w for w in page.warnings)


def test_a_label_at_the_foot_above_the_editors_credit_is_not_the_last_articles_text(parse):
    page = parse("""
遇龙河畔的民宿主人

□本报记者 黎明辉

陈思雨说，她正计划和村民合作开发一条徒步研学线路。

乡村民宿

责任编辑：蒙小雅
""")
    (item,) = page.items
    assert item.paragraphs == ["陈思雨说，她正计划和村民合作开发一条徒步研学线路。"]
    assert any("乡村民宿" in w for w in page.warnings)


def test_a_heading_under_a_photo_credit_starts_a_new_article(parse):
    page = parse("""
信阳新县

红色研学带火小山村

本报讯(记者 王慧敏)全乡接待游客60余万人次。



11月19日,在焦作市温县,农民在田间查看小麦出苗情况。

本报通讯员 徐宏伟 摄

南阳月季花开进万家

为美化城市环境,南阳市今年在城区新栽植月季15万株。
""")
    assert [(i.kind, i.title) for i in page.items] == [
        ("article", "红色研学带火小山村"),
        ("photo", ""),
        ("article", "南阳月季花开进万家"),
    ]
    assert page.items[2].paragraphs == ["为美化城市环境,南阳市今年在城区新栽植月季15万株。"]
