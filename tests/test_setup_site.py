"""A new database is ready for `setup_site` with no other step: the migrations fill the
per-language columns of the pages Wagtail's own migrations make, and setup_site puts
the home page in place once."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from pages.models import HomePage
from tests.support import LANGUAGES

pytestmark = pytest.mark.django_db


def test_the_root_page_has_its_url_path_and_title_in_every_language():
    root = Page.get_first_root_node()

    assert {code: getattr(root, f"url_path_{code}") for code in LANGUAGES} == dict.fromkeys(
        LANGUAGES, "/"
    )
    assert root.title_ru == root.title


def test_the_home_page_has_addresses_with_the_leading_slash_in_every_language():
    home = HomePage.objects.get()

    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert [getattr(home, f"url_path_{code}") for code in LANGUAGES] == ["/home/"] * 3
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()


def test_a_second_run_changes_nothing():
    pages = list(Page.objects.values_list("pk", "path", "url_path_ru"))
    out = io.StringIO()

    call_command("setup_site", stdout=out)

    assert out.getvalue() == ""
    assert list(Page.objects.values_list("pk", "path", "url_path_ru")) == pages
