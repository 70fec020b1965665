"""Belarusian date formats, which Django does not ship.

Without them a Belarusian reader sees the English order with Belarusian month
names ("траўня 20, 2026"); with them, "20 траўня 2026 г." as in Russian.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

DATE_FORMAT = "j E Y г."
TIME_FORMAT = "G:i"
DATETIME_FORMAT = "j E Y г. G:i"
YEAR_MONTH_FORMAT = "F Y г."
MONTH_DAY_FORMAT = "j E"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

# Django's own Belarusian catalogue gives the genitive for the nominative month
# names ("студзеня 2026 г." as a month heading), the nominative "сакавік" in
# "5 сакавік", and the classical spelling "верасьня", "сьнежня" where the site's
# texts use the official one. Naming the month strings here puts them into
# locale/be, whose translations take precedence over Django's.
MONTH_NAMES = (
    _("January"),
    _("February"),
    _("March"),
    _("April"),
    _("May"),
    _("June"),
    _("July"),
    _("August"),
    _("September"),
    _("October"),
    _("November"),
    _("December"),
)
MONTH_NAMES_IN_DATES = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)
