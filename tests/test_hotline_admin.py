"""The consultants' side in the Wagtail admin: who sees what, handling, audit log, exports."""

import csv
import io
from datetime import UTC, datetime, timedelta
from html import unescape

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.utils import timezone, translation
from django.utils.text import capfirst
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from hotline.models import ConsultationRequest, InternalNote
from tests.hotline_support import PERSONAL_MARKERS, case_update, form_data
from tests.support import LANGUAGES, page_html

LIST = "/admin/hotline/requests/"
STATS = "/admin/hotline/statistics/"


def make_request(**fields):
    values = {
        "reference_code": f"LS-TEST-{ConsultationRequest.objects.count():04d}",
        "language": "ru",
        "topic": "employment",
        "country": "DE",
        "contact_channel": "email",
        "contact_value": "alesia.private@example.org",
        "name": "Alesia Testname",
        "safe_times": "weekdays after 18:00 secretword",
        "message": "My employer keeps my passport. Unique-message-marker-7731.",
        "form_token": f"token-{ConsultationRequest.objects.count()}",
    }
    values.update(fields)
    return ConsultationRequest.objects.create(**values)


def user_in(django_user_model, username, group=None, **extra):
    user = django_user_model.objects.create_user(username=username, password="pw", **extra)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def people(db, django_user_model):
    return {
        "editor": user_in(django_user_model, "editor", "Editors"),
        "moderator": user_in(django_user_model, "moderator", "Moderators"),
        "consultant": user_in(django_user_model, "consultant", "Hotline consultants"),
        "superuser": django_user_model.objects.create_superuser("boss", "boss@example.org", "pw"),
    }


@pytest.fixture
def request_obj(db):
    return make_request(is_urgent=True)


# Every screen that shows or changes hotline requests, as urls_for names them.
REQUEST_SCREENS = (
    "list",
    "detail",
    "edit",
    "export_csv",
    "export_xlsx",
    "statistics",
    "statistics_csv",
    "history",
)


def urls_for(obj):
    return {
        "list": ("get", LIST),
        "detail": ("get", f"{LIST}edit/{obj.pk}/"),
        "edit": ("post", f"{LIST}edit/{obj.pk}/"),
        "export_csv": ("get", f"{LIST}?export=csv"),
        "export_xlsx": ("get", f"{LIST}?export=xlsx"),
        "statistics": ("get", STATS),
        "statistics_csv": ("get", f"{STATS}csv/"),
        "history": ("get", f"{LIST}history/{obj.pk}/"),
    }


def test_consultants_group_has_exactly_the_needed_permissions(db):
    group = Group.objects.get(name="Hotline consultants")
    codenames = {
        f"{perm.content_type.app_label}.{perm.codename}" for perm in group.permissions.all()
    }
    assert codenames == {
        "hotline.view_consultationrequest",
        "hotline.add_consultationrequest",
        "hotline.change_consultationrequest",
        "hotline.view_statistics",
        "wagtailadmin.access_admin",
    }


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_have_no_hotline_permission(db, group):
    # On requests and statistics; the form's settings (its introduction) are the Moderators',
    # and so is recounting the published figures (which shows no request).
    assert (
        not Permission.objects.filter(group__name=group, content_type__app_label="hotline")
        .exclude(content_type__model__in=["hotlineformsettings", "statisticssnapshot"])
        .exists()
    )
    recount = Permission.objects.filter(group__name=group, codename="recompute_statistics")
    assert recount.exists() == (group == "Moderators")


INTRO_BE = (
    '{"blocks": [{"key": "a1b2c", "type": "unstyled", "text": "Уступ-маркер-be", "depth": 0,'
    ' "inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}'
)


def form_settings_url():
    from wagtail.models import Site

    return (
        f"/admin/settings/hotline/hotlineformsettings/{Site.objects.get(is_default_site=True).pk}/"
    )


