"""Captions and photo credits, and when a captioned picture is a photo item or its article's own."""

import pytest

from archive.gazetteer import Gazetteer
from archive.ingest.prepare import item_places
from archive.parsing import PHOTO, Item, bylines
from archive.parsing.lines import CAPTION, PICTURE, read_lines
from tests.parsing.helpers import WIDE, names


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


def test_captioned_pictures_set_without_gaps_under_a_label_are_one_photo_item_each(parse):
    # a narrow page sets one blank line between all lines: each credit still ends its picture
    page = parse("""
## 秋收时节棉田忙

本报讯（记者 张明）全县棉花进入采收期，棉农抓紧晴好天气采摘。

### 图片新闻

4月6日，播种机在温宿县的棉田里播种棉花。 □蔡增乐摄

7月21日，库车市的棉农在棉田里利用无人机喷药。 □袁欢欢摄

11月10日，大型采棉机在尉犁县棉田采收棉花。 □李 飞摄

## 新疆棉花种植面积稳中有增

本报讯（记者 王强）今年全区棉花种植面积保持稳定。
""")
    _article, *photos, last = page.items
    assert [(p.kind, names(p)) for p in photos] == [
        ("photo", ["蔡增乐"]),
        ("photo", ["袁欢欢"]),
        ("photo", ["李飞"]),
    ]
    assert last.title == "新疆棉花种植面积稳中有增"


def test_captioned_pictures_set_between_a_title_and_its_text_are_the_articles_own(parse):
    page = parse("""
## 赛龙讲龙育龙

猎德龙舟文化尽显魅力。本报记者莫伟浓摄

鸦岗村村民在进行龙舟训练。本报记者陈忧子摄

在荔湾泮塘，村民李凯帆乐此不疲地与大家分享龙舟文化。
""")
    (article,) = page.items
    assert names(article) == ["莫伟浓", "陈忧子"]


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


def test_a_caption_over_its_credit_line_inside_the_text_is_the_articles_own(parse):
    page = parse("""
边城见闻

清晨的口岸格外忙碌，一辆辆货车排起长队，

等待通关。



货车在口岸排队通关。

郎 鹏摄



热闹的早市上，摊主操着东北口音招呼顾客，俄罗斯面包、朝鲜族辣白菜和刚出锅的烧饼摆满了摊位。
""")
    (item,) = page.items
    assert item.captions == ["货车在口岸排队通关。"]
    assert names(item) == ["郎鹏"]
    assert item.paragraphs[-1].startswith("热闹的早市上")


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


@pytest.mark.parametrize(
    "photo_text, credit, lead",
    [
        pytest.param(
            """
重阳节当天，城东社区组织志愿者走进辖区高龄老人家中，为八十岁以上的老人送去长寿面、慰问品和节日祝福，陪老人聊天拉家常。



社区志愿者为老人送上长寿面。（记者 李红 摄）

""",
            "李红",
            "重阳节当天",
            id="a picture's gap between lead and caption",
        ),
        pytest.param(
            """连日来，北山村的茶农们抢抓晴好天气采摘春茶，村里的几家茶厂也开足马力加工，新茶一上市就被收购商订走，茶农们脸上笑开了花。

图为茶厂工人正在晾晒新茶。 王丽 摄
""",
            "王丽",
            "连日来",
            id="the caption straight under its lead",
        ),
    ],
)
def test_a_lead_set_apart_over_a_captioned_picture_is_a_photo_item_of_its_own(
    parse, photo_text, credit, lead
):
    article, photo, after = parse(
        """
河畔公园改造完工

本报讯（记者 张明）历时半年改造，河畔公园昨日重新开放，新增步道三公里。


"""
        + photo_text
        + """

老街夜市重新开张

本报讯（记者 王强）老街夜市昨晚重新开张，八十多个摊位迎来首批顾客。
"""
    ).items
    assert article.paragraphs[-1].endswith("新增步道三公里。")
    assert (photo.kind, names(photo)) == ("photo", [credit])
    assert photo.paragraphs[0].startswith(lead)
    assert after.title == "老街夜市重新开张"


def test_a_short_caption_after_another_photo_is_a_photo_with_its_credit(parse):
    page = parse("""
春光里的城市



3月4日,市民在普陀区长风公园赏花拍照。连日来,申城气温回升,各大公园的樱花陆续开放。

本报记者 周文摄



3月5日,徐汇区滨江绿地,市民沿着黄浦江边骑行健身。

新华社记者 殷刚 摄
""")
    assert [item.kind for item in page.items] == ["photo", "photo"]
    assert page.items[1].paragraphs == ["3月5日,徐汇区滨江绿地,市民沿着黄浦江边骑行健身。"]
    assert [c.name for c in page.items[1].credits] == ["殷刚"]
    assert not page.warnings


