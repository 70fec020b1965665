from django.db import models


class PageReads(models.Model):
    """How many times a page was read on one day: a number, nothing about the readers.

    Days older than READS_RETENTION_DAYS are summed into one row per page and month
    (`whole_month`, dated the month's first day) by `manage.py sum_page_reads`.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    whole_month = models.BooleanField(default=False)
    reads = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["page", "day", "whole_month"], name="page_reads_one_row_per_period"
            )
        ]
        indexes = [models.Index(fields=["day"], name="page_reads_by_day")]

    def __str__(self):
        period = f"{self.day:%Y-%m}" if self.whole_month else self.day.isoformat()
        return f"page {self.page_id}, {period}: {self.reads}"
