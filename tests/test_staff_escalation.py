"""A user manager who is not a superuser gives no one more than they hold themselves."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

USER_RIGHTS = ("access_admin", "add_user", "change_user", "delete_user")


@pytest.fixture
def manager(django_user_model):
    """A user manager who is also an editor, and nothing else."""
    user = django_user_model.objects.create_user("manager", "m@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    user.user_permissions.add(*Permission.objects.filter(codename__in=USER_RIGHTS))
    return user


@pytest.fixture
def client(manager):
    client = Client()
    client.force_login(manager)
    return client


def new_user(**extra):
    return {
        "username": "newcomer",
        "email": "new@example.org",
        "first_name": "New",
        "last_name": "Person",
        "password1": "river lamp quiet stone",
        "password2": "river lamp quiet stone",
        **extra,
    }


def group(name):
    return str(Group.objects.get(name=name).pk)


def test_a_manager_cannot_create_a_superuser(client, django_user_model):
    form = client.get("/admin/users/new/").content.decode()
    assert 'name="is_superuser"' not in form
    client.post("/admin/users/new/", new_user(is_superuser="on"))
    created = django_user_model.objects.filter(username="newcomer").first()
    assert created is None or not created.is_superuser


def test_a_manager_grants_only_their_own_groups(client, django_user_model):
    form = client.get("/admin/users/new/").content.decode()
    assert f'value="{group("Hotline consultants")}"' not in form
    response = client.post("/admin/users/new/", new_user(groups=[group("Hotline consultants")]))
    assert response.status_code == 200
    assert not django_user_model.objects.filter(username="newcomer").exists()
    client.post("/admin/users/new/", new_user(groups=[group("Editors")]))
    created = django_user_model.objects.get(username="newcomer")
    assert list(created.groups.values_list("name", flat=True)) == ["Editors"]


def test_a_manager_cannot_promote_an_editor(client, django_user_model):
    editor = django_user_model.objects.create_user("writer", "w@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    url = f"/admin/users/edit/{editor.pk}/"
    data = {
        "username": "writer",
        "email": "w@example.org",
        "first_name": "W",
        "last_name": "R",
        "is_active": "on",
        "is_superuser": "on",
        "groups": [group("Editors"), group("Hotline consultants")],
    }
    client.post(url, data)
    editor.refresh_from_db()
    assert not editor.is_superuser
    assert list(editor.groups.values_list("name", flat=True)) == ["Editors"]
    # Its own groups only: the edit goes through without the superuser flag.
    data.pop("is_superuser")
    data["groups"] = [group("Editors")]
    data["first_name"] = "Wanda"
    assert client.post(url, data).status_code == 302
    editor.refresh_from_db()
    assert editor.first_name == "Wanda" and not editor.is_superuser


def test_a_manager_cannot_promote_themselves(client, manager):
    url = f"/admin/users/edit/{manager.pk}/"
    client.post(
        url,
        {
            "username": "manager",
            "email": "m@example.org",
            "first_name": "M",
            "last_name": "G",
            "is_superuser": "on",
            "groups": [group("Editors"), group("Hotline consultants")],
        },
    )
    manager.refresh_from_db()
    assert not manager.is_superuser
    assert list(manager.groups.values_list("name", flat=True)) == ["Editors"]


@pytest.mark.parametrize("target", ["superuser", "consultant"])
def test_a_manager_cannot_take_over_a_more_powerful_account(client, django_user_model, target):
    if target == "superuser":
        person = django_user_model.objects.create_superuser("boss", "b@example.org", "pw")
    else:
        person = django_user_model.objects.create_user("consultant", "c@example.org", "pw")
        person.groups.add(Group.objects.get(name="Hotline consultants"))
    TOTPDevice.objects.create(user=person, name="phone")
    edit = f"/admin/users/edit/{person.pk}/"
    assert client.get(edit).status_code in (302, 403)
    client.post(edit, {"username": person.username, "password1": "x" * 20, "password2": "x" * 20})
    person.refresh_from_db()
    assert person.check_password("pw")
    # Nor through the second factor: no reset, no enrolment link.
    assert client.post(f"/admin/2fa/reset/{person.pk}/").status_code in (302, 403)
    assert TOTPDevice.objects.filter(user=person).exists()
    TOTPDevice.objects.filter(user=person).delete()
    refused = client.post(f"/admin/2fa/link/{person.pk}/")
    assert refused.status_code in (302, 403) and b"data-enrolment-link" not in refused.content
    assert not TOTPDevice.objects.filter(user=person).exists()


def test_a_superuser_still_grants_anything(superuser_client, django_user_model):
    superuser_client.post(
        "/admin/users/new/", new_user(is_superuser="on", groups=[group("Hotline consultants")])
    )
    created = django_user_model.objects.get(username="newcomer")
    assert created.is_superuser
    assert list(created.groups.values_list("name", flat=True)) == ["Hotline consultants"]


def test_groups_a_manager_cannot_grant_stay_on_an_account_they_edit(
    client, manager, django_user_model
):
    # An editor who also manages users, edited by a manager with the same rights.
    peer = django_user_model.objects.create_user("peer", "p@example.org", "pw")
    peer.groups.add(Group.objects.get(name="Editors"))
    manager.groups.add(Group.objects.get(name="Moderators"))
    client.post(
        f"/admin/users/edit/{peer.pk}/",
        {
            "username": "peer",
            "email": "p@example.org",
            "first_name": "P",
            "last_name": "R",
            "is_active": "on",
            "groups": [group("Moderators")],
        },
    )
    assert sorted(peer.groups.values_list("name", flat=True)) == ["Moderators"]


def test_a_manager_who_may_change_groups_cannot_widen_one(client, manager):
    manager.user_permissions.add(
        *Permission.objects.filter(codename__in=("add_group", "change_group", "delete_group"))
    )
    editors = Group.objects.get(name="Editors")
    before = set(editors.permissions.all())
    url = f"/admin/groups/edit/{editors.pk}/"
    assert client.get(url).status_code in (302, 403)
    view_requests = Permission.objects.get(codename="view_consultationrequest")
    client.post(url, {"name": "Editors", "permissions": [view_requests.pk]})
    assert set(editors.permissions.all()) == before
    assert client.post("/admin/groups/new/", {"name": "Mine"}).status_code in (302, 403)
    assert not Group.objects.filter(name="Mine").exists()


def test_a_superuser_still_edits_groups(superuser_client):
    editors = Group.objects.get(name="Editors")
    assert superuser_client.get(f"/admin/groups/edit/{editors.pk}/").status_code == 200
