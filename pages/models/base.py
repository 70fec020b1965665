from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page
from wagtail.search import index


class BasePage(Page):
    """Shared behaviour of every page type on the site.

    `translation_check_fields` names the fields that must be filled in a language
    for the page to count as written in it (besides the title); where they are
    empty the reader sees the Russian text with a notice.
    """

    translation_check_fields = ()

    class Meta:
        abstract = True

    def is_written_in(self, language):
        if language == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
            return True
        for field in ("title", *self.translation_check_fields):
            value = getattr(self, f"{field}_{language}", None)
            if not value or (hasattr(value, "__len__") and len(value) == 0):
                return False
        return True

    def written_languages(self):
        return [code for code, _name in settings.LANGUAGES if self.is_written_in(code)]


class HomePage(BasePage):
    lead = models.TextField(
        _("lead text"), blank=True, help_text=_("Two or three sentences under the site name.")
    )

    translation_check_fields = ("lead",)
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    content_panels = [*Page.content_panels, FieldPanel("lead")]
    search_fields = [*Page.search_fields, index.SearchField("lead")]

    class Meta:
        verbose_name = _("home page")


@register_setting(icon="site")
class HotlineContacts(BaseSiteSetting):
    """The hotline's contacts, shown in the header and footer of every page."""

    phone_belarus = models.CharField(
        _("phone inside Belarus"),
        max_length=40,
        blank=True,
        help_text=_("As readers should dial it inside Belarus, e.g. 8 801 100 8 801."),
    )
    phone_belarus_note = models.CharField(
        _("note on the phone inside Belarus"),
        max_length=120,
        blank=True,
        help_text=_("For example: free from landlines."),
    )
    phone_abroad = models.CharField(
        _("phone from abroad"),
        max_length=40,
        blank=True,
        help_text=_("International format, e.g. +375 17 000 00 00."),
    )
    hours = models.CharField(_("hours"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    viber = models.CharField(
        _("Viber number"), max_length=40, blank=True, help_text=_("International format.")
    )
    telegram = models.CharField(
        _("Telegram username"), max_length=40, blank=True, help_text=_("Without the @.")
    )
    whatsapp = models.CharField(
        _("WhatsApp number"), max_length=40, blank=True, help_text=_("International format.")
    )
    address = models.TextField(_("address"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("phone_belarus"),
                FieldPanel("phone_belarus_note"),
                FieldPanel("phone_abroad"),
                FieldPanel("hours"),
                FieldPanel("email"),
            ],
            heading=_("Hotline"),
        ),
        MultiFieldPanel(
            [FieldPanel("viber"), FieldPanel("telegram"), FieldPanel("whatsapp")],
            heading=_("Messengers"),
        ),
        FieldPanel("address"),
    ]

    class Meta:
        verbose_name = _("hotline contacts")

    @staticmethod
    def dial(number):
        """A number as a tel: link target: digits and a leading plus only."""
        return "".join(ch for ch in number if ch.isdigit() or ch == "+")

    @property
    def phone_belarus_href(self):
        return self.dial(self.phone_belarus)

    @property
    def phone_abroad_href(self):
        return self.dial(self.phone_abroad)

    @property
    def viber_href(self):
        return f"viber://chat?number={self.dial(self.viber).replace('+', '%2B')}"

    @property
    def whatsapp_href(self):
        return f"https://wa.me/{self.dial(self.whatsapp).lstrip('+')}"

    @property
    def telegram_href(self):
        return f"https://t.me/{self.telegram.lstrip('@')}"
