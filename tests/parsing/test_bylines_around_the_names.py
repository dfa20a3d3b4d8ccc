"""What real credits print around their names, none of it a name: the thin bars ▏ and │ a web
page's font sets between a role and its names, an office ending in 办公室 or 研究室 credited
beside its photographer, a picture library after 摄影报道, a press party's 团 after 记者, a
posting time with a slash after its day, the form's word 姓名 after 作者."""

import pytest

from archive.parsing import bylines


@pytest.mark.parametrize("bar", ["▏", "│"])
def test_a_thin_bar_between_the_role_and_its_names(bar):
    credits = bylines.parse_bracketed_byline(f"（记者 {bar}宋嘉怡  孔令军）")
    assert [c.name for c in credits] == ["宋嘉怡", "孔令军"]


@pytest.mark.parametrize(
    "credit", ["（江城县委政策研究室 孔令军 摄）", "（江城县农业农村局办公室 孔令军 供图）"]
)
def test_an_office_beside_its_photographer_is_no_one(credit):
    assert [c.name for c in bylines.parse_credit_line(credit)] == ["孔令军"]


def test_a_picture_library_after_a_photo_report_is_no_one():
    credits = bylines.parse_credit_line("孔令军 宋嘉怡 摄影报道(江城图片库)")
    assert [c.name for c in credits] == ["孔令军", "宋嘉怡"]


def test_a_press_partys_photographer_is_not_run_into_its_name():
    caption, credits = bylines.split_inline_credit("“花椒红了”采访记者团 孔令军 摄")
    assert [c.name for c in credits] == ["孔令军"]
    assert caption == "“花椒红了”采访记者团"


def test_a_posting_time_with_a_slash_after_its_day_leaves_the_header():
    credits = bylines.parse_byline_line("2024/08/18/ 08:53 来源:江城晚报 记者 宋嘉怡")
    assert [c.name for c in credits] == ["宋嘉怡"]


def test_the_forms_word_for_the_name_is_no_name():
    credits = bylines.parse_byline_line("作者姓名:宋嘉怡  孔令军")
    assert [c.name for c in credits] == ["宋嘉怡", "孔令军"]
