"""Admin messages of installed packages that this site's catalogues translate or word anew.

This project's catalogues come first (LOCALE_PATHS), so an entry there replaces a
package's own, or gives one that the package has none for. Listing the messages
here keeps `makemessages` from dropping those entries.
"""

from django.utils.translation import gettext_noop

# Wagtail's catalogues agree the verb with one gender ("Контакты горячей линии
# обновлено"), which is wrong for most of our model names. The translations name
# the thing first and say what happened after a colon, which agrees with any model
# name.
REWORDED = (
    gettext_noop("%(setting_type)s updated."),
    gettext_noop("%(model_name)s '%(object)s' created."),
    gettext_noop("%(model_name)s '%(object)s' updated."),
    gettext_noop("%(model_name)s '%(object)s' deleted."),
)

# wagtail-modeltranslation ships no catalogues: its language toggle in the page
# editor, its page copy form and its slug checks.
MODELTRANSLATION = (
    gettext_noop("View / edit fields for"),
    gettext_noop("Page '{0}' and {1} subpages copied."),
    gettext_noop("Page '{0}' copied."),
    gettext_noop("This slug is already in use"),
    gettext_noop('This slug is already in use within the context of its parent page "%s"'),
)

# The page editor's messages that Wagtail 8 has no Russian or Belarusian for yet.
WAGTAIL_EDITOR = (
    gettext_noop("Actions (footer)"),
    gettext_noop("A network error occurred"),
    gettext_noop(
        "Troubleshoot your connection to the site before proceeding. "
        "Open the editor in a separate tab to view the last saved version."
    ),
    gettext_noop("View latest version"),
)
