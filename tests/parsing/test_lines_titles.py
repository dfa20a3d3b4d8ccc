"""What makes a line a title, kicker, subtitle or subhead, and what only looks like one."""

import pytest

from archive.parsing.headings import MAX_TITLE
from archive.parsing.lines import HEAD, read_lines
from tests.parsing.helpers import WIDE, names


def test_a_dash_line_under_the_title_is_the_subtitle(parse):
    (item,) = parse("""
汇聚精神力量 奏响防疫“最强音”
—— 黑龙江哈尔滨南岗区勠力同心抗击疫情

本报记者 赵青 实习记者 李林晅

疫情就是命令，防控就是责任。
""").items
    assert (item.kicker, item.title, item.subtitle) == (
        "",
        "汇聚精神力量 奏响防疫“最强音”",
        "黑龙江哈尔滨南岗区勠力同心抗击疫情",
    )


def test_a_markdown_title_with_a_dash_subtitle(parse):
    (item,) = parse("""
## 党旗引领下的一线奋战

### ——离石区全力打好疫情防控阻击战纪实

□ 任建忠 姜利文

疫情就是命令,防控就是责任。
""").items
    assert item.title == "党旗引领下的一线奋战"
    assert item.subtitle == "离石区全力打好疫情防控阻击战纪实"


def test_a_narrow_columns_first_line_under_a_markdown_title_is_text_not_a_subtitle(parse):
    wide, item = parse("""
## 社区食堂开张

社区食堂今天开张,六十岁以上老人凭卡就餐可享八折优惠,每天供应早中晚三餐,菜品每周更换,居民纷纷点赞。

## 老街巷里的清洁工

入冬以来,城区开展道路清扫、

垃圾清运、绿化养护等整治工作,

街巷面貌焕然一新。
""").items
    assert wide.title == "社区食堂开张"
    assert (item.title, item.subtitle) == ("老街巷里的清洁工", "")
    assert "".join(item.paragraphs).startswith("入冬以来,城区开展道路清扫、垃圾清运")


def test_a_narrow_runs_first_line_under_a_markdown_title_on_a_wide_page_is_text(parse):
    wide, item = parse("""
## 社区食堂开张

社区食堂今天开张,六十岁以上老人凭卡就餐可享八折优惠,每天供应早中晚三餐,菜品每周更换,居民纷纷点赞。

## 吉林农民将玉米换“作”土豆

从长春市往北,经过农安县到达松

原市前郭县,一路高速,两旁裸露

的庄稼地一望无际,灰蒙蒙一片。
""").items
    assert wide.title == "社区食堂开张"
    assert (item.title, item.subtitle) == ("吉林农民将玉米换“作”土豆", "")
    assert item.paragraphs[0].startswith("从长春市往北,经过农安县到达松原市")


def test_a_narrow_runs_line_with_half_width_figures_is_text_not_a_title_line(parse):
    wide, item = parse("""
社区食堂开张

社区食堂今天开张,六十岁以上老人凭卡就餐可享八折优惠,每天供应早中晚三餐,菜品每周更换,居民纷纷点赞。


小学生技能赛

感受劳动之美

4 月 28 日,城关区伏龙

坪小学开展了“春风有约·艺圃

思甜”2022年春季劳动技能

大赛暨春播节活动。
""").items
    assert wide.title == "社区食堂开张"
    assert (item.title, item.subtitle) == ("小学生技能赛", "感受劳动之美")
    assert item.paragraphs[0].startswith("4月28日,城关区伏龙坪小学")


def test_a_short_line_a_pictures_gap_under_a_markdown_title_is_its_caption_not_subtitle(parse):
    (item,) = parse("""
## “三夏”进行时



宋陵区域，古老的石像见证现代化农业



春争日,夏争时。记者兵分几路,用镜头记录下麦收现场的一个个瞬间。
""").items
    assert (item.title, item.subtitle) == ("“三夏”进行时", "")
    assert "宋陵区域，古老的石像见证现代化农业" in item.paragraphs + item.captions


def test_a_level_three_heading_before_the_title_is_its_kicker(parse):
    (item,) = parse("""
### 流动核酸采样小分队

## 为200多位老人上门采样

本报讯(记者 王铁军)为阻断疫情传播，平房区全员核酸检测有序进行中。
""").items
    assert (item.kicker, item.title) == ("流动核酸采样小分队", "为200多位老人上门采样")


def test_a_doubled_ocr_title_is_collapsed(parse):
    (item,) = parse("""
邛崃向九寨沟县捐赠防疫物资邛崃向九寨沟县捐赠防疫物资
助力九寨打赢疫情防控阻击战助力九寨打赢疫情防控阻击战

本报讯（记者 赵青）近日，一场特殊的捐赠仪式在四川省邛崃市政府大院举行。
""").items
    assert item.title == "邛崃向九寨沟县捐赠防疫物资 助力九寨打赢疫情防控阻击战"


def test_a_title_line_carrying_its_kicker_is_split(parse):
    (item,) = parse("""
哈尔滨日报社青年党员孙思文进驻社区防疫,还请来“外援” 今冬最浪漫的事:媳妇陪我守卡点

□本报记者 黄晏君

-20℃的气温,顶着五六级的西北风,在室外站一天是种什么体验?
""").items
    assert item.kicker == "哈尔滨日报社青年党员孙思文进驻社区防疫,还请来“外援”"
    assert item.title == "今冬最浪漫的事:媳妇陪我守卡点"


def test_a_markdown_title_is_never_longer_than_sixty_characters(parse):
    first = "湖北省武汉市江汉区汉兴街道党工委联合辖区二十余家单位"
    second = "共同开展冬季送温暖慰问困难群众活动取得良好成效受到居民广泛好评"
    (item,) = parse(f"""
## {first}{second}{first}

本报讯（记者 王明）正文第一段。
""").items
    assert len(item.title) <= MAX_TITLE
    assert (item.title + item.subtitle).replace(" ", "") == first + second + first


