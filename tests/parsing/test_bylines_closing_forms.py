"""Closing bylines after the last sentence in the forms papers print them: set solid with the
paper's name before the role, after a dash, or followed by a reprint's original title."""

import pytest

from archive.parsing import bylines

LAST = "今年全镇的花椒种植面积达到3万亩。"


@pytest.mark.parametrize(
    "tail, credits",
    [
        ("江城日报通讯员宋嘉怡", [("宋嘉怡", "通讯员")]),
        ("新江城·江城日报记者 孔令军 通讯员 宋嘉怡", [("孔令军", "记者"), ("宋嘉怡", "通讯员")]),
        ("——记者 孔令军", [("孔令军", "记者")]),
    ],
)
def test_a_closing_byline_set_solid_after_its_papers_name_or_a_dash(tail, credits):
    text, read = bylines.split_trailing_byline(LAST + tail)
    assert [(c.name, c.role) for c in read] == credits
    assert text == LAST


def test_a_reprints_original_title_after_the_byline_leaves_it_closing():
    text, read = bylines.split_trailing_byline(LAST + "（记者 孔令军）（原标题：花椒红了）")
    assert [c.name for c in read] == ["孔令军"]
    assert text == LAST


@pytest.mark.parametrize("tail", ["江城日报记者了解到", "县委书记孔令军", "——摘自江城日报"])
def test_a_sentence_run_on_after_the_stop_is_no_byline(tail):
    assert bylines.split_trailing_byline(LAST + tail)[1] == []


@pytest.mark.parametrize(
    "after",
    [
        "（来源：江城日报）",
        "（图片由县文旅局提供）",
        "（编辑：宋嘉怡）",
        "(本版图片均为资料图)",
        "编辑/宋嘉怡 审核/王芳",
        "。",
    ],
)
def test_a_note_after_the_closing_bracket_leaves_the_byline_closing(after):
    text, read = bylines.split_trailing_byline(LAST + "（记者 孔令军）" + after)
    assert [c.name for c in read] == ["孔令军"]
    assert text == LAST


def test_who_provided_the_pictures_is_no_name():
    read = bylines.split_trailing_byline(LAST + "（孔令军）（本文图片由作者提供）")[1]
    assert [c.name for c in read] == ["孔令军"]
    assert bylines.parse_names("本文图片由作者提供") is None


@pytest.mark.parametrize("tail", ["（1）（2）", "（见图）（上）"])
def test_brackets_after_brackets_naming_no_one_are_no_byline(tail):
    assert bylines.split_trailing_byline(LAST + tail)[1] == []


@pytest.mark.parametrize("line", ["（记者 孔令军）。", "（记者 孔令军）（见图）"])
def test_a_byline_alone_with_a_stop_or_note_after_it_leaves_no_empty_text(line):
    text, read = bylines.split_trailing_byline(line)
    assert text or not read


def test_names_set_solid_in_a_closing_bracket_under_a_role_split_as_in_a_dateline():
    read = bylines.split_trailing_byline(LAST + "（记者孔令军宋嘉怡）")[1]
    assert [(c.name, c.role) for c in read] == [("孔令军", "记者"), ("宋嘉怡", "记者")]
