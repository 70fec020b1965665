"""Hotline statistics: exact counts on known data, the server-drawn chart, the CSV."""

import csv
import io
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group

from hotline import statistics
from hotline.models import ConsultationRequest
from tests.support import assert_contains, page_html

MINSK = ZoneInfo("Europe/Minsk")


def at(year, month, day, hour=12):
    return datetime(year, month, day, hour, tzinfo=MINSK)


def add(code, created_at, **fields):
    values = {
        "language": "ru",
        "topic": "employment",
        "country": "PL",
        "contact_channel": "email",
        "contact_value": "person@example.org",
        "message": "private-stats-text",
    }
    values.update(fields)
    return ConsultationRequest.objects.create(
        reference_code=code, form_token=code, created_at=created_at, **values
    )


@pytest.fixture
def known_data(db):
    add("LS-0000-0001", at(2025, 1, 10), topic="study", country="DE", language="be")
    add("LS-0000-0002", at(2025, 1, 31, 23), is_urgent=True, contact_channel="viber")
    add("LS-0000-0003", at(2025, 3, 1, 0), topic="study", country="DE", is_abroad=True)
    add("LS-0000-0004", at(2025, 3, 15), language="en", country="TR", contact_channel="telegram")
    # Not counted: spam, and requests outside the period.
    add("LS-0000-0005", at(2025, 2, 2), status="spam")
    add("LS-0000-0006", at(2024, 12, 31, 23))
    add("LS-0000-0007", at(2025, 4, 1, 0))


def section(data, key):
    return {
        row_key: count
        for row_key, _label, count in dict((k, r) for k, _t, r in data["sections"])[key]
    }


def test_counts_on_known_data(known_data):
    data = statistics.collect(date(2025, 1, 1), date(2025, 3, 31))
    assert data["total"] == 4
    assert section(data, "month") == {"2025-01": 2, "2025-02": 0, "2025-03": 2}
    topics = section(data, "topic")
    assert topics["study"] == 2 and topics["employment"] == 2 and topics["crisis"] == 0
    assert section(data, "country") == {"DE": 2, "PL": 1, "TR": 1}
    channels = section(data, "channel")
    assert (channels["email"], channels["viber"], channels["telegram"], channels["sms"]) == (
        2,
        1,
        1,
        0,
    )
    assert section(data, "language") == {"ru": 2, "be": 1, "en": 1}
    assert section(data, "urgency") == {"urgent": 1, "not_urgent": 3}
    assert section(data, "abroad") == {"abroad": 1, "not_abroad": 3}


@pytest.fixture
def consultant(django_user_model, db):
    user = django_user_model.objects.create_user("consultant", password="pw")
    user.groups.add(Group.objects.get(name="Hotline consultants"))
    return user


def test_statistics_page_shows_the_numbers_and_an_svg_chart(client, consultant, known_data):
    client.force_login(consultant)
    html = page_html(client, "/admin/hotline/statistics/?date_from=2025-01-01&date_to=2025-03-31")
    assert_contains(
        html,
        "Статистика горячей линии",
        "4 обращения за этот период.",
        '<svg class="hotline-chart hotline-chart--months"',
    )
    # One bar per month with requests (February had none), each named by its month.
    assert html.count("<rect ") == 2
    assert "<td>Германия</td><td>2</td>" in html
    assert "<td>Турция</td><td>1</td>" in html
    assert '<script src="http' not in html
    # Aggregates only: no code, contact or text of a single request.
    for secret in ("LS-0000-0001", "person@example.org", "private-stats-text"):
        assert secret not in html


def test_statistics_csv_download(client, consultant, known_data):
    client.force_login(consultant)
    response = client.get("/admin/hotline/statistics/csv/?date_from=2025-01-01&date_to=2025-03-31")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "hotline-statistics-2025-01-01-2025-03-31.csv" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1] == ["period", "2025-01-01/2025-03-31", "Всего", "4"]
    assert ["month", "2025-02", rows[3][2], "0"] == rows[3]
    assert ["country", "DE", "Германия", "2"] in rows
    assert ["urgency", "urgent", "В опасности сейчас", "1"] in rows
    assert "person@example.org" not in response.content.decode("utf-8-sig")


def test_a_reversed_period_is_explained_and_the_default_shown(client, consultant, known_data):
    client.force_login(consultant)
    response = client.get("/admin/hotline/statistics/?date_from=2025-03-31&date_to=2025-01-01")
    assert response.status_code == 200
    assert "Начало периода должно быть раньше его конца." in response.content.decode()


def test_nonsense_dates_do_not_break_the_page(client, consultant):
    client.force_login(consultant)
    response = client.get("/admin/hotline/statistics/?date_from=<script>&date_to=2025-13-45")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="&lt;script&gt;"' in html
    assert 'value="<script>"' not in html
    assert "Введите правильную дату." in html
    assert client.get("/admin/hotline/statistics/?date_from=&date_to=").status_code == 200


