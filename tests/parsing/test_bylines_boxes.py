"""The boxes and bullets papers set before a byline, one set for every reading of them: the
circled dot ☉ (⊙, ◉) some county papers print where others print ◎, on the byline's own line,
over a dateline, or after the last sentence with no space between."""

import pytest

from archive.parsing import bylines

LAST = "如今的清水村已是远近闻名的花椒村。"


@pytest.mark.parametrize("box", ["☉", "⊙", "◉", "◎", "□"])
def test_a_byline_under_any_box_credits_its_writer(box):
    credits = bylines.parse_byline_line(f"{box}孔令军 文/图")
    assert [(c.name, c.role) for c in credits] == [("孔令军", "作者")]


def test_a_dateline_under_a_circled_dot_keeps_its_reporters():
    lead = "☉本报讯（记者 宋嘉怡）近日，清水村花椒喜获丰收。"
    _, credits, rest = bylines.split_dateline(lead)
    assert [c.name for c in credits] == ["宋嘉怡"]
    assert rest.startswith("近日")


@pytest.mark.parametrize(
    "tail, names",
    [("☉孔令军 文/图", ["孔令军"]), ("◎本报记者 宋嘉怡", ["宋嘉怡"]), ("□孔令军", ["孔令军"])],
)
def test_a_boxed_byline_set_solid_after_the_last_sentence_closes_it(tail, names):
    text, credits = bylines.split_trailing_byline(LAST + tail)
    assert [c.name for c in credits] == names
    assert text == LAST


@pytest.mark.parametrize("tail", ["■", "■简讯", "●县政府召开常务会议"])
def test_an_end_mark_or_a_bullet_before_a_title_is_no_byline(tail):
    assert bylines.split_trailing_byline(LAST + tail)[1] == []
