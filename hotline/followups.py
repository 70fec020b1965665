"""Follow-ups: the day a consultant means to come back to a consultation, the list
filter that finds those due, and the dashboard panel with the consultant's own count."""

import django_filters
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from .models import OPEN_STATUSES, ConsultationRequest

DUE = "due"
ANY = "any"
VIEW_PERMISSION = "hotline.view_consultationrequest"


def follow_ups(queryset, which=DUE, today=None):
    """Open requests with a follow-up date: all of them, or those due today or earlier."""
    queryset = queryset.filter(status__in=OPEN_STATUSES, follow_up_on__isnull=False)
    if which == DUE:
        queryset = queryset.filter(follow_up_on__lte=today or timezone.localdate())
    return queryset


class FollowUpFilter(django_filters.ChoiceFilter):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("Follow-up"),
            choices=[(DUE, _("Due today or overdue")), (ANY, _("Any follow-up set"))],
            method=lambda queryset, name, value: follow_ups(queryset, value),
            **kwargs,
        )


class FollowUpsPanel(Component):
    """How many of the signed-in consultant's own open requests are due for a follow-up."""

    name = "hotline_follow_ups"
    template_name = "hotline/admin/follow_ups_panel.html"
    order = 90

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        count = follow_ups(ConsultationRequest.objects.filter(assignee=self.user)).count()
        query = urlencode({"follow_up": DUE, "assignee": self.user.pk})
        return {"count": count, "url": f"{reverse('hotline_requests:index')}?{query}"}


def add_follow_ups_panel(request, panels):
    if request.user.has_perm(VIEW_PERMISSION):
        panels.append(FollowUpsPanel(request.user))
