"""Sum the daily read counts older than READS_RETENTION_DAYS into one count per page
and month (pages/reads.py). The totals stay; running it again changes nothing, so it
is safe to run daily from cron."""

from django.conf import settings
from django.core.management.base import BaseCommand

from pages.reads import sum_into_months


class Command(BaseCommand):
    help = "Sum the daily read counts of pages older than READS_RETENTION_DAYS into months."

    def handle(self, *args, **options):
        summed = sum_into_months()
        self.stdout.write(
            f"Summed {summed} daily count(s) older than {settings.READS_RETENTION_DAYS} days "
            "into months."
        )
