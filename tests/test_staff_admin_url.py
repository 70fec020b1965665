"""ADMIN_URL_PATH moves the admin, and everything that points at it follows."""

import importlib

import pytest
from django.test import Client
from django.urls import clear_url_caches, reverse

import lastrada_site.urls


@pytest.fixture
def admin_elsewhere(settings):
    settings.ADMIN_URL_PATH = "staff-7f3k/"
    importlib.reload(lastrada_site.urls)
    clear_url_caches()
    yield "/staff-7f3k/"
    settings.ADMIN_URL_PATH = "admin/"
    importlib.reload(lastrada_site.urls)
    clear_url_caches()


def test_the_admin_moves_to_the_configured_path(home_page, admin_elsewhere, django_user_model):
    assert reverse("wagtailadmin_login") == f"{admin_elsewhere}login/"
    client = Client()
    assert client.get(f"{admin_elsewhere}login/").status_code == 200
    # The old path is an ordinary unknown address: the language redirect, then not found.
    assert client.get("/admin/login/", follow=True).status_code == 404
    # Sign-in still sends a visitor of the admin to its login page at the new place.
    response = client.get(f"{admin_elsewhere}hotline/requests/")
    assert response.status_code == 302
    assert response["Location"].startswith(f"{admin_elsewhere}login/")
    # The admin keeps its own framing rule at the new path.
    assert client.get(f"{admin_elsewhere}login/")["X-Frame-Options"] == "SAMEORIGIN"
    assert "staff-7f3k" not in client.get("/robots.txt").content.decode()
