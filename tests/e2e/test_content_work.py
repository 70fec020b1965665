"""Editors and Moderators keep doing their content work in a real browser, signed
in with a password and a code, as the production rule for second factors asks."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.staff_support import PASSWORD, current_code

from .helpers import open_page

pytestmark = [pytest.mark.e2e, pytest.mark.two_factor]

GROUPS = {"editor": "Editors", "moderator": "Moderators"}


@pytest.fixture
def with_device():
    return True


def staff_member(group, with_device):
    from django.contrib.auth.models import Group, User
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user = User.objects.create_user(username=f"e2e-{uuid.uuid4().hex[:8]}", password=PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    device = TOTPDevice.objects.create(user=user, name="phone") if with_device else None
    return user, device


def sign_in(tab, site, user, device):
    open_page(tab, f"{site.url}/admin/login/")
    tab.locator("input[name='username']").fill(user.username)
    tab.locator("input[name='password']").fill(PASSWORD)
    tab.locator("form.login-form button[type='submit']").click()
    if device is not None:
        expect(tab).to_have_url(re.compile(r"/admin/2fa/"))
        tab.locator("input[name='code']").fill(current_code(device))
        tab.locator("form.login-form button[type='submit']").click()
    expect(tab).to_have_url(f"{site.url}/admin/")


def open_editor(tab, site, guide):
    # From the explorer of the guide's section, as an editor would go.
    open_page(tab, f"{site.url}/admin/pages/{guide.get_parent().pk}/")
    tab.locator(f"a[href='/admin/pages/{guide.pk}/edit/']").first.click()
    expect(tab.locator("input[name='title_ru']")).to_be_editable()


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_a_draft_is_saved(open_tab, site, role, with_device):
    from wagtail.models import Page

    user, device = staff_member(GROUPS[role], with_device)
    try:
        tab = open_tab()
        sign_in(tab, site, user, device)
        guide = Page.objects.get(pk=site.guide.pk).specific
        open_editor(tab, site, guide)
        # The draft's title carries a marker; the live page keeps its title.
        marker = f"draft-{uuid.uuid4().hex[:6]}"
        tab.locator("input[name='title_ru']").fill(f"{guide.title_ru} {marker}")
        tab.locator("button.action-save:visible").click()
        expect(tab.locator(".messages")).to_be_visible()
        revision = Page.objects.get(pk=guide.pk).get_latest_revision()
        assert marker in revision.content["title_ru"]
        assert revision.user_id == user.pk
        assert Page.objects.get(pk=guide.pk).specific.title_ru == guide.title_ru
    finally:
        forget_drafts(guide)
        user.delete()


def forget_drafts(guide):
    # Later tests open and publish this guide: they must find the live version.
    from wagtail.models import Page, Revision

    Page.objects.filter(pk=guide.pk).update(
        latest_revision=guide.live_revision, has_unpublished_changes=False
    )
    Revision.page_revisions.filter(object_id=str(guide.pk)).exclude(
        pk=guide.live_revision_id
    ).filter(created_at__gt=guide.live_revision.created_at).delete()


def test_a_moderator_publishes(open_tab, site, with_device):
    from wagtail.models import Page

    user, device = staff_member("Moderators", with_device)
    try:
        tab = open_tab()
        sign_in(tab, site, user, device)
        guide = Page.objects.get(pk=site.guide.pk).specific
        before = guide.last_published_at
        open_editor(tab, site, guide)
        tab.locator(
            "footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle"
        ).first.click()
        tab.locator("button[name='action-publish']").click()
        expect(tab.locator(".messages")).to_be_visible()
        published = Page.objects.get(pk=guide.pk)
        assert published.last_published_at > before
        assert published.get_latest_revision().user_id == user.pk
        assert published.title_ru == guide.title_ru
    finally:
        user.delete()
