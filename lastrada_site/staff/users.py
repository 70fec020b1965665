"""Wagtail's user screens, with the password rules shown wherever a password is set."""

from django.contrib.auth.password_validation import password_validators_help_text_html
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.users.forms import UserEditForm
from wagtail.users.views.users import UserViewSet


class StaffUserEditForm(UserEditForm):
    """On an existing account the password may stay empty, but a new one must follow
    the same rules as on the new-user form, so the rules are shown here too."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "password1" in self.fields:
            self.fields["password1"].help_text = format_html(
                "{} {}",
                _("Leave both password fields empty to keep the current password."),
                password_validators_help_text_html(),
            )


class StaffUserViewSet(UserViewSet):
    def get_form_class(self, for_update=False):
        if for_update:
            return StaffUserEditForm
        return super().get_form_class(for_update)
