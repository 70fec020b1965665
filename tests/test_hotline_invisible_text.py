"""Invisible characters that reorder or hide text never reach the stored request, note
or reply: "call after ‮00:81‬" would read as "call after 18:00" in the admin."""

import pytest

from hotline.forms import clean_text
from hotline.models import ConsultationRequest, ConversationMessage, InternalNote
from tests.hotline_support import case_update, valid_data
from tests.test_hotline_admin import LIST, make_request, user_in

pytestmark = pytest.mark.django_db

# U+202E (right-to-left override) ... U+202C (pop): displayed as "call after 18:00".
REVERSED = "call after \u202e00:81\u202c"


@pytest.mark.parametrize(
    "typed,stored",
    [
        (REVERSED, "call after 00:81"),
        ("\u2066after\u2069 \u2067 18:00\u2068", "after  18:00"),
        ("\u202a\u202b\u202d\u200e\u200f\u061c18:00", "18:00"),
        ("pass\u200bport\u2060 \ufeffnumber\u180e", "passport number"),
        # The joiners stay: emoji sequences and the spelling of some languages need them.
        ("👩\u200d👧 می\u200cخواهم", "👩\u200d👧 می\u200cخواهم"),
    ],
)
def test_the_cleaning_removes_what_reorders_or_hides_text(typed, stored):
    assert clean_text(typed) == stored


def test_a_request_is_stored_without_them(client, home_page):
    response = client.post(
        "/en/hotline/",
        valid_data(safe_times=REVERSED, message=f"Help. {REVERSED}.", name="\u202eanna"),
    )
    assert response.status_code == 303
    stored = ConsultationRequest.objects.get()
    assert stored.safe_times == "call after 00:81"
    assert stored.message == "Help. call after 00:81."
    assert stored.name == "anna"


@pytest.mark.parametrize("kind", ["note", "reply"])
def test_a_note_or_a_reply_is_stored_without_them(client, django_user_model, kind):
    consultant = user_in(django_user_model, "consultant", "Hotline consultants")
    client.force_login(consultant)
    obj = make_request(contact_channel="site", contact_value="")
    fields = {"text": f"Ask her to {REVERSED}"}
    if kind == "reply":
        fields["text_kind"] = "reply"
    case_update(client, f"{LIST}edit/{obj.pk}/", **fields)
    if kind == "note":
        assert InternalNote.objects.get(request=obj).text == "Ask her to call after 00:81"
    else:
        assert ConversationMessage.objects.get(request=obj).text == "Ask her to call after 00:81"
    page = client.get(f"{LIST}edit/{obj.pk}/").content.decode()
    assert "\u202e" not in page
