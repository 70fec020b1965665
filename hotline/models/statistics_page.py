"""A published page of the hotline's figures for a year or a quarter.

The figures are those stored when the year's figures were first read after their
publication date (hotline/statistics_release.py), with every small number hidden
together with the year's other tables (hotline/disclosure.py); before that date the
page says when they will appear.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from pages.models.base import BasePage
from pages.models.mixins import BodyMixin, IntroMixin

from .. import public_statistics, statistics, statistics_release

QUARTERS = [(1, _("January–March")), (2, _("April–June")), (3, _("July–September"))]
QUARTERS.append((4, _("October–December")))


class HotlineStatisticsPage(RoutablePageMixin, IntroMixin, BodyMixin, BasePage):
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2999)]
    )
    quarter = models.PositiveSmallIntegerField(
        _("quarter"),
        choices=QUARTERS,
        null=True,
        blank=True,
        help_text=_("Leave empty for the whole year."),
    )

    translated_fields = IntroMixin.translated_fields + BodyMixin.translated_fields
    search_text_fields = IntroMixin.search_text_fields + BodyMixin.search_text_fields
    translation_check_fields = IntroMixin.translation_check_fields
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("year"), FieldPanel("quarter")], heading=_("Period")),
        *IntroMixin.panels,
        *BodyMixin.panels,
    ]

    class Meta:
        # The table it had when the page type belonged to the pages app.
        db_table = "pages_hotlinestatisticspage"
        verbose_name = _("hotline statistics")
        verbose_name_plural = _("hotline statistics")

    def figures(self):
        """The published figures with labels in the active language; None before they are out."""
        stored = statistics_release.published_figures(self.year, self.quarter)
        return None if stored is None else public_statistics.presented(stored)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        figures = self.figures()
        context["figures"] = figures
        if figures is None:
            context["publication_date"] = statistics_release.publication_date(self.year)
        else:
            context["chart"] = public_statistics.chart(figures)
            context["stored"] = statistics_release.last_change(self.year)
        return context

    @path("csv/", name="csv")
    def csv(self, request):
        figures = self.figures()
        if figures is None:
            raise Http404
        start, end = public_statistics.period_bounds(self.year, self.quarter)
        return statistics.csv_file(start, end, public_statistics.csv_rows(figures))
