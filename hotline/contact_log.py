"""Contact attempts on a request: the safe-contact box and the contact part of the case
screen's Update form (case_update.py).

A call to someone who asked not to be called, or a message left for someone who
asked for none, can put them in danger, so the form stops such a record (and with
it the whole update) until the consultant confirms a reason.
"""

from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.log_actions import LogFormatter, log

from .models import CALL_KINDS, ContactAttempt, ContactKind, MayCall

# How far back a contact may be recorded: enough for a weekend or a holiday
# without the system, short enough that a mistyped year is caught.
MAX_DAYS_BACK = 30
# The person has heard from the hotline: an unanswered call does not count.
RESPONSE_KINDS = tuple(kind for kind in ContactKind if kind != ContactKind.CALL_NO_ANSWER)


def safe_contact_lines(obj):
    """(sentence, is_restriction) pairs saying how the person may be contacted."""
    if obj.is_erased:
        return [(_("The contact preferences were erased with the personal data."), False)]
    calls = {
        MayCall.NO: (_("Do not call: write only."), True),
        MayCall.YES: (_("May call."), False),
    }
    channel = obj.get_contact_channel_display()
    return [
        calls.get(obj.may_call, (_("The person did not say whether we may call."), False)),
        (_("Safe times: %(times)s") % {"times": obj.safe_times}, True)
        if obj.safe_times
        else (_("No safe times given."), False),
        (_("May leave a message."), False)
        if obj.may_leave_message
        else (_("Do not leave a message: no voicemail, no message with anyone else."), True),
        (_("May say who is calling."), False)
        if obj.may_say_who_we_are
        else (_("Do not say who is calling: do not name the hotline."), True),
        (_("Contact channel: %(channel)s") % {"channel": channel}, False)
        if obj.contact_channel
        else (_("No contact channel given."), False),
    ]


def confirmation_warnings(obj, kind):
    """Why recording this kind of contact goes against the person's wishes, if it does."""
    warnings = []
    if kind in CALL_KINDS and obj.may_call == MayCall.NO:
        warnings.append(_("This person asked not to be called: write to them instead."))
    if kind == ContactKind.CALL_MESSAGE_LEFT and not obj.may_leave_message:
        warnings.append(_("This person did not allow leaving a message."))
    return warnings


class ContactForm(forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("Contact attempt"),
        choices=[("", gettext_lazy("None to record")), *ContactKind.choices],
        widget=forms.RadioSelect,
        required=False,
    )
    made_at = forms.DateTimeField(
        label=gettext_lazy("Time of the contact"),
        required=False,
        widget=AdminDateTimeInput,
    )
    confirm = forms.BooleanField(
        label=gettext_lazy("I have a reason to call despite the request"),
        required=False,
    )

    def __init__(self, *args, contact_request, **kwargs):
        super().__init__(*args, **kwargs)
        self.contact_request = contact_request
        example = timezone.localtime().strftime("%Y-%m-%d %H:%M")
        self.fields["made_at"].help_text = _(
            "Leave empty if it was just now; otherwise enter it like %(example)s."
        ) % {"example": example}
        self.warnings = []
        if contact_request.may_call != MayCall.NO:
            # Calls are allowed here: only a message left can go against the request.
            self.fields["confirm"].label = _(
                "I have a reason to leave a message despite the request"
            )

    def clean_made_at(self):
        value = self.cleaned_data["made_at"]
        now = timezone.now()
        if value is None or not self.data.get(self.add_prefix("kind")):
            return now
        if value > now:
            raise forms.ValidationError(_("The time of a contact cannot be in the future."))
        if value < now - timedelta(days=MAX_DAYS_BACK):
            raise forms.ValidationError(
                ngettext(
                    "Enter a time within the last %(days)s day.",
                    "Enter a time within the last %(days)s days.",
                    MAX_DAYS_BACK,
                )
                % {"days": MAX_DAYS_BACK}
            )
        if value < self.contact_request.created_at:
            raise forms.ValidationError(_("The time of a contact cannot be before the request."))
        return value

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("kind"):
            return cleaned
        self.warnings = confirmation_warnings(self.contact_request, cleaned.get("kind"))
        if self.warnings and not cleaned.get("confirm"):
            self.add_error(
                "confirm",
                _(
                    "Nothing was recorded. Tick the box if you have a reason to go against "
                    "the person's request, or choose another kind of contact."
                ),
            )
        return cleaned


def contact_context(obj):
    """The contact attempts and the safe-contact box of the case screen."""
    lines = safe_contact_lines(obj)
    return {
        "contact_attempts": list(obj.contact_attempts.select_related("made_by")),
        "safe_contact": lines,
        "safe_contact_restricted": any(restricted for _line, restricted in lines),
    }


def save_contact(obj, form, user):
    """Record the contact of a valid ContactForm, if one was chosen; inside the update's
    transaction. Returns the kind recorded, or ""."""
    kind, made_at = form.cleaned_data["kind"], form.cleaned_data["made_at"]
    if not kind:
        return ""
    ContactAttempt.objects.create(request=obj, kind=kind, made_by=user, made_at=made_at)
    if kind in RESPONSE_KINDS:
        obj.record_response(made_at)
    # The kind, and whether the consultant confirmed going against the person's
    # wishes: nothing the person said and nothing that identifies them.
    data = {"kind": kind, "despite_request": bool(form.warnings)}
    log(obj, "hotline.contact", user=user, data=data)
    return kind


class ContactFormatter(LogFormatter):
    """The history's wording of a "hotline.contact" entry."""

    label = gettext_lazy("Record contact")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        kind = dict(ContactKind.choices).get(data.get("kind", ""), data.get("kind", ""))
        if data.get("despite_request"):
            return _("Recorded contact: %(kind)s, against the person's request (confirmed)") % {
                "kind": kind
            }
        return _("Recorded contact: %(kind)s") % {"kind": kind}
