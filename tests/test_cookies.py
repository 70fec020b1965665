"""What the site leaves in a visitor's browser: cookies that say nothing and end with the session.

Someone who looks through a shared phone's browser later should find neither the
organisation's name nor a cookie that outlived the visit.
"""

from tests.hotline_support import valid_data


def cookie_outlives_the_session(cookie):
    return bool(cookie["expires"] or cookie["max-age"])


def test_reading_in_another_language_than_the_browsers_sets_no_cookie(client, home_page):
    response = client.get("/en/", HTTP_ACCEPT_LANGUAGE="ru")

    assert response.status_code == 200
    assert not response.cookies


def test_the_cookie_of_a_send_ends_with_the_browser_session(client, home_page, settings):
    settings.HOTLINE_MIN_FILL_SECONDS = 0
    response = client.post("/ru/hotline/", valid_data())

    assert response.status_code == 303
    cookie = response.cookies[settings.CSRF_COOKIE_NAME]
    assert cookie.value
    assert not cookie_outlives_the_session(cookie)
    assert not any("lastrada" in name.lower() for name in response.cookies)