def test_a_plain_title_is_never_longer_than_sixty_characters(parse):
    first = "湖北省武汉市江汉区汉兴街道党工委联合辖区二十余家单位"
    second = "共同开展冬季送温暖慰问困难群众活动取得良好成效受到居民广泛好评"
    (item,) = parse(f"""
{first}
{second}

本报记者 王明

正文第一段。
""").items
    assert len(item.title) <= MAX_TITLE
    assert (item.kicker + item.title + item.subtitle).replace(" ", "") == first + second


def test_a_kicker_printed_above_a_plain_title(parse):
    (item,) = parse("""
绥芬河

机关干部蹲点驻守小区

本报讯(徐长友 记者杜怀宇)在疫情防控非常时期,绥芬河市机关党员干部积极响应号召,在各自小区当起志愿者。

参与落实小区封闭式管理的广大机关干部下沉一线、蹲点驻守,主要针对返乡人员和与返乡人员有密切接触的人员,督促他们进行隔离。

绥芬河市市直机关工委要求,广大机关党员干部要充分发挥先锋模范带头作用,落实好疫情防控各项措施。
""").items
    assert (item.kicker, item.title) == ("绥芬河", "机关干部蹲点驻守小区")


def test_subheads_inside_an_article_stay_in_that_article(parse):
    page = parse("""
## 两小时内，136人集结到岗

本报讯(记者 节永志)10月30日，平房区处于疫情严密防控状态。

### 供热人坚守“温暖承诺”

该公司相关工作人员告诉记者，公司迅速启动疫情防控预案。

### 视频连线解决供暖“小问题”

哈投平房供热公司开展了线上助力“维修”。
""")
    (item,) = page.items
    assert item.paragraphs == [
        "10月30日，平房区处于疫情严密防控状态。",
        "供热人坚守“温暖承诺”",
        "该公司相关工作人员告诉记者，公司迅速启动疫情防控预案。",
        "视频连线解决供暖“小问题”",
        "哈投平房供热公司开展了线上助力“维修”。",
    ]


def test_a_narrow_columns_lines_on_a_wide_page_are_its_text_not_headings(parse):
    wide, narrow = parse("""
社区食堂开张

社区食堂今天开张，六十岁以上老人凭卡就餐可享八折优惠，每天供应早中晚三餐，菜品每周更换。



老小区换了新模样

平整的柏油路、修葺一新的宿

舍楼、停放有序的车辆……3月4

日，记者走进城南一中宿舍小区，

发现这个昔日破旧的小区如今已

焕然一新。
""").items
    assert wide.title == "社区食堂开张"
    assert (narrow.title, narrow.subtitle) == ("老小区换了新模样", "")
    assert "".join(narrow.paragraphs).startswith("平整的柏油路、修葺一新的宿舍楼")


def test_a_quoted_question_in_the_text_stays_a_paragraph(parse):
    (item,) = parse("""
社区食堂开张

本报记者 陈晓红

“今天吃什么?”

老人们围坐在一起,等着开饭。
""").items
    assert item.paragraphs == ["“今天吃什么?”", "老人们围坐在一起,等着开饭。"]


def test_a_narrow_columns_title_as_wide_as_its_text_is_still_a_title(parse):
    page = parse("""
据了解,驿站由铁锋区城管局联合

辖区商户共同建设,每天开放。

牡丹江宁安市万亩水稻喜获丰收

本报讯(记者 刘洋)时下,牡丹江

市宁安市渤海镇的稻田里一片金黄。
""")
    assert page.items[-1].title == "牡丹江宁安市万亩水稻喜获丰收"


def test_a_title_broken_after_an_opening_quote_is_one_phrase(parse):
    (item,) = parse("""
佳木斯富锦市“
冰雪经济”升温

□本报记者 周晓峰

随着气温下降,富锦市冰雪旅游持续升温。
""").items
    assert item.title == "佳木斯富锦市“冰雪经济”升温"


def test_a_title_with_a_colon_over_a_dash_subtitle_is_the_title(parse):
    (item,) = parse("""
宜昌夷陵区：让柑橘产业“链”出新天地

——访夷陵区农业农村局局长 陈 刚

本报记者 黄 磊

问：夷陵区柑橘产业目前发展情况如何？

答：全区柑橘种植面积达到28万亩。
""").items
    assert item.title == "宜昌夷陵区：让柑橘产业“链”出新天地"
    assert item.paragraphs[0] == "问：夷陵区柑橘产业目前发展情况如何？"


def test_a_reporters_notebook_is_a_subheading_not_a_reporter(parse):
    (item,) = parse("""
## 洱海边的“护湖人”

本报记者 段丽萍

早上7点,洱源县的护湖员已经出发了。

记者手记

守护洱海,靠的是一个个普通人。
""").items
    assert [c.name for c in item.credits] == ["段丽萍"]
    assert item.paragraphs[-1] == "守护洱海,靠的是一个个普通人。"


def test_a_genre_label_set_right_over_the_title_is_its_kicker(parse):
    page = parse("""
短评
让“小窗口”服务“大民生”

本报评论员 高明

政务服务窗口虽小，连着的却是千家万户。
""")
    item = page.items[0]
    assert (item.kicker, item.title) == ("短评", "让“小窗口”服务“大民生”")


def test_a_closing_quote_on_a_line_of_its_own_is_not_a_title_over_the_closing_byline(parse):
    page = parse("""
打好这场人民战争总体战阻击战

韩立华说:“相信我们的共产党,我们众志成城,一定会打赢这场疫情防控阻击战。

”

(邵英明 岳海兴 记者朱彤)

党员干部下沉第一线

□柏凡露 本报记者 韩波

截至目前,哈尔滨市南岗区37个单位的党员干部下沉社区。
""")
    first, second = page.items
    assert first.title == "打好这场人民战争总体战阻击战"
    assert [c.name for c in first.credits] == ["邵英明", "岳海兴", "朱彤"]
    assert [c.name for c in second.credits] == ["柏凡露", "韩波"]


def test_a_narrow_columns_indented_first_line_under_a_markdown_title_is_text_not_subtitle(
    parse,
):
    page = parse("""
## 哈尔滨市11月6日0-24时疫情通报

11月6日0-24时，哈尔滨

市无新增本土新冠肺炎确诊病

例；新增本土无症状感染者1例。
""")
    item = page.items[0]
    assert (item.title, item.subtitle) == ("哈尔滨市11月6日0-24时疫情通报", "")
    assert item.paragraphs[0].startswith("11月6日0-24时，哈尔滨市无新增")


