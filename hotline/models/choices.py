"""The fixed vocabularies of the hotline. Statistics count these keys from year to
year, so a key never changes once it is in use; only its label may."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class RequestTopic(models.TextChoices):
    """What a request is about. A fixed list, unlike the editors' Topic snippets that
    group guides and news: statistics must count the same keys from year to year."""

    EMPLOYMENT = "employment", _("Employment abroad")
    STUDY = "study", _("Study abroad")
    MARRIAGE = "marriage", _("Marriage with a foreign citizen")
    TRAVEL = "travel", _("Travel, visas and documents")
    CRISIS = "crisis", _("Crisis abroad or exploitation")
    MISSING = "missing", _("A missing person")
    FOREIGNERS = "foreigners", _("Rights of foreigners in Belarus")
    OTHER = "other", _("Something else")


class Channel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    PHONE = "phone", _("Phone call")
    SMS = "sms", _("SMS")
    VIBER = "viber", "Viber"
    TELEGRAM = "telegram", "Telegram"
    WHATSAPP = "whatsapp", "WhatsApp"
    # For someone who can give neither a phone number nor an e-mail address that is
    # safe: they read the answer on the site with their reference code and a secret key.
    SITE = "site", _("Answers on this site")


class MayCall(models.TextChoices):
    YES = "yes", _("Yes, you may call me")
    NO = "no", _("No, do not call me; write to me instead")


class Status(models.TextChoices):
    # In context, so that each label agrees with the word for a request in Russian
    # and Belarusian, whatever the same English word means elsewhere.
    NEW = "new", pgettext_lazy("request status", "New")
    # The person wrote back: the request is back in the queue until a consultant acts.
    NEEDS_ACTION = "needs_action", pgettext_lazy("request status", "Needs action")
    IN_PROGRESS = "in_progress", pgettext_lazy("request status", "In progress")
    WAITING = "waiting", pgettext_lazy("request status", "Waiting for the person")
    ANSWERED = "answered", pgettext_lazy("request status", "Answered")
    CLOSED = "closed", pgettext_lazy("request status", "Closed")
    SPAM = "spam", pgettext_lazy("request status", "Spam")
    # The hidden bot-trap field was filled, but the rest was a valid request: browser
    # autofill does that for real people too, so it is kept for a consultant to look at.
    SUSPECTED_SPAM = "suspected_spam", pgettext_lazy("request status", "Suspected spam")


# What the consultants' list shows by default: what someone still has to act on.
# Answered, closed and spam requests are behind the Status filter.
QUEUE_STATUSES = (Status.NEW, Status.NEEDS_ACTION, Status.IN_PROGRESS, Status.WAITING)
OPEN_STATUSES = (*QUEUE_STATUSES, Status.ANSWERED)
FINISHED_STATUSES = (Status.CLOSED, Status.SPAM)
# Never counted in statistics, and kept out of the consultants' main queue.
SPAM_STATUSES = (Status.SPAM, Status.SUSPECTED_SPAM)
# A consultant has reached the person once the request waits for them or is answered.
RESPONDED_STATUSES = (Status.WAITING, Status.ANSWERED)


class ReceivedVia(models.TextChoices):
    """How a consultation reached the hotline: the web form, or a channel where a
    consultant took it and logged it in the admin."""

    WEB = "web", _("Web form")
    PHONE = "phone", _("Phone call")
    VIBER = "viber", "Viber"
    TELEGRAM = "telegram", "Telegram"
    WHATSAPP = "whatsapp", "WhatsApp"
    EMAIL = "email", _("E-mail")
    IN_PERSON = "in_person", _("In person")


# The channels a consultant logs by hand.
LOGGED_CHANNELS = tuple(choice for choice in ReceivedVia if choice != ReceivedVia.WEB)


class AgeGroup(models.TextChoices):
    NOT_SAID = "not_said", _("Not said")
    UNDER_18 = "under_18", _("Under 18")
    FROM_18 = "18_24", "18–24"
    FROM_25 = "25_34", "25–34"
    FROM_35 = "35_44", "35–44"
    FROM_45 = "45_54", "45–54"
    FROM_55 = "55_plus", _("55 or older")


class Gender(models.TextChoices):
    NOT_SAID = "not_said", _("Not said")
    FEMALE = "female", _("Woman")
    MALE = "male", _("Man")
    OTHER = "other", _("Another gender")


class ContactKind(models.TextChoices):
    """One attempt to reach the person, or their answer. The labels are short, so they
    are translated in context."""

    CALL_REACHED = "call_reached", pgettext_lazy("contact attempt", "Called — reached")
    CALL_NO_ANSWER = "call_no_answer", pgettext_lazy("contact attempt", "Called — no answer")
    CALL_MESSAGE_LEFT = (
        "call_message_left",
        pgettext_lazy("contact attempt", "Called — message left"),
    )
    WROTE = "wrote", pgettext_lazy("contact attempt", "Wrote")
    REPLIED = "replied", pgettext_lazy("contact attempt", "The person replied")


CALL_KINDS = (ContactKind.CALL_REACHED, ContactKind.CALL_NO_ANSWER, ContactKind.CALL_MESSAGE_LEFT)


class Direction(models.TextChoices):
    """Which way a message of the conversation went."""

    REPLY = "reply", _("Reply to the person")
    FOLLOW_UP = "follow_up", _("From the person")


class MessageVia(models.TextChoices):
    """How a message of the conversation travelled."""

    SITE = "site", _("on this site")
    EMAIL = "email", _("by e-mail")
    # The person answered by e-mail or another way, and a consultant copied it in.
    RECORDED = "recorded", _("recorded by a consultant")
