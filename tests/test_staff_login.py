"""Staff sign-in: lockout after repeated failures, the lockout page, and unlocking."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import Client
from wagtail.models import ModelLogEntry

from tests.admin_support import form_with, link_named, menu_urls
from tests.hotline_support import in_language, text_of

LOGIN = "/admin/login/"
PASSWORD = "a-long-enough-staff-password-1"  # noqa: S105
LOCKED = (
    "Too many failed sign-in attempts. Signing in with this name is paused for "
    "%(minutes)s minutes. If you need access sooner, ask an administrator."
)


@pytest.fixture
def consultant(db, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(username="consultant", password=PASSWORD)
    user.groups.add(Group.objects.get(name="Hotline consultants"))
    return user


def sign_in(username, password, address="203.0.113.7", client=None, **extra):
    client = client or Client()
    response = client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **extra
    )
    return client, response


def signed_in(client):
    return "_auth_user_id" in client.session


def fail(times, username="consultant", address="203.0.113.7", **extra):
    for _attempt in range(times):
        _client, response = sign_in(username, "wrong-guess", address, **extra)
        assert response.status_code in (200, 429)


def messages_of(response):
    html = text_of(response)
    return html[html.index('<div class="messages"') :].split("</div>", 1)[0]


def lockout_text(settings):
    return in_language("ru", LOCKED) % {"minutes": settings.LOGIN_LOCKOUT_MINUTES}


def test_the_right_password_still_signs_in_after_four_failures(consultant):
    fail(4)
    client, response = sign_in("consultant", PASSWORD)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert signed_in(client)


def test_five_failures_from_one_address_lock_the_account_even_for_the_right_password(
    consultant, settings
):
    fail(5)
    client, response = sign_in("consultant", PASSWORD)
    assert response.status_code == 429
    assert lockout_text(settings) in text_of(response)
    # Wagtail's own login page, so the person can try again later from the same place.
    assert 'name="username"' in text_of(response)
    assert not signed_in(client)


def test_the_lockout_says_nothing_about_whether_the_account_exists(consultant, settings):
    fail(5, username="consultant")
    fail(5, username="nobody-by-this-name")
    _client, existing = sign_in("consultant", "wrong-guess")
    _client, missing = sign_in("nobody-by-this-name", "wrong-guess")
    assert existing.status_code == missing.status_code == 429
    assert lockout_text(settings) in text_of(existing)
    assert messages_of(existing) == messages_of(missing)


def test_twenty_failures_from_many_addresses_lock_the_name_everywhere(consultant):
    for number in range(5):
        fail(4, address=f"198.51.100.{number}")
    client, response = sign_in("consultant", PASSWORD, address="192.0.2.200")
    assert response.status_code == 429
    assert not signed_in(client)


def test_nineteen_failures_from_many_addresses_do_not(consultant):
    for number in range(4):
        fail(4, address=f"198.51.100.{number}")
    fail(3, address="198.51.100.9")
    client, response = sign_in("consultant", PASSWORD, address="192.0.2.200")
    assert response.status_code == 302 and signed_in(client)


def test_a_lockout_from_one_address_leaves_another_address_free(consultant):
    fail(5, address="203.0.113.7")
    client, response = sign_in("consultant", PASSWORD, address="203.0.113.8")
    assert response.status_code == 302 and signed_in(client)


def test_the_address_behind_a_trusted_proxy_is_the_forwarded_one(consultant, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    fail(5, address="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7")
    _client, locked = sign_in(
        "consultant", PASSWORD, "10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7"
    )
    assert locked.status_code == 429
    client, other = sign_in("consultant", PASSWORD, "10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert other.status_code == 302 and signed_in(client)


def test_the_lockout_ends_after_the_configured_minutes(consultant, settings):
    fail(5)
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time
        - timedelta(minutes=settings.LOGIN_LOCKOUT_MINUTES, seconds=1)
    )
    client, response = sign_in("consultant", PASSWORD)
    assert response.status_code == 302 and signed_in(client)


def test_an_administrator_unlocks_the_account(consultant):
    fail(5)
    assert sign_in("consultant", PASSWORD)[1].status_code == 429
    call_command("axes_reset_username", "consultant", verbosity=0)
    client, response = sign_in("consultant", PASSWORD)
    assert response.status_code == 302 and signed_in(client)


def test_a_lockout_is_in_the_audit_log_without_the_password(consultant):
    fail(5)
    entry = ModelLogEntry.objects.get(action="staff.lockout")
    assert entry.object_id == str(consultant.pk)
    assert entry.data == {"address": "203.0.113.7"}
    assert "wrong-guess" not in str(entry.data)
    # And it reads as words in the site history.
    assert in_language("ru", "Sign-in locked") != "Sign-in locked"


@pytest.fixture
def administrator(db, django_user_model):
    return django_user_model.objects.create_superuser("boss", "boss@example.org", PASSWORD)


def lockouts_page(client):
    """The lockouts page, reached as an administrator would: from the Settings menu."""
    [url] = [url for url in menu_urls(client.get("/admin/")) if url.endswith("/lockouts/")]
    return client.get(url)


def test_an_administrator_unlocks_the_account_from_the_admin(consultant, administrator):
    fail(5)
    admin = Client()
    admin.force_login(administrator)
    page = lockouts_page(admin)
    assert "consultant" in text_of(page)
    assert "с 1 адреса" in text_of(page)

    unlock = form_with(page, "username", "consultant")
    done = admin.post(page.request["PATH_INFO"], unlock["fields"], follow=True)
    assert in_language("ru", "%(name)s can sign in again from every address.") % {
        "name": "consultant"
    } in text_of(done)
    assert in_language("ru", "No name is locked now.") in text_of(done)
    client, response = sign_in("consultant", PASSWORD)
    assert response.status_code == 302 and signed_in(client)
    entry = ModelLogEntry.objects.get(action="staff.unlock")
    assert entry.object_id == str(consultant.pk) and entry.user_id == administrator.pk


def test_a_lockout_of_a_name_without_an_account_is_listed_too(administrator):
    fail(5, username="no-such-person")
    admin = Client()
    admin.force_login(administrator)
    page = lockouts_page(admin)
    assert "no-such-person" in text_of(page)
    assert in_language("ru", "No account has this name") in text_of(page)
    assert not ModelLogEntry.objects.filter(action="staff.lockout").exists()
    admin.post(page.request["PATH_INFO"], {"username": "no-such-person"})
    assert not AccessAttempt.objects.filter(username="no-such-person").exists()
    # Logged under the administrator who unlocked it, with the name.
    entry = ModelLogEntry.objects.get(action="staff.unlock")
    assert entry.object_id == str(administrator.pk) and entry.user_id == administrator.pk
    assert entry.data == {"name": "no-such-person"}


def test_a_lockout_from_everywhere_is_listed_as_such(consultant, administrator):
    for number in range(20):
        fail(1, address=f"198.51.100.{number}")
    admin = Client()
    admin.force_login(administrator)
    assert in_language("ru", "from every address") in text_of(lockouts_page(admin))


def test_the_user_list_offers_to_unlock_a_locked_account(consultant, administrator):
    admin = Client()
    admin.force_login(administrator)
    unlock_label = in_language("ru", "Unlock sign-in")
    assert unlock_label not in text_of(admin.get("/admin/users/"))
    fail(5)
    listing = admin.get("/admin/users/")
    assert unlock_label in text_of(listing)
    assert "consultant" in text_of(admin.get(link_named(listing, unlock_label)))


def test_unlocking_a_name_that_is_not_locked_says_so(administrator):
    admin = Client()
    admin.force_login(administrator)
    done = admin.post("/admin/lockouts/", {"username": "consultant"}, follow=True)
    assert in_language("ru", "This name is not locked (any more).") in text_of(done)
    assert not ModelLogEntry.objects.filter(action="staff.unlock").exists()


@pytest.mark.parametrize("group", ["Editors", "Moderators", "Hotline consultants"])
def test_only_those_who_manage_accounts_see_or_lift_lockouts(django_user_model, group):
    from django.contrib.auth.models import Group

    person = django_user_model.objects.create_user(username="someone", password=PASSWORD)
    person.groups.add(Group.objects.get(name=group))
    django_user_model.objects.create_user(username="consultant", password=PASSWORD)
    fail(5)
    client = Client()
    client.force_login(person)
    assert not [url for url in menu_urls(client.get("/admin/")) if "/lockouts/" in url]
    for response in (
        client.get("/admin/lockouts/"),
        client.post("/admin/lockouts/", {"username": "consultant"}),
    ):
        # Wagtail answers a refusal in its admin with a redirect to the dashboard.
        assert response.status_code == 302 and response["Location"] == "/admin/"
    assert AccessAttempt.objects.filter(username="consultant").exists()


def test_a_complete_sign_in_forgives_the_persons_own_mistakes(consultant):
    fail(4)
    client, response = sign_in("consultant", PASSWORD)
    assert response.status_code == 302
    # Four more mistakes another day are not added to the first four.
    fail(4)
    client, response = sign_in("consultant", PASSWORD)
    assert response.status_code == 302 and signed_in(client)


def test_a_sign_in_does_not_forgive_guesses_from_other_addresses(consultant):
    for number in range(19):
        fail(1, address=f"198.51.100.{number}")
    assert sign_in("consultant", PASSWORD)[1].status_code == 302
    fail(1, address="198.51.100.200")
    assert sign_in("consultant", PASSWORD)[1].status_code == 429
