"""Every role walks the admin as a person does: signed in with what production asks
(a password, and a code where one is required), then only by following the
menu and the links of each page. A menu entry that leads nowhere, a refusal
behind an entry someone is offered, or a screen someone needs and cannot reach
fails here.
"""

import pytest
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Page

from tests.admin_support import link_named, link_to, menu_urls, parse
from tests.hotline_support import in_language, text_of
from tests.page_factories import make_guide, make_section
from tests.staff_support import PASSWORD, current_code, password_sign_in
from tests.test_hotline_admin import make_request

pytestmark = [pytest.mark.django_db, pytest.mark.two_factor]

GROUPS = {"editor": "Editors", "moderator": "Moderators", "consultant": "Hotline consultants"}
REFUSED = "Sorry, you do not have permission to access this area."
# What each role must find in the menu, and what it must not be offered.
MENU = {
    "editor": {
        "has": [
            "/admin/pages/",
            "/admin/images/",
            "/admin/documents/",
            "/admin/reports/due-for-review/",
        ],
        "lacks": [],
    },
    "moderator": {
        "has": [
            "/admin/pages/",
            "/admin/settings/pages/hotlinecontacts/",
            "/admin/reports/due-for-review/",
        ],
        "lacks": [],
    },
    "consultant": {
        "has": ["/admin/hotline/requests/", "/admin/hotline/statistics/"],
        "lacks": ["/admin/users/", "/admin/lockouts/", "/admin/reports/due-for-review/"],
    },
    "superuser": {
        "has": [
            "/admin/pages/",
            "/admin/hotline/requests/",
            "/admin/hotline/statistics/",
            "/admin/users/",
            "/admin/lockouts/",
            "/admin/reports/due-for-review/",
        ],
        "lacks": [],
    },
}
NO_REQUESTS = ["/admin/hotline/", "/admin/users/", "/admin/lockouts/"]
MENU["editor"]["lacks"] = NO_REQUESTS + ["/admin/settings/pages/hotlinecontacts/"]
MENU["moderator"]["lacks"] = NO_REQUESTS


@pytest.fixture
def content(home_page):
    section = make_section(home_page)
    return make_guide(section)


def person(django_user_model, role, with_device):
    if role == "superuser":
        user = django_user_model.objects.create_superuser(role, f"{role}@example.org", PASSWORD)
    else:
        user = django_user_model.objects.create_user(username=role, password=PASSWORD)
        user.groups.add(Group.objects.get(name=GROUPS[role]))
    device = None
    if with_device:
        device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    return user, device


def signed_in(django_user_model, role, with_device):
    """A browser signed in as production asks: the password, then the code if there is a device."""
    _user, device = person(django_user_model, role, with_device)
    client = password_sign_in(role)
    if device is not None:
        assert client.post("/admin/2fa/", {"code": current_code(device)}).status_code == 302
    return client


def visit(client, url):
    """Follow a link; the person must land on a page of its own, not a refusal or an error."""
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    assert in_language("ru", REFUSED) not in text_of(response), url
    return response


def hrefs(response):
    return {href for href, _label in parse(response).links}


ROLES = [
    ("editor", True),
    ("moderator", True),
    ("consultant", True),
    ("superuser", True),
]


@pytest.mark.parametrize("role,with_device", ROLES)
def test_every_menu_entry_opens_and_each_role_finds_its_work(
    content, django_user_model, role, with_device
):
    client = signed_in(django_user_model, role, with_device)
    urls = menu_urls(visit(client, "/admin/"))
    # Wagtail's Help menu leads to its guide on wagtail.org; every other entry is ours.
    for url in [url for url in urls if url.startswith("/")]:
        visit(client, url)
    for wanted in MENU[role]["has"]:
        assert [url for url in urls if url.startswith(wanted)], f"{role} finds {wanted}"
    for unwanted in MENU[role]["lacks"]:
        assert not [url for url in urls if url.startswith(unwanted)], (
            f"{role} is not offered {unwanted}"
        )


@pytest.mark.parametrize("role,with_device", [r for r in ROLES if r[0] != "consultant"])
def test_those_who_edit_content_reach_a_page_editor_and_its_history(
    content, django_user_model, role, with_device
):
    client = signed_in(django_user_model, role, with_device)
    [explorer] = [url for url in menu_urls(visit(client, "/admin/")) if url == "/admin/pages/"]
    tree = visit(client, explorer)
    # Down the tree by the explorer's links, from wherever it starts for this person.
    level = tree
    for ancestor in Page.objects.get(pk=content.pk).get_ancestors()[1:]:
        here = f"/admin/pages/{ancestor.pk}/"
        if here in hrefs(level):
            level = visit(client, here)
    editor = visit(client, link_to(level, f"/admin/pages/{content.pk}/edit/"))
    assert content.title in text_of(editor)
    history = visit(client, link_to(editor, f"/admin/pages/{content.pk}/history/"))
    assert history.request["PATH_INFO"].endswith("/history/")


@pytest.mark.parametrize("role", ["consultant", "superuser"])
def test_those_who_handle_requests_walk_list_detail_history_statistics_and_export(
    content, django_user_model, role
):
    wanted = make_request(reference_code="LS-WALK-2345", is_urgent=True)
    client = signed_in(django_user_model, role, with_device=True)
    urls = menu_urls(visit(client, "/admin/"))
    [listing_url] = [url for url in urls if url.endswith("/hotline/requests/")]
    listing = visit(client, listing_url)
    detail = visit(client, link_named(listing, wanted.reference_code))
    assert wanted.reference_code in text_of(detail)
    history = visit(client, link_named(detail, in_language("ru", "History (audit log)")))
    assert wanted.reference_code in text_of(history)
    for spreadsheet in ("csv", "xlsx"):
        export = client.get(link_to(listing, f"export={spreadsheet}"))
        assert export.status_code == 200 and b"".join(export.streaming_content)
    [stats_url] = [url for url in urls if "/hotline/statistics/" in url]
    stats = visit(client, stats_url)
    assert client.get(link_to(stats, "/csv/")).status_code == 200
