"""Who may edit the site-wide hotline contacts."""

import pytest


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
