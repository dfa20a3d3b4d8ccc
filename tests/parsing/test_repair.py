"""Displaced titles, leads and continuation notes are put back where a reader expects."""

from tests.parsing.helpers import names


def test_a_title_printed_at_the_foot_of_the_page_is_reunited_with_its_body(our_page):
    page = our_page("foot_title")
    assert [i.title for i in page.items] == [
        "鼓楼区社区食堂 办到家门口",
        "沙县夏茂镇稻谷丰收 合作社统一收购烘干",
    ]
    assert page.items[1].paragraphs[0].startswith("11月20日，福建省三明市沙县区")
    assert page.warnings == []


def test_the_reunited_article_keeps_its_place_in_reading_order(our_page):
    first, second = our_page("foot_title").items
    assert first.lines[0] < second.lines[0]


def test_a_displaced_lead_paragraph_is_put_back_first(real_page):
    first = real_page("000").items[0]
    assert first.paragraphs[0].startswith("连日来，面对新型冠状病毒感染的肺炎疫情防控的紧迫形势")
    assert first.paragraphs[0].endswith("奏响了南岗区防疫“最强音”。")
    assert first.paragraphs[1] == "各级单位集结展现“逆行担当”"


def test_a_lead_cut_mid_sentence_and_printed_after_its_article_is_joined_back(real_page):
    item = real_page("003").items[4]
    assert item.title == "两小时内，136人集结到岗"
    assert item.paragraphs[0] == (
        "10月30日，平房区处于疫情严密防控状态。为全力做好供暖服务保障，次日上午，"
        "哈投平房供热公司未被居家隔离的136名干部职工立即在两个小时内全部集结到岗。"
        "目前，这些供热人吃住在岗位上，依然坚守在供热一线。"
    )
    assert [(c.name, c.role) for c in item.credits] == [("节永志", "记者")]


def test_an_article_whose_title_sits_in_another_articles_text_is_split_out(real_page):
    item = real_page("000").items[1]
    assert item.title == "打点抓面稳防线凝心聚力克时艰"
    assert item.paragraphs[0].startswith("在新型冠状病毒感染的肺炎疫情阻击战中")
    assert not any("龙凤镇" in p for p in real_page("000").items[0].paragraphs)


def test_a_continued_from_note_leaves_the_text_and_is_recorded(real_page):
    item = real_page("001").items[9]
    assert item.continuations == ["上接第一版"]
    assert item.paragraphs[0].startswith("韩立华说,")


def test_a_continued_on_note_at_the_end_leaves_the_text_and_is_recorded(our_page):
    first = our_page("fujian_narrow").items[0]
    assert first.continuations == ["下转第二版"]
    assert first.paragraphs[-1].endswith("鼓楼区将继续加大推进力度。")


def test_a_continued_on_note_on_its_own_line_does_not_start_an_article(parse):
    page = parse("""
福州鼓楼区推进老旧小区加装电梯

本报记者 林晓燕

今年以来，福州市鼓楼区加快推进老旧小区加装电梯工作，截至11月底已完工电梯42部。

下一步，鼓楼区将继续加大推进力度。

（下转第二版）

厦门湖里区开展冬季消防安全大检查

本报记者 黄志明

12月2日，厦门市湖里区消防救援大队对辖区商场、学校开展冬季消防安全检查。
""")
    assert [i.title for i in page.items] == [
        "福州鼓楼区推进老旧小区加装电梯",
        "厦门湖里区开展冬季消防安全大检查",
    ]
    assert page.items[0].continuations == ["下转第二版"]


_TWO_REPORTS = """{m}周末好去处

本报讯（记者 王小明）天气晴好，{about}不少市民带着孩子来公园拍照，湖边步道上人来人往。

{m}樱花开了湖边热闹

本报讯（记者 李华）今年的樱花比往年早开了一周，公园管理处在湖边增设了临时休息区和饮水点。
"""


def test_text_sharing_a_few_words_with_another_title_stays_under_its_own(parse):
    page = parse(_TWO_REPORTS.format(m="", about="湖边的樱花开了，"))
    assert [item.title for item in page.items] == ["周末好去处", "樱花开了湖边热闹"]
    assert not page.items[0].doubts


def test_text_plainly_about_another_title_leaves_its_own(parse):
    page = parse(_TWO_REPORTS.format(m="", about="樱花开了，湖边热闹，"))
    assert page.items[0].title == ""
    assert "repair: text detached from heading at line 1" in page.items[0].doubts


def test_text_under_a_markdown_title_stays_there_whatever_it_is_about(parse):
    page = parse(_TWO_REPORTS.format(m="## ", about="樱花开了，湖边热闹，"))
    assert [item.title for item in page.items] == ["周末好去处", "樱花开了湖边热闹"]


SPRING = """
春耕备耕有序推进

各地农技人员深入田间地头，指导农民科学施肥、合理用药，确保春耕生产顺利进行。

据了解，今年全省春播粮食面积预计稳中有增，农资供应充足

城区道路改造完工

本报讯 昨日，城区主干道改造工程全面完工，市民出行更加便利。
"""