@pytest.mark.parametrize("who", ["moderator", "superuser"])
def test_moderators_can_edit_the_form_introduction_in_each_language(client, people, home_page, who):
    from wagtail.models import Site

    from hotline.models import HotlineFormSettings

    client.force_login(people[who])
    url = form_settings_url()
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    for language in LANGUAGES:
        assert f'name="intro_{language}"' in html
    response = client.post(url, {"intro_ru": "null", "intro_be": INTRO_BE, "intro_en": "null"})
    assert response.status_code == 302
    site = Site.objects.get(is_default_site=True)
    assert "Уступ-маркер-be" in HotlineFormSettings.for_site(site).intro_be
    assert "Уступ-маркер-be" in client.get("/be/hotline/").content.decode()


def test_a_superuser_edits_both_hotline_settings_in_every_language(client, people, home_page):
    # The form's introduction and the contacts in the header are edited the same way:
    # one input per language for each translated field, and none without a language.
    from modeltranslation.translator import translator
    from wagtail.models import Site
    from wagtail.test.utils.form_data import rich_text

    from hotline.models import HotlineFormSettings
    from pages.models import HotlineContacts

    site = Site.objects.get(is_default_site=True)
    client.force_login(people["superuser"])
    untranslated = {
        HotlineFormSettings: {"privacy_page": ""},
        HotlineContacts: {
            "phone_belarus": "8 801 100 8 801",
            "phone_abroad": "+375 17 000 00 00",
            "email": "hotline@example.org",
            "viber": "",
            "telegram": "",
            "whatsapp": "",
            "browsing_safely_page": "",
        },
    }
    for model, data in untranslated.items():
        url = f"/admin/settings/{model._meta.app_label}/{model._meta.model_name}/{site.pk}/"
        translated = translator.get_options_for_model(model).fields
        html = client.get(url).content.decode()
        for field in translated:
            assert f'name="{field}"' not in html
            for code in LANGUAGES:
                assert f'name="{field}_{code}"' in html
        typed = {
            f"{field}_{code}": f"{field}-marker-{code}"
            for field in translated
            for code in LANGUAGES
        }
        if model is HotlineFormSettings:
            # The introduction is rich text; the response time plain text.
            typed = {
                name: rich_text(f"<p>{text}</p>") if name.startswith("intro_") else text
                for name, text in typed.items()
            }

        response = client.post(url, {**data, **typed})

        assert response.status_code == 302
        # The message agrees with the setting's name, whatever its gender or number.
        with translation.override("ru"):
            name = capfirst(model._meta.verbose_name)
        assert f"{name}: изменения сохранены." in unescape(
            client.get(response["Location"]).content.decode()
        )
        stored = model.for_site(site)
        for field in translated:
            for code in LANGUAGES:
                assert f"{field}-marker-{code}" in getattr(stored, f"{field}_{code}")
    for code in LANGUAGES:
        html = client.get(f"/{code}/hotline/").content.decode()
        assert f"intro-marker-{code}" in html
        assert f"hours-marker-{code}" in html


def test_editors_cannot_change_what_people_in_danger_read_on_the_form(client, people, home_page):
    # Settings go live without moderation, so only Moderators may change the form's text.
    from wagtail.models import Site

    from hotline.models import HotlineFormSettings

    client.force_login(people["editor"])
    url = form_settings_url()
    assert client.get(url).status_code in (302, 403)
    client.post(url, {"intro_ru": "null", "intro_be": INTRO_BE, "intro_en": "null"})
    site = Site.objects.get(is_default_site=True)
    assert "Уступ-маркер-be" not in (HotlineFormSettings.for_site(site).intro_be or "")
    assert "Уступ-маркер-be" not in client.get("/be/hotline/").content.decode()


@pytest.mark.parametrize(
    "action",
    ["list", "detail", "edit", "export_csv", "export_xlsx", "statistics", "statistics_csv"],
)
def test_anonymous_is_sent_to_the_login_page(client, request_obj, action):
    method, url = urls_for(request_obj)[action]
    response = getattr(client, method)(url, {"status": "spam"} if method == "post" else None)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    request_obj.refresh_from_db()
    assert request_obj.status == "new"


@pytest.mark.parametrize("who", ["editor", "moderator"])
@pytest.mark.parametrize(
    "action",
    REQUEST_SCREENS,
)
def test_editors_and_moderators_see_nothing(client, people, request_obj, who, action):
    client.force_login(people[who])
    method, url = urls_for(request_obj)[action]
    response = getattr(client, method)(url, {"status": "spam"} if method == "post" else None)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    body = response.content.decode()
    assert request_obj.reference_code not in body
    request_obj.refresh_from_db()
    assert request_obj.status == "new"
    assert not ModelLogEntry.objects.filter(action="hotline.view").exists()


