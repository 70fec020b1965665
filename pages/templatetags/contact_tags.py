"""The hotline's own contacts as links, or, while they are examples, as marked text."""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

from pages.models.contacts import CONTACT_HREFS

register = template.Library()


def _value(contacts, name):
    # The setting itself, or the plain copy kept for when the database fails.
    if isinstance(contacts, dict):
        return contacts.get(name)
    return getattr(contacts, name, None)


@register.simple_tag
def hotline_contact(contacts, name):
    """One contact of the "Hotline contacts" setting, ready to show.

    Example contacts (the demo content's) must not be called or written to by
    someone who believes them: they get a visible "(demo)" label and no link.
    """
    value = str(_value(contacts, name) or "")
    if not value:
        return ""
    text = f"@{value.lstrip('@')}" if name == "telegram" else value
    if _value(contacts, "are_examples"):
        return format_html(
            '<span class="contact-demo">{} <span class="contact-demo__label">{}</span></span>',
            text,
            _("(demo)"),
        )
    return format_html('<a href="{}">{}</a>', CONTACT_HREFS[name](value), text)
