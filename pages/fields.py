"""Field definitions that the site settings share: the hotline's contacts here and the
request form's settings in hotline/ link pages and hold short contact details alike."""

from django.db import models


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
