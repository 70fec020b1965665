from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HotlineConfig(AppConfig):
    name = "hotline"
    verbose_name = _("Hotline")

    def load_demo_content(self, loaded):
        """Called by `manage.py load_demo_content` once the pages are in place."""
        # The app registry is ready only once ready() has run: the loader imports models.
        from .demo import load

        load(loaded)
