"""The consultant's case screen: one request, its conversation, and one Update form.

The main column starts with the person's message, then everything that happened, in
time order: replies, the person's follow-ups, internal notes (marked as internal)
and contact attempts; the Update form comes last. The sidebar holds status,
assignee, urgency, follow-up date, the safe-contact box, the linked consultations
and the request's details. Saving returns to the form (#update), so the consultant
stays where they were.

Every opening is written to the audit log as "hotline.view"; each change as
case_update.py describes. The entries name the request by its reference code and
hold field names and staff user names only.
"""

from django.contrib.messages import get_messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.log_actions import LogFormatter, log

from . import conversation
from .case_update import CaseUpdate
from .contact_log import contact_context
from .encryption import describe_key_problem, is_unreadable
from .models import ConsultationRequest, Status


def timeline(consultation):
    """(kind, moment, entry) for every reply, follow-up, note and contact, oldest first."""
    entries = [
        ("reply" if message.is_reply else "follow_up", message.created_at, message)
        for message in consultation.messages.select_related("author")
    ]
    entries += [
        ("note", note.created_at, note) for note in consultation.notes.select_related("author")
    ]
    entries += [
        ("contact", attempt.made_at, attempt)
        for attempt in consultation.contact_attempts.select_related("made_by")
    ]
    return sorted(entries, key=lambda entry: (entry[1], entry[0]))


class RequestDetailView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    model = ConsultationRequest
    permission_required = "view"
    template_name = "hotline/admin/request_detail.html"
    header_icon = "mail"
    index_url_name = None
    history_url_name = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(
            ConsultationRequest.objects.select_related("assignee"), pk=kwargs["pk"]
        )

    def get_page_title(self):
        return _("Request %(code)s") % {"code": self.object.reference_code}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": _("Consultation requests")},
            {"url": "", "label": self.object.reference_code},
        ]

    @cached_property
    def can_change(self):
        return self.user_has_permission("change")

    def get(self, request, *args, **kwargs):
        log(self.object, "hotline.view", user=request.user)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not self.can_change:
            raise PermissionDenied
        update = CaseUpdate(self.object, request.user, request.POST)
        if not update.is_valid():
            messages.error(
                request,
                _(
                    "Nothing was saved: correct what is marked below. Everything you wrote "
                    "is still there."
                ),
            )
            return self.render_to_response(self.get_context_data(update=update))
        done = update.save()
        code = self.object.reference_code
        if done:
            messages.success(
                request, " ".join([_("Request %(code)s updated.") % {"code": code}, *done])
            )
        else:
            messages.info(request, _("Nothing to save: nothing was changed."))
        return redirect(request.path + "#update")

    def get_context_data(self, update=None, **kwargs):
        obj = self.object
        if update is None and self.can_change:
            update = CaseUpdate(obj, self.request.user)
        entries = timeline(obj)
        unreadable = obj.has_unreadable_fields or any(
            is_unreadable(getattr(entry, "text", "")) for _kind, _moment, entry in entries
        )
        return super().get_context_data(
            **contact_context(obj),
            object=obj,
            update=update,
            timeline=entries,
            reply_via=conversation.reply_via(obj),
            linked_consultations=obj.linked_requests.order_by("-created_at", "-pk"),
            key_problem=describe_key_problem() if unreadable else "",
            can_change=self.can_change,
            history_url=reverse(self.history_url_name, args=[obj.pk]),
            index_url=reverse(self.index_url_name),
            # Shown beside the Update form, where saving brings the consultant back,
            # rather than at the top of the page, which is then out of sight.
            case_messages=list(get_messages(self.request)),
            messages=[],
            **kwargs,
        )


class ChangeFormatter(LogFormatter):
    """The history's wording of a "hotline.change" entry, as case_update.py writes it."""

    label = gettext_lazy("Change hotline request")

    def format_message(self, log_entry):
        changes = (log_entry.data or {}).get("changes", {})
        wordings = {
            "status": _("status %(old)s → %(new)s"),
            "assignee": _("assignee %(old)s → %(new)s"),
            "is_urgent": _("in danger now %(old)s → %(new)s"),
            "follow_up_on": _("follow-up %(old)s → %(new)s"),
        }
        shown = {
            "status": dict(Status.choices),
            "is_urgent": {"yes": _("yes"), "no": _("no")},
        }
        parts = []
        for field, wording in wordings.items():
            if field in changes:
                # A status is stored as its key; the history shows its label.
                labels = shown.get(field, {})
                old, new = changes[field]["from"], changes[field]["to"]
                parts.append(
                    wording
                    % {"old": labels.get(old, old) or "—", "new": labels.get(new, new) or "—"}
                )
        return _("Changed: %(changes)s") % {"changes": "; ".join(parts) or "—"}
