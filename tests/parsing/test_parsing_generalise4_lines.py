"""Line-level rules found by the fourth round of invented pages (generalise4): commentary
and letters, tables of figures, stacked photo credits and public-service slogans."""

from archive.parsing.bylines import parse_byline_line
from archive.parsing.text import is_table_row


def test_a_commentator_byline_names_the_commentator_and_no_one_called_commentator():
    assert [(c.name, c.role) for c in parse_byline_line("□评论员 罗文")] == [("罗文", "评论员")]
    assert [c.name for c in parse_byline_line("本报评论员 高明")] == ["高明"]


def test_a_bare_commentator_line_is_a_byline_not_the_subtitle(parse):
    page = parse("""
实干为先

本报评论员

开春以来，张掖市各县区重点项目陆续复工，处处是抓发展的火热场景。
""")
    item = page.items[0]
    assert (item.title, item.subtitle, item.credits) == ("实干为先", "", [])


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


def test_a_table_row_of_figures_is_recognised_and_a_title_with_a_figure_is_not():
    assert is_table_row("15日 阴转晴 -2℃~10℃")
    assert is_table_row("白菜 1.6元/斤")
    assert not is_table_row("寒潮来袭 我省气温将降10℃以上")
    assert not is_table_row("按照客车核定载客人数的 50%控制")


def test_a_weather_table_stays_in_its_articles_text_one_row_a_paragraph(parse):
    page = parse("""
未来三天我市天气

本报讯（记者 张帆）记者从延安市气象台获悉，未来三天我市将出现降温天气。具体预报如下：

13日 多云 2℃~14℃

14日 小雨 0℃~9℃

市气象台提醒，驾车出行要注意防范道路结冰。
""")
    (item,) = page.items
    assert item.paragraphs[1:] == ["13日 多云 2℃~14℃", "14日 小雨 0℃~9℃", item.paragraphs[-1]]
    assert item.paragraphs[-1].startswith("市气象台提醒")


def test_a_sentence_wrapped_after_public_service_ads_keeps_its_words(parse):
    page = parse("""
街头换新装

本报讯（记者 刘洋）近日，全市在主要街道投放公益广告
200余块，营造文明城市创建氛围。
""")
    assert "投放公益广告200余块" in page.items[0].text


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


def test_a_bare_role_with_no_name_is_reported_not_lost(parse):
    assert any("特约摄影" in w for w in parse("特约摄影").warnings)
