"""The go-live check: `manage.py check --deploy` fails while the content is not ready.

Readers in danger call the numbers the site shows, so a site must not go live
with the demo content's example hotline contacts, with contact cards nobody has
confirmed, with facts an editor noted are still to be checked, or with guides and
country pages nobody has reviewed. Each error names what to fix and where, with
its admin address.
"""

from django.conf import settings
from django.core.checks import Error, Info, register
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from pages.review import content as content_checks


def admin_url(name, *args):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, args=args)


def page_edit_url(page):
    return admin_url("wagtailadmin_pages:edit", page.pk)


def migrations_pending():
    executor = MigrationExecutor(connection)
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


@register("content", deploy=True)
def check_content_ready_for_readers(app_configs=None, **kwargs):
    # A database that is not migrated holds no content to check (CI checks the
    # settings on an empty one); say so rather than fail or pass in silence.
    try:
        if not migrations_pending():
            return content_errors()
        reason = "the database is not migrated"
    except DatabaseError as error:
        reason = f"the database cannot be read ({type(error).__name__})"
    return [Info(f"Go-live content check skipped: {reason}.", id="pages.I001")]


def content_errors():
    errors = []
    for site, problems in content_checks.sites_with_example_contacts():
        url = admin_url("wagtailsettings:edit", "pages", "hotlinecontacts", site.pk)
        errors.append(
            Error(
                f"Hotline contacts of the site {site.hostname!r} are not ready for readers: "
                + "; ".join(problems)
                + ".",
                hint=f"Enter the real numbers and e-mail and clear the example flag: {url}",
                id="pages.E001",
            )
        )
    for page, cards in content_checks.pages_with_cards_to_check():
        errors.append(
            Error(
                f"Page {page.title!r} has contact cards that need checking: {cards}.",
                hint="Confirm each contact and clear its “Needs checking” box, or remove "
                f"the card: {page_edit_url(page)}",
                id="pages.E002",
            )
        )
    for page, notes in content_checks.pages_with_notes_to_check():
        errors.append(
            Error(
                f"Page {page.title!r} has facts noted as still to be checked: {notes}.",
                hint="Confirm each fact (an official source, a lawyer), correct the text if "
                f"needed and delete the “Needs checking” note: {page_edit_url(page)}",
                id="pages.E004",
            )
        )
    for item in content_checks.reviewed_pages():
        if item.reviewed is None:
            page = item.page
            errors.append(
                Error(
                    f"Page {page.title!r} ({page._meta.verbose_name}) has no date of its "
                    "last review.",
                    hint=f"Check its facts and set the date: {page_edit_url(page)}",
                    id="pages.E003",
                )
            )
    return errors
