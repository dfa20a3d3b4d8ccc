"""Line-level rules raised on the development pages (branch rules): a lead opening on its
reporters' bracket starts an article as a dateline does, and a picture supplied by a body
("度假区供图") is captioned, not titled."""

from archive.parsing.lines import BODY, read_lines


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
