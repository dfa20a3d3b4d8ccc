"""Each citation form, for a fully known article and for unknown author, paper and date."""

import datetime

import pytest

from archive.citation import (
    Source,
    chicago_bibliography,
    chicago_note,
    gb_t_7714,
    meta_tags,
    permalink,
    ris,
    source_of,
)
from archive.models import Article, Byline, Person, SourcePage

URL = "https://archive.example.org/articles/7/"
KNOWN = Source(
    authors=("赵青", "李林晅"),
    title="南岗区启动社区志愿服务月活动",
    paper="哈尔滨日报",
    date=datetime.date(2021, 11, 30),
    page=3,
    url=URL,
)
UNKNOWN = Source(
    authors=(), title="南岗区启动社区志愿服务月活动", paper="", date=None, page=None, url=URL
)


def test_gb_t_7714_newspaper_article():
    assert (
        gb_t_7714(KNOWN)
        == "赵青, 李林晅. 南岗区启动社区志愿服务月活动[N]. 哈尔滨日报, 2021-11-30(3)."
    )


def test_gb_t_7714_names_three_authors_then_et_al():
    four = Source(("甲", "乙", "丙", "丁"), "题", "报", KNOWN.date, 1, URL)
    assert gb_t_7714(four).startswith("甲, 乙, 丙, 等. 题[N].")


def test_gb_t_7714_says_what_is_unknown_and_starts_with_the_title_without_an_author():
    assert gb_t_7714(UNKNOWN) == "南岗区启动社区志愿服务月活动[N]. [报名不详], [出版日期不详]."


def test_chicago_note_and_bibliography():
    assert chicago_note(KNOWN) == (
        "赵青, 李林晅, “南岗区启动社区志愿服务月活动,” 哈尔滨日报, November 30, 2021, " + URL + "."
    )
    assert chicago_bibliography(KNOWN) == (
        "赵青, 李林晅. “南岗区启动社区志愿服务月活动.” 哈尔滨日报, November 30, 2021. " + URL + "."
    )


def test_chicago_with_nothing_known_but_the_title_uses_no_date():
    assert chicago_note(UNKNOWN) == (
        "“南岗区启动社区志愿服务月活动,” unknown newspaper, n.d., " + URL + "."
    )
    assert chicago_bibliography(UNKNOWN).startswith("“南岗区启动社区志愿服务月活动.” Unknown")


def test_ris_record_for_a_newspaper_article():
    assert ris(KNOWN).split("\r\n") == [
        "TY  - NEWS",
        "AU  - 赵青",
        "AU  - 李林晅",
        "TI  - 南岗区启动社区志愿服务月活动",
        "T2  - 哈尔滨日报",
        "PY  - 2021",
        "DA  - 2021/11/30",
        "SP  - 3",
        "LA  - zh",
        "UR  - " + URL,
        "ER  - ",
        "",
    ]


def test_ris_leaves_out_what_is_unknown():
    lines = ris(UNKNOWN).split("\r\n")
    assert lines[0] == "TY  - NEWS" and lines[-2] == "ER  - "
    assert not [line for line in lines if line[:2] in {"AU", "T2", "PY", "DA", "SP"}]


def test_meta_tags_for_reference_managers():
    tags = meta_tags(KNOWN)
    assert ("citation_title", KNOWN.title) in tags
    assert [c for n, c in tags if n == "citation_author"] == ["赵青", "李林晅"]
    assert ("citation_journal_title", "哈尔滨日报") in tags
    assert ("citation_publication_date", "2021/11/30") in tags
    assert ("citation_firstpage", "3") in tags
    assert ("DC.date", "2021-11-30") in tags and ("DC.source", "哈尔滨日报") in tags


def test_meta_tags_leave_out_what_is_unknown():
    names = {name for name, _ in meta_tags(UNKNOWN)}
    assert "citation_title" in names
    assert not names & {"citation_author", "citation_journal_title", "citation_date", "DC.date"}


@pytest.mark.parametrize(
    ("site_url", "expected"),
    [("", "http://testserver/articles/7/"), ("https://archive.example.org", URL)],
)
def test_permalink_uses_site_url_when_set(rf, settings, site_url, expected):
    settings.SITE_URL = site_url
    assert permalink(rf.get("/articles/7/"), "/articles/7/") == expected


def test_a_photographer_beside_reporters_is_not_an_author_of_the_text(db):
    page = SourcePage.objects.create(file_name="p.txt", content_hash="0" * 64, raw_text="x")
    article = Article.objects.create(page=page, position=1, title="题", fingerprint="f")
    for order, (name, role) in enumerate([("赵青", "记者"), ("苏强", "摄影")], 1):
        Byline.objects.create(
            article=article, person=Person.objects.create(name=name), role=role, order=order
        )
    assert source_of(article, URL).authors == ("赵青",)
    Byline.objects.filter(role="记者").delete()
    assert source_of(article, URL).authors == ("苏强",)  # a photo's credit is its author
