"""A feature's lead set to a narrow measure under its title, its text wrapped wider below: one
article. The change of measure parts two articles only once one has told more than its lead."""

LEAD = """
秋收时节走进大河村，稻浪翻

滚、机声隆隆，家家户户都在

抢抓晴好天气收割晾晒，丰收

的喜悦写在村民的脸上。
"""

WIDE = (
    "村党支部书记介绍，今年全村种植水稻两千多亩，通过推广良种和统防统治，亩产比去年提高了五十多公斤，"
    "合作社还与加工企业签订了收购协议，村民不愁卖。\n"
)


def test_text_wrapped_wider_under_a_narrow_lead_goes_on_with_its_article(parse):
    page = parse(f"## 稻香大河村\n\n本报记者 李明\n{LEAD}\n{WIDE}")
    (article,) = page.items
    assert article.title == "稻香大河村"
    assert article.paragraphs[-1].startswith("村党支部书记")


def test_text_wrapped_wider_under_an_untitled_narrow_brief_is_another_item(parse):
    page = parse(f"{LEAD}\n{WIDE}")
    assert [it.paragraphs[0][:4] for it in page.items] == ["秋收时节", "村党支部"]
