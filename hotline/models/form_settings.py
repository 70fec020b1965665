"""What editors may change on the public request form."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField

from pages.fields import page_link


@register_setting(icon="mail")
class HotlineFormSettings(BaseSiteSetting):
    """What editors may change on the public request form."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Shown above the form. Leave empty to show the standard introduction."),
    )
    privacy_page = page_link(_("privacy policy page"), _("Linked from the consent checkbox."))
    # A promise is made only where it can be kept: the page after an urgent request
    # promises no waiting time at all, and asks the person to call instead.
    response_time = models.CharField(
        _("usual response time"),
        max_length=120,
        blank=True,
        help_text=_(
            "Shown on the page after sending, for requests that are not urgent, for example "
            "“usually within two working days”. Leave empty to promise no time."
        ),
    )

    # wagtail-modeltranslation replaces the panel of a translated field with one panel
    # per language of settings.LANGUAGES, so a new language needs no change here.
    panels = [FieldPanel("intro"), FieldPanel("privacy_page"), FieldPanel("response_time")]

    class Meta:
        verbose_name = _("hotline request form")
