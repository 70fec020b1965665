"""Load the demo content from pages/demo_content/ into the page tree.

    manage.py load_demo_content             # add whatever is missing; existing pages are kept
    manage.py load_demo_content --if-empty  # only on a site without content pages (make run)
    manage.py load_demo_content --reset     # delete the content pages and topics, load afresh

Idempotent: a page that already exists (same type and Russian slug under the
same parent) is left exactly as it is, so a second run changes nothing and
never overwrites an editor's work. A data module that is missing (the writers
may not have finished it) is skipped with a warning.
"""

import datetime
import importlib
import logging

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation
from wagtail.models import Site

from pages.blocks import BodyStreamBlock, table_value
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

LANGUAGES = [code for code, _name in settings.LANGUAGES]
DEFAULT = settings.MODELTRANSLATION_DEFAULT_LANGUAGE

# Titles of the two listing pages, unless pages/demo_content/site.py provides
# COUNTRY_INDEX / NEWS_INDEX with the same keys.
COUNTRY_INDEX = {
    "slug": {"ru": "strany", "be": "krainy", "en": "countries"},
    "title": {"ru": "Страны", "be": "Краіны", "en": "Countries"},
    "intro": {
        "ru": "Коротко о въезде, работе и учёбе, экстренные номера, посольства Беларуси "
        "и местная помощь в странах, куда чаще всего едут из Беларуси.",
        "be": "Коратка пра ўезд, працу і вучобу, экстранныя нумары, пасольствы Беларусі "
        "і мясцовую дапамогу ў краінах, куды часцей за ўсё едуць з Беларусі.",
        "en": "Entry, work and study rules in brief, emergency numbers, Belarusian embassies "
        "and local help in the countries people from Belarus travel to most.",
    },
    "search_description": {
        "ru": "Справка по странам: въезд, работа, учёба, экстренные номера и посольства.",
        "be": "Даведка па краінах: уезд, праца, вучоба, экстранныя нумары і пасольствы.",
        "en": "Country facts: entry, work, study, emergency numbers and embassies.",
    },
}
NEWS_INDEX = {
    "slug": {"ru": "novosti", "be": "naviny", "en": "news"},
    "title": {"ru": "Новости", "be": "Навіны", "en": "News"},
    "intro": {
        "ru": "Новости горячей линии, изменения правил выезда и работы за рубежом, "
        "предупреждения о новых схемах вербовки.",
        "be": "Навіны гарачай лініі, змены правіл выезду і працы за мяжой, "
        "папярэджанні пра новыя схемы вярбоўкі.",
        "en": "Hotline news, changes to the rules on travel and work abroad, "
        "and warnings about new recruitment schemes.",
    },
    "search_description": {
        "ru": "Новости горячей линии о безопасном выезде за рубеж.",
        "be": "Навіны гарачай лініі аб бяспечным выездзе за мяжу.",
        "en": "News from the hotline on safe travel abroad.",
    },
}

# Example contacts for the "Hotline contacts" setting: editors must replace them.
EXAMPLE_CONTACTS = {
    "phone_belarus": "8 801 000-00-00",
    "phone_abroad": "+375 17 000-00-00",
    "email": "hotline@example.org",
    "hours_ru": "пн–пт 9:00–20:00",
    "hours_be": "пн–пт 9:00–20:00",
    "hours_en": "Mon–Fri 9:00–20:00",
}

FEATURED_GUIDES = 4


def load_module(name):
    try:
        return importlib.import_module(f"pages.demo_content.{name}")
    except ModuleNotFoundError as error:
        if error.name != f"pages.demo_content.{name}":
            raise
        return None


def to_raw_block(block_type, value):
    """A FORMAT.md `(type, value)` tuple as StreamField raw data."""
    if block_type == "table":
        value = table_value(value.get("caption", ""), value.get("header", []), value["rows"])
    elif block_type == "contact_card":
        value = {key: value.get(key) or "" for key in value}
    return {"type": block_type, "value": value}


