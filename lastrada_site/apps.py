from django.apps import AppConfig


class LastradaSiteConfig(AppConfig):
    name = "lastrada_site"

    def ready(self):
        from . import checks  # noqa: F401  registers the deploy checks
