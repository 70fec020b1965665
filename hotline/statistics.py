"""Aggregate counts of requests for reports, and a bar chart drawn on the server.

Only counts leave this module: no row, code or text of a single request.
Requests marked as spam are not counted.
"""

import csv
import datetime
import statistics as pystatistics

from django.conf import settings
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.http import HttpResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from pages.tools.country_names import country_name

from .models import AgeGroup, Channel, ConsultationRequest, Gender, ReceivedVia, RequestTopic


def default_period(today=None):
    """The last twelve months, this one included."""
    today = today or timezone.localdate()
    start = today.replace(day=1)
    for _month in range(11):
        start = (start - datetime.timedelta(days=1)).replace(day=1)
    return start, today


def last_period_with_data():
    """The last twelve months, or, when they hold no request, the twelve months up to
    the end of the month of the latest request counted: a screen of zeros tells a
    consultant nothing."""
    start, end = default_period()
    if period_queryset(start, end).exists():
        return start, end
    latest = (
        ConsultationRequest.objects.counted_in_statistics()
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    if latest is None:
        return start, end
    month = timezone.localtime(latest).date().replace(day=1)
    last_day = (month + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
    return default_period(last_day)[0], last_day


def per_month(start, end, values, missing=None):
    """[(YYYY-MM, label, value)] for every month of the period, `missing` for a month
    without a value."""
    rows = []
    month = start.replace(day=1)
    while month <= end:
        label = date_format(month, "YEAR_MONTH_FORMAT")
        rows.append((month.isoformat()[:7], label, values.get(month, missing)))
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return rows


def period_queryset(start, end):
    tz = timezone.get_current_timezone()
    since = datetime.datetime.combine(start, datetime.time.min, tzinfo=tz)
    until = datetime.datetime.combine(
        end + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz
    )
    return ConsultationRequest.objects.counted_in_statistics().filter(
        created_at__gte=since, created_at__lt=until
    )


def tally(queryset, field):
    rows = queryset.order_by().values(field).annotate(count=Count("pk"))
    return {row[field]: row["count"] for row in rows}


def month_rows(queryset, start, end):
    """[(YYYY-MM, label, count)] for every month of the period, zeros included."""
    tz = timezone.get_current_timezone()
    # With USE_TZ every database gives the month back as an aware datetime.
    by_month = {
        timezone.localtime(row["month"], tz).date(): row["count"]
        for row in queryset.order_by()
        .annotate(month=TruncMonth("created_at", tzinfo=tz))
        .values("month")
        .annotate(count=Count("pk"))
    }
    return per_month(start, end, by_month, 0)


def country_rows(queryset):
    """[(code, name, count)], the most frequent first."""
    return sorted(
        ((code, country_name(code), count) for code, count in tally(queryset, "country").items()),
        key=lambda row: (-row[2], row[1]),
    )


def choice_rows(queryset, field, choices):
    """[(key, label, count)], the listed keys in order (zeros kept), then any others."""
    counts = tally(queryset, field)
    known = dict(choices)
    return [(key, label, counts.get(key, 0)) for key, label in choices] + [
        (key, str(key), count) for key, count in counts.items() if key not in known
    ]


def median_first_response(queryset, start, end):
    """[(YYYY-MM, label, hours or None)]: the median time from arrival to first response
    of the requests that arrived in each month and have been answered. Worked out in
    Python, since SQLite has no median and subtracting dates differs between databases."""
    by_month = {}
    answered = queryset.exclude(first_response_at=None).values_list(
        "created_at", "first_response_at"
    )
    for created_at, first_response_at in answered:
        month = timezone.localtime(created_at).date().replace(day=1)
        hours = (first_response_at - created_at).total_seconds() / 3600
        by_month.setdefault(month, []).append(hours)
    medians = {month: round(pystatistics.median(hours), 1) for month, hours in by_month.items()}
    return per_month(start, end, medians)


def collect(start, end):
    """Every count for the period [start, end] (dates, inclusive)."""
    queryset = period_queryset(start, end)
    urgent = tally(queryset, "is_urgent")
    abroad = tally(queryset, "is_abroad")
    return {
        "start": start,
        "end": end,
        "total": queryset.count(),
        "sections": [
            ("month", _("Requests per month"), month_rows(queryset, start, end)),
            ("topic", _("Topic"), choice_rows(queryset, "topic", RequestTopic.choices)),
            ("country", _("Country"), country_rows(queryset)),
            (
                "received_via",
                _("Received via"),
                choice_rows(queryset, "received_via", ReceivedVia.choices),
            ),
            (
                "channel",
                _("Contact channel"),
                choice_rows(queryset, "contact_channel", [*Channel.choices, ("", _("None given"))]),
            ),
            (
                "language",
                _("Language of the form"),
                choice_rows(queryset, "language", settings.LANGUAGES),
            ),
            (
                "urgency",
                _("Urgency"),
                [
                    ("urgent", _("In danger now"), urgent.get(True, 0)),
                    ("not_urgent", _("Not urgent"), urgent.get(False, 0)),
                ],
            ),
            (
                "abroad",
                _("Where the person was"),
                [
                    ("abroad", _("Abroad"), abroad.get(True, 0)),
                    ("not_abroad", _("Not abroad"), abroad.get(False, 0)),
                ],
            ),
            ("age_group", _("Age group"), choice_rows(queryset, "age_group", AgeGroup.choices)),
            ("gender", _("Gender"), choice_rows(queryset, "gender", Gender.choices)),
        ],
        "median_first_response": median_first_response(queryset, start, end),
    }


def csv_file(start, end, rows):
    """The download of a period's figures, named after the period."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="hotline-statistics-{start.isoformat()}-{end.isoformat()}.csv"'
    )
    # A byte-order mark, so that spreadsheet programs read the Cyrillic labels correctly.
    response.write("\ufeff")
    csv.writer(response).writerows(rows)
    return response


def month_chart_svg(rows, title):
    """A horizontal bar chart of [(key, month name, count)], one row per month, that
    stays readable on a phone: drawn at about the width of one (360 units, shown at
    most that many pixels wide) with 14-unit text, so labels are 12 px or more on a
    375-px screen; each bar is labelled with the month's name, not its key."""
    width, row_height, top = 360, 26, 30
    label_width, count_width = 140, 44
    bar_room = width - label_width - count_width
    height = top + row_height * len(rows) + 6
    largest = max((count for _key, _label, count in rows if isinstance(count, int)), default=0)
    parts = [
        f'<svg class="hotline-chart hotline-chart--months" xmlns="http://www.w3.org/2000/svg" '
        f'role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-labelledby="chart-title">',
        f'<title id="chart-title">{escape(title)}</title>',
        f'<text x="0" y="18" font-size="15" font-weight="bold">{escape(title)}</text>',
    ]
    for index, (_key, label, count) in enumerate(rows):
        y = top + index * row_height
        middle = y + row_height / 2 + 5
        bar = bar_room * count / largest if isinstance(count, int) and largest else 0
        parts.append(
            f'<text x="{label_width - 8}" y="{middle:.1f}" font-size="14" '
            f'text-anchor="end">{escape(label)}</text>'
        )
        if bar:
            parts.append(
                f'<rect x="{label_width}" y="{y + 4}" width="{bar:.1f}" '
                f'height="{row_height - 8}" fill="#1d5fa8"/>'
            )
        parts.append(
            f'<text x="{label_width + bar + 6:.1f}" y="{middle:.1f}" font-size="14">'
            f"{escape(count)}</text>"
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every text above is escaped
