"""Model fields of the hotline: text that must not be readable in a database dump, and
the staff member who did something."""

from cryptography.fernet import InvalidToken
from django.conf import settings
from django.db import models

from .encryption import UNREADABLE, EncryptionKeyError, decrypt, encrypt, is_unreadable


class EncryptedTextField(models.TextField):
    """Text stored as a Fernet token; reads back as clear text (or UNREADABLE).

    The empty string stays empty, so an erased or unanswered field costs nothing
    and "erased" stays visible. Such a column can't be searched or filtered by
    its content: look requests up by reference code.
    """

    description = "Text encrypted at rest with HOTLINE_ENCRYPTION_KEYS"

    def get_prep_value(self, value):
        if is_unreadable(value):
            raise ValueError("An unreadable value must never be written back over the stored one.")
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt(value)

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        try:
            return decrypt(value)
        except (InvalidToken, EncryptionKeyError, UnicodeError, ValueError):
            return UNREADABLE


def staff_user(verbose_name, **options):
    """The staff account that did something; removing the account keeps the record."""
    options.setdefault("related_name", "+")
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=verbose_name,
        null=True,
        on_delete=models.SET_NULL,
        **options,
    )
