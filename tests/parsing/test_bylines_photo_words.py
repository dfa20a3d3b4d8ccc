"""The photographer's word after the names is read whole, none of it a name: 文并摄 ("本报记者
X 文并摄") says who wrote the piece took its pictures, as 文并图 does; a picture agency's Latin
mark before the name is no one ("CICPHOTO/X 摄")."""

import pytest

from archive.parsing import bylines

WROTE_AND_TOOK = ["本报记者 宋嘉怡 文并摄", "宋嘉怡 文并摄", "（记者 宋嘉怡 文并摄）"]


@pytest.mark.parametrize("line", WROTE_AND_TOOK)
def test_wrote_and_took_is_no_part_of_the_name(line):
    assert [c.name for c in bylines.parse_credit_line(line)] == ["宋嘉怡"]


def test_a_caption_closed_by_its_writer_who_took_it():
    caption = "清水村的花椒红了。"
    text, credits = bylines.split_inline_credit(caption + "本报记者 宋嘉怡 文并摄")
    assert [c.name for c in credits] == ["宋嘉怡"]
    assert text == caption


def test_a_picture_agencys_latin_mark_is_no_one():
    caption = "游客在清水村采摘花椒。"
    text, credits = bylines.split_inline_credit(caption + "ABCPHOTO/宋嘉怡 摄")
    assert [c.name for c in credits] == ["宋嘉怡"]
    assert text == caption
