"""Personal fields are encrypted at rest: a dump shows no personal text, staff still
read it, keys can be rotated, and a missing key is explained, not shown as ciphertext."""

import importlib
import os
import shutil
import subprocess
from io import StringIO

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection

from hotline.encryption import UNREADABLE
from hotline.models import ConsultationRequest, InternalNote
from tests.hotline_support import PERSONAL_MARKERS, valid_data

ENCRYPTED_COLUMNS = {
    "hotline_consultationrequest": (
        "name",
        "contact_value",
        "safe_times",
        "message",
        "answer_key_to_show",
    ),
    "hotline_internalnote": ("text",),
    "hotline_conversationmessage": ("text",),
}
NOTE_MARKER = "Note-marker-passport-held-5521"
REPLY_MARKER = "Reply-marker-embassy-address-7702"
FOLLOW_UP_MARKER = "Follow-up-marker-new-employer-7703"


def raw_rows(table):
    columns = ENCRYPTED_COLUMNS[table]
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {', '.join(quote(c) for c in columns)} FROM {quote(table)}"  # noqa: S608
        )
        return cursor.fetchall()


def store_request(client, settings):
    settings.HOTLINE_MIN_FILL_SECONDS = 0
    response = client.post("/en/hotline/", valid_data())
    assert response.status_code == 303
    stored = ConsultationRequest.objects.get()
    InternalNote.objects.create(request=stored, text=NOTE_MARKER)
    # A reply by e-mail, queued in the outbox, and the person's answer to it.
    reply_by_email(stored, REPLY_MARKER)
    stored.messages.create(direction="follow_up", via="recorded", text=FOLLOW_UP_MARKER)
    return stored


def reply_by_email(consultation, text):
    """A reply queued as the case screen queues it (without the audit log, which the
    pg_dump test, emptying only the hotline's tables, would leave behind)."""
    message = consultation.messages.create(direction="reply", via="email", text=text)
    consultation.notifications.create(kind="reply", message=message)
    return message


@pytest.mark.django_db
def test_the_database_holds_tokens_and_the_model_gives_back_the_text(client, home_page, settings):
    stored = store_request(client, settings)
    for table in ENCRYPTED_COLUMNS:
        for row in raw_rows(table):
            for value in row:
                assert value == "" or value.startswith("gAAAAA")  # Fernet's version byte
                for marker in (*PERSONAL_MARKERS, NOTE_MARKER, REPLY_MARKER, FOLLOW_UP_MARKER):
                    assert marker not in value
    fresh = ConsultationRequest.objects.get(pk=stored.pk)
    assert fresh.name == "Alesia Testname"
    assert fresh.contact_value == "alesia.private@example.org"
    assert fresh.safe_times == "weekdays after 18:00 secretword"
    assert fresh.message.endswith("Unique-message-marker-7731.")
    assert fresh.notes.get().text == NOTE_MARKER
    assert sorted(message.text for message in fresh.messages.all()) == sorted(
        [REPLY_MARKER, FOLLOW_UP_MARKER]
    )


# pg_dump runs in another process, so the request must really be committed. Only the
# hotline's tables are emptied afterwards (available_apps), so what the migrations
# created for the other tests (Wagtail's root page, the groups) stays.
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="pg_dump needs PostgreSQL (CI runs this with DATABASE_URL set)",
)
@pytest.mark.django_db(transaction=True, available_apps=["hotline"])
def test_pg_dump_shows_no_personal_text(client, settings):
    pg_dump = shutil.which("pg_dump")
    if not pg_dump:
        pytest.fail("pg_dump is missing: apt-get install postgresql-client")
    stored = store_request(client, settings)
    db = connection.settings_dict
    env = {**os.environ, "PGPASSWORD": db.get("PASSWORD") or ""}
    dump = subprocess.run(  # noqa: S603 - fixed arguments from the test settings
        [
            pg_dump,
            "--no-owner",
            "--host",
            db.get("HOST") or "127.0.0.1",
            "--port",
            str(db.get("PORT") or 5432),
            "--username",
            db.get("USER") or "postgres",
            db["NAME"],
        ],
        capture_output=True,
        env=env,
        check=True,
        timeout=120,
    ).stdout.decode()
    assert stored.reference_code in dump  # the dump really holds the request
    # The reply waits in the outbox: its row names the message, and holds no text.
    assert stored.notifications.get(kind="reply").message.text == REPLY_MARKER
    for marker in (
        *PERSONAL_MARKERS,
        NOTE_MARKER,
        REPLY_MARKER,
        FOLLOW_UP_MARKER,
        "Alesia",
        "alesia.private",
    ):
        assert marker not in dump


