from django.db import migrations, models

TABLE = "search_postgres_document"
COUNTS = "search_postgres_tokencount"
COUNTED = "search_postgres_counted"
# A counted token's +1 / -1 for each row of a transition table that holds it.
_HELD = (
    "SELECT l.token, {sign} AS n FROM {rows} r CROSS JOIN LATERAL"
    " unnest(tsvector_to_array(r.document)) AS l(token)"
    f" JOIN {COUNTED} c ON c.token = l.token"
)
# The index table's statement-level triggers: each statement's changes to the counted tokens'
# numbers of articles, one row a token, in the statement's transaction (a rollback leaves no
# trace). Nothing to do while no token is counted (during a build: backend.build counts after
# it). The rows are folded into one a token once a token has more than four, only those no
# other transaction holds (SKIP LOCKED): writers never wait for one another here.
COUNT_FUNCTION = f"""
CREATE FUNCTION search_postgres_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM {COUNTED}) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO {COUNTS} (token, n) SELECT token, sum(n) FROM
            ({_HELD.format(sign=1, rows="new_rows")}) s GROUP BY token;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO {COUNTS} (token, n) SELECT token, sum(n) FROM
            ({_HELD.format(sign=-1, rows="old_rows")}) s GROUP BY token;
    ELSE
        INSERT INTO {COUNTS} (token, n) SELECT token, sum(n) FROM
            ({_HELD.format(sign=1, rows="new_rows")}
             UNION ALL {_HELD.format(sign=-1, rows="old_rows")}) s
            GROUP BY token HAVING sum(n) <> 0;
    END IF;
    IF EXISTS (SELECT FROM {COUNTS} GROUP BY token HAVING count(*) > 4) THEN
        WITH gone AS (DELETE FROM {COUNTS} WHERE id IN
            (SELECT id FROM {COUNTS} FOR UPDATE SKIP LOCKED) RETURNING token, n)
        INSERT INTO {COUNTS} (token, n) SELECT token, sum(n) FROM gone GROUP BY token;
    END IF;
    RETURN NULL;
END $$;
CREATE FUNCTION search_postgres_count_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM {COUNTS};
    INSERT INTO {COUNTS} (token, n) SELECT token, 0 FROM {COUNTED};
    RETURN NULL;
END $$;
CREATE TRIGGER search_postgres_count_insert AFTER INSERT ON {TABLE}
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_postgres_count();
CREATE TRIGGER search_postgres_count_update AFTER UPDATE ON {TABLE}
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_postgres_count();
CREATE TRIGGER search_postgres_count_delete AFTER DELETE ON {TABLE}
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_postgres_count();
CREATE TRIGGER search_postgres_count_truncate AFTER TRUNCATE ON {TABLE}
    FOR EACH STATEMENT EXECUTE FUNCTION search_postgres_count_truncated();
"""
DROP_COUNT = f"""
DROP TRIGGER search_postgres_count_insert ON {TABLE};
DROP TRIGGER search_postgres_count_update ON {TABLE};
DROP TRIGGER search_postgres_count_delete ON {TABLE};
DROP TRIGGER search_postgres_count_truncate ON {TABLE};
DROP FUNCTION search_postgres_count();
DROP FUNCTION search_postgres_count_truncated();
"""
# Counts the tokens in at least `share` of the rows by ANALYZE's statistics of `document` (its
# most common lexemes), each from the GIN index, with the table's writers held off meanwhile;
# a share of 0 or NULL counts none. Returns the tokens counted. Memory enough for the GIN
# bitmap of a token in every one of a million rows to stay exact (not rechecked row by row).
# The token as tsquery text: backslashes and quotes doubled, in quotes (documents.quoted).
TRACK_FUNCTION = f"""
CREATE FUNCTION search_postgres_track(share float) RETURNS integer LANGUAGE plpgsql
SET enable_seqscan = off SET work_mem = '64MB' AS $$
DECLARE
    e text;
    tracked integer := 0;
BEGIN
    LOCK TABLE {TABLE} IN SHARE MODE;
    DELETE FROM {COUNTED};
    DELETE FROM {COUNTS};
    IF share IS NULL OR share <= 0 THEN
        RETURN 0;
    END IF;
    FOR e IN SELECT x.e FROM pg_stats s,
            unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS x(e, f)
            WHERE s.schemaname = current_schema() AND s.tablename = '{TABLE}'
            AND s.attname = 'document' AND x.e IS NOT NULL AND x.f >= share LOOP
        INSERT INTO {COUNTED} (token) VALUES (e);
        INSERT INTO {COUNTS} (token, n) SELECT e, count(*) FROM {TABLE} WHERE document @@
            (chr(39) || replace(replace(e, chr(92), repeat(chr(92), 2)), chr(39),
             repeat(chr(39), 2)) || chr(39))::tsquery;
        tracked := tracked + 1;
    END LOOP;
    RETURN tracked;
END $$;
"""
# backend.COUNTED_SHARE when this was written: the rows already there are counted.
SHARE = 0.175


class Migration(migrations.Migration):
    """The numbers of articles that hold the commonest tokens, kept by triggers in the writing
    transaction (models.TokenCount): the exact count of a lone token in a third of the
    articles or more without reading every match (backend._counted). The tokens in the rows
    already there are counted (ANALYZE first)."""

    dependencies = [
        ("search_postgres", "0006_repeats"),
    ]

    operations = [
        migrations.CreateModel(
            name="CountedToken",
            fields=[
                ("token", models.TextField(primary_key=True, serialize=False)),
            ],
            options={
                "db_table": "search_postgres_counted",
            },
        ),
        migrations.CreateModel(
            name="TokenCount",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("token", models.TextField(db_index=True)),
                ("n", models.BigIntegerField()),
            ],
            options={
                "db_table": "search_postgres_tokencount",
            },
        ),
        migrations.RunSQL(COUNT_FUNCTION, DROP_COUNT),
        migrations.RunSQL(TRACK_FUNCTION, "DROP FUNCTION search_postgres_track(float)"),
        migrations.RunSQL(
            f"ANALYZE {TABLE}; SELECT search_postgres_track({SHARE})", migrations.RunSQL.noop
        ),
    ]
