"""The PostgreSQL engine: chosen by one setting, written in the editing transaction, kept whole
by the database itself. Real PostgreSQL (DATABASE_URL), real commits and rollbacks."""

import datetime
import logging
import threading

import pytest
from django.core.management import call_command
from django.db import connection, connections, transaction
from haystack import connections as haystack_connections

from archive.models import Article, Byline, Person
from search import dictionary
from search.analysis import grams, index_grams, jieba_words
from search.backends.postgres.documents import COPY_HEADER, COPY_TRAILER, copy_row, row
from search.backends.postgres.models import SearchDocument
from search.budget import OverBudget
from search.contract import ParsedQuery
from search.normalize import normalize
from search.query import parse, search
from search.signals import reindex_articles
from tests.ops.processes import child_env, manage
from tests.search.engines import only_on

postgres_engine = only_on("postgres", "its index table and transactions")


def elsewhere(q, answer):
    """answer(search(q)) from another connection (a thread of its own): what commits show."""
    result = {}

    def run():
        try:
            result["answer"] = answer(search(q))
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return result["answer"]


def found_elsewhere(q) -> list[int]:
    return elsewhere(q, lambda results: [hit.article.pk for hit in results.hits])


def count_elsewhere(q) -> int:
    return elsewhere(q, lambda results: results.count)


def document_count() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM search_postgres_document")
        return cursor.fetchone()[0]


def test_the_postgres_engine_without_a_postgres_database_is_a_one_line_start_up_error(tmp_path):
    result = manage(child_env(tmp_path, ARCHIVE_SEARCH_ENGINE="postgres"), "check")
    assert result.returncode == 3
    assert result.stderr.splitlines() == [
        "configuration error: ARCHIVE_SEARCH_ENGINE=postgres needs a PostgreSQL DATABASE_URL "
        "(postgres://…)."
    ]


def test_an_unknown_engine_is_a_one_line_start_up_error(tmp_path):
    result = manage(child_env(tmp_path, ARCHIVE_SEARCH_ENGINE="solr"), "check")
    assert result.returncode == 3
    assert "ARCHIVE_SEARCH_ENGINE must be whoosh or postgres, not 'solr'." in result.stderr


@postgres_engine
@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_edit_leaves_no_trace_in_the_index(make_article):
    article = make_article("松花江开江", "江面冰排涌动。")
    with pytest.raises(RuntimeError), transaction.atomic():
        article.title = "松花江流凌"
        article.save()
        created = make_article("雾凇岛游记", "雾凇挂满枝头。")
        # inside the transaction, its own searches already see the change
        assert [h.article.pk for h in search("流凌").hits] == [article.pk]
        assert [h.article.pk for h in search("雾凇").hits] == [created.pk]
        raise RuntimeError("the editor's save failed")
    assert found_elsewhere("流凌") == []
    assert found_elsewhere("雾凇") == []
    assert found_elsewhere("开江") == [article.pk]
    assert document_count() == 1


@postgres_engine
@pytest.mark.django_db(transaction=True)
def test_a_committed_edit_is_searchable_at_once_from_another_connection(make_article):
    with transaction.atomic():
        article = make_article("松花江开江", "江面冰排涌动。", persons=["梁可心"])
        assert found_elsewhere("开江") == []  # not committed yet: nobody else sees it
    assert found_elsewhere("开江") == [article.pk]
    with transaction.atomic():
        article.title = "松花江流凌"
        article.save()
    assert found_elsewhere("开江") == []
    assert found_elsewhere("流凌") == [article.pk]


@postgres_engine
@pytest.mark.django_db(transaction=True)
def test_an_article_deleted_behind_django_leaves_no_orphan(make_article):
    """The index row goes with its article even when SQL deletes it (ON DELETE CASCADE)."""
    article = make_article("松花江开江", "江面冰排涌动。")
    assert document_count() == 1
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM archive_byline WHERE article_id = %s", [article.pk])
        cursor.execute("DELETE FROM archive_articleplace WHERE article_id = %s", [article.pk])
        cursor.execute(f"DELETE FROM {Article._meta.db_table} WHERE id = %s", [article.pk])
    assert document_count() == 0
    assert found_elsewhere("开江") == []


