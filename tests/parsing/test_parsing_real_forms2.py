"""More forms seen on real pages (issue 12): titles with punctuation, credit lines naming
outlets, closing bylines broken over lines, datelines broken over lines, photo reports."""

import pytest

from tests.parsing.helpers import names


@pytest.mark.parametrize(
    "line",
    [
        "他说：今天我们村里的收入增加了",
        "活动地点：市民广场东侧",
        "老张说：“今年的苹果真甜",
    ],
)
def test_a_quote_or_a_field_after_a_colon_carries_on_the_paragraph(parse, line):
    page = parse(f"""
苹果丰收

本报讯 今年苹果大丰收，果农喜笑颜开。

{line}

，大家都很高兴。
""")
    (item,) = page.items
    assert item.title == "苹果丰收"


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
