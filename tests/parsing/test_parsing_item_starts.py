"""Where an item starts: the cues an editor sees a new article by, inside a page's run of text."""

# A titled article the cases below set other text under.
GARDEN = """老街坊的新菜园

城北街道把闲置多年的空地改成了共享菜园，附近居民每天都来浇水除草，邻里关系更近了。
"""
GARDEN_SECTION = """
菜园有了管理员

菜园由居民轮流管理，每周一次的碰头会上大家商量种什么、怎么分，小事都能当场定下来。
"""


def test_a_heading_set_further_apart_than_the_articles_sections_opens_the_next(parse):
    page = parse(
        GARDEN
        + GARDEN_SECTION
        + """

河堤步道全线贯通

经过半年施工，沿河步道全线贯通，早晚来散步的市民络绎不绝，不少人专门带孩子来看水鸟。

夜里也有路灯照明

步道两侧新装了一百多盏太阳能路灯，夜里走在河边也不再摸黑，附近的老人们都说安心多了。
"""
    )
    assert [item.title for item in page.items] == ["老街坊的新菜园", "河堤步道全线贯通"]


def test_a_heading_set_as_far_apart_as_the_articles_sections_stays_one_of_them(parse):
    page = parse(
        GARDEN
        + """

■菜园有了管理员

菜园由居民轮流管理，每周一次的碰头会上大家商量种什么、怎么分，小事都能当场定下来。


收获时节分享多

到了秋天，菜园里的南瓜和豆角大丰收，居民们把吃不完的菜送给社区里的独居老人。
"""
    )
    assert [item.title for item in page.items] == ["老街坊的新菜园"]
    assert page.items[0].subheads == ["菜园有了管理员", "收获时节分享多"]


def test_a_boxed_column_label_under_finished_text_opens_its_briefs(parse):
    page = parse(
        GARDEN
        + GARDEN_SECTION
        + """
■社区简讯

近日，东关社区组织志愿者走访辖区独居老人，为他们检查家中燃气管道和电器线路。
"""
    )
    assert len(page.items) == 2
    assert page.items[1].paragraphs == [
        "近日，东关社区组织志愿者走访辖区独居老人，为他们检查家中燃气管道和电器线路。"
    ]


def test_a_place_heading_the_text_above_already_names_is_one_of_its_parts(parse):
    page = parse("""
三个社区获评美丽家园

日前，今年的美丽家园名单公布，本区有两个社区上榜，分别是：东湖社区和西岭社区。

东湖社区：把湖边小路修成了步道

东湖社区沿湖修建了两公里长的步道，还在路边补种了上百棵樱花树，春天吸引不少游客。

西岭社区：老厂房变身文化站

西岭社区把闲置的老厂房改成了文化站，每周都有书法、合唱和象棋活动，居民们乐在其中。
""")
    assert [item.title for item in page.items] == ["三个社区获评美丽家园"]


def test_a_heading_under_text_ending_in_a_colon_is_a_part_it_introduces(parse):
    page = parse("""
节日里的社区活动

社区为迎接元宵节准备了三场活动，时间安排如下：

猜灯谜

12日，居民们在社区广场猜灯谜、领奖品，不少孩子拉着爷爷奶奶一起来参加。
""")
    assert [item.title for item in page.items] == ["节日里的社区活动"]


def test_a_byline_a_pictures_gap_under_finished_text_signs_the_text_below(parse):
    page = parse(
        GARDEN
        + """

记者 王小明 通讯员 李华

9月3日，记者走进东关村，村道两旁新栽的桂花树已经开花，村民们正忙着晾晒刚收的玉米。
"""
    )
    assert len(page.items) == 2
    assert [c.name for c in page.items[0].credits] == []
    assert [c.name for c in page.items[1].credits] == ["王小明", "李华"]


def test_a_byline_straight_under_finished_text_closes_it(parse):
    page = parse(
        GARDEN
        + """
记者 王小明 通讯员 李华
"""
    )
    assert len(page.items) == 1
    assert [c.name for c in page.items[0].credits] == ["王小明", "李华"]


def test_a_lead_opening_with_its_day_a_pictures_gap_under_finished_text_is_a_new_item(parse):
    page = parse(
        GARDEN
        + """

11月18日上午，东关小学组织学生志愿者走进社区，帮助居民清扫楼道、清理小广告，还给独居老人送去了自己做的贺卡。
"""
    )
    assert len(page.items) == 2
    assert page.items[1].paragraphs[0].startswith("11月18日上午")


def test_a_paragraph_running_on_a_pictures_gap_down_stays_in_its_article(parse):
    page = parse(
        GARDEN
        + """

菜园由居民轮流管理，每周一次的碰头会上大家商量种什么、怎么分，小事都能当场定下来。
"""
    )
    assert len(page.items) == 1
