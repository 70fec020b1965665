from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.models import Orderable, Page

from ..utils import for_cards
from .base import BasePage
from .guides import SectionPage, live_guides
from .mixins import IntroMixin
from .news import NewsPage


class HomePage(IntroMixin, BasePage):
    intro = models.TextField(
        _("lead text"), blank=True, help_text=_("Two or three sentences under the site name.")
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.SectionPage",
        "pages.CountryIndexPage",
        "pages.NewsIndexPage",
        "pages.CampaignPage",
        "pages.StandardPage",
        "hotline.HotlineStatisticsPage",
        "pages.JobCheckPage",
        "pages.TripPlanPage",
    ]
    max_count = 1

    content_panels = [
        *Page.content_panels,
        *IntroMixin.panels,
        InlinePanel("tool_links", label=_("Tools to start with"), max_num=4),
        InlinePanel("featured_guides", label=_("Featured guides"), max_num=6),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = for_cards(SectionPage.objects.child_of(self).live().public())
        # Called by the template only when "where to start" is not in the page cache.
        context["tools"] = self.live_tool_links
        context["featured_guides"] = self.live_featured_guides
        context["home_cta"] = {
            "title": _("Not sure whether an offer is safe? Already in trouble abroad?"),
            "text": _(
                "Consultants of the hotline answer questions about work, study, marriage and "
                "travel abroad, and help people in crisis. It is free and confidential, and you "
                "do not have to give your name."
            ),
        }
        context["latest_news"] = for_cards(
            NewsPage.objects.descendant_of(self).live().public()
        ).order_by("-date", "-pk")[:3]
        return context

    def live_tool_links(self):
        """The published tools the start section links, in the editors' order, as cards:
        the tool's title and address, and the editors' line about it."""
        return [
            {"title": link.tool.title, "url": link.tool.url, "summary": link.text}
            for link in self.tool_links.select_related("tool")
            if link.tool.live
        ]

    def live_featured_guides(self):
        """The guides the editors feature, in their order, the unpublished left out."""
        return live_guides(self.featured_guides)


class HomePageFeaturedGuide(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_guides")
    guide = models.ForeignKey(
        "pages.GuidePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("guide"),
    )

    panels = [FieldPanel("guide")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured guide")


# The page types the start section links as tools.
TOOL_PAGE_TYPES = ("jobcheckpage", "tripplanpage")


class HomePageToolLink(Orderable):
    """A tool the home page offers where a reader starts: the job-offer check, the trip plan."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="tool_links")
    tool = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("tool"),
        limit_choices_to={
            "content_type__app_label": "pages",
            "content_type__model__in": TOOL_PAGE_TYPES,
        },
    )
    text = models.CharField(
        _("text"),
        max_length=200,
        help_text=_("One sentence under the tool's title: what the reader does and gets."),
    )

    panels = [
        PageChooserPanel("tool", page_type=[f"pages.{name}" for name in TOOL_PAGE_TYPES]),
        FieldPanel("text"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("tool link")
