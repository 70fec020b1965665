"""Logging a consultation, follow-ups and linking consultations in the admin."""

import datetime

import pytest
from django.utils import timezone, translation
from django.utils.translation import ngettext
from wagtail.models import ModelLogEntry

from hotline.linking import LinkFormatter, UnlinkFormatter, normalise_code
from hotline.models import ConsultationRequest, InternalNote
from tests.hotline_support import case_update, in_language, text_of
from tests.test_hotline_admin import LIST, make_request, people  # noqa: F401

LOG = "/admin/hotline/log/"


def due_count_text(count):
    with translation.override("ru"):
        return ngettext(
            "%(counter)s of your follow-ups due today or overdue",
            "%(counter)s of your follow-ups due today or overdue",
            count,
        ) % {"counter": count}


NOTE = "Caller-note-marker-5521 about her employer"


def phone_call(**overrides):
    data = {
        "received_via": "phone",
        "topic": "employment",
        "country": "DE",
        "language": "ru",
        "is_abroad": "on",
        "age_group": "25_34",
        "gender": "female",
        "notes": NOTE,
        "follow_up_on": "",
        "status": "in_progress",
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_a_consultant_logs_a_phone_consultation_and_finds_it_in_the_list(
    client,
    people,  # noqa: F811
):
    client.force_login(people["consultant"])
    assert client.get(LOG).status_code == 200
    response = client.post(LOG, phone_call(), follow=True)
    consultation = ConsultationRequest.objects.get()
    assert consultation.received_via == "phone" and consultation.status == "in_progress"
    assert consultation.assignee == people["consultant"]
    assert consultation.reference_code in text_of(response)
    assert InternalNote.objects.get(request=consultation).text == NOTE
    entry = ModelLogEntry.objects.get(action="hotline.log")
    assert NOTE not in str(entry.data) and NOTE not in entry.label
    listing = text_of(client.get(LIST))
    assert consultation.reference_code in listing and in_language("ru", "Phone call") in listing
    assert NOTE not in listing
    assert consultation.reference_code in text_of(client.get(LIST, {"received_via": "phone"}))
    assert consultation.reference_code not in text_of(client.get(LIST, {"received_via": "web"}))
    assert LOG in text_of(client.get(LIST))


@pytest.mark.django_db
def test_the_consultant_chooses_the_status_and_finds_the_usual_countries_first(
    client,
    people,  # noqa: F811
):
    client.force_login(people["consultant"])
    form = text_of(client.get(LOG))
    usual = form.index(in_language("ru", "Usual destinations"))
    everything = form.index(in_language("ru", "All countries"))
    with translation.override("ru"):
        from pages.tools.country_names import country_name

        for code in ("RU", "PL", "LT", "DE"):
            assert usual < form.index(f'value="{code}">{country_name(code)}') < everything
    # Web-only fields (name, contact, safe-contact wishes, consent) are not asked.
    for field in ("name", "contact_value", "may_call", "safe_times", "consent"):
        assert f'name="{field}"' not in form
    client.post(LOG, phone_call(status="closed", country="PL"))
    consultation = ConsultationRequest.objects.get()
    assert consultation.status == "closed" and consultation.closed_at is not None
    assert consultation.country == "PL"
    # Spam is not something a consultant logs.
    refused = client.post(LOG, phone_call(status="spam"))
    assert refused.status_code == 200 and ConsultationRequest.objects.count() == 1
    # The case screen of a logged consultation shows no web form's contact wishes.
    screen = text_of(client.get(consultation.get_admin_url()))
    assert in_language("ru", "How this person may be contacted") not in screen
    assert in_language("ru", "Language of the consultation") in screen


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["editor", "moderator"])
def test_editors_and_moderators_cannot_log_a_consultation(client, people, who):  # noqa: F811
    client.force_login(people[who])
    assert client.get(LOG).status_code in (302, 403)
    assert client.post(LOG, phone_call()).status_code in (302, 403)
    assert not ConsultationRequest.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_bad_input_gets_translated_errors(client, people, language):  # noqa: F811
    client.force_login(people["consultant"])
    client.cookies["django_language"] = language
    yesterday = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    response = client.post(
        LOG,
        phone_call(received_via="web", topic="", follow_up_on=yesterday),
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert response.status_code == 200
    assert in_language(language, "Choose the topic of the consultation.") in text_of(response)
    assert in_language(language, "The follow-up date cannot be in the past.") in text_of(response)
    assert not ConsultationRequest.objects.exists()


@pytest.mark.django_db
def test_follow_ups_due_are_filtered_changed_logged_and_counted_on_the_dashboard(
    client,
    people,  # noqa: F811
):
    today = timezone.localdate()
    mine = people["consultant"]
    due = make_request(reference_code="LS-DUEE-0001", follow_up_on=today, assignee=mine)
    late = make_request(
        reference_code="LS-LATE-0001",
        follow_up_on=today - datetime.timedelta(days=3),
        assignee=mine,
    )
    make_request(
        reference_code="LS-SOON-0001",
        follow_up_on=today + datetime.timedelta(days=3),
        assignee=mine,
    )
    make_request(reference_code="LS-SHUT-0001", follow_up_on=today, status="closed", assignee=mine)
    make_request(reference_code="LS-NONE-0001")
    client.force_login(mine)
    listing = text_of(client.get(LIST, {"follow_up": "due"}))
    assert "LS-DUEE-0001" in listing and "LS-LATE-0001" in listing
    assert "LS-SOON-0001" not in listing and "LS-SHUT-0001" not in listing
    assert "LS-NONE-0001" not in listing
    any_set = text_of(client.get(LIST, {"follow_up": "any"}))
    assert "LS-SOON-0001" in any_set and "LS-NONE-0001" not in any_set
    dashboard = text_of(client.get("/admin/"))
    assert due_count_text(2) in dashboard and "follow_up=due" in dashboard

    new_day = (today + datetime.timedelta(days=7)).isoformat()
    case_update(client, due.get_admin_url(), follow_up_on=new_day)
    due.refresh_from_db()
    assert due.follow_up_on.isoformat() == new_day
    entry = ModelLogEntry.objects.get(action="hotline.change", object_id=due.pk)
    assert new_day in entry.data["changes"]["follow_up_on"]["to"]
    history = text_of(client.get(f"{LIST}history/{due.pk}/"))
    assert new_day in history
    assert due_count_text(1) in text_of(client.get("/admin/"))
    assert late.pk


@pytest.mark.django_db
def test_editors_see_no_follow_up_panel(client, people):  # noqa: F811
    make_request(follow_up_on=timezone.localdate(), assignee=people["consultant"])
    client.force_login(people["editor"])
    assert "follow_up=due" not in text_of(client.get("/admin/"))


def test_reference_codes_are_normalised():
    assert normalise_code(" ls 7kq2 m9xd ") == "LS-7KQ2-M9XD"
    assert normalise_code("7KQ2–M9XD") == "LS-7KQ2-M9XD"
    assert normalise_code("abc") == "ABC"


@pytest.mark.django_db
def test_linking_two_consultations_both_ways_and_unlinking(client, people):  # noqa: F811
    earlier = make_request(reference_code="LS-EARL-2345")
    later = make_request(reference_code="LS-LATR-2345")
    client.force_login(people["consultant"])
    response = case_update(client, later.get_admin_url(), reference_code="earl 2345")
    response = client.get(response["Location"])
    assert list(earlier.linked_requests.all()) == [later]
    assert "LS-EARL-2345" in text_of(response)
    assert "LS-LATR-2345" in text_of(client.get(earlier.get_admin_url()))
    entries = ModelLogEntry.objects.filter(action="hotline.link")
    assert {entry.data["code"] for entry in entries} == {"LS-EARL-2345", "LS-LATR-2345"}

    case_update(client, later.get_admin_url(), unlink=str(earlier.pk))
    assert not later.linked_requests.exists()
    assert ModelLogEntry.objects.filter(action="hotline.unlink").count() == 2
    bad = case_update(client, later.get_admin_url(), unlink="x")
    assert bad.status_code == 200
    assert in_language("ru", "These consultations are not linked.") in text_of(bad)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("LS-NOPE-2345", "No consultation has this reference code. Check it and try again."),
        ("LS-SELF-2345", "A consultation cannot be linked to itself."),
    ],
)
def test_bad_codes_are_refused_with_a_translated_message(client, people, code, message):  # noqa: F811
    consultation = make_request(reference_code="LS-SELF-2345")
    client.force_login(people["consultant"])
    response = case_update(client, consultation.get_admin_url(), reference_code=code)
    assert response.status_code == 200
    assert in_language("ru", message) in text_of(response)
    assert not consultation.linked_requests.exists()


