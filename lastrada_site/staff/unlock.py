"""The administrators' page of current sign-in lockouts, where a name is unlocked."""

from django.conf import settings
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from . import lockout
from .views import signed_in_user

PERMISSION = "auth.change_user"


def may_unlock(user):
    # Whoever manages the accounts; they must have a second factor themselves.
    return user.has_perm(PERMISSION)


class LockoutsView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = PERMISSION
    raise_exception = True
    template_name = "staff/lockouts.html"
    page_title = gettext_lazy("Sign-in lockouts")
    header_icon = "lock"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            lockouts=lockout.current_lockouts(),
            lockout_minutes=settings.LOGIN_LOCKOUT_MINUTES,
            **kwargs,
        )

    def post(self, request):
        username = request.POST.get("username", "")
        if not username or not lockout.unlock(username):
            messages.error(request, _("This name is not locked (any more)."))
            return redirect("staff_lockouts:index")
        account = lockout.account_named(username)
        administrator = signed_in_user(request)
        # The acting administrator, not the unlocked person, is the user of the entry. A
        # name without an account has no record of its own: the entry is filed under the
        # administrator's account, with the name that was unlocked.
        log(
            account or administrator,
            "staff.unlock",
            user=administrator,
            data={"name": username},
        )
        messages.success(
            request, _("%(name)s can sign in again from every address.") % {"name": username}
        )
        return redirect("staff_lockouts:index")
