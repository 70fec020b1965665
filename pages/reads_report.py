"""The "Most read" report: the pages read most often in a period (pages/reads.py
counts them). Pages and numbers only: nothing of the hotline, nothing of readers."""

import datetime
from dataclasses import dataclass

from django import forms
from django.db.models import Sum
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from .reads import counted_period, oldest_day_kept, reads_between
from .review.reports import page_columns

DEFAULT_DAYS = "30"


class PeriodForm(forms.Form):
    days = forms.ChoiceField(
        label=gettext_lazy("Period"),
        choices=[
            ("7", gettext_lazy("Last 7 days")),
            ("30", gettext_lazy("Last 30 days")),
            ("365", gettext_lazy("Last 12 months")),
        ],
        required=False,
    )
    date_from = forms.DateField(
        label=gettext_lazy("Start of the period"), required=False, widget=AdminDateInput
    )
    date_to = forms.DateField(
        label=gettext_lazy("End of the period"), required=False, widget=AdminDateInput
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if bool(start) != bool(end) and not self.errors:
            raise forms.ValidationError(_("Choose both the start and the end of the period."))
        if start and end and start > end:
            raise forms.ValidationError(_("The start of the period must be before its end."))
        return cleaned

    def period(self):
        """(start, end) as chosen: both dates, else the last days chosen; the last 30
        days while the form has errors."""
        today = timezone.localdate()
        days = DEFAULT_DAYS
        if self.is_valid():
            if self.cleaned_data["date_from"]:
                return self.cleaned_data["date_from"], self.cleaned_data["date_to"]
            days = self.cleaned_data["days"] or days
        return today - datetime.timedelta(days=int(days) - 1), today


class PagesPaginator(WagtailPaginator):
    """Counts the rows as pages (Wagtail's would name the counting model)."""

    @cached_property
    def items_count_label(self):
        return ngettext("%(count)s page", "%(count)s pages", self.count) % {"count": self.count}


@dataclass
class Row:
    page: Page
    reads: int


class MostReadView(ReportView):
    """Pages by the number of reads in the period, most read first."""

    page_title = gettext_lazy("Most read")
    header_icon = "view"
    template_name = "pages/reports/most_read.html"
    index_url_name = "most_read"
    paginate_by = 100
    paginator_class = PagesPaginator
    permission_policy = PagePermissionPolicy()
    any_permission_required = ["add", "change", "publish"]
    columns = [*page_columns(), Column("reads", label=gettext_lazy("Reads"))]

    @cached_property
    def period_form(self):
        return PeriodForm(self.request.GET or {"days": DEFAULT_DAYS})

    @cached_property
    def period(self):
        return counted_period(*self.period_form.period())

    def get_queryset(self):
        return (
            reads_between(*self.period)
            .values("page")
            .annotate(total=Sum("reads"))
            .order_by("-total", "page")
        )

    def paginate_queryset(self, queryset, page_size):
        paginator, page, rows, is_paginated = super().paginate_queryset(queryset, page_size)
        pages = Page.objects.in_bulk([row["page"] for row in rows])
        # A page deleted meanwhile takes its counts with it.
        rows = [Row(pages[row["page"]], row["total"]) for row in rows if row["page"] in pages]
        return paginator, page, rows, is_paginated

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        start, end = self.period
        kept_from = oldest_day_kept()
        context.update(
            period_form=self.period_form,
            start=start,
            end=end,
            total=reads_between(start, end).aggregate(total=Sum("reads"))["total"] or 0,
            by_month_before=kept_from if start < kept_from else None,
        )
        return context