def test_an_unpunctuated_line_over_one_wider_than_a_narrow_columns_text_is_a_heading():
    lines = read_lines(
        "\n\n".join(
            [
                "“疫”线党旗红 合力筑防线",  # as wide as an indented first line
                "9支市直单位党员干部包保小分队 进驻奋斗路街道8个社区投入战“疫”",
                "当前,南岗区奋斗路街道疫情防控",
                "工作任务艰巨,不断有阳性病例检出",
                ",社区工作压力骤然增加。为进一步",
            ]
        )
    )
    assert [line.kind for line in lines[:2]] == [HEAD, HEAD]
    assert HEAD not in [line.kind for line in lines[2:]]


def test_a_narrow_title_as_wide_as_an_indented_first_line_heads_the_page_over_a_wider_line(
    parse,
):
    page = parse("""
“疫”线党旗红 合力筑防线

9支市直单位党员干部包保小分队 进驻奋斗路街道8个社区投入战“疫”



本报讯(王兴国 记者 梁可心

)当前,南岗区奋斗路街道疫情防控

工作任务艰巨,不断有阳性病例检出

,社区工作压力骤然增加。
""")
    item = page.items[0]
    assert item.title == "“疫”线党旗红 合力筑防线"
    assert item.paragraphs[0].startswith("当前,南岗区")


def test_a_three_line_title_set_after_a_picture_on_a_narrow_page_keeps_kicker_and_title(
    parse,
):
    page = parse("""
宣传员,给小区住户发放传单。晚上

10点,张云飞和志愿者还在小区进

行夜间值班。凌晨1点,张云飞还在

寒风中默默守护着所在小区。



让社区成为疫情防控的坚强堡垒

哈尔滨市南岗区组建6747个社区网格长工作群

线下发现线上报告 上下协同互联互通

□本报记者 邢汉夫

为有效遏制疫情蔓延,哈尔滨市

南岗区创新组建6747个社区网格

长工作群,辖区64万余居民家庭、
""")
    item = page.items[-1]
    assert (item.kicker, item.title, item.subtitle) == (
        "让社区成为疫情防控的坚强堡垒",
        "哈尔滨市南岗区组建6747个社区网格长工作群",
        "线下发现线上报告 上下协同互联互通",
    )
    assert page.items[0].paragraphs[-1].endswith("所在小区。")


def test_a_title_set_with_a_colon_over_a_dateline_is_the_next_articles_title(parse):
    page = parse("""
坚决打赢反腐败斗争攻坚战

持久战。

(下转第2版)

百色:市长轻车简从下基层
慰问探访体察群众冷暖

广西日报百色1月23日讯

(记者曾铁强)大年初一清

晨,百色市长深入基层开展调研。
""")
    first, second = page.items
    assert first.paragraphs[-1] == "坚决打赢反腐败斗争攻坚战持久战。"
    assert "百色:市长轻车简从下基层" in second.title + second.kicker
    assert [c.name for c in second.credits] == ["曾铁强"]


def test_a_title_with_a_comma_over_a_dateline_is_a_title(parse):
    page = parse("""
上一篇的最后一句话写完了。

牺牲77年，“无名烈士”被找回姓名

本报讯（记者 王强）近日，一位烈士的姓名终于被找回。
""")
    assert page.items[-1].title == "牺牲77年，“无名烈士”被找回姓名"
    assert [c.name for c in page.items[-1].credits] == ["王强"]


def test_an_exclaiming_title_with_a_comma_over_a_byline_is_a_title(parse):
    page = parse("""
上一篇的最后一句话写完了。

好消息，城区新增三座公园！

本报记者 李娜

近日，城区新增三座公园，市民纷纷前往游玩。
""")
    assert page.items[-1].title == "好消息，城区新增三座公园！"


def test_an_asking_title_after_its_place_and_a_colon_is_a_title(parse):
    page = parse("""
菏泽:滩区迁建后的新生活

在菏泽，记者被滩区村民执着向上的精神感染。


潍坊临朐:聚粮村缘何“聚粮”?

平坦的柏油路上串起一个个农家田园，游客驾车循着新修的环山路而来。
""")
    assert [item.title for item in page.items] == [
        "菏泽:滩区迁建后的新生活",
        "潍坊临朐:聚粮村缘何“聚粮”?",
    ]


def test_a_section_name_heading_the_page_and_a_place_colon_title_wider_than_the_column(parse):
    page = parse("""
浙江新闻·地方

定海:闯海破浪 奋力谱写中国式现代化新篇章

面朝东方,向海图强。地处浙江

海岸线东端的定海,骨子里镌刻

着闯海破浪、开放融合的精神基

因。“十四五”期间,定海锚定航

向、笃行实干,坚定贯彻省委“13

2”总体部署、市委“985”行动

要求,驱动地区生产总值连续跨越。
""")
    (item,) = page.items
    assert item.title == "定海:闯海破浪 奋力谱写中国式现代化新篇章"
    assert item.paragraphs[0].startswith("面朝东方")
    assert "section label left out: 浙江新闻·地方" in page.warnings


def test_a_place_and_colon_title_over_its_text_opens_an_article(parse):
    page = parse("""
在希望的田野上

在吴兴明家中,县卫生健康局详细询

问了老人平时的生活情况。

綦江:收获在希望的田野

一分耕耘,一分收获。金秋时节,重庆

綦江大地到处是成熟的粮食。
""")
    _, second = page.items
    assert second.title == "綦江:收获在希望的田野"
    assert second.paragraphs[0].startswith("一分耕耘")


def test_a_place_colon_title_after_text_opens_an_article_not_a_subheading(parse):
    page = parse("""
辽阳市文圣区打造生态示范区

今年以来，辽阳市文圣区聚焦目标定位，

塑造特色文旅品牌。

鞍山：奥运“金牌”背后的精气神

第十四届全运会开幕在即。在此前的东

京奥运会上，鞍山籍运动员共有7人出战。
""")
    first, second = page.items
    assert second.title == "鞍山：奥运“金牌”背后的精气神"
    assert first.paragraphs == ["今年以来，辽阳市文圣区聚焦目标定位，塑造特色文旅品牌。"]


