"""Where an item starts: the cues an editor sees a new article by, inside a page's run of text."""

import pytest

from archive.parsing import parse_page
from tests.parsing.helpers import CATCH, WIDE, names

# A titled article the cases below set other text under.
GARDEN = """老街坊的新菜园

城北街道把闲置多年的空地改成了共享菜园，附近居民每天都来浇水除草，邻里关系更近了。
"""


GARDEN_SECTION = """
菜园有了管理员

菜园由居民轮流管理，每周一次的碰头会上大家商量种什么、怎么分，小事都能当场定下来。
"""

# A column's name under its box, a picture's gap under the finished text above it.
NEIGHBOURS = """

■邻里故事

“楼里的年轻人常来帮我提菜”，住在五楼的张阿姨说起邻居，话里满是感激。
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


def test_a_boxed_column_name_a_pictures_gap_under_finished_text_opens_an_article(parse):
    page = parse(GARDEN + GARDEN_SECTION + NEIGHBOURS)
    assert len(page.items) == 2
    assert page.items[1].paragraphs[0].startswith("“楼里的年轻人")


def test_each_story_set_apart_under_a_boxed_column_name_is_an_item(parse):
    page = parse(
        GARDEN
        + GARDEN_SECTION
        + NEIGHBOURS
        + """
张阿姨说，去年冬天她摔伤了腿，是对门的小伙子每天帮她买菜送饭。


“今年夏天小区不再积水了，车库也不怕下雨了”，说起改造后的变化，住在南园小区的李师傅夫妇赞不绝口。

去年小区翻修了排水管道，车库入口加装了挡水板，雨天再也不用半夜起来抽水。
"""
    )
    assert len(page.items) == 3
    assert [len(item.paragraphs) for item in page.items[1:]] == [2, 2]
    assert page.items[2].paragraphs[0].startswith("“今年夏天")


def test_text_after_an_end_mark_is_another_item(parse):
    for mark in ("(完)", "■"):
        page = parse(
            GARDEN
            + f"""
菜园里的蔬菜除了自家吃，还分给了社区里的独居老人。{mark}

西岭村新修的水渠通水了，两千多亩农田告别了靠天吃饭的日子，村民们都说这是件大实事。
"""
        )
        assert len(page.items) == 2, mark
        assert page.items[1].paragraphs[0].startswith("西岭村新修的水渠")


def test_a_dateline_set_alone_over_the_wires_title_and_byline_opens_one_item(parse):
    for gap, title in (("\n", "题:草原深处的移动界碑"), ("", "草原深处的寄宿制小学")):
        page = parse(
            GARDEN
            + f"""
新华社巴彦淖尔8月4日电
{gap}{title}
{gap}记者 张林虎
{gap}乌拉特后旗北与邻国接壤，边境线上的护边员一年四季巡守在戈壁深处，风雨无阻。
"""
        )
        assert len(page.items) == 2, title
        wire = page.items[1]
        assert title.removeprefix("题:") in wire.title
        assert names(wire) == ["张林虎"]
        assert wire.paragraphs[0].startswith("乌拉特后旗")


def test_a_boxed_column_name_over_a_title_opens_the_titled_article(parse):
    page = parse(
        GARDEN
        + GARDEN_SECTION
        + """

■乡村新事
西岭村：老戏台又响锣鼓声

修缮一新的老戏台上，村里的业余剧团演起了家乡戏，台下坐满了看戏的乡亲。
"""
    )
    assert len(page.items) == 2
    assert "西岭村：老戏台又响锣鼓声" in page.items[1].title


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


def test_a_colon_heading_under_a_signed_articles_lead_opens_its_first_part(parse):
    page = parse("""
十月家园绘新卷 青城处处暖民心

●本报记者 杨永刚

金秋十月，硕果盈枝。各旗县区乡村与社区围绕“我们的家园”主题，陆续开展了一系列活动。

家国同庆：红旗飘扬凝聚家园共识

10月1日清晨，村党群服务中心广场早已人头攒动，党员干部与村民一同参加升旗仪式。
""")
    (item,) = page.items
    assert item.subheads == ["家国同庆：红旗飘扬凝聚家园共识"]
    assert names(item) == ["杨永刚"]


def test_a_place_heading_ranked_under_the_articles_markdown_title_is_its_section(parse):
    page = parse("""
