"""A paragraph standing alone between a finished article and what follows it, a picture's gap
above and below: a piece told in one paragraph (a photo's caption, a brief), not the article's."""

ARTICLE = """
## 古镇老街换新颜

本报讯（记者 王丽）经过半年改造，城东古镇老街日前重新开街，青石板路和白墙黛瓦又回来了。

改造中，施工方保留了街两旁的老门面，只更换了朽坏的梁柱和屋瓦。

开街当天，不少市民专程赶来，在老字号店铺前排起了长队。



"""

LONE = (
    "城西湿地公园的芦苇进入观赏期，大片芦花在秋风中摇曳，吸引了许多市民前来拍照。"
    "公园管理处提醒游客文明赏景，不要踩踏芦苇丛。\n"
)


def test_a_paragraph_set_apart_above_and_below_opens_an_item_of_its_own(parse):
    market = "## 农贸市场延长营业时间\n\n本月起，市区农贸市场每天延长营业两小时。\n"
    page = parse(f"{ARTICLE}{LONE}\n\n\n{market}")
    article, reeds, market = page.items
    assert article.paragraphs[-1].startswith("开街当天")
    assert reeds.paragraphs == [LONE.strip()] and not reeds.title
    assert market.title == "农贸市场延长营业时间"


def test_one_set_apart_at_the_foot_of_the_page_opens_one_too(parse):
    article, reeds = parse(f"{ARTICLE}{LONE}").items
    assert len(article.paragraphs) == 3
    assert reeds.paragraphs == [LONE.strip()]


def test_text_running_on_past_the_picture_in_paragraphs_set_close_stays_the_articles(parse):
    more = "据介绍，老街下一步还将引进非遗工坊和特色小吃。\n"
    page = parse(f"{ARTICLE}{LONE}\n{more}")
    (article,) = page.items
    assert article.paragraphs[-1].startswith("据介绍")


def test_a_page_that_sets_every_paragraph_wide_apart_keeps_them_together(parse):
    paragraphs = [
        "本报讯（记者 王丽）经过半年改造，城东古镇老街日前重新开街，青石板路和白墙黛瓦又回来了，"
        "街两旁的老字号也陆续恢复营业。",
        "改造中，施工方保留了街两旁的老门面，只更换了朽坏的梁柱和屋瓦，"
        "并对沿街的排水管网进行了全面更新。",
        "开街当天，不少市民专程赶来，在老字号店铺前排起了长队，一些外地游客也慕名而来，拍照打卡。",
        LONE.strip(),
    ]
    page = parse("## 古镇老街换新颜\n\n\n\n" + "\n\n\n\n".join(paragraphs) + "\n")
    (article,) = page.items
    assert article.paragraphs[-1] == LONE.strip()


def test_a_paragraph_over_a_subheading_set_a_line_down_stays_in_the_feature(parse):
    section = "老街的明天\n\n据介绍，老街下一步还将引进非遗工坊和特色小吃，打造夜间消费新场景。\n"
    (article,) = parse(f"{ARTICLE}{LONE}\n{section}").items
    assert LONE.strip() in article.paragraphs
