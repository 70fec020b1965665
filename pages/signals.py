"""What counts as a change readers may see, in one place, and what follows from it.

A change starts a new content generation, so every page and fragment in the page
cache is rendered anew on its next request (lastrada_site.caching), and empties
the frontend cache (Varnish or a CDN) once the change is committed: only the
page's own addresses for a publish or unpublish, everything for the rest.

The changes:
- a page published, unpublished, moved or deleted;
- a topic (the snippet), a site setting (the hotline numbers on every page), a
  redirect, a site or a view restriction (a page closed to the public must not
  stay readable from a cache) saved or deleted: SHOWN_ON_PAGES.
Code that changes what readers see in another way calls `content_changed()`.
"""

import logging
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from lastrada_site import caching
from lastrada_site.caching import frontend

from .models import Topic

logger = logging.getLogger(__name__)
SETTINGS = (BaseSiteSetting, BaseGenericSetting)
# Besides the pages themselves: the snippets, settings and Wagtail's own records
# that pages show or obey.
SHOWN_ON_PAGES = (Topic, Redirect, PageViewRestriction, Site, *SETTINGS)


def content_changed(*pages):
    """Everything readers see may have changed; `pages`, when given, are the only
    pages whose own content changed, so the frontend cache purges just their
    addresses (in every language, with the listings that show them)."""
    try:
        caching.start_new_generation()
    except Exception:
        # The editor's change is saved all the same; pages expire.
        logger.exception("Page cache: could not start a new content generation")
    if not settings.WAGTAILFRONTENDCACHE:
        return
    if pages:
        # The addresses now, while the pages exist (an unpublish comes before a delete).
        urls = sorted({url for page in pages for url in page.specific.get_cached_urls()})
        transaction.on_commit(lambda: purge_urls_from_cache(urls))
    else:
        transaction.on_commit(lambda: frontend.purge_everything(site_hostnames()))


def site_hostnames():
    return sorted({urlsplit(site.root_url).netloc for site in Site.objects.all()})


def page_changed(sender, instance, **_signal_arguments):
    content_changed(instance)


def anything_changed(**_signal_arguments):
    content_changed()


def saved(sender, created=False, **_signal_arguments):
    # The first read of a setting creates it with the defaults pages already show:
    # only an editor's change makes pages stale (and a reader's visit never purges).
    if not (created and issubclass(sender, SETTINGS)):
        content_changed()


def connect():
    page_published.connect(page_changed, dispatch_uid="content-changed:publish")
    page_unpublished.connect(page_changed, dispatch_uid="content-changed:unpublish")
    post_page_move.connect(anything_changed, dispatch_uid="content-changed:move")
    post_delete.connect(anything_changed, sender=Page, dispatch_uid="content-changed:delete")
    for model in apps.get_models():
        if issubclass(model, SHOWN_ON_PAGES):
            uid = f"content-changed:{model._meta.label}"
            post_save.connect(saved, sender=model, dispatch_uid=uid)
            post_delete.connect(anything_changed, sender=model, dispatch_uid=uid)
