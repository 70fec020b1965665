"""The conversation with the person: replies, their follow-ups, and who read what.

A consultant's reply reaches the person where they asked to be answered: on the
answers page of the site (answers.py), or by e-mail through the outbox
(notifications.py). The person writes back on the answers page; what they send
by e-mail is copied in by a consultant. Every step is in the audit log with who
and when, never the text.
"""

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from .models import (
    Channel,
    Direction,
    MessageVia,
    OutgoingKind,
    OutgoingNotification,
    Status,
)
from .notifications import queue_notification

# The channels a consultant's reply can go by from the case screen.
REPLY_CHANNELS = {Channel.SITE: MessageVia.SITE, Channel.EMAIL: MessageVia.EMAIL}


def reply_via(consultation):
    """How a reply would reach this person, or None when it cannot go from here (another
    channel, no address to write to, or the data erased)."""
    if consultation.is_erased:
        return None
    if consultation.contact_channel == Channel.EMAIL and not consultation.contact_value:
        return None
    return REPLY_CHANNELS.get(consultation.contact_channel)


def add_reply(consultation, author, text, now=None):
    """A consultant's reply; by e-mail it is queued in the outbox in the same transaction.

    A reply is the hotline reaching the person, so the earliest one is the first
    response, also when a later status change would have set it.
    """
    now = now or timezone.now()
    via = reply_via(consultation)
    message = consultation.messages.create(
        direction=Direction.REPLY, via=via, author=author, text=text, created_at=now
    )
    if via == MessageVia.EMAIL:
        OutgoingNotification.objects.create(
            request=consultation, kind=OutgoingKind.REPLY, message=message
        )
    consultation.record_response(now)
    log(consultation, "hotline.reply", user=author, data={"via": via, "message": message.pk})
    return message


def record_follow_up(consultation, author, text):
    """What the person answered by e-mail or otherwise, copied in by a consultant."""
    message = consultation.messages.create(
        direction=Direction.FOLLOW_UP, via=MessageVia.RECORDED, author=author, text=text
    )
    log(
        consultation,
        "hotline.follow_up",
        user=author,
        data={"via": MessageVia.RECORDED, "message": message.pk},
    )
    return message


def add_follow_up_from_site(consultation, text, form_token):
    """The person wrote back on the answers page. The request goes back to the queue
    as "needs action" and the consultants are told (reference code only).

    Returns (message, created): the same form sent again finds its first message.
    """
    existing = consultation.messages.filter(form_token=form_token).first()
    if existing is not None:
        return existing, False
    with transaction.atomic():
        message = consultation.messages.create(
            direction=Direction.FOLLOW_UP, via=MessageVia.SITE, text=text, form_token=form_token
        )
        consultation.set_status(Status.NEEDS_ACTION)
        consultation.touch()
        consultation.save(update_fields=["status", "closed_at"])
        queue_notification(consultation, kind=OutgoingKind.FOLLOW_UP)
        log(consultation, "hotline.follow_up", data={"via": MessageVia.SITE, "message": message.pk})
    return message, True


def shown_to_the_person(consultation):
    """What the answers page shows: replies and the person's own messages, oldest first.
    Internal notes and contact attempts are never part of it."""
    return list(consultation.messages.order_by("created_at", "pk"))


def mark_read(consultation):
    """The person opened the answers page: note when they first saw each reply, and
    write the reading to the audit log (how many replies, never what they say)."""
    unread = consultation.messages.filter(direction=Direction.REPLY, read_at=None)
    newly_read = unread.update(read_at=timezone.now())
    replies = consultation.messages.filter(direction=Direction.REPLY).count()
    log(consultation, "hotline.answers_read", data={"replies": replies, "new": newly_read})
