"""A credit names its writers only: the staff a sign-off lists, the source it names, a body
credited among the people and the verb after a role word are no one."""

import pytest

from archive.parsing import lexicon
from archive.parsing.bylines import (
    ROLES,
    parse_byline_line,
    parse_credit_line,
    parse_names,
    split_dateline,
    split_trailing_byline,
)
from archive.parsing.lines import CAPTION, CREDIT, FURNITURE, PICTURE, SIGNOFF, read_lines


def names(credits):
    return None if credits is None else [c.name for c in credits]


def test_a_sign_off_line_credits_its_writer_not_its_reviewer_source_or_editor():
    line = "作者:张明远  审稿:李华  摄影 :  来源:经管学院  编辑:王芳"
    assert names(parse_byline_line(line)) == ["张明远"]


# 制图 is a staff role on the page's foot and the chart maker's credit in a byline.
@pytest.mark.parametrize("role", [r for r in lexicon.STAFF_ROLES if r not in ROLES])
def test_every_staff_role_after_the_writer_credits_no_one(role):
    assert names(parse_byline_line(f"记者 张明远 {role}:李华")) == ["张明远"]


def test_a_source_among_the_fields_is_the_source_whatever_its_shape():
    assert names(parse_names("记者 张明远 来源:县融媒 通讯员 李华")) == ["张明远", "李华"]
    assert names(parse_names("作者:张明远 来源:")) == ["张明远"]


@pytest.mark.parametrize("body", ["县人民医院", "市第一中学", "农业技术推广中心", "数统学院"])
def test_a_body_credited_among_the_people_is_no_one(body):
    assert names(parse_byline_line(f"通讯员 {body} 张明远")) == ["张明远"]


def test_a_caption_run_into_its_credit_is_no_body():
    """ "X县城。X县融媒体中心记者 Y摄": the caption, not a body, stands before the credit."""
    assert parse_credit_line("古城县城。古城县融媒体中心记者 张明远摄") is None
    (line,) = read_lines("古城县城。古城县融媒体中心记者 张明远摄")
    assert line.kind in (CAPTION, PICTURE, CREDIT)
    assert line.text.startswith("古城县城。") and names(line.credits) == ["张明远"]


def test_the_verb_after_a_role_word_is_no_name():
    assert parse_byline_line("省分社两名新入职记者走进乡村") is None
    assert parse_byline_line("本报记者来到东北") is None


def test_a_sign_off_stacked_one_field_a_line_is_furniture(parse):
    page = parse("""
## 山村稻田迎丰收

秋风拂过田野，金灿灿的稻穗随之摆动，村民们抢抓晴好天气收割稻谷。

（通讯员：张明远）

编辑

刘芳

责编

欧阳晓明

审核

孙丽

## 茶园里的好日子

本报讯 近日，县里的茶园进入采摘期，茶农们忙着采摘新茶。
""")
    assert [item.title for item in page.items] == ["山村稻田迎丰收", "茶园里的好日子"]
    assert [c.name for c in page.items[0].credits] == ["张明远"]
    assert page.items[1].credits == []
    lines = read_lines("审核\n\n孙丽\n")
    assert [line.kind for line in lines] == [FURNITURE, FURNITURE]
    lines = read_lines("编辑：\n孙丽、刘芳\n审核|\n王大明\n")
    assert [line.kind for line in lines] == [FURNITURE] * 4
    assert (
        read_lines("编辑\n\n春耕图\n\n本报讯 连日来，全县春耕生产有序推进。\n")[1].kind != FURNITURE
    )


@pytest.mark.parametrize("task", lexicon.CREDIT_TASKS)
def test_a_task_a_credit_block_lists_is_no_name(task):
    credits = parse_byline_line(f"本报记者 张明远 {task}:李华")
    assert names(credits) == ["张明远", "李华"]


@pytest.mark.parametrize("place", ["城关镇", "东坡区", "平安乡"])
def test_a_place_credited_for_its_correspondent_is_no_one(place):
    assert names(parse_byline_line(f"记者 张明远 通讯员 {place} 李华")) == ["张明远", "李华"]


def test_a_publicity_office_signing_as_correspondent_is_no_one():
    assert names(parse_byline_line("记者 张明远 刘芳 通讯员 湘农宣")) == ["张明远", "刘芳"]
    assert names(parse_byline_line("通讯员 李德宣")) == ["李德宣"]


@pytest.mark.parametrize("title", ["王书记", "李大爷", "赵经理"])
def test_someone_addressed_by_post_or_kin_is_no_credited_name(title):
    assert parse_byline_line(f"记者 {title}") is None
    assert names(parse_byline_line("特约通讯员 谭总")) == ["谭总"]


def test_a_sign_off_barred_as_apps_print_it_is_furniture_and_its_source_a_sign_off(parse):
    page = parse("""
## 山村锥栗喜丰收

本报讯 近年来，县里利用高山冷凉气候种植锥栗，全县已种植锥栗一万余亩，助农增收效果明显。

监制|王大明 周强
策划|杨晓东
记者|史超杰
编辑/杨晓东
来源丨山城发布
""")
    (item,) = page.items
    assert item.title == "山村锥栗喜丰收"
    assert [c.name for c in item.credits] == ["史超杰"]
    kinds = [line.kind for line in read_lines("监制|王大明 周强\n策划|杨晓东\n来源丨山城发布\n")]
    assert kinds == [FURNITURE, FURNITURE, SIGNOFF]


@pytest.mark.parametrize("prefix", lexicon.STAFF_PREFIXES)
def test_a_staff_role_with_its_desk_or_post_before_it_is_furniture_and_no_one(prefix):
    assert read_lines(f"{prefix}编辑：张明远")[0].kind == FURNITURE
    assert names(parse_byline_line(f"记者 李华 {prefix}编辑：张明远")) == ["李华"]