def test_an_article_ending_mid_sentence_keeps_its_last_line_from_the_next_title(parse):
    first, second = parse(SPRING).items
    assert first.paragraphs[-1] == "据了解，今年全省春播粮食面积预计稳中有增，农资供应充足"
    assert (second.title, second.dateline) == ("城区道路改造完工", "本报讯")


def test_a_wire_storys_lead_printed_at_the_foot_of_the_page_goes_back_to_its_title(parse):
    lead = "新华社长沙3月5日电（记者 张三）当前正值春耕备耕关键时期，湖南各地春耕生产有序推进。"
    first, second = parse(SPRING + "\n" + lead + "\n").items
    assert first.title == "春耕备耕有序推进"
    assert first.dateline == "新华社长沙3月5日电"
    assert first.paragraphs[0].startswith("当前正值春耕备耕关键时期")
    assert names(first) == ["张三"]
    assert second.title == "城区道路改造完工"


def test_a_local_brief_at_the_foot_of_the_page_stays_its_own(parse):
    brief = "本报讯 当前正值春耕备耕关键时期，全市春耕生产有序推进。"
    items = parse(SPRING + "\n" + brief + "\n").items
    assert len(items) == 3
    assert items[-1].dateline == "本报讯" and items[-1].title == ""


def test_text_below_an_article_that_opens_with_its_dateline_is_never_put_back_as_its_lead(parse):
    """An article whose first paragraph is its dateline has its lead already: untitled text
    printed below it on the same subject is another item, not a lead that slid down."""
    first, second = parse("""
宝山早稻丰收上市

人民网上海9月24日电（葛俊俊）连日来，宝山区罗泾镇的早稻开镰收割，首批早稻丰收上市。

据悉，今年宝山区水稻种植面积超万亩，主要品种为早熟的优质粳稻。

（责编：韩庆）




□杨奕 摄影报道

瓜果飘香，稻黍收成，又到秋分节气。宝山区罗泾镇的早稻丰收，村民们忙着收割早稻。
""").items
    assert first.dateline.startswith("人民网上海9月24日电")
    assert first.paragraphs[0].startswith("连日来")
    assert second.paragraphs == [
        "瓜果飘香，稻黍收成，又到秋分节气。宝山区罗泾镇的早稻丰收，村民们忙着收割早稻。"
    ]


def test_untitled_text_its_own_subheadings_divide_is_not_joined_to_another_article(parse):
    page = parse("""
龙腾盛世迎新春，五谷丰登庆丰年。2月4日，柳河镇东风村的“村晚”在村文化广场开演，全村老少齐聚一堂。

村里“能人”当导演 演员都是村民

在村里，大家都叫他老乐，他今年六十一岁，吹拉弹唱样样精通，这台“村晚”就是他一手张罗的。

村党支部书记表示，过去一年，东风村各项事业得到长足发展，村民的日子越过越红火。



东风村的“村晚”年年办

作者：本刊记者 许鑫

巍巍长白山，莽莽松江水。东风村的“村晚”已经办了十年，村民们年年盼着这台“村晚”。
""")
    first = page.items[0]
    assert first.paragraphs[0].startswith("龙腾盛世迎新春")
    assert first.subheads == ["村里“能人”当导演 演员都是村民"]
    assert page.items[-1].paragraphs[0].startswith("巍巍长白山")


def test_untitled_text_under_another_articles_text_is_never_put_back_as_an_earlier_lead(parse):
    """A lead that slid below its article stands straight under it: text further down the page,
    under another article, is an item of its own however much it shares with the first title."""
    first, second, third = parse("""
稻蟹共养富了盘山农家

清晨，盘山县的稻田里，农户们正忙着捕捞河蟹，一筐筐河蟹被运到田埂上。

稻田养蟹让每亩地多收了上千元，村里不少年轻人也回来了。

城西社区办起老年食堂

本报讯 城西社区的老年食堂开张了，六十岁以上老人每餐只需五元。

老人们说，饭菜可口，价钱实惠，再也不用为一日三餐发愁了。




6月9日，在盘山县的稻蟹共养基地里，农家正把蟹苗放进稻田，稻蟹共养让盘山农家的日子越过越红火。

基地负责人说，今年的蟹苗比往年多了一成。
""").items
    assert first.paragraphs[0].startswith("清晨")
    assert second.title == "城西社区办起老年食堂"
    assert third.paragraphs[0].startswith("6月9日")


def test_a_wire_lead_printed_under_its_storys_text_over_the_next_title_goes_back_to_it(parse):
    """The wire's dateline paragraph set after the text of its story, the next title under it:
    a wire story always has a title, so the lead is that story's, not an untitled item."""
    first, second = parse("""
春耕备耕有序推进

各地农技人员深入田间地头，指导农民科学施肥、合理用药，确保春耕生产顺利进行。

据了解，今年全省春播粮食面积预计稳中有增，农资供应充足。

新华社长沙3月5日电（记者 张三）当前正值春耕备耕关键时期，湖南各地春耕生产有序推进。

城区道路改造完工

昨日，城区主干道改造工程全面完工，市民出行更加便利。
""").items
    assert first.dateline == "新华社长沙3月5日电"
    assert names(first) == ["张三"]
    assert second.title == "城区道路改造完工"
