"""When the figures of a year and its quarters are published, and how they stay fixed.

A period's figures are published only once it is over: live figures would change
with each new request, and comparing them before and after would show that
request's topic and country. A year and its four quarters are published together,
`STATS_PUBLISH_DELAY_DAYS` after the year ends, because their hidden cells are
chosen together (disclosure.py): a quarter published on its own first would fix a
pattern the year's figures could then give away.

On the first reading after that day, the figures of all five periods are computed
and stored at once (StatisticsSnapshot); from then on the pages and their CSV files
show only what was stored. A correction is an editor's explicit action, recorded in
the page's history with who did it and when (see statistics_views.py).
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from . import public_statistics
from .models import StatisticsSnapshot

RECOMPUTE_PERMISSION = "hotline.recompute_statistics"
RECOMPUTE_ACTION = "hotline.recompute_statistics"


def publication_date(year):
    """The first day the figures of the year and of its quarters may be read."""
    delay = datetime.timedelta(days=settings.STATS_PUBLISH_DELAY_DAYS)
    return datetime.date(year + 1, 1, 1) + delay


def is_out(year, today=None):
    return (today or timezone.localdate()) >= publication_date(year)


def latest_published_year(today=None):
    """The most recent year whose figures are out."""
    today = today or timezone.localdate()
    return today.year - 1 if is_out(today.year - 1, today) else today.year - 2


def freeze(year):
    """Store the figures of the year and its quarters, unless they are stored already.

    All five rows in one transaction: if two readers come first at the same time,
    the unique constraints let one set in and the other's insert fails whole, so the
    stored year and quarters always come from the same computation."""
    figures = public_statistics.compute_year(year)
    try:
        with transaction.atomic():
            StatisticsSnapshot.objects.bulk_create(
                StatisticsSnapshot(year=year, quarter=quarter, figures=values)
                for quarter, values in figures.items()
            )
    except IntegrityError:
        pass


def published_figures(year, quarter=None):
    """The stored figures of the period, stored now if this is the first reading;
    None while they are not out."""
    if not is_out(year):
        return None
    snapshot = StatisticsSnapshot.objects.filter(year=year, quarter=quarter).first()
    if snapshot is None:
        freeze(year)
        snapshot = StatisticsSnapshot.objects.get(year=year, quarter=quarter)
    return snapshot.figures


def recompute(year, user, page):
    """Replace the stored figures of the year and its quarters with a new count, and
    record who did it in the history of `page`. False if they are not out yet."""
    if not is_out(year):
        return False
    with transaction.atomic():
        now = timezone.now()
        for quarter, values in public_statistics.compute_year(year).items():
            StatisticsSnapshot.objects.update_or_create(
                year=year, quarter=quarter, defaults={"figures": values, "recomputed_at": now}
            )
        log(instance=page, action=RECOMPUTE_ACTION, user=user, data={"year": year})
    return True


def last_change(year):
    """When the figures of the year were stored, and recomputed if they were."""
    return (
        StatisticsSnapshot.objects.filter(year=year, quarter=None)
        .values("frozen_at", "recomputed_at")
        .first()
    )
