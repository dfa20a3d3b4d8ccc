"""Which article a byline on the page signs, and a byline broken over lines names each once."""

import pytest

from archive.parsing import bylines
from tests.parsing.helpers import names


def test_ocr_spaces_inside_byline_names_do_not_lose_the_names(parse):
    (item,) = parse("""
铁锋区“暖心驿站”温暖环卫工

本报记者 王 艳 通讯员 周 晓峰

入冬以来,铁锋区设立了12处环卫工人驿站。
""").items
    assert [c.name for c in item.credits] == ["王艳", "周晓峰"]


def test_a_bare_commentator_line_is_a_byline_not_the_subtitle(parse):
    page = parse("""
实干为先

本报评论员

开春以来，张掖市各县区重点项目陆续复工，处处是抓发展的火热场景。
""")
    item = page.items[0]
    assert (item.title, item.subtitle, item.credits) == ("实干为先", "", [])


def test_a_bare_role_with_no_name_is_reported_not_lost(parse):
    assert any("特约摄影" in w for w in parse("特约摄影").warnings)


def test_a_photographers_credit_straight_under_a_title_credits_the_article(parse):
    page = parse("""
上一篇的最后一句话写完了。

“百岛之市”巨龙腾跃连港澳

图/羊城晚报记者 汤铭明

文/羊城晚报记者 吴国颂

珠海是一座城，有着“家”的气质。
""")
    item = page.items[-1]
    assert item.title == "“百岛之市”巨龙腾跃连港澳"
    assert {c.name for c in item.credits} == {"汤铭明", "吴国颂"}
    assert item.paragraphs == ["珠海是一座城，有着“家”的气质。"]


def test_a_name_alone_between_a_title_and_its_text_is_the_authors_byline(parse):
    page = parse("""
【四川报告 巴蜀风情】
九龙人看九龙镇

刘琼

四川省广安市邻水县境内,明月山、铜锣山、华蓥山三条山脉平行排列。
""")
    (item,) = page.items
    assert (item.title, [c.name for c in item.credits]) == ("九龙人看九龙镇", ["刘琼"])


def test_two_names_spaced_apart_between_a_title_and_its_text_are_its_writers(parse):
    (item,) = parse("""
九龙人看九龙镇
刘琼 张明
四川省广安市邻水县境内,明月山、铜锣山、华蓥山三条山脉平行排列。
""").items
    assert (item.subtitle, [c.name for c in item.credits]) == ("", ["刘琼", "张明"])


@pytest.mark.parametrize(
    "signed, writers",
    [
        ("汤铭明、吴国颂、刘琼、张明", ["汤铭明", "吴国颂", "刘琼", "张明"]),
        ("李建平赵丽娟孙晓东", ["李建平", "赵丽娟", "孙晓东"]),
    ],
)
def test_a_teams_names_listed_or_set_solid_under_a_title_are_its_writers(parse, signed, writers):
    (item,) = parse(f"""
山里人家的新日子
{signed}
四川省广安市邻水县境内,明月山、铜锣山、华蓥山三条山脉平行排列。
""").items
    assert (item.title, [c.name for c in item.credits]) == ("山里人家的新日子", writers)


@pytest.mark.parametrize("subtitle", ["石榴花开汪家园", "居民代表丁先生", "山水相连、产业兴旺"])
def test_a_subtitle_that_splits_into_pairs_or_lists_words_is_no_teams_byline(parse, subtitle):
    (item,) = parse(f"""
山里人家的新日子
{subtitle}
四川省广安市邻水县境内,明月山、铜锣山、华蓥山三条山脉平行排列。
""").items
    assert item.credits == []


def test_a_subtitle_of_spaced_words_is_no_byline(parse):
    (item,) = parse("""
九龙人看九龙镇
山水相连 产业兴旺
四川省广安市邻水县境内,明月山、铜锣山、华蓥山三条山脉平行排列。
""").items
    assert item.credits == []


def test_a_place_alone_under_a_title_is_no_byline(parse):
    page = parse("""
## 运河古城焕新颜

徐州

大运河畔的古城里，游人络绎不绝。
""")
    (item,) = page.items
    assert item.credits == []


