"""`manage.py ingest`: storing pages, re-running, updating in place, dry runs, the run record."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.ingest import prepare
from archive.ingest.load import store_page
from archive.ingest.reading import read_page
from archive.models import BYLINE_MAX, Article, Byline, IngestFile, IngestRun, Person, SourcePage
from archive.parsing import parse_page
from tests.conftest import DAOLI, FIXTURE_PAGES, NANGANG, XIANGFANG, Story, page_text


def snapshot() -> list[tuple]:
    """What a reader sees of every article, with its id."""
    return [
        (
            a.pk,
            a.page.file_name,
            a.position,
            a.title,
            a.paragraphs,
            [(b.person.name, b.role) for b in a.bylines.all()],
            sorted(ap.place.code for ap in a.article_places.all()),
        )
        for a in Article.objects.with_related()
    ]


def ids_by_title() -> dict[str, int]:
    return dict(Article.objects.values_list("title", "pk"))


def test_fixture_pages_are_ingested_by_default_with_titles_bylines_and_places(ingest):
    run = ingest()
    assert run.error is None
    assert SourcePage.objects.count() == len(list(FIXTURE_PAGES.glob("*.txt")))
    assert all(page.articles.exists() for page in SourcePage.objects.all())
    lead = Article.objects.with_related().get(title__contains="汇聚精神力量")
    assert [(b.person.name, b.role) for b in lead.bylines.all()] == [
        ("赵青", "记者"),
        ("李林晅", "实习记者"),
    ]
    assert "南岗区" in {ap.place.name for ap in lead.article_places.all()}
    assert Article.objects.by_person(Person.objects.get(name="赵青")).count() > 1


def test_a_new_page_is_stored_without_reading_rows_it_cannot_have_yet(db, pages):
    """A page stored for the first time has no articles, tombstones or links to match or
    replace: asking for them would cost statements on every page of an ingest (issue 12)."""
    prepared = prepare.prepare_page(read_page(pages("a.txt", NANGANG, DAOLI, XIANGFANG)))
    with CaptureQueriesContext(connection) as queries:
        assert store_page(prepared).added == 3
    tables = ("article", "deletedarticle", "byline", "articleplace")
    reads = [q["sql"] for q in queries if q["sql"].startswith("SELECT")]
    assert not [sql for sql in reads for t in tables if f'FROM "archive_{t}"' in sql]
    assert Byline.objects.count() == 4


def test_each_file_gets_a_summary_line(ingest, pages):
    path = pages("a.txt", NANGANG, DAOLI, XIANGFANG)
    run = ingest(path)
    assert (
        f"{path}: 3 items (0 photos), 4 bylines, " in run.out
        and "added 3, updated 0, unchanged 0, removed 0" in run.out
    )


def test_a_second_run_changes_nothing(ingest):
    ingest()
    before = snapshot()
    updated_at = list(Article.objects.values_list("updated_at", flat=True))
    run = ingest()
    assert run.error is None
    assert snapshot() == before
    assert list(Article.objects.values_list("updated_at", flat=True)) == updated_at
    assert run.out.count(": unchanged,") == len(list(FIXTURE_PAGES.glob("*.txt")))
    assert IngestRun.objects.first().items_unchanged == len(before)


def test_force_recuts_unchanged_files_and_still_changes_nothing(ingest):
    ingest()
    before = snapshot()
    run = ingest(force=True)
    assert snapshot() == before
    assert "added 0, updated 0" in run.out and ": unchanged," not in run.out


def test_a_changed_title_updates_the_article_in_place(ingest, pages):
    path = pages("a.txt", NANGANG, DAOLI, XIANGFANG)
    ingest(path)
    ids = ids_by_title()
    renamed = Story("道里区冰雪文化节开幕", DAOLI.byline, DAOLI.paragraphs)
    path.write_text(page_text(NANGANG, renamed, XIANGFANG), encoding="utf-8")
    run = ingest(path)
    assert "added 0, updated 1, unchanged 2, removed 0" in run.out
    assert ids_by_title() == {
        NANGANG.title: ids[NANGANG.title],
        renamed.title: ids[DAOLI.title],
        XIANGFANG.title: ids[XIANGFANG.title],
    }


def test_a_dropped_article_is_removed_and_the_rest_keep_their_ids(ingest, pages):
    path = pages("a.txt", NANGANG, DAOLI, XIANGFANG)
    ingest(path)
    ids = ids_by_title()
    path.write_text(page_text(DAOLI, XIANGFANG), encoding="utf-8")
    run = ingest(path)
    assert "removed 1" in run.out
    assert list(Article.objects.values_list("pk", "position")) == [
        (ids[DAOLI.title], 1),
        (ids[XIANGFANG.title], 2),
    ]


def test_an_article_inserted_on_top_is_added_and_the_rest_move_down(ingest, pages):
    path = pages("a.txt", DAOLI, XIANGFANG)
    ingest(path)
    ids = ids_by_title()
    path.write_text(page_text(NANGANG, DAOLI, XIANGFANG), encoding="utf-8")
    run = ingest(path)
    assert run.error is None and "added 1" in run.out
    assert list(Article.objects.values_list("title", "position")) == [
        (NANGANG.title, 1),
        (DAOLI.title, 2),
        (XIANGFANG.title, 3),
    ]
    assert {t: i for t, i in ids_by_title().items() if t != NANGANG.title} == ids


def test_an_edited_title_survives_reingest_while_the_rest_follows_the_source(ingest, pages):
    path = pages("a.txt", NANGANG, DAOLI)
    ingest(path)
    article = Article.objects.get(title=DAOLI.title)
    article.title, article.edited_fields = "编辑改过的标题", ["title"]
    article.save()
    changed = Story(
        "道里区冰雪文化节开幕", DAOLI.byline, (*DAOLI.paragraphs, "活动免费向市民开放。")
    )
    path.write_text(page_text(NANGANG, changed), encoding="utf-8")
    ingest(path)
    article.refresh_from_db()
    assert article.title == "编辑改过的标题"
    assert article.paragraphs[-1] == "活动免费向市民开放。"


def test_edited_bylines_survive_reingest(ingest, pages):
    path = pages("a.txt", NANGANG)
    ingest(path)
    article = Article.objects.get()
    article.bylines.all().delete()
    Byline.objects.create(
        article=article, person=Person.objects.create(name="编辑"), role="记者", order=1
    )
    article.edited_fields = ["bylines"]
    article.save()
    ingest(path, force=True)
    assert [b.person.name for b in article.bylines.all()] == ["编辑"]


def test_an_edited_article_dropped_from_the_page_is_kept_and_reported(ingest, pages):
    path = pages("a.txt", NANGANG, DAOLI, XIANGFANG)
    ingest(path)
    edited = Article.objects.get(title=NANGANG.title)
    edited.reviewed, edited.edited_fields = True, ["title"]
    edited.save()
    path.write_text(page_text(DAOLI, XIANGFANG), encoding="utf-8")
    run = ingest(path)
    assert f"kept 1 edited article no longer cut (ids {edited.pk})" in run.out
    assert list(Article.objects.values_list("title", "position")) == [
        (DAOLI.title, 1),
        (XIANGFANG.title, 2),
        (NANGANG.title, 3),
    ]


def test_sidecar_metadata_is_stored_and_dates_the_articles(ingest, pages):
    path = pages(
        "a.txt",
        NANGANG,
        DAOLI,
        XIANGFANG,
        sidecar={"paper": "哈尔滨日报", "edition_date": "2021-11-30", "page": 3},
    )
    ingest(path)
    page = SourcePage.objects.get()
    assert (page.paper, page.edition_date, page.page_number) == (
        "哈尔滨日报",
        datetime.date(2021, 11, 30),
        3,
    )
    dates = {a.title: (a.date, a.date_text) for a in Article.objects.all()}
    assert dates == {
        NANGANG.title: (datetime.date(2021, 11, 30), "--11-29"),  # only a month-day printed
        DAOLI.title: (datetime.date(2021, 11, 30), ""),  # no date printed
        XIANGFANG.title: (datetime.date(2021, 11, 7), ""),  # full date printed
    }


def test_a_printed_running_head_dates_the_page_where_no_sidecar_does(ingest, pages):
    head = "2021年11月30日 星期二 第3版 要闻\n\n"
    ingest(pages("a.txt", text=head + page_text(NANGANG, DAOLI), sidecar={"paper": "哈尔滨日报"}))
    page = SourcePage.objects.get()
    assert (page.paper, page.edition_date, page.page_number) == (
        "哈尔滨日报",
        datetime.date(2021, 11, 30),
        3,
    )
    assert Article.objects.get(title=DAOLI.title).date == datetime.date(2021, 11, 30)


def test_a_sidecar_overrides_what_the_running_head_prints(ingest, pages):
    head = "2021年11月30日 星期二 第3版 要闻\n\n"
    sidecar = {"edition_date": "2021-12-01", "page": 5}
    ingest(pages("a.txt", text=head + page_text(DAOLI), sidecar=sidecar))
    page = SourcePage.objects.get()
    assert (page.edition_date, page.page_number) == (datetime.date(2021, 12, 1), 5)


def test_without_an_edition_date_a_month_day_gets_no_invented_year(ingest, pages):
    ingest(pages("a.txt", NANGANG, DAOLI))
    dates = {a.title: (a.date, a.date_text) for a in Article.objects.all()}
    assert dates == {NANGANG.title: (None, "--11-29"), DAOLI.title: (None, "")}


def test_a_changed_sidecar_alone_updates_the_page(ingest, pages):
    path = pages("a.txt", DAOLI, sidecar={"edition_date": "2021-11-30"})
    ingest(path)
    path.with_suffix(".json").write_text('{"edition_date": "2021-12-01"}', encoding="utf-8")
    run = ingest(path)
    assert "updated 1" in run.out
    assert Article.objects.get().date == datetime.date(2021, 12, 1)


def test_dry_run_lists_the_items_and_writes_nothing(ingest, pages):
    path = pages("a.txt", NANGANG, XIANGFANG)
    run = ingest(path, dry_run=True)
    assert "dry run, nothing stored" in run.out
    assert f"#1 article 《{NANGANG.title}》 bylines: 记者 赵青; places: " in run.out
    assert "哈尔滨市" in run.out and "通讯员 王兴国, 记者 梁可心" in run.out
    assert not SourcePage.objects.exists() and not Article.objects.exists()
    assert not Person.objects.exists() and not IngestRun.objects.exists()


def test_verbosity_2_prints_why_each_cut_was_made(ingest, pages):
    path = pages("a.txt", NANGANG, DAOLI)
    reasons = [
        r for item in parse_page(path.read_text(encoding="utf-8")).items for r in item.reasons
    ]
    assert reasons, "the parser explains its cuts"
    quiet, verbose = ingest(path, dry_run=True), ingest(path, verbosity=2)
    assert "why:" not in quiet.out
    assert all(f"why: {reason}" in verbose.out for reason in reasons)


def test_every_run_is_recorded_with_its_counts_and_files(ingest, pages):
    good = pages("a.txt", NANGANG, DAOLI)
    empty = pages("b.txt", text="")
    ingest(good, empty)
    run = IngestRun.objects.get()
    assert run.finished_at >= run.started_at and not run.dry_run
    assert run.paths == [str(good), str(empty)]
    assert (run.files_total, run.files_failed, run.items_added) == (2, 1, 2)
    assert run.errors == [f"{empty}: empty page (no text)"]
    statuses = dict(IngestFile.objects.filter(run=run).values_list("file_name", "status"))
    assert statuses == {str(good): "added", str(empty): "failed"}


def test_the_place_in_a_dateline_is_a_place_of_the_article(ingest, pages):
    """新华社南昌…电 says where the story was filed, though the lead never names the city."""
    text = (
        "稻田里的新农人\n\n"
        "新华社南昌8月30日电（记者 赖星）清晨六点，合作社的无人机已经飞过了第一片稻田。"
        "年轻的社员们说，今年的收成比去年好。\n"
    )
    assert ingest(pages("a.txt", text=text)).error is None
    article = Article.objects.with_related().get()
    assert article.dateline.startswith("新华社南昌")
    assert {"南昌市", "江西省"} <= {ap.place.name for ap in article.article_places.all()}


def test_subheadings_inside_an_article_are_stored_as_such(ingest):
    ingest(FIXTURE_PAGES / "000_7fe243ce3c7a20ec.txt")
    lead = Article.objects.get(title__contains="汇聚精神力量")
    assert lead.subheads[0] == "各级单位集结展现“逆行担当”"
    assert set(lead.subheads) < set(lead.paragraphs)
    assert "疫情就是命令，防控就是责任。" not in lead.subheads


def test_verbosity_2_names_the_rule_that_labelled_each_line(ingest, pages):
    path = pages("a.txt", NANGANG)
    quiet, verbose = ingest(path, dry_run=True), ingest(path, verbosity=2)
    assert "lines (number, label, rule: evidence):" not in quiet.out
    # Line 1 is the title, over the byline on line 3 (a blank line between).
    title = "     1 head      title_sets_over_openers: unfinished lines over the opener at line 3"
    assert title in verbose.out
    assert "     3 byline    own_kind: roles and names: 赵青" in verbose.out


def test_an_article_keeps_its_byline_as_printed_with_the_outlet(ingest, pages):
    story = Story(
        "市区新建公园开放", "南都记者 黄慧萍 刘媚", ("本报讯 昨日，市区新建公园正式开放。",)
    )
    ingest(pages("a.txt", story))
    article = Article.objects.get()
    assert article.byline == "南都记者 黄慧萍 刘媚"
    assert [b.person.name for b in article.bylines.all()] == ["黄慧萍", "刘媚"]


def test_an_edited_printed_byline_survives_reingest(ingest, pages):
    path = pages("a.txt", NANGANG)
    ingest(path)
    Article.objects.update(byline="本报记者 赵青（哈尔滨）", edited_fields=["byline"])
    ingest(path, force=True)
    assert Article.objects.get().byline == "本报记者 赵青（哈尔滨）"


def test_a_printed_byline_longer_than_its_column_is_cut_and_says_so(ingest, pages, monkeypatch):
    def long_byline(text, paper=""):
        parsed = parse_page(text, paper)
        parsed.items[0].byline = " / ".join(["新华社记者 王小明 摄"] * 60)
        return parsed

    monkeypatch.setattr(prepare, "parse_page", long_byline)
    ingest(pages("a.txt", NANGANG))
    byline = Article.objects.get().byline
    assert len(byline) == BYLINE_MAX and byline.endswith("…")
    assert byline.startswith("新华社记者 王小明 摄 / 新华社记者 王小明 摄")
