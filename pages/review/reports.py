"""Admin reports on the content: "Translation status" (live pages that lack a
language) and "Due for review" (guides and country pages to check again)."""

from collections import Counter

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.site_summary import SummaryItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from lastrada_site.languages import language_codes, language_names
from pages.models import BasePage
from pages.review import content as content_checks

ROWS_PER_PAGE = 100


def can_see_report(user):
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])


def page_columns():
    """The first columns of every report on pages: the title, linked to the page's edit
    screen, and the page type. Rows hold the page as `row.page`."""
    return [
        TitleColumn(
            "title",
            label=gettext_lazy("Page"),
            accessor="page.title",
            get_url=lambda row: reverse("wagtailadmin_pages:edit", args=[row.page.pk]),
        ),
        Column(
            "type",
            label=gettext_lazy("Type"),
            accessor=lambda row: row.page.specific_class._meta.verbose_name,
        ),
    ]


def missing_languages(page):
    """{language: [verbose names of the empty fields]} for every language the page lacks."""
    return {
        code: [str(page._meta.get_field(field).verbose_name) for field in fields]
        for code in language_codes()
        if (fields := page.missing_fields(code))
    }


def translation_status(request):
    if not can_see_report(request.user):
        raise PermissionDenied
    names = language_names()
    selected = request.GET.get("language", "")
    if selected not in names:
        selected = ""
    live_pages = Page.objects.live().filter(depth__gt=1).specific().order_by("path")
    pages = [(page, missing_languages(page)) for page in live_pages if isinstance(page, BasePage)]
    total = len(pages)
    counts = Counter(code for _page, missing in pages for code in missing)
    rows = [
        {
            "page": page,
            "type": page.specific_class._meta.verbose_name,
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
            "missing": [
                {"code": code, "name": names[code], "fields": fields}
                for code, fields in missing.items()
            ],
        }
        for page, missing in pages
        if missing and (not selected or selected in missing)
    ]
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


class DueForReviewView(ReportView):
    """Live guides and country pages whose facts are due to be checked again.

    A page is due when its last review is older than CONTENT_REVIEW_MONTHS for
    its type, was never set, or when it has contact cards marked "needs checking" or
    notes on facts still to be checked.
    The oldest come first: they have gone unchecked the longest.
    """

    page_title = gettext_lazy("Due for review")
    header_icon = "time"
    index_url_name = "due_for_review"
    index_results_url_name = "due_for_review_results"
    paginate_by = ROWS_PER_PAGE
    permission_policy = PagePermissionPolicy()
    any_permission_required = ["add", "change", "publish"]
    columns = [
        *page_columns(),
        Column(
            "reviewed",
            label=gettext_lazy("Last review"),
            accessor=lambda item: date_format(item.reviewed) if item.reviewed else _("never"),
        ),
        Column("reasons", label=gettext_lazy("Why it is due"), accessor=lambda item: reasons(item)),
        Column(
            "languages",
            label=gettext_lazy("Languages"),
            accessor=lambda item: ", ".join(
                language_names()[code] for code in item.page.written_languages()
            ),
        ),
    ]

    def get_queryset(self):
        return content_checks.due_for_review()


def blocks_reason(message, blocks, separator):
    return message % {
        "names": separator.join(blocks.names),
        "languages": ", ".join(language_names().get(code, code) for code in blocks.languages),
    }


def reasons(item):
    found = []
    if item.reviewed is None:
        found.append(_("never reviewed"))
    elif item.overdue:
        found.append(_("last review too long ago"))
    if item.cards:
        found.append(
            blocks_reason(_("contacts to check: %(names)s (%(languages)s)"), item.cards, ", ")
        )
    if item.notes:
        found.append(
            blocks_reason(_("facts to check: %(names)s (%(languages)s)"), item.notes, "; ")
        )
    return "; ".join(found)


class DueForReviewSummaryItem(SummaryItem):
    """The dashboard's count of pages due for review, linked to the report."""

    order = 300
    template_name = "pages/reports/due_for_review_summary.html"

    def get_context_data(self, parent_context):
        return {"count": len(content_checks.due_for_review())}

    def is_shown(self):
        return can_see_report(self.request.user)
