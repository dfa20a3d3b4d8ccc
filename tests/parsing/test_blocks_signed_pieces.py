"""A dated paragraph under finished text that closes with a credit naming none of the people the
open item is signed by is another writer's piece; an item closing with its own writers' credit,
or signed by no one above, keeps its paragraph."""

from tests.parsing.helpers import names

TOP = (
    "## 基层连线\n\n本报讯（通讯员 陈林 赵军）昨天上午，笔者走进城东街道的老年食堂，"
    "二十多位老人正围坐在一起吃午饭，饭菜可口，价格实惠。\n\n"
)

DATED = (
    "10月9日，区农业农村局组织农技专家深入田间地头，"
    "为种粮大户讲解秋播技术要点，现场发放技术资料三百余份。"
)


def test_a_dated_paragraph_signed_by_another_writer_is_another_piece(parse):
    canteen, farming = parse(f"{TOP}{DATED}（周明）\n").items
    assert names(canteen) == ["陈林", "赵军"]
    assert farming.paragraphs[0].startswith("10月9日") and names(farming) == ["周明"]


def test_one_closing_with_the_items_own_writer_stays_in_it(parse):
    (item,) = parse(f"{TOP}{DATED}（陈林）\n").items
    assert item.paragraphs[-1].startswith("10月9日")


def test_an_item_signed_by_no_one_above_keeps_its_closing_credit(parse):
    unsigned = "## 秋播进行时\n\n连日来，各镇抓住晴好天气抢种小麦，田间一派繁忙景象。\n\n"
    (item,) = parse(f"{unsigned}{DATED}（周明）\n").items
    assert names(item) == ["周明"] and len(item.paragraphs) == 2


def test_a_pictures_credit_under_the_title_signs_none_of_its_text(parse):
    pictured = (
        "## 秋播进行时\n\n张强 摄\n\n连日来，各镇抓住晴好天气抢种小麦，田间一派繁忙景象。\n\n"
    )
    (item,) = parse(f"{pictured}{DATED}（周明）\n").items
    assert len(item.paragraphs) == 2
