"""The reader's own trip plan: a checklist for the purpose of the trip and the
numbers of the destination, on paper or a phone, and a wallet card.

Only the purpose and the country code are in the address; nothing the reader
chose is stored, so the plan and the card are shared pages like any other (the
page cache keeps them per language, since the language is part of the path).
"""

from django.http import HttpResponseRedirect
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.fields import StreamField
from wagtail.models import Page

from ..blocks import ChecklistBlock
from ..utils import plain_text
from .base import BasePage
from .countries import CountryPage, _sort_key
from .mixins import IntroMixin

PURPOSES = {
    "work": _("Work"),
    "study": _("Study"),
    "marriage": _("Marriage or joining a partner"),
    "tourism": _("Tourism"),
}
# The form's choice for a country the site has no page about: "ZZ" is the code
# Unicode's locale data reserves for an unknown region, so it never names a real one.
OTHER_COUNTRY = "zz"
# Lines to fill in by hand on the printed plan.
CHECK_IN_BLANKS = (
    _("Our code word for “I need help”"),
    _("I will get in touch every (days, time) and how"),
    _("If I do not get in touch by, my family calls"),
    _("My address there"),
    _("Employer, school or host: name and phone"),
    _("Who at home keeps my document copies"),
)
# A card has room for the embassy's first sentence and two numbers.
CARD_WORDS = 14
CARD_CONTACTS = 2
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
    def countries():
        """Live country pages, A–Z in the reader's language, for the form."""
        found = CountryPage.objects.live().public().only("id", "title", "iso_code")
        language = get_language()
        return sorted(found, key=lambda page: _sort_key(page.title, language))

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
        if len(code) != 2 or not code.isascii() or not code.isalpha():
            errors["country"] = _("Choose a country from the list.")
        if not errors:
            return HttpResponseRedirect(self.plan_url(request, purpose, code))
        return self.render_form(request, purpose, code, errors)

    def render_form(self, request, purpose="", code="", errors=None):
        return self.render(
            request,
            context_overrides={
                "purposes": PURPOSES,
                "countries": self.countries(),
                "other_country": OTHER_COUNTRY,
                "chosen_purpose": purpose,
                "chosen_country": code,
                "errors": errors or {},
                "action": self.get_url(request) + self.reverse_subpage("go"),
            },
        )

    def plan_context(self, request, purpose, code):
        country = self.country_for(code)
        return {
            "purpose": purpose,
            "purpose_label": PURPOSES[purpose],
            "code": code,
            "country": country,
            "checklists": getattr(self, f"{purpose}_checklist"),
            "card_url": self.plan_url(request, purpose, code, "card"),
            "change_url": self.plan_url(request, purpose, code, "change"),
            "plan_url": self.plan_url(request, purpose, code),
            "other_country": OTHER_COUNTRY,
            "blanks": [str(label) for label in CHECK_IN_BLANKS],
        }

    @re_path(PLAN_PATH + "$", name="plan")
    def plan(self, request, purpose, code):
        return self.render(
            request,
            template="pages/trip_plan.html",
            context_overrides=self.plan_context(request, purpose, code),
        )

    # The form again with this plan's choices ticked. Like the plan, its address holds
    # only the purpose and the country code, so it is cached like any page.
    @re_path(PLAN_PATH + "change/$", name="change")
    def change(self, request, purpose, code):
        return self.render_form(request, purpose, code)

    @re_path(PLAN_PATH + "card/$", name="card")
    def card(self, request, purpose, code):
        context = self.plan_context(request, purpose, code)
        country = context["country"]
        if country is not None:
            context["card_embassy"] = first_sentence(country.embassy)
            context["card_contacts"] = [
                block.value for block in country.checked_contacts if block.value.get("phone")
            ][:CARD_CONTACTS]
        return self.render(request, template="pages/trip_plan_card.html", context_overrides=context)


def first_sentence(rich_text):
    """The opening sentence of a rich text (where the embassy is), short enough for a card."""
    text = plain_text(rich_text)
    sentence = text.split(". ", 1)[0].strip()
    return Truncator(sentence.rstrip(".") + ".").words(CARD_WORDS) if sentence else ""
