"""Property-based tests of the public request form: whatever is sent, the answer is sane.

Hypothesis builds sends no browser would make: bidi and control characters, emoji,
combining marks, 10,000-character lines, invalid UTF-8, numbers and floats in choice
fields, missing, repeated and unknown fields, and broken or repeated tokens. The body
is urlencoded here, byte by byte, so invalid UTF-8 reaches the server as it would
from a broken client. For every send:

* the answer is one of the statuses the form is meant to give, never a server error;
* nothing sent comes back unescaped (every generated value carries HTML markers);
* a request that was stored holds exactly what was sent, after the form's documented
  normalisation.

Tokens are read from the rendered form, as a browser gets them, never forged: the
form token expires and may be tied to more than it is today, and these tests must
not depend on how it is built. A fifth of the visits are sends another site's page
makes the browser send: each is refused, and nothing of it is stored.
"""

import json
import re
from dataclasses import dataclass, field
from html import unescape
from urllib.parse import quote_from_bytes

import phonenumbers
import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Max
from django.template import Template
from django.test import Client
from django.utils.html import escape
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from hotline.models import ConsultationRequest, MayCall, RequestTopic
from pages.tools.country_names import COUNTRIES
from tests.support import LANGUAGES

ALLOWED_STATUSES = {200, 303, 400, 403, 413, 429}
FORM_CONTENT = "application/x-www-form-urlencoded"
# HTML-significant text that may only ever come back escaped.
MARKERS = ("<q-x>", '"onmouseover=')
RAW_MARKERS = tuple(marker.encode() for marker in MARKERS)

TEXT_FIELDS = ("name", "safe_times", "message")
OPTIONAL_CHECKBOXES = ("is_abroad", "is_urgent", "may_leave_message", "may_say_who_we_are")
TOKEN_FIELDS = ("form_token",)
KNOWN_FIELDS = {
    "topic",
    "country",
    "contact_channel",
    "contact_value",
    "may_call",
    "consent",
    "website",
    *TEXT_FIELDS,
    *OPTIONAL_CHECKBOXES,
    *TOKEN_FIELDS,
}
PHONE_CHANNELS = ["phone", "sms", "viber", "whatsapp"]
CHANNELS = ["email", *PHONE_CHANNELS, "telegram"]
TELEGRAM_USERNAME = re.compile(r"@?[A-Za-z][A-Za-z0-9_]{4,31}")
E164 = re.compile(r"\+[1-9][0-9]{6,14}")
# What the form removes: control characters other than tab and line breaks.
REMOVED_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# And the invisible characters that reorder or hide text: bidirectional controls and
# marks, zero-width space, word joiner, byte order mark, Mongolian vowel separator.
REMOVED_INVISIBLE = re.compile(
    "[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b\u2060\ufeff\u180e]"
)
HIDDEN_INPUT = re.compile(r'<input\b[^>]*\bname="(form_token)"[^>]*>')
VALUE_ATTRIBUTE = re.compile(r'\bvalue="([^"]*)"')
# The warning shown when a send was refused for its tokens and must be sent again.
RESEND_NOTICE = b"notice--warning"

# Strategies -------------------------------------------------------------------------------
# Built once here: strategies made inside a composite are rebuilt and checked per example.

BIDI = ["\u202e", "\u202d", "\u202a", "\u200f", "\u200e", "\u2066", "\u2067", "\u2069", "\u061c"]
CONTROLS = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\x9b"]
BREAKS = ["\t", "\n", "\r", "\r\n", "\n\r", "\u2028", "\u2029", "\ufeff"]
EMOJI = [
    "🙂",
    "🚨",
    "👩\u200d👧\u200d👦",
    "🏳️\u200d🌈",
    "👨🏽\u200d⚕️",
    "🧑🏿\u200d🤝\u200d🧑🏻",
    "❤️\u200d🔥",
    "🇧🇾",
    "1️⃣",
]
COMBINING = ["\u0301", "\u0336\u0336", "e\u0301\u0302\u0303", "Z\u0351\u0352\u0353\u0354", "\u20dd"]
WORDS = ["Помощь", "Дапамога", "مساعدة", "עזרה", "帮助", "İstanbul", "straße", "ǅ", "ﷺ", "%s{0}"]
HTML_BITS = ["<", ">", "&", '"', "'", "&amp;", "</textarea>", "<script>", "=", "/"]

