from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page

from ..blocks import BodyStreamBlock
from .base import BasePage


class CampaignPage(BasePage):
    hero_text = models.TextField(
        _("hero text"), blank=True, help_text=_("The campaign's message in two or three sentences.")
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))
    cta_title = models.CharField(_("call to action title"), max_length=120, blank=True)
    cta_text = models.TextField(_("call to action text"), blank=True)
    cta_button_label = models.CharField(
        _("button label"),
        max_length=60,
        blank=True,
        help_text=_("The button leads to the hotline's request form."),
    )

    translation_check_fields = ("hero_text", "body")
    search_text_fields = ("hero_text", "body", "cta_text")
    summary_field = "hero_text"
    parent_page_types = ["pages.HomePage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("hero_text"),
        FieldPanel("body"),
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
