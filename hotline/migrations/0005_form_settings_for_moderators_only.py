"""Only Moderators (and administrators) may change the hotline form's introduction.

People in danger read that text and follow its links, and site settings have no
moderation step, so an Editor's change would be live at once. Editors keep
writing pages, which do go through moderation.
"""

from django.db import migrations

CODENAMES = ("change_hotlineformsettings", "view_hotlineformsettings")


def set_editors_permissions(apps, granted):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    permissions = Permission.objects.filter(
        content_type__app_label="hotline", codename__in=CODENAMES
    )
    for group in Group.objects.filter(name="Editors"):
        if granted:
            group.permissions.add(*permissions)
        else:
            group.permissions.remove(*permissions)


def revoke_from_editors(apps, schema_editor):
    set_editors_permissions(apps, granted=False)


def grant_to_editors(apps, schema_editor):
    set_editors_permissions(apps, granted=True)


class Migration(migrations.Migration):
    dependencies = [("hotline", "0004_encrypt_personal_fields_outbox_activity")]

    operations = [migrations.RunPython(revoke_from_editors, grant_to_editors)]
