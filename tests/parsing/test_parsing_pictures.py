"""Pictures as real pages print them: a caption that ends in its credit, standing between
pictures' gaps, is a photo item of its own unless it plainly belongs to the article around it."""

import pytest

from archive.parsing import bylines


def names(item):
    return [c.name for c in item.credits]


def test_a_series_of_captioned_pictures_under_a_label_is_one_photo_item_each(parse):
    page = parse("""
## 秋收时节棉田忙

本报讯（记者 张明）全县棉花进入采收期，棉农抓紧晴好天气采摘。

### 图片新闻



4月6日，播种机在温宿县的棉田里播种棉花，这一播种期比往年提前了五天，农技人员全程跟踪指导。 □蔡增乐摄



7月21日，库车市的棉农在棉田里利用无人机喷药。 □袁欢欢摄



11月10日，大型采棉机在尉犁县棉田采收棉花。 □李 飞摄
""")
    article, *photos = page.items
    assert article.title == "秋收时节棉田忙"
    assert [(p.kind, p.title, names(p)) for p in photos] == [
        ("photo", "", ["蔡增乐"]),
        ("photo", "", ["袁欢欢"]),
        ("photo", "", ["李飞"]),
    ]
    assert photos[0].paragraphs[0].endswith("全程跟踪指导。")
    assert "section label left out: 图片新闻" in page.warnings


def test_a_picture_under_an_articles_last_subheading_takes_it_as_its_title(parse):
    page = parse("""
## 樱花园周末迎赏花潮

连下一周雨后，周末迎来阳光灿烂的天气，大批市民前来赏樱。

### 樱花园迎客



3月7日，樱花园正式开园迎客，吸引众多市民前来踏春赏花。记者邬晓芳 李辉摄影报道
""")
    article, photo = page.items
    assert article.paragraphs == ["连下一周雨后，周末迎来阳光灿烂的天气，大批市民前来赏樱。"]
    assert (photo.kind, photo.title, names(photo)) == ("photo", "樱花园迎客", ["邬晓芳", "李辉"])


def test_a_picture_the_text_runs_on_under_is_the_articles_own(parse):
    page = parse("""
## 文圣区打造滨水宜居示范区

本报讯（记者 赵婉姝）今年以来，文圣区聚焦滨水资源，建设休闲旅游区。

小岛如今热闹非凡。



十里画廊景区是游客消夏纳凉的好去处。 纪明哲摄




同样在太子岛上，景区新建了天空之境、水雾栈道等景观，并增加了餐饮服务、古典游船等项目，游客可以在岛上住一晚。
""")
    (item,) = page.items
    assert item.captions == ["十里画廊景区是游客消夏纳凉的好去处。"]
    assert set(names(item)) == {"纪明哲", "赵婉姝"}
    assert item.paragraphs[-1].startswith("同样在太子岛上")


def test_a_picture_between_two_articles_is_an_item_of_its_own(parse):
    page = parse("""
## 血脐大量上市

本报讯（记者 张明）长寿区的血脐进入采摘期，果园里一片繁忙。



丰都县包鸾镇花地堡村，机收人员抢收晚稻。通讯员 熊波 摄/视觉重庆

## 开州区新建一批乡村公路

本报讯（记者 李华）开州区今年新建乡村公路二百公里。
""")
    first, photo, second = page.items
    assert names(first) == ["张明"]
    assert (photo.kind, names(photo)) == ("photo", ["熊波"])
    assert second.title == "开州区新建一批乡村公路"


@pytest.mark.parametrize(
    "line, want",
    [
        ("谭标 摄(贵州图片库发)", ["谭标"]),
        ("傅聪 张颐佳 摄影报道", ["傅聪", "张颐佳"]),
        ("(湖北日报全媒记者倪娜通讯员晏君摄)", ["倪娜", "晏君"]),
    ],
)
def test_credit_forms_real_pages_print(line, want):
    assert [c.name for c in bylines.parse_credit_line(line)] == want


def test_a_picture_over_a_plain_title_set_is_its_own_item_and_the_title_the_next_articles(parse):
    page = parse("""
当天,记者在云集镇玛瑙村看到,

漫山遍野的血脐树上挂满了果子。




丰都县包鸾镇花地堡村,机收人员抢收晚稻。通讯员 熊波 摄/视觉重庆

重庆市开州区
正式挂牌运行

7月22日,撤县建区的开州

区正式挂牌运行。
""")
    article, photo, second = page.items
    assert article.paragraphs[-1].endswith("漫山遍野的血脐树上挂满了果子。")
    assert (photo.kind, names(photo)) == ("photo", ["熊波"])
    assert (second.title, second.paragraphs) == (
        "重庆市开州区 正式挂牌运行",
        ["7月22日,撤县建区的开州区正式挂牌运行。"],
    )


def test_a_lead_set_apart_over_a_captioned_picture_is_a_photo_item_of_its_own(parse):
    article, photo, after = parse("""
河畔公园改造完工

本报讯（记者 张明）历时半年改造，河畔公园昨日重新开放，新增步道三公里。



重阳节当天，城东社区组织志愿者走进辖区高龄老人家中，为八十岁以上的老人送去长寿面、慰问品和节日祝福，陪老人聊天拉家常。



社区志愿者为老人送上长寿面。（记者 李红 摄）



老街夜市重新开张

本报讯（记者 王强）老街夜市昨晚重新开张，八十多个摊位迎来首批顾客。
""").items
    assert article.paragraphs[-1].endswith("新增步道三公里。")
    assert (photo.kind, names(photo)) == ("photo", ["李红"])
    assert photo.paragraphs[0].startswith("重阳节当天")
    assert after.title == "老街夜市重新开张"
