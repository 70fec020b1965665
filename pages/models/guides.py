from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page

from ..blocks import BodyStreamBlock
from .base import BasePage


class SectionPage(BasePage):
    """One theme (working abroad, studying abroad, …) that lists its guides."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    translation_check_fields = ("intro",)
    search_text_fields = ("intro", "body")
    summary_field = "intro"
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.GuidePage"]

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    class Meta:
        verbose_name = _("section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = GuidePage.objects.child_of(self).live().public()
        return context


class GuidePage(BasePage):
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown under the title and in lists."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))
    topics = ParentalManyToManyField("pages.Topic", blank=True, verbose_name=_("topics"))
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When an editor last checked that this guide is correct. Shown to readers."),
    )

    translation_check_fields = ("intro", "body")
    search_text_fields = ("intro", "body")
    summary_field = "intro"
    parent_page_types = ["pages.SectionPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("last_reviewed"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("About this guide"),
        ),
        InlinePanel("related_guides", label=_("Related guides"), max_num=4),
    ]

    class Meta:
        verbose_name = _("guide")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topic_list"] = list(self.topics.all())
        # One query: the ordered links with their live guides.
        context["related"] = [
            item.guide
            for item in self.related_guides.select_related("guide").filter(guide__live=True)
        ]
        return context


class GuidePageRelatedGuide(Orderable):
    page = ParentalKey(GuidePage, on_delete=models.CASCADE, related_name="related_guides")
    guide = models.ForeignKey(
        GuidePage, on_delete=models.CASCADE, related_name="+", verbose_name=_("guide")
    )

    panels = [FieldPanel("guide")]

    class Meta(Orderable.Meta):
        verbose_name = _("related guide")
