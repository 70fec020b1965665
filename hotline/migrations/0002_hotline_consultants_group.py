"""Create the "Hotline consultants" group with exactly what consultants need.

Viewing and handling requests, the statistics, and access to the admin; nothing
else (no pages, images or documents). The permissions are created here, because
Django creates them only after all migrations have run.
"""

from django.db import migrations

GROUP_NAME = "Hotline consultants"
HOTLINE_PERMISSIONS = {
    "view_consultationrequest": "Can view consultation request",
    "change_consultationrequest": "Can change consultation request",
    "view_statistics": "Can view hotline statistics",
}


def create_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")

    request_type, _ = ContentType.objects.get_or_create(
        app_label="hotline", model="consultationrequest"
    )
    permissions = [
        Permission.objects.get_or_create(
            content_type=request_type, codename=codename, defaults={"name": name}
        )[0]
        for codename, name in HOTLINE_PERMISSIONS.items()
    ]
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.set([*permissions, access_admin])


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("hotline", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        # Those migrations give "choose image/document" to every admin group that
        # exists when they run; consultants need neither, so the group comes after.
        ("wagtailimages", "0023_add_choose_permissions"),
        ("wagtaildocs", "0011_add_choose_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
