"""Production: refuses to start without a strong secret key, allowed hosts and safe mail."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from hotline.encryption import EncryptionKeyError, check_keys

from .base import *  # noqa: F403
from .base import env_bool, env_list

HOW_TO_GENERATE_ONE = (
    'Generate one with: python -c "import secrets; print(secrets.token_urlsafe(50))"'
)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
# The placeholder in .env.example: a copied example must never sign real sessions.
if SECRET_KEY == "change-me-to-a-random-string-of-at-least-50-characters":  # noqa: S105
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is still the example value from .env.example; anyone who "
        "has read it could forge sessions. " + HOW_TO_GENERATE_ONE
    )
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "Set DJANGO_SECRET_KEY to a random string of at least 50 characters. " + HOW_TO_GENERATE_ONE
    )
# Long but repetitive keys ("aaaa…", "build-only-build-only-…") are easy to guess.
if len(set(SECRET_KEY)) < 20:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY has fewer than 20 different characters, so it is not random. "
        + HOW_TO_GENERATE_ONE
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

# Notification e-mails cross the network: plain SMTP is acceptable only to a relay on
# the same host or private network, and the deployment must say so.
EMAIL_LOCAL_RELAY = env_bool("EMAIL_LOCAL_RELAY")
if EMAIL_BACKEND == "django.core.mail.backends.smtp.EmailBackend":
    if EMAIL_USE_TLS and EMAIL_USE_SSL:
        raise ImproperlyConfigured(
            "Set only one of EMAIL_USE_TLS (STARTTLS, usually port 587) and "
            "EMAIL_USE_SSL (TLS from the start, usually port 465)."
        )
    if not (EMAIL_USE_TLS or EMAIL_USE_SSL or EMAIL_LOCAL_RELAY):
        raise ImproperlyConfigured(
            "E-mail would be sent over SMTP without encryption. Set EMAIL_USE_TLS=true "
            "(STARTTLS, usually port 587) or EMAIL_USE_SSL=true (usually port 465); or, "
            "if EMAIL_HOST is a relay on this host or a private network, set "
            "EMAIL_LOCAL_RELAY=true."
        )

# Media (uploaded images and documents) on S3-compatible storage when a bucket is
# named, so that every app server sees the same files. Readers' browsers must still
# talk to this site only: media URLs use AWS_S3_CUSTOM_DOMAIN, the site's own host,
# and the proxy in front passes /media/ on to the bucket (see deploy/README.md).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN", "").strip().strip("/")
    if urlsplit(f"//{AWS_S3_CUSTOM_DOMAIN}").hostname not in ALLOWED_HOSTS:
        raise ImproperlyConfigured(
            "With AWS_STORAGE_BUCKET_NAME, set AWS_S3_CUSTOM_DOMAIN to this site's own host "
            "(one of DJANGO_ALLOWED_HOSTS), which passes /media/ to the bucket: readers' "
            "browsers must not be sent to another host."
        )
    STORAGES = {
        **STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": AWS_STORAGE_BUCKET_NAME,
                "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
                "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
                # Keys from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or the server's role.
                "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
                "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
                "location": "media",
                "custom_domain": AWS_S3_CUSTOM_DOMAIN,
                "url_protocol": "https:",
                # Public files under the site's address: no signatures in their URLs.
                "querystring_auth": False,
                "default_acl": None,
                # Two uploads of "photo.jpg" must not replace each other.
                "file_overwrite": False,
            },
        },
    }

# Whether a request came over HTTPS is gunicorn's to say (gunicorn.conf.py): it
# believes X-Forwarded-Proto only from TRUSTED_PROXIES and sets the request's scheme
# from it. There is deliberately no SECURE_PROXY_SSL_HEADER: Django would believe
# that header from anyone, so a direct request could skip the redirect to HTTPS.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
