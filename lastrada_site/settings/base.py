"""Settings shared by every environment.

Secure by default: DEBUG is off and nothing secret is committed. Everything that
differs between deployments is read from the environment (see .env.example).
"""

import hashlib
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from lastrada_site.caching.frontend import backends_from_env
from lastrada_site.client_ip import parse_trusted_proxies

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("DJANGO_VAR_DIR", BASE_DIR / "var"))


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def static_release(static_root):
    try:
        return hashlib.sha256((static_root / "staticfiles.json").read_bytes()).hexdigest()[:12]
    except OSError:
        return "dev"


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")

INSTALLED_APPS = [
    # wagtail_modeltranslation patches wagtail.models.Page, so it must load first.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "lastrada_site",
    "lastrada_site.staff",
    "pages",
    "hotline",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.sites",
    "lastrada_site.staff.apps.StaffUsersConfig",  # wagtail.users, with our user forms
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Near the top, so that a page from the cache costs little more than a static
    # file. What the inner middleware add (security headers, Content-Language) is
    # stored with the page; an answer that sets a cookie is never stored.
    "lastrada_site.caching.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "lastrada_site.staff.sessions.StaffSessionMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "lastrada_site.staff.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "lastrada_site.middleware.SecurityHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that it turns a lockout found during login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lastrada_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "lastrada_site.context_processors.site",
                "lastrada_site.caching.template_context",
            ],
        },
    },
]

WSGI_APPLICATION = "lastrada_site.wsgi.application"

# Database: DATABASE_URL, or an embedded SQLite file so `make run` needs no server.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Caches: shared Redis when REDIS_URL is set (needed with several gunicorn workers:
# Wagtail's site-root cache, the page cache's content generation and the hotline
# rate limit must be shared), else the database, which every worker shares too.
# Pages and the fragments every page repeats live in each worker's memory, "pages",
# keyed by the shared generation (see lastrada_site/caching): they never take
# Redis memory from the rate-limit counters.
REDIS_URL = os.environ.get("REDIS_URL", "")


def redis_cache(location):
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "lastrada"),
        # A Redis that is down or does not answer costs a call about 0.2 s, not a
        # worker for minutes, and every call then answers "not found": pages are
        # rendered without the cache (logged once a minute, see LOGGING).
        "OPTIONS": {
            "SOCKET_CONNECT_TIMEOUT": 0.2,
            "SOCKET_TIMEOUT": 0.2,
            "IGNORE_EXCEPTIONS": True,
        },
    }


if REDIS_URL:
    DEFAULT_CACHE = redis_cache(REDIS_URL)
else:
    DEFAULT_CACHE = {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "django_cache",
    }
CACHES = {
    "default": DEFAULT_CACHE,
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("PAGE_CACHE_ENTRIES", "1000"))},
    },
}

# django-redis tells of each call it answered without Redis, through the logger
# that prints one line a minute.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "lastrada.cache"

# Whole public pages for anonymous readers, in the cache above; 0 switches it off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# A secret that lets the benchmark ask for a page rendered anew (X-Cache-Bypass).
PAGE_CACHE_BYPASS_KEY = os.environ.get("PAGE_CACHE_BYPASS_KEY", "")

# Staff logins. Axes checks for a lockout before any other backend sees the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_LOCKOUT_MINUTES = int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "30"))
# Failures before a lockout: a username from one address, and the same username
# from anywhere (a guess spread over many addresses).
LOGIN_FAILURE_LIMITS = [(["username", "ip_address"], 5), (["username"], 20)]
AXES_LOCKOUT_PARAMETERS = [parameters for parameters, _limit in LOGIN_FAILURE_LIMITS]
AXES_FAILURE_LIMIT = max(limit for _parameters, limit in LOGIN_FAILURE_LIMITS)
AXES_HANDLER = "lastrada_site.staff.lockout.StaffLoginHandler"
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_LOCKOUT_MINUTES)
AXES_CLIENT_IP_CALLABLE = "lastrada_site.staff.lockout.client_ip"
AXES_LOCKOUT_CALLABLE = "lastrada_site.staff.lockout.lockout_response"
# Not at a good password, so that wrong second-factor codes keep counting; the staff
# app forgives a person's own failures once the whole sign-in succeeds.
AXES_RESET_ON_SUCCESS = False
# Axes would otherwise log every successful login with its address and browser.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False

