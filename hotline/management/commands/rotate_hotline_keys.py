"""Re-encrypt every stored personal field with the first key of HOTLINE_ENCRYPTION_KEYS.

To change keys: put a new key first in HOTLINE_ENCRYPTION_KEYS, keep the old
ones after it, restart the site, run this command, then drop the old keys.
Values already under the first key are left alone, so the command can be run
again at any time (after an interruption, say) and only finishes the rest. A
value that no configured key opens is counted and reported, never overwritten.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import F, TextField, Value
from django.db.models.functions import Cast

from hotline.encryption import EncryptionKeyError, fernet, is_encrypted_with_primary_key
from hotline.fields import EncryptedTextField
from hotline.models import ConsultationRequest, ConversationMessage, InternalNote

BATCH = 200


class Command(BaseCommand):
    help = "Re-encrypt hotline personal data with the first key in HOTLINE_ENCRYPTION_KEYS."

    def handle(self, *args, **options):
        try:
            keys = fernet()
        except EncryptionKeyError as error:
            raise CommandError(str(error)) from None
        for model in (ConsultationRequest, InternalNote, ConversationMessage):
            self.rotate_model(model, keys)

    def rotate_model(self, model, keys):
        fields = [f.name for f in model._meta.get_fields() if isinstance(f, EncryptedTextField)]
        # The stored tokens as text, bypassing the field's decryption.
        raw = {f"raw_{name}": Cast(F(name), output_field=TextField()) for name in fields}
        rows = model.objects.order_by("pk").annotate(**raw).values("pk", *raw)
        total = rows.count()
        label = model._meta.verbose_name_plural
        done = changed = unreadable = 0
        self.stdout.write(f"{label}: {total} to check")
        last_pk = 0
        while True:
            batch = list(rows.filter(pk__gt=last_pk)[:BATCH])
            if not batch:
                break
            with transaction.atomic():
                for row in batch:
                    updates = {}
                    for name in fields:
                        token = row[f"raw_{name}"]
                        if not token or is_encrypted_with_primary_key(token):
                            continue
                        try:
                            updates[name] = keys.rotate(token.encode("ascii")).decode("ascii")
                        except Exception:  # no configured key opens it: report, keep it
                            unreadable += 1
                    if updates:
                        write_raw(model, row["pk"], updates)
                        changed += 1
                    done += 1
            last_pk = batch[-1]["pk"]
            self.stdout.write(f"{label}: {done}/{total} checked, {changed} re-encrypted")
        if unreadable:
            self.stderr.write(
                f"{label}: {unreadable} value(s) could not be decrypted with any key in "
                "HOTLINE_ENCRYPTION_KEYS and were left as they are."
            )
        self.stdout.write(self.style.SUCCESS(f"{label}: done, {changed} re-encrypted"))


def write_raw(model, pk, tokens):
    """Store already-encrypted tokens as they are (a plain update would encrypt them again)."""
    model.objects.filter(pk=pk).update(
        **{name: Value(token, output_field=TextField()) for name, token in tokens.items()}
    )