SIGNED_TWICE = """
“百岛之市”巨龙腾跃连港澳

文/记者 吴国颂

珠海是一座城，有着“家”的气质。

情侣路

沿着情侣路，海风拂面，游人如织。

台山篇
奋进新征程 侨都正青春

1992年4月17日，经国务院批准，台山撤县设市。

台山人民正为广东走好新的赶考之路贡献力量。

{byline}
"""


def test_a_byline_at_the_foot_of_an_article_signed_at_its_top_signs_a_second_article(parse):
    first, second = parse(SIGNED_TWICE.format(byline="□罗忠明")).items
    assert [c.name for c in first.credits] == ["吴国颂"]
    assert first.paragraphs[-1] == "沿着情侣路，海风拂面，游人如织。"
    assert "侨都正青春" in second.title
    assert [c.name for c in second.credits] == ["罗忠明"]


def test_the_same_reporter_again_at_the_foot_signs_the_same_article(parse):
    (item,) = parse(SIGNED_TWICE.format(byline="（记者 吴国颂）")).items
    assert [c.name for c in item.credits] == ["吴国颂"]


def test_another_reporters_byline_between_finished_paragraphs_signs_the_next_brief(parse):
    page = parse("""
【本地一周】
精选新闻合集

本报记者 黄明 刘丽

高考正式拉开帷幕，全市二十八个考点迎来了四万多名考生。

本报记者 莫东

夏蝉声声鸣，枝头荔枝红，全市各镇街荔枝园里荔果满枝。

本报记者 曾静

自来水价格调整听证会昨天召开，二十名代表参加。
""")
    assert [[c.name for c in item.credits] for item in page.items] == [
        ["黄明", "刘丽"],
        ["莫东"],
        ["曾静"],
    ]
    assert page.items[1].paragraphs == ["夏蝉声声鸣，枝头荔枝红，全市各镇街荔枝园里荔果满枝。"]


def test_a_byline_set_apart_over_a_dated_lead_signs_the_report_under_it(parse):
    page = parse("""
## 村里修通了新路

村民们说,路修好了,心也齐了。



本报记者 周平 李红

5月8日,记者来到镇上的集市。

集市上人头攒动。
""")
    road, market = page.items
    assert road.credits == [] and road.paragraphs == ["村民们说,路修好了,心也齐了。"]
    assert [c.name for c in market.credits] == ["周平", "李红"]
    assert market.paragraphs[0] == "5月8日,记者来到镇上的集市。"


def test_a_name_under_a_title_at_the_foot_of_the_page_is_its_byline(parse):
    page = parse("""
栖霞作为烟台苹果的主产区,已有100多年的种植历史,是闻名海内外的“中国苹果之都”。栖霞苹果由谁第一个引进?

新区老干部情况通报会召开

□记者 仪博文 报道

本报7月25日讯 今天上午,新区老干部情况通报会召开,通报上半年全区经济社会发展情况。

栖霞苹果史话

张荣起
""")
    apples = next(i for i in page.items if i.title == "栖霞苹果史话")
    assert names(apples) == ["张荣起"]
    assert apples.paragraphs[0].startswith("栖霞作为烟台苹果")


def test_a_closing_byline_broken_over_two_lines_names_everyone_once(parse):
    page = parse("""
台湾记者到访江门市

中国台湾网12月21日江门消息

12月14日,台湾真晨报驻广东记者站主任一行4人到

访江门市,宣传江台两地的经济和文化交流。(中国台湾网江门

市台办通讯员 谭桂平 李燕玲)

记者手记:记录前海 见证奇迹

深圳特区报2018年11月26

日讯 2014年3月5日,深圳特区报与前海管理局合作,推

出“前海特报”专栏。
""")
    first, second = page.items
    assert names(first) == ["谭桂平", "李燕玲"]
    assert first.paragraphs[-1].endswith("文化交流。")
    assert second.title == "记者手记:记录前海 见证奇迹"
    assert second.dateline == "深圳特区报2018年11月26日讯"
    assert second.paragraphs[0].startswith("2014年3月5日")
    assert names(second) == []


