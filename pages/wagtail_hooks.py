from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import DueForReviewSummaryItem, DueForReviewView, can_see_report, translation_status


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/translation-status/", translation_status, name="translation_status"),
        path("reports/due-for-review/", DueForReviewView.as_view(), name="due_for_review"),
        path(
            "reports/due-for-review/results/",
            DueForReviewView.as_view(results_only=True),
            name="due_for_review_results",
        ),
    ]


class ContentReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_report(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return ContentReportMenuItem(
        _("Translation status"),
        reverse("translation_status"),
        name="translation-status",
        icon_name="site",
        order=650,
    )


@hooks.register("register_reports_menu_item")
def register_due_for_review_menu_item():
    return ContentReportMenuItem(
        _("Due for review"),
        reverse("due_for_review"),
        name="due-for-review",
        icon_name="time",
        order=660,
    )


@hooks.register("construct_homepage_summary_items")
def add_due_for_review_count(request, items):
    items.append(DueForReviewSummaryItem(request))
