"""One-time enrolment links: the only way to set up a second factor.

Whoever knows an account's password must not be able to enrol their own phone
for it, so enrolment needs a link an administrator issued for that account. The
link carries a value signed with the site's secret key that names the account
and a not yet confirmed device made for it when the link was issued; it works
for 24 hours, only for that account once signed in, and only until that device
is confirmed (enrolled) or replaced by a newer link or a reset. Nothing secret is
stored: the device's key is shown only to the person enrolling.
"""

from datetime import timedelta
from urllib.parse import urlencode, urljoin

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

SALT = "lastrada_site.staff.enrolment-link"
VALID_FOR = timedelta(hours=24)
# The link's value is carried in the query string (access logs record the path
# only), then kept in a cookie that only the setup page receives, so the address
# bar, the history and the Referer lose it. Not in the session: a request the
# browser was still making (the admin's script catalogue) saves the whole
# session when it ends and would drop a value written in the meantime.
LINK_PARAMETER = "link"
COOKIE_NAME = "staff_enrolment_link"


def keep(response, value):
    response.set_cookie(
        COOKIE_NAME,
        value,
        max_age=int(VALID_FOR.total_seconds()),
        path=reverse("staff_2fa:setup"),
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
    return response


def forget(response):
    response.delete_cookie(COOKIE_NAME, path=reverse("staff_2fa:setup"), samesite="Lax")
    return response


def issue(person):
    """A new enrolment link for `person`; earlier links of theirs stop working."""
    TOTPDevice.objects.filter(user=person, confirmed=False).delete()
    device = TOTPDevice.objects.create(user=person, name="authenticator", confirmed=False)
    value = signing.dumps({"user": person.pk, "device": device.pk}, salt=SALT)
    path = f"{reverse('staff_2fa:setup')}?{urlencode({LINK_PARAMETER: value})}"
    return urljoin(settings.WAGTAILADMIN_BASE_URL, path)


def device_for(value, user):
    """The device a link's value lets `user` enrol, or None for any link not valid now."""
    if not value:
        return None
    try:
        data = signing.loads(value, salt=SALT, max_age=VALID_FOR)
    except signing.BadSignature:  # SignatureExpired included
        return None
    if not isinstance(data, dict) or data.get("user") != user.pk:
        return None
    return TOTPDevice.objects.filter(pk=data.get("device"), user=user, confirmed=False).first()