def test_chart_escapes_its_labels():
    svg = statistics.month_chart_svg([("<b>", "<i>x</i>", "<5")], "<title>")
    assert "<i>" not in svg and "&lt;i&gt;x&lt;/i&gt;" in svg and "&lt;5</text>" in svg
    assert 'id="chart-title">&lt;title&gt;</title>' in svg


@pytest.mark.parametrize(
    "query",
    [
        "date_from=9999-01-01&date_to=9999-12-31",
        "date_from=9999-12-31&date_to=9999-12-31",
        "date_from=0001-01-01&date_to=0001-12-31",
    ],
)
def test_dates_at_the_ends_of_the_calendar_are_refused_with_a_message(client, consultant, query):
    client.force_login(consultant)
    response = client.get(f"/admin/hotline/statistics/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Убедитесь, что это значение" in html  # Django's own translated limit message
    assert client.get(f"/admin/hotline/statistics/csv/?{query}").status_code == 200


def test_a_phone_consultation_counts_by_channel_age_group_and_gender(
    client, consultant, known_data
):
    add(
        "LS-0000-0008",
        at(2025, 2, 14),
        received_via="phone",
        contact_channel="",
        contact_value="",
        age_group="25_34",
        gender="female",
    )
    data = statistics.collect(date(2025, 1, 1), date(2025, 3, 31))
    assert data["total"] == 5
    received = section(data, "received_via")
    assert (received["web"], received["phone"], received["viber"]) == (4, 1, 0)
    assert section(data, "age_group")["25_34"] == 1
    assert section(data, "age_group")["not_said"] == 4
    assert section(data, "gender") == {"not_said": 4, "female": 1, "male": 0, "other": 0}
    assert section(data, "channel")[""] == 1
    client.force_login(consultant)
    html = page_html(client, "/admin/hotline/statistics/?date_from=2025-01-01&date_to=2025-03-31")
    assert_contains(html, "Канал обращения", "Возрастная группа", "Пол")
    assert "<td>Звонок по телефону</td><td>1</td>" in html
    assert "<td>Женщина</td><td>1</td>" in html


def test_median_time_to_first_response_per_month(client, consultant, db):
    # January: answered after 2, 4 and 30 hours (median 4); February: 1 and 2 (1.5);
    # March: none answered yet. A spam request answered late is left out.
    for number, hours in enumerate([2, 4, 30]):
        created = at(2025, 1, 5 + number)
        add(f"LS-0000-01{number}", created, first_response_at=created + timedelta(hours=hours))
    for number, hours in enumerate([1, 2]):
        created = at(2025, 2, 5 + number)
        add(f"LS-0000-02{number}", created, first_response_at=created + timedelta(hours=hours))
    add("LS-0000-0300", at(2025, 3, 5))
    created = at(2025, 2, 9)
    add("LS-0000-0301", created, status="spam", first_response_at=created + timedelta(days=9))
    data = statistics.collect(date(2025, 1, 1), date(2025, 3, 31))
    assert [(key, hours) for key, _label, hours in data["median_first_response"]] == [
        ("2025-01", 4.0),
        ("2025-02", 1.5),
        ("2025-03", None),
    ]
    client.force_login(consultant)
    html = page_html(client, "/admin/hotline/statistics/?date_from=2025-01-01&date_to=2025-03-31")
    assert "Медианное время до первого ответа" in html
    assert "<td>4.0</td>" in html or "<td>4,0</td>" in html
    response = client.get("/admin/hotline/statistics/csv/?date_from=2025-01-01&date_to=2025-03-31")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert ["median_first_response_hours", "2025-02", rows[-2][2], "1.5"] == rows[-2]
    assert rows[-1][0::3] == ["median_first_response_hours", ""]


def chart_of(html):
    start = html.index('<svg class="hotline-chart')
    return html[start : html.index("</svg>", start)]


def test_the_chart_reads_on_a_phone_with_month_names(client, consultant, known_data):
    client.force_login(consultant)
    html = page_html(client, "/admin/hotline/statistics/?date_from=2025-01-01&date_to=2025-03-31")
    chart = chart_of(html)
    # Drawn at a phone's width: its text shows at least 12 px on a 375-px screen.
    width = int(re.search(r'viewBox="0 0 (\d+) ', chart).group(1))
    sizes = [int(size) for size in re.findall(r'font-size="(\d+)"', chart)]
    assert width <= 375 and min(sizes) * 340 / width >= 12
    for month in ("Январь 2025", "Февраль 2025", "Март 2025"):
        assert month in chart
    assert "2025-01" not in chart


def test_the_page_opens_on_the_last_period_that_has_requests(client, consultant, known_data):
    # The data is from 2025; nothing arrived in the last twelve months.
    client.force_login(consultant)
    html = page_html(client, "/admin/hotline/statistics/")
    assert 'value="2024-05-01"' in html and 'value="2025-04-30"' in html
    assert "6 обращений за этот период." in html
    assert "Апрель 2025" in chart_of(html)
