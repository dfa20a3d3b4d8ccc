"""Kicker, title and subtitle as a reader expects them."""

from archive.parsing.headings import MAX_TITLE


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


def test_a_level_three_heading_before_the_title_is_its_kicker(parse):
    (item,) = parse("""
### 流动核酸采样小分队

## 为200多位老人上门采样

本报讯(记者 王铁军)为阻断疫情传播，平房区全员核酸检测有序进行中。
""").items
    assert (item.kicker, item.title) == ("流动核酸采样小分队", "为200多位老人上门采样")


def test_a_section_label_above_a_kicker_is_left_out_with_a_warning(parse):
    page = parse("""
## 来自抗击疫情一线的报道

### 离石区莲花街道办事处

## 无偿捐献暖人心 众志成城战疫情

本报讯 面对疫情,同舟共济、共渡难关。
""")
    (item,) = page.items
    assert (item.kicker, item.title) == ("离石区莲花街道办事处", "无偿捐献暖人心 众志成城战疫情")
    assert "section label left out: 来自抗击疫情一线的报道" in page.warnings


def test_a_level_two_label_directly_above_a_level_two_title_is_a_section_label(parse):
    page = parse("""
## 要闻

## 徐州鼓楼区老旧小区改造完工

本报讯(记者 孙丽)徐州市鼓楼区三十六个老旧小区改造项目日前全部完工。
""")
    (item,) = page.items
    assert (item.kicker, item.title) == ("", "徐州鼓楼区老旧小区改造完工")
    assert any("要闻" in w for w in page.warnings)


def test_a_level_one_banner_is_a_section_label_not_an_article(parse):
    page = parse("""
# 众志成城 防控疫情

## 离石区滨河街道 多举措助力疫情防控

本报讯 自防控工作开展以来,离石区滨河街道始终早动员早部署。
""")
    assert [i.title for i in page.items] == ["离石区滨河街道 多举措助力疫情防控"]
    assert "section label left out: 众志成城 防控疫情" in page.warnings


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


def test_a_stray_section_label_at_the_foot_of_the_page_is_a_warning_not_an_article(parse):
    page = parse("""
## 吴城镇:严格网格化管理

本报讯 吴城镇充分利用“网格化排查”的模式构筑起了严密的疫情防控网,上下齐力,层层紧扣,责任到人。

据了解,该镇制定的新型冠状病毒肺炎防控网格责任图包括87个大网格,296个小网格。

吴城镇武装部部长刘志宇:“我作为网格长,必须带头干工作,从大年初二开始一直在乡镇驻守。(王燕华)



小区院落群防群控
""")
    assert len(page.items) == 1
    assert any("小区院落群防群控" in w for w in page.warnings)


def test_a_stray_label_after_a_sign_off_is_not_glued_to_the_date(parse):
    page = parse("""
## 淮安清江浦区开展冬季送温暖活动

志愿者还为独居老人检查了家中的水电气设施。

江苏省民政厅
2021年12月6日



小区院落群防群控
""")
    (item,) = page.items
    assert item.paragraphs[-1] == "2021年12月6日"
    assert any("小区院落群防群控" in w for w in page.warnings)


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


def test_the_page_editors_credit_line_is_left_out_of_every_article(parse):
    page = parse("""
## 南岗区启动冬季供暖

本报讯（记者 张三）南岗区今日起全面供暖。

责任编辑：李四 美编：王五

## 道里区开展消防检查

本报讯（记者 赵六）道里区开展冬季消防检查。
""")
    assert [i.paragraphs for i in page.items] == [
        ["南岗区今日起全面供暖。"],
        ["道里区开展冬季消防检查。"],
    ]
    assert any("责任编辑：李四" in w for w in page.warnings)


def test_a_label_at_the_foot_above_the_editors_credit_is_not_the_last_articles_text(parse):
    page = parse("""
遇龙河畔的民宿主人

□本报记者 黎明辉

陈思雨说，她正计划和村民合作开发一条徒步研学线路。

乡村民宿

责任编辑：蒙小雅
""")
    (item,) = page.items
    assert item.paragraphs == ["陈思雨说，她正计划和村民合作开发一条徒步研学线路。"]
    assert any("乡村民宿" in w for w in page.warnings)


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
