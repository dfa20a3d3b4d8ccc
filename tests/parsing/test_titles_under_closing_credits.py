"""A photo report closes on its credit ("记者 X 摄影报道"), as a text closes on its byline: a
short phrase under it, a comma at most, over text, titles the next article."""


def test_a_short_phrase_under_a_closing_photo_credit_titles_the_next_article(parse):
    page = parse("""
南湖葡萄熟了

昨日，南湖镇的果农在葡萄园里采摘新熟的葡萄，准备运往城区的超市。

本届葡萄节首次推出网络下单方式，市民可到园中采摘，也可在网上下单。
东山日报记者 王明 摄影报道


古村换新颜,老屋迎来新客人
沿着蜿蜒的山路走进西岭村，
一座座修缮一新的老宅映入眼帘，
不少游客专程赶来住上几晚。
""")
    first, second = page.items
    assert first.title == "南湖葡萄熟了"
    assert second.title == "古村换新颜,老屋迎来新客人"
