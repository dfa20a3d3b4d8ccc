"""A news site's header line under its title: the source, the byline, the time the piece was
posted and the page's counters, in any order, labelled, boxed or not. The byline's people are
read; the time and the counters are no names."""

import pytest

from archive.parsing import bylines


@pytest.mark.parametrize(
    "line, names",
    [
        ("来源:江城晚报   作者:孔令军 宋嘉怡   2023-06-18 09:12:05", ["孔令军", "宋嘉怡"]),
        ("江城在线 通讯员 宋嘉怡 2023-06-18 09:12", ["宋嘉怡"]),
        ("2023年06月18日 09:12 来源:江城日报 记者 孔令军", ["孔令军"]),
        ("作者:孔令军   点击:   字号:大 中 小", ["孔令军"]),
        ("发布时间：2023-06-18 09:12 来源：江城日报 作者：孔令军", ["孔令军"]),
        ("发布日期：2023-06-18 浏览次数：1024 作者：宋嘉怡", ["宋嘉怡"]),
        ("【作者：孔令军】【来源：江城日报】【时间：2023-06-18】", ["孔令军"]),
        ("[来源:江城在线] [作者:宋嘉怡] [2023-06-18]", ["宋嘉怡"]),
    ],
)
def test_a_site_header_lines_posting_time_and_counters_are_no_names(line, names):
    assert [c.name for c in bylines.parse_byline_line(line) or []] == names


def test_a_posting_time_alone_is_no_byline():
    assert bylines.parse_byline_line("2023-06-18 09:12:05") is None


@pytest.mark.parametrize(
    "line", ["编辑：宋嘉怡 2023-06-18 09:12", "来源：江城日报 2023-06-18 点击：88"]
)
def test_a_header_line_naming_no_writer_credits_no_one(line):
    assert bylines.parse_byline_line(line) is None
