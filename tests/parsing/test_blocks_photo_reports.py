"""A photo report's credit set over its text, under an article its closing byline ended: it
signs the text below; the signed paragraph above is no picture's caption."""

from tests.parsing.helpers import names

PAGE = """
## 老城区雨污分流工程完工

本报讯 历时八个月，老城区雨污分流改造工程近日完工，十二条背街小巷告别了雨天积水。

工程共铺设管网六公里，改造窨井三百余座。

下一步，区里将对新城区管网开展排查。（记者 王明）



□李华 摄影报道

秋分时节，城郊万亩稻田进入收割期，收割机在金色的田野里来回穿梭，一派丰收景象。
"""


def test_a_credit_set_apart_under_a_closed_article_signs_the_text_under_it(parse):
    article, report = parse(PAGE).items
    assert names(article) == ["王明"] and len(article.paragraphs) == 3
    assert names(report) == ["李华"]
    assert report.paragraphs[0].startswith("秋分时节")
