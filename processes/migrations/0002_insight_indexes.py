"""Indexes for the process search (insight).

The search filters on the plan (round, domain, state: the small plans table, then
`processes_coreprocess.plan_id`, indexed by `process_plan_position`), the entity (its
foreign-key index), the axis, the assessment and the final assessment (each `db_index`)
— those are indexed already. What was missing is the text filter: `icontains` on the
code, title, description and motivation is `UPPER(column) LIKE UPPER('%word%')`, which no
B-tree can answer. On PostgreSQL, a trigram GIN index on each `UPPER(column)` can; at
50,000 processes a selective word goes from a sequential scan of every row to an index
lookup of a millisecond (see bench/bench_search.py).

PostgreSQL only (SQLite has no trigram index; there the filter stays a scan). The
indexes live in the database alone, not in the model state, so `makemigrations` and the
model stay as they are. If the database user may not create the pg_trgm extension, the
migration leaves the indexes out rather than fail: the search still works, only slower.
"""

from django.db import migrations, transaction

TRIGRAM_INDEXES = {
    "process_code_trgm": "code",
    "process_title_trgm": "title",
    "process_description_trgm": "description",
    "process_motivation_trgm": "motivation",
}


def create_trigram_indexes(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        try:
            with transaction.atomic(using=connection.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except Exception as error:  # noqa: BLE001 - a missing privilege must not stop migrate
            print(f"\n  pg_trgm unavailable ({error}); process search without trigram indexes.")
            return
        for name, column in TRIGRAM_INDEXES.items():
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS {name} ON processes_coreprocess "
                f"USING gin (UPPER({column}) gin_trgm_ops)"
            )


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in TRIGRAM_INDEXES:
            cursor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("processes", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_trigram_indexes, drop_trigram_indexes),
    ]
