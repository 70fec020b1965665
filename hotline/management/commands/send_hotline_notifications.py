"""Send the queued e-mails that tell consultants about new requests.

Run it every minute from the scheduler (cron, a systemd timer, a Kubernetes
CronJob), or keep it running with --loop. Each notice names the reference code,
topic and urgency only. A notice that cannot be sent stays queued and is tried
again later; running two senders at once never sends a notice twice.
"""

import time

from django.core.management.base import BaseCommand

from hotline.models import OutgoingNotification
from hotline.notifications import send_due_notifications


class Command(BaseCommand):
    help = "Send queued notifications about new hotline requests (retrying failed ones)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop",
            type=float,
            metavar="SECONDS",
            default=0,
            help="Keep running, looking for due notices every SECONDS seconds.",
        )

    def handle(self, *args, loop=0, **options):
        while True:
            sent, failed = send_due_notifications()
            waiting = OutgoingNotification.objects.filter(sent_at=None).count()
            if sent or failed or not loop:
                self.stdout.write(
                    f"Sent {sent} notification(s); {failed} failed; {waiting} waiting."
                )
            if not loop:
                return
            time.sleep(loop)
