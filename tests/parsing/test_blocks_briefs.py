"""Columns of briefs: a column label heads none of the briefs under it; each brief is an item."""

from archive.parsing import bylines
from tests.parsing.helpers import names


def test_a_label_over_a_column_of_briefs_titles_none_of_them(parse):
    page = parse("""
简讯

本报讯 3月2日,三明市沙县区小吃产业集团与12家企业签订合作协议。(记者 江涛)

本报讯 日前,南平市延平区茶园春季管护工作全面展开。(通讯员 罗丽 记者 江涛)
""")
    assert [item.title for item in page.items] == ["", ""]
    assert "section label left out: 简讯" in page.warnings


def test_a_short_title_over_one_brief_stays_its_title(parse):
    page = parse("""
永泰李果迎来丰收季

本报讯 眼下,永泰县2万多亩李果进入采摘期。(记者 黄一鸣)

连江鲍鱼“北上过冬”

本报讯 近日,连江县首批鲍鱼从山东运抵。(记者 郑凯)
""")
    assert [item.title for item in page.items] == ["永泰李果迎来丰收季", "连江鲍鱼“北上过冬”"]


def test_a_column_label_over_bulleted_titles_makes_each_bullet_a_brief(parse):
    page = parse("""
老城区的年味

除夕夜，社区里挂满了红灯笼，老人们说，这样的年过得舒心。



本地新鲜事

●市图书馆新馆开放
新馆藏书三十万册，开馆首日接待读者六千余人次。

●两名选手入选国家集训队
在日前公布的名单上，共有两名本市选手入选，这是近年来人数最多的一次。

●第三届职业技能大赛开幕
当天上午，大赛开幕式在市体育中心举行，来自全市的八百名选手参赛。
""")
    assert [item.title for item in page.items] == [
        "老城区的年味",
        "市图书馆新馆开放",
        "两名选手入选国家集训队",
        "第三届职业技能大赛开幕",
    ]
    assert page.items[2].paragraphs == [
        "在日前公布的名单上，共有两名本市选手入选，这是近年来人数最多的一次。"
    ]
    assert "本地新鲜事" in page.warnings[0]


def test_bulleted_subheadings_under_a_features_own_lead_stay_in_the_feature(parse):
    page = parse("""
小山村的三次变化

本报记者 王明

十年间，这个山村经历了三次变化，村民们的日子一天比一天好。

●路通了
过去进山要走半天，如今水泥路修到了家门口。

●水来了
自来水管接进了每家每户，村民不再挑水吃。
""")
    (item,) = page.items
    assert item.title == "小山村的三次变化"
    assert item.paragraphs[-1] == "自来水管接进了每家每户，村民不再挑水吃。"


def test_a_boxed_column_label_is_no_persons_byline(parse):
    page = parse("""
潢川县是全国粮食生产大县之一,今年秋粮丰收在望。

■简讯

本报讯(虞静 钱洪波)日前,新县被表彰为省级“双拥模范县”。
""")
    assert all("简讯" not in names(item) for item in page.items)
    assert names(page.items[-1]) == ["虞静", "钱洪波"]
    assert bylines.parse_byline_line("■本地热闻") is None
    assert bylines.parse_byline_line("■ 周杭琪 康明军") is not None


def test_a_boxed_label_over_bulleted_briefs_heads_none_of_them(parse):
    page = parse("""
## 山乡咖啡香

在上级农业部门的支持下,村集体牵头注册成立合作社。


■本地热闻

●马山古寨瑶乡金银花节开幕

4月20日,数千名游客欢聚古朗瑶乡金银花公园。

●阅读主题展和名人来一场“对话”

昨日,历代名人说阅读主题展在广西图书馆开展。
""")
    titles = [item.title for item in page.items]
    assert titles == ["山乡咖啡香", "马山古寨瑶乡金银花节开幕", "阅读主题展和名人来一场“对话”"]
    assert all("本地热闻" not in "".join(item.paragraphs) for item in page.items)