@pytest.mark.parametrize("word", lexicon.SOURCE_WORDS)
def test_every_source_word_after_the_writer_names_no_one(word):
    assert names(parse_byline_line(f"作者：李华 {word}：县融媒体中心")) == ["李华"]


def test_a_source_word_with_what_it_sources_before_it_names_no_one():
    assert names(parse_byline_line("作者：李华 图片来源：视觉中国")) == ["李华"]
    assert read_lines("稿件来源：县融媒体中心")[0].kind == SIGNOFF


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("指导教师：张明远 作者：李华", ["张明远", "李华"]),
        ("记者 李华 指导单位：县委宣传部", ["李华"]),
        ("协作：山城融媒 张明远 记者：李华", ["张明远", "李华"]),
        ("记者 李华 H5：张明远", ["李华", "张明远"]),
    ],
)
def test_a_fields_label_before_its_colon_is_no_name(line, expected):
    assert names(parse_byline_line(line)) == expected


def test_the_outlet_in_a_roles_label_is_no_one():
    assert names(parse_byline_line("南都记者：张明远")) == ["张明远"]
    assert names(parse_byline_line("王兴国记者梁可心")) == ["王兴国", "梁可心"]


def test_a_four_character_word_under_a_writers_mark_alone_is_a_title_not_a_name(parse):
    assert parse_credit_line("图文：秋粮满仓") is None
    assert names(parse_credit_line("图文：张小明")) == ["张小明"]
    assert names(parse_byline_line("文/欧阳晓明")) == ["欧阳晓明"]
    assert names(parse_byline_line("记者 扎西顿珠")) == ["扎西顿珠"]
    page = parse("""
## 乡村短讯

本报讯 连日来，县里举办丰收节，展示各乡镇的特色农产品，吸引大批市民前来选购。

图文：秋粮满仓

金秋时节，稻谷飘香，塘湖镇望湖村的金色稻田一望无际，村民们正忙着收割。

通讯员 张明远 摄
""")
    assert page.items[-1].title.endswith("秋粮满仓")
    assert all(c.name != "秋粮满仓" for item in page.items for c in item.credits)


@pytest.mark.parametrize(
    ("bracket", "expected"),
    [
        ("(王立新 潘成崔艳)", ["王立新", "潘成", "崔艳"]),
        ("(王立新 欧阳晓明)", ["王立新", "欧阳晓明"]),
        ("(刘付诗晨 张明)", ["刘付诗晨", "张明"]),
        ("(记者 那仁高娃 张明)", ["那仁高娃", "张明"]),
    ],
)
def test_four_characters_among_spaced_names_without_a_role_are_two_names(bracket, expected):
    credits = split_dateline(f"中新网6月14日电{bracket}13日，雨后的村庄格外清新。")[1]
    assert names(credits) == expected


@pytest.mark.parametrize("head", lexicon.CREDIT_BLOCK_HEADS)
def test_a_credit_block_headed_by_its_planners_credits_its_writers(head):
    (line,) = read_lines(f"{head}：张明远 文字：王芳 摄影：赵强 编辑：周杰")
    assert names(line.credits) == ["王芳", "赵强"]
    assert read_lines(f"{head}：张明远")[0].kind == FURNITURE


def test_the_longest_staff_word_is_read_whole():
    """总编辑 is one role, not 总编 and a stray 辑 before the editor's name."""
    assert names(parse_byline_line("记者 李华 总编辑：欧阳晓明")) == ["李华"]


def test_a_station_named_short_among_the_reporters_is_no_one():
    line = "记者:江城台,周立新,吴敏,临川台,郑海燕"
    assert names(parse_byline_line(line)) == ["周立新", "吴敏", "郑海燕"]


def test_a_place_before_an_outlets_short_name_and_role_is_no_one():
    """ "江城融媒记者X": 江城融媒 (the county's media centre) is the outlet, not 江城 a name
    before the role 融媒记者."""
    assert names(split_dateline("本报讯 江城融媒记者周立新 近日,城郊草莓迎来采摘季。")[1]) == [
        "周立新"
    ]
    assert names(parse_byline_line("江城融媒记者周立新 通讯员 吴敏")) == ["周立新", "吴敏"]


def test_a_magazine_quoted_apart_before_its_reporter_is_its_outlet_a_quoted_title_is_not():
    """A magazine named apart before its reporter is dropped as any outlet is; a piece's own
    title printed so is not, and the line is no byline."""
    assert parse_byline_line("《江城经济周刊》 记者 周立新 | 临川县城报道") is not None
    assert parse_byline_line("《临川是个好地方》  本刊记者 周立新 文并图") is None


@pytest.mark.parametrize("label", ["撰稿", "采写", "执笔"])
def test_the_field_naming_who_wrote_a_piece_credits_its_writer_not_the_reviewer(label):
    assert names(parse_byline_line(f"{label}:周立新 审核:吴敏 编辑:郑海燕")) == ["周立新"]


def test_a_pictures_label_credits_its_photographer_a_pictures_source_no_one():
    assert names(parse_credit_line("图片:周立新")) == ["周立新"]
    assert parse_credit_line("图片来源:周立新") is None


@pytest.mark.parametrize("credit", ["(江城发布)", "(图源:江城发布)", "(图源:周立新)"])
def test_an_account_or_a_pictures_source_closing_the_text_is_no_one(credit):
    assert split_trailing_byline(f"景区游客络绎不绝。{credit}") == (
        "景区游客络绎不绝。" + credit,
        [],
    )
