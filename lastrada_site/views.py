import logging

from django.db import connection
from django.http import HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import never_cache
from wagtail.models import Page, Site

from lastrada_site.languages import language_codes

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    """Liveness and database check for load balancers and the Docker healthcheck."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any driver error means "not ready"; never leak details
        logger.warning("Health check: database unreachable")
        return JsonResponse({"database": "error"}, status=503)
    return JsonResponse({"database": "ok"})


def page_in_other_language(request):
    """The page a reader meant when they used another language's slug under this prefix.

    /en/rabota-za-rubezhom/ is the Russian slug under the English prefix: rather
    than a dead end, send the reader to the English version of that page.
    """
    language = translation.get_language_from_path(request.path_info)
    site = Site.find_for_request(request)
    if not language or site is None:
        return None
    rest = request.path_info[len(language) + 2 :]
    if not rest:
        return None
    for code in language_codes():
        if code == language:
            continue
        root_path = getattr(site.root_page, f"url_path_{code}") or site.root_page.url_path
        page = (
            Page.objects.live()
            .filter(**{f"url_path_{code}": root_path + rest})
            .exclude(pk=site.root_page_id)
            .first()
        )
        if page is not None:
            with translation.override(language):
                return page.get_url(request=request)
    return None


def page_not_found(request, exception=None):
    try:
        target = page_in_other_language(request)
    except Exception:  # a lookup failure must never turn a 404 into a 500
        logger.exception("Looking up a page in another language failed")
        target = None
    if target and target != request.path:
        return HttpResponsePermanentRedirect(target)
    # The switcher cannot offer "this page" in another language: there is none.
    return render(request, "404.html", {"switch_to_home": True}, status=404)


def server_error(request):
    # No context processors that touch the database: the database may be the problem.
    return render(request, "500.html", status=500)
