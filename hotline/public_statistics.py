"""The figures the site publishes: counts per topic, country, channel, month, age group
and gender for a year and its quarters, with small cells hidden (see disclosure.py).

Counting gives the true counts of a whole year at once, because a year's figures
and its quarters' are protected together; what is stored and shown (see
statistics_release.py) holds only counts that may be published, by key, so the page
and its CSV say the same in every language. Spam and suspected spam are never
counted (statistics.period_queryset leaves them out).
"""

import datetime
from collections import Counter

from django.conf import settings
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pages.tools.country_names import country_name

from . import disclosure, statistics
from .models import AgeGroup, Gender, ReceivedVia, RequestTopic
from .statistics import choice_rows

OTHER_COUNTRIES = "other"
CHOICE_DIMENSIONS = {
    "topic": RequestTopic.choices,
    "received_via": ReceivedVia.choices,
    "age_group": AgeGroup.choices,
    "gender": Gender.choices,
}
TITLES = {
    "topic": gettext_lazy("Topic"),
    "country": gettext_lazy("Country"),
    "received_via": gettext_lazy("Received via"),
    "month": gettext_lazy("Month"),
    "age_group": gettext_lazy("Age group"),
    "gender": gettext_lazy("Gender"),
}
# A quarter's figures when the year's are out but no quarter's may be: one quarter had
# fewer consultations than the minimum, which the others' totals would give away.
WITHHELD = "withheld"


def period_bounds(year, quarter=None):
    """(first day, last day) of a year, or of one of its quarters (1–4)."""
    if not quarter:
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    start = datetime.date(year, 3 * quarter - 2, 1)
    following = datetime.date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1)
    return start, following - datetime.timedelta(days=1)


def aligned(rows):
    """Each quarter's [(key, count)] with the same keys in the same order, zeros added."""
    keys = list(dict.fromkeys(key for row in rows for key, _count in row))
    counted = [dict(row) for row in rows]
    return [[(key, counts.get(key, 0)) for key in keys] for counts in counted]


def country_rows(querysets, minimum):
    """Each quarter's countries, grouped for the whole year: a country with at least
    `minimum` requests in the year by its code, in every quarter, the most frequent
    first; every other one in "other countries". Naming a country at all would tell
    that someone came from it."""
    counts = [statistics.tally(queryset, "country") for queryset in querysets]
    in_year = sum(map(Counter, counts), Counter())
    named = sorted(
        (code for code, count in in_year.items() if count >= minimum),
        key=lambda code: (-in_year[code], code),
    )
    return [
        [
            *((code, quarter.get(code, 0)) for code in named),
            (OTHER_COUNTRIES, sum(n for code, n in quarter.items() if code not in named)),
        ]
        for quarter in counts
    ]


def true_counts(year, minimum):
    """(each quarter's total, {dimension: [each quarter's [(key, count)]]}), unprotected."""
    periods = [period_bounds(year, quarter) for quarter in range(1, 5)]
    querysets = [statistics.period_queryset(start, end) for start, end in periods]
    dimensions = {
        name: aligned(
            [
                [(key, count) for key, _label, count in choice_rows(queryset, name, choices)]
                for queryset in querysets
            ]
        )
        for name, choices in CHOICE_DIMENSIONS.items()
    }
    dimensions["country"] = country_rows(querysets, minimum)
    dimensions["month"] = [
        [(key, count) for key, _label, count in statistics.month_rows(queryset, *period)]
        for queryset, period in zip(querysets, periods, strict=True)
    ]
    totals = [queryset.count() for queryset in querysets]
    return totals, {name: dimensions[name] for name in TITLES}


def stored_figures(year, quarter, published, minimum, total_state):
    start, end = period_bounds(year, quarter)
    return {
        "year": year,
        "quarter": quarter,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "minimum": minimum,
        "total": published["total"],
        "total_state": total_state,
        "sections": {
            name: None if row is None else [list(cell) for cell in row]
            for name, row in published["sections"].items()
        },
    }