def stream(blocks):
    block = BodyStreamBlock()
    known = set(block.child_blocks)
    raw = []
    for item in blocks or []:
        block_type, value = item
        if block_type not in known:
            raise CommandError(f"Unknown block type {block_type!r} in demo content.")
        raw.append(to_raw_block(block_type, value))
    return block.to_python(raw)


def parse_date(value):
    if not value:
        return None
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(value)


class Command(BaseCommand):
    help = "Load the demo pages in Russian, Belarusian and English (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the site already has content pages.",
        )
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete all content pages and topics first, then load everything afresh.",
        )

    def handle(self, *args, **options):
        if options["if_empty"] and options["reset"]:
            raise CommandError("Use either --if-empty or --reset, not both.")
        home = HomePage.objects.first()
        if home is None:
            call_command("setup_site", verbosity=0)
            home = HomePage.objects.get()
        if options["if_empty"] and home.get_children().exists():
            self.stdout.write("The site already has content pages; demo content not loaded.")
            return
        self.created = 0
        self.kept = 0
        # Wagtail logs every page it creates; the steps below say what happens instead.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)
        try:
            with translation.override(DEFAULT), transaction.atomic():
                if options["reset"]:
                    self.reset(home)
                    home = HomePage.objects.get(pk=home.pk)
                self.load(home)
        finally:
            wagtail_logger.setLevel(level)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content: {self.created} pages created, {self.kept} already there."
            )
        )

    # -- steps -------------------------------------------------------------

    def step(self, message):
        self.stdout.write(f"• {message}")

    def warn(self, message):
        self.stdout.write(self.style.WARNING(f"! {message}"))

    def reset(self, home):
        count = home.get_descendants().count()
        for child in home.get_children():
            child.delete()
        Topic.objects.all().delete()
        self.step(f"Reset: deleted {count} content pages and all topics.")
        # The home page's own texts are reloaded too; fetch it afresh, as deleting
        # its children changed its tree fields in the database.
        home = HomePage.objects.get(pk=home.pk)
        home.lead_ru = home.lead_be = home.lead_en = ""
        home.featured_guides = []
        home.save()

    def load(self, home):
        site = load_module("site")
        topics = self.load_topics(site)
        self.load_contacts()
        if site is None:
            self.warn(
                "pages/demo_content/site.py is missing: home, sections, standard pages skipped."
            )
            sections, standard = {}, {}
        else:
            self.load_home(home, site.HOME)
            sections = self.load_sections(home, site.SECTIONS)
            standard = self.load_standard_pages(home, getattr(site, "STANDARD_PAGES", []))
        guides = self.load_guides(sections, topics)
        self.load_featured_guides(home, guides)
        self.load_countries(home, getattr(site, "COUNTRY_INDEX", COUNTRY_INDEX))
        self.load_news(home, topics, getattr(site, "NEWS_INDEX", NEWS_INDEX))
        self.load_campaign(home)
        self.link_privacy_page(standard.get("privacy"))
        self.link_browsing_safely_page(standard.get("browsing-safely"))

    def load_topics(self, site):
        module = site if site is not None and hasattr(site, "TOPICS") else load_module("topics")
        if module is None or not hasattr(module, "TOPICS"):
            self.warn("No TOPICS in pages/demo_content: topics skipped.")
            return {}
        topics = {}
        created = 0
        for item in module.TOPICS:
            topic = Topic.objects.filter(slug=item["key"]).first()
            if topic is None:
                topic = Topic(slug=item["key"])
                for code in LANGUAGES:
                    setattr(topic, f"name_{code}", item["name"][code])
                topic.name = item["name"][DEFAULT]
                topic.save()
                created += 1
            topics[item["key"]] = topic
        self.step(f"Topics: {created} created, {len(topics) - created} already there.")
        return topics

    def load_contacts(self):
        site = Site.objects.filter(is_default_site=True).first()
        contacts = HotlineContacts.for_site(site)
        if contacts.phone_belarus or contacts.phone_abroad or contacts.email:
            self.step("Hotline contacts: already set, left as they are.")
            return
        for field, value in EXAMPLE_CONTACTS.items():
            setattr(contacts, field, value)
        contacts.save()
        self.warn(
            "Hotline contacts: EXAMPLE numbers and e-mail set (8 801 000-00-00, "
            "+375 17 000-00-00, hotline@example.org). Editors must replace them in "
            "Settings → Hotline contacts before the site goes public."
        )

    def load_home(self, home, data):
        if home.lead_ru:
            self.step("Home page: texts already there, left as they are.")
            return
        for code in LANGUAGES:
            setattr(home, f"title_{code}", data["title"][code])
            setattr(home, f"lead_{code}", data["lead"][code])
            if data.get("search_description"):
                setattr(home, f"search_description_{code}", data["search_description"][code])
        home.title = data["title"][DEFAULT]
        home.save_revision().publish()
        self.step("Home page: texts loaded.")

    def load_sections(self, home, items):
        sections = {}
        for item in items:
            sections[item["key"]] = self.get_or_create(
                home,
                SectionPage,
                item,
                translated={"intro": item["intro"]},
                bodies={"body": item.get("body")},
                show_in_menus=True,
            )
        self.step(f"Sections: {len(sections)} in place.")
        return sections

    def load_standard_pages(self, home, items):
        pages = {}
        for item in items:
            pages[item["key"]] = self.get_or_create(
                home,
                StandardPage,
                item,
                translated={"intro": item.get("intro")},
                bodies={"body": item.get("body")},
                show_in_menus=True,
            )
        self.step(f"Standard pages: {len(pages)} in place ({', '.join(pages)}).")
        return pages

    def load_guides(self, sections, topics):
        items = []
        for name in ("guides_migration", "guides_help"):
            module = load_module(name)
            if module is None:
                self.warn(f"pages/demo_content/{name}.py is missing: its guides skipped.")
                continue
            items += module.GUIDES
        guides, new = {}, []
        for item in items:
            section = sections.get(item["section"])
            if section is None:
                self.warn(f"Guide {item['key']}: no section {item['section']!r}, skipped.")
                continue
            before = self.created
            guides[item["key"]] = self.get_or_create(
                section,
                GuidePage,
                item,
                translated={"intro": item["intro"]},
                bodies={"body": item.get("body")},
                extra={"last_reviewed": parse_date(item.get("last_reviewed"))},
                topics=[topics[key] for key in item.get("topics", []) if key in topics],
            )
            if self.created > before:
                new.append(item)
        for item in new:
            guide = guides[item["key"]]
            related = [guides[key] for key in item.get("related", []) if key in guides]
            if related:
                guide.related_guides = [
                    GuidePageRelatedGuide(guide=other, sort_order=index)
                    for index, other in enumerate(related)
                ]
                guide.save_revision().publish()
        self.step(f"Guides: {len(guides)} in place, {len(new)} new.")
        return guides

    def load_featured_guides(self, home, guides):
        if home.featured_guides.exists() or not guides:
            return
        home = HomePage.objects.get(pk=home.pk)
        # One guide from each of the first sections, so the home page shows the range.
        chosen, seen_sections = [], set()
        for guide in guides.values():
            if guide.get_parent().pk not in seen_sections:
                seen_sections.add(guide.get_parent().pk)
                chosen.append(guide)
            if len(chosen) == FEATURED_GUIDES:
                break
        home.featured_guides = [
            HomePageFeaturedGuide(guide=guide, sort_order=index)
            for index, guide in enumerate(chosen)
        ]
        home.save_revision().publish()
        self.step(f"Home page: {len(chosen)} featured guides.")

    def load_countries(self, home, index_data):
        module = load_module("countries")
        index = self.get_or_create(
            home,
            CountryIndexPage,
            index_data,
            translated={"intro": index_data["intro"]},
            show_in_menus=True,
        )
        if module is None:
            self.warn("pages/demo_content/countries.py is missing: country pages skipped.")
            return
        fields = CountryPage.translated_fields
        for item in module.COUNTRIES:
            self.get_or_create(
                index,
                CountryPage,
                item,
                translated={field: item.get(field) for field in fields},
                extra={
                    "iso_code": item["iso_code"].upper(),
                    "last_checked": parse_date(item.get("last_checked")),
                },
            )
        self.step(f"Countries: {len(module.COUNTRIES)} in place.")

    def load_news(self, home, topics, index_data):
        module = load_module("news")
        index = self.get_or_create(
            home,
            NewsIndexPage,
            index_data,
            translated={"intro": index_data["intro"]},
            show_in_menus=True,
        )
        if module is None:
            self.warn("pages/demo_content/news.py is missing: news skipped.")
            return
        for item in module.NEWS:
            self.get_or_create(
                index,
                NewsPage,
                item,
                translated={"lead": item["lead"]},
                bodies={"body": item.get("body")},
                extra={"date": parse_date(item["date"])},
                topics=[topics[key] for key in item.get("topics", []) if key in topics],
            )
        self.step(f"News: {len(module.NEWS)} items in place.")

    def load_campaign(self, home):
        module = load_module("news")
        data = getattr(module, "CAMPAIGN", None)
        if data is None:
            self.warn("No CAMPAIGN in pages/demo_content/news.py: campaign skipped.")
            return
        cta = data.get("cta", {})
        before = self.created
        campaign = self.get_or_create(
            home,
            CampaignPage,
            data,
            translated={
                "hero_text": data["hero_text"],
                "cta_title": cta.get("title"),
                "cta_text": cta.get("text"),
                "cta_button_label": cta.get("button_label"),
            },
            bodies={"body": data.get("body")},
            show_in_menus=True,
        )
        if self.created > before and data.get("partners"):
            partners = []
            for index, partner in enumerate(data["partners"]):
                row = CampaignPartner(url=partner.get("url", ""), sort_order=index)
                for code in LANGUAGES:
                    setattr(row, f"name_{code}", partner["name"][code])
                row.name = partner["name"][DEFAULT]
                partners.append(row)
            campaign.partners = partners
            campaign.save_revision().publish()
        self.step("Campaign: in place.")

    def link_privacy_page(self, privacy):
        try:
            model = apps.get_model("hotline", "HotlineFormSettings")
        except LookupError:
            return
        if privacy is None:
            self.warn("No privacy page: the hotline form settings were not linked to one.")
            return
        site = Site.objects.filter(is_default_site=True).first()
        form_settings = model.for_site(site)
        if getattr(form_settings, "privacy_page_id", None):
            self.step("Hotline form settings: privacy page already set.")
            return
        form_settings.privacy_page = privacy
        form_settings.save()
        self.step("Hotline form settings: linked to the privacy policy page.")

    def link_browsing_safely_page(self, page):
        if page is None:
            self.warn("No browsing-safely page: the quick exit has no advice link.")
            return
        contacts = HotlineContacts.for_site(Site.objects.filter(is_default_site=True).first())
        if contacts.browsing_safely_page_id:
            self.step("Quick exit: advice page already set.")
            return
        contacts.browsing_safely_page = page
        contacts.save()
        self.step("Quick exit: linked to the browsing-safely page.")

    # -- pages ---------------------------------------------------------------

    def get_or_create(
        self,
        parent,
        model,
        item,
        translated=None,
        bodies=None,
        extra=None,
        topics=None,
        show_in_menus=False,
    ):
        """The child of `parent` with this Russian slug, created and published if missing."""
        slug_ru = item["slug"][DEFAULT]
        existing = model.objects.child_of(parent).filter(slug_ru=slug_ru).first()
        if existing is not None:
            self.kept += 1
            return existing
        page = model(show_in_menus=show_in_menus, **(extra or {}))
        for code in LANGUAGES:
            setattr(page, f"title_{code}", item["title"][code])
            setattr(page, f"slug_{code}", item["slug"][code])
            if item.get("search_description"):
                setattr(page, f"search_description_{code}", item["search_description"][code])
            for field, values in (translated or {}).items():
                if values:
                    setattr(page, f"{field}_{code}", values.get(code) or "")
            for field, values in (bodies or {}).items():
                if values:
                    setattr(page, f"{field}_{code}", stream(values.get(code)))
        page.title = item["title"][DEFAULT]
        page.slug = slug_ru
        if topics:
            page.topics = topics
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page
