import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lastrada_site.settings.production")

from lastrada_site.page_cache import PageCacheApplication  # noqa: E402 (needs the settings)

application = PageCacheApplication(get_wsgi_application())