def test_a_place_colon_title_naming_a_quoted_term_opens_an_article(parse):
    page = parse("""
辽阳市文圣区打造生态示范区

今年以来，辽阳市文圣区聚焦目标定位，

塑造特色文旅品牌。

郭家沟：“小村报”晒出好日子

一提起郭家沟，村民们都竖起大拇指。

村里的小报办了三年，期期有新事。
""")
    first, second = page.items
    assert second.title == "郭家沟：“小村报”晒出好日子"
    assert first.paragraphs == ["今年以来，辽阳市文圣区聚焦目标定位，塑造特色文旅品牌。"]


def test_a_quote_after_a_speakers_colon_stays_text(parse):
    page = parse("""
辽阳市文圣区打造生态示范区

今年以来，辽阳市文圣区聚焦目标定位，

塑造特色文旅品牌。

村支书王明：“日子越过越红火”

一提起郭家沟，村民们都竖起大拇指。
""")
    assert len(page.items) == 1


def test_a_field_label_and_colon_under_a_byline_is_no_place_title(parse):
    page = parse("""
城中村不再脏乱差

自从城中村被整改升级后，居民们都很高兴。

蹲点日记①丨一条大路的昼与夜

记者 吴亚飞

蹲点点位：成都市锦江区沙河街道

“走，带你走一走我每天的必经之路。”一大早，街道办主任对记者说。
""")
    _, second = page.items
    assert second.title == "蹲点日记①丨一条大路的昼与夜"
    assert [c.name for c in second.credits] == ["吴亚飞"]


def test_a_column_name_barred_off_its_title_heads_the_page_however_punctuated(parse):
    page = parse("""
2025年8月14日 星期四 第A7版 湾区·城乡


“头雁”故事 | 陈涌村党委书记:“群众要的,就是咱干的!”

“这些废旧木板床堆在楼顶至少10年,屋主总舍不得丢。”8月12日上午,村干部说。

村里的环境整治已经持续了三个月。
""")
    (item,) = page.items
    assert item.title == "“头雁”故事 | 陈涌村党委书记:“群众要的,就是咱干的!”"
    assert item.paragraphs[0].startswith("“这些废旧木板床")


def test_a_column_name_barred_off_a_punctuated_title_opens_an_article_after_text(parse):
    page = parse("""
文化礼堂落成

文化礼堂落成后，这两天来松垟村热闹非凡，一场场越剧在礼堂里演出。


第29期|红枫古道穿村过,一方热土故事多;垟尾礼堂高大上,村民乐享新生活

文成县巨屿镇垟尾村有一条红枫古道，在250多年历史中，这条古道是交通要道。
""")
    first, second = page.items
    assert second.title.startswith("第29期|红枫古道穿村过")
    assert first.paragraphs == ["文化礼堂落成后，这两天来松垟村热闹非凡，一场场越剧在礼堂里演出。"]


def test_a_barred_title_as_wide_as_a_narrow_columns_text_still_opens_an_article(parse):
    page = parse("""
如今的西藏，人们的生活不

断变好，农民增收有了保障。




藏地新声丨茶香氤氲“莲花秘境”

墨脱，藏语意为“莲花秘境”，是

西藏海拔最低、气候最温和、雨量

最充沛的地方，茶园遍布山坡。
""")
    assert page.items[-1].title == "藏地新声丨茶香氤氲“莲花秘境”"
    assert page.items[-1].paragraphs[0].startswith("墨脱")


def test_a_role_barred_off_a_name_is_no_column_title(parse):
    page = parse("""
文化礼堂落成

文化礼堂落成后，这两天来松垟村热闹非凡，一场场越剧在礼堂里演出。

来源|扬州广电手机频道
""")
    assert len(page.items) == 1


def test_a_title_broken_at_its_comma_under_a_kicker_is_titled_whole(parse):
    page = parse("""
米产量达2000吨，实现产

值2300万元。


边城见闻

珲春“火出圈”，

不只“艾灸旅游”

晨曦洒满珲春河，珲春市这座

位于吉林延边朝鲜族自治州的

边陲小城，在浓郁的多元文化

中苏醒。
""")
    item = page.items[-1]
    assert "珲春“火出圈”" in item.title + item.subtitle
    assert "不只“艾灸旅游”" in item.title + item.subtitle
    assert item.paragraphs == [
        "晨曦洒满珲春河，珲春市这座位于吉林延边朝鲜族自治州的边陲小城，在浓郁的多元文化中苏醒。"
    ]


def test_a_heading_line_ending_in_a_dash_runs_on_into_the_next(parse):
    page = parse("""
明星、嘉宾眼中的侨乡江门——
山好,水好,人更好!

红色的风衣、白皙的皮肤、轻盈的

脚步……举手投足散发魅力。

(本报记者 冯瑶君 杨慧敏)


与整洁的麻屯镇仅一街之隔,

却垃圾遍地、污水横流——

麻屯村民:企盼早日消除“灯下黑”

家园位置 孟津县麻屯镇麻屯村。
""")
    first, second = page.items
    assert first.title == "明星、嘉宾眼中的侨乡江门—— 山好,水好,人更好!"
    assert "麻屯村民:企盼早日消除“灯下黑”" in (second.kicker + second.title + second.subtitle)
    assert second.paragraphs == ["家园位置孟津县麻屯镇麻屯村。"]


def test_a_long_kicker_ending_in_a_dash_set_apart_under_finished_text_heads_the_next_title(
    parse,
):
    """A kicker a picture's gap under finished text, broken off by ——, may run as wide as any
    heading: "…社区二号楼院，在楼院党支部的带领下大力整治环境，如今——" over its title."""
    page = parse("""
老街坊的新菜园

城北街道把闲置多年的空地改成了共享菜园，附近居民每天都来浇水除草，邻里关系更近了。


麦子店农展南里社区二号楼院，在楼院党支部的带领下大力整治环境，如今——

脏乱差老楼变身“立体四合院”

走进麦子店街道农展南里社区二号楼院，就像走进了老北京的四合院，楼门口贴有喜庆的对联。
""")
    garden, court = page.items
    assert garden.title == "老街坊的新菜园"
    assert court.kicker.endswith("如今——")
    assert court.title == "脏乱差老楼变身“立体四合院”"
    assert court.paragraphs[0].startswith("走进麦子店街道")


