"""Web copy sets where a piece comes from straight under its title: "来源:X" titles nothing."""

from archive.parsing.lines import BODY, read_lines
from tests.parsing.helpers import names


def test_a_short_phrase_over_a_source_line_titles_the_next_piece(parse):
    page = parse("""
秋收正当时

连日来，平原县的玉米陆续成熟，农民们抢抓晴好天气收获。


金秋时节,多地果蔬采收忙
2023年10月08日 09:30:15 来源: 农民日报网

10月7日，在南湖镇的果园里，果农们正忙着采摘苹果。
""")
    first, second = page.items
    assert second.title == "金秋时节,多地果蔬采收忙"
    assert first.paragraphs == ["连日来，平原县的玉米陆续成熟，农民们抢抓晴好天气收获。"]


def test_a_dateline_under_a_titles_source_line_opens_the_same_piece(parse):
    (item,) = parse("""
## 南湖镇:葡萄喜丰收 果农采摘忙

来源:农民日报客户端

农民日报客户端讯(通讯员李明)9月3日,南湖镇的葡萄园里一派繁忙景象。

果农们说，今年的葡萄个大味甜，销路不愁。
""").items
    assert item.title == "南湖镇:葡萄喜丰收 果农采摘忙"
    assert item.dateline == "农民日报客户端讯"
    assert names(item) == ["李明"]


def test_a_title_set_straight_over_its_source_line_stays_a_title(parse):
    (item,) = parse("""
## 南湖镇葡萄喜获丰收
来源：农民日报客户端

9月3日，南湖镇的葡萄园里一派繁忙景象，果农们正忙着采摘。
""").items
    assert item.title == "南湖镇葡萄喜获丰收"


def test_a_supplier_and_a_producer_close_the_piece_above_not_title_the_next(parse):
    page = parse("""
福建连城:高山茶农喜获丰收

当下正值秋茶采摘季，连城县赖源乡的高山茶园里，茶农们正忙着采摘秋茶嫩芽。

供稿来源:连城县融媒体中心

海峡新闻电视网(HXTV)出品

南安油柑迎丰收

眼下，南安市罗东镇的油柑园迎来大丰收，处处洋溢着丰收的喜悦。
""")
    first, second = page.items
    assert first.title == "福建连城:高山茶农喜获丰收"
    assert second.title == "南安油柑迎丰收"


def test_a_long_title_over_a_source_line_over_text_is_the_title(parse):
    page = parse("""
连日来，平原县的玉米陆续成熟，农民们抢抓晴好天气收获。


南湖镇念好“山水经”,打好“生态牌”,走出一条乡村振兴新路子
来源：农民日报客户端
9月3日，南湖镇的葡萄园里一派繁忙景象，果农们正忙着采摘，游客们也赶来体验采摘乐趣。
""")
    first, second = page.items
    assert second.title == "南湖镇念好“山水经”,打好“生态牌”,走出一条乡村振兴新路子"
    assert first.paragraphs == ["连日来，平原县的玉米陆续成熟，农民们抢抓晴好天气收获。"]


def test_the_last_line_of_a_paragraph_over_a_closing_source_is_text():
    lines = read_lines("""
南湖镇葡萄喜获丰收

9月3日，南湖镇的葡萄园里一派繁忙景象，果农们正忙着采摘葡萄，游客们也
赶来体验采摘乐趣,一派繁忙景象
来源:农民日报客户端

""")
    last = next(ln for ln in lines if ln.text.startswith("赶来"))
    assert last.kind == BODY


def test_a_caption_over_the_pictures_source_titles_nothing():
    lines = read_lines("""
南湖镇葡萄喜获丰收

9月3日，南湖镇的葡萄园里一派繁忙景象，果农们正忙着采摘葡萄，游客们也赶来体验采摘乐趣。

果农在葡萄园里采摘,今年的葡萄又是一个丰收年
图片来源：南湖镇人民政府
果农们说，今年的葡萄个大味甜，销路不愁，收入比去年多了不少。
""")
    caption = next(ln for ln in lines if ln.text.startswith("果农在"))
    assert caption.kind == BODY


def test_an_asking_title_over_a_web_pages_posting_time_opens_the_page(parse):
    page = parse("""
江城农民报 · 第2版 · 田园

2026年6月17日 星期三


今年的新茶香不香?香!

2024-04-12 10:21

4月10日,城南茶园开始采摘春茶。眼下,正是春茶大面积上市的关键时期。

今年春天,城南雨水充足,茶芽长势喜人,茶农们起早贪黑忙着采摘。
""")
    (item,) = page.items
    assert item.title == "今年的新茶香不香?香!"
    assert item.paragraphs[-1].startswith("今年春天")
