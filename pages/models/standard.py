from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from ..blocks import BodyStreamBlock
from .base import BasePage


class StandardPage(BasePage):
    """About, contacts, privacy policy, browsing safely and the like."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    translation_check_fields = ("body",)
    search_text_fields = ("intro", "body")
    summary_field = "intro"
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage"]

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    class Meta:
        verbose_name = _("standard page")
