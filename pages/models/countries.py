from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from ..blocks import ContactCardBlock
from ..fields import review_date
from ..tools.destination import PURPOSES
from ..utils import for_cards
from .base import BasePage, IndexPage
from .mixins import IntroMixin, SourcesMixin

RULE_FEATURES = ["bold", "italic", "ol", "ul", "link"]
# The block type of a country's contact card for the Belarusian embassy or a consulate.
EMBASSY = "embassy"


class CountryIndexPage(IndexPage):
    subpage_types = ["pages.CountryPage"]

    class Meta:
        verbose_name = _("country index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        countries = for_cards(CountryPage.objects.child_of(self).live().public())
        context["countries"] = by_name(countries)
        return context


def by_name(pages):
    """Country pages A–Z by their name in the reader's language (sorted in Python: the
    database's collation may not know Belarusian)."""
    language = get_language()
    return sorted(pages, key=lambda page: _sort_key(page.title, language))


def _sort_key(title, language):
    # Belarusian ў sorts after у, ё after е, і in the place of и; a casefold is enough
    # for Latin names, the explicit map keeps Cyrillic in alphabet order.
    order = "абвгдеёжзиійклмнопрстуўфхцчшщъыьэюя"
    return [
        (1, order.index(char)) if char in order else (0 if char.isascii() else 2, ord(char))
        for char in title.casefold()
    ]


class CountryPage(IntroMixin, SourcesMixin, BasePage):
    iso_code = models.CharField(
        _("ISO country code"),
        max_length=2,
        help_text=_("Two letters, ISO 3166-1 alpha-2, e.g. PL."),
    )
    entry_rules = RichTextField(_("entry rules in brief"), features=RULE_FEATURES, blank=True)
    work_rules = RichTextField(_("work rules in brief"), features=RULE_FEATURES, blank=True)
    study_rules = RichTextField(_("study rules in brief"), features=RULE_FEATURES, blank=True)
    emergency_numbers = RichTextField(
        _("local emergency numbers"), features=RULE_FEATURES, blank=True
    )
    embassy = RichTextField(
        _("Belarusian embassy or consulate"), features=RULE_FEATURES, blank=True
    )
    local_help = RichTextField(
        _("local hotlines and organisations"), features=RULE_FEATURES, blank=True
    )
    trafficking_line = StreamField(
        [("contact_card", ContactCardBlock())],
        blank=True,
        max_num=1,
        verbose_name=_("national anti-trafficking line"),
        help_text=_(
            "The country's own line for people affected by trafficking or forced labour, "
            "shown with the emergency numbers at the top of the page and on the wallet "
            "card. Keep “Needs checking” ticked until the number is confirmed."
        ),
    )
    contacts = StreamField(
        [
            ("contact_card", ContactCardBlock()),
            (EMBASSY, ContactCardBlock(label=_("Embassy or consulate of Belarus"), icon="site")),
        ],
        blank=True,
        verbose_name=_("contacts"),
        help_text=_(
            "The Belarusian embassy and consulates (as “Embassy or consulate of Belarus” "
            "cards), hotlines and organisations, one card each. A card marked “Needs "
            "checking” stays hidden from readers. The trip plan's wallet card shows the "
            "embassy only from a card with a confirmed phone number."
        ),
    )
    last_checked = review_date(_("last checked"), _("When an editor last checked these facts."))
    # The date that "Mark checked today" sets (pages/review/actions.py).
    review_date_field = "last_checked"

    translated_fields = (
        *IntroMixin.translated_fields,
        "entry_rules",
        "work_rules",
        "study_rules",
        "emergency_numbers",
        "trafficking_line",
        "embassy",
        "local_help",
        "contacts",
        *SourcesMixin.translated_fields,
    )
    search_text_fields = translated_fields
    translation_check_fields = (
        *IntroMixin.translation_check_fields,
        "entry_rules",
        *SourcesMixin.translation_check_fields,
    )
    parent_page_types = ["pages.CountryIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("iso_code"), FieldPanel("last_checked")], heading=_("Country")),
        *IntroMixin.panels,
        FieldPanel("entry_rules"),
        FieldPanel("work_rules"),
        FieldPanel("study_rules"),
        FieldPanel("emergency_numbers"),
        FieldPanel("trafficking_line"),
        FieldPanel("embassy"),
        FieldPanel("local_help"),
        FieldPanel("contacts"),
        *SourcesMixin.panels,
    ]

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def clean(self):
        super().clean()
        self.iso_code = (self.iso_code or "").strip().upper()
        if len(self.iso_code) != 2 or not self.iso_code.isalpha():
            raise ValidationError({"iso_code": _("Enter two Latin letters, e.g. PL.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["trip_plans"] = self.trip_plans(request)
        return context

    def trip_plans(self, request):
        """(purpose in the reader's language, address) of this country's plan for each
        purpose of a trip, on the live "My trip plan" page; [] while there is none."""
        # The plan page lists the country pages, so it is found by name, not imported.
        plan_page = apps.get_model("pages", "TripPlanPage").objects.live().public().first()
        if plan_page is None:
            return []
        code = self.iso_code.lower()
        return [
            (str(label), plan_page.plan_url(request, purpose, code))
            for purpose, label in PURPOSES.items()
        ]

    @property
    def sections(self):
        """The rule sections in reading order, with translated headings (the emergency
        numbers come first, on their own)."""
        return [
            (key, label, getattr(self, key))
            for key, label in (
                ("entry_rules", _("Entry and visas")),
                ("work_rules", _("Working")),
                ("study_rules", _("Studying")),
                ("embassy", _("Embassy or consulate of Belarus")),
                ("local_help", _("Local hotlines and organisations")),
            )
            if getattr(self, key)
        ]

    @property
    def checked_line(self):
        """The national anti-trafficking line, if an editor has confirmed it."""
        return readable(self.trafficking_line)

    @property
    def checked_other_contacts(self):
        """The embassy's and organisations' cards an editor has confirmed."""
        return readable(self.contacts)

    def checked_phones(self, embassy):
        """Confirmed cards with a phone number, the national line first: the embassy's, or
        the other ones (the national helplines and organisations)."""
        return [
            block.value
            for block in [*self.checked_line, *self.checked_other_contacts]
            if block.value.get("phone") and (block.block_type == EMBASSY) == embassy
        ]


def readable(cards):
    """The contact cards readers may see: those no editor has marked as unconfirmed."""
    return [block for block in cards or [] if not block.value.get("needs_checking")]
