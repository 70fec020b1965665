"""The figures the site publishes: counts per topic, country, channel, month, age group
and gender for a year or a quarter, with small cells hidden (see disclosure.py).

Only counts leave this module, and only after suppression. Spam and suspected spam
are never counted (statistics.period_queryset leaves them out).
"""

import datetime

from django.conf import settings
from django.utils.translation import gettext as _

from . import disclosure, statistics
from .models import AgeGroup, Gender, ReceivedVia, RequestTopic

OTHER_COUNTRIES = "other"


def minimum_cell():
    return settings.STATS_MIN_CELL


def period_bounds(year, quarter=None):
    """(first day, last day) of a year, or of one of its quarters (1–4)."""
    if not quarter:
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    start = datetime.date(year, 3 * quarter - 2, 1)
    following = datetime.date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1)
    return start, following - datetime.timedelta(days=1)


def folded_countries(rows, minimum):
    """Countries with at least `minimum` requests by name, every other one in a single
    "other countries" row: listing a country at all would tell that someone came from it."""
    named = [row for row in rows if row[2] >= minimum]
    rest = sum(row[2] for row in rows if row[2] < minimum)
    return [*named, (OTHER_COUNTRIES, _("Other countries"), rest)]


def dimensions(start, end):
    """[(name, title, [(key, label, count)])] before suppression."""
    queryset = statistics.period_queryset(start, end)
    minimum = minimum_cell()
    return queryset.count(), [
        ("topic", _("Topic"), statistics.choice_rows(queryset, "topic", RequestTopic.choices)),
        (
            "country",
            _("Country"),
            folded_countries(statistics.country_rows(queryset), minimum),
        ),
        (
            "received_via",
            _("Received via"),
            statistics.choice_rows(queryset, "received_via", ReceivedVia.choices),
        ),
        ("month", _("Month"), statistics.month_rows(queryset, start, end)),
        (
            "age_group",
            _("Age group"),
            statistics.choice_rows(queryset, "age_group", AgeGroup.choices),
        ),
        ("gender", _("Gender"), statistics.choice_rows(queryset, "gender", Gender.choices)),
    ]


def small_label(minimum=None):
    return _("fewer than %(minimum)s") % {"minimum": minimum or minimum_cell()}


def shown_value(cell, minimum=None):
    """What a reader sees for a cell: the count, "fewer than 5" or "hidden"."""
    if cell.state == disclosure.SMALL:
        return small_label(minimum)
    if cell.state == disclosure.COVERING:
        return _("hidden")
    return cell.count


def chart_value(cell, minimum):
    """The chart's short form: the count, "<5" (no bar) or "…" for a covering cell."""
    if cell.state == disclosure.SMALL:
        return f"<{minimum}"
    if cell.state == disclosure.COVERING:
        return "…"
    return cell.count


def collect(start, end):
    """The published figures of the period: every count that may be shown, and only those."""
    minimum = minimum_cell()
    total, raw = dimensions(start, end)
    shown_total, published = disclosure.publish_table(
        total, {name: rows for name, _title, rows in raw}, minimum
    )
    return {
        "start": start,
        "end": end,
        "minimum": minimum,
        "total": shown_total,
        "small_label": small_label(minimum),
        "sections": [
            {
                "key": name,
                "title": title,
                "cells": published[name],
                "rows": [
                    (cell.key, cell.label, shown_value(cell, minimum), cell.hidden)
                    for cell in published[name] or []
                ],
            }
            for name, title, _rows in raw
        ],
    }


def chart(figures):
    """The server-drawn chart of the months, hidden figures without a bar."""
    section = next(item for item in figures["sections"] if item["key"] == "month")
    if section["cells"] is None:
        return ""
    rows = [
        (cell.key, cell.label, chart_value(cell, figures["minimum"])) for cell in section["cells"]
    ]
    title = _("Consultations per month, %(start)s – %(end)s") % {
        "start": figures["start"].isoformat(),
        "end": figures["end"].isoformat(),
    }
    return statistics.bar_chart_svg(rows, title)


def csv_rows(figures):
    """The rows of the CSV download, with the same figures hidden as on the page."""
    total = figures["total"] if figures["total"] is not None else figures["small_label"]
    period = f"{figures['start'].isoformat()}/{figures['end'].isoformat()}"
    yield [_("Section"), _("Key"), _("Label"), _("Consultations")]
    yield ["period", period, _("Total"), total]
    for section in figures["sections"]:
        if section["cells"] is None:
            yield [section["key"], "", _("Not published: too few consultations"), ""]
        for key, label, value, _hidden in section["rows"]:
            yield [section["key"], key, label, value]
