"""What every public page sends to the reader's browser, checked without a browser.

The demo content is loaded once for this module inside a transaction that is rolled
back afterwards; every live page is rendered in every language, together with the
hotline form and a search results page, and each test checks one promise across
all of them: quick exit, no other hosts, print stylesheet, no blocked scripts,
landmarks and headings, the hotline contacts in the same place.
"""

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from cryptography.fernet import Fernet
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from tests.support import CONTACTS, ROOT, demo_site_client

LANGUAGES = [code for code, _name in settings.LANGUAGES]
QUICK_EXIT_LABELS = {
    "ru": "Быстро покинуть сайт",
    "be": "Хутка пакінуць сайт",
    "en": "Leave this site quickly",
}
LOADING_TEXT = {"ru": "Загрузка.", "be": "Загрузка.", "en": "Loading."}
# Attributes through which a page makes the browser fetch something by itself.
FETCHING_LINK_RELS = {
    "stylesheet",
    "icon",
    "apple-touch-icon",
    "manifest",
    "preload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "modulepreload",
}
FETCHING_SRC_TAGS = {
    "script",
    "img",
    "iframe",
    "embed",
    "source",
    "audio",
    "video",
    "track",
    "input",
}


@dataclass
class Element:
    tag: str
    attrs: dict
    text: str = ""


@dataclass
class ParsedPage:
    url: str
    language: str
    status: int
    html: str
    elements: list = field(default_factory=list)
    headings: list = field(default_factory=list)

    def find(self, tag, **attrs):
        return [
            element
            for element in self.elements
            if element.tag == tag
            and all(element.attrs.get(name.rstrip("_")) == value for name, value in attrs.items())
        ]


class PageParser(HTMLParser):
    """Keeps every element with its attributes, and the text of headings and the title."""

    TEXT_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "title", "a", "script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self._open = []

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {name: value if value is not None else "" for name, value in attrs})
        self.elements.append(element)
        if tag in self.TEXT_TAGS:
            self._open.append(element)

    def handle_endtag(self, tag):
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index].tag == tag:
                del self._open[index]
                break

    def handle_data(self, data):
        for element in self._open:
            element.text += data


def parse(url, language, response):
    html = response.content.decode()
    parser = PageParser()
    parser.feed(html)
    page = ParsedPage(url, language, response.status_code, html, parser.elements)
    page.headings = [
        (int(element.tag[1]), " ".join(element.text.split()))
        for element in parser.elements
        if re.fullmatch(r"h[1-6]", element.tag)
    ]
    return page


def public_urls():
    """Every live page in every language, the hotline form and a search results page."""
    from wagtail.models import Page

    urls = []
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        for language in LANGUAGES:
            with translation.override(language):
                urls.append((page.get_url(), language))
    for language in LANGUAGES:
        with translation.override(language):
            urls.append((reverse("hotline:request"), language))
            urls.append((reverse("search") + "?q=%D0%B2%D0%B8%D0%B7%D0%B0", language))
    return urls


@pytest.fixture(scope="module")
def rendered(request, demo_site, django_db_blocker):
    """Every public page of the demo site, rendered once; the database is left as it was."""

    with demo_site_client(request, django_db_blocker) as client:
        pages = [parse(url, language, client.get(url)) for url, language in public_urls()]
    return pages


def ok_pages(rendered):
    return [page for page in rendered if page.status == 200]


def test_every_public_page_renders(rendered):
    broken = [(page.url, page.status) for page in rendered if page.status != 200]

    assert len(rendered) > 30, "the demo content should give well over ten pages per language"
    assert broken == []


def test_every_page_has_the_quick_exit_link_first_in_its_language(rendered):
    for page in ok_pages(rendered):
        links = page.find("a", **{"data-quick-exit": ""})
        assert len(links) == 1, page.url
        assert links[0].attrs["href"] == settings.QUICK_EXIT_URL, page.url
        assert QUICK_EXIT_LABELS[page.language] in links[0].text, page.url
        # Only the skip link comes before it, so it is the first thing a keyboard reaches.
        first_links = [element for element in page.elements if element.tag in ("a", "button")]
        assert first_links[0].attrs.get("class") == "skip-link", page.url
        assert first_links[1] is links[0], page.url
        root = page.find("div", **{"data-quick-exit-root": ""})[0]
        assert root.attrs["data-loading-text"] == LOADING_TEXT[page.language], page.url
        scripts = [element.attrs.get("src", "") for element in page.find("script")]
        assert any(re.search(r"/js/quick-exit(\.[0-9a-f]+)?\.js$", src) for src in scripts)