def test_photo_credits_stacked_line_by_line_all_credit_the_one_picture(parse):
    page = parse("""
图片新闻

戈壁滩上“追光”忙



3月11日，在酒泉市玉门市的光伏电站，运维人员正在清洗光伏板（左图）；电站远眺（右图）。

本报记者 杨光 摄

通讯员 马丽 摄
""")
    (item,) = page.items
    assert item.kind == "photo"
    assert [c.name for c in item.credits] == ["杨光", "马丽"]
    assert "追光" in item.title


def test_a_caption_and_credit_after_a_picture_gap_become_a_photo_item(real_page):
    photo = real_page("001").items[5]
    assert photo.kind == "photo"
    assert photo.paragraphs[0].startswith("5日上午,在绥化市北林区绥达花园小区")
    assert [(c.name, c.role) for c in photo.credits] == [("刘泽洋", "摄影"), ("蒋国红", "摄影")]


def test_a_photo_with_its_own_heading_keeps_it_as_title(real_page):
    photo = real_page("001").items[2]
    assert (photo.kind, photo.title) == ("photo", "社区设防疫劝导服务站")
    assert [(c.name, c.role) for c in photo.credits] == [("苏强", "摄影")]


def test_an_inline_photo_credit_is_a_credit_of_the_article_and_leaves_the_caption(real_page):
    item = real_page("004").items[3]
    assert item.captions == ["莲花池街道办事处疫情防控捐赠仪式现场。"]
    assert ("高淑芳", "摄影") in [(c.name, c.role) for c in item.credits]


def test_a_short_caption_with_a_credit_line_after_an_article_is_its_own_photo(parse):
    page = parse("""
桥头社区开展义诊活动

本报记者 张明

12月1日，桥头社区邀请市第一医院的医生走进社区为居民义诊，为老人测量血压、血糖两百余人次。

社区书记说，今后社区每月都会组织一次义诊活动，让居民在家门口就能看上病、看好病。



医生为老人测量血压。

本报记者 张明摄
""")
    article, photo = page.items
    assert article.title == "桥头社区开展义诊活动"
    assert len(article.paragraphs) == 2
    assert (photo.kind, photo.paragraphs) == ("photo", ["医生为老人测量血压。"])


def test_a_line_between_a_photo_credit_and_a_picture_is_the_next_items_title(parse):
    page = parse("""
9月13日,本报记者会同杭州新华书店员

工前往建德市三都中心小学赠送图书。

尹炳炎 摄

“彩虹岛”上的幸福底色



退休教师庄艳华镜头下的鸡山岛。

鸡山岛位于台州玉环市东面海洋,被誉

为“海上布达拉宫”。

本报记者 王兴
""")
    photo, story = page.items
    assert names(photo) == ["尹炳炎"]
    assert story.title == "“彩虹岛”上的幸福底色"
    assert names(story) == ["王兴"]


def test_a_photo_reports_credit_signs_the_text_above_it(parse):
    page = parse("""
山东“菜篮子”,稳稳的爱

1月2日,一辆辆满载新鲜蔬菜的专运保温车从潍坊出发,十几个小时后就能送达西安。

此次西安疫情,山东已多次驰援捐菜、送菜,网友纷纷点赞。

齐鲁晚报·齐鲁壹点记者 蔚晓贤 摄影报道
""")
    (item,) = page.items
    assert item.kind == "article"
    assert len(item.paragraphs) == 2
    assert names(item) == ["蔚晓贤"]


def test_a_pictures_gap_inside_a_titled_text_starts_the_photo_under_it(parse):
    page = parse("""
麻屯村民:企盼早日消除“灯下黑”

家园位置 孟津县麻屯镇麻屯村。

3位中年妇女正在聊天。她们说,这里是

下屯自然村。




昨日,在洛浦公园东段,彩色的福禄考花海

构成一幅美丽洛阳新画卷。

记者 曾宪平 摄
""")
    story, photo = page.items
    assert story.kind == "article" and names(story) == []
    assert photo.kind == "photo" and names(photo) == ["曾宪平"]
    assert photo.paragraphs[0].startswith("昨日,在洛浦公园")


