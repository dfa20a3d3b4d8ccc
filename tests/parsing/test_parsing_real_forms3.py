"""Forms from pages no rule was tuned on (issue 12, second round): column labels under a box,
bracketed credits opening a text, source lines naming the reporter, titled pictures over
their report."""

from archive.parsing import bylines
from tests.parsing.helpers import names


def test_a_boxed_column_label_is_no_persons_byline(parse):
    page = parse("""
潢川县是全国粮食生产大县之一,今年秋粮丰收在望。

■简讯

本报讯(虞静 钱洪波)日前,新县被表彰为省级“双拥模范县”。
""")
    assert all("简讯" not in names(item) for item in page.items)
    assert names(page.items[-1]) == ["虞静", "钱洪波"]
    assert bylines.parse_byline_line("■本地热闻") is None
    assert bylines.parse_byline_line("■ 周杭琪 康明军") is not None


def test_a_boxed_label_over_bulleted_briefs_heads_none_of_them(parse):
    page = parse("""
## 山乡咖啡香

在上级农业部门的支持下,村集体牵头注册成立合作社。


■本地热闻

●马山古寨瑶乡金银花节开幕

4月20日,数千名游客欢聚古朗瑶乡金银花公园。

●阅读主题展和名人来一场“对话”

昨日,历代名人说阅读主题展在广西图书馆开展。
""")
    titles = [item.title for item in page.items]
    assert titles == ["山乡咖啡香", "马山古寨瑶乡金银花节开幕", "阅读主题展和名人来一场“对话”"]
    assert all("本地热闻" not in "".join(item.paragraphs) for item in page.items)


def test_names_set_solid_after_a_role_word_are_each_read(parse):
    page = parse("""
## 成渝地区双城经济圈媒体走进德阳

本报讯（全媒体记者任媛媛徐飞）4月30日，成渝地区双城经济圈媒体德阳行启动。
""")
    (item,) = page.items
    assert names(item) == ["任媛媛", "徐飞"]
    assert item.paragraphs[0].startswith("4月30日")
    assert bylines.split_glued_names("新时代文明实践") is None