def test_quick_exit_goes_to_the_configured_neutral_site(client, home_page, settings):
    settings.QUICK_EXIT_URL = "https://weather.example/today"

    html = client.get("/en/").content.decode()

    assert 'href="https://weather.example/today"' in html
    assert "Leave this site quickly" in html


def test_no_page_makes_the_browser_contact_another_host(rendered):
    offending = []
    for page in ok_pages(rendered):
        for element in page.elements:
            urls = []
            if element.tag == "link" and FETCHING_LINK_RELS & set(
                element.attrs.get("rel", "").lower().split()
            ):
                urls.append(element.attrs.get("href", ""))
            if element.tag in FETCHING_SRC_TAGS:
                urls.append(element.attrs.get("src", ""))
            if element.tag in ("img", "source"):
                urls += [
                    part.split()[0]
                    for part in element.attrs.get("srcset", "").split(",")
                    if part.strip()
                ]
            if element.tag in ("object",):
                urls.append(element.attrs.get("data", ""))
            if element.tag == "form":
                urls.append(element.attrs.get("action", ""))
            if element.tag == "video":
                urls.append(element.attrs.get("poster", ""))
            for url in urls:
                host = urlsplit(url.strip()).netloc
                if host and host != "testserver":
                    offending.append((page.url, element.tag, url))
        assert "<iframe" not in page.html, page.url
        assert "@import" not in page.html and "url(http" not in page.html, page.url

    assert offending == []


# The offline copy's scripts fetch this site's own pages, and only after the reader asks:
# the worker passes on same-origin requests only, the button fetches a path of this site.
SAME_ORIGIN_FETCHERS = {"offline-worker.js", "save-offline.js"}


def test_stylesheets_and_scripts_fetch_nothing_from_another_host():
    for path in (ROOT / "static").rglob("*"):
        if path.suffix not in (".css", ".js"):
            continue
        text = path.read_text()
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", text), path
        assert "@import" not in text, path
        assert not re.search(r"XMLHttpRequest|sendBeacon|https?://", text), path
        if path.name in SAME_ORIGIN_FETCHERS:
            assert "self.location.origin" in text or "location.origin" in text, path
        else:
            assert not re.search(r"fetch\(", text), path


def test_every_page_links_the_print_stylesheet(rendered):
    for page in ok_pages(rendered):
        print_sheets = [
            element
            for element in page.find("link", rel="stylesheet")
            if element.attrs.get("media") == "print" and "print" in element.attrs.get("href", "")
        ]
        assert len(print_sheets) == 1, page.url


def test_pages_obey_the_content_security_policy(rendered):
    for page in ok_pages(rendered):
        for script in page.find("script"):
            if script.attrs.get("type") in ("application/ld+json", "application/json"):
                continue
            assert script.attrs.get("src"), f"inline script on {page.url}"
            assert "defer" in script.attrs or "async" in script.attrs, page.url
        assert not [element for element in page.elements if "style" in element.attrs], page.url
        assert not page.find("style"), page.url
        assert not [
            element
            for element in page.elements
            if any(name.startswith("on") for name in element.attrs)
        ], f"inline event handler on {page.url}"


def test_every_page_has_landmarks_a_skip_link_and_headings_in_order(rendered):
    skipped_levels = []
    for page in ok_pages(rendered):
        html_tag = page.find("html")[0]
        assert html_tag.attrs["lang"] == page.language, page.url
        assert page.find("a", class_="skip-link", href="#main"), page.url
        assert len(page.find("main", id="main")) == 1, page.url
        assert len(page.find("header")) >= 1 and len(page.find("footer")) >= 1, page.url
        levels = [level for level, _text in page.headings]
        assert levels.count(1) == 1, f"{page.url} has {levels.count(1)} h1"
        assert all(text for _level, text in page.headings), f"empty heading on {page.url}"
        skipped = [
            f"h{previous} followed by h{current}"
            for previous, current in zip(levels, levels[1:], strict=False)
            if current > previous + 1
        ]
        if skipped:
            skipped_levels.append((page.url, skipped[0]))
        # Each nav landmark is named, so screen readers can tell them apart.
        for nav in page.find("nav"):
            assert nav.attrs.get("aria-label") or nav.attrs.get("aria-labelledby"), page.url
    assert skipped_levels == []


