"""Signing in with a password and a code from an authenticator app, in a real browser."""

import base64
import re

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.staff_support import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.two_factor]


@pytest.fixture
def fresh_consultant(site):
    from django.contrib.auth.models import Group, User

    user = User.objects.create_user(username="e2e-2fa-consultant", password=PASSWORD)
    user.groups.add(Group.objects.get(name="Hotline consultants"))
    yield user
    user.delete()


def code_for(secret):
    from django_otp.oath import totp

    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    return f"{totp(key):06d}"


def sign_in_with_password(tab, site):
    tab.goto(site.url + "/admin/login/")
    tab.locator("input[name='username']").fill("e2e-2fa-consultant")
    tab.locator("input[name='password']").fill(PASSWORD)
    tab.locator("form.login-form button[type='submit']").click()


def test_enrol_then_sign_in_with_password_and_code(open_tab, site, fresh_consultant):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from lastrada_site.staff import enrolment

    tab = open_tab()
    sign_in_with_password(tab, site)
    # Without an enrolment link, the password leads only to whom to ask.
    expect(tab).to_have_url(re.compile(r"/admin/2fa/setup/"))
    expect(tab.locator("input[name='code']")).to_have_count(0)
    link = enrolment.issue(fresh_consultant)
    tab.goto(site.url + link.removeprefix(settings.WAGTAILADMIN_BASE_URL))
    # The link's value leaves the address bar at once.
    expect(tab).to_have_url(re.compile(r"/admin/2fa/setup/\?next="))
    expect(tab.locator("figure svg")).to_be_visible()
    secret = tab.locator("[data-totp-secret]").inner_text().strip()
    tab.locator("input[name='code']").fill(code_for(secret))
    tab.locator("form.login-form button[type='submit']").click()
    expect(tab.locator("[data-backup-codes] li")).to_have_count(10)
    tab.locator("main a.button").click()
    expect(tab).to_have_url(re.compile(r"/admin/$"))

    # Another day, another browser: the password alone leads to the code page.
    TOTPDevice.objects.filter(user=fresh_consultant).update(last_t=-1)
    later = open_tab()
    sign_in_with_password(later, site)
    expect(later).to_have_url(re.compile(r"/admin/2fa/"))
    later.goto(site.url + "/admin/hotline/requests/")
    expect(later).to_have_url(re.compile(r"/admin/2fa/\?next="))
    later.locator("input[name='code']").fill(code_for(secret))
    later.locator("form.login-form button[type='submit']").click()
    expect(later).to_have_url(re.compile(r"/admin/hotline/requests/$"))
    expect(later.locator("h1")).to_be_visible()
