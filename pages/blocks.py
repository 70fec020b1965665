"""StreamField blocks for page bodies.

Every block has its own template in templates/components/blocks/ and reads
without JavaScript. `BodyStreamBlock` is the one stream every page body uses, and
`SourcesStreamBlock` the list of sources under a guide or a country page;
pages/demo_content/FORMAT.md describes the same blocks as plain data.

Each block also has a `description` and a `preview_value`: the admin's block
picker shows both, so an editor sees what a block is for and how it looks
before adding it.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from . import block_previews as previews

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


def block_meta(template=None, icon=None, label=None, preview_value=None, description=None, **rest):
    """The Meta options of a block. Its template is named after its file in
    templates/components/blocks/; options left out are not set, so Wagtail's
    defaults apply to them."""
    options = {"icon": icon, "label": label, "preview_value": preview_value}
    options.update(description=description, **rest)
    if template:
        options["template"] = f"components/blocks/{template}.html"
    return type("Meta", (), {key: value for key, value in options.items() if value is not None})


def heading_anchor(block_id):
    """The id a heading block renders with, so a list of the page's headings can link to it."""
    return f"h-{str(block_id)[:8]}"


class HeadingBlock(blocks.CharBlock):
    Meta = block_meta(
        "heading",
        "title",
        _("Heading"),
        previews.HEADING,
        _("A heading that starts a new part of the page"),
    )


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", TEXT_FEATURES)
        super().__init__(**kwargs)

    Meta = block_meta(
        "paragraph",
        "pilcrow",
        _("Text"),
        previews.PARAGRAPH,
        _("Text with bold, italic, lists and links"),
    )


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("warning", _("Warning")), ("danger", _("Danger"))],
        default="info",
        label=_("Kind"),
    )
    title = blocks.CharBlock(required=False, label=_("Title"))
    text = blocks.RichTextBlock(features=TEXT_FEATURES, label=_("Text"))

    Meta = block_meta(
        "callout",
        "warning",
        _("Callout"),
        previews.CALLOUT,
        _("A box that stands out: information, a warning or a danger"),
    )


class TitledListBlock(blocks.StructBlock):
    """A list under an optional title; each subclass says what the list holds."""

    title = blocks.CharBlock(required=False, label=_("Title"))


class ChecklistBlock(TitledListBlock):
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item")), label=_("Items"))

    Meta = block_meta(
        "checklist",
        "tasks",
        _("Checklist"),
        previews.CHECKLIST,
        _("A list that readers tick off, such as the documents to take"),
    )


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"))
    text = blocks.RichTextBlock(features=TEXT_FEATURES, required=False, label=_("Text"))

    Meta = block_meta(description=_("One step: what to do and how"), preview_value=previews.STEP)


class StepsBlock(TitledListBlock):
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"))

    Meta = block_meta(
        "steps",
        "list-ol",
        _("Numbered steps"),
        previews.STEPS,
        _("Steps to follow in order, each with a short explanation"),
    )


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"))
    answer = blocks.RichTextBlock(features=TEXT_FEATURES, label=_("Answer"))

    Meta = block_meta(
        description=_("One question and its answer"),
        preview_value=previews.QUESTION,
    )


class FAQBlock(TitledListBlock):
    items = blocks.ListBlock(QuestionBlock(), label=_("Questions"))

    Meta = block_meta(
        "faq",
        "help",
        _("Questions and answers"),
        previews.FAQ,
        _("Questions that readers open one at a time to read the answer"),
    )


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

    Meta = block_meta(
        "contact_card",
        "user",
        _("Contact card"),
        previews.CONTACT_CARD,
        _("Phone, e-mail, messenger and hours of an office or organisation"),
    )

    def get_searchable_content(self, value):
        # Readers do not see an unconfirmed card, so their searches must not find it.
        if value.get("needs_checking"):
            return []
        return super().get_searchable_content(value)


class HotlineCallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(required=False, label=_("Text"))

    Meta = block_meta(
        "hotline_cta",
        "mail",
        _("Hotline call to action"),
        previews.HOTLINE_CTA,
        _("The hotline's numbers from the site setting and a link to the form"),
        help_text=_("The hotline numbers come from the site setting “Hotline contacts”."),
    )


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    Meta = block_meta(
        "image",
        "image",
        _("Image"),
        previews.IMAGE,
        _("An image with a text for people who cannot see it, and a caption"),
    )


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        required=False,
        label=_("Link text"),
        help_text=_("Leave empty to use the document's title."),
    )

    Meta = block_meta(
        "document",
        "doc-full",
        _("Document download"),
        previews.DOCUMENT,
        _("A link to download a document, with its format and size"),
    )


class TableBlock(WagtailTableBlock):
    Meta = block_meta(
        "table", "table", _("Table"), previews.TABLE, _("A table with a caption and a header row")
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


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    url = blocks.URLBlock(label=_("Web address"))
    accessed = blocks.DateBlock(
        label=_("Date accessed"),
        help_text=_("When you last opened the address and found the facts there."),
    )

    Meta = block_meta(
        "source",
        "link-external",
        _("Source"),
        previews.SOURCE,
        _("Where a fact on the page comes from: a title, an address, a date"),
    )

    def get_searchable_content(self, value):
        # The title is what a reader would search for; an address or a date is not.
        return [value["title"]] if value.get("title") else []


class SourcesStreamBlock(blocks.StreamBlock):
    source = SourceBlock()