@postgres_engine
def test_an_ingest_writes_the_index_in_the_pages_transaction(search_index, tmp_path):
    """No on-commit callback is needed: the rows are there before the ingest returns."""
    (tmp_path / "p.txt").write_text(
        "## 香坊区为独居老人送去御寒衣物\n\n本报讯（记者 霍亮）香坊区为独居老人送去被褥。\n",
        encoding="utf-8",
    )
    call_command("ingest", str(tmp_path), stdout=None)
    assert [r.article.title for r in search("霍亮").hits] == ["香坊区为独居老人送去御寒衣物"]


@postgres_engine
def test_no_terms_with_date_filters_lists_every_match_newest_first(corpus):
    """The contract's coming forms: clauses empty means every article the filters let through;
    from/to are inclusive ISO dates on the article's date."""
    backend = haystack_connections["default"].get_backend()
    everything = ParsedQuery(clauses=[], excluded=[])
    found = backend.archive_search(
        everything, {"from": "2020-03-05", "to": "2021-11-29"}, "relevance", 1, 10
    )
    assert [pk for pk, _ in found.hits] == [corpus["nangang"].pk, corpus["jiuzhaigou"].pk]
    assert found.count == 2
    assert found.facets["month"] == {"2021-11": 1, "2020-03": 1}
    in_harbin = backend.archive_search(everything, {"place": ["230100"]}, "date", 1, 10)
    assert [pk for pk, _ in in_harbin.hits] == [corpus["daoli"].pk, corpus["nangang"].pk]
    without = ParsedQuery(clauses=[], excluded=[parse("道里区").clauses[0][0]])
    assert backend.archive_search(without, {"place": ["230100"]}, "date", 1, 10).count == 1


@postgres_engine
def test_rows_cut_by_other_analysis_warn_to_rebuild(corpus, caplog):
    backend = haystack_connections["default"].get_backend()
    assert backend.check_stamp()
    SearchDocument.objects.filter(pk=corpus["daoli"].pk).update(analyzer="4; jieba 0.39")
    with caplog.at_level(logging.WARNING, logger="search.backends.postgres.backend"):
        assert not backend.check_stamp()
    assert "1 search rows" in caplog.text and "rebuild_index" in caplog.text


@postgres_engine
def test_a_statement_past_the_search_budget_is_stopped_by_postgresql(corpus, settings):
    """The budget becomes a statement_timeout under it: PostgreSQL cancels the statement
    (here one that sleeps) before the budget's alarm would have to interrupt the driver."""
    settings.SEARCH_TIME_BUDGET = 0.2
    backend = haystack_connections["default"].get_backend()
    with pytest.raises(OverBudget), backend._cursor() as (cursor, _state):
        cursor.execute("SELECT pg_sleep(2)")
    assert [h.article.pk for h in search("冬泳").hits] == [corpus["daoli"].pk]  # still serving


@postgres_engine
@pytest.mark.django_db(transaction=True)
def test_past_the_ranked_matches_a_title_match_still_leads_and_pages_stay_whole(
    make_article, monkeypatch
):
    """With more matches than it ranks fully, the engine ranks those whose titles match first
    (newest first among the rest): a title hit is never lost behind text mentions."""
    monkeypatch.setattr("search.backends.postgres.backend.RANKED", 3)
    mentions = [
        make_article(f"江城新闻{n}", "今天松花江开江了。" * 3, date=f"2024-03-{n:02}")
        for n in range(1, 9)
    ]
    titled = make_article("松花江开江", "江面冰排涌动。", date="2001-01-01")
    first, second = search("开江", page_size=5), search("开江", page=2, page_size=5)
    assert first.count == 9
    assert first.hits[0].article.pk == titled.pk
    pks = [hit.article.pk for hit in first.hits + second.hits]
    assert sorted(pks) == sorted([titled.pk, *(a.pk for a in mentions)])
    assert pks[1:4] == [a.pk for a in reversed(mentions)][:3]  # the newest of the rest


def index_rows() -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT article_id, document::text, words::text, title::text, places, persons, kind,"
            " date, year_month, digest, analyzer FROM search_postgres_document ORDER BY 1"
        )
        return cursor.fetchall()


