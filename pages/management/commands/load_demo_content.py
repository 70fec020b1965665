"""Load the demo content from pages/demo_content/ into the page tree.

    manage.py load_demo_content             # add whatever is missing; existing pages are kept
    manage.py load_demo_content --if-empty  # only on a site without content pages (make run)
    manage.py load_demo_content --reset     # delete the content pages and topics, load afresh

Idempotent: a page that already exists (same type and Russian slug under the
same parent) is left exactly as it is, so a second run changes nothing and
never overwrites an editor's work.
"""

import datetime
import logging

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import models, transaction
from django.utils import translation
from wagtail.fields import StreamField
from wagtail.models import Site

from hotline.models import HotlineFormSettings
from lastrada_site.languages import language_codes
from pages.blocks import BodyStreamBlock, table_value
from pages.demo_content import countries, guides_help, guides_migration, news, site
from pages.models import (
    CampaignPage,
    CampaignPartner,
    CountryIndexPage,
    CountryPage,
    GuidePage,
    GuidePageRelatedGuide,
    HomePage,
    HomePageFeaturedGuide,
    HotlineContacts,
    NewsIndexPage,
    NewsPage,
    SectionPage,
    StandardPage,
    Topic,
)

DEFAULT = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
FEATURED_GUIDES = 4


def stream(blocks, stream_block=None):
    """Blocks in FORMAT.md's `(type, value)` tuples as a StreamField value."""
    stream_block = stream_block or BodyStreamBlock()
    raw = []
    for block_type, value in blocks:
        if block_type not in stream_block.child_blocks:
            raise CommandError(f"Unknown block type {block_type!r} in demo content.")
        if block_type == "table":
            value = table_value(value["caption"], value["header"], value["rows"])
        raw.append({"type": block_type, "value": value})
    return stream_block.to_python(raw)


