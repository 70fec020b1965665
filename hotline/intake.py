"""Logging a consultation taken by phone, messenger, e-mail or in person.

Most consultations never pass through the web form. A consultant logs each one here
in under a minute, so that the queue, statistics, export and retention purge hold
every channel. The consultation gets a reference code like a web request, which the
consultant tells the person to quote next time.
"""

import secrets

from django import forms
from django.conf import settings
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets import AdminDateInput
from wagtail.log_actions import log

from pages.tools.country_names import country_choices, country_name

from .forms import TrimmedCharField
from .models import LOGGED_CHANNELS, ConsultationRequest, InternalNote, ReceivedVia, Status

# Where most people who call are going or are: first in the country list, so the
# usual case takes one click. The rest follow in alphabetical order.
USUAL_DESTINATIONS = ("RU", "PL", "LT", "DE", "LV", "CZ", "IT", "TR", "US", "AE", "UA", "GE")
# The statuses a consultant may give a consultation they log: spam is not logged.
LOGGED_STATUSES = (Status.IN_PROGRESS, Status.WAITING, Status.ANSWERED, Status.CLOSED)


ADD_PERMISSION = "hotline.add_consultationrequest"


class LogConsultationForm(forms.ModelForm):
    """What a consultant records about a call or message: the statistics fields, with
    defaults for the usual case, and an optional note that is stored encrypted."""

    received_via = forms.ChoiceField(
        label=gettext_lazy("Received via"),
        choices=[(channel.value, channel.label) for channel in LOGGED_CHANNELS],
        initial=ReceivedVia.PHONE,
        widget=forms.RadioSelect,
        error_messages={"required": gettext_lazy("Choose how the consultation reached you.")},
    )
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        choices=[(status.value, status.label) for status in LOGGED_STATUSES],
        initial=Status.IN_PROGRESS,
        help_text=gettext_lazy(
            "“Answered” or “Closed” when the consultation needs nothing more; the "
            "consultation is assigned to you either way."
        ),
    )
    notes = TrimmedCharField(
        label=gettext_lazy("Notes"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy(
            "Saved as an encrypted internal note. Only consultants see it; it is erased "
            "with the consultation's data."
        ),
    )

    class Meta:
        model = ConsultationRequest
        fields = [
            "received_via",
            "topic",
            "country",
            "language",
            "is_urgent",
            "is_abroad",
            "age_group",
            "gender",
            "follow_up_on",
        ]
        labels = {"language": gettext_lazy("Language of the consultation")}
        widgets = {"follow_up_on": AdminDateInput}
        help_texts = {
            "follow_up_on": gettext_lazy("Optional: the day to come back to this consultation.")
        }
        error_messages = {
            "topic": {"required": gettext_lazy("Choose the topic of the consultation.")},
            "country": {"required": gettext_lazy("Choose the country.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = settings.LANGUAGE_CODE
        usual = [(code, country_name(code)) for code in USUAL_DESTINATIONS]
        self.fields["country"].choices = [
            ("", "---------"),
            (_("Usual destinations"), usual),
            (_("All countries"), country_choices()),
        ]

    def clean_follow_up_on(self):
        day = self.cleaned_data.get("follow_up_on")
        if day and day < timezone.localdate():
            raise forms.ValidationError(_("The follow-up date cannot be in the past."))
        return day


class LogConsultationView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """The "Log a consultation" screen: only for those who may add requests (the
    Hotline consultants group and administrators)."""

    model = ConsultationRequest
    permission_required = "add"
    form_class = LogConsultationForm
    template_name = "hotline/admin/log_consultation.html"
    header_icon = "mail"
    page_title = gettext_lazy("Log a consultation")

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("hotline_requests:index"), "label": _("Consultation requests")},
            {"url": "", "label": _("Log a consultation")},
        ]

    def form_invalid(self, form):
        messages.error(self.request, _("The consultation could not be saved."))
        return super().form_invalid(form)

    def form_valid(self, form):
        consultation = form.save(commit=False)
        # Not a form a browser rendered: a fresh random token keeps the column unique.
        consultation.form_token = secrets.token_hex(32)
        consultation.assignee = self.request.user
        consultation.set_status(form.cleaned_data["status"])
        with transaction.atomic():
            consultation.save_new()
            notes = form.cleaned_data["notes"]
            if notes:
                InternalNote.objects.create(
                    request=consultation, author=self.request.user, text=notes
                )
            # The channel only: no note text or anything else about the person.
            log(
                consultation,
                "hotline.log",
                user=self.request.user,
                data={"received_via": consultation.received_via, "with_note": bool(notes)},
            )
        messages.success(
            self.request,
            _(
                "Consultation logged. Its reference code is %(code)s: tell it to the person, "
                "so they can quote it next time."
            )
            % {"code": consultation.reference_code},
        )
        return redirect(consultation.get_admin_url())
