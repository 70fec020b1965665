"""Menus, breadcrumbs and links built from the page tree, a fixed number of queries each.

The templates keep what these render with `{% wagtailcache %}` in the page cache."""

from django import template
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from pages.blocks import heading_anchor
from pages.utils import dial

register = template.Library()


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


def _menu_pages(context, standard):
    """Live top-level pages marked "show in menus": the standard pages, or all the others."""
    home_path = _home_path(context)
    if not home_path:
        return []
    standard_type = _standard_page_type_id()
    pages = (
        Page.objects.filter(path__startswith=home_path, depth=len(home_path) // Page.steplen + 1)
        .live()
        .in_menu()
        .order_by("path")
    )
    return [page for page in pages if (page.content_type_id == standard_type) == standard]


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
    return _menu_items(context, _menu_pages(context, standard=False))


@register.simple_tag(takes_context=True)
def footer_menu(context):
    """About, contacts, privacy, browsing safely: top-level standard pages in menus."""
    return _menu_items(context, _menu_pages(context, standard=True))


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """The page's ancestors from the home page down, in one query."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    request = context.get("request")
    ancestors = page.get_ancestors().filter(depth__gte=2).order_by("depth")
    return [{"title": a.title, "url": a.get_url(request=request)} for a in ancestors]


register.filter("dial", dial)
register.filter("heading_anchor", heading_anchor)
