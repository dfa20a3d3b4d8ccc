"""The index's words are jieba's: search.segmenter cuts as jieba 0.42.1 does, faster."""

import jieba
import pytest
from django.core.management import call_command

from search.segmenter import Segmenter

# Where jieba-rs alone cuts otherwise: a number range (its HMM joins 0-24, and a web address
# or a dotted date through their dots), CJK extension
# characters (jieba keeps each alone), OOV runs for jieba's HMM, Latin and digits in CJK.
SENTENCES = [
    "哈尔滨市11月6日0-24时疫情通报，covid-19、2015-2016年度、5%-8%",
    "𨱒𨱒的𫚌𫚌，㐂㐂在此",
    "记录前海 见证奇迹，代表同学们向你们致以敬礼，健康步道",
    "n95口罩3.5万只，ktv和a股；晋江东石镇大房村 \r\n 李林晅报道",
    "详见www.jiang7.com网站，12.10.2015发布",
]
# Words added as the archive adds its places and bylines, one already in jieba's dictionary
# and one twice: jieba adds each count to its total, which moves later routes.
WORDS = ["东石镇", "前海", "李林晅", "东石镇", "南岗区"]


@pytest.fixture(scope="module")
def pair():
    reference = jieba.Tokenizer()
    reference.initialize()
    segmenter = Segmenter()
    for word in WORDS:
        reference.add_word(word)
        segmenter.add_word(word)
    return reference, segmenter


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_segmenter_cuts_as_jieba(pair, sentence):
    reference, segmenter = pair
    assert segmenter.tokenize(sentence) == list(reference.tokenize(sentence))
    assert segmenter.total == reference.total


def test_the_archive_texts_give_jieba_s_words(db, capsys):
    call_command("compare_segmenter", "fixtures/pages", "tests/parsing/pages/real/dev")
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(";")[1] for line in lines if "texts," in line] == [
        " 0 texts differ, 0 differences"
    ] * 3
