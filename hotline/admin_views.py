"""The consultants' statistics screen and its CSV file (the case screen is in
case_screen.py)."""

import datetime

from django import forms
from django.contrib.auth.decorators import permission_required
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.validators import MaxValueValidator, MinValueValidator
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateInput

from . import statistics

STATISTICS_PERMISSION = "hotline.view_statistics"
# Dates a period may use: beyond these, a day's start in the site's time zone (or
# the day after the end) falls outside Python's calendar and the query breaks.
DATE_VALIDATORS = [
    MinValueValidator(datetime.date(1900, 1, 1)),
    MaxValueValidator(datetime.date(2999, 12, 31)),
]


def period_end(label):
    return forms.DateField(label=label, widget=AdminDateInput, validators=DATE_VALIDATORS)


class PeriodForm(forms.Form):
    date_from = period_end(gettext_lazy("Start of the period"))
    date_to = period_end(gettext_lazy("End of the period"))

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(_("The start of the period must be before its end."))
        if start and end and (end - start).days > 366 * 10:
            raise forms.ValidationError(_("Choose a period of at most ten years."))
        return cleaned


def chosen_period(request):
    """(form, start, end): the period from the query string, or the last twelve months
    that hold any request."""
    start, end = statistics.last_period_with_data()
    if "date_from" in request.GET or "date_to" in request.GET:
        form = PeriodForm(request.GET)
        if form.is_valid():
            start, end = form.cleaned_data["date_from"], form.cleaned_data["date_to"]
    else:
        form = PeriodForm(initial={"date_from": start, "date_to": end})
    return form, start, end


class StatisticsView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = STATISTICS_PERMISSION
    raise_exception = True
    template_name = "hotline/admin/statistics.html"
    header_icon = "table"
    page_title = gettext_lazy("Hotline statistics")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": _("Hotline statistics")}]

    def get_context_data(self, **kwargs):
        form, start, end = chosen_period(self.request)
        data = statistics.collect(start, end)
        months = data["sections"][0][2]
        return super().get_context_data(
            period_form=form,
            stats=data,
            chart=statistics.month_chart_svg(months, _("Requests per month")),
            csv_url=reverse("hotline_statistics:csv")
            + f"?date_from={start.isoformat()}&date_to={end.isoformat()}",
            **kwargs,
        )


@permission_required(STATISTICS_PERMISSION, raise_exception=True)
def statistics_csv(request):
    _form, start, end = chosen_period(request)
    data = statistics.collect(start, end)
    rows = [
        [_("Section"), _("Key"), _("Label"), _("Requests")],
        ["period", f"{start.isoformat()}/{end.isoformat()}", _("Total"), data["total"]],
        *([section, *row] for section, _title, rows in data["sections"] for row in rows),
        *(
            ["median_first_response_hours", key, label, "" if hours is None else hours]
            for key, label, hours in data["median_first_response"]
        ),
    ]
    return statistics.csv_file(start, end, rows)
