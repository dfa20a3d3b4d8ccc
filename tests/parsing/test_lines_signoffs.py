"""How an article is signed off: notices' issuers and dates, signatures, source lines, end marks."""

from archive.gazetteer import Gazetteer
from archive.ingest.prepare import item_places
from archive.parsing.bylines import parse_signature
from archive.parsing.lines import SIGNOFF, read_lines
from tests.parsing.helpers import names


def places(page, item):
    gazetteer = Gazetteer.default()
    return {gazetteer.get(m.code).name for m in item_places(item, page.items).places}


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


def test_a_signature_needs_a_place_set_apart_or_the_word_reader():
    assert [c.name for c in parse_signature("兰州市七里河区西湖街道 李秀兰")] == ["李秀兰"]
    assert [c.name for c in parse_signature("读者 何志勇")] == ["何志勇"]
    assert parse_signature("腾冲和顺古镇游人如织") is None
    assert parse_signature("李秀兰") is None


def test_a_genre_label_is_never_read_as_a_readers_signature(parse):
    page = parse("""
社区食堂暖了老人胃

本报讯（记者 王敏）社区办起了老年食堂，一荤两素只要8元钱。

读者来信

小区路灯亮了

小区里的路灯坏了大半年，社区不到一周就换上了新路灯。
""")
    assert [c.name for c in page.items[0].credits] == ["王敏"]
    assert page.items[1].kicker == "读者来信"


def test_a_source_line_under_a_reprint_closes_it_and_is_no_title(parse):
    page = parse("""
重庆市开州区正式挂牌运行

7月22日,撤县建区的开州区正式挂牌运行。

据重庆日报

四川三农新闻网宜宾讯(通讯员 邱雨珊 陈兴琼)5月17日,高县卫生健康局走访慰问百岁老人。
""")
    first, second = page.items
    assert first.paragraphs == ["7月22日,撤县建区的开州区正式挂牌运行。", "据重庆日报"]
    assert (second.title, second.dateline) == ("", "四川三农新闻网宜宾讯")
    assert [c.name for c in second.credits] == ["邱雨珊", "陈兴琼"]


def test_a_source_line_naming_the_reporter_credits_the_article(parse):
    page = parse("""
## 丰台集中连片管控区解封

今天早上,丰台区多个小区恢复正常出入。

来源:北京日报客户端 | 记者 孙延安
""")
    (item,) = page.items
    assert [c.name for c in item.credits] == ["孙延安"]


def test_a_source_line_names_the_reporters_in_its_closing_bracket():
    line = read_lines("来源:中国日报河南记者站(记者 向明超 通讯员 陈柏松)")[0]
    assert (line.kind, [c.name for c in line.credits]) == (SIGNOFF, ["向明超", "陈柏松"])


def test_a_bracket_opening_a_line_of_its_own_takes_in_its_close_below_a_blank_line():
    lines = read_lines("""
全市421个城市社区中，有的社区服务用房面积达到200平方米。

(来源:长春日报 记者 张

鑫多)
""")
    assert [ln.text for ln in lines][1:] == ["(来源:长春日报 记者 张鑫多)"]
    assert [c.name for c in lines[1].credits] == ["张鑫多"]


def test_a_bracketed_source_naming_no_one_signs_off_and_the_next_title_stays_one(parse):
    page = parse("""
泗阳运河风光带迎来摄影团

4月2日,摄影大赛采风团走进泗阳,用镜头记录运河两岸的新风貌。

这一幅幅被定格的画面,彰显了这座宜居之城的独特魅力

(来源:宿迁发布)



沭阳:夏日沂河淌 风吹现牛羊

7月10日,沭阳县沂河淌内绿草如茵,河水清澈,一群群牛羊在河滩上悠闲地吃草。
""")
    first, second = page.items
    assert first.credits == []
    assert second.title == "沭阳:夏日沂河淌 风吹现牛羊"
    lines = read_lines("这一幅幅画面彰显了独特魅力\n\n(来源:宿迁发布)\n")
    assert lines[-1].kind == SIGNOFF


def test_a_line_over_the_source_line_set_over_text_is_its_title(parse):
    page = parse("""
## 老街坊的新菜园

城北街道把闲置多年的空地改成了共享菜园,附近居民每天都来浇水除草。



南湖村:“小果园”结出“大产业”

信息来源:江城日报

南湖村地处丘陵,过去村民守着

荒坡过日子。近年来,村里引进

优质果苗,发展起了果园经济。
""")
    assert [item.title for item in page.items] == ["老街坊的新菜园", "南湖村:“小果园”结出“大产业”"]
    assert page.items[1].paragraphs[-1].endswith("发展起了果园经济。")