## 三条江边的新日子

沿江各县这几年把生态放在首位，江水清了，两岸的村子也找到了各自的致富门路。

#### 东岸村：林下养菌 一年两茬

东岸村的村民在林子里搭起菌棚，每年春秋各收一茬，菌子还没采完就被客商订走。
""")
    assert [item.title for item in page.items] == ["三条江边的新日子"]
    assert page.items[0].subheads == ["东岸村：林下养菌 一年两茬"]


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


def test_a_question_title_over_a_subtitle_starts_a_new_article(parse):
    page = parse("""
鼓楼区建成便民生活圈28个。

家门口的充电桩为何“一桩难求”?

记者走访晋江、石狮两地多个小区

本报记者 许文彬 通讯员 蔡明辉

晚上9点,晋江市青阳街道一个小区的地下车库里,十几辆新能源汽车排队等着充电。
""")
    assert [item.title for item in page.items] == ["", "家门口的充电桩为何“一桩难求”?"]
    assert page.items[1].subtitle == "记者走访晋江、石狮两地多个小区"


def test_a_heading_after_a_closing_byline_starts_the_next_piece(parse):
    page = parse("""
共享菜园

本报讯 居民们认领地块,种上了青菜。据了解,今年将推广30处。(记者 罗静 实习生 何佳)

关于康定城区部分路段临时交通管制的通告

因城市供水管网改造施工需要,对部分路段实行临时交通管制。
""")
    assert [item.title for item in page.items] == [
        "共享菜园",
        "关于康定城区部分路段临时交通管制的通告",
    ]
    assert page.items[0].paragraphs[-1].endswith("今年将推广30处。")


def test_an_editors_note_over_the_title_opens_the_article(parse):
    (item,) = parse("""
编者按：洱海保护治理是大理州的“一号工程”。本报今起推出系列报道。

## 洱海边的“护湖人”

本报记者 段丽萍

早上7点,洱源县的护湖员已经出发了。
""").items
    assert item.paragraphs[0].startswith("编者按")


def test_a_heading_after_an_untitled_brief_starts_a_new_item(parse):
    page = parse("""
本报讯 近日,张家口市宣化区完成老旧供热管网改造42公里。

关于做好冬季清洁取暖安全工作的通知

各乡镇人民政府、区直各有关单位:

为确保今冬清洁取暖安全,现就有关事项通知如下。
""")
    assert [item.title for item in page.items] == ["", "关于做好冬季清洁取暖安全工作的通知"]


def test_a_letter_under_a_genre_label_is_its_own_article_with_a_comma_in_its_title(parse):
    page = parse("""
大湾区“硬联通”再提速

新华社记者 陈晨

新华社广州3月14日电 南沙至深圳前海的车程将缩短至30分钟左右。

读者来信

小区路灯亮了，我们心里也亮了

编辑同志：

小区里的路灯坏了大半年，社区不到一周就换上了新路灯。

芜湖市镜湖区 读者 何志勇
""")
    assert [item.title for item in page.items] == [
        "大湾区“硬联通”再提速",
        "小区路灯亮了，我们心里也亮了",
    ]
    letter = page.items[1]
    assert letter.kicker == "读者来信"
    assert [c.name for c in letter.credits] == ["何志勇"]
    assert "芜湖市镜湖区" in letter.text  # where the reader lives stays in the letter


def test_a_title_over_a_dateline_starts_a_new_article_after_a_paragraph_cut_off_mid_sentence(
    parse,
):
    page = parse(
        "\n\n".join(
            [
                "## 为200多位老人上门采样",
                "本报讯(记者 王铁军)为阻断疫情传播，平房区全员核酸检测有序进行中，"
                "组织“流动采样小分队”开展“扫楼行动”，为211位行动不便的高龄老人上门采样。",
                "保国街道各采样点的医护人员、志愿者在完成大部分居民核酸采样工作的同时，"
                "坚持为卧床老人等群体进入户",  # the rest of the sentence is set elsewhere
                "我省大部有中到大雪",
                "降雪前后气温变化剧烈",
                "本报11日讯(袁长焕 记者黄春英)省气象台11日预报,预计12日夜间到13日"
                "我省大部地区有中到大雪,局部暴雪,降雪前后气温变化剧烈。",
            ]
        )
    )
    assert [(i.title, i.subtitle) for i in page.items] == [
        ("为200多位老人上门采样", ""),
        ("我省大部有中到大雪", "降雪前后气温变化剧烈"),
    ]
    assert page.items[0].paragraphs[-1].endswith("进入户")


def test_a_narrow_paragraph_cut_off_short_of_the_edge_lets_the_next_title_start(parse):
    page = parse("""
