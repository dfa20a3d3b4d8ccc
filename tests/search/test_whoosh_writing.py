"""How the archive's Whoosh writers write changes nothing found: the inlining codec (a term's
single posting kept in its term entry) gives the same hits, scores, stored fields and columns
as Whoosh's own codec, in segments written apart and once they are merged into one (a merge
reads the inlined postings back); a pool spilled to runs in chunks writes what a pool kept in
memory writes."""

import pytest

from tests.search.engines import only_on

pytestmark = only_on("whoosh", "the Whoosh backend's own codec")

QUERIES = ["冰雪 游客", '"冰灯游园会"', "松花江", "第7天", "孤篇 -冰雪", "梁可心", "王兴国"]
FILTERS = [
    {},
    {"place": ["230103"]},
    {"person": "王兴国"},
    {"kind": "photo"},
    {"month": "2021-01"},
    {"from": "2021-01-03", "to": "2021-01-05"},
]
SEGMENTS = 3


@pytest.fixture
def documents(search_index, make_article):
    """Whoosh documents of 26 articles, each of its words, places, persons, dates and kinds
    either shared or in one article only (an inlined posting in every kind of field)."""
    from haystack import connections

    from archive.models import Article

    for i in range(25):
        make_article(
            f"冰雪第{i}篇",
            f"哈尔滨冰雪节第{i}天，游客很多。" * (1 + i % 3),
            places=["230103"] if i % 2 else ["230102"],
            persons=["梁可心"] if i % 5 == 0 else (),
            date=None if i % 8 == 0 else f"2021-01-0{1 + i % 9}",
            kind="photo" if i % 4 == 0 else "article",
        )
    make_article(
        "孤篇",
        "松花江畔的冰灯游园会今日开幕。",
        places=["513225"],
        persons=["王兴国"],
        date="2020-03-05",
    )
    backend = connections["default"].get_backend()
    index = connections["default"].get_unified_index().get_index(Article)
    return list(backend.documents(index, Article.objects.with_related().order_by("pk")))


def new_index(folder):
    from haystack import connections
    from whoosh.index import create_in

    folder.mkdir()
    return create_in(str(folder), connections["default"].get_backend().schema)


def written(folder, codec, documents):
    """An index of documents written by codec in SEGMENTS commits, left unmerged."""
    ix = new_index(folder)
    for part in range(SEGMENTS):
        writer = ix.writer(codec=codec)
        for doc in documents[part::SEGMENTS]:
            writer.add_document(**doc)
        writer.commit(merge=False)
    return ix


def found(ix) -> dict:
    """Everything a reader sees: each query's hits with scores under each filter, and every
    document's stored fields and column values."""
    from whoosh.scoring import BM25F

    from search.backends.whoosh.querying import build_filter, build_query
    from search.query import parse

    with ix.searcher(weighting=BM25F()) as searcher:
        reader = searcher.reader()
        return {
            "hits": [
                [
                    (hit["django_id"], hit.score)
                    for hit in searcher.search(
                        build_query(parse(q)), filter=build_filter(f), limit=None
                    )
                ]
                for q in QUERIES
                for f in FILTERS
            ],
            "stored": list(reader.all_stored_fields()),
            "columns": {
                name: list(reader.column_reader(name, translate=False))
                for name in ("kind", "year_month", "places", "persons", "date")
            },
        }


def test_inlined_postings_find_score_and_merge_as_whoosh_does(documents, tmp_path):
    from whoosh.codec.whoosh3 import W3Codec

    from search.backends.whoosh.codec import InliningCodec

    indexes = {
        "whoosh": written(tmp_path / "whoosh", W3Codec(), documents),
        "inlining": written(tmp_path / "inlining", InliningCodec(), documents),
    }
    apart = {name: found(ix) for name, ix in indexes.items()}
    for name, ix in indexes.items():
        assert len(ix.reader().leaf_readers()) == SEGMENTS
        codec = InliningCodec() if name == "inlining" else W3Codec()
        writer = ix.writer(codec=codec)
        writer.delete_by_term("django_id", documents[4]["django_id"])  # a merge with a gap
        writer.commit(optimize=True)
        assert len(ix.reader().leaf_readers()) == 1
    merged = {name: found(ix) for name, ix in indexes.items()}

    assert apart["inlining"] == apart["whoosh"]
    assert merged["inlining"] == merged["whoosh"]
    hits = merged["inlining"]["hits"]
    assert [len(h) for h in hits[: len(FILTERS)]] == [24, 12, 0, 6, 20, 8]  # 冰雪 游客
    assert len(merged["inlining"]["stored"]) == 25
    assert hits[len(FILTERS) * QUERIES.index("王兴国") + 2][0][0] == documents[-1]["django_id"]


def test_a_pool_spilled_in_chunks_writes_what_a_pool_in_memory_writes(
    documents, tmp_path, monkeypatch
):
    from search.backends.whoosh import pool
    from search.backends.whoosh.codec import InliningCodec

    monkeypatch.setattr(pool, "CHUNK", 7)  # runs of several chunks, the last one short
    indexes = {}
    for name, limit in (("memory", None), ("spilled", 20_000)):
        ix = indexes[name] = new_index(tmp_path / name)
        writer = ix.writer(codec=InliningCodec())
        assert isinstance(writer.pool, pool.ChunkedPostingPool)
        writer.pool.limit = limit or writer.pool.limit  # bytes of postings kept in memory
        for doc in documents:
            writer.add_document(**doc)
        assert bool(writer.pool.runs) == bool(limit)
        writer.commit()
    assert found(indexes["spilled"]) == found(indexes["memory"])