def test_a_caption_under_a_picture_after_a_closed_article_goes_with_the_text_under_it(parse):
    page = parse(f"""
山东“菜篮子”,稳稳的爱

{WIDE}

齐鲁晚报·齐鲁壹点记者 蔚晓贤 摄影报道



读者在扫描《济南日报》官方微信加关注。(本报记者 吕传泉 摄)

2015年3月28日,《济南日报》迎来全新改版4周年纪念。本报200多名记者、编辑在这一天走上街头,义卖报纸。

(本报记者 刘阳 张龙)
""")
    first, second = page.items
    assert names(first) == ["蔚晓贤"]
    assert names(second) == ["吕传泉", "刘阳", "张龙"]
    assert second.captions == ["读者在扫描《济南日报》官方微信加关注。"]


def test_a_picture_credited_to_the_outlet_that_filed_the_story_is_its_own(parse):
    page = parse("""
河南桐柏:春茶第一采

央广网南阳(记者彭华)

和风吹拂,绿坡如毯。3月19日,河南省南阳市桐柏县的万亩茶园绿意盎然。



春茶才露尖尖角(央广网发 程海舟 摄)

走进家园看问题

见习记者 连漪 文/图

家园位置 洛宁县城郊乡冀庄村。
""")
    tea, other = page.items
    assert names(tea) == ["彭华", "程海舟"]
    assert tea.captions == ["春茶才露尖尖角"]
    assert names(other) == ["连漪"]


def test_a_picture_another_outlet_credits_after_a_story_stands_alone(parse):
    page = parse("""
老胡同里的新生活

新华社北京7月29日电

新华社记者李斌、孔祥鑫

老胡同里的居民过上了现代生活。



北京市东城区雨儿胡同30号院内的“槐香客厅”。视觉中国记者 张三 摄



新区老干部情况通报会召开

本报讯 今天上午,新区老干部情况通报会召开。
""")
    story, photo, _ = page.items
    assert names(story) == ["李斌", "孔祥鑫"]
    assert photo.kind == "photo" and names(photo) == ["张三"]


def test_a_picture_opening_the_page_with_an_outlets_credit_is_a_photo(parse):
    page = parse("""
北京市东城区雨儿胡同30号院内的“槐香客厅”。新华社记者 鞠焕宗 摄



老胡同里的新生活

新华社北京7月29日电 老胡同里的居民过上了现代生活。
""")
    photo, story = page.items
    assert photo.kind == "photo" and names(photo) == ["鞠焕宗"]
    assert story.title == "老胡同里的新生活"


def test_a_picture_inside_a_story_whose_text_runs_on_under_a_marked_section(parse):
    page = parse("""
北京城中轴线建筑系统治理,唤醒老城记忆

蓝天下,钟楼鼓楼相望而立,偶尔鸽群掠过长空。



东城区雨儿胡同20号院修缮主要围绕留住居民进行。本报记者和冠欣摄



■胡同人家乔迁新居

雨儿胡同30号院,曾是清代值年旗的杂物房。
""")
    (story,) = page.items
    assert names(story) == ["和冠欣"]
    assert story.paragraphs[-1] == "雨儿胡同30号院,曾是清代值年旗的杂物房。"


def test_a_picture_supplied_by_a_body_is_a_caption_naming_no_one():
    lines = read_lines("""
游客在度假区游玩，在大峨眉国际旅游环线上，游客们纷纷停车拍照留念，十分热闹。



七里坪汽车营地 （度假区供图）


据悉，七里坪的露营基地位于汽车营地，分为帐篷露营、房车露营、自驾车露营三大板块。
""")
    caption = lines[1]
    assert (caption.kind, caption.text, caption.credits) == (CAPTION, "七里坪汽车营地", [])


def test_a_picture_supplied_by_a_body_unbracketed_credits_no_one_and_titles_nothing(parse):
    page = parse("""
## 西海固的秋天

本报银川10月8日电（记者 张文）宁夏西海固的秋天，打翻了大地的调色盘。




吴忠市红寺堡区扬水管理处红三泵站。

红寺堡区委宣传部供图




## 83岁张桂兰的第一个生日会

“儿女不在跟前，只有社区想着我们。”张桂兰说。
""")
    assert [(i.kind, i.title, names(i)) for i in page.items] == [
        ("article", "西海固的秋天", ["张文"]),
        ("photo", "", []),
        ("article", "83岁张桂兰的第一个生日会", []),
    ]


