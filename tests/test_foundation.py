"""The trilingual foundation: languages, switcher, fallback, health check, headers."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.conf import settings

from tests.support import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent

HOME_TITLES = {
    "ru": "Безопасный выезд за рубеж",
    "be": "Бяспечны выезд за мяжу",
    "en": "Safe travel abroad",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_renders_in_each_language(client, home_page, language):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f"<h1>{HOME_TITLES[language]}</h1>" in html
    assert f"<title>{HOME_TITLES[language]} — " in html


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("be-BY,be;q=0.9,ru;q=0.8", "/be/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("ru", "/ru/"),
        ("de", "/ru/"),
    ],
)
def test_root_redirects_by_accept_language(client, home_page, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected


def test_root_without_accept_language_goes_to_russian(client, home_page):
    response = client.get("/")

    assert response["Location"] == "/ru/"


def test_explicit_language_choice_is_remembered(client, home_page):
    # The reader's browser asks for Russian, but they chose English in the switcher.
    client.get("/en/", HTTP_ACCEPT_LANGUAGE="ru")

    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru")

    assert response["Location"] == "/en/"


def test_reader_in_their_browsers_language_gets_no_cookie(client, home_page):
    response = client.get("/be/", HTTP_ACCEPT_LANGUAGE="be")

    assert response.status_code == 200
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


def test_switcher_links_to_home_page_in_other_languages(client, home_page):
    html = client.get("/en/").content.decode()

    assert '<a href="/ru/" lang="ru" hreflang="ru">Русский</a>' in html
    assert '<a href="/be/" lang="be" hreflang="be">Беларуская</a>' in html
    assert '<span lang="en" aria-current="true">English</span>' in html


def test_switcher_links_to_same_page_in_other_languages(client, home_page):
    _add_translated_child(home_page)

    html = client.get("/en/about-us/").content.decode()

    assert '<a href="/ru/o-nas/" lang="ru" hreflang="ru">Русский</a>' in html
    assert '<a href="/be/pra-nas/" lang="be" hreflang="be">Беларуская</a>' in html
    assert '<span lang="en" aria-current="true">English</span>' in html
    assert "<h1>About us</h1>" in html


def test_translated_slugs_route_only_under_their_language(client, home_page):
    _add_translated_child(home_page)

    assert client.get("/ru/o-nas/").status_code == 200
    assert client.get("/be/pra-nas/").status_code == 200
    assert client.get("/en/about-us/").status_code == 200


def test_slug_of_another_language_redirects_to_this_language(client, home_page):
    _add_translated_child(home_page)

    response = client.get("/en/o-nas/")

    assert response.status_code == 301
    assert response["Location"] == "/en/about-us/"
    assert client.get("/be/about-us/")["Location"] == "/be/pra-nas/"


def test_untranslated_page_falls_back_to_russian_with_a_notice(client, home_page):
    home_page.lead_ru = "Бесплатная и конфиденциальная помощь."
    home_page.lead_be = ""
    home_page.lead_en = "Free and confidential help."
    home_page.save_revision().publish()

    be_html = client.get("/be/").content.decode()
    en_html = client.get("/en/").content.decode()

    assert "Бесплатная и конфиденциальная помощь." in be_html
    assert "Гэтая старонка яшчэ не перакладзена на вашу мову" in be_html
    assert '<div class="home" lang="ru">' in be_html
    assert '<meta name="robots" content="noindex">' in be_html
    assert "Free and confidential help." in en_html
    assert "not been translated" not in en_html


def test_hreflang_lists_only_written_languages(client, home_page):
    home_page.lead_ru = "Текст."
    home_page.lead_be = ""
    home_page.lead_en = "Text."
    home_page.save_revision().publish()

    html = client.get("/ru/").content.decode()

    assert 'hreflang="ru" href="http://testserver/ru/"' in html
    assert 'hreflang="en" href="http://testserver/en/"' in html
    assert 'hreflang="x-default" href="http://testserver/ru/"' in html
    assert 'hreflang="be" href=' not in html


def test_healthz_reports_database_ok(client, db):
    response = client.get("/healthz/")

    assert response.status_code == 200
    assert response.json() == {"database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_reports_unreachable_database_without_traceback():
    # A real unreachable database: nothing listens on port 1.
    script = (
        "import django; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/healthz/');"
        "print(r.status_code, r.content.decode())"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lastrada_site.settings.test",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:1/unreachable",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == '503 {"database": "error"}'
    assert "Traceback" not in result.stdout


@pytest.mark.parametrize(
    ("missing", "message"),
    [("DJANGO_SECRET_KEY", "DJANGO_SECRET_KEY"), ("DJANGO_ALLOWED_HOSTS", "DJANGO_ALLOWED_HOSTS")],
)
def test_production_settings_refuse_to_start_without_required_variables(missing, message):
    env = {
        **os.environ,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "example.org",
        "EMAIL_USE_TLS": "true",
        "HOTLINE_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
    }
    del env[missing]
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import lastrada_site.settings.production"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_security_headers_on_public_pages(client, home_page):
    response = client.get("/ru/")

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self';" in csp
    assert "unsafe-inline" not in csp


def test_public_pages_have_no_inline_script(client, home_page):
    html = client.get("/ru/").content.decode()

    assert "<script>" not in html
    assert "<script " in html  # the quick-exit module, loaded from this site
    assert 'src="/static/js/' in html


ADMIN_CSP_DIRECTIVES = (
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
)


def test_admin_may_frame_its_own_preview_and_nothing_else_may(client, db):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    csp = [directive.strip() for directive in response["Content-Security-Policy"].split(";")]
    assert set(ADMIN_CSP_DIRECTIVES) <= set(csp)
    # Wagtail's admin runs inline scripts: the public policy would break it.
    assert response["Content-Security-Policy"] != settings.CONTENT_SECURITY_POLICY


def test_every_admin_screen_carries_the_admin_csp(admin_client, home_page):
    edit_url = f"/admin/pages/{home_page.pk}/edit/"
    responses = {
        "dashboard": admin_client.get("/admin/"),
        "explorer": admin_client.get(f"/admin/pages/{home_page.get_parent().pk}/"),
        "edit form": admin_client.get(edit_url),
        "preview": admin_client.get(f"{edit_url}preview/?mode="),
    }

    for name, response in responses.items():
        assert response.status_code == 200, name
        csp = response["Content-Security-Policy"]
        assert all(directive in csp for directive in ADMIN_CSP_DIRECTIVES), name


def test_a_preview_keeps_the_public_policy_and_may_be_framed_by_the_admin(rf, home_page):
    # Wagtail renders the preview as a request to the page's public URL.
    response = home_page.make_preview_request(rf.get("/admin/"), "en")

    assert response.status_code == 200
    assert "Safe travel abroad" in response.content.decode()
    csp = response["Content-Security-Policy"]
    assert "script-src 'self';" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'self'" in csp and "frame-ancestors 'none'" not in csp
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_public_pages_still_refuse_every_frame(client, home_page):
    response = client.get("/en/")

    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_the_admin_asks_no_other_site_for_avatars(admin_client, admin_user):
    assert admin_user.email  # Wagtail would send its hash to gravatar.com
    response = admin_client.get("/admin/")

    assert response.status_code == 200
    assert "gravatar" not in response.content.decode()


def test_unknown_page_is_a_translated_404(client, home_page):
    response = client.get("/be/nyama-takoj-staronki/")

    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="be">' in html
    assert "Старонка не знойдзена" in html


def test_switcher_on_a_404_leads_to_the_other_languages_home_pages(client, home_page):
    html = client.get("/be/nyama-takoj-staronki/").content.decode()

    assert '<a href="/ru/" lang="ru" hreflang="ru">Русский</a>' in html
    assert '<a href="/en/" lang="en" hreflang="en">English</a>' in html
    assert "/ru/nyama-takoj-staronki/" not in html


def test_settings_default_to_secure():
    from lastrada_site.settings import base

    assert base.DEBUG is False
    assert settings.LANGUAGE_CODE == "ru"
    assert [code for code, _ in settings.LANGUAGES] == ["ru", "be", "en"]


def _add_translated_child(home_page):
    from pages.models import StandardPage

    page = StandardPage(
        title="О нас",
        title_ru="О нас",
        title_be="Пра нас",
        title_en="About us",
        slug="o-nas",
        slug_ru="o-nas",
        slug_be="pra-nas",
        slug_en="about-us",
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_admin_edits_each_language_side_by_side(admin_client, home_page):
    response = admin_client.get(f"/admin/pages/{home_page.pk}/edit/")

    assert response.status_code == 200
    html = response.content.decode()
    for code in LANGUAGES:
        for field in ("title", "slug", "seo_title", "search_description"):
            assert f'name="{field}_{code}"' in html


def test_admin_is_offered_in_russian_and_english(admin_client, db):
    response = admin_client.get("/admin/account/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<option value="ru"' in html
    assert '<option value="en"' in html
    assert '<option value="be"' not in html


def test_every_environment_variable_is_documented():
    import re

    pattern = re.compile(r'(?:os\.environ\.get|env_bool|env_list)\(\s*"([A-Z0-9_]+)"')
    used = set()
    sources = [ROOT / "gunicorn.conf.py"]
    for folder in ("lastrada_site", "pages", "hotline"):
        sources.extend((ROOT / folder).rglob("*.py"))
    for path in sources:
        used.update(pattern.findall(path.read_text(encoding="utf-8")))
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")

    assert "DJANGO_SECRET_KEY" in used and "GUNICORN_WORKERS" in used
    assert [name for name in sorted(used) if f"\n{name}=" not in example] == []
    assert [name for name in sorted(used) if f"`{name}`" not in readme] == []


@pytest.mark.parametrize(("group", "allowed"), [("Moderators", True), ("Editors", False)])
def test_moderators_but_not_editors_edit_the_hotline_contacts(client, home_page, group, allowed):
    from django.contrib.auth.models import Group
    from django.contrib.auth.models import User as DjangoUser
    from wagtail.models import Site

    user = DjangoUser.objects.create_user("staff", password="pw")  # noqa: S106
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    site = Site.objects.get(is_default_site=True)

    response = client.get(f"/admin/settings/pages/hotlinecontacts/{site.pk}/")

    if allowed:
        assert response.status_code == 200
        assert 'name="phone_abroad"' in response.content.decode()
    else:
        assert response.status_code == 302


def test_quick_exit_links_the_browsing_safely_advice_in_the_readers_language(client, home_page):
    from wagtail.models import Site

    from pages.models import HotlineContacts

    advice = _add_translated_child(home_page)
    contacts = HotlineContacts.for_site(Site.objects.get(is_default_site=True))
    contacts.browsing_safely_page = advice
    contacts.save()

    html = client.get("/be/").content.decode()

    assert (
        '<a class="quick-exit__advice" href="/be/pra-nas/">Як бяспечна карыстацца сайтам</a>'
        in html
    )
    # After the exit button, so the button stays the first control after the skip link.
    assert html.index("data-quick-exit>") < html.index("quick-exit__advice")

    advice.unpublish()
    assert "quick-exit__advice" not in client.get("/be/").content.decode()
