"""The consultants' admin walked by following what the pages offer, never by typing URLs.

Each step takes its next address from the page a person is looking at (a menu
entry, a link, a form's action), so a screen that nobody can reach fails here.
"""

import pytest
from wagtail.models import ModelLogEntry

from tests.admin_support import form_with, link_named, link_to, menu_urls
from tests.hotline_support import form_data, in_language, text_of
from tests.test_hotline_admin import make_request, people  # noqa: F401


def request_list_from_menu(client):
    urls = [url for url in menu_urls(client.get("/admin/")) if url.endswith("/requests/")]
    assert len(urls) == 1, "the Hotline menu has one entry for the requests"
    return urls[0]


@pytest.mark.django_db
def test_a_consultant_finds_a_request_by_its_code_opens_it_and_changes_its_status(
    client,
    people,  # noqa: F811
):
    wanted = make_request(reference_code="LS-FIND-ME22")
    make_request(reference_code="LS-OTHR-0001")
    client.force_login(people["consultant"])

    list_url = request_list_from_menu(client)
    search = form_with(client.get(list_url), "q")
    found = client.get(search["action"] or list_url, {"q": wanted.reference_code})
    assert "LS-OTHR-0001" not in found.content.decode()

    detail = client.get(link_named(found, wanted.reference_code))
    assert wanted.reference_code in text_of(detail)
    data = form_data(detail.content.decode(), "hotline-case-form")
    data["status"] = "in_progress"
    saved = client.post(detail.request["PATH_INFO"], data, follow=True)
    assert in_language("ru", "Request %(code)s updated.") % {"code": "LS-FIND-ME22"} in text_of(
        saved
    )
    wanted.refresh_from_db()
    assert wanted.status == "in_progress"
    assert ModelLogEntry.objects.filter(action="hotline.change", object_id=wanted.pk).exists()

    history = client.get(link_named(saved, in_language("ru", "History (audit log)")))
    assert "Изменено: статус Новое → В работе" in text_of(history)
    back = client.get(link_named(saved, in_language("ru", "Back to all requests")))
    assert wanted.reference_code in text_of(back)


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["consultant", "superuser"])
def test_every_row_of_the_list_opens_its_request(client, people, who):  # noqa: F811
    requests = [make_request(), make_request(is_urgent=True), make_request(status="waiting")]
    client.force_login(people[who])
    listing = client.get(request_list_from_menu(client))
    for obj in requests:
        detail = client.get(link_named(listing, obj.reference_code))
        assert detail.status_code == 200
        assert in_language("ru", "Request %(code)s") % {"code": obj.reference_code} in text_of(
            detail
        )


@pytest.mark.django_db
@pytest.mark.parametrize("spreadsheet_format", ["csv", "xlsx"])
def test_exports_are_offered_from_the_list(client, people, spreadsheet_format):  # noqa: F811
    make_request()
    client.force_login(people["consultant"])
    listing = client.get(request_list_from_menu(client))
    response = client.get(link_to(listing, f"export={spreadsheet_format}"))
    assert response.status_code == 200
    assert b"".join(response.streaming_content)
    assert ModelLogEntry.objects.filter(action="hotline.export").count() == 1


@pytest.mark.django_db
def test_statistics_and_their_csv_are_reached_from_the_menu(client, people):  # noqa: F811
    make_request()
    client.force_login(people["consultant"])
    [stats_url] = [url for url in menu_urls(client.get("/admin/")) if "statistics" in url]
    stats = client.get(stats_url)
    assert in_language("ru", "Hotline statistics") in text_of(stats)
    response = client.get(link_to(stats, "/csv/"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["editor", "moderator"])
def test_editors_and_moderators_are_offered_no_way_to_requests(client, people, who):  # noqa: F811
    make_request()
    client.force_login(people[who])
    urls = menu_urls(client.get("/admin/"))
    assert urls, "they have a menu"
    assert not [url for url in urls if "/admin/hotline/" in url]