def _reference_row(title: str, text: str) -> tuple[str, str, str]:
    """`document`, `repeats` and `words` as tsvector text, formatted the plain way: each token of
    grams() (weight A for the title, then B after a gap) and of jieba's words at its places,
    at most 256 a token and none past 16383, as PostgreSQL keeps them."""

    def quoted(token):
        return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"

    def vector(postings):
        return " ".join(f"{quoted(t)}:{','.join(at[:256])}" for t, at in postings.items())

    postings, offset, repeats = {}, 1, ""
    for value, weight in ((title, "A"), (text, "B")):
        last = -1
        for token, pos, _start, _end in grams(normalize(value)):
            postings.setdefault(token, []).append(f"{min(offset + pos, 16383)}{weight}")
            last = pos
        offset += last + 2
        if weight == "A":
            repeats = " ".join(quoted(t) for t, at in postings.items() if len(set(at)) > 1)
    words = {}
    for pos, (word, _start, _end) in enumerate(jieba_words(normalize(text)), 1):
        words.setdefault(word, []).append(str(min(pos, 16383)))
    return vector(postings), repeats, vector(words)


ROW_TEXTS = [
    ("", ""),
    ("雪雪 N95 雪 a\\b", "冰雪。雪 2021年2月 14日，Ｎ９５口罩'a\\b'（哈爾濱）𠀀𠀁 x_y 3.5%"),
    ("中国中国", "中国" * 200 + "。" + "的" * 300),  # a token past 256 places
    ("长文", "一二三四五六七，" * 2300),  # positions past 16383, in the table of places
    ("长文", "一二三，" * 7000),  # and past the table
    ("长标题" * 6000, "一二三，" * 10),  # a title past 16383: the text's places clamped with it
]


@pytest.mark.parametrize(("title", "text"), ROW_TEXTS)
def test_an_articles_row_holds_the_analyzers_tokens_at_their_places(title, text):
    """The index row's vectors are search.analysis's tokens at their places, whatever the
    text's length (the row is built from index_grams and position tables, not formatted one
    gram at a time); index_grams is grams' (term, position) when indexing."""
    for value in (title, text):
        normalised = normalize(value)
        assert list(index_grams(normalised)) == [(t, p) for t, p, _s, _e in grams(normalised)]
    got = row({"title": title, "text": text, "words": text})
    assert (got["document"], got["repeats"], got["words"]) == _reference_row(title, text)


@postgres_engine
@pytest.mark.django_db
@pytest.mark.parametrize(("title", "text"), ROW_TEXTS)
def test_a_builds_binary_row_is_the_row_an_edit_writes(title, text):
    """A full build sends its rows in COPY's binary form (documents.copy_row): the server must
    keep the very values it keeps from the edit path's text form, vectors past 256 places and
    past position 16383, quotes and backslashes, empty lists and no date included."""
    columns = ["article_id", "document", "words", "repeats", "places", "persons", "kind"]
    columns += ["date", "year_month", "digest", "analyzer"]
    cases = [
        {"places": [], "persons": [], "date": None, "year_month": "", "kind": "news"},
        {
            "places": ["230103", "2301"],
            "persons": ["于是之", "a'b\\c"],
            "date": datetime.date(1999, 12, 31),
            "year_month": "1999-12",
            "kind": "photo",
        },
        {"places": ["2301"], "persons": [], "date": datetime.date(2021, 2, 14), "kind": ""},
    ]
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMP TABLE copied (LIKE search_postgres_document)")
        for pk, case in enumerate(cases, 1):
            prepared = {"title": title, "text": text, "words": text, "digest": "d'1\\", **case}
            with cursor.cursor.copy(
                f"COPY copied ({', '.join(columns)}) FROM STDIN (FORMAT binary)"
            ) as copy:
                copy.write(COPY_HEADER + copy_row(pk, prepared, columns) + COPY_TRAILER)
            values = {"article_id": pk, **row(prepared)}
            cursor.execute(
                "SELECT %s, %s::tsvector::text, %s::tsvector::text, %s::tsvector::text, "
                "%s::varchar(6)[], %s::varchar(100)[], %s, %s::date, %s, %s, %s",
                [values[column] for column in columns],
            )
            edited = cursor.fetchone()
            cursor.execute(
                f"SELECT article_id, document::text, words::text, repeats::text, "
                f"{', '.join(columns[4:])} FROM copied WHERE article_id = %s",
                [pk],
            )
            assert cursor.fetchone() == edited
        cursor.execute("DROP TABLE copied")


