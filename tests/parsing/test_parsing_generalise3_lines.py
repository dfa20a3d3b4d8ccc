"""Line-level rules found by the third round of invented pages (generalise3)."""

from archive.gazetteer import Gazetteer
from archive.ingest.prepare import item_places


def places(page, item):
    gazetteer = Gazetteer.default()
    return {gazetteer.get(m.code).name for m in item_places(item, page.items).places}


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


def test_an_issuer_and_date_on_one_line_sign_off_the_notice_above(parse):
    page = parse("""
关于暂停部分公共场所开放的通告

即日起暂停区内各类室内公共场所开放,恢复时间另行通知。

香坊区新冠肺炎疫情防控指挥部 2021年11月30日

道里区开展冬季消防检查

本报讯(记者 王艳)近日,道里区组织开展冬季消防安全大检查。
""")
    notice, news = page.items
    assert notice.paragraphs[-1].startswith("香坊区新冠肺炎疫情防控指挥部")
    assert notice.date == "2021-11-30"
    assert "香坊区" in places(page, notice)
    assert news.title == "道里区开展冬季消防检查"


def test_a_date_ending_a_line_inside_a_sentence_is_no_sign_off(parse):
    (item,) = parse("""
全区疫苗接种工作有序推进

据统计,全区累计接种疫苗

已超过五十万剂次截至 2021年11月30日

接种点将继续开放。
""").items
    assert len(item.paragraphs) == 1


def test_an_undated_issuer_at_the_foot_signs_the_notice(parse):
    page = parse("""
关于暂停部分公共场所开放的通告

即日起暂停区内各类室内公共场所开放,恢复时间另行通知。

通河县新冠肺炎疫情防控指挥部
""")
    (notice,) = page.items
    assert notice.paragraphs[-1] == "通河县新冠肺炎疫情防控指挥部"
    assert "通河县" in places(page, notice)


def test_an_undated_issuer_is_not_the_next_articles_title(parse):
    page = parse("""
关于暂停部分公共场所开放的通告

即日起暂停区内各类室内公共场所开放,恢复时间另行通知。

通河县新冠肺炎疫情防控指挥部

道里区开展冬季消防检查

本报讯(记者 王艳)近日,道里区组织开展冬季消防安全大检查。
""")
    assert [item.title for item in page.items] == [
        "关于暂停部分公共场所开放的通告",
        "道里区开展冬季消防检查",
    ]


def test_ocr_spaces_inside_byline_names_do_not_lose_the_names(parse):
    (item,) = parse("""
铁锋区“暖心驿站”温暖环卫工

本报记者 王 艳 通讯员 周 晓峰

入冬以来,铁锋区设立了12处环卫工人驿站。
""").items
    assert [c.name for c in item.credits] == ["王艳", "周晓峰"]


def test_an_end_mark_or_a_source_line_ends_the_article_before_the_next_title(parse):
    page = parse("""
富锦市冰雪旅游升温

本报讯 富锦市已建成滑雪场2处。■

龙沙区新增核酸采样点

本报讯 龙沙区新增3处便民核酸采样点。

来源：牡丹江日报

宁安市水稻喜获丰收

本报讯 宁安市水稻亩产提高约50公斤。(完)
""")
    assert [item.title for item in page.items] == [
        "富锦市冰雪旅游升温",
        "龙沙区新增核酸采样点",
        "宁安市水稻喜获丰收",
    ]


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
