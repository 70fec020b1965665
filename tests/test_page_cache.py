"""Whole pages for anonymous readers from the shared cache, and what is never kept."""

import datetime
import json
import time

import pytest
from django.core.cache import cache, caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from lastrada_site import caching
from lastrada_site.caching import middleware
from lastrada_site.settings.base import static_release
from pages.models import HotlineContacts
from pages.signals import content_changed
from tests.hotline_support import TOKEN_FIELD
from tests.page_factories import (
    make_guide,
    make_news,
    make_news_index,
    make_section,
    make_topic,
    page_urls,
)
from tests.support import LANGUAGES

pytestmark = pytest.mark.usefixtures("page_cache_on")


@pytest.fixture
def tree(home_page):
    topic = make_topic("employment")
    section = make_section(home_page, slug="work", title="Work abroad")
    guide = make_guide(section, slug="contract", topics=[topic])
    news_index = make_news_index(home_page)
    news = make_news(news_index, "first", datetime.date(2026, 11, 2), topics=[topic])
    return {"home": home_page, "section": section, "guide": guide, "news": news, "topic": topic}


def publish(page, **fields):
    """Change fields of the page and publish, as the admin's Publish button does."""
    page = Page.objects.get(pk=page.pk).specific
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def state(response):
    return response.get("X-Cache")


def test_the_second_read_comes_from_the_cache_without_a_query(client, tree):
    url = "/ru/work/contract/"
    first = client.get(url)
    assert first.status_code == 200 and state(first) == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = Client().get(url)
    assert state(second) == "hit"
    assert len(queries) == 0, [query["sql"] for query in queries.captured_queries]
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    cache_control = second["Cache-Control"]
    assert "public" in cache_control and "s-maxage=600" in cache_control
    assert "max-age=60" in cache_control.replace("s-maxage", "")


@pytest.mark.parametrize(
    "url",
    ["/ru/", "/be/", "/en/", "/ru/novosti/", "/ru/novosti/feed/", "/sitemap.xml", "/robots.txt"],
)
def test_pages_feeds_sitemap_and_robots_are_cached(client, tree, url):
    assert state(client.get(url)) == "miss"
    hit = Client().get(url)
    assert hit.status_code == 200 and state(hit) == "hit"


def test_two_readers_of_the_hotline_form_never_get_the_same_token(tree):
    tokens = set()
    for _reader in range(2):
        response = Client().get("/ru/hotline/")
        assert response.status_code == 200
        assert state(response) is None
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
        tokens.add(TOKEN_FIELD.search(response.content.decode()).group(1))
    assert len(tokens) == 2


def test_search_results_are_never_kept(client, tree):
    for _read in range(2):
        response = Client().get("/ru/search/", {"q": "contract"})
        assert response.status_code == 200 and state(response) is None
        assert "no-store" in response["Cache-Control"]


def test_a_signed_in_editor_never_gets_a_cached_page(client, tree, django_user_model):
    Client().get("/ru/work/contract/")
    editor = django_user_model.objects.create_superuser("ed", "ed@example.org", "pw")
    client.force_login(editor)
    for _read in range(2):
        response = client.get("/ru/work/contract/")
        assert response.status_code == 200 and state(response) is None
        assert "no-store" in response["Cache-Control"]


def test_a_post_is_never_answered_from_the_cache(client, tree):
    Client().get("/ru/work/contract/")
    response = Client().post("/ru/work/contract/", {})
    assert state(response) is None


def test_a_change_published_shows_on_the_next_request_in_every_language(client, tree):
    urls = page_urls(tree["guide"])
    for url in urls.values():
        client.get(url)
        assert state(Client().get(url)) == "hit"
    publish(tree["guide"], **{f"title_{code}": f"Renamed guide {code}" for code in LANGUAGES})
    for code, url in urls.items():
        response = Client().get(url)
        assert state(response) == "miss"
        assert f"Renamed guide {code}" in response.content.decode()


def test_a_renamed_section_changes_the_menu_on_every_page(client, tree):
    index = tree["news"].get_parent()
    pages = ["/ru/", "/be/", page_urls(tree["guide"])["ru"], page_urls(index)["en"]]
    for url in pages:
        client.get(url)
    publish(tree["section"], title_ru="Работа за рубежом", title_be="Праца", title_en="Jobs abroad")
    words = {"ru": "Работа за рубежом", "be": "Праца", "en": "Jobs abroad"}
    for url in pages:
        assert words[url.split("/")[1]] in Client().get(url).content.decode(), url