def test_a_caption_set_apart_from_the_body_that_supplied_it_names_no_one():
    lines = read_lines("""
在村部广场，现场掌声不断，其乐融融。




志愿者陪老人们一起举杯共庆重阳佳节 供图 湖口县融媒体中心
""")
    caption = lines[1]
    assert (caption.kind, caption.text, caption.credits) == (
        CAPTION,
        "志愿者陪老人们一起举杯共庆重阳佳节",
        [],
    )


def test_a_body_supplying_the_picture_set_solid_after_its_caption_ends_a_photo_item(parse):
    page = parse("""
## 小山村种出大产业

本报讯 近年来，石桥镇大力发展猕猴桃种植，全镇种植面积已达两万亩。

“果子一下树就被客商订走了。”种植户王大伯说。

[图]

图为石桥镇猕猴桃基地里挂满枝头的果子。石桥镇党委宣传办供图


## 菜篮子连着百姓心

本报讯 入冬以来，城区各大农贸市场蔬菜供应充足，价格平稳。
""")
    assert [(i.kind, i.title) for i in page.items] == [
        ("article", "小山村种出大产业"),
        ("photo", ""),
        ("article", "菜篮子连着百姓心"),
    ]
    assert page.items[1].paragraphs == ["图为石桥镇猕猴桃基地里挂满枝头的果子。"]
    assert names(page.items[1]) == []


def test_a_picture_between_a_title_and_its_text_is_the_articles_own(parse):
    page = parse("""
文明新风润社区 邻里和睦一家亲




耀江花园内的小朋友们开心玩耍。记者 苏弼坤 摄



社区是一座城市文明创建的重要组成部分。近年来，海口以城市更新为抓手，推进老旧小区改造。
""")
    assert len(page.items) == 1
    item = page.items[0]
    assert (item.kind, item.title) == ("article", "文明新风润社区 邻里和睦一家亲")
    assert [c.name for c in item.credits] == ["苏弼坤"]


def test_a_name_in_brackets_closing_a_sentence_between_a_pictures_gaps_is_its_photographer():
    lines = read_lines("""
9月17日，经过前一日雨水的洗礼，省城天空格外湛蓝，市民代表走进街巷感受变化。



市民代表正在采访。(冯建君)



在联建胡同，市民代表感受了小胡同旧貌换新颜的欣喜。

经过一天的清理，辖区内的环境卫生有了进一步的提升。(李磊)
""")
    picture, signed = lines[1], lines[3]
    assert (picture.kind, picture.text) == (PICTURE, "市民代表正在采访。")
    assert [(c.name, c.role) for c in picture.credits] == [("冯建君", "摄影")]
    assert signed.kind != PICTURE  # a closing signature in the text, no picture's gap above


def test_a_place_colon_title_over_a_pictures_gap_titles_the_photo_under_it(parse):
    page = parse("""
烧烤摊挡住河边遛弯路

9日下午，记者就此事联系了民心河管理处，一位工作人员表示，会尽快向相关科室反映这一问题。


沧州:小街巷积水难治




7月26日下午18时左右，紧邻沧州监狱的两条小街巷依旧存满积水。据周围居民介绍，积水已有多日，希望有关部门尽快解决掉这个周边群众的“老大难”问题。记者李家伟摄
""")
    photo = page.items[-1]
    assert (photo.kind, photo.title) == ("photo", "沧州:小街巷积水难治")
    assert [c.name for c in photo.credits] == ["李家伟"]


def test_a_picture_over_a_lower_ranked_markdown_heading_is_the_articles_own(parse):
    page = parse("""
## 胡同里的社区治理

作为北京基层社会治理的一个特殊单元，胡同里的这份乡愁是“东家有事西家帮忙”。




3月24日，草厂四条南口的小院议事厅。王飞 摄

### 居民的事居民议

今年62岁的草厂胡同居民李彩仙记得，小院议事厅的前身，是胡同居民的互助组织。
""")
    first = page.items[0]
    assert (first.kind, first.title) == ("article", "胡同里的社区治理")
    assert [c.name for c in first.credits] == ["王飞"]


def test_a_lone_caption_at_the_foot_of_the_page_is_not_an_article(parse):
    page = parse("""
## 两小时内，136人集结到岗

本报讯(记者 节永志)10月30日，平房区处于疫情严密防控状态。截至目前，职工已坚守了8天8夜。



工作人员正在查看供热设备运行情况。
""")
    (item,) = page.items
    assert item.captions == ["工作人员正在查看供热设备运行情况。"]


def _filed_under(item, items):
    gazetteer = Gazetteer.default()
    return [gazetteer.get(m.code).name for m in item_places(item, items).places]


