"""Linking consultations of the same person: a consultant links a later consultation
to an earlier one by its reference code, both ways, and can undo it.

The audit log records the reference codes only, never anything about the person.
"""

import re
import uuid

from django import forms
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.log_actions import LogFormatter, log

from .models import REFERENCE_PREFIX, ConsultationRequest

ACTIONS = ("link", "unlink")
# What people put between the parts of a code when they read it out or type it.
SEPARATORS = re.compile(r"[\s\-‐‑–—_.]+")


def normalise_code(text):
    """ "ls 7kq2 m9xd", "7KQ2-M9XD" or "LS7KQ2M9XD" become "LS-7KQ2-M9XD"."""
    compact = SEPARATORS.sub("", text or "").upper()
    if len(compact) == 8:
        compact = REFERENCE_PREFIX + compact
    if len(compact) == 10 and compact.startswith(REFERENCE_PREFIX):
        return f"{compact[:2]}-{compact[2:6]}-{compact[6:]}"
    return compact


class LinkForm(forms.Form):
    reference_code = forms.CharField(
        label=gettext_lazy("Reference code of the earlier consultation"),
        max_length=40,
        error_messages={"required": gettext_lazy("Enter a reference code.")},
    )

    def __init__(self, *args, consultation, **kwargs):
        super().__init__(*args, **kwargs)
        self.consultation = consultation
        self.other = None

    def clean_reference_code(self):
        code = normalise_code(self.cleaned_data["reference_code"])
        if code == self.consultation.reference_code:
            raise forms.ValidationError(_("A consultation cannot be linked to itself."))
        self.other = ConsultationRequest.objects.filter(reference_code=code).first()
        if self.other is None:
            raise forms.ValidationError(
                _("No consultation has this reference code. Check it and try again.")
            )
        if self.consultation.linked_requests.filter(pk=self.other.pk).exists():
            raise forms.ValidationError(_("These consultations are already linked."))
        return code


class UnlinkForm(forms.Form):
    linked = forms.ModelChoiceField(queryset=ConsultationRequest.objects.none())

    def __init__(self, *args, consultation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["linked"].queryset = consultation.linked_requests.all()


def add_context(context, consultation, can_change):
    """The linked consultations and, for those who may change requests, the link form."""
    context.setdefault("link_form", LinkForm(consultation=consultation) if can_change else None)
    context["linked_consultations"] = consultation.linked_requests.order_by("-created_at", "-pk")


def handle(view, action):
    """The POST of the link or unlink form on a request's page (RequestDetailView)."""
    consultation, request = view.object, view.request
    form_class = LinkForm if action == "link" else UnlinkForm
    form = form_class(request.POST, consultation=consultation)
    if not form.is_valid():
        if action == "link":
            messages.error(request, _("The consultations could not be linked."))
            return view.render_to_response(view.get_context_data(link_form=form))
        messages.error(request, _("These consultations are not linked."))
        return redirect(request.path + "#linked")
    if action == "link":
        other = form.other
        consultation.linked_requests.add(other)
        message = _("Linked to %(code)s.")
    else:
        other = form.cleaned_data["linked"]
        consultation.linked_requests.remove(other)
        message = _("The link to %(code)s was removed.")
    # Each side's history says who linked it to which code, and when. Each entry has its
    # own uuid: the history page shows one entry per uuid and action, whatever the object.
    for one, two in ((consultation, other), (other, consultation)):
        one.touch()
        one.save(update_fields=["last_activity_at"])
        log(
            one,
            f"hotline.{action}",
            user=request.user,
            uuid=uuid.uuid4(),
            data={"code": two.reference_code},
        )
    messages.success(request, message % {"code": other.reference_code})
    return redirect(request.path + "#linked")


class LinkFormatter(LogFormatter):
    label = gettext_lazy("Link consultations")

    def format_message(self, log_entry):
        return _("Linked to %(code)s") % {"code": (log_entry.data or {}).get("code", "—")}


class UnlinkFormatter(LogFormatter):
    label = gettext_lazy("Unlink consultations")

    def format_message(self, log_entry):
        return _("Link to %(code)s removed") % {"code": (log_entry.data or {}).get("code", "—")}
