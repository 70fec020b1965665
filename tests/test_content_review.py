"""Content readers can rely on: example hotline contacts are marked "(demo)" and never
links, unconfirmed contact cards stay hidden, `check --deploy` refuses to go live with
either or with unreviewed pages, and the "Due for review" report lists what is due."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.core.checks import ERROR, INFO
from django.core.management import call_command
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.html import strip_tags
from wagtail.fields import StreamField
from wagtail.models import Page, Site

from pages import contacts_copy
from pages.blocks import ContactCardBlock
from pages.demo import builder as demo_builder
from pages.demo.content import site as demo_contacts
from pages.models import CountryPage, GuidePage, HotlineContacts
from pages.review import checks
from pages.review.content import card_needs_checking, months_before
from tests.hotline_support import in_language, set_contacts, text_of
from tests.page_factories import (
    body,
    lang_fields,
    make_country_index,
    make_page,
    make_section,
    page_urls,
    texts,
)
from tests.support import LANGUAGES

pytestmark = pytest.mark.django_db

EXAMPLE = {
    "phone_belarus": "8 801 000-00-00",
    "phone_abroad": "+375 17 000-00-00",
    "email": "hotline@example.org",
    "telegram": "hotline_demo",
}
REAL = {
    "phone_belarus": "8 801 100 8 801",
    "phone_abroad": "+375 29 123 45 67",
    "email": "hotline@lastrada.by",
    "telegram": "",
}
LANGUAGE_SUFFIXES = {f"_{code}" for code in LANGUAGES}
# A tel: or mailto: link to a number or address of the kind only examples have.
EXAMPLE_LINK = re.compile(r'href="(?:tel:[^"]*000000[^"]*|mailto:[^"]*@example\.org)"')


def card(name, phone="", email="", needs_checking=False):
    return {
        "type": "contact_card",
        "value": {
            "name": name,
            "phone": phone,
            "email": email,
            "messenger_url": "",
            "hours": "",
            "note": "",
            "needs_checking": needs_checking,
        },
    }


def contact_stream(*cards):
    block = CountryPage._meta.get_field("contacts").stream_block
    return {f"contacts_{code}": block.to_python(list(cards)) for code in LANGUAGES}


def make_reviewed_guide(section, slug, reviewed, **fields):
    return make_page(
        section,
        GuidePage,
        fields.pop("title", slug),
        slug,
        **lang_fields("intro", texts("Guide intro")),
        **body("Guide text"),
        last_reviewed=reviewed,
        **fields,
    )


def make_checked_country(index, slug, checked, cards=(), **fields):
    return make_page(
        index,
        CountryPage,
        fields.pop("title", slug),
        slug,
        iso_code="PL",
        last_checked=checked,
        **lang_fields("intro", texts("Country intro")),
        **lang_fields("entry_rules", {code: f"<p>Entry {code}</p>" for code in LANGUAGES}),
        **contact_stream(*cards),
        **fields,
    )


def to_check(block):
    """An unconfirmed contact card or a note for editors on a fact still to check."""
    if isinstance(block.block, ContactCardBlock):
        return card_needs_checking(block.value)
    return block.block_type == "check_note"


def remove_what_is_unconfirmed(page):
    for model_field in page._meta.concrete_fields:
        if isinstance(model_field, StreamField) and model_field.name[-3:] in LANGUAGE_SUFFIXES:
            stream = getattr(page, model_field.name) or []
            kept = [(block.block_type, block.value) for block in stream if not to_check(block)]
            setattr(page, model_field.name, kept)
    page.save_revision().publish()


def visible_text(response):
    return " ".join(strip_tags(text_of(response)).split())


def default_site():
    return Site.objects.get(is_default_site=True)


# -- the hotline's own contacts ---------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_example_contacts_are_marked_demo_and_are_no_links_in_every_place(
    client, home_page, language
):
    set_contacts(default_site(), **EXAMPLE, are_examples=True)
    section = make_section(home_page)
    guide = make_page(
        section,
        GuidePage,
        "Guide",
        "guide",
        **{
            f"body_{code}": GuidePage._meta.get_field("body").stream_block.to_python(
                [{"type": "hotline_cta", "value": {"title": "Ask us", "text": ""}}]
            )
            for code in LANGUAGES
        },
    )
    demo = in_language(language, "(demo)")

    for url in (f"/{language}/", page_urls(guide)[language]):
        with translation.override(language):
            response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 200, url
        assert "tel:" not in html and "mailto:" not in html and "t.me/" not in html, url
        # The header, the footer and the call to action each show the numbers, marked.
        text = visible_text(response)
        assert text.count(f"8 801 000-00-00 {demo}") >= 3, url
        assert f"hotline@example.org {demo}" in text, url
        assert f"@hotline_demo {demo}" in text, url

    with translation.override(language):
        form = client.get(f"/{language}/hotline/")
    assert f"+375 17 000-00-00 {demo}" in visible_text(form)
    assert "tel:" not in form.content.decode()


def test_real_contacts_are_links_once_the_example_flag_is_cleared(client, home_page):
    set_contacts(default_site(), **REAL, are_examples=False)

    html = client.get("/en/").content.decode()

    assert 'href="tel:88011008801"' in html and 'href="tel:+375291234567"' in html
    assert 'href="mailto:hotline@lastrada.by"' in html
    assert "(demo)" not in html


def test_real_messenger_contacts_link_to_their_apps(client, home_page):
    messengers = {"viber": "+375 29 123 45 67", "telegram": "@lastrada", "whatsapp": "+48 600"}
    set_contacts(default_site(), **{**REAL, **messengers}, are_examples=False)

    html = client.get("/en/").content.decode()

    assert 'href="viber://chat?number=%2B375291234567"' in html
    assert 'href="https://t.me/lastrada">@lastrada</a>' in html
    assert 'href="https://wa.me/48600"' in html


# -- contact cards -------------------------------------------------------------


def test_a_country_page_shows_its_checked_contacts_only(client, home_page):
    index = make_country_index(home_page)
    country = make_checked_country(
        index,
        "italy",
        datetime.date(2026, 10, 1),
        cards=[
            card("Numero Verde Antitratta", phone="800 290 290"),
            card("Embassy of Belarus in Italy", "+39 06 0000 0000", "e@example.org", True),
        ],
    )

    urls = page_urls(country)
    for language in LANGUAGES:
        response = client.get(urls[language])
        html = response.content.decode()
        assert response.status_code == 200 and f'<html lang="{language}"' in html
        assert "Numero Verde Antitratta" in html and 'href="tel:800290290"' in html
        assert "Embassy of Belarus in Italy" not in html and "0000" not in html
    country.refresh_from_db()
    assert "numero verde" in country.search_text_en
    assert "embassy of belarus in italy" not in country.search_text_en


def test_the_admin_offers_the_needs_checking_box_on_a_contact_card(home_page, admin_client):
    index = make_country_index(home_page)
    country = make_checked_country(index, "italy", datetime.date(2026, 10, 1))

    html = admin_client.get(f"/admin/pages/{country.pk}/edit/").content.decode()

    assert "Needs checking" in html or "Требует проверки" in html


# -- the go-live check ----------------------------------------------------------


def messages():
    return checks.check_content_ready_for_readers()


def test_the_go_live_check_fails_on_the_demo_content_and_passes_once_it_is_ready(
    demo_site, settings
):
    # The shared demo site has real-looking contacts; the loader leaves its examples.
    contacts = HotlineContacts.for_site(default_site())
    demo_builder.fill(contacts, demo_contacts.EXAMPLE_CONTACTS).save()

    errors = messages()
    assert {message.level for message in errors} == {ERROR}
    by_id = {}
    for message in errors:
        by_id.setdefault(message.id, []).append(message)
    [contacts_error] = by_id["pages.E001"]
    assert "8 801 000-00-00" in contacts_error.msg and "examples" in contacts_error.msg
    admin = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    assert (
        f"{admin}/admin/settings/pages/hotlinecontacts/{default_site().pk}/" in contacts_error.hint
    )
    poland = CountryPage.objects.get(slug_en="poland")
    [poland_error] = [m for m in by_id["pages.E002"] if m.msg.startswith("Page 'Польша'")]
    assert "Посольство Беларуси в Польше" in poland_error.msg
    assert f"{admin}/admin/pages/{poland.pk}/edit/" in poland_error.hint
    assert len(by_id["pages.E002"]) >= CountryPage.objects.live().count()

    [note_error, *_] = by_id["pages.E004"]
    assert "still to be checked" in note_error.msg

    # The editors put the real contacts in, remove every card they could not confirm and,
    # once the facts are confirmed, the notes on them.
    set_contacts(default_site(), **REAL, are_examples=False)
    content_checks = checks.content_checks
    for page, _blocks in [
        *content_checks.pages_with_cards_to_check(),
        *content_checks.pages_with_notes_to_check(),
    ]:
        remove_what_is_unconfirmed(type(page).objects.get(pk=page.pk))

    assert messages() == []

    guide = GuidePage.objects.live().first()
    guide.last_reviewed = None
    guide.save_revision().publish()
    [undated] = messages()
    assert undated.id == "pages.E003" and guide.title in undated.msg
    assert f"/admin/pages/{guide.pk}/edit/" in undated.hint


def test_example_values_fail_the_check_even_without_the_flag(home_page):
    set_contacts(default_site(), **EXAMPLE, are_examples=False)

    [error] = messages()

    assert error.id == "pages.E001"
    assert "looks like an example number" in error.msg and "example address" in error.msg
    assert "is ticked" not in error.msg


def test_a_site_without_a_hotline_number_cannot_go_live(home_page):
    HotlineContacts.objects.all().delete()

    [error] = messages()

    assert error.id == "pages.E001" and "no hotline phone number" in error.msg


def test_the_check_says_it_is_skipped_on_a_database_not_yet_migrated(home_page, monkeypatch):
    monkeypatch.setattr(checks, "migrations_pending", lambda: True)

    [message] = messages()

    assert message.level == INFO and "skipped" in message.msg and "not migrated" in message.msg


def test_the_check_runs_with_check_deploy_only(home_page):
    from django.core.checks import registry

    assert checks.check_content_ready_for_readers in registry.registry.get_checks(
        include_deployment_checks=True
    )
    assert checks.check_content_ready_for_readers not in registry.registry.get_checks()


# -- the "Due for review" report and the dashboard ------------------------------


@pytest.fixture
def review_pages(home_page):
    """Guides and country pages on both sides of their review periods (12 and 6 months)."""
    today = timezone.localdate()
    guide_cutoff = months_before(today, 12)
    country_cutoff = months_before(today, 6)
    section = make_section(home_page)
    index = make_country_index(home_page)
    one_day = datetime.timedelta(days=1)
    pages = {
        "guide-never": make_reviewed_guide(section, "guide-never", None),
        "guide-overdue": make_reviewed_guide(section, "guide-overdue", guide_cutoff - one_day),
        "guide-on-cutoff": make_reviewed_guide(section, "guide-on-cutoff", guide_cutoff),
        "guide-recent": make_reviewed_guide(section, "guide-recent", today),
        "guide-draft": make_reviewed_guide(section, "guide-draft", None, publish=False),
        "country-overdue": make_checked_country(index, "country-overdue", country_cutoff - one_day),
        "country-on-cutoff": make_checked_country(index, "country-on-cutoff", country_cutoff),
        "country-card": make_checked_country(
            index, "country-card", today, cards=[card("Embassy", "+48 22 123 45 67", "", True)]
        ),
    }
    return pages


def editor_client(client, django_user_model, group="Editors"):
    user = django_user_model.objects.create_user(username=group.lower(), password="pw")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return client


def listed_titles(html, pages):
    """The test pages' keys in the order the report links them."""
    positions = {key: html.find(f'"/admin/pages/{page.pk}/edit/"') for key, page in pages.items()}
    return [key for key, at in sorted(positions.items(), key=lambda kv: kv[1]) if at >= 0]


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_the_report_lists_exactly_the_pages_due_oldest_first(
    client, django_user_model, review_pages, group
):
    client = editor_client(client, django_user_model, group)

    response = client.get("/admin/reports/due-for-review/")

    html = response.content.decode()
    assert response.status_code == 200
    assert listed_titles(html, review_pages) == [
        "guide-never",
        "guide-overdue",
        "country-overdue",
        "country-card",
    ]
    for key in ("guide-never", "country-card"):
        assert f'href="/admin/pages/{review_pages[key].pk}/edit/"' in html
    text = visible_text(response)
    assert "Embassy" in text and "Русский, Беларуская, English" in text


