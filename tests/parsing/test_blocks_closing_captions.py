"""A picture's news told over its credited caption: the caption, set close under the text, ends
the item; text a picture's gap under it is the next one's. A picture set inside an article's text
stands a gap apart from the text above it, and the text runs on under it."""

from tests.parsing.helpers import names

NEWS = """
日前，城南苗圃的三万株桂花苗开始出圃，苗木将用于城区道路和公园的绿化提升。

近年来，苗圃引进新品种二十余个，年产优质苗木十万株以上。

图为工人在苗圃里起挖桂花苗。 张强 摄



"""

NEXT = (
    "深秋时节，北山林场的工人们正忙着为新栽的树苗培土浇水，确保苗木安全越冬，成活率达到九成以上。\n"
)


def test_text_a_pictures_gap_under_a_closing_caption_opens_the_next_item(parse):
    news, forest = parse(f"{NEWS}{NEXT}").items
    assert names(news) == ["张强"] and len(news.paragraphs) == 2
    assert forest.paragraphs[0].startswith("深秋时节") and not names(forest)


def test_text_set_close_under_the_caption_runs_on(parse):
    (news,) = parse(NEWS.rstrip("\n") + "\n\n" + NEXT).items
    assert news.paragraphs[-1].startswith("深秋时节")
