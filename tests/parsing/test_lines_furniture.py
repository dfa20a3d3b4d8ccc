"""Page furniture (running heads, section labels, banners, editors' credits) is in no article."""

from archive.parsing.lines import is_running_head


def test_a_running_head_and_an_unpunctuated_editors_credit_are_page_furniture(parse):
    page = parse("""
2021年11月30日 星期二 第3版 要闻

铁锋区新增3处核酸采样点

本报讯(记者 王艳)11月29日,铁锋区新增3处便民核酸采样点。

责任编辑 刘洋 美术编辑 孙丽 校对 张敏
""")
    (item,) = page.items
    assert item.title == "铁锋区新增3处核酸采样点"
    assert item.paragraphs == ["11月29日,铁锋区新增3处便民核酸采样点。"]


def test_a_public_service_slogan_between_articles_is_in_neither(parse):
    page = parse("""
汉中油菜花进入盛花期

本报讯（记者 刘洋）全市百万亩油菜花已进入盛花期。

讲文明 树新风 公益广告

秦岭深处的
“护林人”

文/本报记者 陈静 图/本报记者 马超

在安康市宁陕县筒车湾镇，护林员王德兵已经巡山18年。
""")
    assert [item.title for item in page.items] == ["汉中油菜花进入盛花期", "秦岭深处的 “护林人”"]
    assert not any("公益广告" in item.text for item in page.items)
    assert [c.name for c in page.items[1].credits] == ["陈静", "马超"]


def test_a_section_label_beside_the_running_head_is_no_title(parse):
    page = parse("""
湖南新闻

2025年1月22日 星期三 第4版

怀化表彰抗洪救灾先进集体

本报记者 肖军

今天上午，怀化市召开防汛抗洪救灾会议。
""")
    (item,) = page.items
    assert item.title == "怀化表彰抗洪救灾先进集体"
    assert [c.name for c in item.credits] == ["肖军"]


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


def test_a_bracketed_editors_credit_under_a_picture_is_neither_a_title_nor_an_item(parse):
    page = parse("""
游客在湖边观赏荷花。摄影 陈立 吴佳

(编辑 周青 )

秋收时节稻谷飘香

本报讯(记者 王艳)连日来,全县早稻开镰收割。
""")
    assert all("周青" not in item.title for item in page.items)
    assert all("周青" not in "".join(item.paragraphs) for item in page.items)


def test_a_section_name_and_page_number_alone_are_a_running_head(parse):
    page = parse("""
赣鄱乡村 第6版


乡村“志愿红”照亮“夕阳红”

新华社南昌10月29日电(记者熊家林)重阳佳节,永新县高桥楼镇白堡村的“长辈食堂”传来阵阵欢笑。
""")
    (item,) = page.items
    assert item.title == "乡村“志愿红”照亮“夕阳红”"
    assert "section label left out: 赣鄱乡村 第6版" in page.warnings


def test_the_reviewers_credits_under_an_article_head_nothing_below(parse):
    """ "初审：X / 复审：Y / 终审：Z", "审核：X": the reviews a piece passed, printed under it like
    its editor's credit: furniture, never the title of what follows."""
    page = parse("""
秸秆“双禁”成靓丽风景

金秋农忙时节，泰兴市部分村居把秸秆加工成饲料，又增加了额外收益。

编辑：曹佳蓉

审核：戈俊巍

初审：陈艳
复审：张玮
终审：韦文军


■基层连线

“好事做到吾俚心坎上”

本报讯（通讯员 姜斌）昨天上午，笔者走进启东市寅阳镇东清河村，细听种植大户的心声。
""")
    assert [item.title for item in page.items] == ["秸秆“双禁”成靓丽风景", "“好事做到吾俚心坎上”"]
    assert all("审" not in item.title + item.kicker for item in page.items)
    assert any("终审：韦文军" in w for w in page.warnings)


def test_a_staff_credit_in_web_copys_brackets_parts_two_articles(parse):
    page = parse("""
连江东水村：向海而兴

30多年前，福州大力推动连家船民上岸定居，让他们能够“住下来、稳下来、富起来”。连江东岱镇东水村的疍民从此告别了漂泊的日子，在岸上建起了新家。

【责任编辑:钟培培】



建阳华家山竹木采育场：废墟中职工重建家园

位于建阳区莒口镇的华家山竹木采育场在7月7日的暴雨中损失惨重，12日傍晚，记者在场部生活区看到了点点灯光，职工们正在清理淤泥、修缮房屋。

【纠错】责任编辑:许敏
""")
    assert [item.title for item in page.items] == [
        "连江东水村：向海而兴",
        "建阳华家山竹木采育场：废墟中职工重建家园",
    ]
    assert not any("责任编辑" in item.text for item in page.items)


def test_a_section_page_number_and_page_label_are_a_running_head(parse):
    """ "八闽乡村  第5版  村事": the section, the page and the page's own label on one line is
    the running head, not the first article's title."""
    page = parse("""
八闽乡村  第5版  村事
2021年11月5日 星期五


助力乡村振兴 安溪县长卿镇开展主题采风活动

金秋十月,在安溪茶乡大地,正是秋茶采制时节。10月23日,安溪县楹联学会成员到祥泉村采风。
""")
    (item,) = page.items
    assert item.title == "助力乡村振兴 安溪县长卿镇开展主题采风活动"


def test_a_page_label_with_a_middle_dot_still_makes_a_running_head():
    """ "山乡纪事 第6版 乡村·振兴": the page's own label may join two words with a dot."""
    assert is_running_head("山乡纪事 第6版 乡村·振兴")
    assert not is_running_head("乡村·振兴")


def test_a_layout_credit_and_a_reprints_citation_head_nothing_below(parse):
    """ "版式设计:X" and "《人民日报》(2023年11月21日04版)" close the piece above (its layout
    artist, the issue it ran in): neither is the next article's title."""
    page = parse("""
流水淙淙 传承千年

走进平湖市林埭镇共和村,田野里,金黄的稻穗在微风中摇曳;村庄里,房屋错落有致。
近年来,共和村大力建设农村基础设施,发展乡村旅游,形成整洁有序的和美乡村新气象。

版式设计:沈亦伶

《 人民日报 》( 2023年11月21日 04 版)

(责编:卫嘉、白宇)




山间新居 茶韵悠然

新建的杭派民居,白墙黛瓦,韵味悠然;漫步村中,眼前是灵动山水,身边有茶香氤氲。
""")
    first, second = page.items
    assert first.title == "流水淙淙 传承千年"
    assert (second.kicker, second.title) == ("", "山间新居 茶韵悠然")


def test_a_date_alone_under_the_pages_banner_is_the_pages_date_not_an_item(parse):
    page = parse("""
# 田园周刊 · 第3版 乡村振兴

2024年10月8日

## 稻田里的丰收节

本报讯(记者 王艳)10月7日,城郊万亩稻田迎来开镰,农机在田间来回穿梭。
""")
    (item,) = page.items
    assert item.title == "稻田里的丰收节"
    assert item.paragraphs == ["10月7日,城郊万亩稻田迎来开镰,农机在田间来回穿梭。"]


def test_a_page_number_before_the_pages_date_is_its_running_head():
    assert is_running_head("第6版 南疆北疆 2026年8月21日")
    assert not is_running_head("第6版刊发的文章在读者中引起热烈反响,5月6日")
