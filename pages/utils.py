"""Small text helpers shared by the page models, search and templates."""

from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField

from lastrada_site.languages import language_codes


def plain_text(value):
    """Readable plain text of a field value: a string, rich text or a StreamField."""
    if not value:
        return ""
    if hasattr(value, "stream_block"):
        parts = value.stream_block.get_searchable_content(value)
        text = " ".join(str(part) for part in parts)
    else:
        text = str(getattr(value, "source", value))
    return " ".join(strip_tags(text.replace("<", " <")).split())


def dial(number):
    """A phone number as a tel: link target: digits and a leading plus only."""
    return "".join(ch for ch in str(number or "") if ch.isdigit() or ch == "+")


def card_columns_deferred(model, prefix=""):
    """The columns a page card never shows: bodies and rich texts in every language
    and the stored search text. A listing that loads them would decode every
    language's StreamField of every page it lists.

    `prefix` names them through a relation ("guide__") for `select_related`.
    """
    summary = getattr(model, "summary_field", None)
    kept = {summary, *(f"{summary}_{code}" for code in language_codes())} if summary else set()
    return [
        f"{prefix}{field.name}"
        for field in model._meta.concrete_fields
        if field.name not in kept
        and (
            isinstance(field, (RichTextField, StreamField)) or field.name.startswith("search_text")
        )
    ]


def for_cards(queryset):
    """Pages to be shown as cards (title, link, summary), without their heavy columns."""
    return queryset.defer(*card_columns_deferred(queryset.model))