def test_a_photo_whose_caption_names_no_place_is_filed_under_the_story_it_runs_under():
    story = Item(1, title="稻谷飘香秋收忙", paragraphs=["眼下,温州市瓯海区的农户抢收稻谷。"])
    photo = Item(2, PHOTO, paragraphs=["农民驾驶收割机抢收稻谷。"])
    other = Item(3, title="茶园春忙", paragraphs=["湖州市长兴县的茶农采摘新茶。"])
    assert _filed_under(photo, [story, photo, other]) == ["浙江省", "温州市", "瓯海区"]
    assert all(m.mentions == 0 for m in item_places(photo, [story, photo, other]).places)


def test_a_photo_above_a_story_its_caption_shares_words_with_is_filed_under_that_story():
    before = Item(1, title="社区送福", paragraphs=["桂林市象山区的社区志愿者为居民写春联。"])
    row = [
        Item(2, PHOTO, paragraphs=[caption])
        for caption in ("志愿者为居民修理小家电。", "维修点前排起长队。")
    ]
    after = Item(
        4, title="家电义修进社区", paragraphs=["南宁市江南区的志愿者上门修理小家电,排起长队。"]
    )
    items = [before, *row, after]
    assert _filed_under(row[0], items) == ["广西壮族自治区", "南宁市", "江南区"]


def test_a_photo_naming_a_place_keeps_its_own_places():
    story = Item(1, title="稻谷飘香", paragraphs=["温州市瓯海区的农户抢收稻谷。"])
    photo = Item(2, PHOTO, paragraphs=["湖州市长兴县的农民驾驶收割机抢收稻谷。"])
    assert _filed_under(photo, [story, photo]) == ["浙江省", "湖州市", "长兴县"]


def test_a_picture_set_apart_between_an_article_and_a_column_label_is_its_own_item(parse):
    page = parse("""
黑龙江畔的“移民小镇”

黑龙江畔的名山镇，与俄罗斯阿穆尔捷特镇隔江相望，如今的小镇游客络绎不绝。




10月8日，五大连池农场一台大马力机车在抢收大豆。新华社发(陆文祥 摄)


■秋收简讯

11月的东北大地满眼金黄，黑龙江省秋收生产全面告捷。
""")
    town, photo, briefs = page.items
    assert names(town) == []
    assert (photo.kind, names(photo)) == ("photo", ["陆文祥"])
    assert briefs.paragraphs == ["11月的东北大地满眼金黄，黑龙江省秋收生产全面告捷。"]


def test_a_picture_by_the_reporter_set_apart_from_the_next_title_is_its_own_item(parse):
    page = parse("""
六郎镇，这个地方不一般

中国台湾网1月19日芜湖讯(记者 王鑫)六郎镇位于芜湖县西北部，很多人专门来这里“走夜路”。




安徽省芜湖市六郎镇官巷村花灯。(中国台湾网 王鑫 摄)




五河：112万亩小麦陆续开镰

5月25日，安徽省五河县井头村村民正在收获小麦。
""")
    town, photo, wheat = page.items
    assert town.captions == []
    assert (photo.kind, photo.paragraphs) == ("photo", ["安徽省芜湖市六郎镇官巷村花灯。"])
    assert wheat.title == "五河：112万亩小麦陆续开镰"


def test_the_filing_outlets_picture_set_apart_under_its_story_and_over_a_title_stands_alone(
    parse,
):
    page = parse("""
中新网赤峰6月28日电 题:这座内蒙古“小庙”靠中药材致富

作者 杨程晨 景诗雁

小庙子村距离市区90公里，地处丘陵，如今土地亩均综合纯收入超5000元。




站在种满牛膝的田边，赵会杰接受媒体记者采访。中新网记者 杨程晨 摄




有力量 万华凤凰城社区志愿者在行动

本报讯(记者 李肖峰) 红星街道万华凤凰城社区积极发挥志愿服务力量。
""")
    story, photo, other = page.items
    assert story.captions == []
    assert (photo.kind, names(photo)) == ("photo", ["杨程晨"])
    assert names(other) == ["李肖峰"]


def test_a_caption_set_apart_over_the_text_a_credit_closes_opens_that_photo_story(parse):
    page = parse("""
又是一年丰收季 赣南脐橙正式开摘

中新网赣州11月1日电(熊锦阳)11月1日，赣南脐橙正式开摘，江西省赣州市各地果园一派繁忙景象。




11月12日，在赣州市章贡区沙石镇下茹村罗峰脐橙基地，果农挑运收获的脐橙。

近日，江西省赣州市的脐橙进入采摘期，果园一派繁忙景象。据介绍，今年赣州市种植脐橙近170万亩。

新华社记者 周密 摄
""")
    story, photo = page.items
    assert story.captions == []
    assert photo.kind == "photo" and names(photo) == ["周密"]
    assert photo.paragraphs[0].startswith("11月12日，在赣州市章贡区")


