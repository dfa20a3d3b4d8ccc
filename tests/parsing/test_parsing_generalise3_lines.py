"""Line-level rules found by the third round of invented pages (generalise3)."""


def test_a_label_over_a_column_of_briefs_titles_none_of_them(parse):
    page = parse("""
简讯

本报讯 3月2日,三明市沙县区小吃产业集团与12家企业签订合作协议。(记者 江涛)

本报讯 日前,南平市延平区茶园春季管护工作全面展开。(通讯员 罗丽 记者 江涛)
""")
    assert [item.title for item in page.items] == ["", ""]
    assert "section label left out: 简讯" in page.warnings


def test_a_short_title_over_one_brief_stays_its_title(parse):
    page = parse("""
永泰李果迎来丰收季

本报讯 眼下,永泰县2万多亩李果进入采摘期。(记者 黄一鸣)

连江鲍鱼“北上过冬”

本报讯 近日,连江县首批鲍鱼从山东运抵。(记者 郑凯)
""")
    assert [item.title for item in page.items] == ["永泰李果迎来丰收季", "连江鲍鱼“北上过冬”"]


def test_ocr_spaces_inside_byline_names_do_not_lose_the_names(parse):
    (item,) = parse("""
铁锋区“暖心驿站”温暖环卫工

本报记者 王 艳 通讯员 周 晓峰

入冬以来,铁锋区设立了12处环卫工人驿站。
""").items
    assert [c.name for c in item.credits] == ["王艳", "周晓峰"]


def test_an_editors_note_over_the_title_opens_the_article(parse):
    (item,) = parse("""
编者按：洱海保护治理是大理州的“一号工程”。本报今起推出系列报道。

## 洱海边的“护湖人”

本报记者 段丽萍

早上7点,洱源县的护湖员已经出发了。
""").items
    assert item.paragraphs[0].startswith("编者按")


def test_a_heading_after_an_untitled_brief_starts_a_new_item(parse):
    page = parse("""
本报讯 近日,张家口市宣化区完成老旧供热管网改造42公里。

关于做好冬季清洁取暖安全工作的通知

各乡镇人民政府、区直各有关单位:

为确保今冬清洁取暖安全,现就有关事项通知如下。
""")
    assert [item.title for item in page.items] == ["", "关于做好冬季清洁取暖安全工作的通知"]