## 两小时内，136人集结到岗

10月30日，平房区处于疫情严

密管控状态。当日上午，哈投

平房供热公司未隔离的136

名干部职工立

七台河东风社区

张贴监督卡组建楼长群建立突击队

本报讯(解洪旺 记者文天心)

七台河市茄子河区东风社区以

联系群众的监督卡为钥匙。
""")
    assert [i.title for i in page.items] == [
        "两小时内，136人集结到岗",
        "张贴监督卡组建楼长群建立突击队",
    ]
    assert page.items[0].paragraphs[-1].endswith("名干部职工立")


def test_a_title_set_over_a_byline_starts_a_new_article_after_a_lead_cut_off_mid_sentence(
    parse,
):
    lead = (
        "本报讯(记者 节永志)10月30日，平房区处于疫情严密管控状态。为全力做好供暖服务保障，"
        "当日上午，哈投平房供热公司未隔离的136名干部职工立"
    )
    page = parse(
        "\n\n".join(
            [
                lead,
                "让社区成为疫情防控的坚强堡垒",
                "哈尔滨市南岗区组建6747个社区网格长工作群",
                "线下发现线上报告 上下协同互联互通",
                "□本报记者 邢汉夫",
                "为有效遏制疫情蔓延,哈尔滨市南岗区创新组建6747个社区网格长微信群。",
            ]
        )
    )
    first, second = page.items
    assert first.paragraphs[-1].endswith("干部职工立")
    assert (second.kicker, second.title) == (
        "让社区成为疫情防控的坚强堡垒",
        "哈尔滨市南岗区组建6747个社区网格长工作群",
    )


def test_a_title_over_a_lead_that_opens_with_its_day_starts_the_next_article(parse):
    page = parse("""
## 鞍山体育后备人才培养见成效

多年来，鞍山坚持建设国家高水平体育后备人才基地，

为国家输送了大量优秀的运动健儿。

“平民视角看长春”感受城市新变化

12日，由市委宣传部、市网信办

主办的活动走进长春市政务服务中心。

（记者 赵婉姝）
""")
    first, second = page.items
    assert first.paragraphs[-1].endswith("运动健儿。")
    assert second.title == "“平民视角看长春”感受城市新变化"
    assert [c.name for c in second.credits] == ["赵婉姝"]


def test_inside_a_feature_divided_by_subheadings_the_next_one_over_a_dated_lead_is_another(parse):
    page = parse("""
## 今冬最浪漫的事：媳妇陪我守卡点

本报记者 黄晏君

孙思文是南岗区的一名社区干部，已在卡点值守多日。

卡点上的夫妻档

孙思文的爱人吴文秀是光华中学的教师，当晚也来到卡点。

一起在家乡防疫一线战斗

11月30日，哈尔滨最低气温降至零下21摄氏度。
""")
    (item,) = page.items
    assert item.paragraphs[-2:] == [
        "一起在家乡防疫一线战斗",
        "11月30日，哈尔滨最低气温降至零下21摄氏度。",
    ]


def test_a_question_title_between_a_closing_byline_and_a_picture_opens_the_next_article(parse):
    page = parse("""
堵路的铁亭子已挪走

5月17日，本报报道了路口处人行道上立有一个彩钢亭。现在的人行道已经畅通了。

本报记者 金国建

公园设施遭破坏 我招惹谁了？



