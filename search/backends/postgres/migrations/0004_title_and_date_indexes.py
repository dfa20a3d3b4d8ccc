from django.db import migrations

TABLE = "search_postgres_document"


class Migration(migrations.Migration):
    """A GIN index on `title` and a B-tree in date order: the best matches of a word in
    nearly every article are picked from the titles that hold it and a walk of the newest of
    the rest (backend._split_top), not from every matching row. Built over the rows already
    there."""

    dependencies = [
        ("search_postgres", "0003_words_index"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX {TABLE}_title_gin ON {TABLE} USING gin (title)",
            f"DROP INDEX {TABLE}_title_gin",
        ),
        migrations.RunSQL(
            f"CREATE INDEX {TABLE}_date_desc ON {TABLE} (date DESC NULLS LAST, article_id)",
            f"DROP INDEX {TABLE}_date_desc",
        ),
    ]