@pytest.mark.parametrize(
    "closing",
    [
        "整个居住幸福感都强了。”(东南网\n\n莆田记者 陈淑霞 实习记者 刘博\n\n文)",
        "整个居住幸福感都强了。”\n\n(东南网莆田记者 陈淑霞\n\n实习记者 刘博文\n\n)",
    ],
)
def test_a_closing_byline_broken_over_a_narrow_columns_lines_is_read_whole(parse, closing):
    page = parse(f"""
坝津社区办事更方便

居民陈先生告诉记者,“社区的建立

,我们百姓实实在在受益了。同时,

{closing}


厦门集美灌口一社:摆“百家宴”建“百草园”

● 香卉辉

第一社区有个灌口新村,村民大多经

商,在灌口商业街、闹市区做生意,

收入较高。村里一栋栋村民自建的别

墅楼齐整建设,家家院子种满蔬菜。
""")
    first, second = page.items
    assert names(first) == ["陈淑霞", "刘博文"]
    assert first.paragraphs[-1].endswith("都强了。”")
    assert second.title == "厦门集美灌口一社:摆“百家宴”建“百草园”"


def test_roles_and_names_a_narrow_column_breaks_out_of_a_sentence_are_its_text(parse):
    (item,) = parse("""
本报怀化分社获表彰

8月27日,怀化市召开抗洪救灾会

议,本报怀化分社被授予怀化

市抗洪救灾先进集体荣誉称

号。怀化分社记者黄巍、新

湖南怀化频道记者李夏涛被

授予怀化市抗洪救灾先进个

人荣誉称号。

本报记者 肖军
""").items
    assert item.title == "本报怀化分社获表彰"
    assert names(item) == ["肖军"]
    assert "记者李夏涛被授予" in item.paragraphs[0]


def test_a_bracketed_role_naming_no_one_closes_the_article(parse):
    page = parse("""
路边垃圾成堆 沟渠臭味难闻

本报讯 昨日下午,市创建办组织媒体对

镇环境卫生状况进行暗访。

(本报记者)


家园问题回头看

高新区滹沱村:清运垃圾 完善设施

家园位置 高新区孙旗屯乡滹沱

村

问题回放 3月21日,本报报道了该

村没有垃圾池,道路垃圾无人清理。

见习记者 连漪 文/图
""")
    first, second = page.items
    assert first.title == "路边垃圾成堆 沟渠臭味难闻"
    assert "高新区滹沱村:清运垃圾 完善设施" in (second.kicker + second.title + second.subtitle)
    assert names(second) == ["连漪"]


JINGXI = """
山水边城 锦绣靖西
——记“记者走基层,聚焦中国绣球之乡 靖西”采访活动

记者 黄蕊

11月4日,“记者走基层,聚焦中国绣球之乡——靖西”采访活动在靖西市绣球广场举行,来自国内数十家主流媒体的摄影记者相聚这座锦绣边城,聚焦靖西发展成就。

靖西地处广西西南边陲,绣球、壮锦、山歌等文化遗产展示着靖西边城古朴的壮乡风情。

马年春节,柳城县城乡洋溢着一派欢乐祥和的气氛,富足的柳城人过的是新潮与时尚的春节,处处都能感受到人们享受亲人团圆的欢乐。

从大年初一至初七,由柳城县委宣传部承办的各类文体活动吸引了广大群众参与。
"""


@pytest.mark.parametrize("foot", ["日报通讯员邓克轶摄影报道", "通讯员 邓克轶"])
def test_a_text_signed_at_its_foot_by_another_is_cut_from_the_article_signed_above(parse, foot):
    page = parse(JINGXI + "\n" + foot + "\n")
    jingxi, liucheng = page.items
    assert names(jingxi) == ["黄蕊"]
    assert jingxi.paragraphs[-1].startswith("靖西地处广西西南边陲")
    assert names(liucheng) == ["邓克轶"]
    assert liucheng.title == ""
    assert liucheng.paragraphs[0].startswith("马年春节")


def test_the_same_reporter_at_the_foot_cuts_nothing(parse):
    (item,) = parse(JINGXI + "\n(记者 黄蕊)\n").items
    assert names(item) == ["黄蕊"]
    assert len(item.paragraphs) == 4


def test_a_byline_broken_after_its_role_word_names_everyone_once(parse):
    page = parse("""
新建公园开放

本报记者 张三 李四 通讯员

王五 赵六

今天上午，新建的滨河公园正式向市民开放，

市民纷纷前来游玩。
""")
    (item,) = page.items
    assert [(c.name, c.role) for c in item.credits] == [
        ("张三", "记者"),
        ("李四", "记者"),
        ("王五", "通讯员"),
        ("赵六", "通讯员"),
    ]
    assert item.paragraphs == ["今天上午，新建的滨河公园正式向市民开放，市民纷纷前来游玩。"]
    assert page.warnings == []  # the names read on the line above are not also "left out"


