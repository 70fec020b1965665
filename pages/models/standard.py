from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .base import BasePage
from .mixins import BodyMixin, IntroMixin


class StandardPage(IntroMixin, BodyMixin, BasePage):
    """About, contacts, privacy policy, browsing safely and the like."""

    translated_fields = IntroMixin.translated_fields + BodyMixin.translated_fields
    search_text_fields = IntroMixin.search_text_fields + BodyMixin.search_text_fields
    # The introduction is optional here: the body alone makes the page.
    translation_check_fields = BodyMixin.translation_check_fields
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage", "hotline.HotlineStatisticsPage"]

    content_panels = [*Page.content_panels, *IntroMixin.panels, *BodyMixin.panels]

    class Meta:
        verbose_name = _("standard page")
