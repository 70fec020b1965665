"""The reader's own trip plan: a checklist for the purpose of the trip and the
numbers of the destination, on paper or a phone, and a wallet card.

Only the purpose and the country code are in the address; nothing the reader
chose is stored, so the plan and the card are shared pages like any other (the
page cache keeps them per language, since the language is part of the path).
Any ISO country can be chosen: pages/tools/destination.py says what the plan knows of it.
"""

from django.http import HttpResponseRedirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.fields import StreamField
from wagtail.models import Page

from pages.blocks import ChecklistBlock
from pages.models.base import BasePage
from pages.models.countries import CountryPage, by_name
from pages.models.mixins import IntroMixin
from pages.tools.destination import PURPOSES, Destination, is_country, other_countries

# Lines to fill in by hand on the printed plan.
CHECK_IN_BLANKS = (
    _("Our code word for “I need help”"),
    _("I will get in touch every (days, time) and how"),
    _("If I do not get in touch by, my family calls"),
    _("My address there"),
    _("Employer, school or host: name and phone"),
    _("Who at home keeps my document copies"),
)
PLAN_PATH = r"^(?P<purpose>work|study|marriage|tourism)/(?P<code>[a-z]{2})/"


def checklists(verbose_name):
    return StreamField(
        [("checklist", ChecklistBlock())],
        blank=True,
        verbose_name=verbose_name,
        help_text=_("Printed with a tick box before every item."),
    )


class TripPlanPage(RoutablePageMixin, IntroMixin, BasePage):
    """A form (purpose and country) and the plan it leads to, at …/<purpose>/<code>/."""

    work_checklist = checklists(_("checklist for work"))
    study_checklist = checklists(_("checklist for study"))
    marriage_checklist = checklists(_("checklist for marriage or joining a partner"))
    tourism_checklist = checklists(_("checklist for tourism"))
    family_documents = checklists(_("documents to leave with family"))

    translated_fields = (
        *IntroMixin.translated_fields,
        "work_checklist",
        "study_checklist",
        "marriage_checklist",
        "tourism_checklist",
        "family_documents",
    )
    search_text_fields = IntroMixin.search_text_fields
    translation_check_fields = (*IntroMixin.translation_check_fields, "work_checklist")
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    content_panels = [
        *Page.content_panels,
        *IntroMixin.panels,
        MultiFieldPanel(
            [
                FieldPanel("work_checklist"),
                FieldPanel("study_checklist"),
                FieldPanel("marriage_checklist"),
                FieldPanel("tourism_checklist"),
            ],
            heading=_("Checklists per purpose"),
        ),
        FieldPanel("family_documents"),
    ]

    class Meta:
        verbose_name = _("trip plan")

    @staticmethod
    def country_for(code):
        return CountryPage.objects.live().public().filter(iso_code=code.upper()).first()

    def plan_url(self, request, purpose, code, name="plan"):
        return self.get_url(request) + self.reverse_subpage(name, args=(purpose, code))

    @re_path(r"^$", name="form")
    def form(self, request):
        return self.render_form(request)

    # The form is sent to its own address: the page cache answers the form's address
    # with any query from its stored copy, so the answers must go elsewhere. Without
    # a query this address only sends the reader back, so nothing is ever stored here.
    @re_path(r"^go/$", name="go")
    def go(self, request):
        """A complete answer goes on to the plan's short address."""
        purpose = request.GET.get("purpose", "")
        code = request.GET.get("country", "").strip().lower()
        if "purpose" not in request.GET and "country" not in request.GET:
            return HttpResponseRedirect(self.get_url(request))
        errors = {}
        if purpose not in PURPOSES:
            errors["purpose"] = _("Choose the purpose of your trip.")
        if not is_country(code):
            errors["country"] = _("Choose a country from the list.")
        if not errors:
            return HttpResponseRedirect(self.plan_url(request, purpose, code))
        return self.render_form(request, purpose, code, errors)

    def render_form(self, request, purpose="", code="", errors=None, subpath=""):
        with_pages = by_name(CountryPage.objects.live().public().only("id", "title", "iso_code"))
        return self.render(
            request,
            context_overrides={
                "purposes": PURPOSES,
                "countries": with_pages,
                "other_countries": other_countries({page.iso_code for page in with_pages}),
                "chosen_purpose": purpose,
                "chosen_country": code,
                "errors": errors or {},
                "action": self.get_url(request) + self.reverse_subpage("go"),
                "language_subpath": subpath,
            },
        )

    def render_plan(self, request, purpose, code, name, template):
        if not is_country(code):
            return self.unknown_country(request)
        context = {
            "purpose": purpose,
            "purpose_label": PURPOSES[purpose],
            "destination": Destination(code, self.country_for(code)),
            "checklists": getattr(self, f"{purpose}_checklist"),
            "card_url": self.plan_url(request, purpose, code, "card"),
            "change_url": self.plan_url(request, purpose, code, "change"),
            "plan_url": self.plan_url(request, purpose, code),
            "blanks": [str(label) for label in CHECK_IN_BLANKS],
            # The same plan in another language has the same sub-path.
            "language_subpath": self.reverse_subpage(name, args=(purpose, code)),
        }
        return self.render(request, template=template, context_overrides=context)

    def unknown_country(self, request):
        """An address with a code that names no country (an old "another country" link,
        a typo) leads to the form rather than to an error."""
        return HttpResponseRedirect(self.get_url(request))

    @re_path(PLAN_PATH + "$", name="plan")
    def plan(self, request, purpose, code):
        return self.render_plan(request, purpose, code, "plan", "pages/trip_plan.html")

    # The form again with this plan's choices ticked. Like the plan, its address holds
    # only the purpose and the country code, so it is cached like any page.
    @re_path(PLAN_PATH + "change/$", name="change")
    def change(self, request, purpose, code):
        if not is_country(code):
            return self.unknown_country(request)
        subpath = self.reverse_subpage("change", args=(purpose, code))
        return self.render_form(request, purpose, code, subpath=subpath)

    @re_path(PLAN_PATH + "card/$", name="card")
    def card(self, request, purpose, code):
        return self.render_plan(request, purpose, code, "card", "pages/trip_plan_card.html")
