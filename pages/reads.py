"""How often each page is read, without anything about who read it.

Every public page ends with a 1×1 image, /reads/<page id>.gif (base.html). A page
may come from the page cache or from Varnish, so the page itself is not counted:
the image is, and its answer is never kept by any cache (no-store, private; the
page cache and deploy/varnish.vcl let it through), so every read reaches the view.

What is kept is one number per page and day (pages.models.PageReads). No cookie,
address, browser, referrer or time is stored or logged here; the browser's name
is only looked at, in memory, to leave out robots. Days older than
READS_RETENTION_DAYS are summed into months by `manage.py sum_page_reads`.
"""

import base64
import calendar
import datetime
import logging
from collections import Counter

from django.conf import settings
from django.db import Error, transaction
from django.db.models import F, Sum
from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Page

from .models import PageReads

logger = logging.getLogger("lastrada.reads")
# A transparent 1×1 GIF.
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
# Parts of the User-Agent of common robots, crawlers, link previews and scripts.
ROBOTS = (
    "bot",
    "crawl",
    "spider",
    "slurp",
    "preview",
    "facebookexternalhit",
    "curl",
    "wget",
    "python-requests",
    "python-urllib",
    "go-http-client",
    "java/",
    "libwww",
    "scrapy",
    "headless",
    "lighthouse",
)


def is_robot(user_agent):
    """A browser always names itself; robots usually say what they are."""
    name = user_agent.lower()
    return not name or any(word in name for word in ROBOTS)


def is_countable(page_id):
    """Only the live pages anyone may read count (never the tree's root)."""
    return Page.objects.live().public().filter(pk=page_id, depth__gt=1).exists()


def add_reads(page_id, day, reads=1, whole_month=False):
    """Add to a page's count for a day (or a month) in one statement, so that
    readers at the same moment never lose a read; the day's row is made by the first."""
    rows = PageReads.objects.filter(page_id=page_id, day=day, whole_month=whole_month)
    if not rows.update(reads=F("reads") + reads):
        PageReads.objects.bulk_create(
            [PageReads(page_id=page_id, day=day, whole_month=whole_month)], ignore_conflicts=True
        )
        rows.update(reads=F("reads") + reads)


@require_GET
@never_cache
def count_read(request, page_id):
    """The image at the end of every public page: counts one read of the page."""
    if not is_robot(request.headers.get("User-Agent", "")):
        try:
            if is_countable(page_id):
                add_reads(page_id, timezone.localdate())
        except Error as error:
            # The reader gets the image all the same; the read is lost.
            logger.warning("A read was not counted: the database failed (%s)", type(error).__name__)
    return HttpResponse(PIXEL, content_type="image/gif")


def oldest_day_kept():
    """Reads of days before this one are (or are about to be) kept per month only."""
    return timezone.localdate() - datetime.timedelta(days=settings.READS_RETENTION_DAYS)


def counted_period(start, end):
    """The period the counts can answer for: where it reaches back into the days kept
    per month only, it is widened to whole months."""
    kept_from = oldest_day_kept()
    if start < kept_from:
        start = start.replace(day=1)
    if end < kept_from:
        end = end.replace(day=calendar.monthrange(end.year, end.month)[1])
    return start, end


def reads_between(start, end):
    """PageReads of the days (and whole months) from start to end, both included;
    start and end from counted_period."""
    return PageReads.objects.filter(day__gte=start, day__lte=end)


def recent_reads(page, days):
    """How many times the page was read in the last `days` days, today included
    (fewer than READS_RETENTION_DAYS, so all of them are still kept per day)."""
    today = timezone.localdate()
    start = today - datetime.timedelta(days=days - 1)
    rows = reads_between(start, today).filter(page=page, whole_month=False)
    return rows.aggregate(total=Sum("reads"))["total"] or 0


def most_read(pages, days, count):
    """The `count` pages of the queryset `pages` read most often in the last `days`
    days, most read first; pages nobody read are left out."""
    today = timezone.localdate()
    start = today - datetime.timedelta(days=days - 1)
    top = (
        reads_between(start, today)
        .filter(whole_month=False, page__in=pages.values("pk"))
        .values("page")
        .annotate(total=Sum("reads"))
        .order_by("-total", "page")[:count]
    )
    ids = [row["page"] for row in top]
    found = pages.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def sum_into_months():
    """Replace the day rows older than READS_RETENTION_DAYS by their month's row:
    the totals stay, the days go. Returns how many day rows were summed; running it
    again at once sums nothing.

    The day rows are locked first, so a second run at the same time waits and then
    finds them gone, and no read is counted twice.
    """
    with transaction.atomic():
        old_days = PageReads.objects.select_for_update().filter(
            whole_month=False, day__lt=oldest_day_kept()
        )
        months = Counter()
        for page_id, day, reads in old_days.values_list("page_id", "day", "reads"):
            months[(page_id, day.replace(day=1))] += reads
        for (page_id, month), reads in months.items():
            add_reads(page_id, month, reads, whole_month=True)
        summed, _by_model = old_days.delete()
    return summed
