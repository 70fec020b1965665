"""Wagtail's own admin messages that this site words anew in Russian and Belarusian.

Wagtail's catalogues agree the verb with one gender ("Контакты горячей линии
обновлено"), which is wrong for most of our model names. This project's catalogues
come first (LOCALE_PATHS), so an entry there replaces Wagtail's; listing the
messages here keeps `makemessages` from dropping those entries. The translations
name the thing first and say what happened after a colon, which agrees with any
model name.
"""

from django.utils.translation import gettext_noop

REWORDED = (
    gettext_noop("%(setting_type)s updated."),
    gettext_noop("%(model_name)s '%(object)s' created."),
    gettext_noop("%(model_name)s '%(object)s' updated."),
    gettext_noop("%(model_name)s '%(object)s' deleted."),
)
