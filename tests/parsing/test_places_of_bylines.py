"""Where a story is filed from what its byline prints before its people: a dateline run into
the byline (图木舒克讯通讯员 王明 报道) and, for a story naming no place, the newsroom its
reporters write for (株洲晚报融媒体记者). No Django needed."""

from archive.gazetteer import Gazetteer
from archive.ingest.prepare import credit_outlets, item_places
from archive.parsing import PHOTO, Item


def _names(item, items=None):
    gazetteer = Gazetteer.default()
    return [gazetteer.get(m.code).name for m in item_places(item, items or [item]).places]


def test_a_byline_prints_its_outlet_before_the_role_and_people_after():
    assert credit_outlets("文/图 湖南日报全媒体记者 周明 / 通讯员 李华") == ["湖南日报全媒体"]
    assert credit_outlets("石河子讯通讯员王明 报道") == ["石河子讯"]
    assert credit_outlets("(张明 李华)") == []


def test_a_dateline_run_into_the_byline_is_where_the_story_was_filed():
    item = Item(1, paragraphs=["4月2日,采访团一行来到我团,采访了城镇化建设。"])
    item.byline = "石河子讯通讯员王明 报道"
    assert "石河子市" in _names(item)


def test_a_story_naming_no_place_is_filed_under_its_reporters_newsroom():
    item = Item(1, title="丰收节里看丰景", paragraphs=["秋风渐起,稻浪翻滚,丰收的味道浓了。"])
    item.byline = "策划/李明 执行/岳阳晚报融媒体记者 王军 杨华"
    assert _names(item) == ["湖南省", "岳阳市"]


def test_a_story_naming_its_place_is_not_filed_under_the_newsroom_too():
    item = Item(1, paragraphs=["新疆吐鲁番市高昌区的葡萄熟了。"])
    item.byline = "文/图 湖南日报全媒体记者 周明"
    assert "湖南省" not in _names(item)


def test_a_photo_naming_no_place_shows_the_story_beside_it_not_the_newsroom():
    story = Item(1, paragraphs=["湖北省宜昌市宜都市的柑橘熟了。"])
    photo = Item(2, kind=PHOTO, captions=["果农在采摘柑橘。"])
    photo.byline = "湖北日报全媒记者 张明 摄"
    assert _names(photo, [story, photo]) == ["湖北省", "宜昌市", "宜都市"]
