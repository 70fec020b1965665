"""The service worker behind "Save for offline", served from the site root.

A worker only controls pages under the path it is served from; from /static/js/ it
could not answer for /ru/, /be/ or /en/. It is registered for one language's
pages at a time and refuses any other scope, so it never covers the admin. The
script itself stays a static file.
"""

from functools import cache

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.views.decorators.http import require_GET, require_http_methods

WORKER = "js/offline-worker.js"


@cache
def worker_source():
    found = finders.find(WORKER)
    if found:
        with open(found, "rb") as source:
            return source.read()
    with staticfiles_storage.open(WORKER) as source:
        return source.read()


@require_GET
def offline_worker(request):
    response = HttpResponse(worker_source(), content_type="text/javascript; charset=utf-8")
    # The browser asks again each time it checks the worker, so a changed script
    # reaches readers at once; nothing about the reader is in it.
    response["Cache-Control"] = "no-cache"
    return response


@require_http_methods(["GET", "POST"])
def clear_offline(request):
    """Clearing the offline copy: a same-origin POST with Django's CSRF token.

    GET gives the token (and the CSRF cookie it belongs to); the POST answers with
    Clear-Site-Data, which tells the browser to drop this site's saved pages and
    ordinary cache, its storage, and its cookies, the CSRF cookie just set among them.
    Another site cannot make a browser empty it.
    """
    if request.method == "GET":
        response = JsonResponse({"token": get_token(request)})
    else:
        response = HttpResponse(status=204)
        response["Clear-Site-Data"] = '"cache", "storage", "cookies"'
    response["Cache-Control"] = "no-store"
    return response
