"""An item keeps its bylines as printed, outlet and all: the form a historian cites, though
the credits name only the people."""

from tests.parsing.helpers import names

TEXT = "昨日，市区新建公园正式开放，不少市民带着孩子前往游玩。"


def test_a_byline_over_the_text_is_kept_as_printed_with_its_outlet(parse):
    (item,) = parse(f"## 市区新建公园开放\n南都记者 黄慧萍 刘媚\n本报讯 {TEXT}").items
    assert names(item) == ["黄慧萍", "刘媚"]
    assert item.byline == "南都记者 黄慧萍 刘媚"


def test_a_lone_byline_is_reported_as_printed(parse):
    page = parse("㐀一记者㐀㐀")
    assert page.items == []
    assert page.warnings == ["byline without heading at line 1: left out 㐀一记者㐀㐀"]


def test_a_closing_bracket_keeps_its_source_as_printed(parse):
    (item,) = parse(f"## 市区新建公园开放\n\n{TEXT}（来源：九江日报 记者 王小明）").items
    assert item.paragraphs == [TEXT]
    assert names(item) == ["王小明"]
    assert item.byline == "（来源：九江日报 记者 王小明）"


def test_a_datelines_bracket_is_kept_as_printed(parse):
    (item,) = parse(f"## 市区新建公园开放\n\n本报讯（记者 黄慧萍 通讯员 刘媚）{TEXT}").items
    assert item.byline == "（记者 黄慧萍 通讯员 刘媚）"


def test_a_byline_broken_over_two_lines_is_printed_whole(parse):
    page = parse(f"## 市区新建公园开放\n本报记者 张三 李四 通讯员\n王五 赵六\n本报讯 {TEXT}")
    assert names(page.items[0]) == ["张三", "李四", "王五", "赵六"]
    assert page.items[0].byline == "本报记者 张三 李四 通讯员 王五 赵六"


def test_a_photo_credit_keeps_the_outlet_that_sent_the_picture(parse):
    page = parse(
        f"## 市区新建公园开放\n\n{TEXT}\n\n\n\n市民在公园里散步。 新华社发（王小明 摄）"
        "\n\n\n\n## 老街改造完工\n\n本报讯 老街改造工程近日完工。"
    )
    photo = page.items[1]
    assert names(photo) == ["王小明"]
    assert photo.byline == "新华社发（王小明 摄）"


def test_an_articles_byline_and_its_pictures_credit_are_both_kept_in_order(parse):
    (item,) = parse(
        f"## 市区新建公园开放\n南都记者 黄慧萍\n\n本报讯 {TEXT}\n\n"
        f"市民在公园里散步。 羊城晚报记者 王小明 摄\n\n公园还设有儿童游乐区。"
    ).items
    assert item.byline == "南都记者 黄慧萍 / 羊城晚报记者 王小明 摄"