def test_the_review_periods_come_from_the_setting(
    client, django_user_model, review_pages, settings
):
    settings.CONTENT_REVIEW_MONTHS = {"guide": 240, "country": 240}
    client = editor_client(client, django_user_model)

    html = client.get("/admin/reports/due-for-review/").content.decode()

    assert listed_titles(html, review_pages) == ["guide-never", "country-card"]


def test_the_dashboard_counts_the_pages_due_and_links_the_report(
    client, django_user_model, review_pages
):
    client = editor_client(client, django_user_model)

    response = client.get("/admin/")

    assert "4 страницы пора проверить" in visible_text(response)
    assert 'href="/admin/reports/due-for-review/"' in response.content.decode()


def test_hotline_consultants_get_neither_the_report_nor_the_count(
    client, django_user_model, review_pages
):
    client = editor_client(client, django_user_model, "Hotline consultants")

    assert client.get("/admin/reports/due-for-review/").status_code in (302, 403)
    assert "due-for-review" not in client.get("/admin/", follow=True).content.decode()


@pytest.mark.slow
def test_no_demo_page_shows_an_example_number_as_a_link_in_any_language(client, home_page):
    call_command("load_demo_content", verbosity=0)
    italy = CountryPage.objects.get(iso_code="IT")
    turkey = CountryPage.objects.get(iso_code="TR")
    checked = {italy.pk: 'href="tel:800290290"', turkey.pk: 'href="tel:157"'}

    pages = [page for page in Page.objects.live().filter(depth__gt=1).specific()]
    assert len(pages) > 40
    for page in pages:
        for language, url in page_urls(page).items():
            response = client.get(url)
            html = response.content.decode()
            assert response.status_code == 200, url
            assert not EXAMPLE_LINK.findall(html), url
            assert "tel:8801" not in html and "tel:+37517" not in html, url
            assert in_language(language, "(demo)") in html, url
            for marker in ("пример —", "прыклад —", "example —"):
                assert marker not in html, url
            if page.pk in checked:
                assert checked[page.pk] in html, url


def test_the_copy_kept_for_a_database_failure_keeps_the_demo_mark(rf, home_page):
    site = default_site()
    set_contacts(site, **EXAMPLE, are_examples=True)
    contacts_copy.forget()
    HotlineContacts.for_site(site)  # every read refreshes the copy

    with translation.override("be"):
        copy = contacts_copy.for_request(rf.get("/be/hotline/", HTTP_HOST=site.hostname))
        html = render_to_string("hotline/includes/contact_list.html", {"contacts": copy})

    assert copy["are_examples"] is True
    assert '8 801 000-00-00 <span class="contact-demo__label">(дэма)</span>' in html
    assert "tel:" not in html and "mailto:" not in html
