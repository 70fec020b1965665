"""Password rules for staff accounts, with a hint that helps to meet them."""

from django.contrib.auth.password_validation import MinimumLengthValidator
from django.utils.translation import ngettext


class StaffPasswordLengthValidator(MinimumLengthValidator):
    """Django's length rule, explained in a way that leads to a long, memorable password."""

    def get_help_text(self):
        return ngettext(
            "Use at least %(min_length)d character. A few unrelated words are easier to "
            "remember than a short password, and harder to guess.",
            "Use at least %(min_length)d characters. A few unrelated words are easier to "
            "remember than a short password, and harder to guess.",
            self.min_length,
        ) % {"min_length": self.min_length}