def test_a_closing_byline_broken_between_two_names(parse):
    page = parse("""
菜价平稳

本报讯 记者从市场了解到，近期蔬菜价格总体平稳，

市民菜篮子稳稳当当。（记者 李婷

周小莉）

新建公园开放

本报讯 今天上午，新建的滨河公园正式开放。
""")
    first, second = page.items
    assert names(first) == ["李婷", "周小莉"]
    assert first.paragraphs == ["记者从市场了解到，近期蔬菜价格总体平稳，市民菜篮子稳稳当当。"]
    assert names(second) == []


def test_names_set_solid_after_a_role_word_are_each_read(parse):
    page = parse("""
## 成渝地区双城经济圈媒体走进德阳

本报讯（全媒体记者任媛媛徐飞）4月30日，成渝地区双城经济圈媒体德阳行启动。
""")
    (item,) = page.items
    assert names(item) == ["任媛媛", "徐飞"]
    assert item.paragraphs[0].startswith("4月30日")
    assert bylines.split_glued_names("新时代文明实践") is None


def test_a_closing_byline_after_a_quote_ends_the_article(parse):
    page = parse("""
## 吴城镇:严格网格化管理

本报讯 吴城镇充分利用“网格化排查”的模式构筑起了严密的疫情防控网,上下齐力,层层紧扣。

据了解,该镇制定的新型冠状病毒肺炎防控网格责任图包括87个大网格,296个小网格。

吴城镇武装部部长刘志宇:“我作为网格长,必须带头干工作,从大年初二开始一直在乡镇驻守。”(王燕华)



小区院落群防群控
""")
    (item,) = page.items
    assert item.paragraphs[-1].endswith("一直在乡镇驻守。”")
    assert [(c.name, c.role) for c in item.credits] == [("王燕华", "作者")]


def test_a_source_line_with_roles_under_a_title_signs_the_article_below(parse):
    page = parse("""
## 老街换新颜

老街改造完工,沿街商户陆续开门迎客。

邻里节让老小区热闹起来

来源: 东海网 作者:张明 摄影李红 编辑:赵强

“平时各忙各的,今天总算认识了对门。”居民说。
""")
    first, second = page.items
    assert first.credits == []
    assert second.title == "邻里节让老小区热闹起来"
    assert [c.name for c in second.credits] == ["张明", "李红"]


def test_names_alone_after_the_last_sentence_sign_the_article(parse):
    (item,) = parse("""
果园迎来采摘季

今年苹果个大味甜,合作社计划打出口牌,帮农民增收。 韩立

""").items
    assert [c.name for c in item.credits] == ["韩立"]
    assert item.paragraphs == ["今年苹果个大味甜,合作社计划打出口牌,帮农民增收。"]


def test_a_photo_credit_spaced_after_the_last_sentence_credits_the_photo_item(parse):
    items = parse("""
## 小村庄里的大变化

清晨,记者走进村子,看到新修的水泥路通到了每家门口。

村里的小广场成了孩子们的乐园。    本报记者 孙岩 摄




村民在广场上跳起了广场舞。本报记者 赵林 摄
""").items
    assert [c.name for c in items[0].credits] == ["孙岩"]
    assert all("孙岩" not in "".join(item.paragraphs) for item in items)


def test_a_name_broken_before_the_list_runs_on_is_one_name(parse):
    (item,) = parse("""
金秋田头看农事

新华社记者 向志强、杨绍功、吴慧

珺、陈尚营

广西象州,糖蔗还在最后剥叶;安徽阜南,晚稻正在抢收,田间地头一派繁忙景象。
""").items
    assert names(item) == ["向志强", "杨绍功", "吴慧珺", "陈尚营"]
    assert item.paragraphs[0].startswith("广西象州")


