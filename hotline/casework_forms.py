"""The parts of the case screen's one Update form (case_update.py puts them together):
handling (status, assignee, urgency, follow-up) and the text a consultant writes."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from .forms import TrimmedCharField
from .models import ConsultationRequest, MessageVia, Status

# What the text of an update becomes.
NOTE = "note"
REPLY = "reply"
FOLLOW_UP = "follow_up"


def staff_users():
    """Who may be assigned a request: active users who can handle requests."""
    users = get_user_model().objects.with_perm(
        "hotline.change_consultationrequest", backend="django.contrib.auth.backends.ModelBackend"
    )
    return users.order_by("first_name", "last_name", "username")


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.get_username()


class HandlingForm(forms.ModelForm):
    """Status, assignee, urgency and follow-up date, in the case screen's sidebar.

    Each field also sends the value it was shown with, so only what this consultant
    changed is saved: a colleague's change made meanwhile is not undone.
    """

    assignee = UserChoiceField(
        queryset=None, required=False, label=_("Assignee"), empty_label=_("Nobody")
    )

    class Meta:
        model = ConsultationRequest
        fields = ["status", "assignee", "is_urgent", "follow_up_on"]
        labels = {"is_urgent": _("In danger now"), "follow_up_on": _("Follow up on")}
        widgets = {"follow_up_on": AdminDateInput}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = staff_users()
        self.fields["status"].choices = Status.choices
        for field in self.fields.values():
            field.show_hidden_initial = True

    def hidden_initials(self):
        """The values each field was shown with, which tell what the consultant changed."""
        return format_html_join(
            "", "{}", ((self[name].as_hidden(only_initial=True),) for name in self.fields)
        )


def text_choices(reply_via):
    """What the text may become on this request: a reply only where one can reach the
    person from here (answers on the site, or e-mail)."""
    choices = [(NOTE, _("Internal note (only consultants see it)"))]
    if reply_via == MessageVia.SITE:
        choices.append((REPLY, _("Reply to the person: shown on the site's answers page")))
    elif reply_via == MessageVia.EMAIL:
        choices.append((REPLY, _("Reply to the person: sent by e-mail to their address")))
    choices.append((FOLLOW_UP, _("The person's answer, received by e-mail or otherwise")))
    return choices


class TextForm(forms.Form):
    """The text of an update: a note, a reply or the person's answer, or nothing."""

    text = TrimmedCharField(
        label=_("Text"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Notes and the conversation are stored encrypted and erased with the request's "
            "data. Only a reply reaches the person."
        ),
    )
    text_kind = forms.ChoiceField(
        label=_("This text is"), widget=forms.RadioSelect, initial=NOTE, required=False
    )

    def __init__(self, *args, reply_via=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text_kind"].choices = text_choices(reply_via)

    def clean_text_kind(self):
        # Nothing chosen (an old page, a hand-made post): the safe kind, a note.
        return self.cleaned_data.get("text_kind") or NOTE
