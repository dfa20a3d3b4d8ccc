"""The running head at the top of a page names its date, page and sometimes its paper."""

import datetime

import pytest

from archive.parsing.lines import is_running_head
from archive.parsing.running_head import (
    RunningHead,
    chinese_number,
    read_running_head,
    running_head_section,
)


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        ("2021年11月30日 星期二 第3版 要闻", RunningHead("", datetime.date(2021, 11, 30), 3)),
        (
            "湖北日报 2024年3月8日 星期五 第4版 综合",
            RunningHead("湖北日报", datetime.date(2024, 3, 8), 4),
        ),
        (
            "005版:综合·社会\n\n2009 年 1 月 12 日 星期一",
            RunningHead("", datetime.date(2009, 1, 12), 5),
        ),
        ("第三版:社区      2025年11月28日 星期五", RunningHead("", datetime.date(2025, 11, 28), 3)),
        ("2017年10月23日 星期一 A07\n\n皖事·城区", RunningHead("", datetime.date(2017, 10, 23), 7)),
        (
            "2022年10月24日 星期一\n第12版 川渝新闻",
            RunningHead("", datetime.date(2022, 10, 24), 12),
        ),
        ("04版:日报四版\n\n2023年07月27日", RunningHead("", datetime.date(2023, 7, 27), 4)),
    ],
)
def test_a_running_head_gives_the_date_page_and_paper_it_prints(top, expected):
    assert read_running_head(top + "\n\n南岗区启动社区志愿服务月活动\n\n本报记者 赵青") == expected


def test_a_page_without_a_running_head_leaves_everything_unknown():
    page = "南岗区启动社区志愿服务月活动\n\n本报讯 2021年11月29日，南岗区启动活动。"
    assert read_running_head(page) == RunningHead()


def test_an_impossible_printed_date_is_not_an_edition_date():
    assert read_running_head("2021年2月30日 星期二 第3版").edition_date is None


def test_chinese_page_numbers():
    assert [chinese_number(n) for n in ("三", "十", "十二", "二十", "九十九")] == [
        3,
        10,
        12,
        20,
        99,
    ]


def test_the_section_is_what_the_running_head_prints_besides_paper_date_and_page():
    page = "湖北日报 2024年3月8日 星期五 第4版 综合\n\n南岗区启动社区志愿服务月活动"
    assert "湖北" not in running_head_section(page)  # the paper's home is no section's place
    assert "综合" in running_head_section(page)
    assert "申城·社区" in running_head_section("申城·社区 第12版 2026年2月7日 星期六\n\n弄堂情深")
    assert running_head_section("南岗区启动社区志愿服务月活动\n\n本报讯") == ""


@pytest.mark.parametrize(
    "top",
    [
        "沃野乡村·第3版",
        "第2版 · 县域经济",
        "【田园牧歌】 第8版 · 乡村振兴",
        "第5版 县域·三农 2024年5月6日",
        "第7版 | 2025年4月2日 | 田园",
        "青禾农报 第A06版 三农",
    ],
)
def test_a_page_number_among_the_pages_words_and_date_is_a_running_head(top):
    assert is_running_head(top)


@pytest.mark.parametrize("text", ["(上接第1版)", "本报第2版刊发评论员文章"])
def test_prose_naming_a_page_is_no_running_head(text):
    assert not is_running_head(text)


def test_a_running_head_with_its_date_last_is_not_the_first_title(parse):
    first = parse("""
青禾农报
第5版 县域·三农 2024年5月6日


山乡春耕正当时

连日来，各地农民抢抓农时，田间地头一派繁忙。
""").items[0]
    assert first.title == "山乡春耕正当时"
