"""Two-factor sign-in: who must have it, enrolment, codes, backup codes, reset, lockout."""

import html
import re
import time

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from lastrada_site.staff import enrolment
from tests.hotline_support import in_language, text_of
from tests.staff_support import PASSWORD, current_code, next_time_step, password_sign_in
from tests.support import production_environment, run_python
from tests.test_hotline_admin import make_request

pytestmark = [pytest.mark.django_db, pytest.mark.two_factor]

LIST = "/admin/hotline/requests/"
SETUP = "/admin/2fa/setup/"
VERIFY = "/admin/2fa/"


def make_user(django_user_model, username, group=None, **extra):
    user = django_user_model.objects.create_user(username=username, password=PASSWORD, **extra)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def consultant(django_user_model):
    return make_user(django_user_model, "consultant", "Hotline consultants")


def open_link(client, user):
    """Open a link an administrator issued for `user`, as the person would."""
    response = client.get(enrolment.issue(user))
    assert response.status_code == 302 and response["Location"].startswith(SETUP)
    assert "link=" not in response["Location"]
    return response


def enrol(client, user):
    """Go through enrolment as the person would; returns the confirmed device and the codes."""
    open_link(client, user)
    page = client.get(SETUP)
    assert page.status_code == 200
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post(SETUP, {"code": current_code(device), "next": LIST})
    assert response.status_code == 200
    device.refresh_from_db()
    assert device.confirmed
    codes = re.findall(r"<li><code>([a-z0-9]+)</code></li>", response.content.decode())
    return device, codes


def issued_link(response):
    [link] = re.findall(r"<code data-enrolment-link>([^<]+)</code>", response.content.decode())
    return html.unescape(link).removeprefix("http://testserver")


def sees_requests(client, obj):
    response = client.get(LIST)
    return response.status_code == 200 and obj.reference_code in response.content.decode()