def test_on_a_page_set_a_paragraph_to_a_line_a_short_punctuated_line_is_a_title(parse):
    page = parse(f"""
12月1日,在潍坊高新区北海学校考点,助考人员正在指导考生进行人脸识别认证。当日,中央机关及其直属机构2025年度考试录用公务员笔试举行。

潍坊日报社全媒体记者 张沁

山东“菜篮子”,稳稳的爱

1月2日,一辆辆满载新鲜蔬菜的专运保温车,从潍坊市潍城区鲁东果品批发市场出发,十几个小时后,就能送达西安市鄠邑区。

{WIDE}

潍坊日报社全媒体记者 张驰

济南起步区: “未来之城”崛起成势

黄河自济南城北穿过,一度制约济南北跨发展。2021年4月,济南新旧动能转换起步区在黄河流域生态保护和高质量发展战略大潮中应运而生。
""")
    first, second, third = page.items
    assert names(first) == ["张沁"]
    assert second.title == "山东“菜篮子”,稳稳的爱"
    assert len(second.paragraphs) == 2
    assert third.title == "济南起步区: “未来之城”崛起成势"


# A brief closed by its reporter's bracket, as the line above each case below.
CLOSED_BRIEF = """
城区道路改造完工

本报讯 昨日，城区主干道改造工程全面完工，市

民出行更加便利。

（记者 王强）
"""


def test_a_short_title_with_a_comma_or_an_exclamation_under_a_closing_byline(parse):
    page = parse(
        CLOSED_BRIEF
        + """
牺牲77年，他终于回家了！

12日，烈士遗骸安葬仪式在县烈士陵园举行，

当地群众自发前来送别。

（记者 李明）

“双减”之后，孩子们更快乐了

近日，记者走访了多所学校，发现课后服务丰

富多彩。
"""
    )
    first, second, third = page.items
    assert names(first) == ["王强"]
    assert (second.title, names(second)) == ("牺牲77年，他终于回家了！", ["李明"])
    assert second.paragraphs[0].startswith("12日，")
    assert third.title == "“双减”之后，孩子们更快乐了"
    assert third.paragraphs == ["近日，记者走访了多所学校，发现课后服务丰富多彩。"]


def test_a_short_line_under_a_closing_byline_that_runs_on_is_text(parse):
    page = parse(
        CLOSED_BRIEF
        + """
近日，记者走访了多所学校，发现课后服务丰

富多彩，孩子们更快乐了。
"""
    )
    _, second = page.items
    assert second.title == ""
    assert second.paragraphs[0].startswith("近日，")


def test_a_title_set_under_a_pictures_gap_is_read_over_its_byline():
    lines = read_lines("""
7月26日下午18时左右，紧邻沧州监狱的两条小街巷依旧存满积水，据周围居民介绍，积水已有多日，
据周围居民介绍，积水已有多日，出行十分不便，希望有关部门能够尽快注意到这个问题，解决掉这个周边群众的“老大难”问题。记者李家伟摄


新春走基层

河北定州:租住房里暖意浓

□河北日报记者林凤斌

1月25日，从定州市开元寺塔广场的小山丘上向东望去，中山路南北两侧成片的平房正在拆除。
""")
    assert [ln.kind for ln in lines[2:4]] == [HEAD, HEAD]


def test_a_place_and_colon_on_its_own_line_over_a_title_is_part_of_the_title_set(parse):
    page = parse("""
祁县城区古城社区是首批试点的34个社区之一。


盐湖区御沁园社区:

居民打扫卫生 助力文明城市创建

运城晚报讯(记者 寻霄)11月22日,盐湖区北城办御沁园社区的热心居民自发打扫楼道卫生。
""")
    item = page.items[-1]
    assert "居民打扫卫生 助力文明城市创建" in item.kicker + item.title
    assert item.paragraphs == ["11月22日,盐湖区北城办御沁园社区的热心居民自发打扫楼道卫生。"]


def test_a_line_set_apart_over_a_narrow_columns_run_titles_it(parse):
    first, second = parse(f"""社区战疫

{WIDE}


河西区用心用情浇灌文明花开

一个城区的文明,从哪里能看到

从干净的楼道里,从葱郁的公

园里,从人们的举止言谈里,处

处小细节彰显着大文明。
""").items
    assert first.title == "社区战疫"
    assert second.title == "河西区用心用情浇灌文明花开"
    assert second.paragraphs[0].startswith("一个城区的文明")


def test_a_punctuated_title_wider_than_a_narrow_column_opens_an_article(parse):
    # Only a heading runs wider than a narrow column; a title may carry ! or a comma.
    first, second = parse("""
村里修起文化广场

本报讯 走进永乐镇西北乐

村,一栋栋青瓦白墙小楼

环湖而立,村民在广场上

唱起山歌,孩子们追逐嬉

戏,好不热闹。


旧装换新颜!南沙3社区上榜市容貌社区

日前,2021年度市容貌

社区名单公布,南沙区共

有3个社区上榜,数量居

全市前列。
""").items
    assert first.paragraphs[-1].endswith("好不热闹。")
    assert second.title == "旧装换新颜!南沙3社区上榜市容貌社区"
    assert second.paragraphs[0].startswith("日前")


def test_a_title_short_of_a_narrow_columns_edge_a_pictures_gap_under_text_opens_an_article(parse):
    first, second = parse("""
村里修起文化广场

本报讯 走进永乐镇西北乐村

，一栋栋青瓦白墙小楼环湖

而立，村民在广场上唱起山

歌，孩子们追逐嬉戏，好不

热闹。


看毕节五年的五个视角

2018年7月18日，毕节市

委召开常委会议，总结五年

来的试验区建设成效，并部

署下一步工作。
""").items
    assert first.paragraphs[-1].endswith("好不热闹。")
    assert second.title == "看毕节五年的五个视角"


