"""Helpers for the tests of staff sign-in (not a test module itself)."""

from django.test import Client
from django_otp.oath import totp

PASSWORD = "a-long-enough-staff-password-1"  # noqa: S105


def password_sign_in(username, client=None, address="203.0.113.7"):
    client = client or Client()
    response = client.post(
        "/admin/login/", {"username": username, "password": PASSWORD}, REMOTE_ADDR=address
    )
    assert response.status_code == 302, response.status_code
    return client


def current_code(device):
    """The code the person's authenticator app shows now."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def next_time_step(device):
    # A TOTP code is accepted once; a later sign-in in a test happens "in the next 30 s".
    device.refresh_from_db()
    device.last_t = -1
    device.save()
