"""Moderators may edit the hotline contacts shown on every page.

The demo content fills them with example numbers that must be replaced before
the site goes public; that should not need a superuser. Editors do not get it:
a wrong hotline number on every page is too costly to leave to a draft-only
role, and moderators are the ones who publish.
"""

from django.db import migrations

GROUPS = ("Moderators",)
CODENAMES = {
    "change_hotlinecontacts": "Can change hotline contacts",
    "view_hotlinecontacts": "Can view hotline contacts",
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="pages", model="hotlinecontacts")
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )[0]
        for codename, name in CODENAMES.items()
    ]
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    permissions = Permission.objects.filter(content_type__app_label="pages", codename__in=CODENAMES)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0003_topic_permissions_for_editors_and_moderators"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
