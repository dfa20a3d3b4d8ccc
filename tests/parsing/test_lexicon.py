"""The parser's words come from one lexicon: each listed word does what its comment says."""

import pytest

from archive.parsing import lexicon
from archive.parsing.headings import is_genre_label
from archive.parsing.lines import FURNITURE, read_lines


@pytest.mark.parametrize("role", lexicon.STAFF_ROLES)
def test_every_staff_role_credited_on_the_page_is_furniture_not_article_text(role, parse):
    page = parse(f"""
## 全市春耕生产有序推进
本报讯 连日来，全市各地抢抓农时，春耕生产有序推进。

{role}：王小明
""")
    assert read_lines(f"{role}：王小明")[0].kind == FURNITURE
    assert all("王小明" not in item.text for item in page.items)


@pytest.mark.parametrize("word", lexicon.GENRE_WORDS)
def test_every_genre_word_makes_a_short_line_a_genre_label(word):
    assert is_genre_label(f"本报{word}")


@pytest.mark.parametrize("word", lexicon.COLUMN_WORDS)
def test_a_label_ending_in_a_column_word_heads_no_brief_under_it(word, parse):
    page = parse(f"""
## 区县{word}
本报讯 昨日，甲县举行春季运动会，全县二十支队伍参加比赛。

本报讯 近日，乙县开展植树活动，干部群众种下树苗三千余株。
""")
    assert [item.title for item in page.items] == ["", ""]
    assert f"section label left out: 区县{word}" in page.warnings
