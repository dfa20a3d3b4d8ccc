"""Line-level rules found by the second round of invented pages (generalise2)."""

from archive.parsing.bylines import parse_credit_line


def test_a_question_title_over_a_subtitle_starts_a_new_article(parse):
    page = parse("""
鼓楼区建成便民生活圈28个。

家门口的充电桩为何“一桩难求”?

记者走访晋江、石狮两地多个小区

本报记者 许文彬 通讯员 蔡明辉

晚上9点,晋江市青阳街道一个小区的地下车库里,十几辆新能源汽车排队等着充电。
""")
    assert [item.title for item in page.items] == ["", "家门口的充电桩为何“一桩难求”?"]
    assert page.items[1].subtitle == "记者走访晋江、石狮两地多个小区"


def test_a_heading_after_a_closing_byline_starts_the_next_piece(parse):
    page = parse("""
共享菜园

本报讯 居民们认领地块,种上了青菜。据了解,今年将推广30处。(记者 罗静 实习生 何佳)

关于康定城区部分路段临时交通管制的通告

因城市供水管网改造施工需要,对部分路段实行临时交通管制。
""")
    assert [item.title for item in page.items] == [
        "共享菜园",
        "关于康定城区部分路段临时交通管制的通告",
    ]
    assert page.items[0].paragraphs[-1].endswith("今年将推广30处。")


def test_a_guest_photographer_is_credited_by_name():
    credits = parse_credit_line("特约摄影 何建国 通讯员 徐丽娜 摄")
    assert [c.name for c in credits] == ["何建国", "徐丽娜"]
