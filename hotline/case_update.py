"""The case screen's one Update form: text (a reply, the person's answer or an internal
note), status, assignee, urgency, follow-up date, a contact attempt and links, checked
together and saved together in one transaction.

A consultant who types a note and then changes the status loses neither: there is
one form and one button. If any part is wrong (a call on a do-not-call request not
confirmed, an unknown code to link), nothing is saved and the whole form comes back
as it was sent. Each change is written to the audit log as before: "hotline.change"
(field names and values, never text), "hotline.add_note", "hotline.reply",
"hotline.follow_up", "hotline.contact", "hotline.link" / "hotline.unlink".
"""

import copy

from django.db import transaction
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from . import conversation
from .casework_forms import FOLLOW_UP, REPLY, HandlingForm, TextForm
from .contact_log import ContactForm, save_contact
from .linking import LinkForm, save_links
from .models import ConsultationRequest, InternalNote, MessageVia


def describe(field, value):
    """A handling value as the history stores it: keys, user names, ISO dates, yes/no."""
    if field == "assignee":
        return value.get_username() if value else ""
    if field == "follow_up_on":
        return value.isoformat() if value else ""
    if field == "is_urgent":
        return "yes" if value else "no"
    return value or ""


def shown(obj, field):
    """A handling value as the consultant reads it in the message after saving."""
    value = getattr(obj, field)
    if field == "status":
        return obj.get_status_display()
    if field == "assignee":
        return (value.get_full_name() or value.get_username()) if value else _("Nobody")
    if field == "is_urgent":
        return _("yes") if value else _("no")
    return date_format(value, "DATE_FORMAT") if value else "—"


class CaseUpdate:
    def __init__(self, consultation, user, data=None):
        self.consultation = consultation
        self.user = user
        self.bound = data is not None
        # A bound form writes what it cleans into its instance: give it a copy.
        instance = copy.copy(consultation) if self.bound else consultation
        self.handling = HandlingForm(data, instance=instance)
        self.link = LinkForm(data, consultation=consultation)
        self.text = self.contact = None
        if not consultation.is_erased:
            self.text = TextForm(data, reply_via=conversation.reply_via(consultation))
            self.contact = ContactForm(data, contact_request=consultation)

    @property
    def forms(self):
        return [form for form in (self.handling, self.text, self.contact, self.link) if form]

    def is_valid(self):
        return all([form.is_valid() for form in self.forms])

    def save(self):
        """Save every part; returns the sentences that say what was done."""
        with transaction.atomic():
            # One update at a time per request: a colleague's save waits for this one.
            obj = ConsultationRequest.objects.select_for_update().get(pk=self.consultation.pk)
            self.consultation = obj
            done = self.save_handling(obj)
            done += self.save_text(obj)
            if self.contact is not None and save_contact(obj, self.contact, self.user):
                done.append(_("Contact recorded."))
            done += save_links(self.link, self.user)
            if done:
                obj.touch()
        return done

    def save_handling(self, obj):
        changes = {}
        for field in self.handling.changed_data:
            before = describe(field, getattr(obj, field))
            value = self.handling.cleaned_data[field]
            if field == "status":
                obj.set_status(value)
            else:
                setattr(obj, field, value)
            after = describe(field, getattr(obj, field))
            if before != after:
                changes[field] = {"from": before, "to": after}
        if not changes:
            return []
        obj.save(update_fields=[*self.handling.fields, "first_response_at", "closed_at"])
        log(obj, "hotline.change", user=self.user, data={"changes": changes})
        return [
            _("%(field)s: %(value)s.")
            % {"field": self.handling[field].label, "value": shown(obj, field)}
            for field in changes
        ]

    def save_text(self, obj):
        if self.text is None or not self.text.cleaned_data["text"]:
            return []
        text, kind = self.text.cleaned_data["text"], self.text.cleaned_data["text_kind"]
        if kind == REPLY:
            message = conversation.add_reply(obj, self.user, text)
            if message.via == MessageVia.EMAIL:
                return [_("Reply saved: it is sent by e-mail within a few minutes.")]
            return [_("Reply saved: the person reads it on the site with their code and key.")]
        if kind == FOLLOW_UP:
            conversation.record_follow_up(obj, self.user, text)
            return [_("The person's answer was added to the conversation.")]
        # Anything else is a note: the kind that never leaves the hotline.
        note = InternalNote.objects.create(request=obj, author=self.user, text=text)
        log(obj, "hotline.add_note", user=self.user, data={"note": note.pk})
        return [_("Note added.")]
