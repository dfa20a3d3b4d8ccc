"""Where a feature's sections begin and where the next article begins: a heading inside a run of
text either heads a part of the article above or opens another."""

from tests.parsing.helpers import names


def test_a_colon_heading_under_a_dated_intro_of_two_paragraphs_opens_its_first_part(parse):
    page = parse("""
一个山村的果园梦

新华社太原6月3日电 十年前，这里还是一片荒坡。

如今，漫山的苹果树挂满了果子，村里的年轻人也陆续回来了。

底气：一棵果树撑起一个家

清晨五点，果园里已经有人在剪枝，合作社的技术员挨家挨户讲解疏果的要领。
""")
    (item,) = page.items
    assert item.subheads == ["底气：一棵果树撑起一个家"]
    assert item.dateline == "新华社太原6月3日电"


def test_a_colon_heading_under_a_signed_intro_over_a_wire_title_opens_its_first_part(parse):
    page = parse("""
草原上的新牧场

中新网锡林浩特5月8日电 题：草原上的新牧场

中新网记者 李明远

牧民们赶着羊群转场，草场上的围栏一眼望不到头。

“以前靠天养畜，现在靠科学养畜。”牧民巴图说。

新路：从逐水草到种饲草

巴图家的饲草地今年扩到了两百亩，冬天再也不用为草料发愁。
""")
    (item,) = page.items
    assert item.subheads == ["新路：从逐水草到种饲草"]
    assert names(item) == ["李明远"]


def test_a_place_colon_title_under_a_dated_report_past_its_lead_opens_an_article(parse):
    page = parse("""
老城区改造提速

本报讯 今年以来，城区共改造老旧小区十二个。

改造后的小区加装了电梯，修好了道路。

居民们说，出门办事方便多了。

东港：渔港码头换新颜

东港区的渔港码头完成了扩建，渔船进出港更加便捷。
""")
    first, second = page.items
    assert second.title == "东港：渔港码头换新颜"
    assert len(first.paragraphs) == 3


def test_a_short_heading_over_a_dated_paragraph_under_a_sourced_intro_opens_its_first_part(
    parse,
):
    page = parse("""
山乡果园四季香

来源:城南日报 2025-01-16 11:51:39

城南县是个农业县，近年来，全县立足资源优势，培育特色水果产业，带动村民增收。

小水果飘香

眼下，龙凤村的沃柑基地迎来了一年中最热闹的时刻，果农们忙着采摘、装箱。
""")
    (item,) = page.items
    assert item.subheads == ["小水果飘香"]


def test_a_heading_over_a_dated_lead_under_a_report_that_opened_with_its_day_opens_another(
    parse,
):
    page = parse("""
丰收节主场活动在东台举办

作者:李明

9月23日，丰收节主场活动在东台市五烈镇举办，各地农民代表齐聚一堂。

今年丰收节，全省各地将推出约三百项形式多样的庆祝活动。

盱眙小龙虾正式开捕 “龙虾之城”进入“忙碌季”

5月17日，伴随着一声炮响，盱眙国际龙虾节龙虾开捕仪式正式开始。
""")
    first, second = page.items
    assert second.title.startswith("盱眙小龙虾正式开捕")
    assert names(first) == ["李明"]


def test_a_heading_under_untitled_text_running_on_past_its_lead_heads_one_of_its_parts(parse):
    page = parse("""
本报讯（记者 王晓）“刚开门没多久，又得关上了。”一位民宿经营者说，民宿再一次停业。

正是采摘的旺季，村庄封闭管理之后，农活儿怎么办？连日来，记者探访了多个村庄。

住在果园里的夫妻

沿县道一直往西，和河流一路平行的县道蜿蜒到深山中，沿路散落着许多果园。
""")
    (item,) = page.items
    assert item.subheads == ["住在果园里的夫妻"]
    assert names(item) == ["王晓"]
