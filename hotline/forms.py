"""The public request form: its fields, checks, and the token that shows it was
shown shortly before it was sent. The consultants' forms are in
casework_forms.py."""

import re
import time
import uuid

import phonenumbers
from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from pages.tools.country_names import country_choices

from .answer_keys import issue_key
from .models import Channel, ConsultationRequest, MayCall, RequestTopic, Status

FORM_TOKEN_SALT = "hotline.form-token"  # noqa: S105 - a namespace, not a secret
# Control characters other than tab and line breaks: invisible, and some break databases.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Invisible characters that change how the text around them reads: the bidirectional
# embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks (U+200E,
# U+200F, U+061C) can make "call after 18:00" display as another time in the admin;
# the zero-width space, word joiner, byte order mark and Mongolian vowel separator
# hide breaks in a word. The zero-width joiner and non-joiner stay: emoji sequences
# and the spelling of Persian and Indic words need them, and they move nothing.
INVISIBLE_CHARACTERS = re.compile(
    "[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b\u2060\ufeff\u180e]"
)
TELEGRAM_USERNAME = re.compile(r"^@?[A-Za-z][A-Za-z0-9_]{4,31}$")


# A rendered form stays usable for a day: long enough to write a long message on a
# bad connection, short enough that a token taken from a watched phone soon dies.
FORM_TOKEN_MAX_AGE = 24 * 60 * 60


def browser_key(request):
    """A keyed hash of this browser's CSRF secret: ties the thank-you link and the
    answers page's conversation to the browser that sent the form, so a link or token
    taken elsewhere leads to nobody's request. Empty when the browser has no CSRF
    cookie."""
    secret = request.META.get("CSRF_COOKIE") or ""
    if not secret:
        return ""
    return salted_hmac("hotline.browser", secret).hexdigest()[:32]


def browser_key_now(request):
    """This browser's key, giving it a CSRF secret first if it has none: the cookie is
    then set by the answer to this POST, the one moment the site sets a cookie."""
    get_token(request)
    return browser_key(request)


def issue_form_token(at=None):
    """A signed, unique token for one rendering of the form.

    It is tied to no cookie, so that opening the form sets none: only whoever had the
    page holds it, and the POST that carries it is checked for its origin
    (same_origin.py).
    """
    payload = {"id": uuid.uuid4().hex, "at": time.time() if at is None else at}
    return signing.dumps(payload, salt=FORM_TOKEN_SALT)


def read_form_token(value):
    """(token id, render time) of a token this site issued within FORM_TOKEN_MAX_AGE,
    or None for any other value."""
    try:
        data = signing.loads(value or "", salt=FORM_TOKEN_SALT, max_age=FORM_TOKEN_MAX_AGE)
        token_id, rendered_at = uuid.UUID(hex=data["id"]).hex, float(data["at"])
    except (signing.BadSignature, KeyError, TypeError, ValueError, AttributeError):
        return None
    # A minute of slack for clocks of several servers that disagree a little.
    if not -60 <= time.time() - rendered_at <= FORM_TOKEN_MAX_AGE:
        return None
    return token_id, rendered_at


def initial_topic(query):
    """The topic a link to the form chose (`?topic=employment` from a page about work),
    as the form's initial data; nothing for a missing or unknown value."""
    topic = query.get("topic", "")
    return {"topic": topic} if topic in RequestTopic.values else {}


def clean_text(value):
    """Drop control characters and invisible direction and spacing characters; keep
    tabs, line breaks and any other Unicode.

    Line breaks become a single LF: browsers send CR LF but count one character
    towards maxlength, so the size limits here must count them the same way.
    """
    value = (value or "").replace("\r\n", "\n").replace("\r", "\n")
    return INVISIBLE_CHARACTERS.sub("", CONTROL_CHARACTERS.sub("", value)).strip()


