"""The country a trip plan is for: its name, its emergency numbers and its contacts.

Any ISO country can be chosen. Where the site has a country page, its editors'
words are used; for every other country the emergency numbers come from the
short-number data of `phonenumbers` (pages/tools/emergency_numbers.py), which says what
the networks route, not who answers: the plan says so and asks the reader to
check them on arrival. Nothing here promises that one number (112) works
everywhere, because it does not.
"""

from dataclasses import dataclass
from functools import cached_property

from django.utils.translation import gettext_lazy as _

from .country_names import COUNTRIES, UNKNOWN, country_choices, country_name
from .emergency_numbers import emergency_numbers

# The purposes of a trip that a plan is made for.
PURPOSES = {
    "work": _("Work"),
    "study": _("Study"),
    "marriage": _("Marriage or joining a partner"),
    "tourism": _("Tourism"),
}

# A wallet card has room for this many helplines and embassy numbers.
CARD_HELPLINES = 2
CARD_EMBASSIES = 1


def is_country(code):
    """A real ISO 3166-1 country code, in either case ("ZZ", "unknown", is not one)."""
    code = (code or "").upper()
    return code in COUNTRIES and code != UNKNOWN


def other_countries(codes_with_pages):
    """(lowercase code, name) of every country without a page, A–Z in the active language."""
    return [
        (code.lower(), name)
        for code, name in country_choices()
        if code != UNKNOWN and code not in codes_with_pages
    ]


@dataclass
class Destination:
    code: str
    page: object = None  # the live CountryPage, if the site has one

    @property
    def name(self):
        return self.page.title if self.page else country_name(self.code.upper())

    @property
    def page_numbers(self):
        """The country page's own emergency numbers (rich text), if it gives them."""
        return self.page.emergency_numbers if self.page else ""

    @cached_property
    def numbers(self):
        """The emergency numbers known from the numbering data, shortest first."""
        return emergency_numbers(self.code.upper())

    @cached_property
    def helplines(self):
        """Confirmed national helplines and organisations with a phone number."""
        return self.page.checked_phones(embassy=False) if self.page else []

    @cached_property
    def embassies(self):
        """Confirmed embassy or consulate cards with a phone number."""
        return self.page.checked_phones(embassy=True) if self.page else []

    @property
    def card_helplines(self):
        return self.helplines[:CARD_HELPLINES]

    @property
    def card_embassies(self):
        return self.embassies[:CARD_EMBASSIES]
