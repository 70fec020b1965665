"""What must be right before readers rely on the content, and what is due for review.

People in danger call the numbers this site gives them. The go-live check
(pages/review/checks.py) and the "Due for review" report (pages/review/reports.py) both ask
the questions answered here: are the hotline's own contacts still examples,
which contact cards no editor has confirmed, which facts carry a note that they
are still to be checked, and which guides and country pages have not been
reviewed for too long.
"""

import calendar
import datetime
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from django.utils.text import Truncator
from wagtail.fields import StreamField
from wagtail.models import Page, Site

from lastrada_site.languages import language_codes
from pages.blocks import CheckNoteBlock, ContactCardBlock
from pages.models import CountryPage, GuidePage, HotlineContacts
from pages.utils import dial

# Numbers such as 8 801 000-00-00 or +48 22 000 00 00: no real line has six zeros in a row.
EXAMPLE_DIGITS = "000000"
# Domains reserved for examples (RFC 2606), which never receive mail.
EXAMPLE_EMAIL = re.compile(r"@(?:[^@]*\.)?(?:example\.(?:org|com|net)|example|test|invalid)$")
HOTLINE_PHONES = ("phone_belarus", "phone_abroad", "viber", "whatsapp")

# The page types whose facts go out of date, the field holding their last review,
# and their key in settings.CONTENT_REVIEW_MONTHS.
REVIEWED_PAGES = {GuidePage: ("last_reviewed", "guide"), CountryPage: ("last_checked", "country")}


def looks_like_example_phone(number):
    return EXAMPLE_DIGITS in dial(number)


def looks_like_example_email(address):
    return bool(address) and bool(EXAMPLE_EMAIL.search(address.strip().lower()))


def example_hotline_contacts(contacts):
    """Why the hotline contacts of a site are not ready for readers: [] when they are."""
    if contacts is None or not (contacts.phone_belarus or contacts.phone_abroad):
        return ["no hotline phone number is set"]
    problems = []
    if contacts.are_examples:
        problems.append('"these contacts are examples" is ticked')
    for name in HOTLINE_PHONES:
        value = getattr(contacts, name)
        if value and looks_like_example_phone(value):
            problems.append(f"{name} {value!r} looks like an example number")
    if looks_like_example_email(contacts.email):
        problems.append(f"email {contacts.email!r} is an example address")
    return problems


def sites_with_example_contacts():
    """[(site, problems)] for every site whose hotline contacts are not ready."""
    found = [
        (site, example_hotline_contacts(HotlineContacts.objects.filter(site=site).first()))
        for site in Site.objects.order_by("pk")
    ]
    return [(site, problems) for site, problems in found if problems]


def stream_blocks(page, block_class):
    """(language, value) for every block of `block_class` in the page's StreamFields."""
    translated = set(getattr(page, "translated_fields", ()))
    for model_field in page._meta.concrete_fields:
        if not isinstance(model_field, StreamField) or model_field.name in translated:
            continue
        language = next(
            (code for code in language_codes() if model_field.name.endswith(f"_{code}")), ""
        )
        for block in getattr(page, model_field.name) or []:
            if isinstance(block.block, block_class):
                yield language, block.value


def card_needs_checking(card):
    return bool(
        card.get("needs_checking")
        or (card.get("phone") and looks_like_example_phone(card["phone"]))
        or looks_like_example_email(card.get("email"))
    )


@dataclass
class BlocksToCheck:
    """A page's contact cards or notes still to be checked: how they are named in one
    language, and every language that has them."""

    names: list
    languages: list

    def __bool__(self):
        return bool(self.languages)

    def __str__(self):
        return f"{', '.join(self.names)} ({', '.join(self.languages)})"


def blocks_to_check(page, block_class, is_unchecked, name):
    names = {}
    for language, value in stream_blocks(page, block_class):
        if is_unchecked(value):
            names.setdefault(language, []).append(name(value))
    languages = [code for code in (*language_codes(), "") if code in names]
    return BlocksToCheck(names=names[languages[0]] if languages else [], languages=languages)


def cards_to_check(page):
    """The page's contact cards marked "needs checking" or holding example values."""
    return blocks_to_check(
        page, ContactCardBlock, card_needs_checking, lambda card: card.get("name") or ""
    )


def notes_to_check(page):
    """The page's notes for editors on facts not yet confirmed, each by its first words."""
    return blocks_to_check(
        page, CheckNoteBlock, lambda note: True, lambda note: Truncator(note["text"]).words(8)
    )


def months_before(day, months):
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return day.replace(
        year=year, month=month + 1, day=min(day.day, calendar.monthrange(year, month + 1)[1])
    )


@dataclass
class ReviewItem:
    """A live guide or country page and what makes it due for review."""

    page: object
    reviewed: datetime.date | None
    overdue: bool
    cards: BlocksToCheck = field(default_factory=lambda: BlocksToCheck([], []))
    notes: BlocksToCheck = field(default_factory=lambda: BlocksToCheck([], []))

    @property
    def is_due(self):
        return self.overdue or bool(self.cards) or bool(self.notes)


def review_item(page, today):
    date_field, kind = REVIEWED_PAGES[type(page)]
    reviewed = getattr(page, date_field)
    # Pages reviewed before this day are due again.
    cutoff = months_before(today, settings.CONTENT_REVIEW_MONTHS[kind])
    overdue = reviewed is None or reviewed < cutoff
    return ReviewItem(
        page=page,
        reviewed=reviewed,
        overdue=overdue,
        cards=cards_to_check(page),
        notes=notes_to_check(page),
    )


def reviewed_pages():
    """Every live guide and country page, with its review state."""
    today = timezone.localdate()
    return [
        review_item(page, today)
        for model in REVIEWED_PAGES
        for page in model.objects.live().order_by("path")
    ]


def due_for_review():
    """Live guides and country pages due for review: never reviewed first, then oldest."""
    due = [item for item in reviewed_pages() if item.is_due]
    return sorted(
        due, key=lambda item: (item.reviewed is not None, item.reviewed or datetime.date.min)
    )


def live_pages_with(to_check):
    """[(page, BlocksToCheck)] for every live page with something `to_check` finds."""
    pages = Page.objects.live().filter(depth__gt=1).specific().order_by("path")
    found = [(page, to_check(page)) for page in pages]
    return [(page, blocks) for page, blocks in found if blocks]


def pages_with_cards_to_check():
    """[(page, BlocksToCheck)] for every live page with unconfirmed contact cards."""
    return live_pages_with(cards_to_check)


def pages_with_notes_to_check():
    """[(page, BlocksToCheck)] for every live page with notes on facts to confirm."""
    return live_pages_with(notes_to_check)
