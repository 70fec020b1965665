"""Consultation requests sent from the public form and handled by hotline consultants.

A consultation taken by phone, messenger, e-mail or in person is logged by a
consultant as a request too, so that one queue and one set of statistics hold
every channel (`received_via` tells them apart).

Fields are split in two kinds. *Statistics fields* (topic, country, channels,
language, urgency, age group, gender, dates, status) stay for good. *Personal fields* (name,
contact, safe-contact preferences, message), the conversation and the internal
notes are stored encrypted (see encryption.py) and erased by `manage.py purge_hotline_data` once
a request has been closed, or left without activity, for longer than
HOTLINE_RETENTION_DAYS. Nothing personal may appear in `__str__`, because
Wagtail's audit log and admin breadcrumbs show it.
"""

import datetime
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import ModelLogEntry

from pages.tools.country_names import all_country_choices, country_name

from ..encryption import is_unreadable
from ..fields import EncryptedTextField, staff_user
from . import choices as vocabulary

# Easy to read aloud and to type: no 0/O, 1/I/L.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
REFERENCE_PREFIX = "LS"


def generate_reference_code():
    """A random code like LS-7KQ2-M9XD: about 40 bits, not guessable, not sequential."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"{REFERENCE_PREFIX}-{chars[:4]}-{chars[4:]}"


# Personal fields and the value each one gets when it is erased.
PERSONAL_FIELDS = {
    "name": "",
    "contact_value": "",
    "may_call": "",
    "safe_times": "",
    "may_leave_message": False,
    "may_say_who_we_are": False,
    "message": "",
    # Whoever could open the answers page with the key could read the conversation.
    "answer_key_hash": "",
    "answer_key_to_show": "",
}


def start_of_day(moment):
    """Midnight of the moment's day in the site's time zone: an erased request keeps
    the day it arrived (for statistics), not the minute, which could identify it."""
    if moment is None:
        return None
    local = timezone.localtime(moment)
    return timezone.make_aware(datetime.datetime.combine(local.date(), datetime.time()))


def key_of(choices, verbose_name, max_length=10, **options):
    """A key of one of the fixed vocabularies (choices.py)."""
    return models.CharField(verbose_name, max_length=max_length, choices=choices.choices, **options)


class ConsultationRequestQuerySet(models.QuerySet):
    def due_for_purge(self, now):
        """Not yet erased, and either closed (or spam) longer than HOTLINE_RETENTION_DAYS
        ago, or still open with no activity for that long: a request nobody works on
        must not keep someone's story for ever."""
        cutoff = now - timedelta(days=settings.HOTLINE_RETENTION_DAYS)
        finished = models.Q(status__in=vocabulary.FINISHED_STATUSES, closed_at__lt=cutoff)
        abandoned = models.Q(last_activity_at__lt=cutoff) & ~models.Q(
            status__in=vocabulary.FINISHED_STATUSES
        )
        return self.filter(finished | abandoned, personal_data_erased_at=None)

    def counted_in_statistics(self):
        return self.exclude(status__in=vocabulary.SPAM_STATUSES)

    def in_main_queue(self):
        return self.exclude(status=vocabulary.Status.SUSPECTED_SPAM)


