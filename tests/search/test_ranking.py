"""The jieba word field: the archive's names stay whole words, and whole words rank first."""

from django.db import connection
from haystack import connections

from search import dictionary
from search.query import search
from search.signals import reindex_articles
from tests.search.engines import ENGINE


def indexed_words() -> set[str]:
    """The word tokens in the index, read from the engine's own storage."""
    if ENGINE == "postgres":
        with connection.cursor() as cursor:
            cursor.execute("SELECT word FROM ts_stat('SELECT words FROM search_postgres_document')")
            return {word for (word,) in cursor.fetchall()}
    searcher = connections["default"].get_backend().searcher()
    return {w.decode() for w in searcher.lexicon("words")}


def test_place_and_byline_names_are_indexed_as_whole_words(corpus):
    words = indexed_words()
    assert {"南岗区", "九寨沟县", "梁可心", "李林晅"} <= words
    assert not {"南岗", "可心", "寨沟"} & words


def test_a_whole_word_ranks_above_the_same_characters_inside_a_longer_word(
    search_index, make_article
):
    inside = make_article("茶馆见闻", "我和服务员聊天，他和服务员们说笑。")
    whole = make_article("街头见闻", "穿和服的女孩在街头拍照留念。")
    reindex_articles([inside.pk, whole.pk])
    assert [hit.article.pk for hit in search("和服").hits] == [whole.pk, inside.pk]


def test_a_new_byline_name_is_a_word_without_asking_for_a_rebuild(search_index, make_article):
    before = dictionary.version()
    article = make_article("冰灯游园会", "冰灯亮了。", persons=["欧阳晓岚"])
    reindex_articles([article.pk])
    assert "欧阳晓岚" in indexed_words()
    assert dictionary.version() == before