def normalise_phone(value):
    """A phone number in E.164 (+375291234567), or ValidationError.

    Numbers written without a country code are read as Belarusian, so
    "8 029 123-45-67" is accepted too; everyone else needs the + and code.
    """
    candidate = value.strip()
    if candidate.startswith("00"):
        candidate = "+" + candidate[2:]
    try:
        number = phonenumbers.parse(candidate, "BY")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            _(
                "Enter the phone number in international format: a plus, the country code "
                "and the number, for example +375 29 123 45 67."
            ),
            code="phone",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class EmptyTextInput(forms.TextInput):
    """A text input that never shows what was sent in it: the bot-trap field is not
    echoed back, so neither a bot nor a page that posted to the form learns anything."""

    def format_value(self, value):
        return None


class TrimmedCharField(forms.CharField):
    def to_python(self, value):
        return clean_text(super().to_python(value))


class ConsultationRequestForm(forms.ModelForm):
    """What a person fills in. Every field has a size limit; only the message is required
    besides the topic, country, contact and consent."""

    topic = forms.ChoiceField(
        label=_("What is your question about?"),
        choices=RequestTopic.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what your question is about.")},
    )
    country = forms.ChoiceField(
        label=_("Country"),
        help_text=_("The country where you are now or where you plan to go."),
        error_messages={
            "required": _("Choose a country, or “Another country / I don't know”."),
            "invalid_choice": _("Choose a country from the list."),
        },
    )
    is_abroad = forms.BooleanField(label=_("I am abroad now"), required=False)
    is_urgent = forms.BooleanField(
        label=_("I am in danger now"),
        help_text=_("We will answer urgent requests first."),
        required=False,
    )
    name = TrimmedCharField(
        label=_("Name or pseudonym (optional)"),
        help_text=_("You may stay anonymous. Any name we can call you by is enough."),
        max_length=100,
        required=False,
    )
    contact_channel = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=[
            *((value, label) for value, label in Channel.choices if value != Channel.SITE),
            (Channel.SITE, _("Answer me on this site — no phone or e-mail needed")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how we should contact you.")},
    )
    # Required for every channel but answers on this site (checked in clean()).
    contact_value = TrimmedCharField(
        label=_("Your e-mail address, phone number or Telegram username"),
        help_text=_(
            "For a phone call, SMS, Viber or WhatsApp: the number with the country code, "
            "for example +375 29 123 45 67. For Telegram: the number or @username. "
            "Not needed for answers on this site."
        ),
        max_length=254,
        required=False,
    )
    may_call = forms.ChoiceField(
        label=_("May we call you?"),
        choices=MayCall.choices,
        widget=forms.RadioSelect,
        required=False,
    )
    safe_times = TrimmedCharField(
        label=_("When is it safe to contact you? (optional)"),
        help_text=_(
            "For example: weekdays after 18:00 Minsk time, or say which time zone you are in."
        ),
        max_length=200,
        required=False,
    )
    may_leave_message = forms.BooleanField(
        label=_("You may leave a message if I do not answer"), required=False
    )
    may_say_who_we_are = forms.BooleanField(
        label=_("You may say that you are calling from the hotline"), required=False
    )
    message = TrimmedCharField(
        label=_("Your question or what happened"),
        help_text=_("Up to 5,000 characters."),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Write your question or what happened.")},
    )
    consent = forms.BooleanField(
        label=_("I agree that the hotline stores and uses my data to answer me."),
        error_messages={
            "required": _("To send the request, agree to the processing of your data.")
        },
    )
    # A field people never see: bots that fill every input give themselves away.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=EmptyTextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    # The signed token of this rendering; the request stores only the id inside it.
    form_token = forms.CharField(widget=forms.HiddenInput, required=False, max_length=300)

    class Meta:
        model = ConsultationRequest
        # What the person chose or wrote; consent, the trap and the token are the form's own.
        fields = [
            "topic",
            "country",
            "is_abroad",
            "is_urgent",
            "name",
            "contact_channel",
            "contact_value",
            "may_call",
            "safe_times",
            "may_leave_message",
            "may_say_who_we_are",
            "message",
        ]

    # The fieldsets of the form page (hotline/includes/form.html), in the page's order:
    # legend, hint under it, fields.
    FIELDSETS = (
        (_("Your question"), "", ("topic", "country", "is_abroad", "is_urgent", "message")),
        (_("How we can reach you"), "", ("name", "contact_channel", "contact_value")),
        (
            _("Is it safe to contact you?"),
            _("If someone else may see or hear your phone, tell us how to contact you safely."),
            ("may_call", "safe_times", "may_leave_message", "may_say_who_we_are"),
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Choose a country")), *country_choices()]
        for name in ("name", "contact_value", "safe_times", "message"):
            self.fields[name].widget.attrs["spellcheck"] = "false"

    def clean(self):
        cleaned = super().clean()
        channel = cleaned.get("contact_channel")
        value = cleaned.get("contact_value")
        if channel == Channel.SITE:
            # The person chose to give no contact: nothing typed here is kept.
            cleaned["contact_value"] = ""
        elif channel and not value and "contact_value" not in self.errors:
            self.add_error("contact_value", _("Enter how we can reach you."))
        elif channel and value:
            try:
                cleaned["contact_value"] = self.normalise_contact(channel, value)
            except ValidationError as error:
                self.add_error("contact_value", error)
        return cleaned

    @staticmethod
    def normalise_contact(channel, value):
        if channel == Channel.EMAIL:
            try:
                validate_email(value)
            except ValidationError:
                raise ValidationError(
                    _("Enter an e-mail address like name@example.com."), code="email"
                ) from None
            return value
        if channel == Channel.TELEGRAM and TELEGRAM_USERNAME.match(value):
            return "@" + value.lstrip("@")
        if channel == Channel.TELEGRAM:
            try:
                return normalise_phone(value)
            except ValidationError:
                raise ValidationError(
                    _(
                        "Enter your Telegram username (for example @name, 5 to 32 letters, "
                        "digits or underscores) or your phone number with the country code."
                    ),
                    code="telegram",
                ) from None
        return normalise_phone(value)

    @property
    def is_bot_trap_filled(self):
        return bool(str(self.data.get("website", "")).strip())

    def to_request(self, language, token_id):
        """The unsaved request holding what was sent, with what the site adds to it."""
        consultation_request = self.save(commit=False)
        consultation_request.status = (
            Status.SUSPECTED_SPAM if self.is_bot_trap_filled else Status.NEW
        )
        consultation_request.language = language
        consultation_request.consented_at = timezone.now()
        consultation_request.form_token = token_id
        if consultation_request.answers_on_site:
            issue_key(consultation_request)
        return consultation_request

    def fieldsets(self):
        """(legend, hint, bound fields) for each fieldset of the page."""
        return [
            (legend, hint, [self[name] for name in names]) for legend, hint, names in self.FIELDSETS
        ]

    def error_summary(self):
        """(anchor, label, message) for the summary above the form, in field order."""
        items = []
        for bound in self:
            is_radio = isinstance(bound.field.widget, forms.RadioSelect)
            anchor = bound.auto_id + ("_0" if is_radio else "")
            # A checkbox's label is a whole sentence; its message says enough on its own.
            label = "" if isinstance(bound.field, forms.BooleanField) else bound.label
            items += [{"anchor": anchor, "label": label, "message": m} for m in bound.errors]
        return items + [
            {"anchor": "hotline-form", "label": "", "message": m} for m in self.non_field_errors()
        ]

    def describe_fields(self):
        """Point each input at its hint and error message for screen readers."""
        for name, field in self.fields.items():
            if isinstance(field.widget, forms.RadioSelect):
                continue  # the fieldset around the radios carries the description
            bound = self[name]
            ids = []
            if field.help_text:
                ids.append(f"{bound.auto_id}_hint")
            if self.is_bound and self.errors.get(name):
                ids.append(f"{bound.auto_id}_error")
                field.widget.attrs["aria-invalid"] = "true"
            if ids:
                field.widget.attrs["aria-describedby"] = " ".join(ids)
