from django.db import migrations

TABLE = "search_postgres_document"
# backend.SAMPLE_HASH and backend.SAMPLED: the facets' sample hash, and an eighth of its range.
SAMPLED = "(article_id::bigint * 2654435761) % 4294967296 < 536870912"


class Migration(migrations.Migration):
    """A GIN index on `document` over the rows whose id, hashed, falls in the first eighth of
    the hash's range: the facets' sample of a word in at least an eighth of the articles
    (backend._sample) is read from it, not from every match. Built over the rows already
    there."""

    dependencies = [
        ("search_postgres", "0004_title_and_date_indexes"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX {TABLE}_sample_gin ON {TABLE} USING gin (document) WHERE {SAMPLED}",
            f"DROP INDEX {TABLE}_sample_gin",
        ),
    ]
