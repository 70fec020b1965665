from functools import partial

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lastrada_site.admin_menu import MenuItemFor

from .reads_report import MostReadView
from .review.actions import MarkCheckedMenuItem, mark_checked
from .review.reports import (
    DueForReviewSummaryItem,
    DueForReviewView,
    can_see_report,
    translation_status,
)


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
        path("reports/most-read/", MostReadView.as_view(), name="most_read"),
    ]


def content_report(label, url_name, icon_name, order):
    """A report for those who edit content (see can_see_report)."""
    return MenuItemFor(
        label,
        reverse(url_name),
        name=url_name.replace("_", "-"),
        icon_name=icon_name,
        order=order,
        shown_to=can_see_report,
    )


for report in (
    (_("Translation status"), "translation_status", "site", 650),
    (_("Due for review"), "due_for_review", "time", 660),
    (_("Most read"), "most_read", "view", 670),
):
    hooks.register("register_reports_menu_item", partial(content_report, *report))


@hooks.register("construct_homepage_summary_items")
def add_due_for_review_count(request, items):
    items.append(DueForReviewSummaryItem(request))


@hooks.register("register_page_action_menu_item")
def register_mark_checked_menu_item():
    return MarkCheckedMenuItem(order=35)


hooks.register("before_edit_page", mark_checked)


@hooks.register("insert_editor_js")
def editor_languages_js():
    # After wagtail-modeltranslation's language toggle, whose hooks come first.
    return format_html('<script src="{}"></script>', static("js/editor-languages.js"))
