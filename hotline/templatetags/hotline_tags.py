"""Template helpers of the hotline's admin screens."""

from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def staff_name(user):
    """Who wrote a note or recorded a contact: their full name, else their username.
    The entry outlives a deleted account, and then says so."""
    if user is None:
        return _("a former user")
    return user.get_full_name() or user.get_username()
