"""What the admin's block picker shows of each block of pages/blocks.py: an example
value and a line saying what the block is for.

They are example content, not structure, so they live here as data: a block says
which one it shows with `block_meta(..., picker=previews.NAME)`.
"""

import datetime

from django.utils.functional import Promise
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model


def translated(value):
    """`value` with every lazy string in it translated into the active language."""
    if isinstance(value, Promise):
        return str(value)
    if isinstance(value, dict):
        return {key: translated(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [translated(item) for item in value]
    return value


class Preview:
    """A preview value in the editor's language.

    Wagtail calls a callable `preview_value` each time the block picker shows the
    preview, so the texts are translated then, not once when this module loads.
    Rich text cannot hold a lazy string, hence the translation before Wagtail
    sees the value.
    """

    def __init__(self, value, description, **uploaded_last):
        self.value = value
        # What the block is for, shown under its name in the picker.
        self.description = description
        # A chooser's value is the object of that model uploaded last, looked up each time.
        self.uploaded_last = uploaded_last

    def __call__(self):
        value = translated(self.value)
        for name, get_model in self.uploaded_last.items():
            value[name] = get_model().objects.order_by("-created_at").first()
        return value


def paragraph(text):
    return format_lazy("<p>{}</p>", text)


def items(first, second, pairs):
    """List items of two fields each, the second one rich text."""
    return [{first: one, second: paragraph(other)} for one, other in pairs]


STEP_ITEMS = items(
    "title",
    "text",
    (
        (_("Ask for it back"), _("Calmly, and in writing if you can.")),
        (_("Call the hotline"), _("The consultation is free and confidential.")),
        (_("Contact your embassy"), _("The consul can issue a document for the journey home.")),
    ),
)
QUESTION_ITEMS = items(
    "question",
    "answer",
    (
        (_("Is the consultation free?"), _("Yes, always.")),
        (
            _("Do I have to give my name?"),
            _("No. You can ask a question without saying who you are."),
        ),
    ),
)

HEADING = Preview(
    _("Before you sign a contract"), description=_("A heading that starts a new part of the page")
)
PARAGRAPH = Preview(
    paragraph(
        _(
            "Read the whole contract before you sign it. Ask for a copy in a "
            "language you understand and keep it where no one else can take it."
        )
    ),
    description=_("Text with bold, italic, lists and links"),
)
CALLOUT = Preview(
    {
        "kind": "warning",
        "title": _("Never hand over your passport"),
        "text": paragraph(
            _(
                "An employer has no right to keep your passport. "
                "If someone takes it, call the hotline."
            )
        ),
    },
    description=_("A box that stands out: information, a warning or a danger"),
)
CHECKLIST = Preview(
    {
        "title": _("Documents to take with you"),
        "items": [
            _("Passport"),
            _("A copy of the signed contract"),
            _("The phone number of your embassy"),
        ],
    },
    description=_("A list that readers tick off, such as the documents to take"),
)
STEP = Preview(STEP_ITEMS[0], description=_("One step: what to do and how"))
STEPS = Preview(
    {"title": _("If your passport is taken"), "steps": STEP_ITEMS},
    description=_("Steps to follow in order, each with a short explanation"),
)
QUESTION = Preview(QUESTION_ITEMS[0], description=_("One question and its answer"))
FAQ = Preview(
    {"title": _("Common questions"), "items": QUESTION_ITEMS},
    description=_("Questions that readers open one at a time to read the answer"),
)
CONTACT_CARD = Preview(
    {
        "name": _("Embassy of Belarus (example)"),
        "phone": "+48 22 000 00 00",
        "email": "embassy@example.org",
        "messenger_url": "",
        "hours": _("Mon–Fri 9:00–17:00"),
        "note": _("Check the number on the embassy's own website before you call."),
        "needs_checking": False,
    },
    description=_("Phone, e-mail, messenger and hours of an office or organisation"),
)
CHECK_NOTE = Preview(
    {
        "text": _(
            "The deadline of 90 days: confirm it on the ministry's site, then write it into "
            "the text above and delete this note."
        )
    },
    description=_(
        "For editors only: what in the passage above is still to be confirmed, and by whom"
    ),
)
HOTLINE_CTA = Preview(
    {
        "title": _("Not sure an offer is safe?"),
        "text": _("Ask the hotline before you go. It is free and confidential."),
    },
    description=_("The hotline's numbers from the site setting and a link to the form"),
)
IMAGE = Preview(
    {
        "alt_text": _("The image uploaded last"),
        "caption": _("A caption says what the image shows."),
    },
    image=get_image_model,
    description=_("An image with a text for people who cannot see it, and a caption"),
)
DOCUMENT = Preview(
    {"title": _("Download the checklist for a safe trip")},
    document=get_document_model,
    description=_("A link to download a document, with its format and size"),
)
TABLE = Preview(
    {
        "data": [
            [_("Country"), _("Emergency number")],
            [_("Poland"), "112"],
            [_("Lithuania"), "112"],
            [_("USA"), "911"],
        ],
        "first_row_is_table_header": True,
        "first_col_is_header": False,
        "table_caption": _("Emergency numbers"),
    },
    description=_("A table with a caption and a header row"),
)
SOURCE = Preview(
    {
        "title": _("International Organization for Migration in Belarus"),
        "url": "https://belarus.iom.int/",
        "accessed": datetime.date(2026, 3, 5),
    },
    description=_("Where a fact on the page comes from: a title, an address, a date"),
)
