"""Give the pages Wagtail's own migrations create (the root and the welcome page) their
per-language columns, so a new page under them gets url paths with the leading slash.

wagtail-modeltranslation adds the per-language columns of wagtailcore_page after all
migrations have run; this adds them here instead (the same statements), then fills
them as `update_translation_fields` and `set_translation_url_paths` would. Only the
page table, in plain SQL: the models of later migrations do not exist yet here.
"""

import contextlib
import io

from django.conf import settings
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, migrations

# The fields wagtail-modeltranslation translates on Wagtail's Page.
PAGE_FIELDS = ("title", "slug", "url_path", "seo_title", "search_description")


def fill_page_translation_columns(apps, schema_editor):
    connection = schema_editor.connection
    if connection.alias != DEFAULT_DB_ALIAS:
        return
    # The library's own command, which prints each statement it runs.
    with contextlib.redirect_stdout(io.StringIO()):
        call_command("sync_page_translation_fields", interactive=False, verbosity=0)
    quote = connection.ops.quote_name
    table = quote("wagtailcore_page")
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    with connection.cursor() as cursor:
        for field in PAGE_FIELDS:
            column = quote(f"{field}_{default}")
            cursor.execute(
                f"UPDATE {table} SET {column} = {quote(field)} WHERE {column} IS NULL"  # noqa: S608
            )
        # No page made by a migration has a slug of its own in another language.
        for code in settings.MODELTRANSLATION_LANGUAGES:
            column = quote(f"url_path_{code}")
            cursor.execute(
                f"UPDATE {table} SET {column} = {quote('url_path')} WHERE {column} IS NULL"  # noqa: S608
            )


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0014_country_trafficking_line"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(fill_page_translation_columns, migrations.RunPython.noop),
    ]
