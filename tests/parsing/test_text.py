"""OCR spaces and other character-level clean-up, as a reader sees it in the item text."""

from archive.parsing.text import collapse_doubled, ends_terminal, squeeze_spaces, tidy_heading


def test_an_ocr_space_inside_a_date_is_dropped():
    assert squeeze_spaces("2月 14日，南岗区") == "2月14日，南岗区"


def test_letter_spaced_chinese_is_closed_up():
    assert squeeze_spaces("进 一 步 加 强") == "进一步加强"


def test_spaces_around_numbers_between_chinese_are_dropped():
    assert squeeze_spaces("抽调 1100 名一线环卫人员") == "抽调1100名一线环卫人员"


def test_latin_and_digits_inside_a_word_are_kept_whole():
    assert squeeze_spaces("医用防护N95口罩300个") == "医用防护N95口罩300个"
    assert squeeze_spaces("宣传车、LED显示屏、村村响") == "宣传车、LED显示屏、村村响"


def test_a_percentage_keeps_its_sign():
    assert squeeze_spaces("按照客车核定载客人数的 50%控制") == "按照客车核定载客人数的50%控制"


def test_a_space_between_two_latin_words_is_kept():
    assert "Hello World" in squeeze_spaces("他说 Hello World 很好")


def test_a_heading_loses_letter_spacing_but_keeps_the_gap_between_its_parts():
    assert tidy_heading("进 一 步 加 强") == "进一步加强"
    assert tidy_heading("“疫”线党旗红 合力筑防线") == "“疫”线党旗红 合力筑防线"


def test_a_title_read_twice_by_ocr_is_collapsed():
    doubled = "邛崃向九寨沟县捐赠防疫物资邛崃向九寨沟县捐赠防疫物资"
    assert collapse_doubled(doubled) == "邛崃向九寨沟县捐赠防疫物资"


def test_a_short_genuine_repetition_is_not_collapsed():
    assert collapse_doubled("哈哈哈哈") == "哈哈哈哈"


def test_a_quoted_phrase_does_not_end_a_paragraph_but_a_quoted_sentence_does():
    assert not ends_terminal("奏响防疫“最强音”")
    assert ends_terminal("一定要做好每一项工作。”")


def test_a_closing_author_aside_ends_a_paragraph():
    assert ends_terminal("驻站人大代表捐款9000余元。(王艳)")


def test_an_ellipsis_printed_in_full_stops_ends_a_paragraph_a_decimal_does_not():
    assert ends_terminal("丝绸之路,可可达拉,果子沟,八卦城......")
    assert not ends_terminal("产值达到3.5")
