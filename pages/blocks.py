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


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading.html"
        description = _("A heading that starts a new part of the page")
        preview_value = previews.HEADING


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "components/blocks/paragraph.html"
        description = _("Text with bold, italic, lists and links")
        preview_value = previews.PARAGRAPH


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
        preview_value = previews.CALLOUT


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item")), label=_("Items"))

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "components/blocks/checklist.html"
        description = _("A list that readers tick off, such as the documents to take")
        preview_value = previews.CHECKLIST


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"))
    text = blocks.RichTextBlock(features=TEXT_FEATURES, required=False, label=_("Text"))

    class Meta:
        description = _("One step: what to do and how")
        preview_value = previews.STEP


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"))

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "components/blocks/steps.html"
        description = _("Steps to follow in order, each with a short explanation")
        preview_value = previews.STEPS


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"))
    answer = blocks.RichTextBlock(features=TEXT_FEATURES, label=_("Answer"))

    class Meta:
        description = _("One question and its answer")
        preview_value = previews.QUESTION


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    items = blocks.ListBlock(QuestionBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "components/blocks/faq.html"
        description = _("Questions that readers open one at a time to read the answer")
        preview_value = previews.FAQ


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
        preview_value = previews.CONTACT_CARD

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
        preview_value = previews.HOTLINE_CTA


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
        preview_value = previews.IMAGE


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
        preview_value = previews.DOCUMENT


class TableBlock(WagtailTableBlock):
    class Meta:
        icon = "table"
        label = _("Table")
        template = "components/blocks/table.html"
        description = _("A table with a caption and a header row")
        preview_value = previews.TABLE


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

    class Meta:
        icon = "link-external"
        label = _("Source")
        template = "components/blocks/source.html"
        description = _("Where a fact on the page comes from: a title, an address, a date")
        preview_value = previews.SOURCE

    def get_searchable_content(self, value):
        # The title is what a reader would search for; an address or a date is not.
        return [value["title"]] if value.get("title") else []


class SourcesStreamBlock(blocks.StreamBlock):
    source = SourceBlock()
