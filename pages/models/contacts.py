from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from pages import contacts_copy
from pages.fields import contact_detail, page_link
from pages.utils import dial


def tel_href(number):
    return f"tel:{dial(number)}"


# How each contact of the setting is reached from a link.
CONTACT_HREFS = {
    "phone_belarus": tel_href,
    "phone_abroad": tel_href,
    "email": "mailto:{}".format,
    "viber": lambda number: f"viber://chat?number={dial(number).replace('+', '%2B')}",
    "telegram": lambda username: f"https://t.me/{username.lstrip('@')}",
    "whatsapp": lambda number: f"https://wa.me/{dial(number).lstrip('+')}",
}


@register_setting(icon="site")
class HotlineContacts(BaseSiteSetting):
    """The hotline's contacts, shown in the header and footer of every page."""

    phone_belarus = contact_detail(
        _("phone inside Belarus"),
        _("As readers should dial it inside Belarus, e.g. 8 801 000-00-00."),
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
    are_examples = models.BooleanField(
        _("these contacts are examples"),
        default=False,
        help_text=_(
            "Set by the demo content. While ticked, every page shows the numbers and "
            "addresses with a “(demo)” label and without links to call or write, and "
            "the go-live check fails. Clear it once the real contacts are in."
        ),
    )
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
                FieldPanel("are_examples"),
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
