"""After the purge nothing matches an erased request to a line of a server's log: not
the form token, not the thank-you address, not the time of an audit entry."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Site

from hotline.models import ConsultationRequest
from hotline.models.requests import start_of_day
from tests.hotline_support import set_contacts, valid_data


def sent(client, language="en"):
    response = client.post(f"/{language}/hotline/", valid_data())
    assert response.status_code == 303
    return ConsultationRequest.objects.get(), response["Location"]


def age(consultation, days=400):
    old = timezone.now() - timedelta(days=days)
    ConsultationRequest.objects.filter(pk=consultation.pk).update(
        status="closed", closed_at=old, created_at=old
    )


def entries_of(consultation):
    return ModelLogEntry.objects.filter(object_id=str(consultation.pk))


@pytest.fixture
def site(home_page, settings):
    settings.HOTLINE_RETENTION_DAYS = 365
    site = Site.objects.get(is_default_site=True)
    set_contacts(site)
    return site


@pytest.mark.django_db
def test_the_purge_replaces_the_form_token(client, site):
    consultation, _location = sent(client)
    token = consultation.form_token
    age(consultation)
    call_command("purge_hotline_data", stdout=StringIO())
    consultation.refresh_from_db()
    assert consultation.is_erased
    assert consultation.form_token != token and len(consultation.form_token) == 64
    assert not ConsultationRequest.objects.filter(form_token=token).exists()


@pytest.mark.django_db
def test_the_thank_you_address_of_a_purged_request_opens_nothing(client, site):
    consultation, location = sent(client)
    assert client.get(location).status_code == 200
    age(consultation)
    call_command("purge_hotline_data", stdout=StringIO())
    assert client.get(location).status_code == 404


@pytest.mark.django_db
def test_audit_entries_of_a_purged_request_keep_the_day_not_the_time(client, site):
    consultation, _location = sent(client)
    moment = timezone.now().replace(hour=15, minute=37, second=12)
    log(consultation, "hotline.view")
    entries_of(consultation).update(timestamp=moment)
    age(consultation)
    call_command("purge_hotline_data", stdout=StringIO())

    entries = list(entries_of(consultation))
    assert {entry.action for entry in entries} >= {"hotline.view", "hotline.purge"}
    for entry in entries:
        assert entry.timestamp == start_of_day(entry.timestamp), entry.action
    viewed = next(entry for entry in entries if entry.action == "hotline.view")
    assert viewed.timestamp == start_of_day(moment)


@pytest.mark.django_db
def test_audit_entries_of_a_request_kept_keep_their_time(client, site):
    consultation, _location = sent(client)
    moment = timezone.now().replace(hour=15, minute=37, second=12, microsecond=0)
    log(consultation, "hotline.view")
    entries_of(consultation).update(timestamp=moment)
    call_command("purge_hotline_data", stdout=StringIO())
    assert [entry.timestamp for entry in entries_of(consultation)] == [moment]
