"""The service worker behind "Save for offline", served from the site root.

A worker only controls pages under the path it is served from; from /static/js/ it
could not answer for /ru/, /be/ or /en/. The script itself stays a static file.
"""

from functools import cache

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

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
    response["Service-Worker-Allowed"] = "/"
    # The browser asks again each time it checks the worker, so a changed script
    # reaches readers at once; nothing about the reader is in it.
    response["Cache-Control"] = "no-cache"
    return response


# Only the reader's own browser data is touched, and nothing on the server: another
# site that made a browser send this could do no more than empty that browser's copy.
@csrf_exempt
@require_POST
def clear_offline(request):
    """Tells the browser to drop this site's saved pages and its ordinary cache too,
    so a removed page does not still open from the browser's cache."""
    response = HttpResponse(status=204)
    response["Clear-Site-Data"] = '"cache", "storage"'
    response["Cache-Control"] = "no-store"
    return response
