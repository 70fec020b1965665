"""Consultants' views in the Wagtail admin: one request, and the statistics."""

import csv
import datetime

from django import forms
from django.contrib.auth.mixins import AccessMixin
from django.core.exceptions import PermissionDenied
from django.core.validators import MaxValueValidator, MinValueValidator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets import AdminDateInput
from wagtail.log_actions import LogFormatter, log

from . import linking, statistics
from .casework_forms import HandlingForm, NoteForm
from .contact_log import contact_context, record_contact
from .encryption import describe_key_problem, is_unreadable
from .models import ConsultationRequest, InternalNote, Status

STATISTICS_PERMISSION = "hotline.view_statistics"
# Dates a period may use: beyond these, a day's start in the site's time zone (or
# the day after the end) falls outside Python's calendar and the query breaks.
DATE_VALIDATORS = [
    MinValueValidator(datetime.date(1900, 1, 1)),
    MaxValueValidator(datetime.date(2999, 12, 31)),
]


def describe_user(user):
    if user is None:
        return ""
    return user.get_username()


def describe_day(day):
    return day.isoformat() if day else ""


class RequestDetailView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """One request: what the person sent, status and assignee, and internal notes.

    Every opening is written to the audit log as "hotline.view", every change
    as "hotline.change" / "hotline.add_note"; the entries name the request by its
    reference code and hold field names and staff user names only.
    """

    model = ConsultationRequest
    permission_required = "view"
    template_name = "hotline/admin/request_detail.html"
    header_icon = "mail"
    index_url_name = None
    edit_url_name = None
    history_url_name = None
    breadcrumbs_items = WagtailAdminTemplateMixin.breadcrumbs_items

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(
            ConsultationRequest.objects.select_related("assignee"), pk=kwargs["pk"]
        )

    def get_page_title(self):
        return _("Request %(code)s") % {"code": self.object.reference_code}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": _("Consultation requests")},
            {"url": "", "label": self.object.reference_code},
        ]

    @cached_property
    def can_change(self):
        return self.user_has_permission("change")

    def get(self, request, *args, **kwargs):
        log(self.object, "hotline.view", user=request.user)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not self.can_change:
            raise PermissionDenied
        if request.POST.get("action") == "note":
            return self.add_note()
        if request.POST.get("action") == "contact":
            return record_contact(self)
        if request.POST.get("action") in linking.ACTIONS:
            return linking.handle(self, request.POST["action"])
        return self.change_handling()

    def change_handling(self):
        before = {
            "status": self.object.status,
            "assignee": describe_user(self.object.assignee),
            "follow_up_on": describe_day(self.object.follow_up_on),
        }
        form = HandlingForm(self.request.POST, instance=ConsultationRequest(pk=self.object.pk))
        if not form.is_valid():
            messages.error(self.request, _("The request could not be saved."))
            return self.render_to_response(self.get_context_data(handling_form=form))
        self.object.set_status(form.cleaned_data["status"])
        self.object.assignee = form.cleaned_data["assignee"]
        self.object.follow_up_on = form.cleaned_data["follow_up_on"]
        after = {
            "status": self.object.status,
            "assignee": describe_user(self.object.assignee),
            "follow_up_on": describe_day(self.object.follow_up_on),
        }
        changes = {
            field: {"from": before[field], "to": after[field]}
            for field in before
            if before[field] != after[field]
        }
        if changes:
            self.object.touch()
            self.object.save(
                update_fields=[
                    "status",
                    "assignee",
                    "follow_up_on",
                    "first_response_at",
                    "closed_at",
                    "last_activity_at",
                ]
            )
            log(self.object, "hotline.change", user=self.request.user, data={"changes": changes})
            messages.success(
                self.request, _("Request %(code)s updated.") % {"code": self.object.reference_code}
            )
        return redirect(self.request.path)

    def add_note(self):
        form = NoteForm(self.request.POST)
        if not form.is_valid():
            messages.error(self.request, _("The note could not be saved."))
            return self.render_to_response(self.get_context_data(note_form=form))
        note = InternalNote.objects.create(
            request=self.object, author=self.request.user, text=form.cleaned_data["text"]
        )
        self.object.touch()
        self.object.save(update_fields=["last_activity_at"])
        log(self.object, "hotline.add_note", user=self.request.user, data={"note": note.pk})
        messages.success(self.request, _("Note added."))
        return redirect(self.request.path + "#notes")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault(
            "handling_form",
            HandlingForm(instance=self.object, prefix=None) if self.can_change else None,
        )
        context.setdefault("note_form", NoteForm() if self.can_change else None)
        context.update(contact_context(self.object, self.can_change, context.get("contact_form")))
        linking.add_context(context, self.object, self.can_change)
        notes = list(self.object.notes.select_related("author"))
        unreadable = self.object.has_unreadable_fields or any(
            is_unreadable(note.text) for note in notes
        )
        context.update(
            {
                "object": self.object,
                "notes": notes,
                "key_problem": describe_key_problem() if unreadable else "",
                "can_change": self.can_change,
                "history_url": reverse(self.history_url_name, args=[self.object.pk]),
                "index_url": reverse(self.index_url_name),
            }
        )
        return context


