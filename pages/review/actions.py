"""“Mark checked today”: a page's review date set through the usual moderation path.

The item in the page editor's actions menu posts the editor's form like "Publish"
or "Submit for moderation" does. Before Wagtail's edit view reads the form, the
review date in it is replaced with today (in the site's time zone, Minsk) and
the form is turned into a publish, for those who may publish, or a submission
for moderation, for those who may not. So an Editor's review waits for a
Moderator like any other change, and the reader sees the new date only once it
is approved.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.action_menu import ActionMenuItem

ACTION = "action-mark-checked"


def review_date_field(page):
    """The name of the page type's review date field, or None if it has none."""
    return getattr(page.specific_class, "review_date_field", None)


def follow_up(permissions):
    """The edit view's own action that a review turns into for this user, if any."""
    if permissions.can_publish():
        return "action-publish"
    if permissions.can_submit_for_moderation():
        return "action-submit"
    return None


class MarkCheckedMenuItem(ActionMenuItem):
    name = ACTION
    icon_name = "calendar-check"

    def is_shown(self, context):
        page = context.get("page")
        return (
            context["view"] == "edit"
            and not context["locked_for_user"]
            and review_date_field(page) is not None
            and follow_up(self.get_user_page_permissions_tester(context)) is not None
        )

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        if follow_up(self.get_user_page_permissions_tester(parent_context)) == "action-publish":
            context["label"] = _("Mark checked today and publish")
        else:
            context["label"] = _("Mark checked today and submit for moderation")
        return context


def mark_checked(request, page):
    """The `before_edit_page` hook: a review's form becomes a publish or a submission."""
    field = review_date_field(page)
    if request.method != "POST" or not request.POST.get(ACTION) or field is None:
        return None
    action = follow_up(page.permissions_for_user(request.user))
    if action is None:
        return None
    data = request.POST.copy()
    data[field] = timezone.localdate().isoformat()
    data[action] = ACTION
    request.POST = data
    return None