def test_new_hotline_numbers_show_on_every_page_at_once(client, tree):
    pages = ["/ru/", page_urls(tree["guide"])["be"], page_urls(tree["news"].get_parent())["en"]]
    for url in pages:
        client.get(url)
    contacts = HotlineContacts.for_site(Site.objects.get(is_default_site=True))
    contacts.phone_belarus = "8 801 555 44 33"
    contacts.save()
    for url in pages:
        response = Client().get(url)
        assert state(response) == "miss"
        assert 'href="tel:88015554433"' in response.content.decode(), url


def test_a_published_news_item_appears_on_the_home_page_at_once(client, tree):
    client.get("/ru/")
    index = Page.objects.get(pk=tree["news"].get_parent().pk)
    make_news(index, "second", datetime.date(2026, 11, 20), title="Fresh news item")
    assert "Fresh news item" in Client().get("/ru/").content.decode()


def test_unpublishing_and_deleting_take_the_page_away_at_once(client, tree):
    url = "/ru/work/contract/"
    client.get(url)
    Page.objects.get(pk=tree["guide"].pk).unpublish()
    assert Client().get(url).status_code == 404
    client.get("/ru/novosti/first/")
    Page.objects.get(pk=tree["news"].pk).delete()
    assert Client().get("/ru/novosti/first/").status_code == 404


def test_a_moved_page_leaves_its_old_address(client, tree):
    client.get("/ru/work/contract/")
    Page.objects.get(pk=tree["guide"].pk).move(
        Page.objects.get(pk=tree["home"].pk), pos="last-child"
    )
    # Wagtail leaves a redirect at the old address, instead of the stale page.
    old = Client().get("/ru/work/contract/")
    assert old.status_code == 301 and old["Location"] == "/ru/contract/"
    assert Client().get("/ru/contract/").status_code == 200


def test_a_changed_topic_shows_at_once(client, tree):
    client.get("/ru/work/contract/")
    topic = tree["topic"]
    topic.name_ru = "Трудовая миграция"
    topic.save()
    assert "Трудовая миграция" in Client().get("/ru/work/contract/").content.decode()


def test_a_new_redirect_works_at_once_even_over_a_cached_page(client, tree):
    client.get("/ru/work/contract/")
    Redirect.objects.create(old_path="/ru/work/contract", redirect_link="/ru/novosti/")
    # Wagtail's redirects answer only where no page does; the point is that the
    # generation changed, so nothing stale is served after a redirect change.
    assert state(Client().get("/ru/work/contract/")) == "miss"


def test_pages_of_a_listing_are_kept_apart_and_unknown_parameters_never_stored(client, tree):
    index = Page.objects.get(pk=tree["news"].get_parent().pk)
    for number in range(12):
        make_news(index, f"n{number}", datetime.date(2026, 10, 1 + number))
    first = client.get("/ru/novosti/")
    second = client.get("/ru/novosti/", {"page": "2"})
    assert first.content != second.content
    assert state(Client().get("/ru/novosti/", {"page": "2"})) == "hit"
    # A link with other parameters (tracking, made up) gets the page rendered, and a
    # page rendered for such a link is never kept for others.
    assert state(Client().get("/ru/novosti/", {"utm_source": "x"})) is None
    tagged = Client().get("/ru/work/contract/", {"utm_source": "<b>spoof</b>"})
    assert state(tagged) is None
    assert state(Client().get("/ru/work/contract/")) == "miss"


def test_a_guides_text_is_kept_and_its_links_follow_a_moved_page_at_once(client, tree):
    news = tree["news"]
    text = {
        code: f'Read <a linktype="page" id="{news.pk}">the news</a> ({code})' for code in LANGUAGES
    }
    guide = make_guide(tree["section"], slug="linking", text=text)
    url = page_urls(guide)["ru"]
    bypass = {"HTTP_X_CACHE_BYPASS": "bench-only-key"}
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as fresh:
        first = Client().get(url, **bypass)
    assert 'href="/ru/novosti/first/"' in first.content.decode()
    # Rendered anew, the page takes its text from the kept fragment: the link to the
    # news is not looked up again.
    with CaptureQueriesContext(connection) as kept:
        again = Client().get(url, **bypass)
    looks_up_the_news = f'"wagtailcore_page"."id" IN ({news.pk})'
    assert any(looks_up_the_news in query["sql"] for query in fresh.captured_queries)
    assert again.content == first.content
    assert not any(looks_up_the_news in query["sql"] for query in kept.captured_queries)
    publish(news, slug_ru="pervaya")
    moved = Client().get(url, **bypass).content.decode()
    assert 'href="/ru/novosti/pervaya/"' in moved and "/ru/novosti/first/" not in moved