class ChangeFormatter(LogFormatter):
    """The history's wording of a "hotline.change" entry, as RequestDetailView writes it."""

    label = gettext_lazy("Change hotline request")

    def format_message(self, log_entry):
        changes = (log_entry.data or {}).get("changes", {})
        wordings = {
            "status": _("status %(old)s → %(new)s"),
            "assignee": _("assignee %(old)s → %(new)s"),
            "follow_up_on": _("follow-up %(old)s → %(new)s"),
        }
        parts = []
        for field, wording in wordings.items():
            if field in changes:
                # A status is stored as its key; the history shows its label.
                shown = dict(Status.choices) if field == "status" else {}
                old, new = changes[field]["from"], changes[field]["to"]
                parts.append(
                    wording % {"old": shown.get(old, old) or "—", "new": shown.get(new, new) or "—"}
                )
        return _("Changed: %(changes)s") % {"changes": "; ".join(parts) or "—"}


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
    """(form, start, end): the period from the query string, or the last twelve months."""
    start, end = statistics.default_period()
    if "date_from" in request.GET or "date_to" in request.GET:
        form = PeriodForm(request.GET)
        if form.is_valid():
            start, end = form.cleaned_data["date_from"], form.cleaned_data["date_to"]
    else:
        form = PeriodForm(initial={"date_from": start, "date_to": end})
    return form, start, end


class StatisticsPermissionMixin(AccessMixin):
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(STATISTICS_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class StatisticsView(StatisticsPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "hotline/admin/statistics.html"
    header_icon = "table"
    page_title = gettext_lazy("Hotline statistics")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": _("Hotline statistics")}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form, start, end = chosen_period(self.request)
        data = statistics.collect(start, end)
        months = data["sections"][0][2]
        context.update(
            {
                "period_form": form,
                "stats": data,
                "chart": statistics.bar_chart_svg(
                    months,
                    _("Requests per month, %(start)s – %(end)s")
                    % {"start": start.isoformat(), "end": end.isoformat()},
                ),
                "csv_url": reverse("hotline_statistics:csv")
                + f"?date_from={start.isoformat()}&date_to={end.isoformat()}",
            }
        )
        return context


def statistics_csv(request):
    if not request.user.has_perm(STATISTICS_PERMISSION):
        raise PermissionDenied
    _form, start, end = chosen_period(request)
    data = statistics.collect(start, end)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="hotline-statistics-{start.isoformat()}-{end.isoformat()}.csv"'
    )
    # A byte-order mark, so that spreadsheet programs read the Cyrillic labels correctly.
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([_("Section"), _("Key"), _("Label"), _("Requests")])
    writer.writerow(["period", f"{start.isoformat()}/{end.isoformat()}", _("Total"), data["total"]])
    for section, _title, rows in data["sections"]:
        for key, label, count in rows:
            writer.writerow([section, key, label, count])
    for key, label, hours in data["median_first_response"]:
        writer.writerow(["median_first_response_hours", key, label, "" if hours is None else hours])
    return response