markers = st.sampled_from(MARKERS)
lone_surrogates = st.integers(0xD800, 0xDFFF).map(chr)  # sent as invalid UTF-8
pieces = st.one_of(
    markers,
    st.sampled_from(BIDI + CONTROLS + BREAKS),
    st.sampled_from(EMOJI + COMBINING + WORDS + HTML_BITS),
    st.text(max_size=10),  # any code point but surrogates
    lone_surrogates,
)


def with_marker(max_pieces):
    """Free text that always carries a marker somewhere among the generated pieces."""
    text = st.lists(pieces, max_size=max_pieces).map("".join)
    return st.tuples(text, markers, text).map("".join)


# Short enough for the name (100) and safe times (200) even when all pieces are long.
short_free_text = with_marker(3)
free_text = with_marker(8)
# One 10,000-character line (no line break) of a repeated run.
long_line = st.builds(
    lambda run, marker: marker + (run * 10_000)[: 10_000 - len(marker)],
    st.one_of(
        st.text(st.characters(exclude_categories=("Cs", "Zl", "Zp", "Cc")), min_size=1, max_size=4),
        st.sampled_from(EMOJI + COMBINING + BIDI),
    ),
    markers,
)
# A message of up to about the size limit, with line breaks sent as CR LF.
long_message = st.builds(
    lambda run, size, marker: marker + (run * size)[:size],
    st.sampled_from(["a", "я ", "🙂", "e\u0301", "\r\n", "x\x00", *EMOJI]),
    st.integers(1_000, 4_980),
    markers,
)

BAD_SCALARS = [
    "",
    " ",
    "0",
    "-0",
    "1",
    "-1",
    "1e309",
    "-1e309",
    "NaN",
    "inf",
    "1.5",
    "0x10",
    str(2**63),
    str(-(2**63) - 1),
    "9" * 400,
    "-" + "9" * 400,
    "[]",
    "{}",
    "null",
    "None",
    "true",
    "false",
]
bad_choices = st.one_of(
    st.sampled_from(BAD_SCALARS),
    st.integers().map(str),
    st.floats().map(repr),
    markers,
    with_marker(4),
)
TWEAKS = [
    lambda v: " " + v,
    lambda v: v + "\x00",
    str.swapcase,
    lambda v: v + MARKERS[0],
    lambda v: v + "\udc80",
]


def near_misses(values):
    """Valid choices with padding, a NUL, swapped case, a marker or invalid UTF-8 added."""
    return st.builds(
        lambda value, tweak: tweak(value), st.sampled_from(values), st.sampled_from(TWEAKS)
    )


CHECKBOX_VALUES = ["on", "", "true", "TRUE", "false", "False", "off", "no", *BAD_SCALARS]
checkbox_values = st.one_of(st.sampled_from(CHECKBOX_VALUES), with_marker(4))

