"""A line that opens as a news sentence does (its day and a comma, a date running on into a
clause) is a paragraph's first words, never a heading, however short the line is set."""

import pytest

from archive.parsing.lines import BODY, HEAD, opens_a_sentence, read_lines


@pytest.mark.parametrize(
    "text",
    [
        "目前,果园里的雪花梨正是上市时节,是农",
        "12日,记者来到城南街道",
        "9月23日迎来秋分节气,第五个丰收节如期而至",
        "3月5日正是惊蛰,城郊",
        "2019 年 10 月初,",
        "11月下旬,全县的柑橘陆续进入采摘期",
    ],
)
def test_a_day_and_a_clause_open_a_sentence(text):
    assert opens_a_sentence(text)


@pytest.mark.parametrize(
    "text",
    [
        "9月1日起,这些新规开始施行",  # a headline announcing when something starts
        "9月21日 城西镇桥头村",  # a day and a place: a photo report's stamp
        "10月18日 星期五 晴",
        "秋分时节,万亩稻田迎丰收",
    ],
)
def test_a_date_without_a_clause_after_it_opens_no_sentence(text):
    assert not opens_a_sentence(text)


WIDE_TEXT = (
    "金秋时节,城郊各乡镇的稻谷陆续成熟,田间地头处处是农民忙着收割、晾晒、装袋的身影,"
    "一派繁忙的丰收景象。合作社的烘干机日夜运转,新收的稻谷经烘干后直接装车运往米厂加工。"
)


def test_a_short_line_opening_with_its_day_on_a_wide_page_is_text():
    lines = read_lines(f"""
{WIDE_TEXT}

9月22日迎来秋分节气,丰收节如期而至

{WIDE_TEXT}
""")
    assert [ln.kind for ln in lines] == [BODY, BODY, BODY]


def test_a_short_phrase_without_a_day_on_a_wide_page_is_still_a_heading():
    lines = read_lines(f"""
{WIDE_TEXT}

秋分时节,稻谷飘香

{WIDE_TEXT}
""")
    assert lines[1].kind == HEAD


def test_a_date_broken_off_at_its_comma_under_a_heading_is_the_texts_first_line():
    lines = read_lines(f"""
{WIDE_TEXT}


二 稻米之乡:优质稻米富了一方农民
2019 年 10 月初,

城南县被授予“

中国优质稻米之乡”称号,同时认

定为全省优质稻米示范基地。
""")
    assert [ln.kind for ln in lines[1:4]] == [HEAD, BODY, BODY]
