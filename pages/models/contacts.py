from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from lastrada_site import page_cache
from pages import contacts_copy
from pages.fields import contact_detail, page_link
from pages.utils import dial


@register_setting(icon="site")
class HotlineContacts(BaseSiteSetting):
    """The hotline's contacts, shown in the header and footer of every page."""

    phone_belarus = contact_detail(
        _("phone inside Belarus"),
        _("As readers should dial it inside Belarus, e.g. 8 801 100 8 801."),
    )
    phone_belarus_note = models.CharField(
        _("note on the phone inside Belarus"),
        max_length=120,
        blank=True,
        help_text=_("For example: free from landlines."),
    )
    phone_abroad = contact_detail(
        _("phone from abroad"), _("International format, e.g. +375 17 000 00 00.")
    )
    hours = models.CharField(_("hours"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    viber = contact_detail(_("Viber number"), _("International format."))
    telegram = contact_detail(_("Telegram username"), _("Without the @."))
    whatsapp = contact_detail(_("WhatsApp number"), _("International format."))
    address = models.TextField(_("address"), blank=True)
    browsing_safely_page = page_link(
        _("browsing safely page"),
        _("The advice on browsing safely, linked next to the quick-exit button on every page."),
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

    # Every page shows the contacts: they come from the shared cache until the next
    # change. The page that says a request was not sent because the database failed
    # must still show the numbers: every read and every save refreshes a copy outside it.
    @classmethod
    def for_site(cls, site):
        contacts = page_cache.remembered(
            "hotline-contacts", site.pk, lambda: super(HotlineContacts, cls).for_site(site)
        )
        contacts_copy.keep(contacts, site)
        return contacts

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        transaction.on_commit(lambda: contacts_copy.keep(self, self.site, saved=True))

    @property
    def phone_belarus_href(self):
        return dial(self.phone_belarus)

    @property
    def phone_abroad_href(self):
        return dial(self.phone_abroad)

    @property
    def viber_href(self):
        return f"viber://chat?number={dial(self.viber).replace('+', '%2B')}"

    @property
    def whatsapp_href(self):
        return f"https://wa.me/{dial(self.whatsapp).lstrip('+')}"

    @property
    def telegram_href(self):
        return f"https://t.me/{self.telegram.lstrip('@')}"