def test_a_caption_under_a_photo_items_lead_is_part_of_its_text(parse):
    page = parse(f"""内蒙古赤峰市红山区十万户“好邻居”共谱和谐曲

{WIDE}



拌馅、和面、擀皮……12月21日,包头市友谊十九小区举办了一场“冬至饺子宴”,社区志愿者和居民围坐一桌包饺子、话家常。



社区居民一起包饺子。


居民动手“创造”美好家园

每天,乌兰浩特市农电家属楼小区门口都有居民打扫卫生。
""")
    _, photo, other = page.items
    assert photo.kind == PHOTO
    assert photo.paragraphs[-1] == "社区居民一起包饺子。"
    assert other.title == "居民动手“创造”美好家园"


@pytest.mark.parametrize("gap", ["", "\n\n\n"])
def test_a_caption_between_finished_text_and_the_next_title_is_a_photo_item(parse, gap):
    # Set one blank line apart as every line on the page, or a picture's gap apart.
    page = parse(f"""
稻田开镰

本报讯 连日来，吕山乡的收割机在金色稻田里来回穿梭，农户们忙着晾晒新谷。

今年全乡早稻亩产再创新高。(胡炎桢 周筱隆)
{gap}
农民驾驶收割机抢收稻谷。新华网发 陈明铭 摄
{gap}
法院上门解纠纷

本报讯 昨天，县法院法官来到村里，为两户村民调解了一起邻里纠纷。
""")
    article, photo, other = page.items
    assert article.captions == [] and names(article) == ["胡炎桢", "周筱隆"]
    assert (photo.kind, photo.paragraphs, names(photo)) == (
        PHOTO,
        ["农民驾驶收割机抢收稻谷。"],
        ["陈明铭"],
    )
    assert other.title == "法院上门解纠纷"


def test_a_bare_credit_under_a_photo_story_signs_it(parse):
    page = parse("""
## 晚秋忙收获

11月3日，农民驾驶农机在兴化市周庄镇收割水稻。

深秋时节，多地持续开展秋收作业。

新华社发(周社根摄)

## 社区绘新景

秋日的戚墅堰，阳光透过梧桐叶洒落街巷。
""")
    story, article = page.items
    assert names(story) == ["周社根"] and article.title == "社区绘新景"


def test_a_credited_caption_under_text_ending_in_a_dotted_ellipsis_is_a_photo_item(parse):
    page = parse("""
伊犁是个好地方

我的思绪还是忍不住飞回伊犁河谷,脑海中闪现一些颇具诱惑的词汇:丝绸之路,可可达拉,果子沟,八卦城......




10月10日,新疆阿瓦提县丰收三场,棉农正在棉田中采摘棉花。中新社记者 刘新 摄
""")
    assert [item.kind for item in page.items] == ["article", "photo"]
    assert [c.name for c in page.items[1].credits] == ["刘新"]


def test_a_sentence_saying_what_the_picture_shows_between_title_and_byline_is_a_caption(parse):
    """ "…产业园。图为村民在晾晒柿饼。" between the title and "□ 本报记者 X": the caption of the
    picture set under the title; the byline signs the text under it."""
    (item,) = parse("""
[新时代新气象新作为]走村串巷问振兴

五井镇建起了江北最大的柿子晾晒基地隐士产业园。图为村民在晾晒柿饼。

□ 本报记者 谭佃贵

又是清明追思时,祭祖步履又匆匆,记者回到了家乡临朐县五井镇花园河村。

30年前,记者是五井镇党委报道组的通讯报道员,天天走村串巷采写新闻。
""").items
    assert "走村串巷问振兴" in item.title
    assert names(item) == ["谭佃贵"]
    assert item.paragraphs[0].startswith("又是清明追思时")


