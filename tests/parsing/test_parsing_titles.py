"""Kicker, title and subtitle as a reader expects them."""


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
