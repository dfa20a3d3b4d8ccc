"""A title set apart from the text around it by a picture's gaps, or over text far wider."""

from tests.parsing.helpers import WIDE


def test_a_short_punctuated_line_between_pictures_gaps_on_a_wide_page_is_a_title(parse):
    page = parse(f"""
山东菜篮子

{WIDE}


春意正浓,百亩茶园采茶忙


4月2日,在平阳县的万亩茶园里,茶农们正忙着采摘明前茶,一派繁忙景象,今年的春茶长势喜人,产量和品质都比往年有所提升。
""")
    assert page.items[-1].title == "春意正浓,百亩茶园采茶忙"
    assert page.items[-1].paragraphs[0].startswith("4月2日,在平阳县")


def test_a_caption_label_between_gaps_is_no_title(parse):
    page = parse(f"""
山东菜篮子

{WIDE}


图说:村民晾晒玉米的场景


4月2日,在平阳县的万亩茶园里,茶农们正忙着采摘明前茶,一派繁忙景象,今年的春茶长势喜人,产量和品质都比往年有所提升。
""")
    assert all(item.title != "图说:村民晾晒玉米的场景" for item in page.items)


def test_a_line_set_apart_over_text_far_wider_than_it_is_a_title(parse):
    page = parse("""
乡愁

一湾清水绕着村子缓缓流过，

两岸青山映着白墙黛瓦人家，

春来桃花开满了房前屋后，

夏至荷叶铺满了门前池塘，

秋到稻谷金黄压弯了枝头，

冬雪落下覆盖了整个村庄，

老人坐在门前说着旧时光，

孩子们在巷子里追逐嬉戏，

青山碧水慰藉了游子乡愁。


“麦浪滚滚”大田村麦田开镰

作为城区保留的唯一一块麦地，大田村800余亩小麦近日开镰，丰收的田野上麦浪滚滚，不少居民都到麦地旁拍照录像，记录夏粮归仓的丰收时刻。
""")
    assert page.items[-1].title == "“麦浪滚滚”大田村麦田开镰"


def test_an_exclaimed_title_a_pictures_gap_under_a_closing_credit_opens_the_next_piece(parse):
    page = parse("""
金秋梨喜获丰收

9月23日，古塘乡的特色水果种植基地里，果农们正在采摘金秋梨，今年产量35万多公斤。

本报首席记者 郭立亮
通讯员 刘再丽 摄影报道



山乡脐橙丰收啦!

日前，新田县三井镇的千亩脐橙迎来丰收，果农们忙着采摘、分拣、装箱。
""")
    assert page.items[-1].title == "山乡脐橙丰收啦!"


# A column of about twenty cells: each paragraph's lines run to its edge.
NARROW = """
连日来,平原县的玉米陆续成熟,
农民们抢抓晴好天气收获,田间
地头一派繁忙景象。
"""


def test_a_short_phrase_with_a_comma_a_pictures_gap_over_a_full_line_is_a_title(parse):
    first, second = parse(f"""
平原玉米熟了
{NARROW}


金秋时节,果蔬采收忙

南湖镇的果园里,果农们正忙着采
摘苹果,一筐筐苹果装上货车,运
往全国各地。
""").items
    assert second.title == "金秋时节,果蔬采收忙"
    assert first.paragraphs[-1].endswith("一派繁忙景象。")


def test_a_sentences_last_words_after_a_picture_over_a_full_line_are_text(parse):
    (item,) = parse(f"""
平原玉米熟了
{NARROW}


今年的玉米,又是一个丰收年。

南湖镇的果园里,果农们正忙着采
摘苹果,一筐筐苹果装上货车,运
往全国各地。
""").items
    assert item.title == "平原玉米熟了"


def test_a_title_a_pictures_gap_under_text_cut_off_over_far_wider_text_is_a_title(parse):
    wide = "合作社的烘干机日夜运转,新收的稻谷经烘干后直接装车运往米厂加工。" * 4
    first, second = parse(f"""
## 稻谷飘香

{wide}

{wide}村民们都说,她真是大家的贴心

人!” 特约通讯员[江城·南湖]周

明远



稻田里的丰收节 村民欢聚庆丰年——南湖镇举办第三届农民丰收节活动

{wide}
""").items
    assert second.title.startswith("稻田里的丰收节")
    assert first.title == "稻谷飘香" and second.paragraphs[0].startswith("合作社")
