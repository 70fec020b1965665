"""The "Translation status" admin report: live pages that lack a language."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from lastrada_site.languages import language_codes, language_names

from .models import BasePage

ROWS_PER_PAGE = 100


def can_see_report(user):
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])


def missing_languages(page):
    """{language: [verbose names of the empty fields]} for every language the page lacks."""
    missing = {}
    for code in language_codes():
        fields = page.missing_fields(code)
        if fields:
            missing[code] = [str(page._meta.get_field(field).verbose_name) for field in fields]
    return missing


def translation_status(request):
    if not can_see_report(request.user):
        raise PermissionDenied
    names = language_names()
    selected = request.GET.get("language", "")
    if selected not in names:
        selected = ""
    live_pages = Page.objects.live().filter(depth__gt=1).specific().order_by("path")
    counts = {code: 0 for code in names}
    total = 0
    rows = []
    for page in live_pages:
        if not isinstance(page, BasePage):
            continue
        total += 1
        missing = missing_languages(page)
        for code in missing:
            counts[code] += 1
        if missing and (not selected or selected in missing):
            rows.append(
                {
                    "page": page,
                    "type": page.specific_class._meta.verbose_name,
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                    "missing": [
                        {"code": code, "name": names[code], "fields": fields}
                        for code, fields in missing.items()
                    ],
                }
            )
    paginator = Paginator(rows, ROWS_PER_PAGE)
    return render(
        request,
        "pages/reports/translation_status.html",
        {
            "page_title": _("Translation status"),
            "header_icon": "site",
            "rows": paginator.get_page(request.GET.get("p")),
            "total": total,
            "counts": [
                {
                    "code": code,
                    "name": name,
                    "missing": counts[code],
                    "written": total - counts[code],
                }
                for code, name in names.items()
            ],
            "selected": selected,
            "selected_name": names.get(selected, ""),
        },
    )
