"""Counting how often pages are read, with nothing about the readers: the image at the
end of every page, what it stores, the monthly sums and what editors see of it."""

import datetime
import logging
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Page, PageViewRestriction

from lastrada_site.caching import middleware
from pages.models import PageReads
from pages.reads import PIXEL
from tests.hotline_support import text_of
from tests.page_factories import make_guide, make_section, page_urls
from tests.shared_data import reloaded
from tests.test_hotline_unavailable import DatabaseDown

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"
ADDRESS = "203.0.113.77"
REFERRER = "https://www.example.org/from-a-search?q=trafficking"
PIXEL_SRC = re.compile(r'<img class="visually-hidden" src="(/reads/\d+\.gif)"')


@pytest.fixture(scope="module")
def built_pages(module_db):
    from pages.models import HomePage

    home = HomePage.objects.get()
    section = make_section(home, slug="work")
    return {
        "guide": make_guide(section, slug="contract", title="Contract"),
        "other": make_guide(section, slug="visa", title="Visa"),
        "draft": make_guide(section, slug="draft", title="Draft", publish=False),
        "section": section,
    }


@pytest.fixture
def pages(db, built_pages):
    return reloaded(built_pages)


def read(page_id, client=None, user_agent=BROWSER, **headers):
    client = client or Client()
    return client.get(f"/reads/{page_id}.gif", HTTP_USER_AGENT=user_agent, **headers)


def reads_of(page):
    return sum(PageReads.objects.filter(page_id=page.pk).values_list("reads", flat=True))


def assert_is_the_image(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    assert response.content == PIXEL


def test_a_read_is_counted_without_a_cookie_or_anything_about_the_reader(pages, caplog):
    client = Client(REMOTE_ADDR=ADDRESS)
    client.cookies["language"] = "be"
    with caplog.at_level(logging.DEBUG):
        response = read(pages["guide"].pk, client, HTTP_REFERER=REFERRER)
        read(pages["guide"].pk, client, HTTP_REFERER=REFERRER)

    assert_is_the_image(response)
    assert not response.cookies and not response.has_header("Set-Cookie")
    assert "Cookie" not in response.get("Vary", "")
    # One row for the page and day, with these fields and nothing else.
    assert [field.name for field in PageReads._meta.get_fields()] == [
        "id",
        "page",
        "day",
        "whole_month",
        "reads",
    ]
    row = PageReads.objects.get()
    assert (row.page_id, row.day, row.whole_month, row.reads) == (
        pages["guide"].pk,
        timezone.localdate(),
        False,
        2,
    )
    for private in (ADDRESS, "Android", "example.org", "trafficking"):
        assert private not in caplog.text
        assert private not in str(response.headers)


def test_the_image_is_never_kept_by_a_cache(pages, page_cache_on, rf):
    for _read in range(2):
        response = read(pages["guide"].pk)
        cache_control = response["Cache-Control"]
        assert "no-store" in cache_control and "private" in cache_control
        assert "public" not in cache_control and "s-maxage" not in cache_control
        assert not response.has_header("X-Cache")
    assert reads_of(pages["guide"]) == 2
    # The page cache does not even look it up, and Varnish passes it to the app.
    assert not middleware.may_look_up(rf.get(f"/reads/{pages['guide'].pk}.gif"))
    vcl = (middleware.settings.BASE_DIR / "deploy" / "varnish.vcl").read_text()
    assert 'req.url ~ "^/reads/"' in vcl


def test_a_page_served_from_the_page_cache_still_counts_its_reads(pages, page_cache_on):
    url = page_urls(pages["guide"])["ru"]
    assert Client().get(url)["X-Cache"] == "miss"
    cached = Client().get(url)
    assert cached["X-Cache"] == "hit"
    src = PIXEL_SRC.search(cached.content.decode()).group(1)
    assert src == f"/reads/{pages['guide'].pk}.gif"

    for expected in (1, 2):
        assert_is_the_image(Client().get(src, HTTP_USER_AGENT=BROWSER))
        assert reads_of(pages["guide"]) == expected


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; YandexBot/3.0)",
        "Mozilla/5.0 (compatible; bingbot/2.0)",
        "facebookexternalhit/1.1",
        "curl/8.5.0",
        "Wget/1.21",
        "python-requests/2.32",
        "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/131.0 Safari/537.36",
        "",
    ],
)
def test_robots_are_not_counted(pages, user_agent):
    assert_is_the_image(read(pages["guide"].pk, user_agent=user_agent))
    assert not PageReads.objects.exists()


def test_only_live_public_pages_count_and_anything_else_writes_nothing(pages):
    private = pages["other"]
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    unknown = Page.objects.order_by("-pk").first().pk + 1000
    for page_id in (unknown, 10**20, pages["draft"].pk, private.pk, Page.get_first_root_node().pk):
        assert_is_the_image(read(page_id))
    assert not PageReads.objects.exists()
    assert read("abc").status_code == 404


def test_a_read_while_the_database_is_down_still_gets_the_image(pages, caplog):
    down = DatabaseDown()
    with caplog.at_level(logging.WARNING), connection.execute_wrapper(down):
        response = read(pages["guide"].pk)

    assert down.tried >= 1
    assert_is_the_image(response)
    lines = [record for record in caplog.records if record.name == "lastrada.reads"]
    assert [record.getMessage() for record in lines] == [
        "A read was not counted: the database failed (OperationalError)"
    ]


