"""Where an item ends: an editor's credit under its text, a picture a web page kept as "[图]"."""


def test_text_under_an_editors_credit_is_the_next_item(parse):
    page = parse("""
老街换新颜

本报讯 近日，城关镇老街改造完工，青石板路和骑楼重新亮相。

改造期间，施工队保留了老街原有的二十多处门楼。

编辑：王小红

秋收时节，北坡村的三百亩谷子进入收割期，村民们在田间忙着收割、晾晒。

合作社负责人说，今年的谷子亩产比去年高出一成。
""")
    assert [item.paragraphs[0][:4] for item in page.items] == ["近日，城", "秋收时节"]
    assert page.items[0].paragraphs[-1].startswith("改造期间")


def test_a_paragraph_does_not_run_on_past_an_editors_credit(parse):
    page = parse("""
村里来了新书记

本报讯 去年春天，刚从部队转业的刘明来到西岭村当第一书记，一年来他跑遍了全村的

责任编辑：孙梅

东岭村的村民今年在荒坡上种下了五百亩核桃树。
""")
    paragraphs = [p for item in page.items for p in item.paragraphs]
    assert paragraphs[-1] == "东岭村的村民今年在荒坡上种下了五百亩核桃树。"


def test_a_picture_kept_as_a_word_is_a_pictures_gap_not_a_title(parse):
    page = parse("""
古镇迎来赏花季

本报讯 三月以来，古镇周边的万亩油菜花竞相开放，吸引了大批游客前来观赏。

[图]

游客在油菜花田中拍照留念。

当地还推出了乡村研学和农事体验等活动，游客可以亲手种下一棵树。
""")
    assert all(item.title != "[图]" for item in page.items)
    assert all("[图]" not in p for item in page.items for p in item.paragraphs)
