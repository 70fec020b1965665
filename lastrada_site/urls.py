from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern as WAGTAIL_SERVE_PATTERN

from pages import reads
from pages import views as pages_views
from pages.sitemaps import HotlineFormSitemap, PageSitemap

from . import offline, views

urlpatterns = [
    path("healthz/", views.healthz, name="healthz"),
    path(settings.ADMIN_URL_PATH, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        sitemap_views.sitemap,
        {"sitemaps": {"pages": PageSitemap, "hotline": HotlineFormSitemap}},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path("robots.txt", pages_views.robots_txt, name="robots_txt"),
    # The image at the end of every public page that counts its reads (pages/reads.py).
    path("reads/<int:page_id>.gif", reads.count_read, name="page_read"),
    path("offline-worker.js", offline.offline_worker, name="offline_worker"),
    path("offline-clear/", offline.clear_offline, name="offline_clear"),
]

if settings.SERVE_MEDIA:
    # Not Django's static() helper: it serves nothing with DEBUG off, as `make run` has it.
    from django.views.static import serve as serve_file

    urlpatterns.append(
        path("media/<path:path>", serve_file, {"document_root": settings.MEDIA_ROOT})
    )

urlpatterns += i18n_patterns(
    # Same short path in every language, for posters and leaflets: /ru/hotline/.
    path("hotline/", include("hotline.urls")),
    path("search/", pages_views.search, name="search"),
    # Wagtail's page view, finding the page in one query; the rest of Wagtail's
    # public URLs (password-protected pages) follow unchanged.
    re_path(WAGTAIL_SERVE_PATTERN, pages_views.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "lastrada_site.views.page_not_found"
handler500 = "lastrada_site.views.server_error"
