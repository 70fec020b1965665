"""The published "Hotline statistics" page: figures only once the year is over, fixed
when first read, small cells hidden across the year and its quarters, the CSV, and
who may create, publish and recount it."""

import csv
import datetime
import io
import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone, translation

from hotline import statistics_release
from hotline.models import ConsultationRequest, HotlineStatisticsPage, StatisticsSnapshot
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
def year_data(db):
    # 2025, 36 counted: every quarter has at least 5. Poland 27 and Germany 6 are named,
    # Turkey's 3 go to "other countries". 2 spam and one of 2024 are not counted.
    add_many("AAAA", 12, at(2025, 2, 3), received_via="phone", contact_channel="")
    add_many("BBBB", 6, at(2025, 5, 6), topic="study", country="DE")
    add_many("CCCC", 3, at(2025, 5, 7), topic="travel", country="TR", received_via="viber")
    add_many("DDDD", 8, at(2025, 8, 4), received_via="phone")
    add_many("EEEE", 7, at(2025, 11, 5), received_via="phone")
    add_many("FFFF", 2, at(2025, 5, 8), topic="crisis", country="JP", status="spam")
    add_many("GGGG", 1, at(2025, 6, 8), topic="crisis", country="JP", status="suspected_spam")
    add("LS-HHHH-0001", at(2024, 12, 31, 12), topic="missing", country="CY")


@pytest.fixture
def figures_page(home_page, year_data):
    return make_statistics_page(home_page)


def cells(html, label):
    """The value cell next to each row labelled `label`."""
    return re.findall(rf"<td>{re.escape(label)}</td><td[^>]*>([^<]*)</td>", html)


def csv_rows(content):
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def test_the_year_counts_every_channel_and_hides_small_cells_with_the_quarters(
    client, figures_page
):
    html = page_html(client, page_urls(figures_page)["en"])
    assert "36 consultations in this period." in html
    assert cells(html, "Web form") == ["6"]
    assert cells(html, "Viber") == ["fewer than 5"]
    assert cells(html, "Study abroad") == ["6"]
    assert cells(html, "Travel, visas and documents") == ["fewer than 5"]
    # Each quarter's unused channels and topics ("fewer than 5", in fact 0) could only
    # move against its calls about work, so the year's calls about work are hidden too.
    assert cells(html, "Phone call") == ["hidden"]
    assert cells(html, "Employment abroad") == ["hidden"]
    assert cells(html, "Poland") == ["27"]
    # Turkey's 3 alone in "other countries" would be 36 − 27 − 6: Germany is hidden too.
    assert cells(html, "Other countries") == ["fewer than 5"]
    assert cells(html, "Germany") == ["hidden"]
    # Spam never counted: Japan and the crisis topic are nowhere; 2024 is outside.
    assert "Japan" not in html and cells(html, "Crisis abroad or exploitation") == ["fewer than 5"]
    assert "Cyprus" not in html and "Turkey" not in html
    # February's 12 were the first quarter's only ones: with January and March (0)
    # hidden, it is hidden as well, in the year as in the quarter.
    assert cells(html, "February 2025") == ["hidden"]
    for secret in ("LS-AAAA", "LS-CCCC", "person@example.org", "private-stats-text"):
        assert secret not in html


def test_a_quarter_shows_what_was_fixed_with_its_year(client, figures_page):
    second = make_statistics_page(figures_page.get_parent(), quarter=2, slug="q2")
    html = page_html(client, page_urls(second)["en"])
    assert "9 consultations in this period." in html
    # Germany's 6 in the second quarter would give Turkey's 3 away: both hidden, as are
    # other quarters' zeros for Germany, so the year's hidden Germany stays unknown.
    assert cells(html, "Poland") == ["fewer than 5"]
    assert cells(html, "Germany") == ["hidden"]
    assert cells(html, "Other countries") == ["fewer than 5"]
    assert StatisticsSnapshot.objects.filter(year=2025).count() == 5


def test_the_chart_draws_no_bar_for_a_hidden_month(client, home_page):
    add_many("AAAA", 7, at(2025, 1, 10))
    add_many("BBBB", 2, at(2025, 3, 10))
    for month in (5, 8, 11):
        add_many(f"C{month:03d}", 6, at(2025, month, 10))
    page = make_statistics_page(home_page, quarter=1)
    html = page_html(client, page_urls(page)["en"])
    chart = html[html.index("<svg") : html.index("</svg>")]
    # January shown with its bar; February (0) and March (2) hidden, no bar for either.
    assert chart.count("<rect ") == 1 and ">7</text>" in chart
    assert chart.count("&lt;5</text>") == 2
    # Each bar is named by its month, not by a number.
    assert ">January</text>" in chart and ">March</text>" in chart and "2025-01" not in chart


