"""The offline copy's service worker and the request that clears it, as served."""

import re

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from lastrada_site import offline
from pages.models import HotlineContacts
from tests.page_factories import make_guide, make_section, make_standard
from tests.support import LANGUAGES, page_html


def test_the_worker_is_served_from_the_site_root_as_javascript(client, db):
    response = client.get("/offline-worker.js")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    # No wider scope than the script's own: the worker itself accepts only a language's.
    assert "Service-Worker-Allowed" not in response
    assert response["Cache-Control"] == "no-cache"
    assert "Set-Cookie" not in response
    with open(finders.find(offline.WORKER), "rb") as source:
        assert response.content == source.read()
    assert b'addEventListener("fetch"' in response.content


def test_the_worker_is_read_from_collected_static_files_when_not_found_elsewhere(
    client, db, monkeypatch, tmp_path
):
    (tmp_path / "js").mkdir()
    (tmp_path / offline.WORKER).write_bytes(b"// collected copy\n")
    monkeypatch.setattr(offline.finders, "find", lambda path: None)
    monkeypatch.setattr(offline.staticfiles_storage, "location", str(tmp_path))
    offline.worker_source.cache_clear()
    try:
        assert client.get("/offline-worker.js").content == b"// collected copy\n"
    finally:
        offline.worker_source.cache_clear()


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_the_worker_is_only_read(client, db, method):
    assert getattr(client, method)("/offline-worker.js").status_code == 405


def test_public_pages_allow_only_the_sites_own_workers(client, home_page):
    csp = client.get("/ru/")["Content-Security-Policy"]

    assert "worker-src 'self'" in [part.strip() for part in csp.split(";")]
    assert settings.CONTENT_SECURITY_POLICY == csp


def test_clearing_is_a_same_origin_post_with_the_csrf_token(db):
    client = Client(enforce_csrf_checks=True)
    # Without the token (another site making the browser post) nothing is cleared.
    refused = client.post("/offline-clear/")
    assert refused.status_code == 403 and "Clear-Site-Data" not in refused

    given = client.get("/offline-clear/")
    assert given.status_code == 200 and given["Cache-Control"] == "no-store"
    token = given.json()["token"]
    foreign = client.post(
        "/offline-clear/", HTTP_X_CSRFTOKEN=token, HTTP_ORIGIN="https://elsewhere.example"
    )
    assert foreign.status_code == 403 and "Clear-Site-Data" not in foreign

    response = client.post(
        "/offline-clear/", HTTP_X_CSRFTOKEN=token, HTTP_ORIGIN="http://testserver"
    )
    assert response.status_code == 204
    assert response["Clear-Site-Data"] == '"cache", "storage", "cookies"'
    assert response["Cache-Control"] == "no-store"
    assert Client().put("/offline-clear/").status_code == 405


def worker_script():
    with open(finders.find(offline.WORKER), encoding="utf-8") as source:
        return source.read()


def test_the_worker_accepts_only_a_language_scope_and_leaves_the_hotline_alone():
    script = worker_script()
    languages = "|".join(code for code, _name in settings.LANGUAGES)
    scope = re.search(r"LANGUAGE_SCOPE = /(.*)/;", script).group(1)
    left_alone = re.search(r"LEFT_ALONE = /(.*)/;", script).group(1)
    assert scope == rf"^\/({languages})\/$"
    assert left_alone == rf"^\/({languages})\/hotline\/"
    allowed = re.compile(scope.replace("\\/", "/"))
    untouched = re.compile(left_alone.replace("\\/", "/"))
    for path in ("/", f"/{settings.ADMIN_URL_PATH}", "/django-admin/", "/static/"):
        assert not allowed.match(path), path
    assert all(allowed.match(f"/{code}/") for code, _name in settings.LANGUAGES)
    with translation.override("ru"):
        form, answers = reverse("hotline:request"), reverse("hotline:answers")
        thanks = reverse("hotline:thanks", args=["token"])
    assert all(untouched.match(path) for path in (form, answers, thanks))
    # And the button registers it for the page's language only.
    with open(finders.find("js/save-offline.js"), encoding="utf-8") as source:
        assert f"/^({languages})$/" in source.read()


def test_the_quick_exit_asks_the_worker_to_forget_after_leaving():
    with open(finders.find("js/quick-exit.js"), encoding="utf-8") as source:
        script = source.read()
    leave = script[script.index("function leave(") :]
    leave = leave[: leave.index("\n  }\n")]
    # The navigation starts first; the message to the worker costs no waiting.
    assert leave.index("window.location.replace(target)") < leave.index("forgetOfflineCopy()")
    assert 'postMessage("forget")' in script
    assert 'event.data === "forget"' in worker_script()


@pytest.mark.parametrize("language", LANGUAGES)
def test_guides_offer_saving_and_the_browsing_safely_page_removing(client, home_page, language):
    section = make_section(home_page)
    guide = make_guide(section)
    advice = make_standard(home_page, slug="advice")
    about = make_standard(home_page, slug="about")
    contacts = HotlineContacts.for_site(Site.objects.get(is_default_site=True))
    contacts.browsing_safely_page = advice
    contacts.save()

    with translation.override(language):
        guide_html, advice_html, about_html = (
            page_html(client, page.get_url()) for page in (guide, advice, about)
        )
        save_label, remove_label = _("Save for offline"), _("Remove saved pages")

    # Hidden until the script shows it, and nothing registers a worker before a click.
    assert '<div class="offline-copy no-print" data-offline="save" hidden' in guide_html
    assert 'data-worker-url="/offline-worker.js"' in guide_html
    assert save_label in guide_html
    assert 'src="/static/js/save-offline.js"' in guide_html
    assert "serviceWorker" not in guide_html
    assert '<div class="offline-copy no-print" data-offline="remove" hidden' in advice_html
    assert 'data-clear-url="/offline-clear/"' in advice_html
    assert remove_label in advice_html
    for html in (about_html, page_html(client, f"/{language}/")):
        assert "data-offline=" not in html
        assert "save-offline.js" not in html
