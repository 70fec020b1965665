"""“Recount the figures”: an editor's correction of a year's published statistics.

Offered in the header of a statistics page's editor to those with the
`hotline.recompute_statistics` permission (Moderators and administrators). A page
asks for confirmation; the recount replaces the stored figures of the page's year
and of its quarters, is recorded in the page's history (who and when), and drops the
year's statistics pages from the caches.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page

from pages import signals

from . import statistics_release
from .models import HotlineStatisticsPage


def statistics_year(page):
    """The year a statistics page shows, or None for any other page."""
    return page.specific.year if issubclass(page.specific_class, HotlineStatisticsPage) else None


class RecomputeButton(PageMenuItem):
    label = gettext_lazy("Recount the figures")
    icon_name = "rotate"
    url_name = "hotline_recompute_statistics"
    priority = 62

    def is_shown(self, user):
        return (
            user.has_perm(statistics_release.RECOMPUTE_PERMISSION)
            and statistics_year(self.page) is not None
        )


class RecomputeView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "hotline/admin/recompute_statistics.html"
    header_icon = "rotate"
    page_title = gettext_lazy("Recount the figures")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(statistics_release.RECOMPUTE_PERMISSION):
            raise PermissionDenied
        page = Page.objects.filter(pk=kwargs["page_id"]).first()
        self.year = statistics_year(page) if page else None
        if self.year is None:
            raise Http404
        self.page = page.specific
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        edit_url = reverse("wagtailadmin_pages:edit", args=[self.page.pk])
        return [
            *self.breadcrumbs_items,
            {"url": edit_url, "label": self.page.get_admin_display_title()},
            {"url": "", "label": _("Recount the figures")},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            page=self.page,
            year=self.year,
            is_out=statistics_release.is_out(self.year),
            publication_date=statistics_release.publication_date(self.year),
            stored=statistics_release.last_change(self.year),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if not statistics_release.recompute(self.year, request.user, self.page):
            messages.error(
                request, _("The figures for %(year)s are not published yet.") % {"year": self.year}
            )
            return redirect("hotline_recompute_statistics", self.page.pk)
        signals.content_changed(*HotlineStatisticsPage.objects.live().filter(year=self.year))
        messages.success(
            request,
            _("The figures for %(year)s and its quarters were recounted.") % {"year": self.year},
        )
        return redirect("wagtailadmin_pages:edit", self.page.pk)
