"""Forms seen on real pages that invented pages missed: outlet datelines and credits, titles
with punctuation over a dateline, slash-separated photo credits."""


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
