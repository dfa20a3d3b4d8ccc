"""A line naming only photographers credits a picture however its role is set off ("摄影
刘明", "摄影/刘明"); one who wrote the text too ("文/摄影 X") signs it as its byline."""

from archive.parsing.lines import BYLINE, CAPTION, CREDIT, read_lines

STORY = """
秋日的山村,稻田金黄,村民们在田间忙着收割,脸上洋溢着丰收的喜悦。今年全村水稻亩产
比去年增加了一成多,合作社还与米厂签下了订单,新米不愁销路。
"""


def test_a_slashed_photographers_credit_under_a_caption_closes_its_picture(parse):
    page = parse(f"""
## 山村稻谷丰收
{STORY}



清江绕村而过,在山间形成了天然的“S”形河湾,河湾两岸是成片的梯田

摄影/周明远



## 果园里的新农人
{STORY}""")
    assert [(item.kind, item.title) for item in page.items] == [
        ("article", "山村稻谷丰收"),
        ("photo", ""),
        ("article", "果园里的新农人"),
    ]
    assert [c.name for c in page.items[1].credits] == ["周明远"]
    assert page.items[0].credits == []


def test_a_slashed_credit_reads_as_the_spaced_one():
    slashed, spaced = read_lines("摄影/周明远\n\n摄影 周明远")
    assert slashed.kind == spaced.kind == CREDIT


def test_a_writer_who_shot_the_pictures_too_signs_a_byline():
    (line,) = read_lines("(文/摄影 周明远)")
    assert line.kind == BYLINE


def test_a_caption_credited_role_first_after_a_space_is_its_own_picture(parse):
    page = parse(f"""
## 山村稻谷丰收
{STORY}



城南现代农业产业园的育苗大棚 摄影 周明远



## 果园里的新农人
{STORY}""")
    assert [(item.kind, item.title) for item in page.items] == [
        ("article", "山村稻谷丰收"),
        ("photo", ""),
        ("article", "果园里的新农人"),
    ]
    assert page.items[1].paragraphs == ["城南现代农业产业园的育苗大棚"]
    assert [c.name for c in page.items[1].credits] == ["周明远"]


def test_a_caption_credited_role_first_in_brackets_is_a_caption():
    line = read_lines(f"{STORY}\n村民在新建的文化广场上排练秧歌(摄影 周明远)\n{STORY}")[2]
    assert (line.kind, line.text, [c.name for c in line.credits]) == (
        CAPTION,
        "村民在新建的文化广场上排练秧歌",
        ["周明远"],
    )


def test_photography_named_inside_a_sentence_credits_no_one():
    (line,) = read_lines("他从小就喜欢摄影,常去郊外拍 山水")
    assert line.kind != CAPTION and not line.credits
