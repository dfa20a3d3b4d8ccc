"""Writers a lead opens on with no role word, after its dateline or alone: forms a paper prints
when its writers sign a brief by name, with or without the marks of what each did."""

import pytest

from archive.parsing import bylines


def _names(split):
    return [c.name for c in split[1]] if split else []


@pytest.mark.parametrize(
    "lead",
    [
        "本报讯 孔令军/文 宋嘉怡/图 仲夏时节,沿河两岸的荷花竞相开放。",
        "本报讯 孔令军 宋嘉怡 文/图仲夏时节,沿河两岸的荷花竞相开放。",
        "孔令军/文 宋嘉怡/图  仲夏时节,沿河两岸的荷花竞相开放。",
    ],
)
def test_writers_with_their_marks_open_the_lead(lead):
    split = bylines.split_dateline(lead)
    assert _names(split) == ["孔令军", "宋嘉怡"]
    assert split[2] == "仲夏时节,沿河两岸的荷花竞相开放。"


def test_a_marked_word_that_is_no_name_is_left_out():
    split = bylines.split_dateline("江城日报讯 孔令军/文 川宣/图 仲夏时节,沿河两岸的荷花竞相开放。")
    assert _names(split) == ["孔令军"]


@pytest.mark.parametrize("gap", ["", " "])
def test_names_before_the_leads_day_are_its_writers(gap):
    split = bylines.split_dateline(f"本报讯 孔令军 宋嘉怡{gap}日前,笔者来到城南的葡萄种植基地。")
    assert _names(split) == ["孔令军", "宋嘉怡"]
    assert split[2].startswith("日前,笔者")


def test_a_three_character_name_alone_before_the_day_is_read():
    split = bylines.split_dateline("本报讯 孔令军 3月5日上午,城南葡萄园开园。")
    assert _names(split) == ["孔令军"]


@pytest.mark.parametrize(
    "lead",
    [
        "本报讯 县城 日前,城南葡萄园开园迎客。",  # no surname opens the word
        "孔令军 宋嘉怡 日前,城南葡萄园开园迎客。",  # no dateline vouches for bare names
        "本报讯 近日,县长孔令军到城南葡萄园调研。",
    ],
)
def test_words_before_the_day_that_are_no_credit_stay_in_the_lead(lead):
    assert _names(bylines.split_dateline(lead)) == []


@pytest.mark.parametrize("mark", ["■", "● ", "【田园新事】"])
def test_a_box_bullet_or_kicker_before_the_dateline_leaves_its_reporters_read(mark):
    split = bylines.split_dateline(mark + "本报讯（记者 孔令军）近日,城南葡萄园开园迎客。")
    assert _names(split) == ["孔令军"]
    assert split[0] == mark + "本报讯"
    assert split[2] == "近日,城南葡萄园开园迎客。"


@pytest.mark.parametrize(
    "lead", ["■近日,城南葡萄园开园迎客。", "【田园新事】近日,城南葡萄园开园。"]
)
def test_a_mark_with_no_dateline_after_it_is_no_dateline(lead):
    assert bylines.split_dateline(lead) is None
