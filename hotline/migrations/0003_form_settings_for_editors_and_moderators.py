"""Editors and Moderators may edit the hotline form's introduction and privacy link.

Editors write the form's introduction in each language, like the rest of the
site's text. These permissions are on the form's settings only: requests and statistics stay with
the "Hotline consultants" group.
"""

from django.db import migrations

GROUPS = ("Editors", "Moderators")
CODENAMES = {
    "change_hotlineformsettings": "Can change hotline request form",
    "view_hotlineformsettings": "Can view hotline request form",
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="hotline", model="hotlineformsettings"
    )
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
    permissions = Permission.objects.filter(
        content_type__app_label="hotline", codename__in=CODENAMES
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("hotline", "0002_hotline_consultants_group"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
