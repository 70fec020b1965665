"""Make sure the Wagtail site and its home page exist (idempotent).

On a new database Wagtail's own migration leaves a placeholder "Welcome" page
(its per-language columns are filled by the migration
pages/0015_fill_page_translation_columns). This command puts a HomePage in its
place and points the default site at it. Run after every `migrate`; it does
nothing when all is in place.

    manage.py setup_site --address http://127.0.0.1:8001

also gives the default site this address (`make run` passes its own), so the
canonical, hreflang and sitemap addresses name the host and port readers use.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation
from wagtail.models import Page, Site

from pages.models import HomePage

HOME_TITLES = {
    "ru": "Безопасный выезд за рубеж",
    "be": "Бяспечны выезд за мяжу",
    "en": "Safe travel abroad",
}


class Command(BaseCommand):
    help = "Create the home page and the default site if they do not exist yet."

    def add_arguments(self, parser):
        parser.add_argument(
            "--address",
            help="The site's address, such as http://127.0.0.1:8001: the default site's "
            "host name and port are set to it.",
        )

    def handle(self, *args, address=None, **options):
        if address is not None and not valid_address(address):
            raise CommandError(f"Give the address as http://host:port or https://host: {address!r}")
        # Page.slug and Page.title mean "the active language's" field under
        # modeltranslation: work in the default language whatever is active.
        with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
            self.ensure_site(address)

    @transaction.atomic
    def ensure_site(self, address):
        # The database cache backend (used when REDIS_URL is unset) needs its table.
        call_command("createcachetable", verbosity=0)
        home = HomePage.objects.first()
        if home is None:
            home = self.create_home()
            self.stdout.write(f"Created the home page (id {home.pk}).")
        # The site's own address, so canonical and hreflang URLs point at it.
        hostname, port = host_and_port(address or settings.WAGTAILADMIN_BASE_URL)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname=hostname,
                port=port,
                root_page=home,
                is_default_site=True,
                site_name=HOME_TITLES["ru"],
            )
            self.stdout.write("Created the default site.")
        elif site.root_page_id != home.pk:
            site.root_page, site.hostname, site.port = home, hostname, port
            site.save()
            self.stdout.write("Pointed the default site at the home page.")
        elif address and (site.hostname, site.port) != (hostname, port):
            site.hostname, site.port = hostname, port
            site.save()
            self.stdout.write(f"The default site's address is now {site.root_url}/.")
        self.remove_welcome_page(home)

    def create_home(self):
        root = Page.get_first_root_node()
        # The placeholder page holds the slug "home"; move it aside first.
        for welcome in root.get_children().filter(slug="home"):
            for code in HOME_TITLES:
                setattr(welcome, f"slug_{code}", f"welcome-{welcome.pk}")
            welcome.save()
        home = HomePage(
            slug="home",
            **{f"title_{code}": title for code, title in HOME_TITLES.items()},
            **{f"slug_{code}": "home" for code in HOME_TITLES},
        )
        home.title = HOME_TITLES["ru"]
        root.add_child(instance=home)
        home.save_revision().publish()
        return home

    def remove_welcome_page(self, home):
        root = Page.get_first_root_node()
        for page in root.get_children().exclude(pk=home.pk).not_type(HomePage):
            if page.specific_class is Page and not page.get_children().exists():
                page.delete()
                self.stdout.write("Removed Wagtail's placeholder welcome page.")


def valid_address(value):
    address = urlsplit(value)
    try:
        address.port  # noqa: B018 - reading it checks that the port is a number
    except ValueError:
        return False
    return address.scheme in ("http", "https") and bool(address.hostname)


def host_and_port(value):
    """(host name, port) of an address such as http://127.0.0.1:8001."""
    address = urlsplit(value)
    return address.hostname or "localhost", address.port or (
        443 if address.scheme == "https" else 80
    )