# Staff sessions end after a working day, and sooner after half an hour idle.
STAFF_SESSION_HOURS = float(os.environ.get("STAFF_SESSION_HOURS", "8"))
STAFF_SESSION_SECONDS = int(STAFF_SESSION_HOURS * 3600)
STAFF_SESSION_IDLE_SECONDS = 30 * 60
# The longest a session cookie may be asked to live (Wagtail's "remember me").
SESSION_COOKIE_AGE = STAFF_SESSION_SECONDS

# A code from an authenticator app after the password, for everyone who can read
# requests or manage users. Only for local development may this be off.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", True)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "lastrada_site.staff.passwords.StaffPasswordLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Russian is the default; English is the source language of the
# interface strings, Russian and Belarusian catalogues live in locale/.
LANGUAGE_CODE = "ru"
LANGUAGES = [
    ("ru", "Русский"),
    ("be", "Беларуская"),
    ("en", "English"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Django ships no Belarusian date formats: ours ("20 траўня 2026 г.").
FORMAT_MODULE_PATH = ["pages.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Minsk"
# No language cookie: the language is in every address, and `/` picks it from the
# browser's Accept-Language. A reader who only reads gets no cookie at all.

MODELTRANSLATION_DEFAULT_LANGUAGE = "ru"
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("ru",)}

# Editors work in Russian or English: Wagtail's Belarusian admin is only partly translated.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ru", "Русский"), ("en", "English")]
WAGTAIL_I18N_ENABLED = False
# Addresses are Latin: pages.slugs turns Russian and Belarusian titles into them.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The editor's language toggle shows the languages chosen last, after a validation
# error too, rather than falling back to Russian alone.
WAGTAILMODELTRANSLATION_LOCALE_PICKER_RESTORE = True
WAGTAIL_SITE_NAME = "Безопасный выезд"
# The name authenticator apps show next to the code.
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "russian",
    }
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "xlsx", "csv"]
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"png": "webp", "jpeg": "webp", "gif": "webp"}
# A reset link by e-mail would make the mailbox a way around the second factor; an
# administrator sets new passwords instead, unless this is switched on (with TLS mail).
WAGTAIL_PASSWORD_RESET_ENABLED = env_bool("WAGTAIL_PASSWORD_RESET_ENABLED", False)
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# Avatars from gravatar.com would tell that service each staff member's e-mail hash
# and IP address whenever they open the admin; the admin talks to this site only.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_LOGIN_URL = "wagtailadmin_login"
# Where the admin lives; a less obvious path keeps casual scanners off its login page,
# and robots.txt does not name it (the proxy should restrict it, see docs/operations.md).
ADMIN_URL_PATH = os.environ.get("ADMIN_URL_PATH", "admin/").strip("/") + "/"
LOGIN_URL = "wagtailadmin_login"

# Static and media files. WhiteNoise serves hashed, compressed static files.
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", VAR_DIR / "static"))
# What the page cache's keys start with, so that after a deploy no page is served
# that links a stylesheet of the release before: RELEASE if set, else a digest of
# the static files' manifest (which names every hashed file), else "dev".
RELEASE = os.environ.get("RELEASE", "") or static_release(STATIC_ROOT)
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", VAR_DIR / "media"))
# Production leaves media to the proxy or a bucket; dev.py has the app serve them.
SERVE_MEDIA = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# WhiteNoise caches the hashed file names the manifest storage writes for ten years
# ("immutable"); names without a hash keep its short default, since they change in place.

# The cache in front of the site, purged on every change (pages/signals.py): a Varnish
# purge URL, `cloudflare` or `cloudfront` in FRONTEND_CACHE; unset for none.
WAGTAILFRONTENDCACHE = backends_from_env(os.environ)
# Purge URLs are built per language by the pages themselves: slugs differ between
# languages, so Wagtail must not rewrite one language's URL into the others.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# E-mail.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "hotline@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security headers that hold everywhere; production.py adds HTTPS-only settings.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
# The only cookie of the public site, set by the request form and the answers page;
# gone when the browser closes: one trace fewer of a visit.
CSRF_COOKIE_AGE = None
SESSION_COOKIE_SAMESITE = "Lax"
# Public pages: only this site's own scripts, styles, images and fonts; no inline script.
# The only worker is the site's own offline copy, served from the site root.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; worker-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'self'; object-src 'none'"
)
# The admin runs only this site's own script files: an injected <script> or event
# handler attribute in a request's text does nothing there. The few Wagtail widgets
# that start with an inline script are started from a file instead (see
# templates/wagtailadmin/ and static/js/admin-widgets.js). Inline styles stay allowed,
# as Wagtail sets them; closed too are plugins, a <base> that redirects relative URLs,
# forms that post elsewhere and framing by others.
ADMIN_CONTENT_SECURITY_POLICY = (
    "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'self'"
)

