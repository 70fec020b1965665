from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        from . import signals
        from .review import checks  # noqa: F401  registers the go-live check

        signals.connect()