def test_a_narrow_paragraph_running_on_after_a_pictures_gap_stays_text(parse):
    (item,) = parse("""
村里修起文化广场

本报讯 走进永乐镇西北乐村

，一栋栋青瓦白墙小楼环湖

而立。


村民在广场上唱起山歌孩子

们追逐嬉戏好不热闹。
""").items
    assert item.paragraphs[-1] == "村民在广场上唱起山歌孩子们追逐嬉戏好不热闹。"


def test_a_narrow_first_line_without_commas_under_a_markdown_title_is_text(parse):
    # Half-width commas leave the column's other lines half a cell short of the first.
    (item,) = parse("""
## 胡同里的社区治理

作为北京基层社会治理的一个特殊单

元,基础设施改造完成以后,从内部

凝聚人心,打造共建、共治、共享的

社区治理格局,成为胡同居民的迫切

需求。
""").items
    assert (item.title, item.subtitle) == ("胡同里的社区治理", "")
    assert item.paragraphs[0].startswith("作为北京基层社会治理的一个特殊单元")


def test_the_pages_first_line_under_its_running_head_titles_a_narrow_column(parse):
    # as wide as the column's text: only its place, first under the running head, makes it a title
    (item,) = parse("""
龙江大地 2025年9月24日 星期三 第6版 三农


大国粮仓绘就最美“丰”景

金黄的稻浪在秋风中翻滚,

鼓溜溜的大豆“腰杆”挺直

,收割机的轰鸣声与农民的

笑语交织,黑土地上一派丰

收景象。
""").items
    assert item.title == "大国粮仓绘就最美“丰”景"
    assert item.paragraphs[0].startswith("金黄的稻浪")


def test_a_forms_labelled_rows_opening_the_page_are_text_not_a_title(parse):
    (item,) = parse("""
005版:综合·社会

2009 年 1 月 12 日 星期一


家园位置 洛宁县城郊乡冀庄村

反映问题 村容整治表里不一,

垃圾池没有充分利用,有卫生死

角。
""").items
    assert item.title == ""
    assert item.paragraphs[0].startswith("家园位置")


def test_a_narrow_columns_line_at_its_measure_is_text_whatever_its_words(parse):
    # each line holds the column's twelve characters: "茶坑村:位于…" only looks like place: title
    (item,) = parse("""
江门古村落巡礼

江门有不少古村落保存完好,各

具特色,吸引游客前来参观。

茶坑村:位于新会区会城街

道,是“启超故里”,被誉为

“中国十大最美乡村”。该村

位于新会区凌云塔下,人文厚重。
""").items
    assert item.title == "江门古村落巡礼"
    assert item.paragraphs[-1].startswith("茶坑村:位于新会区会城街道,是")


def test_a_narrow_columns_title_over_its_lead_stays_a_title(parse):
    page = parse("""
江门有不少古村落保存完好,各

具特色,吸引游客前来参观。

五河:112万亩小麦陆续开镰

5月25日,安徽省五河县井头

镇的麦田里,收割机来回穿梭,

一派繁忙的夏收景象。
""")
    assert page.items[-1].title == "五河:112万亩小麦陆续开镰"


def test_a_place_colon_title_under_names_set_apart_after_the_last_sentence_opens_an_article(parse):
    """ "…取得了良好的社会效果。  王文军 栗景岭": names set a wide space after the sentence
    sign the paragraph and end it, so the "place：title" line under it is the next title."""
    page = parse("""
沧县法院旧州法庭获评先进集体

在第四次全国人民法庭工作会议上，沧县人民法院旧州法庭荣获先进集体称号。

据悉，旧州法庭2019年共受理家事案件314件，全部结案，取得了良好的社会效果。  王文军 栗景岭

丛台区光明社区：九九重阳节 情暖爱心巢

10月26日上午10时，邯郸市丛台区光明社区里香味四溢、热闹非凡。
""")
    assert [item.title for item in page.items] == [
        "沧县法院旧州法庭获评先进集体",
        "丛台区光明社区：九九重阳节 情暖爱心巢",
    ]
    assert names(page.items[0]) == ["王文军", "栗景岭"]


def test_a_column_name_and_a_bar_title_the_next_article_in_a_narrow_column(parse):
    page = parse("""
近年来，白朗县不断加大投
入力度，做大做强蔬菜产业，
为农民增收提供了有力支持。



藏地新声丨茶香氤氲“莲花秘境”

墨脱，藏语意为“莲花秘境”，是
西藏海拔最低、气候最温和、雨量
最充沛的地方，茶园遍布山间。
""")
    assert len(page.items) == 2
    assert page.items[1].title == "藏地新声丨茶香氤氲“莲花秘境”"
    assert page.items[1].paragraphs[0].startswith("墨脱")


def test_a_column_name_and_a_bar_title_a_punctuated_headline_on_a_wide_page(parse):
    page = parse(f"""
松垟村文化礼堂落成

{WIDE}


第29期|红枫古道穿村过,一方热土故事多;垟尾礼堂高大上,村民乐享新生活

文成县巨屿镇垟尾村有一条红枫古道，在250多年历史中，这逾万米长的古道曾是文成与泰顺多个乡镇通往平阳的必经之路，如今村民在古道旁建起了文化礼堂。
""")
    assert len(page.items) == 2
    assert page.items[1].title.endswith("村民乐享新生活")


def test_an_exclaimed_title_with_a_half_width_comma_over_a_byline(parse):
    """ "春节都在外采访,何况记者节!" under its kicker, over the byline: a title, its comma set
    half width as the page sets all of them."""
    page = parse("""
海南日报摄影记者苏晓杰在山路上奔波

春节都在外采访,何况记者节!

■  海南日报记者  刘笑非

11月8日早上8时30分,小雨里穿过上班的车流,苏晓杰开始往白沙出发。

赶路、拍摄、整理、传片、再赶路,来回的奔波对他来说都是家常便饭。
""")
    (item,) = page.items
    assert "春节都在外采访,何况记者节!" in (item.kicker, item.title, item.subtitle)
    assert item.paragraphs[0].startswith("11月8日")


