"""StreamField blocks for page bodies.

Every block has its own template in templates/components/blocks/ and reads
without JavaScript. `BodyStreamBlock` is the one stream every page body uses, and
`SourcesStreamBlock` the list of sources under a guide or a country page;
pages/demo/content/FORMAT.md describes the same blocks as plain data.

Each block also has a `description` and a `preview_value`, both from
block_previews.py: the admin's block picker shows them, so an editor sees what a
block is for and how it looks before adding it.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from . import block_previews as previews

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


def block_meta(template=None, icon=None, label=None, picker=None, **rest):
    """The Meta options of a block. Its template is named after its file in
    templates/components/blocks/, and `picker` is what the block picker shows of it
    (an example value and what the block is for); options left out are not set, so
    Wagtail's defaults apply to them."""
    options = {"icon": icon, "label": label, **rest}
    if picker is not None:
        options.update(preview_value=picker, description=picker.description)
    if template:
        options["template"] = f"components/blocks/{template}.html"
    return type("Meta", (), {key: value for key, value in options.items() if value is not None})


def heading_anchor(block_id):
    """The id a heading block renders with, so a list of the page's headings can link to it."""
    return f"h-{str(block_id)[:8]}"


class HeadingBlock(blocks.CharBlock):
    Meta = block_meta("heading", "title", _("Heading"), previews.HEADING)


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", TEXT_FEATURES)
        super().__init__(**kwargs)

    Meta = block_meta("paragraph", "pilcrow", _("Text"), previews.PARAGRAPH)


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("warning", _("Warning")), ("danger", _("Danger"))],
        default="info",
        label=_("Kind"),
    )
    title = blocks.CharBlock(required=False, label=_("Title"))
    text = blocks.RichTextBlock(features=TEXT_FEATURES, label=_("Text"))

    Meta = block_meta("callout", "warning", _("Callout"), previews.CALLOUT)


class TitledListBlock(blocks.StructBlock):
    """A list under an optional title; each subclass says what the list holds."""

    title = blocks.CharBlock(required=False, label=_("Title"))


class ChecklistBlock(TitledListBlock):
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item")), label=_("Items"))

    Meta = block_meta("checklist", "tasks", _("Checklist"), previews.CHECKLIST)


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"))
    text = blocks.RichTextBlock(features=TEXT_FEATURES, required=False, label=_("Text"))

    Meta = block_meta(picker=previews.STEP)


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"))
    answer = blocks.RichTextBlock(features=TEXT_FEATURES, label=_("Answer"))

    Meta = block_meta(picker=previews.QUESTION)


class StepsBlock(TitledListBlock):
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"))

    Meta = block_meta("steps", "list-ol", _("Numbered steps"), previews.STEPS)


class FAQBlock(TitledListBlock):
    items = blocks.ListBlock(QuestionBlock(), label=_("Questions"))

    Meta = block_meta("faq", "help", _("Questions and answers"), previews.FAQ)


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

    Meta = block_meta("contact_card", "user", _("Contact card"), previews.CONTACT_CARD)

    def get_searchable_content(self, value):
        # Readers do not see an unconfirmed card, so their searches must not find it.
        if value.get("needs_checking"):
            return []
        return super().get_searchable_content(value)


class CheckNoteBlock(blocks.StructBlock):
    """A note for editors on the passage above it: a fact still to be confirmed, where
    or by whom (an official site, a lawyer). Like an unconfirmed contact card, readers
    never see it and search never finds it, and the page stays in the "Due for review"
    report and fails the go-live check until an editor deletes the note."""

    text = blocks.TextBlock(
        label=_("What to check"),
        help_text=_(
            "Readers do not see this note. Say what is not yet confirmed and who can confirm "
            "it; once it is, correct the text above and delete the note."
        ),
    )

    Meta = block_meta(
        "check_note", "help", _("Needs checking: note for editors"), previews.CHECK_NOTE
    )

    def get_searchable_content(self, value):
        return []

    def get_preview_context(self, value, parent_context=None):
        # The block picker shows the note to the editor; a page never does.
        return {**super().get_preview_context(value, parent_context), "editor_preview": True}


class HotlineCallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(required=False, label=_("Text"))

    Meta = block_meta(
        "hotline_cta",
        "mail",
        _("Hotline call to action"),
        previews.HOTLINE_CTA,
        help_text=_("The hotline numbers come from the site setting “Hotline contacts”."),
    )


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    Meta = block_meta("image", "image", _("Image"), previews.IMAGE)


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        required=False,
        label=_("Link text"),
        help_text=_("Leave empty to use the document's title."),
    )

    Meta = block_meta("document", "doc-full", _("Document download"), previews.DOCUMENT)


class TableBlock(WagtailTableBlock):
    Meta = block_meta("table", "table", _("Table"), previews.TABLE)


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    checklist = ChecklistBlock()
    steps = StepsBlock()
    faq = FAQBlock()
    contact_card = ContactCardBlock()
    check_note = CheckNoteBlock()
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

    Meta = block_meta("source", "link-external", _("Source"), previews.SOURCE)

    def get_searchable_content(self, value):
        # The title is what a reader would search for; an address or a date is not.
        return [value["title"]] if value.get("title") else []


class SourcesStreamBlock(blocks.StreamBlock):
    source = SourceBlock()