@pytest.mark.django_db
def test_consultants_read_the_clear_text_and_find_the_request_by_code(
    client, home_page, settings, superuser_client
):
    stored = store_request(client, settings)
    listing = superuser_client.get("/admin/hotline/requests/", {"q": stored.reference_code})
    assert stored.reference_code in listing.content.decode()
    detail = superuser_client.get(f"/admin/hotline/requests/edit/{stored.pk}/").content.decode()
    for marker in (*PERSONAL_MARKERS, NOTE_MARKER):
        assert marker in detail
    assert "gAAAAA" not in detail


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("keys", "explanation"),
    [
        # The admin speaks Russian unless the user chose English.
        ([Fernet.generate_key().decode()], "Ни один ключ из HOTLINE_ENCRYPTION_KEYS"),
        ([], "Ключ шифрования не задан. Укажите в HOTLINE_ENCRYPTION_KEYS"),
    ],
    ids=["wrong-key", "no-key"],
)
def test_a_wrong_or_missing_key_is_explained_to_staff(
    client, home_page, settings, superuser_client, keys, explanation
):
    stored = store_request(client, settings)
    settings.HOTLINE_ENCRYPTION_KEYS = keys
    response = superuser_client.get(f"/admin/hotline/requests/edit/{stored.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert explanation in html
    assert "gAAAAA" not in html
    assert "Unique-message-marker-7731" not in html
    assert ConsultationRequest.objects.get().message is UNREADABLE
    # The list, statistics and export hold no personal fields, so they keep working.
    assert superuser_client.get("/admin/hotline/requests/").status_code == 200
    assert superuser_client.get("/admin/hotline/requests/?export=csv").status_code == 200
    # A consultant's change does not overwrite what cannot be read.
    superuser_client.post(
        f"/admin/hotline/requests/edit/{stored.pk}/", {"action": "handle", "status": "in_progress"}
    )
    settings.HOTLINE_ENCRYPTION_KEYS = ["dGVzdC1vbmx5LWtleS10ZXN0LW9ubHkta2V5LTAwMDA="]
    assert ConsultationRequest.objects.get().message.endswith("Unique-message-marker-7731.")


@pytest.mark.django_db
def test_rotation_re_encrypts_every_row_with_the_first_key_and_can_run_again(
    client, home_page, settings
):
    old_key = settings.HOTLINE_ENCRYPTION_KEYS[0]
    store_request(client, settings)
    new_key = Fernet.generate_key().decode()
    settings.HOTLINE_ENCRYPTION_KEYS = [new_key, old_key]
    out = StringIO()
    call_command("rotate_hotline_keys", stdout=out)
    printed = out.getvalue()
    assert "consultation requests: 1/1 checked, 1 re-encrypted" in printed
    assert "internal notes: 1/1 checked, 1 re-encrypted" in printed
    assert "messages: 2/2 checked, 2 re-encrypted" in printed

    settings.HOTLINE_ENCRYPTION_KEYS = [new_key]  # the old key can now be dropped
    stored = ConsultationRequest.objects.get()
    assert stored.message.endswith("Unique-message-marker-7731.")
    assert stored.notes.get().text == NOTE_MARKER
    assert {message.text for message in stored.messages.all()} == {REPLY_MARKER, FOLLOW_UP_MARKER}

    settings.HOTLINE_ENCRYPTION_KEYS = [new_key, old_key]
    again = StringIO()
    call_command("rotate_hotline_keys", stdout=again)
    assert "consultation requests: done, 0 re-encrypted" in again.getvalue()


@pytest.mark.django_db
def test_rotation_without_a_usable_key_says_which_variable_to_set(settings):
    from django.core.management.base import CommandError

    settings.HOTLINE_ENCRYPTION_KEYS = ["not-a-key"]
    with pytest.raises(CommandError, match="HOTLINE_ENCRYPTION_KEYS is not a Fernet key"):
        call_command("rotate_hotline_keys", stdout=StringIO())


# A request as the site stored it before personal fields were encrypted (its message
# and name are then written in clear text straight into the table).
ROW_FROM_BEFORE_THE_MIGRATION = {
    "reference_code": "LS-MIGR-0001",
    "form_token": "migration-test",
    "language": "ru",
    "topic": "crisis",
    "country": "TR",
    "contact_channel": "email",
}


@pytest.mark.django_db
def test_the_migration_encrypts_rows_stored_in_clear_text(settings):
    from hotline.fields import EncryptedTextField

    migration = importlib.import_module(
        "hotline.migrations.0004_encrypt_personal_fields_outbox_activity"
    )
    stored = ConsultationRequest.objects.create(**ROW_FROM_BEFORE_THE_MIGRATION)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE hotline_consultationrequest SET message = %s, name = %s WHERE id = %s",
            ["clear text from before", "", stored.pk],
        )

    class Editor:
        pass

    editor = Editor()
    editor.connection = connection
    migration.encrypt_existing(None, editor)
    migration.encrypt_existing(None, editor)  # a second run leaves tokens alone
    name, _contact, _times, message, _key = raw_rows("hotline_consultationrequest")[0]
    assert message.startswith("gAAAAA") and name == ""
    assert ConsultationRequest.objects.get().message == "clear text from before"
    assert isinstance(ConsultationRequest._meta.get_field("message"), EncryptedTextField)


def test_development_key_is_made_once_and_kept(tmp_path):
    from lastrada_site.settings.dev import development_encryption_key

    path = tmp_path / "var" / "hotline-encryption.key"
    first = development_encryption_key(path)
    assert development_encryption_key(path) == first
    Fernet(first[0])  # a usable key
    assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.django_db
def test_a_send_without_a_usable_key_gets_the_503_page_with_everything_kept(
    client, home_page, settings, caplog
):
    settings.HOTLINE_MIN_FILL_SECONDS = 0
    settings.HOTLINE_ENCRYPTION_KEYS = []
    response = client.post("/en/hotline/", valid_data())
    html = response.content.decode()
    assert response.status_code == 503
    assert "Unique-message-marker-7731" in html and "alesia.private@example.org" in html
    assert ConsultationRequest.objects.count() == 0
    logged = [r.getMessage() for r in caplog.records if r.name == "hotline.unavailable"]
    assert logged == [
        "Hotline form: a request could not be stored: HOTLINE_ENCRYPTION_KEYS is missing "
        "or not a valid key"
    ]
