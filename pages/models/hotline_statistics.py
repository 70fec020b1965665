"""A published page of the hotline's figures for a year or a quarter.

The figures are counted from the requests and logged consultations each time the
page is rendered, with every small number hidden (hotline/disclosure.py); the
page cache keeps the result until a request of the period changes
(pages/statistics_cache.py).
"""

import csv

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from hotline import public_statistics

from .base import BasePage
from .mixins import BodyMixin, IntroMixin

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
        verbose_name = _("hotline statistics")
        verbose_name_plural = _("hotline statistics")

    @property
    def period(self):
        return public_statistics.period_bounds(self.year, self.quarter)

    def figures(self):
        return public_statistics.collect(*self.period)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        figures = self.figures()
        context["figures"] = figures
        context["chart"] = public_statistics.chart(figures)
        return context

    @path("")
    def index(self, request):
        from pages import statistics_cache

        statistics_cache.remember(self, request)
        return self.render(request)

    @path("csv/", name="csv")
    def csv(self, request):
        from pages import statistics_cache

        statistics_cache.remember(self, request)
        start, end = self.period
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="hotline-statistics-{start.isoformat()}-{end.isoformat()}.csv"'
        )
        # A byte-order mark, so that spreadsheet programs read the Cyrillic labels correctly.
        response.write("\ufeff")
        csv.writer(response).writerows(public_statistics.csv_rows(self.figures()))
        return response
