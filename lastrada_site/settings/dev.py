"""Local development: the embedded SQLite default, debug on, mail to the console."""

import os

from .base import *  # noqa: F403
from .base import VAR_DIR, env_list


def development_encryption_key(path):
    """A key made once for this checkout and kept in var/, so local data stays readable
    across restarts; a real deployment sets HOTLINE_ENCRYPTION_KEYS instead."""
    if not path.exists():
        from cryptography.fernet import Fernet

        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(Fernet.generate_key())
        path.chmod(0o600)
    return [path.read_text().strip()]


DEBUG = True
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-insecure-key-not-for-production")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# Serve static files from the app folders while developing, without collectstatic.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
HOTLINE_ENCRYPTION_KEYS = env_list("HOTLINE_ENCRYPTION_KEYS") or development_encryption_key(
    VAR_DIR / "hotline-encryption.key"
)
