"""Keeping the cached statistics pages in step with the requests they count.

A request or logged consultation saved or deleted changes only the statistics pages
whose period contains the day it arrived. Starting a new content generation would
empty the page cache for every reader on every form sent, so these pages' own
entries are dropped instead: each rendering of a statistics page (and of its CSV)
notes its cache key under the page, and a change drops the noted keys, with the
pages' URLs in a frontend cache (Varnish or a CDN).
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from lastrada_site import page_cache
from pages import cache_paths


def keys_name(page_pk):
    return f"hotline-statistics:page-keys:{page_pk}"


def remember(page, request):
    """Note the cache key this rendering of the page will be stored under."""
    if not page_cache.may_answer_from_cache(request):
        return
    try:
        name = keys_name(page.pk)
        keys = cache.get(name) or set()
        keys.add(page_cache.cache_key(request))
        cache.set(name, keys, timeout=None)
    except Exception:
        # Without the cache nothing is stored either, so nothing can go stale.
        page_cache.logger.warning("Page cache unavailable: a statistics page key was not noted")


def pages_counting(moment):
    """The live statistics pages whose period contains this moment's day."""
    from pages.models import HotlineStatisticsPage

    day = timezone.localtime(moment).date()
    quarter = (day.month - 1) // 3 + 1
    return HotlineStatisticsPage.objects.live().filter(
        Q(quarter=None) | Q(quarter=quarter), year=day.year
    )


def purge(page):
    name = keys_name(page.pk)
    keys = cache.get(name) or set()
    cache.delete_many([*keys, name])
    cache_paths.purge_page(page)


def request_changed(sender, instance, **_signal_arguments):
    moment = instance.created_at

    def purge_pages():
        for page in pages_counting(moment):
            purge(page)

    transaction.on_commit(purge_pages)


def connect_signals():
    for signal in (post_save, post_delete):
        signal.connect(
            request_changed,
            sender="hotline.ConsultationRequest",
            dispatch_uid=f"hotline-statistics:{signal}",
        )
