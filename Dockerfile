# Production image: gunicorn behind a TLS-terminating proxy.
# Migrations are a separate release step, never hidden in the entrypoint:
#   docker run --rm --env-file .env IMAGE python manage.py migrate --noinput
#   docker run --rm --env-file .env IMAGE python manage.py setup_site
# Two jobs run beside the web container (see docs/operations.md for cron, systemd
# and Kubernetes examples):
#   docker run -d --env-file .env IMAGE python manage.py send_hotline_notifications --loop 30
#   docker run --rm --env-file .env IMAGE python manage.py purge_hotline_data   # daily
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=lastrada_site.settings.production \
    DJANGO_VAR_DIR=/app/var \
    GUNICORN_BIND=0.0.0.0:8000 \
    GUNICORN_WORKERS=3

RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 lastrada

WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt

COPY --chown=lastrada:lastrada . .

# Build-time values only, so production settings import; the real ones come at run time.
# The key is thrown away with this step; no mail is sent while building.
RUN DJANGO_SECRET_KEY="$(python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
    DJANGO_ALLOWED_HOSTS=build.invalid \
    HOTLINE_ENCRYPTION_KEYS="$(python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())')" \
    EMAIL_BACKEND=django.core.mail.backends.dummy.EmailBackend \
    sh -c "python manage.py collectstatic --noinput -v 0 && python manage.py compilemessages -v 0" \
    && mkdir -p /app/var/media && chown -R lastrada:lastrada /app/var /app/locale

USER lastrada
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python scripts/healthcheck.py

# gunicorn.conf.py reads GUNICORN_BIND, GUNICORN_WORKERS and TRUSTED_PROXIES.
CMD ["gunicorn", "-c", "gunicorn.conf.py", "lastrada_site.wsgi"]