class ConsultationRequest(models.Model):
    # Public side.
    reference_code = models.CharField(_("reference code"), max_length=12, unique=True)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    language = models.CharField(_("language of the form"), max_length=5, choices=settings.LANGUAGES)
    topic = key_of(vocabulary.RequestTopic, _("topic"), max_length=20)
    country = models.CharField(
        _("country"),
        max_length=2,
        choices=all_country_choices,
        help_text=_("Where the person is now or plans to go."),
    )
    is_abroad = models.BooleanField(_("abroad now"), default=False)
    is_urgent = models.BooleanField(_("in danger now"), default=False, db_index=True)
    name = EncryptedTextField(_("name or pseudonym"), max_length=100, blank=True)
    # How the person wants to be answered; a logged consultation may have none.
    contact_channel = key_of(vocabulary.Channel, _("contact channel"), blank=True)
    contact_value = EncryptedTextField(_("contact"), max_length=254, blank=True)
    may_call = key_of(vocabulary.MayCall, _("may we call"), max_length=3, blank=True)
    safe_times = EncryptedTextField(_("when it is safe to contact"), max_length=200, blank=True)
    may_leave_message = models.BooleanField(_("may leave a message"), default=False)
    may_say_who_we_are = models.BooleanField(_("may say who is calling"), default=False)
    message = EncryptedTextField(_("message"), max_length=5000, blank=True)
    consented_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    # For answers on this site: the secret key's password hash (Django's hashers), and the
    # key itself, encrypted, only until the thank-you page has shown it once.
    answer_key_hash = models.CharField(max_length=200, blank=True, editable=False)
    answer_key_to_show = EncryptedTextField(blank=True, editable=False)
    # One per rendered form: a re-post of the same form finds this row instead of adding one.
    form_token = models.CharField(max_length=64, unique=True, editable=False)

    received_via = key_of(
        vocabulary.ReceivedVia, _("received via"), db_index=True, default=vocabulary.ReceivedVia.WEB
    )
    age_group = key_of(vocabulary.AgeGroup, _("age group"), default=vocabulary.AgeGroup.NOT_SAID)
    gender = key_of(vocabulary.Gender, _("gender"), default=vocabulary.Gender.NOT_SAID)
    # Demo consultations that load_demo_content adds, so they can be told apart and removed.
    is_demo = models.BooleanField(default=False, editable=False)

    # Staff side.
    status = key_of(
        vocabulary.Status, _("status"), max_length=20, db_index=True, default=vocabulary.Status.NEW
    )
    assignee = staff_user(_("assignee"), blank=True, related_name="hotline_requests")
    first_response_at = models.DateTimeField(_("first response"), null=True, blank=True)
    follow_up_on = models.DateField(_("follow up on"), null=True, blank=True, db_index=True)
    # The same person coming back: a consultant links a later consultation to an earlier one.
    linked_requests = models.ManyToManyField(
        "self", verbose_name=_("linked consultations"), blank=True, symmetrical=True
    )
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    # Raised by every change a consultant makes; an open request untouched for the
    # retention period is erased like a closed one.
    last_activity_at = models.DateTimeField(
        _("last activity"), default=timezone.now, db_index=True, editable=False
    )
    personal_data_erased_at = models.DateTimeField(
        _("personal data erased"), null=True, blank=True, editable=False
    )

    objects = ConsultationRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("consultation request")
        verbose_name_plural = _("consultation requests")
        ordering = ["-is_urgent", "-created_at"]
        permissions = [("view_statistics", "Can view hotline statistics")]

    def __str__(self):
        # Shown in the audit log and breadcrumbs: the code only, never personal data.
        return self.reference_code

    def get_country_display(self):
        # One lookup: Django's own builds and sorts the list of every country for each
        # row, 0.7 ms a row, seconds for an export of a year's requests.
        return country_name(self.country)

    def get_admin_url(self):
        return reverse("hotline_requests:edit", args=[self.pk])

    @property
    def is_erased(self):
        return self.personal_data_erased_at is not None

    def set_status(self, status, now=None):
        """Change the status and keep first-response and closed times in step."""
        now = now or timezone.now()
        self.status = status
        if status in vocabulary.RESPONDED_STATUSES and self.first_response_at is None:
            self.first_response_at = now
        if status in vocabulary.FINISHED_STATUSES:
            self.closed_at = self.closed_at or now
        else:
            self.closed_at = None

    def save_new(self):
        """Insert with a fresh reference code, retrying on the (rare) collision.

        The form token's own uniqueness is checked by the caller: an IntegrityError
        caused by it is a re-post and must surface, not be retried.
        """
        for _attempt in range(10):
            self.reference_code = generate_reference_code()
            try:
                with transaction.atomic():
                    self.save(force_insert=True)
                return self
            except IntegrityError:
                self.pk = None
                if not ConsultationRequest.objects.filter(
                    reference_code=self.reference_code
                ).exists():
                    raise
        raise IntegrityError("Could not find a free reference code")

    @property
    def has_unreadable_fields(self):
        return any(is_unreadable(getattr(self, field)) for field in PERSONAL_FIELDS)

    def touch(self):
        """Record a consultant's activity (kept to the minute in the database), on this
        object and in its row."""
        self.last_activity_at = timezone.now()
        type(self).objects.filter(pk=self.pk).update(last_activity_at=self.last_activity_at)

    def record_response(self, at):
        """Store `at` as the first response unless an earlier one is stored: the earliest
        counts, also when it is recorded late. One UPDATE, so a status change saved by
        someone else at the same moment is not undone."""
        type(self).objects.filter(pk=self.pk).filter(
            models.Q(first_response_at=None) | models.Q(first_response_at__gt=at)
        ).update(first_response_at=at)

    @property
    def answers_on_site(self):
        return self.contact_channel == vocabulary.Channel.SITE

    def erase_personal_data(self, now=None):
        """Empty the personal fields, delete the conversation, notes and pending notices,
        and cut every timestamp (contact attempts' too) to its day. An open request is
        closed: nobody can answer it now. Returns how many notes were deleted."""
        now = now or timezone.now()
        for field, empty in PERSONAL_FIELDS.items():
            setattr(self, field, empty)
        # The form token was in the page the person sent; a fresh random value keeps the
        # column unique and matches nothing a browser or a log ever held.
        self.form_token = secrets.token_hex(32)
        if self.status not in vocabulary.FINISHED_STATUSES:
            self.status = vocabulary.Status.CLOSED
            self.closed_at = now
        for field in TIMESTAMP_FIELDS:
            setattr(self, field, start_of_day(getattr(self, field)))
        self.personal_data_erased_at = start_of_day(now)
        self.save(
            update_fields=[
                *PERSONAL_FIELDS,
                *TIMESTAMP_FIELDS,
                "form_token",
                "status",
                "personal_data_erased_at",
            ]
        )
        self.keep_only_days_in_audit_log()
        self.notifications.all().delete()
        self.messages.all().delete()
        attempts = list(self.contact_attempts.all())
        for attempt in attempts:
            attempt.made_at = start_of_day(attempt.made_at)
        self.contact_attempts.bulk_update(attempts, ["made_at"])
        return self.notes.all().delete()[0]

    def keep_only_days_in_audit_log(self):
        """Cut the time of every audit entry about this request to its day: the minute a
        request arrived or was handled could match it to a line of a server's log."""
        entries = list(
            ModelLogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(self, for_concrete_model=False),
                object_id=str(self.pk),
            )
        )
        for entry in entries:
            entry.timestamp = start_of_day(entry.timestamp)
        ModelLogEntry.objects.bulk_update(entries, ["timestamp"])


# Exact times of what the person did, or of what was done for them.
TIMESTAMP_FIELDS = (
    "created_at",
    "consented_at",
    "first_response_at",
    "closed_at",
    "last_activity_at",
)