@postgres_engine
@pytest.mark.parametrize(("procs", "name"), [(1, "于是之"), (2, "马上来")])
def test_a_full_build_writes_the_rows_and_answers_of_the_edit_path(
    corpus, make_article, procs, name
):
    """build() (COPY, forked tokenisers two batches ahead, the next batch prepared while one is
    written) gives the rows update() writes, so the same answers. A byline name new to jieba
    (stored without signals, so nothing indexed learnt it; one per run, as jieba's words are
    the process's) is learnt by build's parent after the fork: the tokenisers must learn it
    too."""
    article = make_article("香坊区送温暖", f"本报讯 记者{name}报道：香坊区为独居老人送去被褥。")
    dictionary.load_persons()  # every name stored so far; not the next one
    person = Person.objects.bulk_create([Person(name=name)])[0]
    Byline.objects.bulk_create([Byline(article=article, person=person, role="记者", order=1)])
    backend = haystack_connections["default"].get_backend()
    index = haystack_connections["default"].get_unified_index().get_index(Article)
    articles = list(index.index_queryset().order_by("pk"))
    queries = [name, "南岗区", "冬泳 OR 开放", "N95", "雪", "-道里区 区"]

    def answers():
        return [backend.archive_search(parse(q), {}, "relevance", 1, 10) for q in queries]

    backend.clear()
    batches = [articles[:2], articles[2:3], articles[3:4], articles[4:]]  # the pool's steady state
    assert backend.build(index, batches, procs=procs) == 5
    built, built_answers = index_rows(), answers()
    backend.clear()
    backend.update(index, articles)
    assert built == index_rows()
    assert built_answers == answers()
    assert built_answers[0].count == 1


@postgres_engine
def test_rebuild_index_answers_as_update_index(corpus, make_article):
    """The operator's rebuild_index (the build path: clear, tokenising processes, a COPY a
    batch) leaves the rows and answers update_index leaves, an unindexed article included."""
    make_article("香坊区冬泳队", "冬泳爱好者在松花江边开放水域训练。", places=["230110"])
    queries = ["南岗区", "冬泳 OR 开放", "N95", "雪", "-道里区 区", "香坊区"]

    def answers():
        return [(s.count, [hit.article.pk for hit in s.hits]) for s in map(search, queries)]

    call_command("update_index", verbosity=0)
    updated, updated_answers = index_rows(), answers()
    with connection.cursor() as cursor:
        cursor.execute("UPDATE search_postgres_document SET analyzer = 'old'")
    call_command("rebuild_index", "--noinput", "--batch-size", "2", "-k", "2", verbosity=0)
    assert index_rows() == updated
    assert answers() == updated_answers
    assert updated_answers[1][0] == 3 and updated_answers[-1][0] == 1


@postgres_engine
def test_rebuild_index_answered_no_leaves_the_index(corpus, monkeypatch, capsys):
    with connection.cursor() as cursor:  # rows a rebuild would rewrite
        cursor.execute("UPDATE search_postgres_document SET analyzer = 'old'")
    before = index_rows()
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    call_command("rebuild_index")
    assert "No action taken." in capsys.readouterr().out
    assert index_rows() == before


@postgres_engine
@pytest.mark.parametrize("exact", [0, 6])
def test_matches_read_in_passes_or_once_give_the_same_answers(
    search_index, make_article, monkeypatch, settings, exact
):
    """A search the index alone decides reads its matches from the table in passes (a lone
    token's best matches from the titles that hold it and a date walk of the rest); a phrase
    reads them once into a materialised set. Either way every search must give the same hits
    in the same order, count and facets (exact, or estimated from the same sample), on every
    page, in every order, past the matches ranked fully."""
    from search.backends.postgres import backend as module

    settings.SEARCH_EXACT_FACETS = exact
    monkeypatch.setattr(module, "RANKED", 4)
    places, persons = ["230103", "230102", "513225"], ["梁可心", "李林晅"]
    pks = [
        make_article(
            ("松花江开江" if n % 5 == 0 else f"冬日新闻{n}") + ("雪" if n % 3 else ""),
            "今天下雪了，松花江开江了。" if n % 2 else "市民参加了冬泳表演。",
            places=[places[n % 3]] if n % 4 else places[:2],
            persons=[persons[n % 2]] if n % 3 else [],
            date=f"20{20 + n % 3}-0{1 + n % 9}-1{n % 10}" if n % 7 else None,
            kind="photo" if n % 6 == 0 else "article",
        ).pk
        for n in range(30)
    ]
    reindex_articles(pks)
    backend = haystack_connections["default"].get_backend()
    searches = [
        (q, filters, sort, page, size)
        for q in ["雪", "江", "松花江", "雪 OR 冬泳", "-冬泳 雪", '"开江了"']
        for filters in ({}, {"place": ["230102", "513225"]}, {"person": "梁可心"})
        for sort in ("relevance", "date", "date_asc")
        for page, size in ((1, 5), (2, 5), (3, 5), (1, 0))
    ]

    def answers(passes: bool) -> list:
        monkeypatch.setattr(module, "streamed", lambda *_: passes)
        return [backend.archive_search(parse(q), *rest) for q, *rest in searches]

    in_passes, at_once = answers(True), answers(False)
    assert in_passes == at_once
    snowy = [n for n in range(30) if n % 2 or n % 3]  # in the text or the title
    assert in_passes[0].count == len(snowy) and len(in_passes[0].hits) == 5
    assert any(found.estimated for found in in_passes) == bool(exact)


