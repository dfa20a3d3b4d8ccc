"""Bylines standing alone on a line under a title in the forms county papers print: the
office or school the writers write for before their names, a box before each role, the whole
byline boxed in square brackets."""

import pytest

from archive.parsing import bylines


@pytest.mark.parametrize(
    "line, credits",
    [
        ("县委宣传部 孔令军 宋嘉怡", [("孔令军", "作者"), ("宋嘉怡", "作者")]),
        ("江城县第一中学 宋嘉怡", [("宋嘉怡", "作者")]),
        ("○本报记者 孔令军 ○本报通讯员 宋嘉怡", [("孔令军", "记者"), ("宋嘉怡", "通讯员")]),
        ("【记者 孔令军】", [("孔令军", "记者")]),
        ("[记者 孔令军 宋嘉怡]", [("孔令军", "记者"), ("宋嘉怡", "记者")]),
    ],
)
def test_a_byline_line_in_a_county_papers_form(line, credits):
    assert [(c.name, c.role) for c in bylines.parse_byline_line(line) or []] == credits


@pytest.mark.parametrize(
    "line", ["【田园】", "【江城新闻】", "县委宣传部 举办培训", "江城县城关镇 张家村"]
)
def test_a_label_or_a_phrase_after_a_body_is_no_byline(line):
    assert bylines.parse_byline_line(line) is None


def test_a_place_before_a_name_signs_a_letter_not_a_byline():
    assert bylines.parse_byline_line("江城市城关区西湖街道 宋嘉怡") is None
    assert [c.role for c in bylines.parse_signature("江城市城关区西湖街道 宋嘉怡")] == ["作者"]
