"""Field definitions shared by several models: the site settings (the hotline's contacts
here, the request form's settings in hotline/) link pages and hold short contact
details alike; guides and country pages carry the date their facts were checked."""

from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _


def page_link(verbose_name, help_text):
    """An optional link from a setting to a page; deleting the page only empties it."""
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


def contact_detail(verbose_name, help_text):
    """An optional phone number or messenger name, as an editor types it."""
    return models.CharField(verbose_name, max_length=40, blank=True, help_text=help_text)


def review_date(verbose_name, what):
    """The day an editor last checked a page's facts, shown to readers; "Mark checked
    today" in the actions menu sets it. `what` says what was checked, in the help text."""
    return models.DateField(
        verbose_name,
        null=True,
        blank=True,
        help_text=format_lazy(
            "{} {}",
            what,
            _("Shown to readers. “Mark checked today” in the actions menu sets it."),
        ),
    )
