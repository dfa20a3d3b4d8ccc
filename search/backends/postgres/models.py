"""One row per indexed article: its tokens as tsvectors and the values filters and facets read.

The columns mirror the Whoosh document (search.search_indexes.ArticleIndex): `document` holds
search.analysis.grams of the title (weight A) and of the whole text (weight B), for matching;
`words` the jieba words, for ranking, and to find a lone name or word by its GIN index
(querying.word_shortcut); `title` the title's grams (`document`'s weight A positions, computed
by the database), small enough to stay in the row: ranking reads it for every match, and the
two TOASTed vectors only for the best of them (backend.RANKED); `repeats` the title's tokens
it holds more than once, where a lone token's best titles are found first. The table exists
only on PostgreSQL (routers).
"""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models.expressions import RawSQL


class SearchDocument(models.Model):
    # The database deletes the row with its article (the migration's ON DELETE CASCADE foreign
    # key), so even a delete that bypasses Django cannot leave an orphan behind.
    article = models.OneToOneField(
        "archive.Article",
        primary_key=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    document = SearchVectorField()
    words = SearchVectorField()
    repeats = SearchVectorField()  # the title's tokens it holds more than once (documents)
    title = models.GeneratedField(
        expression=RawSQL("ts_filter(document, '{a}')", []),
        output_field=SearchVectorField(),
        db_persist=True,
    )
    places = ArrayField(models.CharField(max_length=6), default=list)
    persons = ArrayField(models.CharField(max_length=100), default=list)
    kind = models.CharField(max_length=20)
    date = models.DateField(null=True)
    year_month = models.CharField(max_length=7, blank=True)
    digest = models.CharField(max_length=16)  # check_index compares it (search_indexes)
    analyzer = models.CharField(max_length=100)  # search.analysis version it was cut with

    class Meta:
        db_table = "search_postgres_document"

    def __str__(self):
        return f"search document of article {self.article_id}"


class CountedToken(models.Model):
    """A token whose matching articles are counted in TokenCount (the commonest: counting
    them from the index reads every matching row). The set is chosen by
    backend.PostgresSearchBackend.count_tokens (after a build, and by migration 0007)."""

    token = models.TextField(primary_key=True)

    class Meta:
        db_table = "search_postgres_counted"

    def __str__(self):
        return self.token


class TokenCount(models.Model):
    """Changes to a counted token's number of matching articles, written by the index table's
    triggers in the writing transaction (migration 0007): a token's count is the sum of its
    rows. Each write inserts rows of its own and folds in the committed rows no other
    transaction holds (SKIP LOCKED), so concurrent writers never wait for one another here."""

    token = models.TextField(db_index=True)
    n = models.BigIntegerField()

    class Meta:
        db_table = "search_postgres_tokencount"

    def __str__(self):
        return f"{self.token} {self.n:+d}"
