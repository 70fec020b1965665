"""Wagtail's user screens: the password rules shown wherever a password is set, and
no way for a user manager to give anyone more than they hold themselves.

Wagtail lets whoever may add or change users tick "Administrator" and any group.
Here a user manager who is not a superuser cannot make or edit a superuser, can
grant only the groups they belong to, and can manage (edit, reset the second
factor, issue an enrolment link for) only accounts whose groups and own
permissions they hold themselves: otherwise a new password and a new enrolment
link would let them sign in as someone with more rights. Groups are changed by
superusers only: a group's permissions are given to everyone in it, the one who
edits it included.
"""

from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import password_validators_help_text_html
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import groups
from wagtail.users.views.users import CreateView, EditView, UserViewSet


def holds_every_right_of(acting_user, person):
    """True when `person` has no group, permission or superuser status `acting_user` lacks."""
    if acting_user.is_superuser:
        return True
    if person.is_superuser:
        return False
    own_groups = set(acting_user.groups.values_list("pk", flat=True))
    if set(person.groups.values_list("pk", flat=True)) - own_groups:
        return False
    return all(acting_user.has_perm(name) for name in person.get_all_permissions())


def may_manage(acting_user, person):
    """Whether `acting_user` may change `person`'s account, password or second factor."""
    return acting_user.has_perm("auth.change_user") and holds_every_right_of(acting_user, person)


class NoEscalationMixin:
    """Takes the signed-in user as `acting_user` and offers only what they may grant."""

    def __init__(self, *args, acting_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Whom the limits apply to: None for a superuser, or a form built without a user.
        self.limited_user = None if acting_user is None or acting_user.is_superuser else acting_user
        if self.limited_user is None:
            return
        self.fields.pop("is_superuser", None)
        if "groups" in self.fields:
            self.fields["groups"].queryset = acting_user.groups.all()

    def clean_groups(self):
        chosen = self.cleaned_data.get("groups")
        if self.limited_user is None or chosen is None:
            return chosen
        # Groups the account has and the manager cannot grant stay as they are: they
        # are not shown, so leaving them unticked must not remove them.
        kept = []
        if self.instance.pk:
            kept = self.instance.groups.exclude(pk__in=self.limited_user.groups.all())
        return Group.objects.filter(Q(pk__in=chosen) | Q(pk__in=kept))

    def clean(self):
        cleaned = super().clean()
        if self.limited_user is not None and cleaned.get("is_superuser"):
            self.add_error(None, _("Only an administrator can make another administrator."))
        return cleaned


class StaffUserCreationForm(NoEscalationMixin, UserCreationForm):
    pass


class StaffUserEditForm(NoEscalationMixin, UserEditForm):
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


class StaffUserCreateView(CreateView):
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "acting_user": self.request.user}


class StaffUserEditView(EditView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if not (self.editing_self or holds_every_right_of(request.user, self.object)):
            raise PermissionDenied

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "acting_user": self.request.user}


class StaffUserViewSet(UserViewSet):
    add_view_class = StaffUserCreateView
    edit_view_class = StaffUserEditView

    def get_form_class(self, for_update=False):
        if for_update:
            return StaffUserEditForm
        return StaffUserCreationForm


class SuperusersOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class StaffGroupCreateView(SuperusersOnlyMixin, groups.CreateView):
    pass


class StaffGroupEditView(SuperusersOnlyMixin, groups.EditView):
    pass


class StaffGroupDeleteView(SuperusersOnlyMixin, groups.DeleteView):
    pass


class StaffGroupViewSet(groups.GroupViewSet):
    add_view_class = StaffGroupCreateView
    edit_view_class = StaffGroupEditView
    delete_view_class = StaffGroupDeleteView
