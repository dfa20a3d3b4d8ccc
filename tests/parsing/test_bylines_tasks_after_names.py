"""Two people credited by name, each with their task spaced after it and no role word: "X 文
Y 图", "X 图 Y 整理" (who took the picture, who wrote its story down), on a line of their own
or after the last sentence."""

import pytest

from archive.parsing import bylines

LAST = "四十年过去,自动扶梯已是商场的标配。"


@pytest.mark.parametrize("line", ["孔令军 文 宋嘉怡 图", "孔令军 图 宋嘉怡 整理"])
def test_each_name_with_its_task_after_it(line):
    assert [c.name for c in bylines.parse_byline_line(line)] == ["孔令军", "宋嘉怡"]


def test_the_tasks_credit_closes_the_last_paragraph():
    text, credits = bylines.split_trailing_byline(LAST + " 孔令军 图 宋嘉怡 整理")
    assert [c.name for c in credits] == ["孔令军", "宋嘉怡"]
    assert text == LAST


@pytest.mark.parametrize("line", ["看 图 说 话 图", "一图 看懂 新政 图"])
def test_single_words_spaced_out_are_no_credit(line):
    assert not bylines.parse_byline_line(line)