def test_a_dateline_under_the_titles_source_line_opens_the_titled_story(parse):
    page = parse("""
## 西瓜喜丰收 农户采摘忙

来源:江城日报客户端

江城日报客户端讯(通讯员 王丽)8月17日,在城郊西瓜大棚里,志愿者正帮着瓜农采摘西瓜。

此次采摘的西瓜由村里的种植合作社统一销售。
""")
    (item,) = page.items
    assert item.title == "西瓜喜丰收 农户采摘忙"
    assert names(item) == ["王丽"]
    assert item.paragraphs[-2].startswith("8月17日,")


def test_a_web_pages_stamp_and_source_under_a_title_is_a_source_line(parse):
    page = parse("""
## 老街坊的新菜园

城北街道把闲置多年的空地改成了共享菜园,附近居民每天都来浇水除草。



秋分话丰收

2023-09-23 10:05:00    来源: 江城新闻网

在第六个“中国农民丰收节”到来之际,全市各地瓜果飘香、粮食满仓,处处洋溢着丰收的喜悦。
""")
    assert [item.title for item in page.items] == ["老街坊的新菜园", "秋分话丰收"]
    assert page.items[1].paragraphs[-1].startswith("在第六个")
    assert read_lines("2022年08月19日 19:12:40 来源: 江城网")[0].kind == SIGNOFF


def test_a_captioned_picture_under_a_titles_source_line_is_the_titled_photo(parse):
    page = parse("""
丰收季,城郊多地采收忙

2023年08月19日 19:12:40 来源: 江城网

[图]



8月18日,城郊果园的职工在整理包装好的新梅。目前,500亩新梅已经成熟。王华摄



## 老街坊的新菜园

城北街道把闲置多年的空地改成了共享菜园,附近居民每天都来浇水除草。
""")
    assert [(item.kind, item.title) for item in page.items] == [
        ("photo", "丰收季,城郊多地采收忙"),
        ("article", "老街坊的新菜园"),
    ]
    assert names(page.items[0]) == ["王华"]


def test_the_supplier_and_producer_under_a_brief_sign_it_off_and_title_nothing(parse):
    page = parse("""
■江城短讯

城郊茶园喜获丰收

当下正值秋茶采摘季。在城郊的高山生态茶园里,茶农们穿梭在茶垄间采摘秋茶。

供稿来源:城郊区融媒体中心

江城新闻电视网(JNTV)出品

责任编辑:刘洋

古村油柑迎丰收

眼下,古村120亩油柑园迎来大丰收,连片的油柑树硕果累累。
""")
    assert [item.title for item in page.items] == ["城郊茶园喜获丰收", "古村油柑迎丰收"]
    signoffs = read_lines("供稿来源:城郊区融媒体中心\n\n江城新闻电视网(JNTV)出品")
    assert [ln.kind for ln in signoffs] == [SIGNOFF, SIGNOFF]


def test_a_video_pieces_credit_block_signs_its_text_a_field_a_line(parse):
    page = parse("""
千城百县看中国|城郊:产业兴农好“丰”景

近年来,城郊区坚持以农牧业资源优势为依托,推动玉米、辣椒等产业发展。

制片人:王刚

策划:张青 李红

编导:张静

报道员:陈可 朱丽杰

新媒体编辑:刘洋

供稿来源:城郊区融媒体中心
""")
    (item,) = page.items
    assert names(item) == ["张静", "陈可", "朱丽杰"]


def test_a_dotted_name_alone_after_the_last_paragraph_signs_the_text(parse):
    page = parse("""
春季转场

随着气温回升,牧区开启了一年一度的春季转场,数万头牲畜迁往春秋牧场。

阿依古丽·买买提




牧民赶着羊群转场

6月5日,牧民赶着羊群,沿着古老的牧道向水草丰沛的高山夏季牧场转移。
""")
    first, second = page.items
    assert [c.name for c in first.credits] == ["阿依古丽·买买提"]
    assert second.title == "牧民赶着羊群转场" and second.credits == []


def test_a_dotted_name_straight_over_more_text_is_no_closing_byline():
    lines = read_lines("""
上一篇的最后一句话写完了。

阿依古丽·买买提
她在牧区当了二十年乡村医生,走遍了每一座毡房。
""")
    assert lines[1].text == "阿依古丽·买买提" and lines[1].credits == []