今年区里对劳动公园投入巨资进行了重新修建，美丽的景色吸引了众多市民。然而，记者在公园看到，不少设施遭到破坏。
""")
    first, second = page.items
    assert [c.name for c in first.credits] == ["金国建"]
    assert second.title == "公园设施遭破坏 我招惹谁了？"
    assert second.paragraphs[0].startswith("今年区里")


def test_a_heading_over_a_pictures_gap_after_a_finished_text_opens_an_item(parse):
    page = parse(f"""
济南起步区: “未来之城”崛起成势

{WIDE}

巨网拉起
“鱼水双赢”



{CATCH} 潍坊日报社全媒体记者 窦浩智 吴晓强
""")
    first, second = page.items
    assert names(first) == []
    assert second.title == "巨网拉起 “鱼水双赢”"
    assert names(second) == ["窦浩智", "吴晓强"]


def test_a_heading_a_pictures_gap_under_finished_text_opens_the_next_article(parse):
    page = parse("""
人间奇迹在高原

这里是世界屋脊，平均海拔超过4000米，高寒缺氧，条件艰苦。
新时代，西藏各族人民正以更加昂扬的斗志，沿着绿色发展之路接续奋斗。



西藏欢度春节和藏历新年——
“现在的日子每天都像过年”

2月12日是农历大年初一，也是藏历新年第一天，一大早，城关区的村民就换上了新衣。
""")
    assert [item.title for item in page.items] == [
        "人间奇迹在高原",
        "西藏欢度春节和藏历新年—— “现在的日子每天都像过年”",
    ]


def test_a_title_set_a_pictures_gap_under_a_sectioned_article_opens_the_next(parse):
    page = parse("""
海林社区喜迎新春

1月25日，海林社区“阳光驿站”人头攒动，居民们欢聚一堂迎新春。

A、祝福送到家 欢喜过大年

1月25日午饭后，年过七旬的曹大爷拿着“马扎子”早早来到社区，等着写春联。


城 东

引得清流来 涓涓润民心

2月24日，记者就和谐家园住户对引洮供水工程的期盼进行了采访，住户们十分期待。
""")
    assert [item.title for item in page.items] == ["海林社区喜迎新春", "引得清流来 涓涓润民心"]


def test_a_short_question_a_pictures_gap_under_finished_text_titles_the_text_below(parse):
    page = parse("""
引得清流来

2月24日，记者就和谐家园住户对引洮供水工程的期盼进行了采访，住户们十分期待。


脱胎换骨后的这些金城小街巷你去过吗?

小街巷是城市的末梢神经，从城东城关区到城西西固区，纵横交错的小街巷连着千家万户。
""")
    assert [item.title for item in page.items] == [
        "引得清流来",
        "脱胎换骨后的这些金城小街巷你去过吗?",
    ]


def test_a_heading_under_a_photo_credit_starts_a_new_article(parse):
    page = parse("""
信阳新县

红色研学带火小山村

本报讯(记者 王慧敏)全乡接待游客60余万人次。



11月19日,在焦作市温县,农民在田间查看小麦出苗情况。

本报通讯员 徐宏伟 摄

南阳月季花开进万家

为美化城市环境,南阳市今年在城区新栽植月季15万株。
""")
    assert [(i.kind, i.title) for i in page.items] == [
        ("article", "红色研学带火小山村"),
        ("photo", ""),
        ("article", "南阳月季花开进万家"),
    ]
    assert page.items[2].paragraphs == ["为美化城市环境,南阳市今年在城区新栽植月季15万株。"]


def test_a_source_line_under_the_text_ends_the_article(parse):
    page = parse(f"""{GARDEN}
来源: 紫牛新闻




环卫工人领取西瓜和矿泉水 扬州日报 凌万兵 摄

连日来持续高温,广陵区不少单位为环卫工人送去清凉。
""")
    first, second = page.items
    assert first.title == "老街坊的新菜园"
    assert names(first) == []
    assert "连日来" not in " ".join(first.paragraphs)
    assert second.paragraphs == ["连日来持续高温,广陵区不少单位为环卫工人送去清凉。"]
    assert names(second) == ["凌万兵"]


def test_what_follows_a_jump_to_another_page_is_another_item(parse):
    """ "(下转第2版)" sends the reader on to another page: the article stops here, even in
    mid-sentence, and a heading under it titles the next item, not a section of this one."""
    for heading in ("风起长冈", "## 风起长冈"):
        page = parse(f"""{GARDEN}
