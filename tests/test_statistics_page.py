"""The published "Hotline statistics" page: live figures, small cells hidden, the CSV,
the page cache kept in step with the requests, and who may publish it."""

import csv
import io
import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import translation

from hotline.models import ConsultationRequest
from pages.models import HotlineStatisticsPage
from tests.page_factories import lang_fields, make_page, page_urls, texts
from tests.support import LANGUAGES, load_demo_site, page_html
from tests.test_hotline_stats import add, at


def make_statistics_page(parent, year=2025, quarter=None, slug="figures"):
    return make_page(
        parent,
        HotlineStatisticsPage,
        "Figures",
        slug,
        year=year,
        quarter=quarter,
        **lang_fields("intro", texts("What the figures are")),
    )


def add_many(prefix, count, created_at, **fields):
    for number in range(count):
        add(f"LS-{prefix}-{number:04d}", created_at, **fields)


@pytest.fixture
def figures_page(home_page):
    # 2025: 12 by phone about work in Poland, 6 by the web form about study in Germany,
    # 3 on Viber about travel to Turkey; 2 spam and one of 2024 are not counted.
    add_many("AAAA", 12, at(2025, 2, 3), received_via="phone", contact_channel="")
    add_many("BBBB", 6, at(2025, 5, 6), topic="study", country="DE")
    add_many("CCCC", 3, at(2025, 5, 7), topic="travel", country="TR", received_via="viber")
    add_many("DDDD", 2, at(2025, 5, 8), topic="crisis", country="JP", status="spam")
    add_many("EEEE", 1, at(2025, 6, 8), topic="crisis", country="JP", status="suspected_spam")
    add("LS-FFFF-0001", at(2024, 12, 31, 12), topic="missing", country="CY")
    return make_statistics_page(home_page)


def cells(html, label):
    """The value cell next to each row labelled `label`."""
    return re.findall(rf"<td>{re.escape(label)}</td><td[^>]*>([^<]*)</td>", html)


def csv_rows(content):
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def test_the_page_counts_every_channel_and_hides_small_cells(client, figures_page):
    html = page_html(client, page_urls(figures_page)["en"])
    assert "21 consultations in this period." in html
    assert cells(html, "Phone call") == ["12"]
    assert cells(html, "Web form") == ["6"]
    # Viber's 3 hides among the channels nobody used (0, also "fewer than 5").
    assert cells(html, "Viber") == ["fewer than 5"]
    assert cells(html, "Telegram") == ["fewer than 5"]
    assert cells(html, "Employment abroad") == ["12"]
    assert cells(html, "Travel, visas and documents") == ["fewer than 5"]
    assert cells(html, "Study abroad") == ["6"]
    # Turkey's 3 is alone in "other countries": it would be 21 − 12 − 6, so Germany,
    # the next smallest, is hidden with it.
    assert cells(html, "Poland") == ["12"]
    assert cells(html, "Other countries") == ["fewer than 5"]
    assert cells(html, "Germany") == ["hidden"]
    # Spam never counted: Japan and the crisis topic are nowhere; 2024 is outside.
    assert "Japan" not in html and cells(html, "Crisis abroad or exploitation") == ["fewer than 5"]
    assert "Cyprus" not in html
    assert '<svg class="hotline-chart"' in html and "&lt;5" not in html.split("<svg")[0]
    for secret in ("LS-AAAA", "LS-CCCC", "person@example.org", "private-stats-text"):
        assert secret not in html


def test_the_chart_draws_no_bar_for_a_hidden_month(client, home_page):
    add_many("AAAA", 7, at(2025, 1, 10))
    add_many("BBBB", 2, at(2025, 3, 10))
    page = make_statistics_page(home_page, quarter=1)
    html = page_html(client, page_urls(page)["en"])
    chart = html[html.index("<svg") : html.index("</svg>")]
    # January shown with its bar; February (0) and March (2) hidden, no bar for either.
    assert chart.count("<rect ") == 1 and ">7</text>" in chart
    assert chart.count("&lt;5</text>") == 2


