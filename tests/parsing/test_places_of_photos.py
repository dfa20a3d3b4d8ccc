"""Where a photo is filed when its caption names no place below a province: the story printed
beside it, as for a caption naming no place at all. No Django needed."""

import pytest

from archive.gazetteer import Gazetteer
from archive.ingest.prepare import item_places
from archive.parsing import PHOTO, Credit, Item


def _names(item, items):
    gazetteer = Gazetteer.default()
    return [gazetteer.get(m.code).name for m in item_places(item, items).places]


@pytest.mark.parametrize(
    ("story", "caption", "expected"),
    [
        # a caption naming only its province takes the story's places inside it
        (
            "北京市延庆区的山村修通了柏油路。",
            "北京最北边的山村里,村民走在路上。",
            ["北京市", "延庆区"],
        ),
        # but none outside it
        ("河北省承德市兴隆县的果农忙着采摘板栗。", "山西的游客在果园里采摘。", ["山西省"]),
        # a caption naming a county keeps its own places
        (
            "北京市延庆区的山村修通了柏油路。",
            "北京市怀柔区的山村里,村民走在路上。",
            ["北京市", "怀柔区"],
        ),
    ],
)
def test_a_caption_naming_only_a_province_is_filed_with_the_story_beside_it(
    story, caption, expected
):
    before = Item(1, title="山村新事", paragraphs=[story])
    photo = Item(2, kind=PHOTO, captions=[caption])
    assert _names(photo, [before, photo]) == expected


def test_a_pictured_caption_shows_the_story_before_it():
    before = Item(1, title="赶大集", paragraphs=["衡水市枣强县的志愿者来到大集上服务群众。"])
    photo = Item(2, kind=PHOTO, captions=["图为志愿者为群众发放宣传材料。"])
    after = Item(3, title="法庭获评先进", paragraphs=["沧州市沧县法院的法庭为群众发放宣传材料。"])
    assert _names(photo, [before, photo, after]) == ["河北省", "衡水市", "枣强县"]


def test_a_photo_taken_by_a_storys_reporter_shows_that_story():
    before = Item(1, title="巨变", paragraphs=["昌吉市六工镇的村民住进了新楼房。"])
    before.credits = [Credit("张明", "记者")]
    photo = Item(2, kind=PHOTO, captions=["7月5日,渔业公司负责人在鱼塘捞鱼。"])
    photo.credits = [Credit("张明", "摄影")]
    after = Item(3, title="鱼塘丰收", paragraphs=["哈巴河县渔业公司的鱼塘迎来丰收,负责人在捞鱼。"])
    assert _names(photo, [before, photo, after]) == ["新疆维吾尔自治区", "昌吉回族自治州", "昌吉市"]


def test_an_agency_photo_shows_the_agencys_story_not_the_local_one_beside_it():
    before = Item(1, title="蔬菜之乡", paragraphs=["在寿光市,蔬菜大棚连成一片,菜农收入逐年增加。"])
    before.byline = "新华社记者 王强"
    photo = Item(2, kind=PHOTO, captions=["菜农在大棚里采摘黄瓜,准备运往外地。"])
    photo.byline = "新华社记者 李华摄"
    after = Item(3, title="黄瓜上市", paragraphs=["莱西市的菜农在大棚里采摘黄瓜,运往外地。"])
    assert _names(photo, [before, photo, after]) == ["山东省", "潍坊市", "寿光市"]