def test_language_switcher_entries_carry_their_own_language(rendered):
    """Each entry is the language's name, in that language; a phone shows its code instead,
    hidden from screen readers, which read the name."""
    names = dict(settings.LANGUAGES)
    for page in ok_pages(rendered):
        switcher = page.html.split('class="language-switcher"')[1].split("</nav>")[0]
        for code, name in names.items():
            label = (
                f'<span class="language-switcher__code" aria-hidden="true">{code.upper()}</span>'
                f'<span class="language-switcher__name">{name}</span>'
            )
            current = f'<span lang="{code}" aria-current="true">{label}</span>'
            link = re.compile(
                rf'<a href="[^"]+" lang="{code}" hreflang="{code}">{re.escape(label)}</a>'
            )
            if code == page.language:
                assert current in switcher, (page.url, code)
            else:
                assert link.search(switcher), (page.url, code)


def test_hotline_contacts_are_in_the_same_place_on_every_page(rendered):
    for page in ok_pages(rendered):
        header = page.html[page.html.index("<header") : page.html.index("</header>")]
        assert 'class="hotline-bar"' in header, page.url
        assert f'href="tel:{CONTACTS["phone_belarus"].replace(" ", "")}"' in header, page.url
        assert f'href="tel:{CONTACTS["phone_abroad"].replace(" ", "")}"' in header, page.url
        assert CONTACTS[f"hours_{page.language}"] in header, page.url
        assert CONTACTS[f"phone_belarus_note_{page.language}"] in header, page.url
        with translation.override(page.language):
            form_url = reverse("hotline:request")
        assert f'href="{form_url}"' in header, page.url


