"""Load the demo content from pages/demo/content/ into the page tree.

    manage.py load_demo_content             # add whatever is missing; existing pages are kept
    manage.py load_demo_content --if-empty  # only on a site without content pages (make run)
    manage.py load_demo_content --reset     # delete the content pages and topics, load afresh

Idempotent: a page that already exists (same type and Russian slug under the
same parent) is left exactly as it is, so a second run changes nothing and
never overwrites an editor's work. pages/demo/builder.py turns the data into objects.
"""

from types import SimpleNamespace

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation
from wagtail.models import Site

from lastrada_site.languages import language_codes
from pages import models as pages
from pages.demo import builder as build
from pages.demo.content import countries, news, site, trip_plan
from pages.demo.content.guides import all_guides
from pages.demo.job_check import add_job_check

FEATURED_GUIDES = 4
EXAMPLE_WARNING = (
    "! Hotline contacts: EXAMPLE numbers and e-mail set ({0.phone_belarus}, {0.phone_abroad}, "
    "{0.email}), shown as “(demo)”. Editors must replace them in Settings → Hotline contacts "
    "and clear “these contacts are examples” before the site goes public."
)


class Command(BaseCommand):
    help = "Load the demo pages in Russian, Belarusian and English (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing if the site has content pages."
        )
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete all content pages and topics first, then load everything afresh.",
        )

    def handle(self, *args, **options):
        if options["if_empty"] and options["reset"]:
            raise CommandError("Use either --if-empty or --reset, not both.")
        if not pages.HomePage.objects.exists():
            call_command("setup_site", verbosity=0)
        home = pages.HomePage.objects.get()
        if options["if_empty"] and home.get_children().exists():
            self.stdout.write("The site already has content pages; demo content not loaded.")
            return
        adder = build.PageAdder(self.step)
        with build.wagtail_log_quiet(), translation.override(build.DEFAULT), transaction.atomic():
            if options["reset"]:
                home = self.reset(home)
            self.load(adder, home, Site.objects.get(is_default_site=True))
        created, kept = len(adder.new), adder.kept
        message = f"Demo content: {created} pages created, {kept} already there."
        self.stdout.write(self.style.SUCCESS(message))

    def step(self, message):
        self.stdout.write(f"• {message}")

    def reset(self, home):
        count = home.get_descendants().count()
        for child in home.get_children():
            child.delete()
        pages.Topic.objects.all().delete()
        self.step(f"Reset: deleted {count} content pages and all topics.")
        # Deleting the children changed the home page's tree fields in the database.
        home = pages.HomePage.objects.get(pk=home.pk)
        for field in pages.HomePage.translated_fields:
            build.set_translations(home, field, dict.fromkeys(language_codes(), ""))
        home.featured_guides = []
        home.tool_links = []
        home.save()
        return pages.HomePage.objects.get(pk=home.pk)

    def load(self, adder, home, default_site):
        topics, created = build.find_or_create(pages.Topic, site.TOPICS, "slug")
        self.step(f"Topics: {created} created, {len(topics) - created} already there.")
        contacts = pages.HotlineContacts.for_site(default_site)
        if contacts.phone_belarus or contacts.phone_abroad or contacts.email:
            self.step("Hotline contacts: already set, left as they are.")
        else:
            build.fill(contacts, site.EXAMPLE_CONTACTS).save()
            self.stdout.write(self.style.WARNING(EXAMPLE_WARNING.format(contacts)))
        if getattr(home, f"intro_{build.DEFAULT}"):
            self.step("Home page: texts already there, left as they are.")
        else:
            build.publish(build.fill(home, site.HOME))
            self.step("Home page: texts loaded.")
        sections = adder.add_all("Sections", home, pages.SectionPage, site.SECTIONS)
        standard = adder.add_all("Standard pages", home, pages.StandardPage, site.STANDARD_PAGES)
        items = all_guides()
        guides = {
            i["key"]: adder.add(sections[i["section"]], pages.GuidePage, i, topics) for i in items
        }
        self.step(f"Guides: {len(guides)} in place, {len(adder.relate(guides, items))} new.")
        job_check = add_job_check(adder, sections, guides)
        self.step("Job offer check: in place.")
        featured = build.feature_guides(pages.HomePage.objects.get(), guides, FEATURED_GUIDES)
        if featured is not None:
            self.step(f"Home page: {featured} featured guides.")
        country_index = adder.add(home, pages.CountryIndexPage, countries.COUNTRY_INDEX)
        adder.add_all("Countries", country_index, pages.CountryPage, countries.COUNTRIES)
        news_index = adder.add(home, pages.NewsIndexPage, news.NEWS_INDEX)
        adder.add_all("News", news_index, pages.NewsPage, news.NEWS, topics)
        adder.add(home, pages.CampaignPage, news.CAMPAIGN)
        self.step("Campaign: in place.")
        plan = adder.add(home, pages.TripPlanPage, trip_plan.TRIP_PLAN)
        self.step("Trip plan: in place.")
        tools = {"job-check": job_check, "trip-plan": plan}
        if build.link_tools(pages.HomePage.objects.get(), site.HOME_TOOLS, tools):
            self.step("Home page: links to the job offer check and the trip plan.")
        contacts = pages.HotlineContacts.for_site(default_site)
        if build.link(contacts, "browsing_safely_page", standard["browsing-safely"]):
            self.step("Quick exit: linked to the browsing-safely page.")
        else:
            self.step("Quick exit: advice page already set.")
        # Every other app adds its own demo data to the pages just loaded.
        loaded = SimpleNamespace(
            adder=adder, home=home, site=default_site, standard=standard, step=self.step
        )
        for config in apps.get_app_configs():
            if hasattr(config, "load_demo_content"):
                config.load_demo_content(loaded)
        # Texts that link other pages by key get their links once every page exists.
        self.step(f"Links between pages: in place ({adder.link_pages()} new pages link others).")
