"""Hotline consultants may log consultations taken by phone, messenger, e-mail or in
person: their group gets "add consultation request". Editors and Moderators get
nothing; they never see requests."""

from django.db import migrations

GROUP_NAME = "Hotline consultants"


def add_permission(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    request_type, _ = ContentType.objects.get_or_create(
        app_label="hotline", model="consultationrequest"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=request_type,
        codename="add_consultationrequest",
        defaults={"name": "Can add consultation request"},
    )
    return permission


def grant(apps, schema_editor):
    permission = add_permission(apps)
    for group in apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    permission = add_permission(apps)
    for group in apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME):
        group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [("hotline", "0006_logged_consultations_contact_attempts")]

    operations = [migrations.RunPython(grant, revoke)]
