"""The consultants' forms on a request's page in the admin: handling (status,
assignee, follow-up) and internal notes."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from .forms import TrimmedCharField
from .models import ConsultationRequest, InternalNote, Status


def staff_users():
    """Who may be assigned a request: active users who can handle requests."""
    user_model = get_user_model()
    return (
        user_model.objects.filter(is_active=True)
        .filter(
            Q(is_superuser=True)
            | Q(
                groups__permissions__codename="change_consultationrequest",
                groups__permissions__content_type__app_label="hotline",
            )
            | Q(
                user_permissions__codename="change_consultationrequest",
                user_permissions__content_type__app_label="hotline",
            )
        )
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.get_username()


class HandlingForm(forms.ModelForm):
    """Status, assignee and follow-up date, changed by a consultant on the request's page."""

    assignee = UserChoiceField(
        queryset=None, required=False, label=_("Assignee"), empty_label=_("Nobody")
    )

    class Meta:
        model = ConsultationRequest
        fields = ["status", "assignee", "follow_up_on"]
        widgets = {"follow_up_on": AdminDateInput}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = staff_users()
        self.fields["status"].choices = Status.choices


class NoteForm(forms.ModelForm):
    text = TrimmedCharField(
        label=_("New internal note"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Only consultants see notes. They are erased with the request's data."),
    )

    class Meta:
        model = InternalNote
        fields = ["text"]
