"""A credit's name set solid against what credits it: a caption's photographer and 摄 as one
word after the caption's space ("…晾晒稻谷 周立新/摄"), a correspondent after the body they
write for in a closing bracket ("(县农业局刘广刚)"), and a role boxed alone before its names
("【通讯员】X Y")."""

import pytest

from archive.parsing import bylines

LAST = "全县共抢收小麦30万亩,麦收工作全部结束。"


# 王刘洋 ends on a name of two, 刘洋, too: only the space says where the name begins
@pytest.mark.parametrize("credit", ["王刘洋/摄", "王刘洋摄", "孔令军/摄"])
def test_a_photographer_set_solid_with_the_shot_after_the_captions_space(credit):
    caption, credits = bylines.split_inline_credit("村民在国道旁晾晒稻谷 " + credit)
    assert [c.name for c in credits] == [credit.rstrip("/摄")]
    assert caption == "村民在国道旁晾晒稻谷"


def test_a_captions_own_words_after_a_space_are_no_credit():
    assert bylines.split_inline_credit("游客在清水村 驻足拍摄")[1] == []


@pytest.mark.parametrize(
    "bracket, name", [("（县农业局孔令军）", "孔令军"), ("（市委宣传部宋嘉怡）", "宋嘉怡")]
)
def test_a_correspondent_set_solid_after_their_body(bracket, name):
    text, credits = bylines.split_trailing_byline(LAST + bracket)
    assert [c.name for c in credits] == [name]
    assert text == LAST


@pytest.mark.parametrize("bracket", ["（县委书记孔令军）", "（江城县委）"])
def test_a_post_or_a_body_alone_credits_no_one(bracket):
    assert bylines.split_trailing_byline(LAST + bracket)[1] == []


@pytest.mark.parametrize(
    "line, names",
    [("【通讯员】孔令军 宋嘉怡", ["孔令军", "宋嘉怡"]), ("【作者】 宋嘉怡", ["宋嘉怡"])],
)
def test_a_role_boxed_alone_before_its_names(line, names):
    assert [c.name for c in bylines.parse_byline_line(line)] == names


def test_a_boxed_note_is_no_role():
    assert not bylines.parse_byline_line("【编者按】孔令军")
