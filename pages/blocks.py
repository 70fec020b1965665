"""StreamField blocks for page bodies.

Every block has its own template in templates/components/blocks/ and reads
without JavaScript. `BodyStreamBlock` is the one stream every page body uses;
pages/demo_content/FORMAT.md describes the same blocks as plain data.

Each block also has a `description` and a `preview_value`: the admin's block
picker shows both, so an editor sees what a block is for and how it looks
before adding it.
"""

from django.utils.functional import Promise
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


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

    def __init__(self, value):
        self.value = value

    def __call__(self):
        return translated(self.value)


def paragraph(text):
    return format_lazy("<p>{}</p>", text)


def table_value(caption, header, rows):
    """FORMAT.md's {"caption", "header", "rows"} as the value TableBlock stores."""
    return {
        "data": [list(header), *[list(row) for row in rows]] if header else [list(r) for r in rows],
        "first_row_is_table_header": bool(header),
        "first_col_is_header": False,
        "table_caption": caption,
    }


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading.html"
        description = _("A heading that starts a new part of the page")
        preview_value = Preview(_("Before you sign a contract"))


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "components/blocks/paragraph.html"
        description = _("Text with bold, italic, lists and links")
        preview_value = Preview(
            paragraph(
                _(
                    "Read the whole contract before you sign it. Ask for a copy in a "
                    "language you understand and keep it where no one else can take it."
                )
            )
        )


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("warning", _("Warning")), ("danger", _("Danger"))],
        default="info",
        label=_("Kind"),
    )
    title = blocks.CharBlock(required=False, label=_("Title"))
    text = blocks.RichTextBlock(features=TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "components/blocks/callout.html"
        description = _("A box that stands out: information, a warning or a danger")
        preview_value = Preview(
            {
                "kind": "warning",
                "title": _("Never hand over your passport"),
                "text": paragraph(
                    _(
                        "An employer has no right to keep your passport. "
                        "If someone takes it, call the hotline."
                    )
                ),
            }
        )


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item")), label=_("Items"))

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "components/blocks/checklist.html"
        description = _("A list that readers tick off, such as the documents to take")
        preview_value = Preview(
            {
                "title": _("Documents to take with you"),
                "items": [
                    _("Passport"),
                    _("A copy of the signed contract"),
                    _("The phone number of your embassy"),
                ],
            }
        )


PREVIEW_STEPS = [
    {"title": title, "text": paragraph(text)}
    for title, text in (
        (_("Ask for it back"), _("Calmly, and in writing if you can.")),
        (_("Call the hotline"), _("The consultation is free and confidential.")),
        (_("Contact your embassy"), _("The consul can issue a document for the journey home.")),
    )
]


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"))
    text = blocks.RichTextBlock(features=TEXT_FEATURES, required=False, label=_("Text"))

    class Meta:
        description = _("One step: what to do and how")
        preview_value = Preview(PREVIEW_STEPS[0])


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"))

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "components/blocks/steps.html"
        description = _("Steps to follow in order, each with a short explanation")
        preview_value = Preview({"title": _("If your passport is taken"), "steps": PREVIEW_STEPS})


PREVIEW_QUESTIONS = [
    {"question": question, "answer": paragraph(answer)}
    for question, answer in (
        (_("Is the consultation free?"), _("Yes, always.")),
        (
            _("Do I have to give my name?"),
            _("No. You can ask a question without saying who you are."),
        ),
    )
]


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"))
    answer = blocks.RichTextBlock(features=TEXT_FEATURES, label=_("Answer"))

    class Meta:
        description = _("One question and its answer")
        preview_value = Preview(PREVIEW_QUESTIONS[0])


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    items = blocks.ListBlock(QuestionBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "components/blocks/faq.html"
        description = _("Questions that readers open one at a time to read the answer")
        preview_value = Preview({"title": _("Common questions"), "items": PREVIEW_QUESTIONS})


class ContactCardBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"))
    phone = blocks.CharBlock(required=False, label=_("Phone"))
    email = blocks.EmailBlock(required=False, label=_("E-mail"))
    messenger_url = blocks.URLBlock(
        required=False,
        label=_("Messenger link"),
        help_text=_("For example https://t.me/name or https://wa.me/number."),
    )
    hours = blocks.CharBlock(required=False, label=_("Hours"))
    note = blocks.TextBlock(required=False, label=_("Note"))
    needs_checking = blocks.BooleanBlock(
        required=False,
        label=_("Needs checking"),
        help_text=_(
            "Tick while these details are not confirmed. Readers do not see the card "
            "until it is cleared; the “Due for review” report lists the page."
        ),
    )

    class Meta:
        icon = "user"
        label = _("Contact card")
        template = "components/blocks/contact_card.html"
        description = _("Phone, e-mail, messenger and hours of an office or organisation")
        preview_value = Preview(
            {
                "name": _("Embassy of Belarus (example)"),
                "phone": "+48 22 000 00 00",
                "email": "embassy@example.org",
                "messenger_url": "",
                "hours": _("Mon–Fri 9:00–17:00"),
                "note": _("Check the number on the embassy's own website before you call."),
                "needs_checking": False,
            }
        )

    def get_searchable_content(self, value):
        # Readers do not see an unconfirmed card, so their searches must not find it.
        if value.get("needs_checking"):
            return []
        return super().get_searchable_content(value)


class HotlineCallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(required=False, label=_("Text"))

    class Meta:
        icon = "mail"
        label = _("Hotline call to action")
        help_text = _("The hotline numbers come from the site setting “Hotline contacts”.")
        template = "components/blocks/hotline_cta.html"
        description = _("The hotline's numbers from the site setting and a link to the form")
        preview_value = Preview(
            {
                "title": _("Not sure an offer is safe?"),
                "text": _("Ask the hotline before you go. It is free and confidential."),
            }
        )


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image.html"
        description = _("An image with a text for people who cannot see it, and a caption")
        preview_value = Preview(
            {
                "alt_text": _("The image uploaded last"),
                "caption": _("A caption says what the image shows."),
            }
        )

    def get_preview_value(self):
        value = super().get_preview_value()
        value["image"] = get_image_model().objects.order_by("-created_at").first()
        return value


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        required=False,
        label=_("Link text"),
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "components/blocks/document.html"
        description = _("A link to download a document, with its format and size")
        preview_value = Preview({"title": _("Download the checklist for a safe trip")})

    def get_preview_value(self):
        value = super().get_preview_value()
        value["document"] = get_document_model().objects.order_by("-created_at").first()
        return value


class TableBlock(WagtailTableBlock):
    class Meta:
        icon = "table"
        label = _("Table")
        template = "components/blocks/table.html"
        description = _("A table with a caption and a header row")
        preview_value = Preview(
            table_value(
                _("Emergency numbers"),
                [_("Country"), _("Emergency number")],
                [[_("Poland"), "112"], [_("Lithuania"), "112"], [_("USA"), "911"]],
            )
        )


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    checklist = ChecklistBlock()
    steps = StepsBlock()
    faq = FAQBlock()
    contact_card = ContactCardBlock()
    hotline_cta = HotlineCallToActionBlock()
    image = ImageBlock()
    document = DocumentBlock()
    table = TableBlock()
