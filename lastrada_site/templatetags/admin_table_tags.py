"""The head row of the small tables on the admin's own screens."""

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()


@register.simple_tag
def column_headers(*titles, hidden=None):
    """One `<th scope="col">` for each title. `hidden` names a last column (of buttons)
    for screen readers only, as sighted users see what its buttons do."""
    cells = format_html_join("", '<th scope="col">{}</th>', ((title,) for title in titles))
    if hidden:
        cells += format_html('<th scope="col"><span class="w-sr-only">{}</span></th>', hidden)
    return format_html("<thead><tr>{}</tr></thead>", cells)