# (country code, national number) of numbers the phone library knows to be valid.
PHONES = [
    ("375", "291234567"),
    ("375", "447654321"),
    ("375", "172345678"),
    ("48", "601234567"),
    ("49", "15123456789"),
    ("7", "9123456789"),
    ("90", "5321234567"),
    ("370", "61234567"),
    ("380", "501234567"),
    ("44", "7400123456"),
]
separators = st.sampled_from(["", "", "", " ", " ", "-", "."])
# Removed by the form's cleaning, so they may sit anywhere in a number.
removable_controls = st.sampled_from(["\x00", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f"])
phone_prefixes = {
    code: st.sampled_from(["+", "+", "00", *(["8 0", "80"] if code == "375" else [])])
    for code, _national in PHONES
}
phone_starts = st.sampled_from(["", " ", "\t", "\u200f"])
phone_ends = st.sampled_from(["", " ", "\r\n", "\u202e"])


@st.composite
def phones(draw):
    """(as typed, E.164): a valid number with spaces, dashes, dots or the 00 prefix."""
    code, national = draw(st.sampled_from(PHONES))
    grouped = national[0] + "".join(draw(separators) + digit for digit in national[1:])
    prefix = draw(phone_prefixes[code])
    typed = (
        prefix + grouped if prefix.startswith("8") else prefix + code + draw(separators) + grouped
    )
    chars = list(typed)
    for _ in range(draw(st.integers(0, 2))):
        chars.insert(draw(st.integers(0, len(chars))), draw(removable_controls))
    return draw(phone_starts) + "".join(chars) + draw(phone_ends), f"+{code}{national}"


ATOM = "A-Za-z0-9!#$%&'*+/=?^_`{|}~-"
emails = st.builds(
    lambda local, more, domain, around: f"{around}{local}{more}@{domain}{around}",
    st.from_regex(rf"\A[{ATOM}]{{1,16}}\Z"),
    st.sampled_from(["", ".x", ".first_last"]),
    st.sampled_from(["example.org", "mail.example.by", "пример.бел", "例え.jp", "xn--80a.com"]),
    st.sampled_from(["", " ", "\x00", "\r\n", "\t\x1b"]),
)
usernames = st.from_regex(r"\A@?[A-Za-z][A-Za-z0-9_]{4,31}\Z")

# Contact values are (as typed, E.164 when it is one of the numbers generated here).
contact_values = st.one_of(
    emails.map(lambda value: (value, None)),
    phones(),
    usernames.map(lambda value: (value, None)),
    st.one_of(free_text, long_line, bad_choices).map(lambda value: (value, None)),
)
plausible_contacts = st.one_of(
    st.tuples(st.just("email"), emails.map(lambda value: (value, None))),
    st.tuples(st.sampled_from([*PHONE_CHANNELS, "telegram"]), phones()),
    st.tuples(st.just("telegram"), usernames.map(lambda value: (value, None))),
)
any_channel = st.one_of(st.sampled_from(CHANNELS), bad_choices)

# name: (plausible values, hostile values, may be left out by a person)
FIELDS = {
    "topic": (
        st.sampled_from(RequestTopic.values),
        st.one_of(bad_choices, near_misses(RequestTopic.values)),
        False,
    ),
    "country": (
        st.sampled_from(sorted(COUNTRIES)),
        st.one_of(bad_choices, near_misses(["DE", "BY", "ZZ"])),
        False,
    ),
    "may_call": (
        st.sampled_from([*MayCall.values, ""]),
        st.one_of(bad_choices, near_misses(MayCall.values)),
        True,
    ),
    "name": (short_free_text, st.one_of(free_text, long_line, bad_choices), True),
    "safe_times": (short_free_text, st.one_of(free_text, long_line, bad_choices), True),
    "message": (st.one_of(free_text, long_message), st.one_of(long_line, bad_choices), False),
    **{box: (checkbox_values, checkbox_values, True) for box in OPTIONAL_CHECKBOXES},
    "consent": (st.just("on"), checkbox_values, False),
    # The hidden bot trap: people leave it empty; a bot fills it and sends a valid form.
    "website": (
        st.sampled_from(["", "", " ", "", "http://spam.example/" + MARKERS[0]]),
        st.one_of(free_text, st.just("http://x.example")),
        True,
    ),
}
EITHER = {name: st.one_of(plausible, hostile) for name, (plausible, hostile, _) in FIELDS.items()}
how_sent = st.sampled_from(["once"] * 5 + ["repeated"])
how_sent_or_missing = st.sampled_from(["once"] * 5 + ["repeated", "missing"])
decoy_counts = st.integers(1, 3)
unknown_fields = st.lists(
    st.tuples(
        st.one_of(free_text, st.sampled_from(["", "name[]", "topic ", "Topic", "_"])).filter(
            lambda key: key not in KNOWN_FIELDS
        ),
        st.lists(free_text, min_size=1, max_size=2),
    ),
    max_size=3,
)

FRESH = object()  # stands for the token read from the page the send is made from
token_garbage = st.one_of(
    st.sampled_from(["", "forged", "a:b:c", "x" * 400, *MARKERS]),
    with_marker(4),
)
token_plans = st.sampled_from(
    [
        (FRESH,),
        (FRESH,),
        (FRESH,),
        (FRESH,),
        (FRESH, FRESH),
        (),
        ("garbage",),
        ("garbage", FRESH),
        (FRESH, "garbage"),
    ]
)


def draw_occurrences(draw, main, decoy, may_be_missing):
    """How one field is sent: once, or missing, or repeated with the last value counting."""
    how = draw(how_sent_or_missing if may_be_missing else how_sent)
    if how == "missing":
        return []
    decoys = [draw(decoy) for _ in range(draw(decoy_counts))] if how == "repeated" else []
    return [*decoys, draw(main) if isinstance(main, st.SearchStrategy) else main]


@dataclass
class Send:
    """One generated send; the tokens are filled in from the page it is sent from."""

    groups: list  # (field name, [values in the order sent])
    phones: dict = field(default_factory=dict)  # number as typed -> its E.164


@st.composite
def sends(draw):
    """A send of the whole form: plausible (only the free text is wild) or hostile."""
    hostile = draw(st.booleans())
    send = Send(groups=[])
    for name, (plausible, _hostile, optional) in FIELDS.items():
        main = EITHER[name] if hostile else plausible
        values = draw_occurrences(draw, main, EITHER[name], optional or hostile)
        send.groups.append((name, values))

    channel, contact = draw(plausible_contacts)
    channels = draw_occurrences(draw, any_channel if hostile else channel, any_channel, hostile)
    contacts = draw_occurrences(
        draw, contact_values if hostile else contact, contact_values, hostile
    )
    send.groups.append(("contact_channel", channels))
    send.groups.append(("contact_value", [typed for typed, _e164 in contacts]))
    send.phones = {typed: e164 for typed, e164 in contacts if e164}

    send.groups.extend(draw(unknown_fields))
    if hostile and draw(st.integers(0, 19)) == 0:
        # More fields than Django reads (DATA_UPLOAD_MAX_NUMBER_FIELDS): a 400.
        send.groups.append(("flood", ["1"] * 1_000))
    for name in TOKEN_FIELDS:
        plan = draw(token_plans)
        send.groups.append((name, [draw(token_garbage) if v == "garbage" else v for v in plan]))
    send.groups = draw(st.permutations(send.groups))
    return send


AGAIN = "press Send again"
STEPS_PER_VISIT = 3
# A visit: sends from one browser, each from the page the last one brought back (or
# from a newly fetched form after a thank-you page). AGAIN sends the previous fields
# once more, with the tokens of that page, as a person does after a refusal.
later_steps = st.one_of(sends(), st.just(AGAIN))
# What the browser says about where a send came from: this site, in the ways browsers
# say it, or no browser at all; or another site's page.
SAME_SITE_HEADERS = [
    {"HTTP_SEC_FETCH_SITE": "same-origin", "HTTP_ORIGIN": "http://testserver"},
    {"HTTP_ORIGIN": "http://testserver"},
    {"HTTP_REFERER": "http://testserver/en/hotline/"},
    {},
]
CROSS_SITE_HEADERS = {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "https://else.example"}
visits = st.tuples(
    st.sampled_from(LANGUAGES),
    st.sampled_from([*SAME_SITE_HEADERS, CROSS_SITE_HEADERS]),
    st.tuples(sends(), *[later_steps] * (STEPS_PER_VISIT - 1)),
)

# Helpers ----------------------------------------------------------------------------------


def as_django_reads(value):
    """The text Django hands the form: invalid UTF-8 becomes U+FFFD."""
    return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def clean_text(value):
    """The form's documented cleaning: CR LF and CR become LF, controls but tab and line
    breaks go, invisible direction and spacing characters go, and surrounding
    whitespace is stripped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return REMOVED_INVISIBLE.sub("", REMOVED_CONTROLS.sub("", value)).strip()


def urlencoded(pairs):
    """A form body built byte by byte, so lone surrogates arrive as invalid UTF-8."""

    def quote(text):
        return quote_from_bytes(text.encode("utf-8", "surrogatepass"), safe="")

    return "&".join(f"{quote(key)}={quote(value)}" for key, value in pairs).encode("ascii")


def tokens_in(html):
    """The tokens of a page with the form, or None for other pages."""
    tokens = {}
    for match in HIDDEN_INPUT.finditer(html):
        tokens[match.group(1)] = unescape(VALUE_ATTRIBUTE.search(match.group(0)).group(1))
    return tokens if set(tokens) == set(TOKEN_FIELDS) else None


def fetch_form(client, language):
    """GET the form as a browser does, and read its tokens."""
    response = client.get(f"/{language}/hotline/")
    assert response.status_code == 200
    tokens = tokens_in(response.content.decode())
    assert tokens, "the form carries its token"
    return tokens


def browser(headers=None):
    client = Client(enforce_csrf_checks=True, headers=headers)
    # A server error must show up as a 500 to assert on, not as an exception in the test.
    client.raise_request_exception = False
    return client


def post(client, language, pairs):
    return client.post(f"/{language}/hotline/", data=urlencoded(pairs), content_type=FORM_CONTENT)


def last_sent(pairs, name):
    """The value the form reads for a field sent several times (the last), or None."""
    values = [value for key, value in pairs if as_django_reads(key) == name]
    return as_django_reads(values[-1]) if values else None


def checked(pairs, name):
    """A checkbox is on when it is sent with any value but empty or "false"."""
    value = last_sent(pairs, name)
    return value is not None and value != "" and value.lower() != "false"


def expected_contact(channel, typed, known_phones):
    """The stored contact: e-mail as written, @username, or the number in E.164."""
    value = clean_text(as_django_reads(typed))
    if channel == "email":
        return value
    if channel == "telegram" and TELEGRAM_USERNAME.fullmatch(value):
        return "@" + value.lstrip("@")
    return known_phones.get(typed)  # None: a number this test did not make up


def assert_stored_as_sent(row, language, pairs, known_phones):
    assert row.language == language
    for name in ("topic", "country", "contact_channel"):
        assert getattr(row, name) == last_sent(pairs, name), name
    assert row.may_call == (last_sent(pairs, "may_call") or "")
    for name in TEXT_FIELDS:
        assert getattr(row, name) == clean_text(last_sent(pairs, name) or ""), name
    for name in OPTIONAL_CHECKBOXES:
        assert getattr(row, name) is checked(pairs, name), name
    assert checked(pairs, "consent") and row.consented_at is not None

    typed = [value for key, value in pairs if key == "contact_value"][-1]
    expected = expected_contact(row.contact_channel, typed, known_phones)
    if expected is None:
        # Not one of the generated numbers: it must still be a valid number in E.164.
        assert E164.fullmatch(row.contact_value), row.contact_value
        assert phonenumbers.is_valid_number(phonenumbers.parse(row.contact_value))
    else:
        assert row.contact_value == expected


def newest_pk():
    return ConsultationRequest.objects.aggregate(newest=Max("pk"))["newest"] or 0


def assert_escaped(response):
    body = response.content
    for marker in RAW_MARKERS:
        assert marker not in body, f"{marker!r} came back unescaped (HTTP {response.status_code})"


def render_as_outside_tests(self, context):
    return self.nodelist.render(context)


@pytest.fixture
def fast_rendering(monkeypatch):
    """Render templates without the test client's bookkeeping.

    The test client keeps a copy of the context of every template rendered, and the
    form renders one per country option: that bookkeeping took two thirds of each
    request's time, and these tests never look at it.
    """
    monkeypatch.setattr(Template, "_render", render_as_outside_tests)


PROPERTY_SETTINGS = {
    "deadline": None,
    "derandomize": True,  # the same examples on every run, so CI is stable
    "database": None,
    "print_blob": True,
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
        HealthCheck.filter_too_much,
    ],
}

# Properties -------------------------------------------------------------------------------

VISITS = 170


@pytest.mark.slow
def test_any_send_gets_a_sane_answer_and_is_stored_as_sent(db, home_page, settings, fast_rendering):
    settings.HOTLINE_MIN_FILL_SECONDS = 0
    settings.HOTLINE_RATE_LIMIT = "0"
    seen = {"posts": 0, "stored": 0, "stored repeats": 0, "sent again": 0, "statuses": set()}

    @hypothesis_settings(max_examples=VISITS, **PROPERTY_SETTINGS)
    @given(visit=visits)
    def check(visit):
        language, headers, steps = visit
        cross_site = headers is CROSS_SITE_HEADERS
        client = browser(
            {key.removeprefix("HTTP_").replace("_", "-"): v for key, v in headers.items()}
        )
        tokens = None
        previous = None
        for step in steps:
            again = step is AGAIN
            send = previous if again else step
            tokens = tokens or fetch_form(client, language)
            pairs = []
            for name, values in send.groups:
                if again and name in TOKEN_FIELDS:
                    values = [FRESH]
                pairs.extend((name, tokens[name] if value is FRESH else value) for value in values)

            before = newest_pk()
            response = post(client, language, pairs)
            seen["posts"] += 1
            status = response.status_code
            seen["statuses"].add(status)
            assert status in ALLOWED_STATUSES, (status, response.content[:3000])
            assert_escaped(response)

            if cross_site:
                assert status == 403
            elif again:
                # The tokens of the page a send came back on (or of a new form) work.
                seen["sent again"] += 1
                assert status != 403 and RESEND_NOTICE not in response.content

            new_rows = list(ConsultationRequest.objects.filter(pk__gt=before))
            assert len(new_rows) <= 1
            if new_rows:
                assert status == 303
                assert_stored_as_sent(new_rows[0], language, pairs, send.phones)
                seen["stored"] += 1
                seen["stored repeats"] += any(
                    len(values) > 1 for name, values in send.groups if name not in TOKEN_FIELDS
                )
            if status == 303:
                assert response["Location"].startswith(f"/{language}/hotline/thanks/")
                if not new_rows:
                    # Only a bot that filled the hidden field is thanked for nothing stored.
                    assert (last_sent(pairs, "website") or "").strip()

            previous = send
            # The next send starts from the page this one brought back, if it has the form.
            tokens = tokens_in(response.content.decode()) if status in (200, 403) else None

    check()
    assert seen["posts"] >= 500, seen
    # Not vacuous: many sends were stored, refused ones were sent again, and every
    # kind of answer occurred.
    assert seen["stored"] >= seen["posts"] // 5, seen
    assert seen["stored repeats"] > 20 and seen["sent again"] > 20, seen
    assert {200, 303, 400, 403} <= seen["statuses"], seen


@pytest.mark.slow
def test_over_the_rate_limit_the_form_comes_back_filled_in_and_escaped(
    db, home_page, settings, fast_rendering
):
    settings.HOTLINE_MIN_FILL_SECONDS = 0
    settings.HOTLINE_RATE_LIMIT = "2/h"

    @hypothesis_settings(max_examples=12, **PROPERTY_SETTINGS)
    @given(
        language=st.sampled_from(LANGUAGES),
        name=short_free_text,
        safe_times=short_free_text,
        message=free_text,
        contact=emails,
    )
    def check(language, name, safe_times, message, contact):
        cache.clear()  # a new rate-limit window for every example
        client = browser()
        before = newest_pk()
        fields = {
            "topic": "crisis",
            "country": "PL",
            "contact_channel": "email",
            "contact_value": contact,
            "name": name,
            "safe_times": safe_times,
            "message": message,
            "consent": "on",
        }
        for expected_status in (303, 303, 429):
            tokens = fetch_form(client, language)
            response = post(client, language, [*fields.items(), *tokens.items()])
            assert response.status_code == expected_status
        assert_escaped(response)
        html = response.content.decode()
        # Everything typed is still there, as Django read it, and escaped.
        for field_name in ("name", "safe_times", "message", "contact_value"):
            assert escape(as_django_reads(fields[field_name])) in html, field_name
        assert ConsultationRequest.objects.filter(pk__gt=before).count() == 2

    check()


# Sends that are not urlencoded at all -----------------------------------------------------


def test_other_body_types_get_a_sane_answer(db, home_page, settings, fast_rendering):
    settings.HOTLINE_MIN_FILL_SECONDS = 0
    settings.HOTLINE_RATE_LIMIT = "0"
    client = browser()
    tokens = fetch_form(client, "en")
    marked = "x" + MARKERS[0] + MARKERS[1]
    bodies = [
        # A file where the message should be: the form sees no message.
        {"data": {**tokens, "message": SimpleUploadedFile("m.txt", marked.encode())}},
        {"data": json.dumps({"message": marked, "topic": 1}), "content_type": "application/json"},
        {"data": marked, "content_type": "text/plain"},
        {"data": b"message=" + b"%ff%fe%ed%a0%80" * 50 + b"&topic=%", "content_type": FORM_CONTENT},
        {"data": b"\xff\xfe=\x00&&&==&message", "content_type": FORM_CONTENT},
        # Larger than Django reads into memory (DATA_UPLOAD_MAX_MEMORY_SIZE).
        {"data": b"message=" + b"%3Cq-x%3E" * 300_000, "content_type": FORM_CONTENT},
    ]
    for number, body in enumerate(bodies):
        response = client.post("/en/hotline/", **body)
        assert response.status_code in ALLOWED_STATUSES, (number, response.status_code)
        assert_escaped(response)
    assert ConsultationRequest.objects.count() == 0


def test_invalid_utf8_is_stored_as_replacement_characters(db, home_page, settings):
    settings.HOTLINE_MIN_FILL_SECONDS = 0
    settings.HOTLINE_RATE_LIMIT = "0"
    client = browser()
    tokens = fetch_form(client, "be")
    fields = {
        "topic": "study",
        "country": "LT",
        "contact_channel": "telegram",
        "contact_value": " @safe_user\x00 ",
        "name": "\ud83d Ал\u202eеся\x07",
        "message": "line\r\nnext\rlast \udfff\x00 👩\u200d👧",
        "consent": "on",
    }
    response = post(client, "be", [*fields.items(), *tokens.items()])
    assert response.status_code == 303
    stored = ConsultationRequest.objects.get()
    assert stored.name == "\ufffd\ufffd\ufffd Алеся"
    assert stored.message == "line\nnext\nlast \ufffd\ufffd\ufffd 👩\u200d👧"
    assert stored.contact_value == "@safe_user"
