from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail import hooks
from wagtail.models import Page, Site
from wagtail.views import serve_chain

from lastrada_site.languages import language_codes

from .models import GuidePage, HomePage
from .reads import most_read
from .search import clean_query, search_pages
from .utils import for_cards

RESULTS_PER_PAGE = 10
# How many guides an empty search offers.
SUGGESTED_GUIDES = 4


def guides_to_suggest():
    """The guides offered to a reader whom search gave nothing: the ones read most in
    the last 30 days, then the ones the editors feature on the home page."""
    guides = for_cards(GuidePage.objects.live().public())
    suggested = most_read(guides, days=30, count=SUGGESTED_GUIDES)
    home = HomePage.objects.first()
    featured = home.live_featured_guides() if home else []
    # Each guide once, the most read first.
    return list(dict.fromkeys([*suggested, *featured]))[:SUGGESTED_GUIDES]


@require_GET
def search(request):
    """/<lang>/search/?q=…: pages written in the reader's language, best match first."""
    raw = request.GET.get("q", "")
    query = clean_query(raw)
    message = ""
    hits = []
    if not raw.strip():
        message = _("Type a word or two, for example “visa” or “contract”.")
    elif not query.terms:
        message = _("Your search had no letters or digits to look for. Try a word or two.")
    else:
        hits = search_pages(query, get_language())
        if query.shortened:
            message = _("Your search was long, so only its first %(count)s words were used.") % {
                "count": len(query.terms)
            }
    paginator = Paginator(hits, RESULTS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "pages/search.html",
        {
            "search_query": query.text if query.terms else raw.strip()[:200],
            "query": query,
            "message": message,
            "page_obj": page_obj,
            "result_count": paginator.count,
            "searched": bool(query.terms),
            # Nothing to show: the request form, the hotline's numbers and where to start.
            "suggested_guides": [] if paginator.count else guides_to_suggest(),
        },
    )


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    """Points crawlers at the sitemap and keeps them out of the search results.

    The admin is not named: robots.txt is public, and would tell anyone where it is.
    Its pages carry "noindex" themselves.
    """
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = ["User-agent: *", *(f"Disallow: /{code}/search/" for code in language_codes())]
    lines += ["", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def serve(request, path):
    """Wagtail's page view (wagtail.views.serve), finding the page in one query.

    With translated slugs, wagtail-modeltranslation's routing loads every page of
    each level of the tree, with all their columns, to compare slugs in the reader's
    language: most of the cost of a page rendered anew. Every page stores its
    address in each language (`url_path_<language>`), so the deepest page whose
    address begins the requested one is found at once; what is left of the address
    (a routable page's sub-address, or nothing) goes to the page's own `route`, and
    everything after routing is Wagtail's own.
    """
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    field = f"url_path_{get_language()}"
    components = [component for component in path.split("/") if component]
    root = site.root_page
    prefixes = {
        getattr(root, field) + "".join(f"{part}/" for part in components[:depth]): depth
        for depth in range(len(components) + 1)
    }
    page = root
    if components:
        page = (
            Page.objects.filter(path__startswith=root.path, **{f"{field}__in": prefixes})
            .order_by("-depth")
            .first()
        )
    if page is None:
        raise Http404
    page, args, kwargs = page.specific.route(request, components[prefixes[getattr(page, field)] :])
    # From here on as in wagtail.views.serve.
    on_serve_chain = serve_chain
    for hook in reversed(hooks.get_hooks("on_serve_page")):
        on_serve_chain = hook(on_serve_chain)
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return on_serve_chain(page, request, args, kwargs)
