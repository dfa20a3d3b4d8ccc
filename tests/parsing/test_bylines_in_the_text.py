"""Credits printed inside an article's own text, at the start of its lead or the end of its
last paragraph: the names are read, and the text left is the article's, without them."""

import pytest

from archive.parsing import bylines
from archive.parsing.text import ends_terminal


def test_a_dateline_reporters_report_colon_leaves_the_lead():
    split = bylines.split_dateline("本报讯 记者 唐静 报道:近日,县里新建两座口袋公园。")
    assert split is not None
    dateline, credits, rest = split
    assert dateline == "本报讯"
    assert [(c.name, c.role) for c in credits] == [("唐静", "记者")]
    assert rest == "近日,县里新建两座口袋公园。"


def test_names_spaced_after_a_dateline_stop_at_the_lead():
    split = bylines.split_dateline("本报11月2日讯 通讯员 田甜 郑伟 记者 黎明 日前,县城开通公交。")
    assert split is not None
    assert [c.name for c in split[1]] == ["田甜", "郑伟", "黎明"]
    assert split[2] == "日前,县城开通公交。"


def test_a_reporter_set_solid_against_the_day_leaves_the_day_in_the_lead():
    split = bylines.split_dateline("本报讯 记者韩雪11月5日上午,县里的冬储菜开始上市。")
    assert split is not None
    assert [c.name for c in split[1]] == ["韩雪"]
    assert split[2] == "11月5日上午,县里的冬储菜开始上市。"


def test_a_reporter_who_is_the_leads_subject_stays_in_the_lead():
    lead = "本报讯 记者韩雪近日从县农业农村局获悉,全县冬储菜开始上市。"
    split = bylines.split_dateline(lead)
    assert split is not None
    assert [c.name for c in split[1]] == ["韩雪"]
    assert split[2] == lead.removeprefix("本报讯 ")


def test_names_with_no_role_after_it_are_the_lead_not_a_byline():
    split = bylines.split_dateline("本报讯 高山 流水 近日,县里举办民乐专场演出。")
    assert split is not None
    assert split[1] == []


def test_a_picture_credit_bracketed_inside_a_paragraph_credits_its_photographer(parse):
    (item,) = parse("""
冬储大白菜上市

连日来,县城各大市场的冬储大白菜陆续上市,价格比去年略有下降。

菜农在地里装运大白菜。新华社发(龙涛 摄)11月4日,城郊的菜农忙着采收。

市民们趁着天晴纷纷前来选购,不少人一次买上几十斤。
""").items
    assert [(c.name, c.role) for c in item.credits] == [("龙涛", "摄影")]
    assert "新华社发(龙涛摄)11月4日" in item.paragraphs[1]  # spaces squeezed, text kept


def test_a_file_picture_tag_in_a_credit_names_no_one():
    assert [c.name for c in bylines.photo_credits_within("(资料图片 记者 龙涛 摄)")] == ["龙涛"]


def test_a_bracket_that_says_when_a_picture_was_taken_names_no_one():
    assert bylines.photo_credits_within("这张老照片(摄于1998年)记录了当年的街景。") == []


def test_a_closing_credit_after_a_half_width_exclamation_ends_the_paragraph():
    assert ends_terminal("这样的好事,群众当然欢迎!(记者 莫凡)")
    assert ends_terminal("明年的收成会更好吗?(莫凡)")


def test_a_dateline_run_on_after_a_sentence_inside_a_paragraph_credits_its_reporters(parse):
    (item,) = parse("""
冬储大白菜上市

县城各大市场的冬储大白菜陆续上市。本报讯(记者 龙涛 通讯员 韦丹)11月4日,菜农忙着采收。

市民们趁着天晴纷纷前来选购,不少人一次买上几十斤。
""").items
    assert [(c.name, c.role) for c in item.credits] == [("龙涛", "记者"), ("韦丹", "通讯员")]


def test_a_reporter_quoted_in_a_sentence_is_no_dateline():
    text = "市民纷纷前来选购。记者(龙涛)在现场看到,菜价比去年略低。"
    assert bylines.dateline_credits_within(text) == []


def test_a_name_set_solid_after_the_last_sentence_signs_the_article(parse):
    (item,) = parse("""
冬储大白菜上市

县城各大市场的冬储大白菜陆续上市,菜农忙着采收。

市民们趁着天晴纷纷前来选购,不少人一次买上几十斤。韦丹
""").items
    assert [c.name for c in item.credits] == ["韦丹"]
    assert item.paragraphs[-1].endswith("买上几十斤。")


def test_a_photographers_mark_or_a_word_with_no_surname_after_the_last_sentence_signs_nothing():
    assert bylines.split_trailing_byline("市民们纷纷前来选购。龙涛摄")[1] == []
    assert bylines.split_trailing_byline("市民们纷纷前来选购。目前")[1] == []


