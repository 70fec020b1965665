from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page

from .base import BasePage
from .mixins import BodyMixin, IntroMixin


class CampaignPage(IntroMixin, BodyMixin, BasePage):
    intro = models.TextField(
        _("hero text"), blank=True, help_text=_("The campaign's message in two or three sentences.")
    )
    cta_title = models.CharField(_("call to action title"), max_length=120, blank=True)
    cta_text = models.TextField(_("call to action text"), blank=True)
    cta_button_label = models.CharField(
        _("button label"),
        max_length=60,
        blank=True,
        help_text=_("The button leads to the hotline's request form."),
    )

    translated_fields = (
        *IntroMixin.translated_fields,
        *BodyMixin.translated_fields,
        "cta_title",
        "cta_text",
        "cta_button_label",
    )
    search_text_fields = (
        *IntroMixin.search_text_fields,
        *BodyMixin.search_text_fields,
        "cta_text",
    )
    translation_check_fields = (
        *IntroMixin.translation_check_fields,
        *BodyMixin.translation_check_fields,
    )
    parent_page_types = ["pages.HomePage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        *IntroMixin.panels,
        *BodyMixin.panels,
        MultiFieldPanel(
            [FieldPanel("cta_title"), FieldPanel("cta_text"), FieldPanel("cta_button_label")],
            heading=_("Call to action"),
        ),
        InlinePanel("partners", label=_("Partners")),
    ]

    class Meta:
        verbose_name = _("campaign")


class CampaignPartner(Orderable):
    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name
