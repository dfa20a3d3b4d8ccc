"""A source page's text rejoined into paragraphs, headings and bylines apart, lines kept."""

from archive.parsing.lines import BODY, BYLINE, HEAD
from archive.parsing.passages import Passage, passages

NARROW = """汇聚精神力量 奏响防疫“最强音”

本报记者 赵青

疫情就是命令，防控就是责任。

在这场没有硝烟的战“疫”中，哈尔

滨市南岗区各级单位积极响应，以

实际行动支援疫情防控工作。
"""


def test_column_wrapped_lines_become_one_paragraph_and_headings_stay_apart():
    assert passages(NARROW) == [
        Passage("汇聚精神力量 奏响防疫“最强音”", HEAD, 0, 0),
        Passage("本报记者 赵青", BYLINE, 2, 2),
        Passage("疫情就是命令，防控就是责任。", BODY, 4, 4),
        Passage(
            "在这场没有硝烟的战“疫”中，哈尔滨市南岗区各级单位积极响应，以实际行动支援疫情防控工作。",
            BODY,
            6,
            10,
        ),
    ]
