"""Small text helpers shared by the page models, search and templates."""

from django.utils.html import strip_tags


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
