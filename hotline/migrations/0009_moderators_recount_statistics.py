"""Moderators (who publish the statistics pages) may recount the published figures.

Editors may not: a recount changes figures readers have already seen. The
permission is created here, because Django creates it only after all migrations
have run.
"""

from django.db import migrations

CODENAME = "recompute_statistics"
GROUPS = ("Moderators",)


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    snapshot_type, _ = ContentType.objects.get_or_create(
        app_label="hotline", model="statisticssnapshot"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=snapshot_type,
        codename=CODENAME,
        defaults={"name": "Can recompute the published statistics"},
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="hotline", codename=CODENAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("hotline", "0008_published_statistics_snapshots"),
        ("pages", "0004_hotline_contacts_for_moderators"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
