"""Staff sessions: short-lived cookies, idle and daily limits, a real logout."""

import time

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from lastrada_site.staff.sessions import STARTED_KEY

PASSWORD = "a-long-enough-staff-password-1"  # noqa: S105
COOKIE = settings.SESSION_COOKIE_NAME


@pytest.fixture
def consultant(db, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(username="consultant", password=PASSWORD)
    user.groups.add(Group.objects.get(name="Hotline consultants"))
    return user


def signed_in_client(remember=False):
    client = Client()
    data = {"username": "consultant", "password": PASSWORD}
    if remember:
        data["remember"] = "on"
    response = client.post("/admin/login/", data)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    return client, response


def cookie_age(response):
    return int(response.cookies[COOKIE]["max-age"])


@pytest.mark.parametrize("remember", [False, True], ids=["plain", "remember-me"])
def test_the_session_cookie_lives_half_an_hour_from_the_last_request(consultant, remember):
    client, response = signed_in_client(remember)
    assert cookie_age(response) == settings.STAFF_SESSION_IDLE_SECONDS
    page = client.get("/admin/")
    assert page.status_code == 200
    assert cookie_age(page) == settings.STAFF_SESSION_IDLE_SECONDS
    session = Session.objects.get(session_key=client.cookies[COOKIE].value)
    assert session.expire_date <= timezone.now() + timezone.timedelta(minutes=30)


def test_an_idle_session_is_refused(consultant):
    client, _response = signed_in_client()
    Session.objects.update(expire_date=timezone.now() - timezone.timedelta(seconds=1))
    response = client.get("/admin/hotline/requests/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_session_ends_after_the_working_day_even_when_in_use(consultant):
    client, _response = signed_in_client()
    session = client.session
    session[STARTED_KEY] = int(time.time()) - settings.STAFF_SESSION_SECONDS - 1
    session.save()
    old_key = session.session_key
    response = client.get("/admin/hotline/requests/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert not Session.objects.filter(session_key=old_key).exists()


def test_near_the_end_of_the_day_the_cookie_lives_only_until_then(consultant):
    client, _response = signed_in_client()
    session = client.session
    session[STARTED_KEY] = int(time.time()) - settings.STAFF_SESSION_SECONDS + 600
    session.save()
    response = client.get("/admin/")
    assert response.status_code == 200
    assert 590 <= cookie_age(response) <= 600


def test_no_cookie_ever_lives_longer_than_a_working_day(consultant):
    assert settings.SESSION_COOKIE_AGE <= 8 * 3600
    _client, response = signed_in_client(remember=True)
    assert cookie_age(response) <= settings.STAFF_SESSION_SECONDS


def test_signing_out_deletes_the_session_on_the_server(consultant):
    client, _response = signed_in_client()
    stolen = client.cookies[COOKIE].value
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert not Session.objects.filter(session_key=stolen).exists()
    replay = Client()
    replay.cookies[COOKIE] = stolen
    response = replay.get("/admin/hotline/requests/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_signing_in_gives_a_new_session_id(consultant):
    client = Client()
    session = client.session
    session["planted"] = "by someone else"
    session.save()
    planted = session.session_key
    client.cookies[COOKIE] = planted
    client.post("/admin/login/", {"username": "consultant", "password": PASSWORD})
    assert client.cookies[COOKIE].value != planted
    assert "_auth_user_id" in client.session


@pytest.mark.parametrize("url", ["/ru/", "/en/hotline/", "/admin/login/"])
def test_visitors_get_no_session(home_page, url):
    response = Client().get(url)
    assert response.status_code == 200
    assert COOKIE not in response.cookies
