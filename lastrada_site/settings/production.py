"""Production: refuses to start without a secret key and allowed hosts."""

import os

from django.core.exceptions import ImproperlyConfigured

from hotline.encryption import EncryptionKeyError, check_keys

from .base import *  # noqa: F403
from .base import env_bool, env_list

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "Set DJANGO_SECRET_KEY to a random string of at least 50 characters."
    )
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "Set DJANGO_ALLOWED_HOSTS to the comma-separated host names of the site."
    )
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

if WAGTAIL_PASSWORD_RESET_ENABLED and not (EMAIL_USE_TLS or EMAIL_USE_SSL):
    raise ImproperlyConfigured(
        "WAGTAIL_PASSWORD_RESET_ENABLED needs mail over TLS: set EMAIL_USE_TLS or EMAIL_USE_SSL."
    )

# Request data behind a password alone is what the second factor exists to prevent.
if not TWO_FACTOR_REQUIRED and not DEBUG:
    raise ImproperlyConfigured(
        "TWO_FACTOR_REQUIRED=false is for local development only; production needs it on."
    )

# Requests from people at risk are stored encrypted: no key, no site.
try:
    check_keys(HOTLINE_ENCRYPTION_KEYS)
except EncryptionKeyError as error:
    raise ImproperlyConfigured(str(error)) from None

# HTTPS is terminated by the proxy in front of gunicorn, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
