from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from lastrada_site.languages import language_codes

from .search import clean_query, search_pages

RESULTS_PER_PAGE = 10


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
    response = render(
        request,
        "pages/search.html",
        {
            "search_query": query.text if query.terms else raw.strip()[:200],
            "query": query,
            "message": message,
            "page_obj": page_obj,
            "result_count": paginator.count,
            "searched": bool(query.terms),
        },
    )
    return response


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    """Points crawlers at the sitemap and keeps them out of the search results.

    The admin is not named: robots.txt is public, and would tell anyone where it is.
    Its pages carry "noindex" themselves.
    """
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = ["User-agent: *"]
    for code in language_codes():
        lines.append(f"Disallow: /{code}/search/")
    lines += ["", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
