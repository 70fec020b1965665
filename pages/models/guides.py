from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page

from pages.tools.job_check_page import JobCheckPage

from ..fields import review_date
from ..utils import card_columns_deferred, for_cards
from .base import BasePage
from .mixins import BodyMixin, IntroMixin, SourcesMixin, TopicsMixin


class SectionPage(IntroMixin, BodyMixin, BasePage):
    """One theme (working abroad, studying abroad, …) that lists its guides."""

    translated_fields = IntroMixin.translated_fields + BodyMixin.translated_fields
    search_text_fields = IntroMixin.search_text_fields + BodyMixin.search_text_fields
    # A section is written in a language once its introduction is.
    translation_check_fields = IntroMixin.translation_check_fields
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.GuidePage", "pages.JobCheckPage"]

    content_panels = [*Page.content_panels, *IntroMixin.panels, *BodyMixin.panels]

    class Meta:
        verbose_name = _("section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The section's guides and, listed apart, its self-tests (job-offer checks).
        context["guides"], context["tools"] = (
            list(for_cards(model.objects.child_of(self).live().public()))
            for model in (GuidePage, JobCheckPage)
        )
        return context


class GuidePage(IntroMixin, BodyMixin, SourcesMixin, TopicsMixin, BasePage):
    # A guide's introduction is also shown in lists, so editors are told how long it should be.
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown under the title and in lists."),
    )
    last_reviewed = review_date(
        _("last reviewed"), _("When an editor last checked that this guide is correct.")
    )
    # The date that "Mark checked today" sets (pages/review/actions.py).
    review_date_field = "last_reviewed"

    translated_fields = (
        IntroMixin.translated_fields + BodyMixin.translated_fields + SourcesMixin.translated_fields
    )
    search_text_fields = (
        IntroMixin.search_text_fields
        + BodyMixin.search_text_fields
        + SourcesMixin.search_text_fields
    )
    translation_check_fields = (
        IntroMixin.translation_check_fields
        + BodyMixin.translation_check_fields
        + SourcesMixin.translation_check_fields
    )
    parent_page_types = ["pages.SectionPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        *IntroMixin.panels,
        *BodyMixin.panels,
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), *TopicsMixin.panels],
            heading=_("About this guide"),
        ),
        *SourcesMixin.panels,
        InlinePanel("related_guides", label=_("Related guides"), max_num=4),
    ]

    class Meta:
        verbose_name = _("guide")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Called by the template only when the related guides are not in the page cache.
        context["related"] = lambda: live_guides(self.related_guides)
        return context


def live_guides(links):
    """The live guides of ordered links to guides (related, featured), in one query."""
    links = links.select_related("guide").defer(*card_columns_deferred(GuidePage, prefix="guide__"))
    return [link.guide for link in links.filter(guide__live=True)]


class GuidePageRelatedGuide(Orderable):
    page = ParentalKey(GuidePage, on_delete=models.CASCADE, related_name="related_guides")
    guide = models.ForeignKey(
        GuidePage, on_delete=models.CASCADE, related_name="+", verbose_name=_("guide")
    )

    panels = [FieldPanel("guide")]

    class Meta(Orderable.Meta):
        verbose_name = _("related guide")