@pytest.mark.parametrize("who", ["consultant", "superuser"])
@pytest.mark.parametrize(
    "action",
    ["list", "detail", "export_csv", "export_xlsx", "statistics", "statistics_csv", "history"],
)
def test_consultants_and_superusers_can_open_everything(client, people, request_obj, who, action):
    client.force_login(people[who])
    method, url = urls_for(request_obj)[action]
    response = client.get(url)
    assert response.status_code == 200
    if action in ("list", "detail", "history"):
        assert request_obj.reference_code in response.content.decode()


@pytest.mark.parametrize("who", ["consultant", "superuser"])
def test_consultants_and_superusers_can_change_a_request(client, people, request_obj, who):
    client.force_login(people[who])
    response = client.post(
        f"{LIST}edit/{request_obj.pk}/",
        {"action": "handle", "status": "in_progress", "assignee": people["consultant"].pk},
    )
    assert response.status_code == 302
    request_obj.refresh_from_db()
    assert request_obj.status == "in_progress"
    assert request_obj.assignee == people["consultant"]


def test_hotline_menu_only_for_those_allowed(client, people):
    client.force_login(people["consultant"])
    home = client.get("/admin/").content.decode()
    assert LIST in home and STATS in home
    client.force_login(people["editor"])
    home = client.get("/admin/").content.decode()
    assert LIST not in home and STATS not in home


def test_the_queue_holds_open_requests_urgent_first_then_the_oldest(client, people):
    now = timezone.now()
    newest = make_request(created_at=now)
    urgent = make_request(is_urgent=True, created_at=now - timedelta(hours=2))
    oldest = make_request(created_at=now - timedelta(days=3))
    older = make_request(status="waiting", created_at=now - timedelta(days=1))
    wrote_back = make_request(status="needs_action", created_at=now - timedelta(hours=1))
    hidden = {
        status: make_request(status=status, created_at=now - timedelta(days=4))
        for status in ("answered", "closed", "spam", "suspected_spam")
    }
    client.force_login(people["consultant"])
    html = client.get(LIST).content.decode()
    positions = [
        html.index(obj.reference_code) for obj in (urgent, oldest, older, wrote_back, newest)
    ]
    assert positions == sorted(positions)
    for obj in hidden.values():
        assert obj.reference_code not in html
    # The list shows no personal data.
    for marker in PERSONAL_MARKERS:
        assert marker not in html
    # Answered, closed and spam requests are one filter away; suspected spam has its own.
    everything = client.get(f"{LIST}?status=all").content.decode()
    for status in ("answered", "closed", "spam"):
        assert hidden[status].reference_code in everything
    assert hidden["suspected_spam"].reference_code not in everything
    closed = client.get(f"{LIST}?status=closed").content.decode()
    assert hidden["closed"].reference_code in closed and newest.reference_code not in closed


def test_urgency_is_a_red_label_in_words_never_a_tick(client, people):
    make_request(is_urgent=True)
    make_request()
    client.force_login(people["consultant"])
    html = client.get(LIST).content.decode()
    assert html.count('<span class="hotline-urgent">В опасности сейчас</span>') == 1
    for sign in ("icon-success", "icon-error", "icon-tick", "icon-cross", "True", "False"):
        assert sign not in html.split('<table class="listing', 1)[1].split("</table>")[0]


