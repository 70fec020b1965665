from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lastrada_site.admin_menu import MenuItemFor

from .reports import DueForReviewSummaryItem, DueForReviewView, can_see_report, translation_status
from .review import MarkCheckedMenuItem, mark_checked


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


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItemFor(
        _("Translation status"),
        reverse("translation_status"),
        name="translation-status",
        icon_name="site",
        order=650,
        shown_to=can_see_report,
    )


@hooks.register("register_reports_menu_item")
def register_due_for_review_menu_item():
    return MenuItemFor(
        _("Due for review"),
        reverse("due_for_review"),
        name="due-for-review",
        icon_name="time",
        order=660,
        shown_to=can_see_report,
    )


@hooks.register("construct_homepage_summary_items")
def add_due_for_review_count(request, items):
    items.append(DueForReviewSummaryItem(request))


@hooks.register("register_page_action_menu_item")
def register_mark_checked_menu_item():
    return MarkCheckedMenuItem(order=35)


hooks.register("before_edit_page", mark_checked)