def test_a_bracket_after_xiaoxi_with_no_role_or_surnamed_name_is_no_dateline():
    assert bylines.split_dateline("有关消息(上图):近日,湘西州的柑橘陆续上市。") is None


def test_an_interviews_reporter_line_reads_the_reporter_not_the_verb():
    credits = bylines.parse_byline_line("——本报记者 韦丹 龙涛 专访")
    assert [(c.name, c.role) for c in credits] == [("韦丹", "记者"), ("龙涛", "记者")]


# Names alone after a dateline, set apart from the lead; or after the writer's mark, no dateline.
@pytest.mark.parametrize("before", ["江城日报讯 ", "文/图 "])
def test_names_set_apart_before_the_lead_are_its_writers(before):
    split = bylines.split_dateline(before + "周立新 吴敏  入秋以来,城郊的稻田一片金黄。")
    assert split is not None
    assert [c.name for c in split[1]] == ["周立新", "吴敏"]
    assert split[2] == "入秋以来,城郊的稻田一片金黄。"


def test_a_word_after_a_dateline_by_one_space_stays_in_the_lead():
    split = bylines.split_dateline("本报讯 高明 近日,县里举办民乐专场演出。")
    assert split is not None
    assert split[1] == []


def test_a_lead_opening_on_its_writers_text_and_picture_mark_credits_them():
    split = bylines.split_dateline("(周立新 文/图)6月3日,走进城郊的草莓大棚。")
    assert split == ("", [bylines.Credit("周立新", "作者")], "6月3日,走进城郊的草莓大棚。")


def test_a_sites_reporter_and_day_before_reports_leave_the_lead():
    split = bylines.split_dateline("东方网采访人员周立新10月8日报道:城郊的稻田一片金黄。")
    assert split is not None
    assert [(c.name, c.role) for c in split[1]] == [("周立新", "采访人员")]
    assert split[2] == "城郊的稻田一片金黄。"


def test_the_lead_under_a_sites_source_and_time_line_gives_its_writer(parse):
    (item,) = parse("""
## 城郊草莓喜获丰收

来源:江城在线 时间:2025-06-04

(周立新 文/图)6月3日,走进城郊的草莓大棚,满眼红艳,果农们正忙着采摘。

今年全镇草莓种植面积达到两千亩,亩均收入过万元。
""").items
    assert [c.name for c in item.credits] == ["周立新"]
    assert item.paragraphs[-2].startswith("6月3日,走进城郊")


def test_a_sites_boxed_source_and_author_fields_under_a_title_credit_the_author(parse):
    (item,) = parse("""
城郊晚稻陆续开镰收割

[来源:江城在线] [作者:周立新]

连日来,城郊各地抢抓晴好天气,陆续开镰收割晚稻,收割机在田里来回穿梭。
""").items
    assert item.title == "城郊晚稻陆续开镰收割"
    assert [c.name for c in item.credits] == ["周立新"]
    assert len(item.paragraphs) == 1


def test_names_set_solid_in_a_bracketed_photo_credit_after_the_role_are_each_credited():
    text = "增加了农民收入。(江城日报/江城网通讯员周立新郑海燕摄影)"
    assert [c.name for c in bylines.photo_credits_within(text)] == ["周立新", "郑海燕"]


def test_a_bracket_for_each_role_after_the_dateline_credits_both_and_leaves_the_lead():
    split = bylines.split_dateline("本报讯(通讯员 吴敏)(记者 周立新)近日,城郊草莓迎来采摘季。")
    assert split is not None
    assert [(c.name, c.role) for c in split[1]] == [("吴敏", "通讯员"), ("周立新", "记者")]
    assert split[2] == "近日,城郊草莓迎来采摘季。"


def test_a_bracket_after_the_reporters_naming_no_role_stays_in_the_lead():
    split = bylines.split_dateline("本报讯(记者 周立新)(上接第一版)城郊草莓迎来采摘季。")
    assert split is not None
    assert [c.name for c in split[1]] == ["周立新"]
    assert split[2].startswith("(上接第一版)")


def test_and_others_after_a_credits_last_name_names_no_one_more():
    text, credits = bylines.split_trailing_byline("活动精彩纷呈。(记者 周立新 吴敏等)")
    assert text == "活动精彩纷呈。"
    assert [(c.name, c.role) for c in credits] == [("周立新", "记者"), ("吴敏", "记者")]


def test_a_rare_surname_beside_a_name_in_a_datelines_bracket_is_read_two_words_are_not():
    split = bylines.split_dateline("人民网江城8月18日电 (吴敏 轩立新)采访团队8月17日抵达。")
    assert split is not None and [c.name for c in split[1]] == ["吴敏", "轩立新"]
    split = bylines.split_dateline("本报讯(高山 流水)近日,县里举办民乐专场演出。")
    assert split is not None and split[1] == []
