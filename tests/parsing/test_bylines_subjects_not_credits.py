"""People a piece is about, labelled so beside its credits (讲述人, 受访者, 联系人, 嘉宾): no
credit, though their names stand in the credit's bracket or line."""

import pytest

from archive.parsing import bylines


def _names(credits):
    return [(c.name, c.role) for c in credits or []]


@pytest.mark.parametrize(
    "bracket",
    ["（讲述人：孔令军）", "(受访者 孔令军)", "（联系人：孔令军 宋嘉怡）", "（主持人 孔令军）"],
)
def test_a_bracket_naming_only_the_pieces_subjects_credits_no_one(bracket):
    assert bylines.parse_bracketed_byline(bracket) is None
    assert bylines.split_trailing_byline("活动现场气氛热烈。" + bracket)[1] == []


@pytest.mark.parametrize(
    "bracket",
    [
        "（讲述人：孔令军 记者 宋嘉怡）",
        "(记者 宋嘉怡 受访者 孔令军)",
        "（嘉宾：孔令军 记者：宋嘉怡）",
    ],
)
def test_beside_a_subject_the_reporter_is_still_read(bracket):
    assert _names(bylines.parse_bracketed_byline(bracket)) == [("宋嘉怡", "记者")]


@pytest.mark.parametrize("bracket", ["（左起：孔令军、宋嘉怡）", "(从左至右：孔令军 宋嘉怡)"])
def test_who_stands_where_in_the_picture_is_no_credit(bracket):
    assert bylines.split_trailing_byline("获奖代表合影留念。" + bracket)[1] == []


@pytest.mark.parametrize("bracket", ["（江城交警）", "(江城文旅)", "（江城消防）"])
def test_a_bureau_signing_by_its_short_name_is_no_one(bracket):
    assert bylines.split_trailing_byline("活动现场气氛热烈。" + bracket)[1] == []


@pytest.mark.parametrize(
    "bracket, names",
    [("（欧阳晓明）", ["欧阳晓明"]), ("(刘付诗晨 宋嘉怡)", ["刘付诗晨", "宋嘉怡"])],
)
def test_four_characters_with_a_compound_surname_or_beside_names_are_a_name(bracket, names):
    assert [
        c.name for c in bylines.split_trailing_byline("活动现场气氛热烈。" + bracket)[1]
    ] == names


def test_a_photographers_four_character_name_is_vouched_by_the_camera():
    assert [c.name for c in bylines.parse_credit_line("(索朗次仁 摄)")] == ["索朗次仁"]


@pytest.mark.parametrize("label", ["核稿", "统稿", "编排", "初校", "终校", "审发", "核校"])
def test_an_editing_desks_task_in_its_own_words_signs_nothing(label):
    credits = bylines.parse_byline_line(f"记者：孔令军 {label}：宋嘉怡")
    assert _names(credits) == [("孔令军", "记者")]