@postgres_engine
def test_repeats_are_the_tokens_the_title_holds_more_than_once(search_index, make_article):
    """A lone token's best titles are found first among those that repeat it (`repeats`,
    written by the code), which holds only if it agrees with `title` (written by PostgreSQL)."""
    titles = ["雪雪雪", "松花江开江", "冬日新闻", "江上江下雪", ""]
    reindex_articles([make_article(title, "今天下雪了，松花江开江了。").pk for title in titles])
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT repeats::text, coalesce((SELECT array_to_tsvector(array_agg(lexeme))"
            " FROM unnest(title) WHERE array_length(positions, 1) > 1), '')::text"
            " FROM search_postgres_document ORDER BY article_id"
        )
        rows = cursor.fetchall()
    assert [written for written, _ in rows] == [derived for _, derived in rows]
    assert rows[0][0] == "'雪' '雪雪'" and rows[2][0] == ""


@postgres_engine
@pytest.mark.django_db
def test_the_facets_sample_index_holds_the_rows_the_statement_bounds_it_by():
    """The planner reads a sample of an eighth of the matches or less from the GIN index of the
    rows whose hashed id is under backend.SAMPLED (migration 0005) only when the index holds
    them under the same expression and bound."""
    from search.backends.postgres import backend as module

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = %s",
            ["search_postgres_document_sample_gin"],
        )
        (definition,) = cursor.fetchone()
    assert "2654435761" in module._HASH and "2654435761" in definition
    assert f"% '4294967296'::bigint) < {module.SAMPLED})" in definition


@postgres_engine
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("sort", ["relevance", "date", "date_asc"])
def test_cached_pages_are_the_pages_searched_afresh_until_a_commit(
    search_index, make_article, settings, monkeypatch, sort
):
    """The next pages and a repeated search come from the process's result cache (one
    statement: the snapshot), the same as searched afresh; a commit, or this transaction's own
    writes, are seen by the next search."""
    from django.test.utils import CaptureQueriesContext

    monkeypatch.setattr("search.backends.postgres.backend.RANKED", 6)
    pks = [
        make_article(
            f"冰雪第{i}篇", "哈尔滨冰雪节，游客很多。" * (1 + i % 3), date=f"2021-01-0{1 + i % 9}"
        ).pk
        for i in range(25)
    ]
    reindex_articles(pks)
    backend = haystack_connections["default"].get_backend()

    def pages():
        return [backend.archive_search(parse("冰雪"), {}, sort, n, 4) for n in range(1, 8)]

    settings.SEARCH_RESULT_CACHE = 0
    fresh = pages()
    settings.SEARCH_RESULT_CACHE = 128
    backend.forget_results()
    assert pages() == fresh
    with CaptureQueriesContext(connection) as statements:
        assert pages() == fresh
    searched = [s for s in statements.captured_queries if s["sql"] not in ("BEGIN", "COMMIT")]
    assert len(searched) == 7
    assert sorted(pk for found in fresh for pk, _ in found.hits) == pks
    reindex_articles([make_article("又一篇冰雪", "冰雪大世界开园。").pk])
    assert backend.archive_search(parse("冰雪"), {}, sort, 1, 4).count == 26
    with transaction.atomic():
        reindex_articles([make_article("冰雪再一篇", "冰雪。").pk])
        assert backend.archive_search(parse("冰雪"), {}, sort, 1, 4).count == 27
        assert backend.archive_search(parse("冰雪"), {}, sort, 1, 4).count == 27