def test_each_paragraph_set_apart_under_a_boxed_label_of_briefs_is_a_brief(parse):
    page = parse("""
观鸟经

明溪县地处候鸟迁徙通道，当地观鸟产业走出了一条保生态富百姓的新路。


■莆田快讯

忠门蒸笼制作技艺承载着乡民的记忆。9月28日，记者前往西山社区探访蒸笼制作技艺。


自“交通大整治，助力文明城”百日攻坚行动开展以来，秀屿公安分局交警大队大队长曾永福连续多日带领一线民警走街串巷，督查指导。


年轻的面孔，甜美的笑容，很难看出这是一位从事刑事审判工作10多年的“老法官”。她就是市中级人民法院刑二庭副庭长郑星。
""")
    birds, *briefs = page.items
    assert birds.title == "观鸟经"
    assert [len(b.paragraphs) for b in briefs] == [1, 1, 1]
    assert briefs[2].paragraphs[0].startswith("年轻的面孔")


# A story under its title, then a boxed label over a column of briefs.
CITY_NEWS = """
城南新闻

本报讯 今天上午，城南街道为辖区八十岁以上老人送去了重阳节的慰问品。

老人们拉着社区干部的手，连声道谢，社区还为他们拍了全家福。

■街道动态
"""


def test_under_a_briefs_label_a_paragraph_opening_with_its_day_opens_the_next_brief(parse):
    page = parse(
        CITY_NEWS
        + """
近日，河西街道在辖区广场举办了一场邻里节，二十多家单位为居民提供义诊和家电维修。

活动现场，不少居民排起了长队，志愿者们忙了整整一个上午。

9月12日，东关社区组织三十多名居民走进城市规划馆，了解家乡的变化。

大家一边参观，一边讨论，纷纷表示家乡的变化看得见、摸得着。
"""
    )
    starts = [item.paragraphs[0][:3] for item in page.items]
    assert starts == ["今天上", "近日，", "9月1"]


def test_a_briefs_second_paragraph_may_still_date_what_its_lead_told(parse):
    page = parse(
        CITY_NEWS
        + """
本报讯 昨天，全市年度文明社区名单公布，东关社区等十个社区上榜。

11月17日上午，评审组到各参评社区实地打分，并听取了居民代表的意见。

目前，各上榜社区正在筹备经验交流会。
"""
    )
    assert len(page.items) == 2
    assert page.items[1].paragraphs[-1] == "目前，各上榜社区正在筹备经验交流会。"


def test_a_briefs_label_under_a_markdown_title_heads_briefs_not_a_section(parse):
    page = parse("""
## 村里的新图书室

本报讯 新建的图书室昨天在柳树村开放，藏书三千余册。

村民们说，农闲时节又多了一个好去处。

### 区县快讯

民宿，作为城乡融合的纽带，也是乡村旅游的新业态。近日，全区民宿协会成立。

协会将为会员提供培训和推介服务。
""")
    assert page.items[0].title == "村里的新图书室"
    assert len(page.items) == 2
    assert page.items[1].paragraphs[0].startswith("民宿")


def test_under_a_briefs_label_text_set_close_under_a_picture_between_briefs_opens_the_next(
    parse,
):
    page = parse(
        CITY_NEWS
        + """
河西街道在辖区广场举办了一场邻里节，二十多家单位为居民提供义诊和家电维修服务。

活动现场，不少居民排起了长队，志愿者们忙了整整一个上午。



邻里节上，居民排队参加义诊。
东关社区组织三十多名居民走进城市规划馆，了解家乡这些年来在交通、教育和生态上的变化。

大家一边参观，一边讨论，纷纷表示家乡的变化看得见、摸得着。
"""
    )
    starts = [item.paragraphs[0][:3] for item in page.items]
    assert starts == ["今天上", "河西街", "东关社"]
    assert page.items[1].captions == ["邻里节上，居民排队参加义诊。"]


def test_under_a_briefs_label_a_dated_caption_after_a_closed_brief_keeps_its_story(parse):
    page = parse(
        CITY_NEWS
        + """
河西街道在辖区广场举办了一场邻里节，二十多家单位为居民提供义诊和家电维修服务。（记者 王芳）



10月8日，东关社区居民在城市规划馆参观。
近日，东关社区组织三十多名居民走进城市规划馆，了解家乡这些年来的变化。
"""
    )
    *_, story = page.items
    assert story.paragraphs[0].startswith("10月8日")
    assert story.paragraphs[-1].startswith("近日")
