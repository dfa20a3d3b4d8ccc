import django.contrib.postgres.search
from django.db import migrations

TABLE = "search_postgres_document"


class Migration(migrations.Migration):
    """`repeats`: the title's tokens it holds more than once (documents.document_vectors), with a
    GIN index: a lone token's best titles are found among them first (backend._split_top).
    Filled from `title` for the rows already there (the same tokens the code writes)."""

    dependencies = [
        ("search_postgres", "0005_sample_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="repeats",
            field=django.contrib.postgres.search.SearchVectorField(default=""),
            preserve_default=False,
        ),
        migrations.RunSQL(
            f"UPDATE {TABLE} t SET repeats = r.repeats FROM (SELECT article_id,"
            " array_to_tsvector(array_agg(u.lexeme)) AS repeats"
            f" FROM {TABLE}, unnest(title) u WHERE array_length(u.positions, 1) > 1"
            " GROUP BY article_id) r WHERE t.article_id = r.article_id",
            migrations.RunSQL.noop,
        ),
        migrations.RunSQL(
            f"CREATE INDEX {TABLE}_repeats_gin ON {TABLE} USING gin (repeats)",
            f"DROP INDEX {TABLE}_repeats_gin",
        ),
    ]