def test_the_benchmark_key_renders_a_page_anew(client, tree):
    client.get("/ru/work/contract/")
    fresh = Client().get("/ru/work/contract/", HTTP_X_CACHE_BYPASS="bench-only-key")
    assert state(fresh) == "bypass"
    wrong = Client().get("/ru/work/contract/", HTTP_X_CACHE_BYPASS="guess")
    assert state(wrong) == "hit"


def test_no_bypass_without_a_configured_key(client, tree, settings):
    settings.PAGE_CACHE_BYPASS_KEY = ""
    client.get("/ru/work/contract/")
    assert state(Client().get("/ru/work/contract/", HTTP_X_CACHE_BYPASS="")) == "hit"


def test_zero_seconds_switches_the_cache_off(client, tree, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for _read in range(2):
        response = client.get("/ru/work/contract/")
        assert response.status_code == 200 and state(response) is None


def test_a_lost_generation_never_brings_back_an_old_page(client, tree, monkeypatch):
    monkeypatch.setattr(caching, "GENERATION_CHECK_SECONDS", 0)
    client.get("/ru/work/contract/")
    old = caching.generation()
    cache.delete(caching.GENERATION_KEY)
    assert caching.generation() != old
    assert state(Client().get("/ru/work/contract/")) == "miss"


def test_a_response_that_sets_a_cookie_is_not_kept():
    from django.http import HttpResponse
    from django.test import RequestFactory
    from django.urls import resolve

    request = RequestFactory().get("/ru/")
    with translation.override("ru"):
        request.resolver_match = resolve("/ru/")
    response = HttpResponse("page")
    assert middleware.may_store(request, response)
    response.set_cookie("something", "1")
    assert not middleware.may_store(request, response)
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    assert not middleware.may_store(request, HttpResponse("page"))


def test_a_page_closed_to_the_public_is_closed_at_once_and_its_form_never_kept(client, tree):
    from wagtail.models import PageViewRestriction

    assert state(Client().get("/ru/work/contract/")) == "miss"
    PageViewRestriction.objects.create(
        page=Page.objects.get(pk=tree["guide"].pk),
        restriction_type=PageViewRestriction.PASSWORD,
        password="for-partners-only",
    )
    for _read in range(2):
        response = Client().get("/ru/work/contract/")
        assert response.status_code == 200 and b"csrfmiddlewaretoken" in response.content
        assert b"Guide body text" not in response.content
        assert state(response) is None


def test_pages_are_still_served_and_published_when_the_cache_server_is_down(
    client, tree, settings, monkeypatch
):
    monkeypatch.setattr(caching, "GENERATION_CHECK_SECONDS", 0)
    # The production cache client, pointed at a port where no Redis listens.
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "IGNORE_EXCEPTIONS": True},
        },
    }
    for _read in range(2):
        response = Client().get("/ru/work/contract/")
        assert response.status_code == 200 and state(response) is None
        assert b"Guide body text in ru" in response.content
        assert "no-store" in response["Cache-Control"]
    publish(tree["guide"], title_ru="Published while the cache is down")
    assert (
        "Published while the cache is down" in Client().get("/ru/work/contract/").content.decode()
    )


def test_a_page_in_another_language_than_the_browsers_is_shared_and_sets_no_cookie(tree):
    assert state(Client().get("/be/", HTTP_ACCEPT_LANGUAGE="be")) == "miss"
    # A reader whose browser speaks English follows a link to the Belarusian page:
    # the language is in the address, so they get the stored page, and no cookie.
    response = Client().get("/be/", HTTP_ACCEPT_LANGUAGE="en")
    assert state(response) == "hit"
    assert not response.cookies


def test_another_worker_sees_a_change_within_a_second(tree, monkeypatch):
    url = "/ru/work/contract/"
    Client().get(url)
    assert state(Client().get(url)) == "hit"
    # Another worker starts a new generation: only the shared cache knows.
    cache.set(caching.GENERATION_KEY, "from-another-worker")
    monkeypatch.setattr(caching, "GENERATION_CHECK_SECONDS", 0.2)
    time.sleep(0.25)
    assert state(Client().get(url)) == "miss"