def test_a_consultant_with_only_a_password_reaches_no_request_data(consultant):
    obj = make_request()
    client = password_sign_in("consultant")
    for url in (
        LIST,
        f"{LIST}edit/{obj.pk}/",
        f"{LIST}?export=csv",
        f"{LIST}?export=xlsx",
        f"{LIST}history/{obj.pk}/",
        "/admin/hotline/statistics/",
        "/admin/hotline/statistics/csv/",
        "/admin/reports/site-history/",
        "/admin/",
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(SETUP), url
        assert obj.reference_code not in response.content.decode()
    assert client.post(f"{LIST}edit/{obj.pk}/", {"action": "handle", "status": "spam"})[
        "Location"
    ].startswith(SETUP)
    obj.refresh_from_db()
    assert obj.status == "new"


def test_enrolment_from_a_fresh_account(consultant):
    obj = make_request()
    client = password_sign_in("consultant")
    first_step_key = client.cookies["sessionid"].value
    open_link(client, consultant)
    page = client.get(SETUP)
    html = page.content.decode()
    # A QR code drawn here, not fetched from anywhere.
    assert "<svg" in html and "http" not in html.split("<svg", 1)[1].split("</svg>")[0].replace(
        "http://www.w3.org/2000/svg", ""
    )
    assert in_language("ru", "Set up two-factor sign-in") in text_of(page)
    device, codes = enrol(client, consultant)
    assert len(codes) == 10 and len(set(codes)) == 10
    assert client.cookies["sessionid"].value != first_step_key
    assert sees_requests(client, obj)
    entry = ModelLogEntry.objects.get(action="staff.2fa_enrol")
    assert entry.object_id == str(consultant.pk) and entry.user == consultant
    # Shown once: the setup page now sends the person to the code page instead.
    assert client.get(SETUP)["Location"].startswith(VERIFY)


def test_the_next_sign_in_asks_for_the_code_and_then_opens_the_requests(consultant):
    obj = make_request()
    device, _codes = enrol(password_sign_in("consultant"), consultant)
    next_time_step(device)
    client = password_sign_in("consultant")
    response = client.get(LIST)
    assert response["Location"].startswith(VERIFY)
    before = client.cookies["sessionid"].value
    response = client.post(VERIFY, {"code": current_code(device), "next": LIST})
    assert response.status_code == 302 and response["Location"] == LIST
    assert client.cookies["sessionid"].value != before
    assert sees_requests(client, obj)


def test_a_wrong_code_is_refused_and_recorded(consultant):
    device, _codes = enrol(password_sign_in("consultant"), consultant)
    client = password_sign_in("consultant")
    wrong = f"{(int(current_code(device)) + 1) % 1_000_000:06d}"
    response = client.post(VERIFY, {"code": wrong})
    assert response.status_code == 200
    assert in_language(
        "ru", "This code is not right. Check the time on your phone and try again."
    ) in text_of(response)
    assert client.get(LIST).status_code == 302
    assert ModelLogEntry.objects.filter(action="staff.2fa_failed").count() == 1


def test_a_backup_code_works_once(consultant):
    obj = make_request()
    _device, codes = enrol(password_sign_in("consultant"), consultant)
    client = password_sign_in("consultant")
    response = client.post(VERIFY, {"code": codes[0], "next": LIST}, follow=True)
    assert sees_requests(client, obj)
    assert "9" in text_of(response)
    again = password_sign_in("consultant")
    assert again.post(VERIFY, {"code": codes[0]}).status_code == 200
    assert not sees_requests(again, obj)
    assert StaticDevice.objects.get(user=consultant).token_set.count() == 9


def test_wrong_codes_count_toward_the_lockout(consultant, settings):
    _device, _codes = enrol(password_sign_in("consultant"), consultant)
    client = password_sign_in("consultant")
    for _attempt in range(4):
        assert client.post(VERIFY, {"code": "000000"}).status_code == 200
    response = client.post(VERIFY, {"code": "000000"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    # The password alone no longer signs in either.
    locked = Client().post("/admin/login/", {"username": "consultant", "password": PASSWORD})
    assert locked.status_code == 429


def test_an_administrator_resets_the_devices(consultant, django_user_model):
    device, _codes = enrol(password_sign_in("consultant"), consultant)
    boss = django_user_model.objects.create_superuser("boss", "boss@example.org", PASSWORD)
    admin = password_sign_in("boss")
    boss_device, _ = enrol(admin, boss)
    listing = admin.get("/admin/users/")
    reset_url = f"/admin/2fa/reset/{consultant.pk}/"
    assert reset_url in listing.content.decode()
    confirm = admin.get(reset_url)
    assert consultant.username in text_of(confirm)
    assert TOTPDevice.objects.filter(user=consultant).exists()
    response = admin.post(reset_url)
    assert response.status_code == 200
    assert not TOTPDevice.objects.filter(user=consultant, confirmed=True).exists()
    assert not StaticDevice.objects.filter(user=consultant).exists()
    entry = ModelLogEntry.objects.get(action="staff.2fa_reset")
    assert entry.object_id == str(consultant.pk) and entry.user == boss
    assert ModelLogEntry.objects.get(action="staff.2fa_link").user == boss
    # The page shows a new enrolment link, with which the consultant sets up a new device.
    link = issued_link(response)
    client = password_sign_in("consultant")
    assert client.get(LIST)["Location"].startswith(SETUP)
    client.get(link)
    assert "data-totp-secret" in client.get(SETUP).content.decode()


def test_a_consultant_cannot_reset_anyones_devices(consultant, django_user_model):
    other = make_user(django_user_model, "other", "Hotline consultants")
    TOTPDevice.objects.create(user=other, name="phone")
    client = password_sign_in("consultant")
    device, _codes = enrol(client, consultant)
    assert client.post(f"/admin/2fa/reset/{other.pk}/").status_code in (302, 403)
    assert TOTPDevice.objects.filter(user=other).exists()


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_need_the_code_too(django_user_model, group):
    writer = make_user(django_user_model, "writer", group)
    client = password_sign_in("writer")
    for url in ("/admin/", "/admin/pages/", f"/admin/settings/pages/hotlinecontacts/{1}/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(SETUP), url
    device, _codes = enrol(client, writer)
    assert client.get("/admin/pages/").status_code == 200
    next_time_step(device)
    later = password_sign_in("writer")
    assert later.get("/admin/pages/")["Location"].startswith(VERIFY)


def test_without_enforcement_a_password_is_enough(consultant, settings):
    settings.TWO_FACTOR_REQUIRED = False
    obj = make_request()
    assert sees_requests(password_sign_in("consultant"), obj)


@pytest.mark.parametrize(
    "script,refused",
    [
        ("import lastrada_site.settings.production", True),
        (
            "import lastrada_site.settings.base as b; b.DEBUG = True;"
            "import lastrada_site.settings.production",
            False,
        ),
    ],
    ids=["production", "debug"],
)
def test_production_refuses_to_switch_the_second_factor_off(script, refused):
    result = run_python(script, production_environment(TWO_FACTOR_REQUIRED="false"))
    assert (result.returncode != 0) is refused, result.stderr
    if refused:
        assert "TWO_FACTOR_REQUIRED" in result.stderr


def test_only_the_code_completes_a_sign_in_and_forgives_earlier_mistakes(consultant):
    from axes.models import AccessAttempt

    device, _codes = enrol(password_sign_in("consultant"), consultant)
    next_time_step(device)
    for _attempt in range(4):
        Client().post(
            "/admin/login/",
            {"username": "consultant", "password": "wrong-guess"},
            REMOTE_ADDR="203.0.113.7",
        )
    client = password_sign_in("consultant")
    # The right password alone forgives nothing: the code is still to come.
    assert AccessAttempt.objects.get(username="consultant").failures_since_start == 4
    verified = client.post(VERIFY, {"code": current_code(device)}, REMOTE_ADDR="203.0.113.7")
    assert verified.status_code == 302
    assert not AccessAttempt.objects.filter(username="consultant").exists()


def shows_no_link_page(response):
    return response.status_code == 200 and in_language("ru", "Enrolment link needed") in text_of(
        response
    )


def test_a_password_alone_never_enrols(consultant):
    client = password_sign_in("consultant")
    assert shows_no_link_page(client.get(SETUP))
    # Posting a code without a link confirms nothing and makes no device.
    assert shows_no_link_page(client.post(SETUP, {"code": "123456"}))
    assert not TOTPDevice.objects.filter(user=consultant).exists()
    assert client.get(LIST)["Location"].startswith(SETUP)


def test_a_link_works_only_for_its_own_account(consultant, django_user_model):
    other = make_user(django_user_model, "other", "Editors")
    link = enrolment.issue(consultant)
    client = password_sign_in("other")
    client.get(link)
    assert shows_no_link_page(client.get(SETUP))
    assert not TOTPDevice.objects.filter(user=other).exists()


def test_a_forged_or_expired_link_is_refused(consultant):
    from django.core.signing import TimestampSigner, b62_encode

    device = TOTPDevice.objects.create(user=consultant, name="authenticator", confirmed=False)

    class DayOldSigner(TimestampSigner):
        def timestamp(self):
            return b62_encode(int(time.time()) - 25 * 3600)

    expired = DayOldSigner(salt=enrolment.SALT).sign_object(
        {"user": consultant.pk, "device": device.pk}
    )
    forged = enrolment.issue(consultant).split("link=")[1][:-3] + "abc"
    for value in (expired, forged, "nonsense"):
        client = password_sign_in("consultant")
        client.get(SETUP, {"link": value})
        assert shows_no_link_page(client.get(SETUP)), value


def test_a_request_that_ends_late_does_not_lose_the_opened_link(consultant):
    from django.contrib.sessions.backends.db import SessionStore

    client = password_sign_in("consultant")
    # The page before the link asked for the admin's script catalogue; that request
    # read the session before the link was opened and saves it after.
    late = SessionStore(session_key=client.cookies["sessionid"].value)
    late.set_expiry(late.get_expiry_age())
    response = open_link(client, consultant)
    late.save()
    cookie = response.cookies[enrolment.COOKIE_NAME]
    assert cookie["path"] == SETUP and cookie["httponly"] and cookie["samesite"] == "Lax"
    assert "<svg" in client.get(SETUP).content.decode()
    device = TOTPDevice.objects.get(user=consultant, confirmed=False)
    done = client.post(SETUP, {"code": current_code(device)})
    # Once enrolled, the browser drops the link's value.
    assert done.cookies[enrolment.COOKIE_NAME].value == ""


def test_a_link_is_used_once_and_a_newer_link_replaces_it(consultant):
    first = enrolment.issue(consultant)
    second = enrolment.issue(consultant)
    client = password_sign_in("consultant")
    client.get(first)
    assert shows_no_link_page(client.get(SETUP))
    client.get(second)
    device = TOTPDevice.objects.get(user=consultant, confirmed=False)
    client.post(SETUP, {"code": current_code(device)})
    device.refresh_from_db()
    assert device.confirmed
    # After a reset, the used link enrols nothing.
    device.delete()
    StaticDevice.objects.filter(user=consultant).delete()
    again = password_sign_in("consultant")
    again.get(second)
    assert shows_no_link_page(again.get(SETUP))


def test_an_administrator_issues_a_link_from_the_user_list(consultant, django_user_model):
    boss = django_user_model.objects.create_superuser("boss", "boss@example.org", PASSWORD)
    admin = password_sign_in("boss")
    enrol(admin, boss)
    link_url = f"/admin/2fa/link/{consultant.pk}/"
    assert link_url in admin.get("/admin/users/").content.decode()
    assert consultant.username in text_of(admin.get(link_url))
    response = admin.post(link_url)
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    entry = ModelLogEntry.objects.get(action="staff.2fa_link")
    assert entry.object_id == str(consultant.pk) and entry.user == boss
    client = password_sign_in("consultant")
    client.get(issued_link(response))
    assert "data-totp-secret" in client.get(SETUP).content.decode()


def test_only_user_managers_issue_links_and_never_for_a_superuser(consultant, django_user_model):
    from django.contrib.auth.models import Permission

    boss = django_user_model.objects.create_superuser("boss", "boss@example.org", PASSWORD)
    manager = make_user(django_user_model, "manager", "Editors")
    manager.user_permissions.add(
        Permission.objects.get(codename="change_user"),
        Permission.objects.get(codename="access_admin"),
    )
    client = password_sign_in("manager")
    enrol(client, manager)
    assert client.post(f"/admin/2fa/link/{boss.pk}/").status_code in (302, 403)
    assert not TOTPDevice.objects.filter(user=boss).exists()
    # An editor, whose rights the manager holds; not a consultant, whose rights they lack.
    other = make_user(django_user_model, "other", "Editors")
    assert b"data-enrolment-link" in client.post(f"/admin/2fa/link/{other.pk}/").content
    assert client.post(f"/admin/2fa/link/{consultant.pk}/").status_code in (302, 403)
    worker = password_sign_in("consultant")
    enrol(worker, consultant)
    issued = list(TOTPDevice.objects.filter(user=other))
    assert worker.post(f"/admin/2fa/link/{other.pk}/").status_code in (302, 403)
    assert list(TOTPDevice.objects.filter(user=other)) == issued


def test_the_first_administrator_gets_a_link_from_the_server(django_user_model):
    from io import StringIO

    from django.core.management import CommandError, call_command

    boss = django_user_model.objects.create_superuser("boss", "boss@example.org", PASSWORD)
    out = StringIO()
    call_command("enrolment_link", "boss", stdout=out)
    client = password_sign_in("boss")
    client.get(out.getvalue().strip().removeprefix("http://testserver"))
    device, _codes = enrol_with_open_link(client, boss)
    assert device.confirmed
    with pytest.raises(CommandError):
        call_command("enrolment_link", "boss", stdout=StringIO())
    with pytest.raises(CommandError):
        call_command("enrolment_link", "nobody", stdout=StringIO())


def enrol_with_open_link(client, user):
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post(SETUP, {"code": current_code(device)})
    assert response.status_code == 200
    device.refresh_from_db()
    return device, response


def test_no_link_for_an_account_that_has_a_device(consultant, django_user_model):
    boss = django_user_model.objects.create_superuser("boss", "boss@example.org", PASSWORD)
    admin = password_sign_in("boss")
    enrol(admin, boss)
    enrol(password_sign_in("consultant"), consultant)
    response = admin.post(f"/admin/2fa/link/{consultant.pk}/", follow=True)
    assert b"data-enrolment-link" not in response.content
    assert in_language(
        "ru", "%(user)s already has two-factor sign-in. Reset it first if the phone is lost."
    ) % {"user": "consultant"} in text_of(response)
    assert TOTPDevice.objects.filter(user=consultant, confirmed=True).count() == 1
