"""The page's reads on its edit screen (pages/reads.py counts them)."""

from django import template
from django.utils.translation import ngettext

from pages.reads import recent_reads

register = template.Library()

# The text below says 30 days.
RECENT_DAYS = 30


@register.simple_tag
def recent_reads_text(page):
    count = recent_reads(page, RECENT_DAYS)
    return ngettext(
        "Read %(count)s time in the last 30 days",
        "Read %(count)s times in the last 30 days",
        count,
    ) % {"count": count}
