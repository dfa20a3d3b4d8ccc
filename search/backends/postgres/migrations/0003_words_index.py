from django.db import migrations

TABLE = "search_postgres_document"


class Migration(migrations.Migration):
    """A GIN index on `words`: a lone name or word is found from it when it finds the same
    articles as its bigrams (querying.word_shortcut). Built over the rows already there."""

    dependencies = [
        ("search_postgres", "0002_title"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX {TABLE}_words_gin ON {TABLE} USING gin (words)",
            f"DROP INDEX {TABLE}_words_gin",
        ),
    ]