def set_translations(obj, field, values):
    """One field in every language, a StreamField's blocks made into its value."""
    model_field = obj._meta.get_field(field)
    for code in language_codes():
        value = values[code]
        if isinstance(model_field, StreamField):
            value = stream(value, model_field.stream_block)
        setattr(obj, f"{field}_{code}", value)


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
        if not HomePage.objects.exists():
            call_command("setup_site", verbosity=0)
        home = HomePage.objects.get()
        if options["if_empty"] and home.get_children().exists():
            self.stdout.write("The site already has content pages; demo content not loaded.")
            return
        self.created = self.kept = 0
        # Wagtail logs every page it creates; the steps below say what happens instead.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)
        try:
            with translation.override(DEFAULT), transaction.atomic():
                if options["reset"]:
                    self.reset(home)
                    home = HomePage.objects.get(pk=home.pk)
                self.load(home, Site.objects.get(is_default_site=True))
        finally:
            wagtail_logger.setLevel(level)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content: {self.created} pages created, {self.kept} already there."
            )
        )

    def step(self, message):
        self.stdout.write(f"• {message}")

    def reset(self, home):
        count = home.get_descendants().count()
        for child in home.get_children():
            child.delete()
        Topic.objects.all().delete()
        self.step(f"Reset: deleted {count} content pages and all topics.")
        # Deleting the children changed the home page's tree fields in the database.
        home = HomePage.objects.get(pk=home.pk)
        for field in HomePage.translated_fields:
            set_translations(home, field, dict.fromkeys(language_codes(), ""))
        home.featured_guides = []
        home.save()

    def load(self, home, default_site):
        topics = self.load_topics(site.TOPICS)
        self.load_contacts(HotlineContacts.for_site(default_site), site.EXAMPLE_CONTACTS)
        self.load_home(home, site.HOME)
        sections = self.add_pages("Sections", home, SectionPage, site.SECTIONS)
        standard = self.add_pages("Standard pages", home, StandardPage, site.STANDARD_PAGES)
        guides = self.load_guides(sections, topics, guides_migration.GUIDES + guides_help.GUIDES)
        self.load_featured_guides(guides)
        country_index = self.add_page(home, CountryIndexPage, countries.COUNTRY_INDEX)
        self.add_pages("Countries", country_index, CountryPage, countries.COUNTRIES)
        news_index = self.add_page(home, NewsIndexPage, news.NEWS_INDEX)
        self.add_pages("News", news_index, NewsPage, news.NEWS, topics)
        self.load_campaign(home, news.CAMPAIGN)
        self.link_pages(default_site, standard["privacy"], standard["browsing-safely"])

    def load_topics(self, items):
        topics, created = {}, 0
        for item in items:
            topic = Topic.objects.filter(slug=item["key"]).first()
            if topic is None:
                topic = Topic(slug=item["key"])
                set_translations(topic, "name", item["name"])
                topic.save()
                created += 1
            topics[item["key"]] = topic
        self.step(f"Topics: {created} created, {len(topics) - created} already there.")
        return topics

    def load_contacts(self, contacts, example):
        if contacts.phone_belarus or contacts.phone_abroad or contacts.email:
            self.step("Hotline contacts: already set, left as they are.")
            return
        contacts.phone_belarus = example["phone_belarus"]
        contacts.phone_abroad = example["phone_abroad"]
        contacts.email = example["email"]
        contacts.are_examples = True
        set_translations(contacts, "hours", example["hours"])
        contacts.save()
        self.stdout.write(
            self.style.WARNING(
                f"! Hotline contacts: EXAMPLE numbers and e-mail set ({contacts.phone_belarus}, "
                f"{contacts.phone_abroad}, {contacts.email}), shown as “(demo)”. Editors "
                "must replace them in Settings → Hotline contacts and clear “these contacts "
                "are examples” before the site goes public."
            )
        )

    def load_home(self, home, data):
        if getattr(home, f"lead_{DEFAULT}"):
            self.step("Home page: texts already there, left as they are.")
            return
        for field in ("title", "search_description", *HomePage.translated_fields):
            set_translations(home, field, data[field])
        home.save_revision().publish()
        self.step("Home page: texts loaded.")

    def load_guides(self, sections, topics, items):
        guides = {}
        new = []
        for item in items:
            before = self.created
            guides[item["key"]] = self.add_page(sections[item["section"]], GuidePage, item, topics)
            if self.created > before:
                new.append(item)
        for item in new:
            if item["related"]:
                guide = guides[item["key"]]
                guide.related_guides = [
                    GuidePageRelatedGuide(guide=guides[key], sort_order=index)
                    for index, key in enumerate(item["related"])
                ]
                guide.save_revision().publish()
        self.step(f"Guides: {len(guides)} in place, {len(new)} new.")
        return guides

    def load_featured_guides(self, guides):
        home = HomePage.objects.get()
        if home.featured_guides.exists():
            return
        # The first guide of each of the first sections, so the home page shows the range.
        first = {}
        for guide in guides.values():
            first.setdefault(guide.get_parent().pk, guide)
        chosen = list(first.values())[:FEATURED_GUIDES]
        home.featured_guides = [
            HomePageFeaturedGuide(guide=guide, sort_order=index)
            for index, guide in enumerate(chosen)
        ]
        home.save_revision().publish()
        self.step(f"Home page: {len(chosen)} featured guides.")

    def load_campaign(self, home, data):
        before = self.created
        campaign = self.add_page(home, CampaignPage, data)
        if self.created > before:
            partners = []
            for index, partner in enumerate(data["partners"]):
                row = CampaignPartner(url=partner["url"], sort_order=index)
                set_translations(row, "name", partner["name"])
                partners.append(row)
            campaign.partners = partners
            campaign.save_revision().publish()
        self.step("Campaign: in place.")

    def link_pages(self, default_site, privacy, browsing_safely):
        form_settings = HotlineFormSettings.for_site(default_site)
        if form_settings.privacy_page_id:
            self.step("Hotline form settings: privacy page already set.")
        else:
            form_settings.privacy_page = privacy
            form_settings.save()
            self.step("Hotline form settings: linked to the privacy policy page.")
        contacts = HotlineContacts.for_site(default_site)
        if contacts.browsing_safely_page_id:
            self.step("Quick exit: advice page already set.")
        else:
            contacts.browsing_safely_page = browsing_safely
            contacts.save()
            self.step("Quick exit: linked to the browsing-safely page.")

    # -- pages ---------------------------------------------------------------

    def add_pages(self, label, parent, model, items, topics=None):
        pages = {item["key"]: self.add_page(parent, model, item, topics) for item in items}
        self.step(f"{label}: {len(pages)} in place.")
        return pages

    def add_page(self, parent, model, item, topics=None):
        """The child of `parent` with this Russian slug, created and published if missing.

        The item's titles, slugs, search descriptions and every translated field of
        the page type it holds are set in each language, its other fields (dates as
        ISO strings) as they are; pages right under the home page are the menu's.
        """
        slug = {f"slug_{DEFAULT}": item["slug"][DEFAULT]}
        existing = model.objects.child_of(parent).filter(**slug).first()
        if existing is not None:
            self.kept += 1
            return existing
        page = model(show_in_menus=isinstance(parent, HomePage))
        translated = ("title", "slug", "search_description", *model.translated_fields)
        for field in model._meta.concrete_fields:
            value = item.get(field.name)
            if value is None:
                continue
            if field.name in translated:
                set_translations(page, field.name, value)
            elif isinstance(field, models.DateField):
                setattr(page, field.name, datetime.date.fromisoformat(value))
            else:
                setattr(page, field.name, value)
        if topics is not None:
            page.topics = [topics[key] for key in item["topics"]]
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page
