"""Menus, breadcrumbs and links built from the page tree, a fixed number of queries each,
and the parts every page repeats, rendered once per language and content generation."""

from django import template
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language
from wagtail.models import Page, Site

from lastrada_site import page_cache
from pages.blocks import heading_anchor
from pages.utils import dial

register = template.Library()

MENU_CACHE_ATTR = "_lastrada_menu_pages"


def _home_path(context):
    """The tree path of the site's home page, from the page being shown if there is one."""
    page = context.get("page")
    if isinstance(page, Page) and page.depth >= 2:
        return page.path[: Page.steplen * 2]
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    return Page.objects.filter(pk=site.root_page_id).values_list("path", flat=True).first()


def _menu_pages(context):
    """Live top-level pages marked "show in menus", fetched once per request."""
    request = context.get("request")
    cached = getattr(request, MENU_CACHE_ATTR, None) if request is not None else None
    if cached is not None:
        return cached
    home_path = _home_path(context)
    pages = []
    if home_path:
        pages = page_cache.remembered(
            "menu",
            home_path,
            lambda: list(
                Page.objects.filter(
                    path__startswith=home_path, depth=len(home_path) // Page.steplen + 1
                )
                .live()
                .in_menu()
                .order_by("path")
            ),
        )
    if request is not None:
        setattr(request, MENU_CACHE_ATTR, pages)
    return pages


def _standard_page_type_id():
    from pages.models import StandardPage

    return ContentType.objects.get_for_model(StandardPage).pk


def _menu_items(context, pages):
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    request = context.get("request")
    return [
        {
            "title": page.title,
            "url": page.get_url(request=request),
            "is_current": bool(current_path) and current_path.startswith(page.path),
        }
        for page in pages
    ]


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Sections, countries, news and campaigns: top-level menu pages except standard pages."""
    standard = _standard_page_type_id()
    pages = [p for p in _menu_pages(context) if p.content_type_id != standard]
    return _menu_items(context, pages)


@register.simple_tag(takes_context=True)
def footer_menu(context):
    """About, contacts, privacy, browsing safely: top-level standard pages in menus."""
    standard = _standard_page_type_id()
    pages = [p for p in _menu_pages(context) if p.content_type_id == standard]
    return _menu_items(context, pages)


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """The page's ancestors from the home page down, in one query."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    request = context.get("request")
    ancestors = page_cache.remembered(
        "breadcrumbs",
        page.path,
        lambda: list(page.get_ancestors().filter(depth__gte=2).order_by("depth")),
    )
    return [{"title": a.title, "url": a.get_url(request=request)} for a in ancestors]


class FragmentNode(template.Node):
    def __init__(self, name, vary_on, nodelist):
        self.name = name
        self.vary_on = vary_on
        self.nodelist = nodelist

    def render(self, context):
        request = context.get("request")
        parts = (
            get_language(),
            request.get_host() if request is not None else "",
            *(value.resolve(context) for value in self.vary_on),
        )
        return page_cache.remembered(
            f"fragment:{self.name}", parts, lambda: self.nodelist.render(context)
        )


@register.tag
def fragment(parser, token):
    """{% fragment "footer" [value …] %}…{% endfragment %}: the enclosed HTML, rendered
    once per language, site, content generation and the values given, then shared.

    Only for HTML that depends on nothing else: never a form, a token or anything
    of the reader's.
    """
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError("{% fragment %} takes a quoted name first.")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(bits[1][1:-1], [parser.compile_filter(bit) for bit in bits[2:]], nodelist)


register.filter("dial", dial)
register.filter("heading_anchor", heading_anchor)
