"""A place-colon title ("东山村:茶园里的春天") set on two lines, the place and its colon alone
on the first: both lines are the title, not a paragraph's first words."""

from archive.parsing.lines import BODY, HEAD, read_lines


def test_a_place_and_its_colon_over_the_rest_of_its_title_is_a_heading():
    lines = read_lines("""
■山乡短讯

东山村:
茶园里的春天
清明前后，东山村的茶园进入采摘旺季，茶农们天不亮就上山。
""")
    _, place, rest, text = lines
    assert place.kind == HEAD
    assert rest.kind == HEAD
    assert text.kind == BODY


def test_a_title_broken_at_its_colon_under_finished_text_heads_the_next_piece(parse):
    page = parse("""
东山茶香

东山村的茶园进入采摘旺季，茶农们天不亮就上山。


西岭村:
茶园里的春天
清明前后，西岭村的茶园进入采摘旺季，茶农们天不亮就上山，一干就是一整天。
""")
    first, second = page.items
    assert first.title == "东山茶香"
    assert second.title == "西岭村: 茶园里的春天"


def test_a_speaker_and_a_colon_over_a_quote_stay_text():
    """What someone says opens a quote: "村支书说:" over it is a sentence's line."""
    lines = read_lines("""
清明前后，东山村的茶园进入采摘旺季，茶农们天不亮就上山。
村支书介绍:
“今年的茶叶品质好，价格也比去年高”
""")
    assert lines[1].kind == BODY