@postgres_engine
@pytest.mark.django_db(transaction=True)
def test_the_count_of_a_token_in_most_articles_follows_commits_and_not_rollbacks(
    search_index, make_article, monkeypatch
):
    """The commonest tokens' counts are kept by the index table's triggers, not read from their
    matches: the count a search shows must follow every committed insert, edit and delete
    (one behind Django's back too) and nothing rolled back."""
    from search.backends.postgres.models import TokenCount

    # A dozen rows are too few for a lone token's walk to pay (backend.WALKED): walked anyway.
    monkeypatch.setattr("search.backends.postgres.backend.WALKED", 0)

    articles = [
        make_article(f"松花江{n}", "江面冰排涌动。" if n % 4 else "雪后初晴。") for n in range(12)
    ]
    assert search_index.count_tokens(share=0.5) > 0

    def kept(token):
        return sum(TokenCount.objects.filter(token=token).values_list("n", flat=True))

    assert kept("江") == count_elsewhere("江") == 12
    with transaction.atomic():
        articles[0].title = "雪后初晴"  # its text has no 江 either
        articles[0].save()
    assert count_elsewhere("江") == 11
    with pytest.raises(RuntimeError), transaction.atomic():
        make_article("江边", "江水。")
        articles[1].delete()
        articles[4].title = "雪后"
        articles[4].save()
        assert search("江").count == 10  # its own search sees its changes: +1 -1 -1
        raise RuntimeError("the ingest failed")
    assert count_elsewhere("江") == 11
    articles[2].delete()
    with connection.cursor() as cursor:  # behind Django: the database deletes the index row
        cursor.execute("DELETE FROM archive_byline WHERE article_id = %s", [articles[3].pk])
        cursor.execute(f"DELETE FROM {Article._meta.db_table} WHERE id = %s", [articles[3].pk])
    make_article("江边", "江水。")
    assert kept("江") == count_elsewhere("江") == 10
    assert count_elsewhere("雪") == 3  # not counted (under half the rows): read from the index
    searches = [
        (parse(q), filters, sort, page, size)
        for q in ["江", "松", "雪"]
        for filters in ({}, {"kind": "article"})
        for sort in ("relevance", "date")
        for page, size in ((1, 4), (3, 4), (1, 0))
    ]
    counted = [search_index.archive_search(*s) for s in searches]
    search_index.count_tokens(share=0)  # none counted: every count read from the index
    assert counted == [search_index.archive_search(*s) for s in searches]


@postgres_engine
@pytest.mark.django_db(transaction=True)
def test_writers_of_counted_tokens_do_not_wait_for_each_other(search_index, make_article):
    """Each write adds its own rows of counts and folds in only those no other transaction
    holds: a transaction left open does not hold up another writer."""
    from search.backends.postgres.models import TokenCount

    for n in range(4):
        make_article(f"松花江{n}", "江面冰排涌动。")
    assert search_index.count_tokens(share=0.5) > 0
    with transaction.atomic():
        for n in range(8):  # past four rows a counted token: the open transaction folds them
            make_article(f"江畔{n}", "江水。")
        assert TokenCount.objects.filter(token="江").count() == 1
        other = {}

        def write():
            try:
                with transaction.atomic():
                    with connection.cursor() as cursor:
                        cursor.execute("SET LOCAL lock_timeout = '2s'")
                    for n in range(8):
                        make_article(f"江口{n}", "江水。")
                other["done"] = True
            finally:
                connections.close_all()

        thread = threading.Thread(target=write)
        thread.start()
        thread.join()
        assert other == {"done": True}
    assert count_elsewhere("江") == 20


@pytest.mark.django_db
@pytest.mark.parametrize("filters", [{}, {"kind": "article"}])
def test_a_name_finds_the_articles_that_hold_it_not_its_two_halves_apart(
    search_index, make_article, filters
):
    """A name of three characters is found whole: an article that holds both its halves apart
    (香坊 and 坊区, not 香坊区) is not a match, on its own or beside articles that hold the
    name (PostgreSQL: then the name's word does not find the same articles as its bigrams, and
    the name is searched again as a phrase)."""
    backend = haystack_connections["default"].get_backend()
    apart = make_article("两则消息", "香坊的老人住在坊区东边。").pk
    reindex_articles([apart])
    assert backend.archive_search(parse("香坊区"), filters, "relevance", 1, 10).count == 0
    whole = [make_article(f"香坊区送温暖{n}", "香坊区为独居老人送去被褥。").pk for n in range(2)]
    reindex_articles(whole)
    found = backend.archive_search(parse("香坊区"), filters, "relevance", 1, 10)
    assert sorted(pk for pk, _ in found.hits) == sorted(whole)
    assert found.count == 2