def test_a_sentence_over_two_commas_over_its_photographer_is_a_caption(parse):
    """ "X,在Y,下游Z / 摄影/刘有志": a sentence over the one who took the picture is its
    caption, not a title; the title set under it, over the next text, heads that text."""
    page = parse("""
云龙脱贫记:能人、物产与山村

当一场国家推动的脱贫攻坚行动进入偏远的山区村庄,村民的生活会发生什么样的改变?

哨上村村委会的办公楼有两层,背靠着山,面朝着的也是山,对面的山比这边的山还要高。




沘江绕村而过,在云南云龙县形成了天然的“太极”景观,下游不远处即是云龙县城

摄影/刘有志




云南打好高原特色农业王牌

“云品”有多畅销?

2024年,云南咖啡和鲜切花出口额位居全国前列,农产品出口规模在西部地区处于领先位置。
""")
    assert page.items[-1].title == "云南打好高原特色农业王牌"
    assert all("沘江" not in item.title for item in page.items)


def test_a_title_exclaiming_twice_set_apart_under_finished_text(parse):
    """ "神秘!福清这里藏着一个“海洋文化”村!" a picture's gap under finished text, over its own:
    one phrase exclaimed before the title's own exclamation still makes a title."""
    page = parse("""
南安飞云村百余村民成“飞人”

村民为何搬到外县居住?潘瑞春说,因为山当村民都姓彭,而金山村民也多是这个姓。


神秘!福清这里藏着一个“海洋文化”村!

2020年是福清实施美丽乡村三年行动的收官之年,剩余44个美丽乡村创建村搭乘“末班车”。

作为新厝镇仅剩的一个美丽乡村建设村,大澳村起步晚,却不慢。
""")
    first, second = page.items
    assert first.title == "南安飞云村百余村民成“飞人”"
    assert second.title == "神秘!福清这里藏着一个“海洋文化”村!"
    assert second.paragraphs[0].startswith("2020年")


def test_a_title_under_text_closed_by_its_source_a_space_after_the_stop(parse):
    """ "…收入达20多万元。 (来源:中国赣州网)": the aside ends the paragraph though a space parts
    it from the stop, so the short line set apart under it titles the next piece."""
    page = parse("""
江西全南县建农村信息宣传栏 如今已成农民“致富眼”

近日,江西全南县古家营村10多名村民围聚在信息宣传栏前,争看各种种养致富信息。

在其影响下,全村共冬种蔬菜60多亩,收入达20多万元。 (来源:中国赣州网—赣南日报)




基地来了采摘“栀”愿者

近几天,安福县甘洛乡石陂村水栀子基地出现了一伙身穿红马甲的采摘“民工”。图为志愿者在采摘水栀子。

刘丽强、罗玉艳 摄影报道
""")
    first, second = page.items
    assert second.title == "基地来了采摘“栀”愿者"
    assert names(first) == []


def test_the_pages_first_line_with_one_comma_under_its_running_head_is_a_title(parse):
    """Under the running head, the page's first line, short of its text's measure, is the first
    article's title though it carries a comma: "…江苏射阳聚焦“三农”工作,走好乡村振兴路"."""
    page = parse(
        """
江苏乡村周刊 2024年6月5日 星期三 第3版 苏韵田园

产业兴、农民乐、乡村美……江苏射阳聚焦“三农”工作,走好乡村振兴路

"""
        + WIDE
        + """

2021年射阳县交出“三农”工作高分成绩单:乡村振兴战略实绩考核获江苏省进位第一等次,农村人居环境整治工作获全省第一。
"""
    )
    (item,) = page.items
    assert item.title == "产业兴、农民乐、乡村美……江苏射阳聚焦“三农”工作,走好乡村振兴路"


def test_a_narrow_runs_first_line_is_text_though_a_line_under_it_took_in_a_stop(parse):
    """ "11月7日,由人民日报、新华" over lines of as many characters, one of them holding the 、
    OCR set at the next line's head: the run is the column's text, its first line no title."""
    wide, item = parse("""
## 春茶又绿乌蒙山

问起现在的日子如何,黄国芬和身旁的几个茶农都激动起来,简洁地吐出一个字:“好!”远在大约200公里外的六枝特区抵簸村村民金文木有着同样感受。

## 粤黔媒体采访团走进惠水

11月7日,由人民日报、新华

社、中央广播电视总台、中国青

年报、广州电视台、深圳电视台

、大湾区卫视、贵州日报、多彩

贵州网、黔南州融媒体中心等组

成的粤黔媒体采访团走进惠水县。
""").items
    assert wide.title == "春茶又绿乌蒙山"
    assert (item.title, item.subtitle) == ("粤黔媒体采访团走进惠水", "")
    assert item.paragraphs[0].startswith("11月7日,由人民日报、新华社")


def test_an_exclaimed_title_wider_than_the_narrow_column_it_stands_over(parse):
    """ "在这里,川渝有分界,“荣隆”是一家!" a picture's gap under a photo's caption, over a
    narrow column's run and wider than any of its lines: a title, its commas and all."""
    page = parse(
        WIDE
        + """

"""
        + WIDE
        + """

2020全国重点网络媒体记者走进铜梁西郊示范片。华龙网-新重庆客户端记者 葛彧 摄




在这里,川渝有分界,“荣隆”是一家!

2023年春季,四川省内江市遭

遇严重旱情,该市隆昌市石燕桥镇

三合村的数百亩稻田,无法按时插

秧,农户一年的收成面临巨大威胁

。
"""
    )
    assert page.items[-1].title == "在这里,川渝有分界,“荣隆”是一家!"
    assert page.items[-1].paragraphs[0].startswith("2023年春季")


def test_an_exclaiming_title_under_a_credited_caption_opens_the_next_article(parse):
    page = parse("""
## 城南公园开园

本报讯 城南公园昨天开园,市民纷纷前来游玩。

园内新种了三千株月季,花开正艳。

游客在园内赏花拍照。摄影/本报记者 王海

山里的板栗熟了!周末进山打板栗去!

秋分一过,北山脚下的板栗林里挂满了咧嘴的栗苞。

村民说,今年雨水足,板栗个大饱满,价钱也好。
""")
    titled = [item.title for item in page.items if item.title]
    assert titled == ["城南公园开园", "山里的板栗熟了!周末进山打板栗去!"]
    assert "板栗" not in " ".join(page.items[0].paragraphs)


