from django.conf import settings
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page
from wagtail.search import index

from pages import cache_paths, contacts_copy

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


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


class BasePage(cache_paths.CachedUrlsMixin, Page):
    """Shared behaviour of every page type on the site.

    `translation_check_fields` names the fields that must be filled in a language
    for the page to count as written in it (besides the title); where they are
    empty the reader sees the Russian text with a notice.
    """

    translation_check_fields = ()
    # Fields whose text goes into the per-language search text, besides the title.
    search_text_fields = ()
    # The plain-text field used as the page's summary in listings and search results.
    summary_field = None

    # One plain-text column per language, rebuilt on every save, so that search
    # looks only at the reader's language (Wagtail's own index mixes languages).
    search_text_ru = models.TextField(editable=False, blank=True, default="")
    search_text_be = models.TextField(editable=False, blank=True, default="")
    search_text_en = models.TextField(editable=False, blank=True, default="")

    search_fields = [
        *Page.search_fields,
        *(index.SearchField(f"title_{code}", boost=3) for code in LANGUAGE_CODES),
        *(index.SearchField(f"search_text_{code}") for code in LANGUAGE_CODES),
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.refresh_search_text()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {
                *update_fields,
                *(f"search_text_{code}" for code in LANGUAGE_CODES),
            }
        return super().save(*args, **kwargs)

    def refresh_search_text(self):
        """Lower-case plain text per language; empty where the page is not written."""
        for code in LANGUAGE_CODES:
            text = ""
            if self.is_written_in(code):
                parts = [getattr(self, f"title_{code}", "") or ""]
                # Blocks' own labels (a callout's kind) are translated strings:
                # index them in the page's language, not the one active at save.
                with translation.override(code):
                    parts += [
                        plain_text(getattr(self, f"{field}_{code}", None))
                        for field in self.search_text_fields
                    ]
                text = " ".join(part for part in parts if part).lower()
            setattr(self, f"search_text_{code}", text)

    @property
    def summary(self):
        """Plain-text summary in the active language (with fallback), for cards and results."""
        value = getattr(self, self.summary_field, "") if self.summary_field else ""
        return Truncator(plain_text(value) or self.search_description or "").words(40)

    @property
    def preview_modes(self):
        return list(settings.LANGUAGES)

    @property
    def default_preview_mode(self):
        return DEFAULT_LANGUAGE

    def serve_preview(self, request, mode_name):
        """Preview in the language the editor picks, whatever the admin's language."""
        language = mode_name if mode_name in LANGUAGE_CODES else DEFAULT_LANGUAGE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, "")
            if isinstance(response, TemplateResponse):
                response.render()
        return response

    def is_written_in(self, language):
        if language == DEFAULT_LANGUAGE:
            return True
        return not self.missing_fields(language)

    def missing_fields(self, language):
        """The checked fields that are empty in a language (title first)."""
        missing = []
        for field in ("title", *self.translation_check_fields):
            value = getattr(self, f"{field}_{language}", None)
            if not value or (hasattr(value, "__len__") and len(value) == 0):
                missing.append(field)
            elif isinstance(value, str) and not value.strip():
                missing.append(field)
        return missing

    def written_languages(self):
        return [code for code in LANGUAGE_CODES if self.is_written_in(code)]


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
    browsing_safely_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("browsing safely page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The advice on browsing safely, linked next to the quick-exit button on every page."
        ),
    )

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
        FieldPanel("browsing_safely_page"),
    ]

    class Meta:
        verbose_name = _("hotline contacts")

    @classmethod
    def base_queryset(cls):
        # The quick exit links this page on every public page: fetch it with the
        # setting, not with a query of its own.
        return super().base_queryset().select_related("browsing_safely_page")

    # The page that says a request was not sent because the database failed must
    # still show the numbers: every read and every save refreshes a copy outside it.
    @classmethod
    def for_site(cls, site):
        contacts = super().for_site(site)
        contacts_copy.keep(contacts, site)
        return contacts

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        transaction.on_commit(lambda: contacts_copy.keep(self, self.site, saved=True))

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
