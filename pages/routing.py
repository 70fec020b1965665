"""Finding the site and the page of a URL once per content generation.

Wagtail finds the site of every request with a query, then walks the page tree
one level at a time, and with translated slugs each level loads every child page
with all its columns: on a guide rendered anew that was most of the queries. This
view remembers the site and the route of each path it resolved, in the shared
cache under the content generation, so publishing, moving or deleting a page
makes every remembered route stale at once, and then hands the request to
Wagtail's own view, which finds both already set on the request. A path that
leads nowhere raises Http404 and is not remembered, so unknown addresses cannot
fill the cache.
"""

from django.http import Http404
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from lastrada_site import page_cache


def serve(request, path):
    site, route = page_cache.remembered(
        "route",
        (request._get_raw_host(), request.get_port(), get_language(), path),
        lambda: find_route(request, path),
    )
    # Where Wagtail keeps what it found for this request (see Site.find_for_request
    # and Page.route_for_request).
    request._wagtail_site = site
    request._wagtail_route_for_request = route
    return wagtail_views.serve(request, path)


def find_route(request, path):
    site = Site.find_for_request(request)
    route = Page.route_for_request(request, path)
    if route is None:
        raise Http404
    return site, route
