"""The second step of signing in: a code, or enrolment for those who have no device yet."""

import base64
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from axes.handlers.proxy import AxesProxyHandler
from django import forms
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_otp import devices_for_user, match_token, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from wagtail.admin import messages
from wagtail.log_actions import log

from . import enrolment
from .lockout import forgive_own_failures, lockout_response
from .users import may_manage


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


def next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def step_page(request, template, title, **context):
    """A page of the second sign-in step, titled and headed with `title`."""
    return render(request, template, {"page_title": title, "next": next_url(request), **context})


def other_step(url_name, request):
    return f"{reverse(url_name)}?{urlencode({'next': next_url(request)})}"


def signed_in_user(request):
    if not request.user.is_authenticated:
        raise PermissionDenied
    # The model itself: the audit log cannot name the lazy wrapper the middleware puts around it.
    return get_user_model()._default_manager.get(pk=request.user.pk)


def credentials_of(user):
    return {"username": user.get_username()}


def refuse_code(request, user, form):
    """Record a wrong code where a wrong password is recorded, so both lead to a lockout."""
    log(user, "staff.2fa_failed", user=user)
    user_login_failed.send(sender=__name__, credentials=credentials_of(user), request=request)
    if getattr(request, "axes_locked_out", False):
        logout(request)
        return lockout_response(request)
    form.add_error("code", _("This code is not right. Check the time on your phone and try again."))
    return None


def finish_second_step(request, device):
    # A new session id once the second factor is given, as at the first step.
    request.session.cycle_key()
    otp_login(request, device)
    forgive_own_failures(request, device.user)


def verify(request):
    user = signed_in_user(request)
    if not user_has_device(user):
        return redirect(other_step("staff_2fa:setup", request))
    if not AxesProxyHandler.is_allowed(request, credentials_of(user)):
        logout(request)
        return lockout_response(request)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["code"])
        if device is None:
            if refused := refuse_code(request, user, form):
                return refused
        else:
            finish_second_step(request, device)
            if isinstance(device, StaticDevice):
                messages.warning(
                    request,
                    _("You signed in with a backup code. Backup codes left: %(count)s.")
                    % {"count": device.token_set.count()},
                )
            return redirect(next_url(request))
    return step_page(request, "staff/verify.html", _("Two-factor sign-in"), form=form)


def qr_svg(url):
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    return mark_safe(image.to_string(encoding="unicode"))  # noqa: S308 - drawn by qrcode here


def setup(request):
    """Enrolment with a link an administrator issued: scan a QR code, confirm one code,
    note the backup codes shown once. Without a valid link the person is told whom to ask."""
    user = signed_in_user(request)
    if user_has_device(user):
        return redirect(other_step("staff_2fa:verify", request))
    if enrolment.LINK_PARAMETER in request.GET:
        # Kept in a cookie, and dropped from the address, the history and the Referer.
        value = request.GET[enrolment.LINK_PARAMETER]
        return enrolment.keep(redirect(other_step("staff_2fa:setup", request)), value)
    device = enrolment.device_for(request.COOKIES.get(enrolment.COOKIE_NAME), user)
    if device is None:
        return step_page(request, "staff/no_link.html", _("Enrolment link needed"))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save()
            codes = make_backup_codes(user)
            finish_second_step(request, device)
            log(user, "staff.2fa_enrol", user=user)
            return enrolment.forget(
                step_page(request, "staff/backup_codes.html", _("Backup codes"), codes=codes)
            )
        if refused := refuse_code(request, user, form):
            return refused
    return step_page(
        request,
        "staff/setup.html",
        _("Set up two-factor sign-in"),
        form=form,
        qr_code=qr_svg(device.config_url),
        # How authenticator apps take a key typed in by hand.
        secret=base64.b32encode(device.bin_key).decode().rstrip("="),
    )


def make_backup_codes(user):
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name="backup")
    codes = [StaticToken.random_token() for _ in range(10)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def reset(request, user_id):
    """An administrator removes a user's devices and gets a new enrolment link for them."""
    person = get_object_or_404(get_user_model(), pk=user_id)
    if not may_manage(request.user, person):
        raise PermissionDenied
    if request.method != "POST":
        return render(request, "staff/reset_confirm.html", {"person": person})
    for device in devices_for_user(person, confirmed=None):
        device.delete()
    log(person, "staff.2fa_reset", user=signed_in_user(request))
    return show_new_link(request, person)


def enrolment_link(request, user_id):
    """An administrator issues a one-time enrolment link for an account without a device."""
    person = get_object_or_404(get_user_model(), pk=user_id)
    if not may_manage(request.user, person):
        raise PermissionDenied
    if user_has_device(person):
        messages.error(
            request,
            _("%(user)s already has two-factor sign-in. Reset it first if the phone is lost.")
            % {"user": person.get_username()},
        )
        return redirect(reverse("wagtailusers_users:index"))
    if request.method != "POST":
        return render(request, "staff/link_confirm.html", {"person": person})
    return show_new_link(request, person)


def show_new_link(request, person):
    link = enrolment.issue(person)
    log(person, "staff.2fa_link", user=signed_in_user(request))
    response = render(request, "staff/link_issued.html", {"person": person, "link": link})
    # The link is shown once, to this administrator: no cache keeps the page.
    add_never_cache_headers(response)
    return response
