"""What makes a cut one an editor checks first, and a plain article no doubt.

Doubts: a title only a line's width vouched for, a title cut out of a longer line, names read
off the usual byline shapes. A markdown title over a standard byline is no doubt."""

from archive.parsing import parse_page
from archive.parsing.items import Credit
from archive.parsing.lines import read_lines
from tests.conftest import (
    GARDEN_LEAD,
    GARDEN_MORE,
    GUESSED_TITLE,
    GUESSED_TITLE_PAGE,
    NANGANG,
    page_text,
    wrapped,
)


def test_a_title_only_its_width_vouches_for_is_a_guess_and_a_doubt():
    lines = {ln.text: ln for ln in read_lines(GUESSED_TITLE_PAGE)}
    guessed = lines[GUESSED_TITLE].decisions[-1]
    assert (guessed.rule, guessed.guess) == ("headings", True)
    assert not lines[NANGANG.title].decisions[-1].guess  # over a dateline and a byline
    items = parse_page(GUESSED_TITLE_PAGE).items
    assert [item.title for item in items] == [NANGANG.title, GUESSED_TITLE]
    assert items[0].doubts == []
    assert items[1].doubts == [
        f"title guessed: 「{GUESSED_TITLE}」 (a short line, nothing else marks it)"
    ]


def test_a_markdown_title_over_a_standard_byline_is_no_doubt():
    text = page_text(NANGANG).replace(NANGANG.title, f"## {NANGANG.title}")
    (item,) = parse_page(text).items
    assert item.title == NANGANG.title
    assert item.confident


def test_a_line_running_on_from_a_guessed_title_is_a_guess_too():
    text = GUESSED_TITLE_PAGE.replace(GUESSED_TITLE, f"{GUESSED_TITLE}\n独居老人不再怕冷")
    lines = {ln.text: ln for ln in read_lines(text)}
    assert lines["独居老人不再怕冷"].decisions[-1].guess
    doubts = parse_page(text).items[1].doubts
    assert [d.split(":")[0] for d in doubts] == ["title guessed"]


def test_a_title_cut_at_sixty_characters_says_so():
    title = "哈尔滨市南岗区花园街道" * 7  # 77 characters, no space to split a kicker at
    text = page_text(NANGANG).replace(NANGANG.title, f"## {title}")
    (item,) = parse_page(text).items
    assert item.title == title[:60]
    assert item.doubts == [
        f"title guessed: 「{title[:60]}」 (cut at 60 characters, the rest taken as its subtitle)"
    ]


def test_names_set_solid_and_split_by_a_guess_are_one_doubt():
    text = (
        "## 南岗区启动社区志愿服务月活动\n\n本报讯（记者任媛媛徐飞）" + NANGANG.paragraphs[1] + "\n"
    )
    (item,) = parse_page(text).items
    assert item.credits == [Credit("任媛媛", "记者"), Credit("徐飞", "记者")]  # as before
    assert {c.doubt for c in item.credits} == {"names set solid, split by a guess"}
    assert item.doubts == [
        "byline unknown shape: 「任媛媛」「徐飞」 (names set solid, split by a guess)"
    ]


def test_a_bare_name_under_a_title_is_a_doubt_a_role_word_is_not():
    text = "\n".join(["九龙人看九龙镇", "刘琼", *wrapped(GARDEN_LEAD, GARDEN_MORE)]) + "\n"
    (item,) = parse_page(text).items
    assert item.credits == [Credit("刘琼", "作者")]
    assert item.doubts == [
        "byline unknown shape: 「刘琼」 (a name alone under a title, no role word)"
    ]
    signed = parse_page(text.replace("刘琼", "本报记者 刘琼")).items[0]
    assert signed.credits == [Credit("刘琼", "记者")] and not signed.doubts


def test_an_agency_or_photo_role_keeps_the_credits_doubt():
    (item,) = parse_page(
        "## 标题一则\n\n新华社北京3月5日电（记者任媛媛徐飞）" + GARDEN_MORE + "\n"
    ).items
    assert [c.role for c in item.credits] == ["新华社记者", "新华社记者"]
    assert all(c.doubt for c in item.credits)
