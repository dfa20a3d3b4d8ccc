"""Line-level rules raised on the development pages (branch rules): a lead opening on its
reporters' bracket starts an article as a dateline does, and a picture supplied by a body
("度假区供图") is captioned, not titled."""

from archive.parsing.lines import BODY, read_lines


def test_a_heading_a_pictures_gap_under_finished_text_opens_the_next_article(parse):
    page = parse("""
人间奇迹在高原

这里是世界屋脊，平均海拔超过4000米，高寒缺氧，条件艰苦。
新时代，西藏各族人民正以更加昂扬的斗志，沿着绿色发展之路接续奋斗。



西藏欢度春节和藏历新年——
“现在的日子每天都像过年”

2月12日是农历大年初一，也是藏历新年第一天，一大早，城关区的村民就换上了新衣。
""")
    assert [item.title for item in page.items] == [
        "人间奇迹在高原",
        "西藏欢度春节和藏历新年—— “现在的日子每天都像过年”",
    ]


def test_a_title_set_a_pictures_gap_under_a_sectioned_article_opens_the_next(parse):
    page = parse("""
海林社区喜迎新春

1月25日，海林社区“阳光驿站”人头攒动，居民们欢聚一堂迎新春。

A、祝福送到家 欢喜过大年

1月25日午饭后，年过七旬的曹大爷拿着“马扎子”早早来到社区，等着写春联。


城 东

引得清流来 涓涓润民心

2月24日，记者就和谐家园住户对引洮供水工程的期盼进行了采访，住户们十分期待。
""")
    assert [item.title for item in page.items] == ["海林社区喜迎新春", "引得清流来 涓涓润民心"]


def test_a_short_question_a_pictures_gap_under_finished_text_titles_the_text_below(parse):
    page = parse("""
引得清流来

2月24日，记者就和谐家园住户对引洮供水工程的期盼进行了采访，住户们十分期待。


脱胎换骨后的这些金城小街巷你去过吗?

小街巷是城市的末梢神经，从城东城关区到城西西固区，纵横交错的小街巷连着千家万户。
""")
    assert [item.title for item in page.items] == [
        "引得清流来",
        "脱胎换骨后的这些金城小街巷你去过吗?",
    ]


def test_a_line_breaking_a_range_after_its_first_figure_runs_on_and_titles_nothing():
    lines = read_lines("""
长春市兰桡湖公园 “惠民公益市集”点燃城市烟火气

6月14日和15日10点—

18点,长春市兰桡湖公园林荫下,一场“惠民

公益市集”悄然点亮公园——从基础体检到专

科咨询台前排起长队,非遗摊位上的漆扇流光

溢彩,糖人师傅的铜勺勾出童年甜香,特殊儿

童训练中心的学生笑着举起原创绘画等,热闹

的氛围点燃城市烟火气。
""")
    assert lines[1].kind == BODY
