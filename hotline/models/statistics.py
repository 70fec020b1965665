"""The published figures of a year or a quarter, frozen when they are first shown."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class StatisticsSnapshot(models.Model):
    """The figures readers see for one period, already suppressed: only counts that may
    be shown, each hidden one as its label. New or changed requests never touch it;
    only an editor's recorded recomputation replaces it."""

    year = models.PositiveSmallIntegerField(_("year"))
    quarter = models.PositiveSmallIntegerField(_("quarter"), null=True, blank=True)
    figures = models.JSONField(_("figures"))
    frozen_at = models.DateTimeField(_("frozen at"), auto_now_add=True)
    recomputed_at = models.DateTimeField(_("recomputed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("published statistics")
        verbose_name_plural = _("published statistics")
        constraints = [
            models.UniqueConstraint(
                fields=["year", "quarter"], name="hotline_statistics_one_per_quarter"
            ),
            models.UniqueConstraint(
                fields=["year"],
                condition=Q(quarter__isnull=True),
                name="hotline_statistics_one_per_year",
            ),
        ]
        permissions = [("recompute_statistics", _("Can recompute the published statistics"))]

    def __str__(self):
        return f"{self.year} Q{self.quarter}" if self.quarter else str(self.year)
