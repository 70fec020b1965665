"""Personal fields encrypted at rest, an outbox for notices, and the last-activity time.

Rows stored before this migration hold clear text; `encrypt_existing` rewrites
them as Fernet tokens with the first key of HOTLINE_ENCRYPTION_KEYS (so that key
must be set when this runs on a database that has requests). Values that are
already tokens under one of the keys are left alone, so the step is safe to repeat.
"""

from cryptography.fernet import InvalidToken
from django.db.models import Max

import django.db.models.deletion
import django.utils.timezone
import hotline.fields
from django.db import migrations, models


ENCRYPTED = {
    "hotline_consultationrequest": ("name", "contact_value", "safe_times", "message"),
    "hotline_internalnote": ("text",),
}


def rewrite_columns(schema_editor, transform):
    """Pass every non-empty personal value through `transform`; None keeps a value as it is."""
    from hotline.encryption import fernet

    connection = schema_editor.connection
    quote = connection.ops.quote_name
    keys = None
    with connection.cursor() as cursor:
        for table, columns in ENCRYPTED.items():
            names = ", ".join(quote(column) for column in columns)
            cursor.execute(f"SELECT id, {names} FROM {quote(table)}")  # noqa: S608
            for row_id, *values in cursor.fetchall():
                updates = {}
                for column, value in zip(columns, values, strict=True):
                    if value:
                        keys = keys or fernet()
                        changed = transform(keys, value)
                        if changed is not None:
                            updates[column] = changed
                if updates:
                    assignments = ", ".join(f"{quote(column)} = %s" for column in updates)
                    cursor.execute(
                        f"UPDATE {quote(table)} SET {assignments} WHERE id = %s",  # noqa: S608
                        [*updates.values(), row_id],
                    )


def encrypt_value(keys, value):
    try:
        keys.decrypt(value.encode("ascii"))
        return None  # already a token
    except (InvalidToken, UnicodeEncodeError):
        return keys.encrypt(value.encode()).decode("ascii")


def decrypt_value(keys, value):
    return keys.decrypt(value.encode("ascii")).decode()


def encrypt_existing(apps, schema_editor):
    rewrite_columns(schema_editor, encrypt_value)


def decrypt_existing(apps, schema_editor):
    """Back to clear text, for a rollback to the code before this migration."""
    rewrite_columns(schema_editor, decrypt_value)


def set_last_activity(apps, schema_editor):
    ConsultationRequest = apps.get_model("hotline", "ConsultationRequest")
    requests = ConsultationRequest.objects.annotate(last_note=Max("notes__created_at"))
    for consultation_request in requests.iterator():
        moments = [
            consultation_request.created_at,
            consultation_request.first_response_at,
            consultation_request.closed_at,
            consultation_request.last_note,
        ]
        ConsultationRequest.objects.filter(pk=consultation_request.pk).update(
            last_activity_at=max(moment for moment in moments if moment is not None)
        )


class Migration(migrations.Migration):

    dependencies = [
        ('hotline', '0003_form_settings_for_editors_and_moderators'),
    ]

    operations = [
        migrations.AddField(
            model_name='consultationrequest',
            name='last_activity_at',
            field=models.DateTimeField(db_index=True, default=django.utils.timezone.now, editable=False, verbose_name='last activity'),
        ),
        migrations.AlterField(
            model_name='consultationrequest',
            name='contact_value',
            field=hotline.fields.EncryptedTextField(blank=True, max_length=254, verbose_name='contact'),
        ),
        migrations.AlterField(
            model_name='consultationrequest',
            name='message',
            field=hotline.fields.EncryptedTextField(blank=True, max_length=5000, verbose_name='message'),
        ),
        migrations.AlterField(
            model_name='consultationrequest',
            name='name',
            field=hotline.fields.EncryptedTextField(blank=True, max_length=100, verbose_name='name or pseudonym'),
        ),
        migrations.AlterField(
            model_name='consultationrequest',
            name='safe_times',
            field=hotline.fields.EncryptedTextField(blank=True, max_length=200, verbose_name='when it is safe to contact'),
        ),
        migrations.AlterField(
            model_name='consultationrequest',
            name='status',
            field=models.CharField(choices=[('new', 'New'), ('in_progress', 'In progress'), ('waiting', 'Waiting for the person'), ('answered', 'Answered'), ('closed', 'Closed'), ('spam', 'Spam'), ('suspected_spam', 'Suspected spam')], db_index=True, default='new', max_length=20, verbose_name='status'),
        ),
        migrations.AlterField(
            model_name='internalnote',
            name='text',
            field=hotline.fields.EncryptedTextField(max_length=5000, verbose_name='note'),
        ),
        migrations.CreateModel(
            name='OutgoingNotification',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('next_attempt_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now)),
                ('attempts', models.PositiveIntegerField(default=0)),
                ('last_error', models.CharField(blank=True, max_length=100)),
                ('sent_at', models.DateTimeField(blank=True, null=True)),
                ('request', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='notifications', to='hotline.consultationrequest')),
            ],
            options={
                'ordering': ['next_attempt_at', 'pk'],
            },
        ),
        migrations.RunPython(encrypt_existing, decrypt_existing),
        migrations.RunPython(set_last_activity, migrations.RunPython.noop),
    ]