@pytest.mark.django_db
def test_linking_twice_is_refused_and_the_history_names_the_codes(client, people):  # noqa: F811
    earlier = make_request(reference_code="LS-EARL-2345")
    later = make_request(reference_code="LS-LATR-2345")
    client.force_login(people["consultant"])
    case_update(client, later.get_admin_url(), reference_code="LS-EARL-2345")
    again = case_update(client, earlier.get_admin_url(), reference_code="LS-LATR-2345")
    assert in_language("ru", "These consultations are already linked.") in text_of(again)
    case_update(client, later.get_admin_url(), unlink=str(earlier.pk))
    link, unlink = (
        ModelLogEntry.objects.get(action=f"hotline.{action}", object_id=later.pk)
        for action in ("link", "unlink")
    )
    with translation.override("en"):
        assert LinkFormatter().format_message(link) == "Linked to LS-EARL-2345"
        assert UnlinkFormatter().format_message(unlink) == "Link to LS-EARL-2345 removed"
    # Both sides' history pages show the link, each naming the other code.
    for obj, other in ((later, "LS-EARL-2345"), (earlier, "LS-LATR-2345")):
        history = text_of(client.get(f"{LIST}history/{obj.pk}/", HTTP_ACCEPT_LANGUAGE="en"))
        for wording in ("Linked to %(code)s", "Link to %(code)s removed"):
            assert wording % {"code": other} in history