def test_a_preview_has_no_counting_image_and_the_live_page_has_one(pages):
    guide = pages["guide"]
    # First, so that it cannot be the live page from the page cache (a preview without
    # an editor's session cookie would otherwise be looked up there).
    preview = guide.make_preview_request(preview_mode="ru")
    live = Client().get(page_urls(guide)["ru"]).content.decode()

    assert len(PIXEL_SRC.findall(live)) == 1
    assert preview.status_code == 200
    assert "/reads/" not in preview.content.decode()


def add_day(page, day, reads):
    PageReads.objects.create(page=page, day=day, reads=reads)


def test_old_days_are_summed_into_months_keeping_the_totals(pages, settings):
    settings.READS_RETENTION_DAYS = 90
    guide, other = pages["guide"], pages["other"]
    today = timezone.localdate()
    old = today - datetime.timedelta(days=200)
    old_month = old.replace(day=1)
    earlier_month = (old_month - datetime.timedelta(days=1)).replace(day=1)
    recent = today - datetime.timedelta(days=89)
    add_day(guide, old_month, 3)
    add_day(guide, old_month + datetime.timedelta(days=1), 4)
    add_day(guide, earlier_month, 5)
    add_day(other, old_month, 1)
    add_day(guide, recent, 7)
    add_day(guide, today, 2)

    call_command("sum_page_reads", verbosity=0)
    after_one_run = sorted(PageReads.objects.values_list("page_id", "day", "whole_month", "reads"))
    call_command("sum_page_reads", verbosity=0)

    assert sorted(PageReads.objects.values_list("page_id", "day", "whole_month", "reads")) == (
        after_one_run
    )
    assert after_one_run == sorted(
        [
            (guide.pk, earlier_month, True, 5),
            (guide.pk, old_month, True, 7),
            (other.pk, old_month, True, 1),
            (guide.pk, recent, False, 7),
            (guide.pk, today, False, 2),
        ]
    )
    # A day of a month already summed is added to its month's row.
    add_day(guide, old_month + datetime.timedelta(days=2), 10)
    call_command("sum_page_reads", verbosity=0)
    assert PageReads.objects.get(page=guide, day=old_month, whole_month=True).reads == 17
    assert reads_of(guide) == 3 + 4 + 5 + 7 + 2 + 10


def staff_client(django_user_model, group):
    user = django_user_model.objects.create_user(username=group.lower(), password="pw")
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


def listed(html, pages):
    """The keys of the pages the report links, in the order it lists them."""
    found = {key: html.find(f'href="/admin/pages/{page.pk}/edit/"') for key, page in pages.items()}
    return [key for key, at in sorted(found.items(), key=lambda item: item[1]) if at >= 0]


def test_the_report_lists_the_most_read_pages_of_the_chosen_period(pages, django_user_model):
    guide, other, section = pages["guide"], pages["other"], pages["section"]
    today = timezone.localdate()
    add_day(other, today, 5)
    add_day(guide, today - datetime.timedelta(days=3), 2)
    add_day(guide, today - datetime.timedelta(days=20), 8)
    add_day(section, today - datetime.timedelta(days=300), 100)
    # Summed into its month: counted by a period that begins within that month.
    year_ago = today - datetime.timedelta(days=364)
    PageReads.objects.create(page=other, day=year_ago.replace(day=1), whole_month=True, reads=1000)
    client = staff_client(django_user_model, "Editors")

    def report(**period):
        response = client.get("/admin/reports/most-read/", period)
        assert response.status_code == 200
        return response.content.decode()

    html = report()
    assert listed(html, pages) == ["guide", "other"]
    assert "15 прочтений страниц сайта за этот период." in text_of_html(html)
    assert listed(report(days="7"), pages) == ["other", "guide"]
    assert "хранятся только суммами за месяц" not in text_of_html(html)
    year = report(days="365")
    assert listed(year, pages) == ["other", "section", "guide"]
    assert f"С {year_ago.replace(day=1):%d.%m.%Y} по {today:%d.%m.%Y}" in text_of_html(year)
    assert "хранятся только суммами за месяц" in text_of_html(year)
    day = today - datetime.timedelta(days=20)
    assert listed(report(date_from=day, date_to=day), pages) == ["guide"]
    wrong = report(date_from=today, date_to=today - datetime.timedelta(days=1))
    assert "Начало периода должно быть раньше его конца." in text_of_html(wrong)
    assert listed(wrong, pages) == ["guide", "other"]
    assert "Укажите и начало, и конец периода." in text_of_html(report(date_from=today))


def text_of_html(html):
    return " ".join(strip_tags(html).split())


@pytest.mark.parametrize("group", ["Hotline consultants", None])
def test_the_report_is_refused_to_staff_without_page_permissions(pages, django_user_model, group):
    add_day(pages["guide"], timezone.localdate(), 5)
    if group:
        client = staff_client(django_user_model, group)
    else:
        # May open the admin, and nothing more.
        user = django_user_model.objects.create_user(username="nobody", password="pw")
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        client = Client()
        client.force_login(user)

    response = client.get("/admin/reports/most-read/")

    assert response.status_code in (302, 403)
    assert "Contract" not in text_of(response)
    assert "most-read" not in client.get("/admin/", follow=True).content.decode()


def test_the_edit_screen_shows_the_reads_of_the_last_30_days(pages, django_user_model):
    guide = pages["guide"]
    today = timezone.localdate()
    add_day(guide, today, 2)
    add_day(guide, today - datetime.timedelta(days=29), 1)
    add_day(guide, today - datetime.timedelta(days=30), 50)
    client = staff_client(django_user_model, "Editors")

    response = client.get(f"/admin/pages/{guide.pk}/edit/")

    assert response.status_code == 200
    assert "Страницу прочитали 3 раза за последние 30 дней" in text_of_html(
        response.content.decode()
    )
