"""Belarusian date formats, which Django does not ship.

Without them a Belarusian reader sees the English order with Belarusian month
names ("траўня 20, 2026"); with them, "20 траўня 2026 г." as in Russian.
"""

DATE_FORMAT = "j E Y г."
TIME_FORMAT = "G:i"
DATETIME_FORMAT = "j E Y г. G:i"
YEAR_MONTH_FORMAT = "F Y г."
MONTH_DAY_FORMAT = "j E"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