def test_a_file_photos_caption_credits_its_photographer_after_the_file_mark(parse):
    """ "…梯田景观。(资料图) 马坤 摄": a file photo's caption, its credit after the mark, stands
    between pictures' gaps as a photo item; the title set apart under it heads the next text."""
    page = parse("""
黄土高原绽新颜:镇原执笔绘就城乡共富新画卷

中新网甘肃新闻11月20日电 在陇东黄土高原的腹地,庆阳市镇原县正焕发新的生机。




图为航拍的庆阳市镇原县临泾镇的梯田景观。(资料图) 马坤 摄




【走进乡村看小康 】“厕所革命”为静宁县界石铺镇李堡村带来文明新气象

小康不小康,关键看老乡,广大农村地区是感受全面小康的重要窗口。
""")
    first, photo, last = page.items
    assert first.title == "黄土高原绽新颜:镇原执笔绘就城乡共富新画卷"
    assert (photo.kind, names(photo)) == (PHOTO, ["马坤"])
    assert "“厕所革命”为静宁县界石铺镇李堡村带来文明新气象" in last.title


def test_a_picture_over_the_next_articles_dateline_is_a_photo_item_of_its_own(parse):
    page = parse("""
## 大棚葡萄喜获丰收

本报讯（记者 滕明）今年，村里300多个外出打工的年轻人回乡创业，种起了大棚葡萄。

村民们说，日子一年比一年好。




村民在大棚里喜摘丰收的“阳光玫瑰”葡萄。记者 王健 摄




本报讯（记者 李华）夏收以来，息县各地抢抓晴好天气，组织农机开展小麦收割。
""")
    article, photo, report = page.items
    assert names(article) == ["滕明"]
    assert photo.kind == PHOTO and names(photo) == ["王健"]
    assert names(report) == ["李华"]


def test_a_picture_over_text_that_ends_in_its_own_credit_is_a_photo_item_of_its_own(parse):
    page = parse("""
## 稻香蟹肥迎丰收

本报讯（记者 姜月恒）金秋时节，盘锦大洼区的稻田里，农民们正忙着起蟹收稻。

稻因蟹而优，蟹因稻而肥。




金秋时节的盘锦大洼区水稻田。韩浩天 摄




9月12日，一列高铁列车从沈阳市沈北新区黄家街道的万亩稻田旁驶过，金黄的稻浪一望无际，丰收的景象尽收眼底。

近年来，黄家街道大力发展水稻种植，水稻产业成为当地的支柱产业。

本报记者 赵敬东 摄
""")
    article, first, second = page.items
    assert names(article) == ["姜月恒"]
    assert article.paragraphs[-1] == "稻因蟹而优，蟹因稻而肥。"
    assert first.kind == PHOTO and names(first) == ["韩浩天"]
    assert second.kind == PHOTO and names(second) == ["赵敬东"]


def test_a_picture_the_stories_outlet_took_set_apart_on_both_sides_stands_alone(parse):
    page = parse("""
鱼米之乡的乡村振兴路

中新社南京9月8日电(记者 周兆军)走进江阴市周庄镇山泉村,绿水环绕、绿荫点缀的民居错落有致。

当地摒弃传统化肥的大量使用,以现代化农业种养模式守护好一方水土,让乡村美起来、富起来。




江阴市周庄镇山泉村的民居,绿水环绕、绿荫点缀。 中新社记者 泱波 摄




徐州市铜山区黄集镇推行设施农业,大棚里的西红柿、黄瓜长势喜人,村民们正忙着采摘装箱。

杨文海 摄
""")
    article, photo, other = page.items
    assert names(article) == ["周兆军"]
    assert photo.kind == PHOTO and names(photo) == ["泱波"]
    assert names(other) == ["杨文海"]


def test_a_caption_set_apart_between_an_articles_end_and_the_next_title_is_a_photo(parse):
    page = parse("""
老街换新颜

本报讯 近日，城关镇老街改造完工，青石板路和骑楼重新亮相，吸引了不少市民前来游览。



游客在改造后的老街上拍照留念。



北坡村谷子喜获丰收

本报讯 秋收时节，北坡村的三百亩谷子进入收割期，村民们在田间忙着收割、晾晒。
""")
    kinds = [(item.kind, item.title) for item in page.items]
    assert kinds == [("article", "老街换新颜"), (PHOTO, ""), ("article", "北坡村谷子喜获丰收")]
    assert page.items[1].paragraphs == ["游客在改造后的老街上拍照留念。"]


def test_a_dated_caption_under_a_title_opens_the_photo_storys_text(parse):
    page = parse("""
高原青稞开镰

9月20日，村民在田间收割青稞。本报记者 李明 摄

当日，海拔四千米的高原村庄迎来秋收，村民们趁着晴好天气抢收青稞。
""")
    (item,) = page.items
    assert item.title == "高原青稞开镰"
    assert item.paragraphs[0] == "9月20日，村民在田间收割青稞。"
    assert item.captions == []
    assert names(item) == ["李明"]


