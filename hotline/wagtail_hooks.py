"""Registers the "Hotline" section of the Wagtail admin and its audit-log actions."""

from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .case_screen import ChangeFormatter
from .contact_log import ContactFormatter
from .followups import add_follow_ups_panel
from .linking import LinkFormatter, UnlinkFormatter
from .statistics_release import RECOMPUTE_ACTION
from .statistics_views import RecomputeButton, RecomputeView
from .viewsets import HotlineViewSetGroup


@hooks.register("register_admin_viewset")
def register_hotline_admin():
    return HotlineViewSetGroup()


hooks.register("construct_homepage_panels", add_follow_ups_panel)


@hooks.register("register_admin_urls")
def register_recompute_statistics_url():
    return [
        path(
            "statistics-pages/<int:page_id>/recount/",
            RecomputeView.as_view(),
            name="hotline_recompute_statistics",
        )
    ]


@hooks.register("register_page_header_buttons")
@hooks.register("register_page_listing_more_buttons")
def recompute_statistics_button(page, user, next_url=None, view_name=None):
    yield RecomputeButton(page=page)


@hooks.register("register_log_actions")
def register_hotline_log_actions(actions):
    actions.register_action("hotline.view", _("View hotline request"), _("Viewed the request"))
    actions.register_action(
        "hotline.export", _("Export hotline requests"), _("Included in an export (CSV or XLSX)")
    )
    actions.register_action("hotline.add_note", _("Add internal note"), _("Added an internal note"))
    actions.register_action(
        "hotline.purge",
        _("Erase personal data"),
        _("Erased the personal data after the retention period"),
    )
    actions.register_action(
        "hotline.log", _("Log a consultation"), _("Logged a consultation taken by a consultant")
    )
    actions.register_action(
        RECOMPUTE_ACTION,
        _("Recount the published figures"),
        _("Recounted the published figures of the year and its quarters"),
    )
    actions.register_action(
        "hotline.reply", _("Reply to the person"), _("Wrote a reply to the person")
    )
    actions.register_action(
        "hotline.follow_up",
        _("The person wrote back"),
        _("A message from the person was added to the conversation"),
    )
    actions.register_action(
        "hotline.answers_read",
        _("Answers read by the person"),
        _("The person opened the answers page with the code and key"),
    )
    actions.register_action("hotline.change")(ChangeFormatter)
    actions.register_action("hotline.contact")(ContactFormatter)
    actions.register_action("hotline.link")(LinkFormatter)
    actions.register_action("hotline.unlink")(UnlinkFormatter)


@hooks.register("insert_global_admin_css")
def hotline_admin_css():
    # The request list's labels and codes; the case screen's layout.
    return format_html('<link rel="stylesheet" href="{}">', static("css/hotline-admin.css"))