到了秋天,菜园里的南瓜和豆角大丰收,居民们把吃不完的菜

(下转第2版)


{heading}

“苏区干部好作风,自带干粮去办公;日着草鞋干革命,夜走山路访贫农。”这首山歌至今广为流传。
""")
        assert [item.title for item in page.items] == ["老街坊的新菜园", "风起长冈"], heading
        assert page.items[0].continuations == ["下转第2版"]
        assert page.items[1].paragraphs[0].startswith("“苏区干部")


def test_a_paragraph_opening_with_a_byline_set_apart_from_its_lead_opens_the_next_item(parse):
    """ "四川农村日报全媒体记者 苏杭  3月7日上午…": a byline, a wide space, then the lead: the
    reporters sign the text from there on, as a byline on a line of its own would."""
    page = parse(
        GARDEN
        + """
村里还请来农技员指导种植，菜园的收成一年比一年好。

四川农村日报全媒体记者 苏杭  3月7日上午，家住广汉市高坪镇李堰村的罗大爷早早来到油菜花田。

高坪镇特色农业资源丰富，围绕万亩油菜基地，丰富旅游配套。
"""
    )
    garden, fields = page.items
    assert garden.paragraphs[-1] == "村里还请来农技员指导种植，菜园的收成一年比一年好。"
    assert fields.paragraphs[0].startswith("3月7日上午，家住广汉市")
    assert len(fields.paragraphs) == 2
    assert [(c.role, c.name) for c in fields.credits] == [("全媒体记者", "苏杭")]


REPORT_UNDER_ITS_DATELINE = """
援疆故事

近日，记者沿着总书记的足迹，走进这个仍在激动着的村庄。新城西门村是援疆工作队打造的乡村振兴示范村。
{gap}
图木舒克讯通讯员王亚明 报道

4月24日，人民日报社采访组一行五人来五十团，专题采访了我团城镇化建设。
"""


@pytest.mark.parametrize("gap", ["\n", ""])
def test_a_reports_credit_after_its_dateline_heads_the_report_under_it(parse, gap):
    page = parse(REPORT_UNDER_ITS_DATELINE.format(gap=gap))
    first, second = page.items
    assert first.credits == []
    assert second.paragraphs[0].startswith("4月24日")
    assert [c.name for c in second.credits] == ["王亚明"]


def test_a_heading_under_the_editors_credit_opens_the_next_article(parse):
    page = parse(f"""
连江东水村：向海而兴

{WIDE}

责任编辑:钟培培

华家山职工重建家园

{WIDE}
""")
    assert [item.title for item in page.items] == [
        "连江东水村：向海而兴",
        "华家山职工重建家园",
    ]


def test_a_feature_titled_with_a_colon_heads_its_sections_alike(parse):
    page = parse("""
一线直击：甜“猕”来袭

本报讯（记者 石喻涵）“大伙儿动作轻点儿！别让果子磕碰着。”果园里，采摘工人正忙着摘果。

记者踩着雨后略显泥泞的土地，跟随采摘工人的脚步，走进猕猴桃园。

田间采摘：每颗果子都要经过多重筛选

杨超指着自家这片猕猴桃园介绍：“我承包的园子大概有44亩。”
""")
    (item,) = page.items
    assert item.title == "一线直击：甜“猕”来袭"
    assert item.subheads == ["田间采摘：每颗果子都要经过多重筛选"]


# Briefs under one boxed label, the first wrapped to a narrow column, the next set a paragraph
# to a line: nothing but the change of measure tells the second brief from the first.
NARROW_BRIEF = """
■苏北短讯

邳州车辐山镇是全国优质白蒜

种植基地之一。近年来,该镇

调优、调高大蒜规模化种植,

年种植面积一直保持在5万余