def test_the_csv_has_the_same_figures_hidden(client, figures_page):
    response = client.get(page_urls(figures_page)["en"] + "csv/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "hotline-statistics-2025-01-01-2025-12-31.csv" in response["Content-Disposition"]
    rows = csv_rows(response.content)
    assert rows[1] == ["period", "2025-01-01/2025-12-31", "Total", "36"]
    assert ["received_via", "phone", "Phone call", "hidden"] in rows
    assert ["received_via", "web", "Web form", "6"] in rows
    assert ["received_via", "viber", "Viber", "fewer than 5"] in rows
    assert ["country", "other", "Other countries", "fewer than 5"] in rows
    assert ["country", "DE", "Germany", "hidden"] in rows
    assert not any(row[0] == "country" and row[1] in ("TR", "JP", "CY") for row in rows)
    sections = list(dict.fromkeys(row[0] for row in rows[2:]))
    assert sections == ["topic", "country", "received_via", "month", "age_group", "gender"]
    text = response.content.decode("utf-8-sig")
    assert "LS-" not in text and "person@example.org" not in text


def test_new_and_changed_requests_change_nothing_once_published(client, figures_page):
    urls = [page_urls(figures_page)["en"], page_urls(figures_page)["ru"] + "csv/"]
    before = [client.get(url).content for url in urls]
    add("LS-JJJJ-0001", at(2025, 2, 1), topic="crisis", country="TR")
    ConsultationRequest.objects.filter(reference_code="LS-AAAA-0000").update(topic="marriage")
    ConsultationRequest.objects.filter(reference_code="LS-BBBB-0000").delete()
    after = [Client().get(url).content for url in urls]
    assert after == before
    assert b"36 consultations in this period." in after[0]


def test_before_the_publication_date_the_page_says_when(client, home_page, settings):
    settings.STATS_PUBLISH_DELAY_DAYS = 20
    this_year = timezone.localdate().year
    add_many("KKKK", 9, timezone.now())
    year_page = make_statistics_page(home_page, year=this_year)
    html = page_html(client, page_urls(year_page)["en"])
    date = f"Jan. 21, {this_year + 1}"
    assert f"The figures for {this_year} will be published on {date}." in html
    assert "<table" not in html and "consultations in this period" not in html
    assert client.get(page_urls(year_page)["en"] + "csv/").status_code == 404
    quarter_page = make_statistics_page(home_page, year=this_year, quarter=1, slug="q1")
    html = page_html(client, page_urls(quarter_page)["en"])
    assert f"published on {date}, together with the figures for the whole of {this_year}" in html
    ru = page_html(client, page_urls(year_page)["ru"])
    assert f"Цифры за {this_year} год будут опубликованы 21 января {this_year + 1}" in ru
    assert not StatisticsSnapshot.objects.exists()


def test_the_publication_date_follows_the_setting(settings):
    settings.STATS_PUBLISH_DELAY_DAYS = 14
    assert statistics_release.publication_date(2025) == datetime.date(2026, 1, 15)
    assert not statistics_release.is_out(2025, datetime.date(2026, 1, 14))
    assert statistics_release.is_out(2025, datetime.date(2026, 1, 15))
    assert statistics_release.latest_published_year(datetime.date(2026, 1, 14)) == 2024
    assert statistics_release.latest_published_year(datetime.date(2026, 1, 15)) == 2025
    settings.STATS_PUBLISH_DELAY_DAYS = 0
    assert statistics_release.is_out(2025, datetime.date(2026, 1, 1))


def test_a_year_with_almost_nothing_publishes_no_breakdown(client, home_page):
    add_many("AAAA", 3, at(2025, 8, 1))
    for quarter in (None, 3):
        page = make_statistics_page(home_page, quarter=quarter, slug=f"figures-{quarter}")
        html = page_html(client, page_urls(page)["en"])
        assert "Consultations in this period: fewer than 5." in html
        assert "<table" not in html and "<svg" not in html
        rows = csv_rows(Client().get(page_urls(page)["en"] + "csv/").content)
        assert rows[1][3] == "fewer than 5"
        assert ["topic", "", "Not published: too few consultations", ""] in rows


def test_one_tiny_quarter_withholds_every_quarter(client, home_page):
    add_many("AAAA", 2, at(2025, 1, 10))
    add_many("BBBB", 20, at(2025, 5, 10))
    add_many("CCCC", 20, at(2025, 8, 10), topic="study")
    add_many("DDDD", 20, at(2025, 11, 10))
    add_many("EEEE", 2, at(2025, 11, 11), topic="travel")
    year_page = make_statistics_page(home_page)
    quarter_page = make_statistics_page(home_page, quarter=2, slug="q2")
    html = page_html(client, page_urls(year_page)["en"])
    assert "64 consultations in this period." in html
    assert cells(html, "Employment abroad") == ["42"]
    assert cells(html, "Travel, visas and documents") == ["fewer than 5"]
    assert cells(html, "Study abroad") == ["20"]
    # The first quarter's 2 would be the sum of its months: no months at all.
    assert "<svg" not in html and cells(html, "January 2025") == []
    html = page_html(client, page_urls(quarter_page)["en"])
    assert "The figures for this quarter are not published" in html
    assert "<table" not in html and "consultations in this period" not in html


def test_the_minimum_comes_from_the_setting(client, figures_page, settings):
    settings.STATS_MIN_CELL = 7
    html = page_html(client, page_urls(figures_page)["en"])
    assert cells(html, "Web form") == ["fewer than 7"]
    assert cells(html, "Poland") == ["27"]


def test_the_page_explains_small_numbers_in_every_language(client, figures_page):
    urls = page_urls(figures_page)
    en = page_html(client, urls["en"])
    assert "How small numbers are shown" in en
    assert "A number below 5 is shown as “fewer than 5”" in en
    assert "Some other numbers are shown as “hidden”" in en
    assert "do not change when requests are added later" in en
    ru = page_html(client, urls["ru"])
    assert "меньше 5" in ru and "Звонок по телефону" in ru and "«скрыто»" in ru
    be = page_html(client, urls["be"])
    assert "менш за 5" in be and "«схавана»" in be


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
    add_url = f"/admin/pages/add/hotline/hotlinestatisticspage/{home_page.pk}/"
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
    assert page.year == statistics_release.latest_published_year()
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
