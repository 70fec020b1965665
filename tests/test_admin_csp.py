"""The admin's Content-Security-Policy runs only this site's script files, and the
admin screens carry no inline script that the policy would block."""

import base64
import hashlib
import re

import pytest
from wagtail.models import Page

from tests.test_hotline_admin import LIST, make_request

pytestmark = pytest.mark.django_db

# A <script> the browser would run: no src, and not a JSON data block.
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>(.*?)</script>",
    re.S,
)


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def sha256(body):
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"


def blocked_inline_scripts(response):
    """The inline scripts of the page that its policy does not allow by their hash."""
    allowed = directives(response)["script-src"]
    return [
        body.strip()[:160]
        for body in INLINE_SCRIPT.findall(response.content.decode())
        if sha256(body) not in allowed
    ]


def test_the_admin_policy_runs_only_the_sites_own_scripts(superuser_client):
    obj = make_request()
    for url in (LIST, f"{LIST}edit/{obj.pk}/", "/admin/", "/admin/login/"):
        policy = directives(superuser_client.get(url))
        # This site's files, and fixed scripts of installed apps by their hash only.
        assert policy["script-src"][0] == "'self'", url
        assert all(source.startswith("'sha256-") for source in policy["script-src"][1:])
        assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"]


@pytest.mark.parametrize("screen", ["queue", "case", "page editor", "dashboard"])
def test_admin_screens_have_no_inline_script_the_policy_blocks(superuser_client, home_page, screen):
    obj = make_request()
    url = {
        "queue": LIST,
        "case": f"{LIST}edit/{obj.pk}/",
        "page editor": f"/admin/pages/{Page.objects.get(depth=2).pk}/edit/",
        "dashboard": "/admin/",
    }[screen]
    response = superuser_client.get(url)
    assert response.status_code == 200
    assert blocked_inline_scripts(response) == []


def test_every_screen_of_the_admin_menu_runs_under_the_policy(superuser_client, home_page):
    from tests.admin_support import menu_urls

    make_request()
    urls = [url for url in menu_urls(superuser_client.get("/admin/")) if url.startswith("/")]
    assert len(urls) > 10
    for url in urls:
        response = superuser_client.get(url, follow=True)
        assert response.status_code == 200, url
        assert blocked_inline_scripts(response) == [], url
        # And each screen's "add" form, where it has one (images, documents, users…).
        add = f"{url.rstrip('/')}/add/" if "/add" not in url else None
        if add and (added := superuser_client.get(add)).status_code == 200:
            assert blocked_inline_scripts(added) == [], add


def test_only_a_plain_chooser_start_is_allowed_by_its_hash():
    from django.http import HttpResponse

    from lastrada_site.middleware import chooser_script_hashes

    plain = 'new PageChooser("id_page", {"modalUrl": "/admin/choose-page/"});'
    smuggled = 'new PageChooser("id_page", {}); alert(1); ({});'
    page = HttpResponse(f"<p><script>{plain}</script><script>{smuggled}</script></p>")
    assert chooser_script_hashes(page) == (sha256(plain),)
