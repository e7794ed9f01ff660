"""The search index's indexes as the queries read it (core/search.py), on PostgreSQL only:

- word parts: Django's icontains compares UPPER(column), so the trigram indexes are on
  UPPER(title_text) and UPPER(body_text) (those of 0001, on the bare columns, were never used:
  at 342 municipalities a search read all 205,000 index rows, 0.9 s);
- whole words: modelsearch matches `title || body`, so a GIN index on that expression (the ones
  on each column alone were not used either: 0.4 s).
"""

from django.db import migrations

INDEXES = {
    "site_search_title_upper_trgm": "UPPER(title_text) gin_trgm_ops",
    "site_search_body_upper_trgm": "UPPER(body_text) gin_trgm_ops",
    "site_search_words": "(title || body)",
}
UNUSED = {
    "site_search_title_trgm": "title_text gin_trgm_ops",
    "site_search_body_trgm": "body_text gin_trgm_ops",
}


def _create(schema_editor, indexes):
    for name, expression in indexes.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON wagtailsearch_indexentry USING gin ({expression})"
        )


def _drop(schema_editor, indexes):
    for name in indexes:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        _create(schema_editor, INDEXES)
        _drop(schema_editor, UNUSED)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        _drop(schema_editor, INDEXES)
        _create(schema_editor, UNUSED)


class Migration(migrations.Migration):
    dependencies = [("site_search", "0001_trigram_indexes")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