def compute_year(year):
    """{None: the year's figures, 1…4: each quarter's}: what is stored and published."""
    minimum = settings.STATS_MIN_CELL
    totals, dimensions = true_counts(year, minimum)
    published_year, published_quarters = disclosure.publish_year(totals, dimensions, minimum)
    year_state = disclosure.SHOWN if published_year["total"] is not None else disclosure.SMALL
    figures = {None: stored_figures(year, None, published_year, minimum, year_state)}
    quarters = zip(totals, published_quarters, strict=True)
    for quarter, (total, published) in enumerate(quarters, start=1):
        if published["total"] is not None:
            state = disclosure.SHOWN
        elif total < minimum or year_state == disclosure.SMALL:
            state = disclosure.SMALL
        else:
            state = WITHHELD
        figures[quarter] = stored_figures(year, quarter, published, minimum, state)
    return figures


# Showing stored figures.


def label(dimension, key):
    if dimension in CHOICE_DIMENSIONS:
        return str(dict(CHOICE_DIMENSIONS[dimension]).get(key, key))
    if dimension == "country":
        if key == OTHER_COUNTRIES:
            return _("Other countries")
        return country_name(key) or _("Not given")
    if dimension == "month":
        return date_format(datetime.date.fromisoformat(f"{key}-01"), "YEAR_MONTH_FORMAT")
    return key


def small_label(minimum):
    return _("fewer than %(minimum)s") % {"minimum": minimum}


def shown_value(count, state, minimum):
    """What a reader sees for a cell: the count, "fewer than 5" or "hidden"."""
    hidden = {disclosure.SMALL: small_label(minimum), disclosure.COVERING: _("hidden")}
    return hidden.get(state, count)


def chart_value(count, state, minimum):
    """The chart's short form: the count, "<5" (no bar) or "…" for a covering cell."""
    return {disclosure.SMALL: f"<{minimum}", disclosure.COVERING: "…"}.get(state, count)


def presented(figures):
    """Stored figures with labels in the active language, for the page and the CSV."""
    minimum = figures["minimum"]
    sections = []
    # Stored as a JSON object, whose keys PostgreSQL keeps in an order of its own.
    for name, title in TITLES.items():
        cells = figures["sections"][name]
        rows = cells and [
            (key, label(name, key), shown_value(count, state, minimum), state)
            for key, count, state in cells
        ]
        sections.append({"key": name, "title": str(title), "rows": rows, "cells": cells})
    return {
        "start": datetime.date.fromisoformat(figures["start"]),
        "end": datetime.date.fromisoformat(figures["end"]),
        "minimum": minimum,
        "total": figures["total"],
        "withheld": figures["total_state"] == WITHHELD,
        "small_label": small_label(minimum),
        "sections": sections,
    }


def chart(shown):
    """The server-drawn chart of the months, hidden figures without a bar. A period is
    a year or one of its quarters, so each bar is named by its month alone."""
    section = next(item for item in shown["sections"] if item["key"] == "month")
    if section["cells"] is None:
        return ""
    rows = [
        (
            key,
            date_format(datetime.date.fromisoformat(f"{key}-01"), "F"),
            chart_value(count, state, shown["minimum"]),
        )
        for key, count, state in section["cells"]
    ]
    title = _("Consultations per month, %(year)s") % {"year": shown["start"].year}
    return statistics.month_chart_svg(rows, title)


def csv_rows(shown):
    """The rows of the CSV download, with the same figures hidden as on the page."""
    if shown["total"] is not None:
        total = shown["total"]
    elif shown["withheld"]:
        total = _("hidden")
    else:
        total = shown["small_label"]
    period = f"{shown['start'].isoformat()}/{shown['end'].isoformat()}"
    yield [_("Section"), _("Key"), _("Label"), _("Consultations")]
    yield ["period", period, _("Total"), total]
    for section in shown["sections"]:
        if section["rows"] is None:
            yield [section["key"], "", _("Not published: too few consultations"), ""]
            continue
        for key, row_label, value, _state in section["rows"]:
            yield [section["key"], key, row_label, value]
