"""Linking consultations of the same person: a consultant links a later consultation
to an earlier one by its reference code, both ways, and can undo it, with the case
screen's Update form (case_update.py).

The audit log records the reference codes only, never anything about the person.
"""

import re
import uuid

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import LogFormatter, log

from .models import REFERENCE_PREFIX, ConsultationRequest

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
    """Link to another consultation (a code typed in), or unlink one (a button)."""

    reference_code = forms.CharField(
        label=gettext_lazy("Link to an earlier consultation"),
        help_text=gettext_lazy("Its reference code, such as LS-7KQ2-M9XD."),
        max_length=40,
        required=False,
    )
    unlink = forms.ModelChoiceField(queryset=ConsultationRequest.objects.none(), required=False)

    def __init__(self, *args, consultation, **kwargs):
        super().__init__(*args, **kwargs)
        self.consultation = consultation
        self.other = None
        self.fields["unlink"].queryset = consultation.linked_requests.all()
        self.fields["unlink"].error_messages["invalid_choice"] = _(
            "These consultations are not linked."
        )

    def clean_reference_code(self):
        if not self.cleaned_data["reference_code"].strip():
            return ""
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


def save_links(form, user):
    """Link or unlink as a valid LinkForm asks; returns the messages to show."""
    consultation = form.consultation
    done = []
    if form.other is not None:
        consultation.linked_requests.add(form.other)
        log_both(consultation, form.other, "link", user)
        done.append(_("Linked to %(code)s.") % {"code": form.other.reference_code})
    unlinked = form.cleaned_data.get("unlink")
    if unlinked is not None:
        consultation.linked_requests.remove(unlinked)
        log_both(consultation, unlinked, "unlink", user)
        done.append(_("The link to %(code)s was removed.") % {"code": unlinked.reference_code})
    return done


def log_both(consultation, other, action, user):
    """Each side's history says who linked it to which code, and when. Each entry has its
    own uuid: the history page shows one entry per uuid and action, whatever the object."""
    for one, two in ((consultation, other), (other, consultation)):
        one.touch()
        log(
            one,
            f"hotline.{action}",
            user=user,
            uuid=uuid.uuid4(),
            data={"code": two.reference_code},
        )


class LinkFormatter(LogFormatter):
    label = gettext_lazy("Link consultations")
    wording = gettext_lazy("Linked to %(code)s")

    def format_message(self, log_entry):
        return self.wording % {"code": (log_entry.data or {}).get("code", "—")}


class UnlinkFormatter(LinkFormatter):
    label = gettext_lazy("Unlink consultations")
    wording = gettext_lazy("Link to %(code)s removed")
