"""A site's sign-off lists its fields in any order, set apart by spaces or bars: the author
labelled among them is credited wherever the field stands ("来源:X | 编辑:Y | 作者:Z"), the
editors and the source never; a note on the author's life (作者简介) credits no one."""

import pytest

from archive.parsing import bylines


@pytest.mark.parametrize(
    "line",
    [
        "来源:江城县融媒体中心 | 编辑:孔令军 | 作者:宋嘉怡",
        "编辑:孔令军 作者:宋嘉怡",
        "2025-06-25 10:12:10   来源:江城县融媒体中心 | 编辑:孔令军 | 作者:宋嘉怡   浏览量:612",
    ],
)
def test_the_author_field_among_the_sign_offs_fields(line):
    credits = bylines.parse_byline_line(line)
    assert [(c.name, c.role) for c in credits] == [("宋嘉怡", "作者")]


@pytest.mark.parametrize(
    "line", ["编辑:孔令军 作者:江城县委宣传部", "作者简介 宋嘉怡", "编辑:孔令军 审核:宋嘉怡"]
)
def test_a_sign_off_with_no_author_named_credits_no_one(line):
    assert not bylines.parse_byline_line(line)