def test_a_dated_caption_after_a_closed_article_opens_the_text_under_it(parse):
    page = parse("""
老街换新颜

本报讯 近日，城关镇老街改造完工，青石板路和骑楼重新亮相。

（记者 王红 通讯员 李亮）



10月8日，一台收割机在北坡村的稻田里作业。新华社发(张明摄)

当日是寒露节气，各地农民抓住晴好天气抢收秋粮，确保颗粒归仓。
""")
    first, second = page.items
    assert first.title == "老街换新颜"
    assert second.paragraphs[0].startswith("10月8日，一台收割机在北坡村的稻田里作业。")
    assert second.paragraphs[1].startswith("当日是寒露节气")


def test_a_caption_pointing_at_its_picture_under_a_title_opens_the_photo_storys_text(parse):
    page = parse("""
柑橘挂满枝头

图为江边山坡上种满的柑橘树。本报记者 李明 摄

1月2日，记者在江边的柑橘园看到，满山的果子已经进入采摘期。
""")
    (item,) = page.items
    assert item.paragraphs[0] == "图为江边山坡上种满的柑橘树。"


def test_a_photos_title_in_book_title_marks_opens_its_caption_under_a_column_label(parse):
    page = parse("""
■江城图说

[图]



《稻浪金黄》2024年9月22日,城郊万亩稻田迎来收获,农机在田间来回穿梭。王华摄

[图]



《晒“丰”景》2024年9月21日,古村村民在晾晒刚收获的玉米。李强摄
""")
    assert [(i.kind, i.kicker, i.title) for i in page.items] == [
        ("photo", "江城图说", "稻浪金黄"),
        ("photo", "", "晒“丰”景"),
    ]
    assert page.items[1].paragraphs[0].startswith("2024年9月21日,古村村民")


def test_a_dated_caption_under_a_brief_closed_by_its_byline_opens_the_next_photo_story(parse):
    page = parse("""
■江城短讯

4月9日,在城郊千亩高标准农田,农户们正有序将秧苗装车,随后驾驶插秧机来回机插早稻秧苗。

当前正值早稻插秧黄金时节,各地种粮大户抢抓晴好天气,全面展开春耕生产,田间地头一派繁忙景象。(刘荣)

[图]



7月13日,城郊蒋巷镇农户拉运刚收获的稻谷准备进行烘干。 新华社记者 彭华 摄

近日,城郊20万亩早稻进入全面成熟收获期,当地农户开始抢收早稻。
""")
    brief, story = page.items
    assert names(brief) == ["刘荣"]
    assert names(story) == ["彭华"]
    assert story.paragraphs[0].startswith("7月13日,")


def test_a_dated_credited_caption_over_a_lead_of_its_own_is_a_photo_story(parse):
    page = parse("""
## 侨乡特色产业富民飘香

本报讯(记者 王明)侨乡的龙滚镇和兴隆华侨农场备受瞩目,咖啡、香草等特色产业节节高。

从1990年代开始,福塘村开始种菠萝,如今全村种植面积已达3000多亩。

[图]





2月21日,城郊潭黎村的村民在地里采摘圣女果(无人机照片)。新华社记者 张丽 摄

眼下,城郊潭黎村圣女果迎来收获时节,农户们忙着采摘上市,田间地头一派繁忙。
""")
    article, story = page.items
    assert names(article) == ["王明"]
    assert names(story) == ["张丽"]
    assert story.paragraphs[-1].startswith("眼下,")


@pytest.mark.parametrize(
    ("line", "caption", "name"),
    [
        ("▲江城县革命纪念馆吴敏摄", "▲江城县革命纪念馆", "吴敏"),
        ("城郊的文化礼堂周立新摄", "城郊的文化礼堂", "周立新"),
        ("图说:喜获丰收吴敏/摄", "图说:喜获丰收", "吴敏"),
    ],
)
def test_a_caption_run_on_into_its_photographers_name_is_split_from_it(line, caption, name):
    (ln,) = read_lines(f"\n{line}\n")
    assert (ln.text, [c.name for c in ln.credits]) == (caption, [name])


@pytest.mark.parametrize("line", ["这是4月7日在城郊拍摄", "游客在湖边赏花王明摄"])
def test_a_caption_whose_name_reads_no_one_way_credits_no_one(line):
    (ln,) = read_lines(f"\n{line}\n")
    assert ln.credits == []
