"""The cache in front of the site: configured from the environment, told about every
URL a change makes stale (each language, the listings), emptied whole for changes
that show on every page."""

import datetime
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from django.core.exceptions import ImproperlyConfigured
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction, Site

from lastrada_site.caching.frontend import backends_from_env
from pages.models import HotlineContacts, Topic
from tests.page_factories import make_news, make_news_index, make_standard
from tests.test_production_settings import start_production

BACKENDS = "wagtail.contrib.frontend_cache.backends."


# --- configuration --------------------------------------------------------------------


def test_no_frontend_cache_unless_one_is_named():
    assert backends_from_env({}) == {}
    assert backends_from_env({"FRONTEND_CACHE": " "}) == {}


def test_a_purge_url_means_varnish():
    assert backends_from_env({"FRONTEND_CACHE": "http://127.0.0.1:6081"}) == {
        "varnish": {"BACKEND": BACKENDS + "HTTPBackend", "LOCATION": "http://127.0.0.1:6081"}
    }


def test_cloudflare_with_its_token_and_zone():
    env = {
        "FRONTEND_CACHE": "cloudflare",
        "CLOUDFLARE_BEARER_TOKEN": "token-1",
        "CLOUDFLARE_ZONEID": "zone-1",
    }
    assert backends_from_env(env) == {
        "cloudflare": {
            "BACKEND": BACKENDS + "CloudflareBackend",
            "BEARER_TOKEN": "token-1",
            "ZONEID": "zone-1",
        }
    }