# Reverse proxies whose X-Forwarded-For names the real client (addresses or CIDR
# networks). Anyone can send that header; from anyone else it is ignored.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
# A mistyped entry stops the start, rather than quietly trusting fewer proxies.
parse_trusted_proxies(TRUSTED_PROXIES)

# Quick exit: where the "Leave this site" button sends the reader.
QUICK_EXIT_URL = os.environ.get("QUICK_EXIT_URL", "https://www.google.com/search?q=weather")

# Hotline request form (see hotline/views.py for what each limit does).
# Sent requests per client address, e.g. "20/h", "100/d", "5/m"; "0" turns the limit off.
HOTLINE_RATE_LIMIT = os.environ.get("HOTLINE_RATE_LIMIT", "20/h")
# Fernet keys for the personal fields of requests, comma-separated: the first one
# encrypts, every one decrypts (see hotline/encryption.py and rotate_hotline_keys).
HOTLINE_ENCRYPTION_KEYS = env_list("HOTLINE_ENCRYPTION_KEYS")
# Who is told (reference code, topic and urgency only) about each new request.
HOTLINE_NOTIFY_EMAILS = env_list("HOTLINE_NOTIFY_EMAILS")
# Consultants' replies to people who asked to be answered by e-mail: the sender, and
# where the person's answers should go (empty: back to the sender).
HOTLINE_REPLY_FROM = os.environ.get("HOTLINE_REPLY_FROM", "") or DEFAULT_FROM_EMAIL
HOTLINE_REPLY_TO = env_list("HOTLINE_REPLY_TO")
# Personal data of requests closed longer ago than this is erased by purge_hotline_data.
HOTLINE_RETENTION_DAYS = int(os.environ.get("HOTLINE_RETENTION_DAYS", "365"))
# Published statistics show a count below this as "fewer than N" and hide enough other
# counts that it cannot be worked out (see hotline/disclosure.py).
STATS_MIN_CELL = max(int(os.environ.get("STATS_MIN_CELL", "5")), 1)
# Days after a year ends before its figures (and its quarters') are published and frozen:
# late entries for the period are in by then, and no single new request can be seen.
STATS_PUBLISH_DELAY_DAYS = max(int(os.environ.get("STATS_PUBLISH_DELAY_DAYS", "14")), 0)
# Reads of pages are counted per day (pages/reads.py); days older than this are summed
# into months by sum_page_reads. At least 31, so the last 30 days are always kept by day.
READS_RETENTION_DAYS = max(int(os.environ.get("READS_RETENTION_DAYS", "90")), 31)
# A form sent sooner than this after it was shown is probably a bot; the person is asked to resend.
HOTLINE_MIN_FILL_SECONDS = float(os.environ.get("HOTLINE_MIN_FILL_SECONDS", "3"))
# Months after its last review that a page is due to be checked again: contacts and
# rules in a country change faster than general advice.
CONTENT_REVIEW_MONTHS = {
    "guide": int(os.environ.get("CONTENT_REVIEW_MONTHS_GUIDE", "12")),
    "country": int(os.environ.get("CONTENT_REVIEW_MONTHS_COUNTRY", "6")),
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "filters": {
        "logged_outages": {"()": "hotline.outage_log.SkipLoggedOutages"},
        "once_a_minute": {"()": "lastrada_site.caching.log.OncePerMinute"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "once_a_minute": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["once_a_minute"],
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's request logger prints request details on errors; keep it at
        # ERROR without the POST body (Django never logs bodies) and no mail_admins.
        # The hotline's outage pages log their own line, so Django's is dropped.
        "django.request": {
            "handlers": ["console"],
            "level": "ERROR",
            "propagate": False,
            "filters": ["logged_outages"],
        },
        # Wagtail's background tasks log every search-index update at INFO.
        "django_tasks": {"level": "WARNING"},
        # Axes logs every failed login at INFO; a lockout is still logged as a warning.
        "axes": {"level": "WARNING"},
        # An unreachable Redis: one line a minute (lastrada_site/caching/log.py).
        "lastrada.cache": {"handlers": ["once_a_minute"], "propagate": False},
        # A read not counted while the database fails: one line a minute, no reader in it.
        "lastrada.reads": {"handlers": ["once_a_minute"], "propagate": False},
    },
}
