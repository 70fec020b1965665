"""Latin addresses from Russian and Belarusian titles (pages.slugs)."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pages.slugs import MAX_LENGTH, formatters, free_slug, slugify

# The demo's own addresses, whose titles the scheme was read from.
DEMO = [
    ("ru", "Польша", "polsha"),
    ("be", "Польшча", "polshcha"),
    ("ru", "Чехия", "chekhiya"),
    ("be", "Чэхія", "chekhiya"),
    ("ru", "Турция", "turtsiya"),
    ("be", "Турцыя", "turtsyya"),
    ("ru", "Казахстан", "kazakhstan"),
    ("ru", "Израиль", "izrail"),
    ("ru", "Страны", "strany"),
    ("be", "Краіны", "krainy"),
    ("ru", "Новости", "novosti"),
    ("be", "Навіны", "naviny"),
    ("ru", "Работа за рубежом", "rabota-za-rubezhom"),
    ("ru", "Поездки за границу", "poezdki-za-granitsu"),
    ("be", "Паездкі за мяжу", "paezdki-za-myazhu"),
    ("ru", "Брак с иностранцем", "brak-s-inostrantsem"),
    ("be", "Шлюб з замежнікам", "shlyub-z-zamezhnikam"),
    ("ru", "Иностранцам в Беларуси", "inostrantsam-v-belarusi"),
    ("be", "Замежнікам у Беларусі", "zamezhnikam-u-belarusi"),
    ("ru", "Контакты", "kontakty"),
    ("be", "Кантакты", "kantakty"),
    ("ru", "Учёба за рубежом", "ucheba-za-rubezhom"),
    ("ru", "Возвращение домой после эксплуатации", "vozvrashchenie-domoy-posle-ekspluatatsii"),
    ("be", "Вучоба за мяжой", "vuchoba-za-myazhoy"),
    ("be", "Травма ці хвароба на працы за мяжой", "travma-tsi-khvaroba-na-pratsy-za-myazhoy"),
    ("be", "Хатні гвалт", "khatni-gvalt"),
    ("be", "Правы замежных работнікаў", "pravy-zamezhnykh-rabotnikau"),
    ("be", "Непаўналетнія", "nepaunaletniya"),
    ("ru", "Бесплатная помощь пострадавшим", "besplatnaya-pomoshch-postradavshim"),
    ("be", "Бясплатная дапамога пацярпелым", "byasplatnaya-dapamoga-patsyarpelym"),
    ("be", "Гарачай лініі", "garachay-linii"),
]


@pytest.mark.parametrize(("language", "title", "slug"), DEMO)
def test_the_demo_titles_give_the_demos_addresses(language, title, slug):
    assert slugify(title, language) == slug


@pytest.mark.parametrize(
    ("language", "title", "slug"),
    [
        # ў is u, і is i, in Belarusian as in a Belarusian word within Russian.
        ("be", "Працадаўца забраў пашпарт", "pratsadautsa-zabrau-pashpart"),
        ("be", "Універсітэт і ўлады", "universitet-i-ulady"),
        ("ru", "Гродна і Навагрудак", "grodna-i-navagrudak"),
        # ё: e in Russian, where its dots are often left out; yo in Belarusian.
        ("ru", "Учёба", "ucheba"),
        ("ru", "Учеба", "ucheba"),
        ("ru", "ЁЛКА", "elka"),
        ("be", "Знаёмствы", "znayomstvy"),
        ("be", "Ёлка", "yolka"),
        # A Belarusian apostrophe before е or і is a "y", in any of its three forms.
        ("be", "Сям’і", "syamyi"),
        ("be", "Сям'і", "syamyi"),
        ("be", "Сямʼі", "syamyi"),
        ("be", "Ад’езд", "adyezd"),
        ("be", "Аб’ява", "abyava"),
        ("be", "Аб’ём", "abyom"),
        # In Russian the hard and soft signs just go.
        ("ru", "Объявление о подъезде", "obyavlenie-o-podezde"),
        ("ru", "Семья", "semya"),
        ("ru", "Щука и ёж", "shchuka-i-ezh"),
        # Latin words, digits and accented letters stay, without accents.
        ("ru", "Виза D для работы в EU", "viza-d-dlya-raboty-v-eu"),
        ("be", "Віза D у Польшчу: 2026", "viza-d-u-polshchu-2026"),
        ("ru", "Café Zürich", "cafe-zurich"),
        ("en", "How to check a job offer", "how-to-check-a-job-offer"),
        ("en", "Don't pay up front", "dont-pay-up-front"),
        # An English title with a Russian word takes the Russian letters.
        ("en", "Working in Россия", "working-in-rossiya"),
        # Punctuation goes; spaces and dashes of any kind become one hyphen.
        ("ru", "Работа — за  рубежом -- 2026", "rabota-za-rubezhom-2026"),
        ("ru", "Паспорт и виза: что важно знать?", "pasport-i-viza-chto-vazhno-znat"),
        ("ru", "«Безопасная работа»: памятка", "bezopasnaya-rabota-pamyatka"),
        ("ru", "— 25 лет горячей линии —", "25-let-goryachey-linii"),
        ("ru", "№ 278 от 2024 г.", "278-ot-2024-g"),
        ("ru", "Указ\u00a0№\u00a0278", "ukaz-278"),
        ("ru", "  Чек-лист  ", "chek-list"),
        ("ru", "", ""),
        ("ru", "!!!", ""),
    ],
)
def test_transliteration(language, title, slug):
    assert slugify(title, language) == slug


def test_a_long_title_is_cut_to_the_field_length_without_a_trailing_hyphen():
    slug = slugify("Работа " * 60, "ru")

    assert len(slug) <= MAX_LENGTH
    assert slug.startswith("rabota-rabota")
    assert not slug.endswith("-")


def test_free_slug_numbers_a_taken_slug_as_wagtail_does():
    assert free_slug("Контакты", "ru", set()) == "kontakty"
    assert free_slug("Контакты", "ru", {"kontakty"}) == "kontakty-2"
    assert free_slug("Контакты", "ru", {"kontakty", "kontakty-2"}) == "kontakty-3"
    assert free_slug("!!!", "ru", {""}) == ""


def test_free_slug_keeps_a_numbered_long_slug_within_the_field_length():
    title = "Я" * 200  # each "я" is two Latin letters
    taken = {slugify(title, "ru")}

    numbered = free_slug(title, "ru", taken)

    assert numbered.endswith("-2")
    assert len(numbered) == MAX_LENGTH


def test_the_rules_are_regular_expressions_the_browser_understands():
    """Wagtail hands them to JavaScript as they are: no inline flags, no Python-only
    syntax such as named groups or possessive quantifiers."""
    from wagtail.coreutils import get_js_regex

    for language in ("ru", "be", "en"):
        for pattern, replacement in formatters(language):
            js_pattern, flags = get_js_regex(pattern)
            assert js_pattern == pattern.pattern
            assert set(flags) == {"g", "u"} | ({"i"} if pattern.flags & re.IGNORECASE else set())
            # Only (?:…) and (?!…), which both know; no inline flags or named groups.
            assert re.search(r"\(\?[^:!]", js_pattern) is None, js_pattern
            # "$" means something in a JavaScript replacement string.
            assert "$" not in replacement


SLUG = re.compile(r"[a-z0-9_]+(-[a-z0-9_]+)*")
LANGUAGE = st.sampled_from(["ru", "be", "en"])
CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіў"
CYRILLIC_WORDS = st.lists(
    st.text(alphabet=CYRILLIC + CYRILLIC.upper(), min_size=1, max_size=12), min_size=1, max_size=6
)


@given(st.text(max_size=300), LANGUAGE)
def test_any_title_gives_a_valid_ascii_slug_or_none(title, language):
    slug = slugify(title, language)

    assert slug == "" or SLUG.fullmatch(slug), slug
    assert len(slug) <= MAX_LENGTH


@given(st.text(max_size=300), LANGUAGE)
def test_a_slug_is_its_own_slug(title, language):
    slug = slugify(title, language)

    assert slugify(slug, language) == slug


@given(CYRILLIC_WORDS, LANGUAGE, st.sampled_from([" ", " - ", " — ", ", ", "\u00a0", ": "]))
def test_cyrillic_words_become_latin_words_joined_by_one_hyphen(words, language, separator):
    slug = slugify(separator.join(words), language)

    # Only the soft and hard signs may vanish: a word made of them leaves nothing.
    expected_words = [w for w in words if w.strip("ъьЪЬ")]
    assert slug.count("-") == max(len(expected_words) - 1, 0)
    assert slug.isascii()
    assert slugify(separator.join(w.upper() for w in words), language) == slug
