"""Erase the personal data of requests closed, or left without activity, for longer
than HOTLINE_RETENTION_DAYS.

Name, contact, safe-contact preferences, message, the secret key for answers on the
site, the conversation (replies and follow-ups) and internal notes go; topic,
country, channel, language, urgency, status and the days (not the times) of
its dates stay for the statistics. The form token is replaced by a random value,
and every audit entry about the request keeps its day, not its time, so nothing
matches an erased request to a line of a server's log. Requests marked as spam
count as closed; a request still open is closed by the erasure. Each erased request gets a
"hotline.purge" entry in Wagtail's audit log. Running it again erases nothing
new (already erased requests are skipped), so it is safe to run daily from cron.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from hotline.models import (
    FINISHED_STATUSES,
    ConsultationRequest,
    ConversationMessage,
    InternalNote,
)


class Command(BaseCommand):
    help = (
        "Erase name, contact, safe-contact preferences, message, conversation and notes of hotline "
        "requests closed, or without activity, for more than HOTLINE_RETENTION_DAYS days."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only count what would be erased; change nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        due = ConsultationRequest.objects.due_for_purge(now).order_by("pk")
        days = settings.HOTLINE_RETENTION_DAYS
        if dry_run:
            requests = due.count()
            notes = InternalNote.objects.filter(request__in=due).count()
            messages = ConversationMessage.objects.filter(request__in=due).count()
            self.stdout.write(
                f"Dry run: would erase the personal data of {requests} request(s) "
                f"and delete {notes} internal note(s) and {messages} message(s) of their "
                f"conversations: closed or inactive for more than {days} days."
            )
            return
        requests = notes = 0
        for consultation_request in due.iterator():
            reason = "closed" if consultation_request.status in FINISHED_STATUSES else "inactive"
            with transaction.atomic():
                # Logged first, so that the erasure cuts this entry's time to its day too.
                log(
                    consultation_request,
                    "hotline.purge",
                    data={"retention_days": days, "reason": reason},
                )
                notes += consultation_request.erase_personal_data(now)
            requests += 1
        self.stdout.write(
            f"Erased the personal data of {requests} request(s) and deleted {notes} "
            f"internal note(s): closed or inactive for more than {days} days."
        )