def test_cloudfront_with_its_distribution():
    env = {"FRONTEND_CACHE": "cloudfront", "CLOUDFRONT_DISTRIBUTION_ID": "E123"}
    assert backends_from_env(env) == {
        "cloudfront": {"BACKEND": BACKENDS + "CloudfrontBackend", "DISTRIBUTION_ID": "E123"}
    }


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"FRONTEND_CACHE": "cloudflare", "CLOUDFLARE_ZONEID": "z"}, "CLOUDFLARE_BEARER_TOKEN"),
        ({"FRONTEND_CACHE": "cloudflare", "CLOUDFLARE_BEARER_TOKEN": "t"}, "CLOUDFLARE_ZONEID"),
        ({"FRONTEND_CACHE": "cloudfront"}, "CLOUDFRONT_DISTRIBUTION_ID"),
        ({"FRONTEND_CACHE": "varnish"}, "purge URL"),
    ],
)
def test_an_incomplete_frontend_cache_stops_the_start(env, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        backends_from_env(env)


def test_production_reads_the_frontend_cache_from_the_environment():
    result = start_production(
        "print(s.WAGTAILFRONTENDCACHE['varnish']['LOCATION'], s.WAGTAILFRONTENDCACHE_LANGUAGES)",
        FRONTEND_CACHE="http://127.0.0.1:6081",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["http://127.0.0.1:6081", "[]"]

    refused = start_production(FRONTEND_CACHE="cloudflare")
    assert refused.returncode != 0
    assert "CLOUDFLARE_BEARER_TOKEN" in refused.stderr


# --- what a publish purges ------------------------------------------------------------


class RecordingBackend:
    """A frontend cache that writes down what it is asked to purge."""

    purged = []

    def __init__(self, params):
        self.hostnames = ["*"]

    def invalidates_hostname(self, hostname):
        return True

    def purge_batch(self, urls):
        self.purged.extend(urls)


@pytest.fixture
def recorded(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "test": {"BACKEND": "tests.test_frontend_cache.RecordingBackend"}
    }
    RecordingBackend.purged = []
    return RecordingBackend.purged


@pytest.fixture
def news(home_page):
    index = make_news_index(home_page)
    item = make_news(
        index,
        {"ru": "vybory", "be": "vybary", "en": "elections"},
        datetime.date(2026, 5, 1),
    )
    return index, item


def expected_urls(site):
    """The news item in three languages, and every page that lists it."""
    return {url.replace("SITE", site.root_url) for url in NEWS_ITEM_URLS | LISTING_URLS}


NEWS_ITEM_URLS = {
    "SITE/ru/novosti/vybory/",
    "SITE/be/naviny/vybary/",
    "SITE/en/news/elections/",
}
LISTING_URLS = {
    "SITE/ru/",
    "SITE/be/",
    "SITE/en/",
    "SITE/ru/novosti/",
    "SITE/be/naviny/",
    "SITE/en/news/",
    "SITE/ru/novosti/feed/",
    "SITE/be/naviny/feed/",
    "SITE/en/news/feed/",
    "SITE/sitemap.xml",
}


@pytest.mark.django_db
def test_publishing_purges_the_page_in_every_language_and_its_listings(
    news, recorded, django_capture_on_commit_callbacks
):
    _index, item = news
    item.intro_en = "Changed lead"
    with django_capture_on_commit_callbacks(execute=True):
        item.save_revision().publish()

    assert set(recorded) == expected_urls(item.get_site())
    assert len(recorded) == len(set(recorded)), "each URL once"


@pytest.mark.django_db
def test_unpublishing_purges_the_same_urls(news, recorded, django_capture_on_commit_callbacks):
    _index, item = news
    with django_capture_on_commit_callbacks(execute=True):
        item.unpublish()

    assert set(recorded) == expected_urls(item.get_site())


@pytest.mark.django_db
def test_the_purge_waits_for_the_commit(news, recorded, django_capture_on_commit_callbacks):
    _index, item = news
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        item.save_revision().publish()

    assert recorded == [], "the cache must not refetch the old content before the commit"
    for callback in callbacks:
        callback()
    assert set(recorded) == expected_urls(item.get_site())


@pytest.mark.django_db
def test_without_a_frontend_cache_nothing_is_purged(news, django_capture_on_commit_callbacks):
    _index, item = news
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        item.save_revision().publish()
    from pages import signals

    assert not [c for c in callbacks if c.__module__ == signals.__name__]


# --- changes that show on every page: the whole cache goes ----------------------------


class BanRecorder(BaseHTTPRequestHandler):
    """Stands in for Varnish: answers PURGE and BAN with 200 and writes them down."""

    received = []

    def do_BAN(self):  # noqa: N802 - the HTTP method's name
        self.received.append(("BAN", self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    do_PURGE = do_BAN  # noqa: N815

    def log_message(self, *args):
        pass


@pytest.fixture
def varnish_stand_in(settings):
    BanRecorder.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), BanRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = backends_from_env(
        {"FRONTEND_CACHE": f"http://127.0.0.1:{server.server_port}"}
    )
    yield BanRecorder.received
    server.shutdown()
    server.server_close()


def site_host():
    return urlsplit(Site.objects.get(is_default_site=True).root_url).netloc


@pytest.mark.django_db
@pytest.mark.parametrize(
    "change", ["contacts", "topic", "redirect", "topic deleted", "view restriction"]
)
def test_a_site_wide_change_bans_the_whole_host(
    home_page, varnish_stand_in, django_capture_on_commit_callbacks, change
):
    site = Site.objects.get(is_default_site=True)
    topic = Topic.objects.create(slug="work", name_ru="Работа")
    contacts = HotlineContacts.for_site(site)
    varnish_stand_in.clear()
    with django_capture_on_commit_callbacks(execute=True):
        if change == "contacts":
            contacts.phone_belarus = "8 801 999 99 99"
            contacts.save()
        elif change == "topic":
            topic.name_en = "Work"
            topic.save()
        elif change == "topic deleted":
            topic.delete()
        elif change == "redirect":
            Redirect.objects.create(old_path="/old", redirect_link="/ru/", site=site)
        else:
            PageViewRestriction.objects.create(
                page=home_page, restriction_type=PageViewRestriction.PASSWORD, password="x"
            )

    assert varnish_stand_in == [("BAN", site_host(), "/")]


@pytest.mark.django_db
def test_a_readers_visit_that_creates_the_settings_purges_nothing(
    home_page, varnish_stand_in, django_capture_on_commit_callbacks
):
    site = Site.objects.get(is_default_site=True)
    HotlineContacts.objects.filter(site=site).delete()
    varnish_stand_in.clear()
    with django_capture_on_commit_callbacks(execute=True):
        HotlineContacts.for_site(site)

    assert HotlineContacts.objects.filter(site=site).exists()
    assert varnish_stand_in == []


@pytest.mark.django_db
def test_moving_a_page_bans_the_whole_host(
    home_page, varnish_stand_in, django_capture_on_commit_callbacks
):
    about = make_standard(home_page, slug="about")
    help_page = make_standard(home_page, slug="help")
    varnish_stand_in.clear()
    with django_capture_on_commit_callbacks(execute=True):
        about.move(help_page, pos="last-child")

    assert varnish_stand_in == [("BAN", site_host(), "/")]


@pytest.mark.django_db
def test_cloudflare_is_asked_to_empty_the_zone(settings, monkeypatch, home_page):
    import requests

    from lastrada_site.caching.frontend import purge_everything

    calls = []

    class Answer:
        ok = True
        status_code = 200

        def json(self):
            return {"success": True}

    def post(url, json=None, headers=None, timeout=None):
        calls.append((url, json, headers["Authorization"]))
        return Answer()

    monkeypatch.setattr(requests, "post", post)
    settings.WAGTAILFRONTENDCACHE = backends_from_env(
        {
            "FRONTEND_CACHE": "cloudflare",
            "CLOUDFLARE_BEARER_TOKEN": "tok",
            "CLOUDFLARE_ZONEID": "z9",
        }
    )
    purge_everything(["localhost"])

    assert calls == [
        (
            "https://api.cloudflare.com/client/v4/zones/z9/purge_cache",
            {"purge_everything": True},
            "Bearer tok",
        )
    ]


def test_cloudfront_is_asked_to_invalidate_every_path(settings, monkeypatch):
    boto3 = pytest.importorskip("boto3")
    from lastrada_site.caching.frontend import purge_everything

    batches = []

    class Client:
        def create_invalidation(self, DistributionId, InvalidationBatch):  # noqa: N803
            batches.append((DistributionId, InvalidationBatch["Paths"]))

    monkeypatch.setattr(boto3, "client", lambda *args, **kwargs: Client())
    settings.WAGTAILFRONTENDCACHE = backends_from_env(
        {"FRONTEND_CACHE": "cloudfront", "CLOUDFRONT_DISTRIBUTION_ID": "E123"}
    )
    purge_everything(["localhost"])

    assert batches == [("E123", {"Quantity": 1, "Items": ["/*"]})]


@pytest.mark.django_db
def test_a_cache_that_is_away_does_not_fail_the_editors_save(
    home_page, settings, django_capture_on_commit_callbacks, caplog
):
    settings.WAGTAILFRONTENDCACHE = backends_from_env({"FRONTEND_CACHE": "http://127.0.0.1:9"})
    site = Site.objects.get(is_default_site=True)
    with django_capture_on_commit_callbacks(execute=True):
        contacts = HotlineContacts.for_site(site)
        contacts.phone_abroad = "+375 17 000 00 02"
        contacts.save()

    assert HotlineContacts.for_site(site).phone_abroad == "+375 17 000 00 02"
    assert "Could not empty frontend cache varnish" in caplog.text
