"""A country page as a person in trouble meets it: the emergency numbers and the
national anti-trafficking line before anything else, and then the way to a trip plan
and wallet card for that country."""

import pytest

from pages.models import CountryPage, TripPlanPage
from tests.page_factories import POLAND_URLS, lang_fields, make_page, texts
from tests.support import LANGUAGES, page_html

pytestmark = pytest.mark.django_db

PLAN_URLS = {"ru": "/ru/plan/", "be": "/be/plan-be/", "en": "/en/plan-en/"}
PLANS_HEADING = {
    "ru": "Ваш план поездки в эту страну и карточка для кошелька",
    "be": "Ваш план паездкі ў гэтую краіну і картка для кашалька",
    "en": "Your trip plan and wallet card for this country",
}
PURPOSES = {
    "ru": {"work": "Работа", "study": "Учёба", "tourism": "Туризм"},
    "be": {"work": "Праца", "study": "Вучоба", "tourism": "Турызм"},
    "en": {"work": "Work", "study": "Study", "tourism": "Tourism"},
}
LINE = {"name": "Numero Verde Antitratta", "phone": "800 290 290", "hours": "24/7"}


def cards(*values):
    block = CountryPage._meta.get_field("contacts").stream_block
    return block.to_python([{"type": "contact_card", "value": value} for value in values])


def with_line(country, needs_checking=False, other_contacts=()):
    """The country with a national line (and other contact cards) in every language."""
    for code in LANGUAGES:
        setattr(
            country, f"trafficking_line_{code}", cards({**LINE, "needs_checking": needs_checking})
        )
        setattr(country, f"contacts_{code}", cards(*other_contacts))
    country.save_revision().publish()
    return country


def make_trip_plan(home_page, publish=True):
    return make_page(
        home_page,
        TripPlanPage,
        "Plan",
        "plan",
        publish=publish,
        **lang_fields("intro", texts("Plan intro")),
    )


def positions(html, *fragments):
    found = []
    for fragment in fragments:
        assert fragment in html, fragment
        found.append(html.index(fragment))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_emergency_numbers_and_the_national_line_come_first(client, country, language):
    with_line(country)

    html = page_html(client, POLAND_URLS[language])

    order = positions(
        html,
        'class="country__emergency"',
        "<p>112</p>",
        LINE["name"],
        'href="tel:800290290"',
        'class="lead"',
        f"Entry rules {language}",
    )
    assert order == sorted(order)
    # Shown once: the national line is not repeated among the other contacts.
    assert html.count(LINE["name"]) == 1


def test_a_national_line_nobody_has_confirmed_stays_hidden(client, country):
    with_line(country, needs_checking=True)

    html = page_html(client, POLAND_URLS["en"])

    assert "<p>112</p>" in html
    assert LINE["name"] not in html and "800 290 290" not in html


def test_the_wallet_card_gives_the_national_line_before_other_contacts(client, home_page, country):
    make_trip_plan(home_page)
    with_line(country, other_contacts=[{"name": "Embassy", "phone": "+48 22 111 11 11"}])

    html = page_html(client, "/en/plan-en/work/pl/card/")

    order = positions(html, LINE["phone"], "+48 22 111 11 11")
    assert order == sorted(order)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_country_page_leads_to_its_trip_plan_for_each_purpose(
    client, home_page, country, language
):
    make_trip_plan(home_page)

    html = page_html(client, POLAND_URLS[language])

    assert PLANS_HEADING[language] in html
    for purpose, label in PURPOSES[language].items():
        assert f'href="{PLAN_URLS[language]}{purpose}/pl/">{label}</a>' in html
    assert f'href="{PLAN_URLS[language]}marriage/pl/"' in html
    plan = page_html(client, f"{PLAN_URLS[language]}work/pl/")
    assert f'href="{PLAN_URLS[language]}work/pl/card/"' in plan


def test_without_a_live_trip_plan_page_there_is_no_link(client, home_page, country):
    make_trip_plan(home_page, publish=False)

    html = page_html(client, POLAND_URLS["en"])

    assert PLANS_HEADING["en"] not in html
    assert "/plan-en/" not in html


def test_the_links_appear_once_the_trip_plan_page_is_published(
    client, home_page, country, page_cache_on
):
    draft = make_trip_plan(home_page, publish=False)
    assert PLANS_HEADING["en"] not in page_html(client, POLAND_URLS["en"])

    draft.save_revision().publish()

    assert 'href="/en/plan-en/work/pl/"' in page_html(client, POLAND_URLS["en"])
