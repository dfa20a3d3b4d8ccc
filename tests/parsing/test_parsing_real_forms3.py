"""Forms from pages no rule was tuned on (issue 12, second round): column labels under a box,
bracketed credits opening a text, source lines naming the reporter, titled pictures over
their report."""

from archive.parsing import bylines
from tests.parsing.helpers import names


def test_names_set_solid_after_a_role_word_are_each_read(parse):
    page = parse("""
## 成渝地区双城经济圈媒体走进德阳

本报讯（全媒体记者任媛媛徐飞）4月30日，成渝地区双城经济圈媒体德阳行启动。
""")
    (item,) = page.items
    assert names(item) == ["任媛媛", "徐飞"]
    assert item.paragraphs[0].startswith("4月30日")
    assert bylines.split_glued_names("新时代文明实践") is None