def test_a_byline_under_a_one_line_standfirst_opens_the_text_below(parse):
    (item,) = parse("""
丹东:大美边城成长史

作为中国人口最多的边境城市之一,丹东借助其沿江、沿海、沿边的区位优势走出了一条开放之路。

《环球》杂志记者/马琼(发自丹东)

“怀揽鸭绿一江水,背倚长白万重山。”说的是与朝鲜一江之隔的中国边城丹东。

改革开放以来,丹东的城市面貌发生了翻天覆地的变化。
""").items
    assert item.title == "丹东:大美边城成长史"
    assert names(item) == ["马琼"]
    assert item.paragraphs[1].startswith("“怀揽鸭绿一江水")


def test_a_bracketed_name_under_a_one_paragraph_brief_still_closes_it(parse):
    first, second = parse("""
■关东短讯

本报讯 近年来,东丰县供销合作社借助网点多、面广的优势,助力农产品走出大山。

(王占军)

9月27日,昌邑区水稻核心种植区迎来收获季,收割机在田间来回穿梭。
""").items
    assert names(first) == ["王占军"]
    assert second.paragraphs[0].startswith("9月27日")


def test_a_photo_credit_under_the_closing_byline_credits_the_same_article(parse):
    first, second = parse("""
小浆果“种”出大产业

近年来,振安区同兴镇大力发展蓝莓、软枣猕猴桃等小浆果产业,带动农户增收。

截至目前,全镇小浆果种植面积突破万亩,年产量500万公斤。

本报记者 王卢莎 文

宋永昆 摄



村里来了新农人

一批返乡大学生回到村里,带着新技术种起了大棚蔬菜。
""").items
    assert names(first) == ["王卢莎", "宋永昆"]
    assert first.paragraphs[-1].startswith("截至目前")
    assert second.title == "村里来了新农人"


def test_a_closing_byline_broken_inside_its_role_word_names_its_people(parse):
    first, second = parse("""
肉牛产业链越拉越长

固原市大力发展肉牛产业,引导企

业参与进来,实现肉牛产业从卖活

牛向卖牛肉系列化产品迈进。记

者 王 斌 邓 蕾 文/图



南果北种结出甜蜜果

香蕉树在西北戈壁滩上挂果,厦门企业跨越千里在贺兰山脚下扎根。
""").items
    assert names(first) == ["王斌", "邓蕾"]
    assert first.paragraphs[-1].endswith("系列化产品迈进。")
    assert second.title == "南果北种结出甜蜜果"


def test_a_text_closed_by_others_than_its_datelines_reporters_is_cut_from_the_article(parse):
    page = parse("""
## 特色产业镇主题活动在曹县启动

鲁网5月5日讯(记者 王琦崴)日前,“走进山东特色产业镇”主题活动在曹县启动,媒体记者走进特色产业镇。

活动由省工业和信息化厅指导,曹县人民政府承办,这是鲁网连续第四年举办特色产业镇主题活动。

启动仪式上,曹县介绍了特色产业镇的发展经验,多个特色产业镇现场签约。




秋收时节,枣庄市农民抢抓农时,忙着将成熟的玉米收获装车,准备运往粮站销售,田间地头一派繁忙景象。

9月16日,西王庄镇高庄村的农民们起早贪黑,将收获的玉米晾晒在场院里,丰收的喜悦写在脸上。

(大众新闻记者 张环泽 通讯员 吉喆 吴开振)
""")
    article, foot = page.items
    assert names(article) == ["王琦崴"]
    assert article.paragraphs[-1].startswith("启动仪式上")
    assert names(foot) == ["张环泽", "吉喆", "吴开振"]
    assert foot.paragraphs[0].startswith("秋收时节")


def test_a_byline_whose_last_name_took_the_pictures_signs_the_text_under_it(parse):
    page = parse("""
秋粮抢收正当时

江城晚报·江城壹点 周立新 吴敏 通讯员 郑海燕(摄)

当前正值秋粮归仓关键节点,连绵阴雨为收割增添难题,多地农机手连夜抢收。
""")
    (item,) = page.items
    assert item.title == "秋粮抢收正当时"
    assert names(item) == ["周立新", "吴敏", "郑海燕"]


def test_a_video_reports_credit_block_credits_its_director_and_reporters_not_its_producer(parse):
    (item,) = parse("""
## 城郊草莓喜获丰收

近年来,城郊各村坚持以特色种植为依托,草莓种植面积逐年扩大,亩均收入过万元。

制片人:吴敏

编导:周立新

记者:郑海燕 王建华
""").items
    assert names(item) == ["周立新", "郑海燕", "王建华"]
