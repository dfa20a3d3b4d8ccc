"""Datelines as sites and county media centres print them: an outlet with its parent site in
brackets before 讯, outlets listed with 、 before a day's 消息, an outlet and a colon over the
reporters' bracket whose role carries its desk, a site's 消息 over an unbracketed reporter, a
source field opening the lead over the reporters' bracket, a site's 讯 over a bracket of names
with common surnames and nothing else."""

import pytest

from archive.parsing import bylines


@pytest.mark.parametrize(
    "lead, names",
    [
        ("江汉网(江城日报网)讯(通讯员 孔令军)5月6日,笔者从市公安局获悉,", ["孔令军"]),
        ("江城网、江城网客户端临川5月14日消息(江城网记者 孔令军)5月14日上午,", ["孔令军"]),
        ("江城新闻网(融媒体首席记者 孔令军)8月23日,在清水村,", ["孔令军"]),
        ("江城新闻网:(通讯员 孔令军)“今天我们开展一次主题党日活动。”", ["孔令军"]),
        ("江城网消息 记者 孔令军报道:日前县供电公司的党员服务队", ["孔令军"]),
        (
            "来源:掌上江城 (记者孔令军 通讯员宋嘉怡) 重阳节前夕,市义工协会志愿者",
            ["孔令军", "宋嘉怡"],
        ),
        ("廉政江城讯(孔令军 宋嘉怡)驻村的日子,是沾满泥土的脚印,", ["孔令军", "宋嘉怡"]),
    ],
)
def test_a_sites_dateline_gives_its_reporters_and_the_lead_after_them(lead, names):
    dateline, credits, rest = bylines.split_dateline(lead)
    assert [c.name for c in credits] == names
    assert dateline and not rest.startswith(("(", ":", "报道"))


@pytest.mark.parametrize(
    "text",
    [
        "江城网消息灵通,读者众多。",
        "江城日报(原江城报)创刊于1956年。",
        "江城网、江城日报社记者站开展活动。",
        "短讯(一)近日,江城县召开全县经济工作会议。",
    ],
)
def test_a_sentence_naming_outlets_is_no_dateline(text):
    split = bylines.split_dateline(text)
    assert not split or not split[1]