亩,鼓起了农民的钱袋子。
"""
WIDE_BRIEF = """
古老的京杭大运河由北向南逶迤而来,像一条绚丽多彩的缎带维系着南北大地。4月2日,大运河摄影大赛采风团走进泗阳拍摄创作,采风团成员漫步河畔,用镜头记录下两岸的新风貌。
"""


def test_text_set_several_times_wider_than_the_narrow_column_above_is_another_article(parse):
    page = parse(GARDEN + NARROW_BRIEF + WIDE_BRIEF)
    assert len(page.items) == 3
    assert page.items[1].paragraphs[-1].endswith("鼓起了农民的钱袋子。")
    assert page.items[2].paragraphs[0].startswith("古老的京杭大运河")


def test_a_narrow_column_under_text_set_a_paragraph_to_a_line_is_another_article(parse):
    page = parse(GARDEN + "\n■苏北短讯\n" + WIDE_BRIEF + NARROW_BRIEF.split("\n", 3)[3])
    assert len(page.items) == 3
    assert page.items[1].paragraphs == [WIDE_BRIEF.strip()]
    assert page.items[2].paragraphs[0].startswith("邳州车辐山镇")


def test_a_narrow_columns_next_paragraph_set_no_wider_stays_in_its_article(parse):
    more = "\n该镇还组织100多名大蒜营\n\n销大户奔赴全国各地,先后与\n\n外地客商建立了购销关系。\n"
    page = parse(GARDEN + NARROW_BRIEF + more)
    assert len(page.items) == 2
    assert page.items[1].paragraphs[-1].endswith("外地客商建立了购销关系。")


def test_field_rows_set_narrow_under_a_wide_paragraph_stay_in_its_article(parse):
    page = parse(
        GARDEN
        + """
【地点】 通州区潞城镇三元村

【时间】 9月21日、10月3日

路上,汽车一辆接一辆呼啸而过。

路边,刚放学的小学生排排站,一名协管员招呼着孩子别跑,另一名协管员站在路中间拦住来往的车辆。
"""
    )
    assert len(page.items) == 1


# A titled story set a paragraph to a line, its last paragraph finished.
WIRE_FOOT = (
    "\n“多点开花”促增收\n\n"
    "对于家住乌蒙山区深处的张明芬来说,种植天麻是家里的主要收入来源。"
    "刚过去的这个天麻采挖季,她家收入了十多万元。\n\n"
    "发展壮大特色产业,才能带动群众增收致富。目前,全县特色产业已覆盖大部分农户,"
    "取得显著成效。\n"
)


def test_a_heading_over_text_wrapped_to_another_column_titles_the_next_article(parse):
    page = parse(
        WIRE_FOOT
        + """
枝头硕果缀秋色 多元作物绘丰景

“一年好景君须记,最是橙黄橘

绿时”。9月23日,既是传统

节气秋分,也是第八个“中国农

民丰收节”。
"""
    )
    assert [item.title for item in page.items] == [
        "“多点开花”促增收",
        "枝头硕果缀秋色 多元作物绘丰景",
    ]
    assert page.items[1].paragraphs[0].startswith("“一年好景君须记")


def test_a_word_on_a_line_between_a_narrow_column_and_wider_text_heads_a_section(parse):
    page = parse(GARDEN + NARROW_BRIEF + "\n模式\n" + WIDE_BRIEF)
    assert len(page.items) == 2
    assert page.items[1].subheads == ["模式"]
    assert page.items[1].paragraphs[-1].startswith("古老的京杭大运河")


def test_a_word_over_wider_text_under_a_report_opened_by_its_dateline_titles_the_next(parse):
    page = parse(
        GARDEN
        + """
稻田开镰

本报讯(记者 李明)入秋以

来,河口镇万亩稻田陆续开

镰,全镇粮食总产有望再创

新高。

晒秋

