"""Local development: the embedded SQLite default, mail to the console, static files and
media served by the app itself."""

import os

from .base import *  # noqa: F403
from .base import VAR_DIR, env_bool, env_list


def development_encryption_key(path):
    """A key made once for this checkout and kept in var/, so local data stays readable
    across restarts; a real deployment sets HOTLINE_ENCRYPTION_KEYS instead."""
    if not path.exists():
        from cryptography.fernet import Fernet

        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(Fernet.generate_key())
        path.chmod(0o600)
    return [path.read_text().strip()]


# Off, so that `make run` shows the site's own error pages, as readers get them;
# DJANGO_DEBUG=true shows Django's debug pages instead.
DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-insecure-key-not-for-production")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# Serve static files from the app folders while developing, without collectstatic.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# WhiteNoise serves them whether DEBUG is on or off (runserver's own handler only with it on).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SERVE_MEDIA = True
HOTLINE_ENCRYPTION_KEYS = env_list("HOTLINE_ENCRYPTION_KEYS") or development_encryption_key(
    VAR_DIR / "hotline-encryption.key"
)
