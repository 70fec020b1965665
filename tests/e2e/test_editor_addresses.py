"""An editor adds a page in the admin: Latin addresses from Russian and Belarusian
titles, an admin in the editor's language, the language toggle after a failed save,
and an address that an abandoned draft already holds."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.staff_support import PASSWORD
from tests.test_slugs import DEMO

from .helpers import log_in, open_page

pytestmark = pytest.mark.e2e

# Product and data names, language codes and Wagtail's example address: not English
# interface text.
NOT_INTERFACE_TEXT = re.compile(
    r"Wagtail(?: v[\d.]+)?|\[(?:ru|be|en)\]|\b(?:RU|BE|EN|ru|be|en|URL)\b"
    r"|https?://domain\.com/blog/\[my-slug\]/|\bEnglish\b|\bRoot\b|Moderators approval"
)
# Text and accessible names a person meets on the page, visible or read out.
SHOWN_TEXT = """() => {
  const shown = (element) => !!element.getClientRects().length
    && getComputedStyle(element).visibility !== 'hidden';
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const element = walker.currentNode.parentElement;
    if (!element || element.closest('script, style, template, textarea, [hidden]')) continue;
    if (shown(element) && walker.currentNode.textContent.trim()) {
      texts.push(walker.currentNode.textContent.trim());
    }
  }
  for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    if (!shown(element) && !element.closest('nav, [role=navigation]')) continue;
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      if (element.getAttribute(name)) texts.push(element.getAttribute(name));
    }
  }
  return texts;
}"""
URLIFY = """([selector, titles]) => {
  const field = document.querySelector(selector);
  const slug = window.wagtail.app.getControllerForElementAndIdentifier(field, 'w-slug');
  const options = { ignoreUpdate: true, runFormat: true };
  return titles.map((value) => slug.urlify({ detail: { value } }, options));
}"""


@pytest.fixture
def editor(site, django_db_blocker):
    """An editor whose admin speaks Russian; the pages the test adds go with it."""
    from django.contrib.auth.models import User
    from wagtail.models import Page
    from wagtail.users.models import UserProfile

    username = f"redaktor-{uuid.uuid4().hex[:6]}"
    with django_db_blocker.unblock():
        user = User.objects.create_superuser(username, f"{username}@example.org", PASSWORD)
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "ru"
        profile.save()
        last_page = Page.objects.order_by("-pk").values_list("pk", flat=True).first()
        home = Page.objects.get(depth=2)
    user.add_url = f"{site.url}/admin/pages/add/pages/standardpage/{home.pk}/"
    user.home = home
    yield user
    with django_db_blocker.unblock():
        for page in Page.objects.filter(pk__gt=last_page):
            page.delete()
        user.delete()


@pytest.fixture
def editor_tab(open_tab, site, editor):
    tab = open_tab()
    log_in(tab, site, editor.username)
    return tab


def type_title(tab, language, title):
    field = tab.locator(f"input[name='title_{language}']")
    field.click()
    field.press_sequentially(title, delay=5)


def show_language(tab, language):
    toggle = tab.locator(
        ".locale-picker .locale-toggle", has_text=re.compile(f"^{language}$", re.I)
    )
    if "showing-locale" not in (toggle.get_attribute("class") or ""):
        toggle.click()
    expect(toggle).to_have_class(re.compile("showing-locale"))


def save_draft(tab):
    tab.locator("button.action-save").first.click()
    tab.wait_for_load_state()


def tab_of(tab, field_id):
    """The editor's tab that holds a field."""
    panel = tab.locator(f"[role=tabpanel]:has(#{field_id})")
    return tab.locator(f"[role=tab][aria-controls='{panel.get_attribute('id')}']")


def english_in(tab, username):
    """Shown text with English words in it, but for the signed-in editor's name."""
    texts = tab.evaluate(SHOWN_TEXT)
    return sorted(
        {
            text
            for text in texts
            if text != username and re.search(r"[A-Za-z]{3,}", NOT_INTERFACE_TEXT.sub("", text))
        }
    )


def test_russian_and_belarusian_titles_become_latin_addresses_as_the_editor_types(
    editor_tab, editor
):
    from wagtail.models import Page

    tab = editor_tab
    open_page(tab, editor.add_url)

    type_title(tab, "ru", "Учёба за границей: что важно знать")
    expect(tab.locator("#id_slug_ru")).to_have_value("ucheba-za-granitsey-chto-vazhno-znat")
    show_language(tab, "be")
    type_title(tab, "be", "Што пакінуць сям’і перад ад’ездам і ўсё")
    expect(tab.locator("#id_slug_be")).to_have_value("shto-pakinuts-syamyi-perad-adyezdam-i-usyo")
    # Each language's address follows its own title only.
    expect(tab.locator("#id_slug_ru")).to_have_value("ucheba-za-granitsey-chto-vazhno-znat")

    save_draft(tab)

    expect(tab).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    page = Page.objects.get(pk=int(tab.url.rstrip("/").split("/")[-2]))
    assert (page.slug_ru, page.slug_be) == (
        "ucheba-za-granitsey-chto-vazhno-znat",
        "shto-pakinuts-syamyi-perad-adyezdam-i-usyo",
    )


