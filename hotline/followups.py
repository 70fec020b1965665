"""Follow-ups: the day a consultant means to come back to a consultation, the list
filter that finds those due, and the dashboard panel that tells a consultant what
waits: new requests, people who wrote back, urgent ones, and their own follow-ups
due, each a link to the filtered list."""

import django_filters
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from .models import OPEN_STATUSES, QUEUE_STATUSES, ConsultationRequest, Status

DUE = "due"
ANY = "any"


def follow_ups(queryset, which=DUE):
    """Open requests with a follow-up date: all of them, or those due today or earlier."""
    queryset = queryset.filter(status__in=OPEN_STATUSES, follow_up_on__isnull=False)
    if which == DUE:
        queryset = queryset.filter(follow_up_on__lte=timezone.localdate())
    return queryset


FOLLOW_UP_FILTER = django_filters.ChoiceFilter(
    label=_("Follow-up"),
    choices=[(DUE, _("Due today or overdue")), (ANY, _("Any follow-up set"))],
    method=lambda queryset, name, value: follow_ups(queryset, value),
)


class HotlineQueuePanel(Component):
    """What waits in the queue, and the signed-in consultant's own follow-ups due."""

    name = "hotline_queue"
    template_name = "hotline/admin/queue_panel.html"
    order = 90

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        queue = ConsultationRequest.objects.in_main_queue()
        index = reverse("hotline_requests:index")

        def link(**query):
            return f"{index}?{urlencode(query)}"

        return {
            "new": queue.filter(status=Status.NEW).count(),
            "new_url": link(status=Status.NEW),
            "needs_action": queue.filter(status=Status.NEEDS_ACTION).count(),
            "needs_action_url": link(status=Status.NEEDS_ACTION),
            "urgent": queue.filter(status__in=QUEUE_STATUSES, is_urgent=True).count(),
            "urgent_url": link(is_urgent="true"),
            "follow_ups": follow_ups(queue.filter(assignee=self.user)).count(),
            "follow_ups_url": link(follow_up=DUE, assignee=self.user.pk),
        }


def add_follow_ups_panel(request, panels):
    if request.user.has_perm("hotline.view_consultationrequest"):
        panels.append(HotlineQueuePanel(request.user))