def test_a_title_with_a_bracketed_tag_over_a_lead_dated_with_its_year_and_hour(parse):
    page = parse("""
## 老街夜市开张

本报讯 老街夜市昨晚开张,摊位前排起了长队。

夜市将持续营业到国庆节后。


湖边的冬捕开网了【松江县迎新春:】

2024年1月6日9点,县城北边的湖面上,渔民们拉起了今冬第一网。

一网下去,起了两千多斤鱼。
""")
    titles = [item.title for item in page.items]
    assert titles == ["老街夜市开张", "湖边的冬捕开网了【松江县迎新春:】"]


def test_a_line_a_pictures_gap_under_finished_text_over_far_wider_text_is_a_title(parse):
    page = parse("""
## 山里人家

清晨的山村还笼着一层薄雾,

晒场上铺满了玉米、辣椒,红

黄相间,远远望去像一幅画。

村里的老人们说,这几年日子

越过越红火,地里的收成一年

比一年好,家家户户都盖起了

新房,买上了小汽车,年轻人

也愿意回到村里来创业,山村

又热闹了起来。




“稻花飘香”城郊万亩良田开镰

作为城区周边保留的最大一片稻田,万亩良田近日开镰,田野上稻浪滚滚,不少市民赶来拍照录像,记录秋粮归仓的丰收喜悦,欣赏城市里的田园风景。
""")
    assert [item.title for item in page.items] == ["山里人家", "“稻花飘香”城郊万亩良田开镰"]
    assert page.items[1].paragraphs[0].startswith("作为城区周边")


def test_an_exclaimed_title_under_a_pictures_credit_over_a_dateline_is_a_title(parse):
    page = parse("""
## 秋收正当时

本报讯(记者 刘明)入秋以来,全县各地抢抓晴好天气收割晚稻。

[图]

村民在田间晾晒稻谷。

通讯员 张华 摄影报道



城郊蜜桔丰收啦!

本报讯(通讯员 李强)日前,城郊千亩蜜桔基地迎来丰收,果农们忙着采摘装箱。
""")
    assert page.items[-1].title == "城郊蜜桔丰收啦!"
    assert page.items[-1].paragraphs == ["日前,城郊千亩蜜桔基地迎来丰收,果农们忙着采摘装箱。"]


@pytest.mark.parametrize(
    "column",
    [
        # the sentence ends on the shorter line under it
        "产业振兴是乡村振兴的基础,是富民\n\n强县的内在支撑。",
        # the line under it holds as many characters: the column's measure
        "年关将至,万宁市万城镇保定村鞭炮\n\n声阵阵,冲天的烟花让热闹村庄变得\n\n更加绚丽。",
    ],
)
def test_a_narrow_columns_punctuated_line_on_a_page_measured_wide_is_text_not_a_title(column):
    lines = read_lines(f"""
{WIDE}

{WIDE}

{column}

孝感农业资源丰富,农产品加工基础

良好,农民收入水平居全省前列。
""")
    first = next(ln for ln in lines if ln.text == column.split("\n")[0])
    assert first.kind != HEAD


def test_a_short_punctuated_title_on_a_wide_page_over_wider_text_is_a_title():
    lines = read_lines(f"""
{WIDE}

小小圣女果,闯出大名堂

{WIDE}
""")
    title = next(ln for ln in lines if ln.text.startswith("小小"))
    assert title.kind == HEAD


def test_a_title_trailing_off_in_an_ellipsis_over_a_byline_is_a_title(parse):
    first, second = parse("""
南湖镇葡萄喜获丰收

9月3日，南湖镇的葡萄园里一派繁忙景象，果农们正忙着采摘葡萄。

秋游到哪里?市农业农村局给游客出了道选择题……

本报记者 王明

金秋时节，全市各地的果园、农庄迎来了前来采摘的游客。
""").items
    assert second.title == "秋游到哪里?市农业农村局给游客出了道选择题……"
    assert names(second) == ["王明"]
    assert first.paragraphs == ["9月3日，南湖镇的葡萄园里一派繁忙景象，果农们正忙着采摘葡萄。"]


def test_a_sentence_trailing_off_after_its_stop_over_a_byline_is_text():
    lines = read_lines("""
南湖镇葡萄喜获丰收

9月3日，南湖镇的葡萄园里一派繁忙景象，果农们正忙着采摘葡萄。

果农们说。今年的葡萄又是……

本报记者 王明
""")
    assert next(ln for ln in lines if ln.text.startswith("果农们说")).kind != HEAD


NARROW_TEXT = "连日来，平原县的玉米陆续\n成熟，农民们抢抓晴好天气\n收获，田间地头一派繁忙。"


@pytest.mark.parametrize("gap", ["\n\n", "\n\n\n"])
def test_a_phrase_with_one_comma_over_a_lead_opening_with_its_day_is_a_title(parse, gap):
    first, second = parse(f"""
平原玉米熟了

{NARROW_TEXT}{gap}葡萄熟了,果农笑了
9月3日，南湖镇的葡萄园
里一派繁忙景象，果农们正
忙着采摘，游客们也赶来。
""").items
    assert second.title == "葡萄熟了,果农笑了"
    assert first.paragraphs[-1].endswith("一派繁忙。")


def test_a_sentence_over_two_commas_over_a_lead_opening_with_its_day_is_text():
    lines = read_lines(f"""
平原玉米熟了

{NARROW_TEXT}

据了解,今年玉米长势好,亩产
9月3日，南湖镇的葡萄园
里一派繁忙景象，果农们正
""")
    assert next(ln for ln in lines if ln.text.startswith("据了解")).kind != HEAD


def test_a_sentence_broken_at_the_columns_edge_before_a_day_is_text():
    lines = read_lines(f"""
平原玉米熟了

{NARROW_TEXT}

据悉，本次采摘节将持续到
9月3日，届时还将举办葡萄
品鉴、农产品展销等活动。
""")
    assert next(ln for ln in lines if ln.text.startswith("据悉")).kind != HEAD