def test_pages_fit_the_weight_budget(rendered):
    """The same sum scripts/page_weight.py reports, on every page rather than one per type."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import page_weight

    for page in ok_pages(rendered):
        parser = page_weight.AssetParser()
        parser.feed(page.html)
        total = page_weight.gzip_size(page.html.encode(), page_weight.HTML_GZIP_LEVEL)
        for url in parser.stylesheets + parser.scripts:
            total += page_weight.gzip_size(
                page_weight.static_file_bytes(url), page_weight.STATIC_GZIP_LEVEL
            )
        assert parser.problems == [], page.url
        assert total <= page_weight.BUDGET_KB * 1024, f"{page.url}: {total / 1024:.1f} KB"


@pytest.mark.slow
def test_static_files_are_hashed_and_cached_for_a_year_in_production(tmp_path):
    """collectstatic with the production storage, then WhiteNoise serves the hashed names."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lastrada_site.settings.production",
        "DJANGO_SECRET_KEY": "static-check-only-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGH",
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DJANGO_STATIC_ROOT": str(tmp_path / "static"),
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "HOTLINE_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
    }
    check = """
import django, json, re
django.setup()
from django.templatetags.static import static
from django.test import Client
client = Client()
out = {}
for name in ("css/site.css", "css/print.css", "js/quick-exit.js"):
    url = static(name)
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    out[name] = {
        "url": url,
        "status": response.status_code,
        "cache": response.headers.get("Cache-Control", ""),
        "encoding": response.headers.get("Content-Encoding", ""),
    }
unhashed = client.get("/static/css/site.css")
out["unhashed"] = {
    "cache": unhashed.headers.get("Cache-Control", ""),
    "status": unhashed.status_code,
}
print(json.dumps(out))
"""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=environment,
        check=True,
        timeout=600,
    )
    result = subprocess.run(  # noqa: S603 (a fixed script of this test, no outside input)
        [sys.executable, "-c", check],
        cwd=ROOT,
        env=environment,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    import json

    served = json.loads(result.stdout.strip().splitlines()[-1])
    for name in ("css/site.css", "css/print.css", "js/quick-exit.js"):
        stem, suffix = name.rsplit(".", 1)
        assert re.fullmatch(rf"/static/{stem}\.[0-9a-f]{{12}}\.{suffix}", served[name]["url"])
        assert served[name]["status"] == 200
        max_age = int(re.search(r"max-age=(\d+)", served[name]["cache"]).group(1))
        assert max_age >= 365 * 24 * 60 * 60
        assert "immutable" in served[name]["cache"]
        assert served[name]["encoding"] == "gzip"
    # The unhashed name may change at any deploy, so it is never cached for long.
    assert served["unhashed"]["status"] == 200
    unhashed_age = int(re.search(r"max-age=(\d+)", served["unhashed"]["cache"]).group(1))
    assert unhashed_age <= 60 * 60
    assert "immutable" not in served["unhashed"]["cache"]


def test_images_are_lazy_webp_renditions_with_a_srcset(db, settings, tmp_path):
    """A photo an editor uploads as JPEG reaches readers as WebP in three widths."""
    from io import BytesIO

    from django.core.files.images import ImageFile
    from PIL import Image as PillowImage
    from wagtail.images.models import Image

    from pages.blocks import ImageBlock

    settings.MEDIA_ROOT = str(tmp_path)
    buffer = BytesIO()
    PillowImage.new("RGB", (1600, 900), (11, 85, 99)).save(buffer, "JPEG")
    image = Image.objects.create(title="Border crossing", file=ImageFile(buffer, name="border.jpg"))
    block = ImageBlock()
    value = block.to_python({"image": image.pk, "alt_text": "A queue at a border crossing"})

    html = block.render(value)

    img = re.search(r"<img [^>]+>", html).group(0)
    assert 'alt="A queue at a border crossing"' in img
    assert 'loading="lazy"' in img
    assert 'decoding="async"' in img
    assert 'sizes="(min-width: 48em) 42rem, 100vw"' in img
    srcset = re.search(r'srcset="([^"]+)"', img).group(1)
    widths = sorted(int(part.split()[1].rstrip("w")) for part in srcset.split(","))
    assert widths == [480, 960, 1440]
    assert all(part.split()[0].endswith(".webp") for part in srcset.split(","))
    assert re.search(r'src="[^"]+\.webp"', img)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_error_page_carries_the_quick_exit_without_touching_the_database(rf, language):
    """A 500 page still lets a reader leave at once; it renders without the database."""
    from lastrada_site.views import server_error

    with translation.override(language):
        response = server_error(rf.get(f"/{language}/"))

    assert response.status_code == 500
    page = parse(f"/{language}/", language, response)
    links = page.find("a", **{"data-quick-exit": ""})
    assert len(links) == 1
    assert links[0].attrs["href"] == settings.QUICK_EXIT_URL
    assert QUICK_EXIT_LABELS[language] in links[0].text
    scripts = [element.attrs for element in page.find("script")]
    assert any(
        re.search(r"/js/quick-exit(\.[0-9a-f]+)?\.js$", attrs.get("src", "")) and "defer" in attrs
        for attrs in scripts
    )
    assert page.find("a", class_="skip-link", href="#main")


@pytest.mark.slow
def test_page_weight_script_fails_when_a_page_is_over_the_budget():
    """`make test` relies on the script's exit status; a budget every page exceeds fails it."""
    result = subprocess.run(  # noqa: S603 (a fixed script of this repository)
        [sys.executable, "scripts/page_weight.py", "--budget-kb", "5"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAIL: over the budget of 5 KB" in result.stdout
    assert re.search(r"^HomePage\s+ru\s", result.stdout, re.MULTILINE)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_not_found_page_carries_the_quick_exit_and_the_hotline(client, home_page, language):
    response = client.get(f"/{language}/no-such-page-here/")

    assert response.status_code == 404
    page = parse(f"/{language}/no-such-page-here/", language, response)
    links = page.find("a", **{"data-quick-exit": ""})
    assert len(links) == 1 and links[0].attrs["href"] == settings.QUICK_EXIT_URL
    assert QUICK_EXIT_LABELS[language] in links[0].text
    assert 'class="hotline-bar"' in page.html
    assert page.find("a", class_="skip-link", href="#main")
