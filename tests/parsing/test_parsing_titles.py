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
