"""A picture between two texts: the article's own when its text runs on under it, an item of its
own when the text under it opens the next story."""

from archive.parsing import PHOTO
from tests.parsing.helpers import names

STORY = """
## 山村通了公交车

本报讯（记者 周明）本月起，城里开往山村的公交车每天往返四趟，村民进城不用再走山路。

“以前赶一次集要走两个钟头。”村民老李说。




村民在村口的站台等候公交车。 李强 摄




"""

MORE = "镇里还打算明年再添两辆新能源车，方便更多村民出行。\n"


def _under_the_picture(parse, opening: str):
    """The story, its picture, then a paragraph opening so and a short one after it."""
    return parse(f"{STORY}{opening}\n\n{MORE}")


def test_a_lead_opening_with_its_day_a_pictures_gap_under_it_opens_the_next_story(parse):
    page = _under_the_picture(
        parse,
        "日前，镇上的农贸市场完成改造，新搭的顶棚下蔬菜、水果、肉类摊位分区整齐排开，"
        "前来买菜的居民络绎不绝。",
    )
    article, photo, market = page.items
    assert names(article) == ["周明"]
    assert photo.kind == PHOTO and names(photo) == ["李强"]
    assert market.paragraphs[0].startswith("日前")


def test_text_going_on_with_the_scene_under_the_picture_is_the_articles_own(parse):
    page = _under_the_picture(
        parse,
        "站台旁新修了候车亭，遮阳挡雨，还装上了电子站牌，"
        "老人们常常坐在这里一边等车一边聊着村里的新鲜事。",
    )
    (item,) = page.items
    assert item.captions == ["村民在村口的站台等候公交车。"]
    assert item.paragraphs[-2].startswith("站台旁")


def test_a_stretch_of_time_under_the_picture_goes_on_with_the_article(parse):
    page = _under_the_picture(
        parse,
        "近年来，全县新开通村村通公交线路二十余条，新修硬化道路上百公里，"
        "山区群众出行难的问题逐步得到了解决。",
    )
    (item,) = page.items
    assert item.paragraphs[-2].startswith("近年来")