def test_the_csv_has_the_same_figures_hidden(client, figures_page):
    response = client.get(page_urls(figures_page)["en"] + "csv/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "hotline-statistics-2025-01-01-2025-12-31.csv" in response["Content-Disposition"]
    rows = csv_rows(response.content)
    assert rows[1] == ["period", "2025-01-01/2025-12-31", "Total", "21"]
    assert ["received_via", "phone", "Phone call", "12"] in rows
    assert ["received_via", "viber", "Viber", "fewer than 5"] in rows
    assert ["received_via", "web", "Web form", "6"] in rows
    assert ["country", "other", "Other countries", "fewer than 5"] in rows
    assert ["country", "DE", "Germany", "hidden"] in rows
    assert not any(row[0] == "country" and row[1] in ("TR", "JP", "CY") for row in rows)
    text = response.content.decode("utf-8-sig")
    assert "LS-" not in text and "person@example.org" not in text


def test_a_period_with_almost_nothing_publishes_no_breakdown(client, home_page):
    add_many("AAAA", 3, at(2025, 8, 1))
    page = make_statistics_page(home_page, quarter=3)
    html = page_html(client, page_urls(page)["en"])
    assert "Consultations in this period: fewer than 5." in html
    assert "<table" not in html and "<svg" not in html
    rows = csv_rows(Client().get(page_urls(page)["en"] + "csv/").content)
    assert rows[1][3] == "fewer than 5"
    assert ["topic", "", "Not published: too few consultations", ""] in rows


def test_the_minimum_comes_from_the_setting(client, figures_page, settings):
    settings.STATS_MIN_CELL = 7
    html = page_html(client, page_urls(figures_page)["en"])
    assert cells(html, "Web form") == ["fewer than 7"]
    assert cells(html, "Phone call") == ["12"]


def test_the_page_is_written_in_every_language(client, figures_page):
    ru = page_html(client, page_urls(figures_page)["ru"])
    assert "меньше 5" in ru and "Звонок по телефону" in ru
    be = page_html(client, page_urls(figures_page)["be"])
    assert "менш за 5" in be


def test_a_year_or_a_quarter_gives_the_period():
    assert HotlineStatisticsPage(year=2024).period[1].isoformat() == "2024-12-31"
    start, end = HotlineStatisticsPage(year=2024, quarter=4).period
    assert (start.isoformat(), end.isoformat()) == ("2024-10-01", "2024-12-31")
    start, end = HotlineStatisticsPage(year=2024, quarter=1).period
    assert (start.isoformat(), end.isoformat()) == ("2024-01-01", "2024-03-31")


@pytest.mark.usefixtures("page_cache_on")
def test_the_cached_page_is_recomputed_after_a_save_in_its_period_only(
    figures_page, django_capture_on_commit_callbacks
):
    quarter_page = make_statistics_page(figures_page.get_parent(), quarter=3, slug="q3")
    urls = [page_urls(figures_page)["en"], page_urls(figures_page)["en"] + "csv/"]
    quarter_url = page_urls(quarter_page)["en"]
    for url in [*urls, quarter_url]:
        assert Client().get(url)["X-Cache"] == "miss"
        assert Client().get(url)["X-Cache"] == "hit"

    # A consultation of another year changes nothing here.
    with django_capture_on_commit_callbacks(execute=True):
        add("LS-GGGG-0001", at(2026, 2, 1), received_via="phone")
    assert all(Client().get(url)["X-Cache"] == "hit" for url in [*urls, quarter_url])

    # One of February 2025 is counted on the year's page at once, not on the third quarter's.
    with django_capture_on_commit_callbacks(execute=True):
        add("LS-GGGG-0002", at(2025, 2, 1), received_via="phone")
    fresh = Client().get(urls[0])
    assert fresh["X-Cache"] == "miss"
    assert "22 consultations in this period." in fresh.content.decode()
    assert Client().get(urls[1])["X-Cache"] == "miss"
    assert Client().get(quarter_url)["X-Cache"] == "hit"

    # Marking one as spam, or deleting one, takes it out again.
    with django_capture_on_commit_callbacks(execute=True):
        ConsultationRequest.objects.get(reference_code="LS-GGGG-0002").delete()
    assert "21 consultations in this period." in Client().get(urls[0]).content.decode()


@pytest.mark.usefixtures("page_cache_on")
def test_other_pages_stay_cached_when_a_request_is_saved(
    figures_page, django_capture_on_commit_callbacks
):
    home = page_urls(figures_page.get_parent())["en"]
    assert Client().get(home)["X-Cache"] == "miss"
    with django_capture_on_commit_callbacks(execute=True):
        add("LS-GGGG-0003", at(2025, 4, 1))
    assert Client().get(home)["X-Cache"] == "hit"


def staff(django_user_model, name, group):
    user = django_user_model.objects.create_user(name, password="pw")
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


def test_editors_create_and_moderators_publish_but_neither_opens_a_request(
    home_page, django_user_model
):
    request = add("LS-HHHH-0001", at(2025, 3, 3))
    editor = staff(django_user_model, "editor", "Editors")
    moderator = staff(django_user_model, "moderator", "Moderators")
    add_url = f"/admin/pages/add/pages/hotlinestatisticspage/{home_page.pk}/"
    assert editor.get(add_url).status_code == 200
    data = {
        **{f"title_{code}": f"Figures {code}" for code in LANGUAGES},
        **{f"slug_{code}": f"figures-{code}" for code in LANGUAGES},
        **{f"intro_{code}": f"What the figures are ({code})" for code in LANGUAGES},
        **{f"body_{code}-count": "0" for code in LANGUAGES},
        "year": "2025",
        "quarter": "",
    }
    response = editor.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = HotlineStatisticsPage.objects.get()
    assert not page.live
    response = moderator.post(
        f"/admin/pages/{page.pk}/edit/", {**data, "action-publish": "action-publish"}
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and page.year == 2025
    for client in (editor, moderator):
        for url in (
            f"/admin/hotline/requests/{request.pk}/",
            "/admin/hotline/requests/",
            "/admin/hotline/statistics/",
            "/admin/hotline/statistics/csv/",
        ):
            response = client.get(url)
            assert response.status_code in (302, 403), url
            assert "LS-HHHH-0001" not in response.content.decode()


def test_demo_page_renders_in_every_language_with_small_cells_hidden(demo_site, db, client):
    demo = ConsultationRequest.objects.filter(is_demo=True)
    assert demo.count() >= 300
    assert set(demo.values_list("name", flat=True)) == {""}
    assert set(demo.values_list("message", flat=True)) == {""}
    assert demo.values("received_via").distinct().count() == 7
    page = HotlineStatisticsPage.objects.get()
    small = {"ru": "меньше 5", "be": "менш за 5", "en": "fewer than 5"}
    for code, url in page_urls(page).items():
        with translation.override(code):
            html = page_html(client, url)
        assert "<svg" in html
        numbers = [int(value) for value in re.findall(r"<td>(\d+)</td>", html)]
        assert numbers and min(numbers) >= 5
        assert small[code] in html
        assert "LS-" not in html
    count = demo.count()
    load_demo_site()
    assert ConsultationRequest.objects.filter(is_demo=True).count() == count