@pytest.mark.parametrize(
    "query,expected",
    [
        ("status=waiting", {"waiting"}),
        ("topic=study", {"study"}),
        ("country=TR", {"turkey"}),
        ("is_urgent=true", {"urgent"}),
        ("is_abroad=true", {"abroad"}),
        ("language=be", {"be"}),
        ("assignee={consultant}", {"assigned"}),
        ("created_at_from={ten_days_ago}&created_at_to={three_days_ago}", {"old"}),
        ("q=LS-WAIT", {"waiting"}),
    ],
)
def test_filters_and_search(client, people, query, expected):
    now = timezone.now()
    made = {
        "waiting": make_request(reference_code="LS-WAIT-0001", status="waiting"),
        "study": make_request(topic="study"),
        "turkey": make_request(country="TR"),
        "urgent": make_request(is_urgent=True),
        "abroad": make_request(is_abroad=True),
        "be": make_request(language="be"),
        "assigned": make_request(assignee=people["consultant"]),
        "old": make_request(created_at=now - timedelta(days=5)),
    }
    # Everything not singled out is an unremarkable new request from today.
    query = query.format(
        consultant=people["consultant"].pk,
        ten_days_ago=(now - timedelta(days=10)).date().isoformat(),
        three_days_ago=(now - timedelta(days=3)).date().isoformat(),
    )
    client.force_login(people["consultant"])
    response = client.get(f"{LIST}?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    shown = {key for key, obj in made.items() if obj.reference_code in html}
    assert shown == expected


@pytest.mark.parametrize(
    "query",
    ["created_at_from=0001-01-01", "created_at_to=9999-12-31", "created_at_from=9999-12-31"],
)
def test_dates_at_the_ends_of_the_calendar_do_not_break_the_list(client, people, query):
    obj = make_request()
    client.force_login(people["consultant"])
    response = client.get(f"{LIST}?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Убедитесь, что это значение" in html
    # The refused filter is not applied: the request is still listed.
    assert obj.reference_code in html


def test_detail_view_shows_the_request_and_is_logged_without_personal_data(
    client, people, request_obj
):
    client.force_login(people["consultant"])
    response = client.get(f"{LIST}edit/{request_obj.pk}/")
    html = unescape(response.content.decode())
    assert response.status_code == 200
    for marker in PERSONAL_MARKERS:
        assert marker in html
    entry = ModelLogEntry.objects.get(action="hotline.view")
    assert entry.user == people["consultant"]
    assert entry.object_id == str(request_obj.pk)
    assert entry.label == request_obj.reference_code
    assert entry.timestamp is not None
    stored = f"{entry.label} {entry.data}"
    for marker in PERSONAL_MARKERS:
        assert marker not in stored
    # Each opening is another entry.
    client.get(f"{LIST}edit/{request_obj.pk}/")
    assert ModelLogEntry.objects.filter(action="hotline.view").count() == 2


def test_change_of_status_and_assignee_is_saved_timed_and_logged(client, people, request_obj):
    client.force_login(people["consultant"])
    url = f"{LIST}edit/{request_obj.pk}/"
    response = case_update(client, url, status="answered", assignee=str(people["consultant"].pk))
    assert response.status_code == 302
    assert response["Location"] == url + "#update"
    request_obj.refresh_from_db()
    assert request_obj.status == "answered"
    assert request_obj.first_response_at is not None
    assert request_obj.closed_at is None
    entry = ModelLogEntry.objects.get(action="hotline.change")
    assert entry.user == people["consultant"]
    assert entry.data == {
        "changes": {
            "status": {"from": "new", "to": "answered"},
            "assignee": {"from": "", "to": "consultant"},
        }
    }
    first_response = request_obj.first_response_at
    case_update(client, url, status="closed", assignee="", is_urgent=None)
    request_obj.refresh_from_db()
    assert request_obj.status == "closed" and request_obj.closed_at is not None
    assert request_obj.first_response_at == first_response
    assert request_obj.assignee is None
    assert request_obj.is_urgent is False
    # The history page lists the changes in words.
    history = unescape(client.get(f"{LIST}history/{request_obj.pk}/").content.decode())
    assert (
        "Изменено: статус Дан ответ → Закрыто; ответственный consultant → —; "
        "в опасности сейчас да → нет" in history
    )
    assert ModelLogEntry.objects.filter(action="hotline.change").count() == 2


def test_a_change_made_meanwhile_by_a_colleague_is_not_undone(client, people, request_obj):
    client.force_login(people["consultant"])
    url = f"{LIST}edit/{request_obj.pk}/"
    page = client.get(url).content.decode()
    # A colleague takes the request while this page is open.
    ConsultationRequest.objects.filter(pk=request_obj.pk).update(assignee=people["superuser"])
    data = form_data(page, "hotline-case-form")
    data.update(status="in_progress")
    assert client.post(url, data).status_code == 302
    request_obj.refresh_from_db()
    assert request_obj.status == "in_progress"
    assert request_obj.assignee == people["superuser"]


def test_invalid_status_is_refused_with_a_message(client, people, request_obj):
    client.force_login(people["consultant"])
    response = client.post(f"{LIST}edit/{request_obj.pk}/", {"action": "handle", "status": "gone"})
    assert response.status_code == 200
    request_obj.refresh_from_db()
    assert request_obj.status == "new"
    assert not ModelLogEntry.objects.filter(action="hotline.change").exists()


def test_notes_are_added_logged_and_never_public(client, people, request_obj):
    client.force_login(people["consultant"])
    url = f"{LIST}edit/{request_obj.pk}/"
    response = case_update(client, url, text="Called back, no answer. note-marker-55")
    assert response.status_code == 302
    note = InternalNote.objects.get()
    assert note.author == people["consultant"] and note.request == request_obj
    html = client.get(url).content.decode()
    assert "note-marker-55" in html
    assert "Внутренняя заметка" in html
    entry = ModelLogEntry.objects.get(action="hotline.add_note")
    assert entry.data == {"note": note.pk}
    assert "note-marker-55" not in str(entry.data)
    # Blank text adds nothing.
    case_update(client, url, text="  ")
    assert InternalNote.objects.count() == 1
    assert not request_obj.messages.exists()


def export_rows(response):
    raw = b"".join(response.streaming_content)
    return raw, list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_csv_export_has_statistics_fields_only(client, people):
    obj = make_request(is_urgent=True, country="TR", topic="crisis")
    client.force_login(people["consultant"])
    response = client.get(f"{LIST}?export=csv")
    assert response.status_code == 200
    raw, rows = export_rows(response)
    assert len(rows) == 2
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Код обращения"] == obj.reference_code
    assert row["Код страны"] == "TR"
    assert row["Страна"] == "Турция"
    assert row["Тема"] == "Беда за рубежом или эксплуатация"
    for marker in PERSONAL_MARKERS:
        assert marker.encode() not in raw


def test_the_csv_opens_in_a_spreadsheet_with_cyrillic_local_time_and_words(client, people):
    # 2026-03-01 09:05:30.123456 UTC is 12:05 in Minsk.
    received = datetime(2026, 3, 1, 9, 5, 30, 123456, tzinfo=UTC)
    make_request(
        is_urgent=True,
        is_abroad=False,
        created_at=received,
        status="closed",
        closed_at=received + timedelta(hours=1),
    )
    client.force_login(people["consultant"])
    response = client.get(f"{LIST}?export=csv&status=all")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    raw, rows = export_rows(response)
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "Код обращения".encode() in raw
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Получен"] == "2026-03-01 12:05"
    assert row["Закрыт"] == "2026-03-01 13:05"
    assert row["В опасности сейчас"] == "да"
    assert row["Сейчас за рубежом"] == "нет"
    for never in (b"True", b"False", b"+00:00", b".123456"):
        assert never not in raw


def test_xlsx_export_has_statistics_fields_only(client, people, request_obj):
    client.force_login(people["consultant"])
    response = client.get(f"{LIST}?export=xlsx")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    values = [str(cell) for row in workbook.active.iter_rows(values_only=True) for cell in row]
    assert request_obj.reference_code in values
    for marker in PERSONAL_MARKERS:
        assert not any(marker in value for value in values)


def test_export_follows_the_filters(client, people):
    make_request(reference_code="LS-KEEP-0001", topic="study")
    make_request(reference_code="LS-DROP-0001", topic="travel")
    client.force_login(people["consultant"])
    response = client.get(f"{LIST}?export=csv&topic=study")
    content = b"".join(response.streaming_content).decode()
    assert "LS-KEEP-0001" in content and "LS-DROP-0001" not in content


def test_no_adding_or_deleting_requests_in_the_admin(client, people, request_obj):
    client.force_login(people["superuser"])
    assert client.get(f"{LIST}new/", follow=True).status_code == 404
    assert client.post(f"{LIST}delete/{request_obj.pk}/", follow=True).status_code == 404
    assert ConsultationRequest.objects.filter(pk=request_obj.pk).exists()


def test_site_history_report_hides_hotline_entries_from_editors(client, people, request_obj):
    client.force_login(people["consultant"])
    client.get(f"{LIST}edit/{request_obj.pk}/")
    assert ModelLogEntry.objects.filter(action="hotline.view").count() == 1
    client.force_login(people["superuser"])
    assert request_obj.reference_code in client.get("/admin/reports/site-history/").content.decode()
    client.force_login(people["editor"])
    response = client.get("/admin/reports/site-history/")
    assert response.status_code in (200, 302)
    assert request_obj.reference_code not in response.content.decode()


@pytest.mark.parametrize("spreadsheet_format", ["csv", "xlsx"])
def test_export_is_written_to_the_audit_log_for_each_exported_request(
    client, people, spreadsheet_format
):
    kept = make_request(reference_code="LS-KEEP-0002", topic="study")
    make_request(reference_code="LS-DROP-0002", topic="travel")
    client.force_login(people["consultant"])
    response = client.get(f"{LIST}?export={spreadsheet_format}&topic=study")
    assert response.status_code == 200
    b"".join(response.streaming_content)
    entries = ModelLogEntry.objects.filter(action="hotline.export")
    assert [(entry.object_id, entry.label) for entry in entries] == [(str(kept.pk), "LS-KEEP-0002")]
    entry = entries.get()
    assert entry.user == people["consultant"]
    assert entry.data == {"format": spreadsheet_format, "export": entry.data["export"]}
    # The request's own history names the export, translated.
    client.force_login(people["superuser"])
    history = client.get(f"{LIST}history/{kept.pk}/").content.decode()
    assert "Включено в выгрузку" in history


def test_every_exported_request_shows_the_export_in_its_history(client, people):
    exported = [make_request(reference_code=f"LS-EXPO-000{n}", topic="study") for n in (2, 3, 4)]
    client.force_login(people["consultant"])
    b"".join(client.get(f"{LIST}?export=csv&topic=study").streaming_content)
    entries = ModelLogEntry.objects.filter(action="hotline.export")
    assert len({entry.data["export"] for entry in entries}) == 1
    client.force_login(people["superuser"])
    for obj in exported:
        assert "Включено в выгрузку" in client.get(f"{LIST}history/{obj.pk}/").content.decode()


@pytest.mark.parametrize("who", ["editor", "moderator"])
def test_editors_and_moderators_see_no_request_anywhere_else(client, people, request_obj, who):
    # The views a listing or a history loads by itself, the audit log and its export,
    # and the dashboard's panels: none names a request to an editor or a moderator.
    client.force_login(people["consultant"])
    client.get(f"{LIST}edit/{request_obj.pk}/")
    client.post(f"{LIST}edit/{request_obj.pk}/", {"action": "handle", "status": "in_progress"})
    assert ModelLogEntry.objects.filter(object_id=str(request_obj.pk)).count() == 2
    client = Client()  # another browser: the consultant's flash message is not theirs
    client.force_login(people[who])
    for url in (f"{LIST}results/", f"{LIST}history-results/{request_obj.pk}/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == "/admin/"
    for url in (
        "/admin/",
        "/admin/reports/site-history/?action=hotline.view",
        "/admin/reports/site-history/results/",
        "/admin/reports/site-history/?export=csv",
    ):
        assert request_obj.reference_code not in page_html(client, url), url


def test_suspected_spam_waits_outside_the_main_queue(superuser_client):
    kept = make_request(reference_code="LS-KEPT-0001")
    suspected = make_request(reference_code="LS-SUSP-0001", status="suspected_spam")
    queue = superuser_client.get(LIST).content.decode()
    assert kept.reference_code in queue and suspected.reference_code not in queue
    listed = superuser_client.get(LIST, {"status": "suspected_spam"}).content.decode()
    assert suspected.reference_code in listed and kept.reference_code not in listed
    detail = superuser_client.get(f"{LIST}edit/{suspected.pk}/").content.decode()
    assert "Скрытое поле формы для защиты от ботов было заполнено" in detail
    # A consultant who sees a person wrote it moves it into the queue.
    superuser_client.post(f"{LIST}edit/{suspected.pk}/", {"action": "handle", "status": "new"})
    assert suspected.reference_code in superuser_client.get(LIST).content.decode()