清晨的山村还笼着一层薄雾,晒场上的玉米、辣椒已经铺得满满当当,红黄相间,远远望去像一幅画。
"""
    )
    assert [item.title for item in page.items] == ["老街坊的新菜园", "稻田开镰", "晒秋"]
    assert page.items[1].paragraphs[-1].endswith("新高。")
    assert page.items[2].paragraphs[0].startswith("清晨的山村")


def test_a_short_line_a_pictures_gap_under_a_paragraph_cut_off_titles_the_next(parse):
    page = parse(
        "\n江西全南县建农村信息宣传栏 如今已成农民“致富眼”\n\n"
        "近日,江西全南县古家营村10多名村民围聚在信息宣传栏前,争看各种种养致富信息和"
        "农副产品市场信息。\n\n"
        "全南县结合先进性教育活动,在全县86个村建立农村信息宣传专栏140多个,并规定每村"
        "指定一名信息宣传员,每星期至少对信息更新两次,真正把信息宣传专栏办成宣传党的方针"
        "政策、交流增收致富信息的窗口。该县马鞍村村民李辉群看到种植反季节蔬菜可致富的"
        "信息后,利用冬闲土地\n\n\n\n\n"
        "基地来了采摘“栀”愿者\n\n"
        "近几天,安福县甘洛乡石陂村水栀子基地出现了一伙身穿红马甲的采摘“民工”,他们敏捷"
        "而细致地摘下一颗颗饱满的水栀子果实,不一会就把一株水栀子树“打扫”干净。\n"
    )
    assert [item.title for item in page.items][1:] == ["基地来了采摘“栀”愿者"]
    assert page.items[1].paragraphs[0].startswith("近几天")


def test_a_list_set_narrow_under_its_heading_stays_in_the_article_above(parse):
    rows = "\n".join(
        [
            "蜀冈-瘦西湖风景区凤凰桥社区",
            "",
            "广陵区东关街道东关社区居委",
            "",
            "邗江区汊河街道新河社区居委",
        ]
    )
    page = parse(WIRE_FOOT + "\n2017年度全市“明星社区”名单\n\n" + rows + "\n")
    assert len(page.items) == 1


def _set_apart_under_the_garden(line: str) -> list[str]:
    """The titles of a page where this line stands a picture's gap under finished text."""
    text = "住在五楼的张阿姨说,去年菜园被水淹了两回,今年新修了排水沟,大家都放心了。"
    return [item.title for item in parse_page(f"{GARDEN}\n\n{line}\n\n{text}\n".lstrip()).items]


@pytest.mark.parametrize(
    "title", ["神秘!福清这里藏着一个“海洋文化”村!", "在这里,川渝有分界,“荣隆”是一家!"]
)
def test_an_exclaiming_title_of_two_phrases_a_pictures_gap_under_finished_text_opens_one(title):
    assert _set_apart_under_the_garden(title) == ["老街坊的新菜园", title]


@pytest.mark.parametrize("said", ["“这下好了,再也不怕下雨了!”", "雨停了。菜园保住了,真好!"])
def test_an_exclamation_quoted_or_stopped_a_pictures_gap_down_stays_in_the_text(said):
    assert _set_apart_under_the_garden(said) == ["老街坊的新菜园"]


def test_an_exclaiming_title_a_pictures_gap_under_a_captioned_picture_opens_an_article(parse):
    page = parse(
        GARDEN
        + """


2020全国重点网络媒体记者走进铜梁西郊示范片。华龙网-新重庆客户端记者 葛彧 摄


在这里,川渝有分界,“荣隆”是一家!

2023年春季,四川省内江市遭遇严重旱情,三合村的数百亩稻田无法按时插秧。
"""
    )
    assert [item.title for item in page.items][-1] == "在这里,川渝有分界,“荣隆”是一家!"


def test_a_byline_under_continued_from_opens_the_text_it_signs(parse):
    """ "今年的水果分外香 / (上接第1版) / 本报记者 X / text": the byline under where the text
    ran on from signs the text under it; it closes nothing above."""
    (item,) = parse("""
今年的水果分外香

(上接第1版)

本报记者 何宝庆

“今年的水果卖得不错,尤其是临近春节,买家更多了!”在彰武县平安镇,周淑艳对记者说。

李洪志和周淑艳是平安镇平安村的村民。从1994年开始种植水果到现在,他们已经有了10亩梨园。
""").items
    assert (item.title, names(item)) == ("今年的水果分外香", ["何宝庆"])
    assert item.paragraphs[-1].startswith("李洪志")


