"""What the site leaves in a visitor's browser: cookies that say nothing and end with the session.

Someone who looks through a shared phone's browser later should find neither the
organisation's name nor a cookie that outlived the visit.
"""

from django.conf import settings


def cookie_outlives_the_session(cookie):
    return bool(cookie["expires"] or cookie["max-age"])


def test_reading_in_another_language_than_the_browsers_sets_no_cookie(client, home_page):
    response = client.get("/en/", HTTP_ACCEPT_LANGUAGE="ru")

    assert response.status_code == 200
    assert not response.cookies


def test_the_form_token_cookie_ends_with_the_browser_session(client, home_page):
    response = client.get("/ru/hotline/")

    assert response.status_code == 200
    cookie = response.cookies[settings.CSRF_COOKIE_NAME]
    assert cookie.value
    assert not cookie_outlives_the_session(cookie)
    assert not any("lastrada" in name.lower() for name in response.cookies)
