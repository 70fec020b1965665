from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lastrada_site.admin_menu import MenuItemFor

from .reports import can_see_report, translation_status
from .review import MarkCheckedMenuItem, mark_checked


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [path("reports/translation-status/", translation_status, name="translation_status")]


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


@hooks.register("register_page_action_menu_item")
def register_mark_checked_menu_item():
    return MarkCheckedMenuItem(order=35)


hooks.register("before_edit_page", mark_checked)
