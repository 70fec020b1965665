"""Who reaches what in the admin, with and without a verified second factor.

One table says it all; docs/consultants.md shows the same table. Answers:
ok     the page (200) — for "edit", the change is saved (302 back to the request)
login  sent to the login page
2fa    sent to the second-factor page (code or enrolment), nothing else shown
no     refused (redirect to the dashboard or 403), nothing shown
"""

from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Site

from tests.test_hotline_admin import REQUEST_SCREENS, make_request, urls_for

pytestmark = pytest.mark.two_factor

TARGETS = (
    *REQUEST_SCREENS,
    "site_history",
    "dashboard",
    "form_settings",
    "contacts_setting",
    "lockouts",
    "content_review",
)
# role, verified second factor: one answer per target, in the order of TARGETS.
# fmt: off
MATRIX = {
    ("anonymous", False):  "login login login login login login login login login login login login login login",  # noqa: E501
    ("editor", False):     "2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa",  # noqa: E501
    ("editor", True):      "no    no    no    no    no    no    no    no    ok    ok    no    no    no    ok",  # noqa: E501
    ("moderator", False):  "2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa",  # noqa: E501
    ("moderator", True):   "no    no    no    no    no    no    no    no    ok    ok    ok    ok    no    ok",  # noqa: E501
    ("consultant", False): "2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa",  # noqa: E501
    ("consultant", True):  "ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    no    no    no    no",  # noqa: E501
    ("superuser", False):  "2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa   2fa",  # noqa: E501
    ("superuser", True):   "ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok",  # noqa: E501
}
# fmt: on
GROUPS = {"editor": "Editors", "moderator": "Moderators", "consultant": "Hotline consultants"}


def cases():
    for (role, verified), answers in MATRIX.items():
        for target, answer in zip(TARGETS, answers.split(), strict=True):
            label = f"{role}-{'2fa' if verified else 'password'}-{target}"
            yield pytest.param(role, verified, target, answer, id=label)


def request_for(target, obj, site):
    return {
        **urls_for(obj),
        "site_history": ("get", "/admin/reports/site-history/"),
        "dashboard": ("get", "/admin/"),
        "form_settings": ("get", f"/admin/settings/hotline/hotlineformsettings/{site.pk}/"),
        "contacts_setting": ("get", f"/admin/settings/pages/hotlinecontacts/{site.pk}/"),
        "lockouts": ("get", "/admin/lockouts/"),
        "content_review": ("get", "/admin/reports/due-for-review/"),
    }[target]


def client_for(role, verified, django_user_model):
    client = Client()
    if role == "anonymous":
        return client
    if role == "superuser":
        user = django_user_model.objects.create_superuser(role, f"{role}@example.org", "pw")
    else:
        user = django_user_model.objects.create_user(username=role, password="pw")
        user.groups.add(Group.objects.get(name=GROUPS[role]))
    client.force_login(user)
    if verified:
        device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return client


def answer_of(response, method):
    location = response.get("Location", "")
    if response.status_code == 200:
        return "ok"
    if response.status_code == 302 and location.startswith("/admin/login/"):
        return "login"
    if response.status_code == 302 and location.startswith("/admin/2fa/"):
        return "2fa"
    if method == "post" and response.status_code == 302 and "/edit/" in location:
        return "ok"
    if response.status_code == 403 or (response.status_code == 302 and location == "/admin/"):
        return "no"
    return f"{response.status_code} {location}"


@pytest.mark.parametrize("role,verified,target,expected", list(cases()))
def test_access_matrix(home_page, django_user_model, role, verified, target, expected):
    obj = make_request()
    site = Site.objects.get(is_default_site=True)
    client = client_for(role, verified, django_user_model)
    method, url = request_for(target, obj, site)
    if method == "post":
        response = client.post(url, {"action": "handle", "status": "in_progress"})
    else:
        response = client.get(url)
    assert answer_of(response, method) == expected
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if expected == "ok" and target in ("list", "detail", "history", "export_csv"):
        assert obj.reference_code.encode() in body
    else:
        assert obj.reference_code.encode() not in body
    obj.refresh_from_db()
    assert (obj.status == "in_progress") is (target == "edit" and expected == "ok")


def test_the_consultants_manual_shows_the_same_table():
    manual = (Path(__file__).resolve().parent.parent / "docs" / "consultants.md").read_text(
        encoding="utf-8"
    )
    shown = {}
    for line in manual.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 2 + len(TARGETS) and cells[1] in ("verified", "password only"):
            shown[(cells[0], cells[1] == "verified")] = " ".join(cells[2:])
    assert shown == {key: " ".join(answers.split()) for key, answers in MATRIX.items()}
