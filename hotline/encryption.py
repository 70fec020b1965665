"""Encryption at rest for what people tell the hotline.

A database dump, a backup or a replica that leaks must not tell anyone who asked
for help, how to reach them or what happened. Personal fields are therefore
stored as Fernet tokens (AES-128-CBC with an HMAC-SHA256, from `cryptography`),
with the keys in HOTLINE_ENCRYPTION_KEYS, never in the database:

* the first key encrypts everything written from now on;
* every key listed decrypts, so a new key can be put first while the old ones
  stay readable until `manage.py rotate_hotline_keys` has re-encrypted the rows.

A value that cannot be decrypted (its key was removed, or no key is set) reads
back as `UNREADABLE`, which staff pages explain; it is never shown as ciphertext
and never written back over the stored value. The model field is in fields.py;
this module imports no models, so the settings can check the keys at start-up.
"""

import functools

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

KEYS_SETTING = "HOTLINE_ENCRYPTION_KEYS"
GENERATE_KEY_COMMAND = (
    'python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"'
)


class EncryptionKeyError(ImproperlyConfigured):
    """The keys are missing or malformed: a deployment problem, not bad data."""


class UnreadableValue(str):
    """What an encrypted field holds when none of the configured keys opens it."""

    def __new__(cls):
        return super().__new__(cls, "")

    def __str__(self):
        return str(_("[cannot be decrypted]"))

    def __bool__(self):
        # Truthy, so that templates show the marker instead of "—" or "(anonymous)".
        return True


UNREADABLE = UnreadableValue()


def is_unreadable(value):
    return isinstance(value, UnreadableValue)


def describe_key_problem():
    """A sentence for staff saying why stored data cannot be read and what to set."""
    if not configured_keys():
        return _(
            "No encryption key is configured. Set HOTLINE_ENCRYPTION_KEYS to the key the "
            "hotline data was encrypted with and restart the site."
        )
    return _(
        "None of the keys in HOTLINE_ENCRYPTION_KEYS opens this data: the key it was "
        "encrypted with has been removed or changed. Add that key to HOTLINE_ENCRYPTION_KEYS "
        "(the first key encrypts, all of them decrypt) and restart the site."
    )


def configured_keys():
    return tuple(key for key in getattr(settings, KEYS_SETTING, ()) if key)


@functools.lru_cache(maxsize=4)
def _fernet_for(keys):
    if not keys:
        raise EncryptionKeyError(
            f"{KEYS_SETTING} is not set: personal data of hotline requests cannot be "
            f"stored or read. Generate a key with {GENERATE_KEY_COMMAND} and set it."
        )
    fernets = []
    for position, key in enumerate(keys, start=1):
        try:
            fernets.append(Fernet(key))
        except (ValueError, TypeError):
            raise EncryptionKeyError(
                f"Key number {position} in {KEYS_SETTING} is not a Fernet key (32 bytes in "
                f"URL-safe base64). Generate one with {GENERATE_KEY_COMMAND}."
            ) from None
    return MultiFernet(fernets)


def fernet():
    """The MultiFernet for the configured keys; EncryptionKeyError if they are unusable."""
    return _fernet_for(configured_keys())


def check_keys(keys):
    """Raise EncryptionKeyError unless `keys` are usable (used by the settings at start-up)."""
    _fernet_for(tuple(keys))


def encrypt(text):
    return fernet().encrypt(text.encode()).decode("ascii")


def decrypt(token):
    return fernet().decrypt(token.encode("ascii")).decode()


def is_encrypted_with_primary_key(token):
    """True when the first configured key opens `token` on its own."""
    primary = Fernet(configured_keys()[0])
    try:
        primary.decrypt(token.encode("ascii"))
    except InvalidToken:
        return False
    return True