def test_the_generation_is_raised_again_once_the_change_is_committed(
    tree, django_capture_on_commit_callbacks
):
    # A reader's request between the change and its commit may keep the old page
    # under the new number: the second raise after the commit makes it stale too.
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        content_changed()
        during = caching.generation()
    assert len(callbacks) == 1
    assert caching.generation() != during


def bypass(url):
    return Client().get(url, HTTP_X_CACHE_BYPASS="bench-only-key")


def stored_entries():
    """Whole pages and their header lists (fragments are kept per part, not per address)."""
    return len([key for key in caching.pages_cache()._cache if "views.decorators.cache" in key])


def test_addresses_that_lead_nowhere_and_made_up_parameters_store_nothing(client, tree):
    index = Page.objects.get(pk=tree["news"].get_parent().pk)
    for number in range(12):
        make_news(index, f"n{number}", datetime.date(2026, 10, 1 + number))
    for url, query in (("/ru/novosti/", {}), ("/ru/novosti/", {"page": "2"})):
        client.get(url, query)
        client.get(url, {"topic": "employment"})
    before = stored_entries()
    assert before >= 4
    made_up = [{"page": str(n)} for n in (0, 3, 99, -1, "01", "2.0", "x", "")]
    made_up += [{"topic": f"no-such-topic-{n}"} for n in range(24)]
    made_up += [{"page": "1", "topic": "none"}, {"page": "3", "topic": "employment"}]
    made_up += [{"page": "2", "topic": "employment"}, {"topic": ""}]
    made_up += [
        {"q": "x"},
        {"page": "1", "utm_source": "x"},
        {"topic": "EMPLOYMENT"},
        {"page": " 2"},
    ]
    assert len(made_up) == 40
    for query in made_up:
        response = Client().get("/ru/novosti/", query)
        assert response.status_code == 200 and state(response) is None, query
    for n in range(5):
        assert Client().get(f"/ru/work/no-such-page-{n}/").status_code == 404
    assert stored_entries() == before


def test_the_shared_menu_marks_the_section_of_each_page(tree, home_page):
    study = make_section(home_page, slug="study", title="Study abroad")
    work = page_urls(tree["section"])["en"]
    for url, current in (
        (page_urls(tree["guide"])["en"], work),
        (page_urls(study)["en"], page_urls(study)["en"]),
        (work, work),
    ):
        menu = bypass(url).content.decode().split('class="main-menu"')[1].split("</nav>")[0]
        assert menu.count("aria-current") == 1, url
        assert f'href="{current}" aria-current="page"' in menu, url


def test_shared_header_and_footer_are_kept_per_language(tree):
    headings = {"ru": "Связаться с горячей линией", "be": "Звязацца з гарачай лініяй"}
    headings["en"] = "Contact the hotline"
    urls = page_urls(tree["guide"])
    for code in LANGUAGES:
        bypass(urls[code])
    for code, heading in headings.items():
        html = bypass(urls[code]).content.decode()
        assert f'<h2 id="footer-contacts">{heading}</h2>' in html, code


def deploy(settings, static_root, release):
    """What collectstatic leaves for a release: a manifest naming every file with a hash."""
    source = settings.STATICFILES_DIRS[0]
    paths = {}
    for file in source.rglob("*"):
        if file.is_file():
            name = file.relative_to(source).as_posix()
            stem, dot, extension = name.rpartition(".")
            paths[name] = f"{stem}.{release}.{extension}" if dot else f"{name}.{release}"
    manifest = {"version": "1.1", "paths": paths, "hash": release}
    (static_root / "staticfiles.json").write_text(json.dumps(manifest))
    # A new release starts new processes, which read the settings afresh.
    settings.STATIC_ROOT = static_root
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage",
            "OPTIONS": {"location": str(static_root)},
        },
    }
    settings.RELEASE = static_release(static_root)


def test_after_a_deploy_with_changed_css_no_page_links_the_old_file(tree, settings, tmp_path):
    url = "/ru/work/contract/"
    deploy(settings, tmp_path, "0ld0ld0ld0")
    assert "/static/css/site.0ld0ld0ld0.css" in Client().get(url).content.decode()
    assert state(Client().get(url)) == "hit"

    deploy(settings, tmp_path, "n3wn3wn3wn")

    for reader in range(2):
        html = Client().get(url).content.decode()
        assert "/static/css/site.n3wn3wn3wn.css" in html, reader
        assert "0ld0ld0ld0" not in html, reader