def test_the_browser_makes_the_same_address_as_the_server(editor_tab, editor):
    from pages.slugs import CYRILLIC, OTHER_LATIN, accented_latin, slugify

    tab = editor_tab
    open_page(tab, editor.add_url)
    titles = [title for _language, title, _slug in DEMO] + [
        "Работа — за  рубежом -- 2026",
        "«Безопасная работа»: памятка",
        "— 25 лет горячей линии —",
        "Указ\u00a0№\u00a0278",
        "Сям’і, сям'і, сямʼі, ад’езд, аб’ём",
        "ЁЛКА, Ёлка, ёлка",
        "Виза D для работы в EU",
        "Café Zürich, Kraków, Łódź, Straße, Ærøskøbing, Nguyễn, Ǎ",
        "Київ, Їжак, Ґанок, Євро",
        "Αθήνα 日本語 ©",
        "Don't pay up front",
        "_подчёркнутое_",
        # Every letter the rules know, small and capital.
        " ".join([*accented_latin(), *OTHER_LATIN, *CYRILLIC]),
        " ".join([*accented_latin(), *OTHER_LATIN, *CYRILLIC]).upper(),
    ]

    for language in ("ru", "be", "en"):
        in_browser = tab.evaluate(URLIFY, [f"#id_slug_{language}", titles])
        assert in_browser == [slugify(title, language) for title in titles], language


def test_the_russian_editor_shows_no_english_from_the_packages(editor_tab, editor):
    tab = editor_tab
    open_page(tab, editor.add_url)
    expect(tab.locator(".locale-picker")).to_contain_text("Показать и изменить поля на языках")
    assert english_in(tab, editor.username) == []

    # After a failed save (no title), with every language's fields shown.
    for language in ("be", "en"):
        show_language(tab, language)
    save_draft(tab)
    expect(tab.locator(".messages")).to_contain_text("ошибок")
    assert english_in(tab, editor.username) == []
    tab_of(tab, "id_slug_ru").click()
    assert english_in(tab, editor.username) == []


def test_the_toggle_keeps_the_chosen_languages_after_a_failed_save(editor_tab, editor):
    tab = editor_tab
    open_page(tab, editor.add_url)
    show_language(tab, "be")
    show_language(tab, "en")
    # A Belarusian and an English title, but no Russian one, which is required.
    type_title(tab, "be", "Кантакты")
    type_title(tab, "en", "Contacts")

    save_draft(tab)

    expect(tab.locator("#id_title_ru")).to_have_attribute("aria-invalid", "true")
    expect(tab.locator(".locale-toggle.showing-locale")).to_have_text(["ru", "be", "en"])
    expect(tab.locator("#id_title_be")).to_be_visible()
    expect(tab.locator("#id_title_be")).to_have_value("Кантакты")
    expect(tab.locator("#id_title_en")).to_have_value("Contacts")


def test_an_address_held_by_an_abandoned_draft_is_named_at_its_field(
    editor_tab, editor, django_db_blocker
):
    from pages.models import StandardPage
    from tests.page_factories import make_page

    with django_db_blocker.unblock():
        abandoned = make_page(
            editor.home,
            StandardPage,
            {"ru": "Проверка адреса", "be": "Праверка адраса"},
            {"ru": "proverka-adresa", "be": "praverka-adrasa", "en": ""},
            publish=False,
        )
    tab = editor_tab
    open_page(tab, editor.add_url)
    type_title(tab, "ru", "Проверка адреса")
    show_language(tab, "be")
    type_title(tab, "be", "Праверка адраса")
    expect(tab.locator("#id_slug_be")).to_have_value("praverka-adrasa")
    # The editor works on in Russian only; the Belarusian fields are hidden again.
    tab.locator(".locale-toggle", has_text=re.compile("^be$", re.I)).click()

    save_draft(tab)

    promote = tab_of(tab, "id_slug_ru")
    # The tab nobody opened says it holds the errors, Russian and Belarusian.
    expect(promote).to_contain_text("2")
    promote.click()
    # The language with an error is shown again, so its message can be read.
    expect(tab.locator(".locale-toggle.showing-locale")).to_have_text(["ru", "be"])
    for language, title in (("ru", "Проверка адреса"), ("be", "Праверка адраса")):
        error = tab.locator(f"[data-contentpath='slug_{language}'] .error-message")
        expect(error).to_be_visible()
        expect(error).to_have_text(
            f"Этот адрес уже занят черновиком «{title}». Откройте его или выберите другой адрес."
        )
    link = tab.locator("[data-contentpath='slug_ru'] .error-message a")
    with tab.context.expect_page() as opened:
        link.click()
    draft_tab = opened.value
    draft_tab.wait_for_load_state()
    assert draft_tab.url.endswith(f"/admin/pages/{abandoned.pk}/edit/")
    expect(draft_tab.locator("#id_title_ru")).to_have_value("Проверка адреса")
    # Nothing typed in the first tab is lost.
    expect(tab.locator("#id_title_ru")).to_have_value("Проверка адреса")
