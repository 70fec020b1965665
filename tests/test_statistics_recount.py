"""“Recount the figures”: the only way published statistics change, for those allowed,
after a confirmation, recorded in the page's history with who and when."""

import pytest
from django.test import Client
from wagtail.models import PageLogEntry

from hotline.models import StatisticsSnapshot
from tests.hotline_support import in_language, text_of
from tests.page_factories import page_urls
from tests.support import page_html
from tests.test_hotline_stats import add, at
from tests.test_statistics_page import add_many, make_statistics_page, staff


@pytest.fixture
def published(home_page, django_user_model):
    for quarter, month in enumerate((2, 5, 8, 11), start=1):
        add_many(f"Q{quarter:03d}", 10, at(2025, month, 3))
    year_page = make_statistics_page(home_page)
    quarter_page = make_statistics_page(home_page, quarter=2, slug="q2")
    assert "40 consultations in this period." in page_html(Client(), page_urls(year_page)["en"])
    # A request entered late, after the figures were fixed.
    add("LS-LATE-0001", at(2025, 5, 4))
    return year_page, quarter_page


def recount_url(page):
    return f"/admin/statistics-pages/{page.pk}/recount/"


def test_a_moderator_confirms_and_the_year_and_its_quarters_are_recounted(
    published, django_user_model
):
    year_page, quarter_page = published
    moderator = staff(django_user_model, "moderator", "Moderators")
    edit = page_html(moderator, f"/admin/pages/{year_page.pk}/edit/")
    assert recount_url(year_page) in edit and in_language("ru", "Recount the figures") in edit
    confirm = text_of(moderator.get(recount_url(year_page)))
    assert in_language("ru", "Yes, recount the figures") in confirm
    warning = "Recount only to correct an error. Anyone who compares the old and the new "
    warning += "figures sees what changed, and may learn something about the requests that "
    warning += "were corrected. The recount is recorded in the page's history with your name."
    assert in_language("ru", warning) in confirm
    # Reading the confirmation changes nothing.
    assert "40 consultations" in page_html(Client(), page_urls(year_page)["en"])

    response = moderator.post(recount_url(year_page))
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{year_page.pk}/edit/"
    assert "41 consultations in this period." in page_html(Client(), page_urls(year_page)["en"])
    quarter = page_html(Client(), page_urls(quarter_page)["en"])
    assert "11 consultations in this period." in quarter
    assert "to correct an error." in quarter
    assert StatisticsSnapshot.objects.filter(year=2025).exclude(recomputed_at=None).count() == 5
    entry = PageLogEntry.objects.get(action="hotline.recompute_statistics")
    assert entry.page_id == year_page.pk and entry.user.username == "moderator"
    assert entry.data == {"year": 2025} and entry.timestamp is not None
    history = text_of(moderator.get(f"/admin/pages/{year_page.pk}/history/"))
    assert in_language("ru", "Recount the published figures") in history


def test_editors_and_consultants_may_not_recount(published, django_user_model):
    year_page, _quarter_page = published
    for name, group in (("editor", "Editors"), ("consultant", "Hotline consultants")):
        client = staff(django_user_model, name, group)
        # Wagtail's admin answers a refusal by sending the user to the dashboard.
        for response in (client.get(recount_url(year_page)), client.post(recount_url(year_page))):
            assert response.status_code == 302 and response["Location"] == "/admin/"
    editor = staff(django_user_model, "editor2", "Editors")
    assert recount_url(year_page) not in page_html(editor, f"/admin/pages/{year_page.pk}/edit/")
    assert "40 consultations" in page_html(Client(), page_urls(year_page)["en"])
    assert not PageLogEntry.objects.filter(action="hotline.recompute_statistics").exists()


def test_figures_not_out_yet_cannot_be_recounted(home_page, superuser_client):
    from django.utils import timezone

    page = make_statistics_page(home_page, year=timezone.localdate().year)
    year = page.year
    html = text_of(superuser_client.get(recount_url(page)))
    assert in_language("ru", "Yes, recount the figures") not in html
    assert f"Цифры за {year} год ещё не опубликованы: они будут посчитаны" in html
    response = superuser_client.post(recount_url(page), follow=True)
    assert in_language("ru", "The figures for %(year)s are not published yet.") % {
        "year": year
    } in text_of(response)
    assert not StatisticsSnapshot.objects.exists()


def test_only_statistics_pages_have_the_action(home_page, superuser_client):
    for url in (recount_url(home_page), "/admin/statistics-pages/999999/recount/"):
        assert superuser_client.get(url, follow=True).status_code == 404