def test_a_wire_dateline_naming_its_genre_and_title_leaves_the_byline_to_open_the_text(parse):
    """ "新华社沈阳1月22日电 特写:屋子里的欢声笑语" under the title: the wire's genre and title
    after its dateline, as "题:" sets it, so the byline under it opens the text."""
    (item,) = parse("""
屋子里的欢声笑语

——一个东北乡村的振兴新图景

新华社沈阳1月22日电 特写:屋子里的欢声笑语——一个东北乡村的振兴新图景

新华社记者杨金志、洪可润

时值“四九”,辽宁省葫芦岛市绥中县,最低气温达到零下20摄氏度。

清早,记者一行从绥中县城出发,前往70多公里外的山村祝家沟村。
""").items
    assert "屋子里的欢声笑语" in item.title
    assert names(item) == ["杨金志", "洪可润"]
    assert item.paragraphs[-1].startswith("清早")


def test_a_lower_ranked_markdown_heading_past_a_pictures_gap_is_the_articles_next_section(parse):
    page = parse("""
## 小咖啡豆成了致富豆

春日的高原上，新寨村的咖啡树开满了白花，村民们忙着修枝施肥，盼着又一个丰收年。



村民在晾晒咖啡鲜果。本报记者 李明 摄



### 从苦日子到甜日子

曾经，村民们守着咖啡树却卖不上价钱。如今，村里建起了加工厂，一公斤鲜果能卖六十元。
""")
    (item,) = page.items
    assert item.title == "小咖啡豆成了致富豆"
    assert item.subheads == ["从苦日子到甜日子"]


def test_a_markdown_label_naming_news_items_under_a_title_heads_briefs(parse):
    page = parse("""
## 老旧小区换新颜

本报讯 城东社区的老旧小区改造完工，二十栋楼装上了电梯。

居民们说，上下楼再也不用发愁了。

### 基层信息

9月30日下午，南苑社区的社工和居民一起包饺子，为独居老人送去节日的祝福。
""")
    assert len(page.items) == 2
    assert page.items[1].paragraphs[0].startswith("9月30日下午")


def test_a_plain_heading_over_a_dated_paragraph_is_a_section_of_a_markdown_titled_article(parse):
    page = parse("""
## 山里人家办起了民宿

二十年前，村里人靠种玉米为生；如今，家家户户的小院都住进了城里来的客人。

民宿协会的数据显示，全镇民宿今年接待游客超过十万人次。

消费升级

7月15日，记者来到山脚下的石门村，十几家民宿的房间已经订到了下个月。

民宿主人说，周末的房间要提前一个月预订。
""")
    (item,) = page.items
    assert item.title == "山里人家办起了民宿"
    assert item.subheads == ["消费升级"]


def test_a_two_line_title_set_under_one_line_sections_opens_the_next_feature(parse):
    page = parse("""
## 山村里的新生活

本报记者 张明

清晨,山村里飘起了炊烟,村民们早早下地干活,田埂上、果园里、大棚边,到处都是忙碌的身影,一派热气腾腾的景象。

果园里的新课堂

村里请来农技员,在果园里手把手教大家修枝、施肥、防治病虫害,每周一课,从春天一直讲到秋天收果的时候。

“学了技术,果子结得更多了,卖价也高了不少。”果农老李一边给苹果套袋,一边笑着对记者说,今年打算再扩种十亩。

民宿里的新营生

去年,村里有十几户人家把闲置的老屋改成了民宿,院子里种上花草,屋里添了新家具,周末常常住满城里来的游客。

海边渔村换新颜 昔日码头成了打卡地

渔船归港的时候

傍晚,一艘艘渔船驶回港湾,码头上挤满了前来买海鲜的游客,渔民们把刚捞上来的鱼虾摆上摊位,吆喝声此起彼伏。

渔民老王说,现在鱼不愁卖,游客多了,家里还开了海鲜排档,一年的收入比从前翻了一番还多,日子越过越红火。
""")
    titles = [item.title for item in page.items]
    assert titles == ["山村里的新生活", "海边渔村换新颜 昔日码头成了打卡地"]
