"""A column's name in lenticular brackets before a headline, as web copy sets its titles."""

from archive.parsing.lines import column_tag_title


def test_a_bracketed_column_name_opens_a_title_after_finished_text(parse):
    page = parse("""
竹林里的好日子

青山村的竹林连片成海，村民们在林下种菇养鸡，日子越过越红火。


【乡村行·看振兴】青山村：竹林生金 村民笑开颜!林下经济带动百户增收

走进青山村，满眼翠绿，竹林深处传来村民们的说笑声。
""")
    first, second = page.items
    assert second.kicker == "乡村行·看振兴"
    assert second.title == "青山村：竹林生金 村民笑开颜!林下经济带动百户增收"
    assert first.paragraphs == ["青山村的竹林连片成海，村民们在林下种菇养鸡，日子越过越红火。"]


def test_a_paragraph_opening_on_a_tag_is_no_title():
    assert column_tag_title("【链接】近年来，全县新建文化礼堂42座。") == ("", "")
    assert column_tag_title("【责任编辑：王翔】") == ("", "")
    assert column_tag_title("【特别报道】 探访江南水乡") == ("特别报道", "探访江南水乡")


def test_a_column_tagged_title_set_apart_opens_a_piece_after_unfinished_text(parse):
    page = parse("""
金秋新梅采收忙

8月18日，草湖镇职工在整理包装好的新梅，

新梅将销往广东、上海等地 李乾红摄


【特别报道】 探访南疆村庄

从南疆最大的城市喀什出发，向

南经过疏附县、阿克陶县、英吉

沙县，再向东南就到了和田地区。
""")
    assert page.items[-1].kicker == "特别报道"
    assert page.items[-1].title == "探访南疆村庄"
    assert page.items[-1].paragraphs[0].startswith("从南疆最大的城市")
