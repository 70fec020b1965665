"""StreamField blocks for page bodies.

Every block has its own template in templates/components/blocks/ and reads
without JavaScript. `BodyStreamBlock` is the one stream every page body uses;
pages/demo_content/FORMAT.md describes the same blocks as plain data.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading.html"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "components/blocks/paragraph.html"


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


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item")), label=_("Items"))

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "components/blocks/checklist.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"))
    text = blocks.RichTextBlock(features=TEXT_FEATURES, required=False, label=_("Text"))


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"))

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "components/blocks/steps.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"))
    answer = blocks.RichTextBlock(features=TEXT_FEATURES, label=_("Answer"))


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    items = blocks.ListBlock(QuestionBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "components/blocks/faq.html"


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

    class Meta:
        icon = "user"
        label = _("Contact card")
        template = "components/blocks/contact_card.html"


class HotlineCallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(required=False, label=_("Text"))

    class Meta:
        icon = "mail"
        label = _("Hotline call to action")
        help_text = _("The hotline numbers come from the site setting “Hotline contacts”.")
        template = "components/blocks/hotline_cta.html"


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


class TableBlock(WagtailTableBlock):
    class Meta:
        icon = "table"
        label = _("Table")
        template = "components/blocks/table.html"


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


def table_value(caption, header, rows):
    """FORMAT.md's {"caption", "header", "rows"} as the value TableBlock stores."""
    return {
        "data": [list(header), *[list(row) for row in rows]] if header else [list(r) for r in rows],
        "first_row_is_table_header": bool(header),
        "first_col_is_header": False,
        "table_caption": caption,
    }
