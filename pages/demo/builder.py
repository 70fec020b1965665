"""Turns the plain data of pages/demo/content/ (described in its FORMAT.md) into objects.

Generic on purpose: a field added to a model and to the data loads without a change
here, because the translated fields come from modeltranslation's registry.
"""

import contextlib
import datetime
import logging
import re

from django.conf import settings
from django.core.management.base import CommandError
from django.db import models
from modeltranslation.translator import translator
from wagtail.fields import StreamField

from lastrada_site.languages import language_codes
from pages.blocks import BodyStreamBlock
from pages.models import GuidePageRelatedGuide, HomePage, HomePageFeaturedGuide, HomePageToolLink

DEFAULT = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
# A link in rich text to another demo page, named by its key: <a page="job-check">…</a>.
PAGE_LINK = re.compile(r'<a page="([^"]+)">(.*?)</a>', re.S)


def table_value(caption, header, rows):
    """FORMAT.md's {"caption", "header", "rows"} as the value TableBlock stores."""
    return {
        "data": [list(header), *[list(row) for row in rows]] if header else [list(r) for r in rows],
        "first_row_is_table_header": bool(header),
        "first_col_is_header": False,
        "table_caption": caption,
    }


def stream(blocks, stream_block=None):
    """A body (or another stream) in FORMAT.md's `(type, value)` tuples as its value."""
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


def fill(obj, item):
    """`obj` with the fields `item` names: translated ones in every language, dates
    from ISO strings, the others as they are."""
    translated = translator.get_options_for_model(type(obj)).all_fields
    for field in obj._meta.concrete_fields:
        value = item.get(field.name)
        if value is None:
            continue
        if field.name in translated:
            set_translations(obj, field.name, value)
        elif isinstance(field, models.DateField):
            setattr(obj, field.name, datetime.date.fromisoformat(value))
        else:
            setattr(obj, field.name, value)
    return obj


@contextlib.contextmanager
def wagtail_log_quiet():
    """Wagtail logs every page it creates; the loader says what happens instead."""
    logger = logging.getLogger("wagtail")
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


def find_or_create(model, items, field):
    """Objects of `model` by item key (stored in `field`), made from the items where
    missing; and how many were made."""
    found, created = {}, 0
    for item in items:
        found[item["key"]] = model.objects.filter(**{field: item["key"]}).first()
        if found[item["key"]] is None:
            found[item["key"]] = fill(model(**{field: item["key"]}), item)
            found[item["key"]].save()
            created += 1
    return found, created


def publish(page, **rows):
    """Give the page these inline rows (related guides, partners…), publish a new revision."""
    for relation, values in rows.items():
        setattr(page, relation, values)
    page.save_revision().publish()


def ordered(model, guides):
    """Inline rows of `model` (related or featured guides) for these guides, in this order."""
    return [model(guide=guide, sort_order=index) for index, guide in enumerate(guides)]


def link(setting, field, page):
    """Point the setting at the page unless an editor has chosen one; whether it did."""
    if getattr(setting, f"{field}_id"):
        return False
    setattr(setting, field, page)
    setting.save()
    return True


def feature_guides(home, guides, count):
    """Unless the home page features guides already, feature the first guide of each of
    the first `count` sections, so that it shows the range; how many it features."""
    if home.featured_guides.exists():
        return None
    first = {}
    for guide in guides.values():
        first.setdefault(guide.get_parent().pk, guide)
    chosen = list(first.values())[:count]
    publish(home, featured_guides=ordered(HomePageFeaturedGuide, chosen))
    return len(chosen)


def link_tools(home, items, tools):
    """Unless the home page links tools already, link these (`tools`: the pages by key)
    with the items' texts; whether it did."""
    if home.tool_links.exists():
        return False
    rows = [
        fill(HomePageToolLink(tool=tools[item["key"]], sort_order=index), item)
        for index, item in enumerate(items)
    ]
    publish(home, tool_links=rows)
    return True


def with_page_links(value, pages=None):
    """A demo value with its links to pages by key made into Wagtail's stored links to
    those pages (`pages`: the pages by key), or, without `pages`, into plain text."""
    if isinstance(value, str):
        if pages is None:
            return PAGE_LINK.sub(r"\2", value)
        return PAGE_LINK.sub(
            lambda link: f'<a linktype="page" id="{pages[link[1]].pk}">{link[2]}</a>', value
        )
    if isinstance(value, dict):
        return {key: with_page_links(item, pages) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(with_page_links(item, pages) for item in value)
    return value


def inline_rows(model, item):
    """The item's lists of inline rows (a campaign's partners), by relation name."""
    return {
        rel.name: [
            fill(rel.related_model(sort_order=n), row) for n, row in enumerate(item[rel.name])
        ]
        for rel in model._meta.related_objects
        if rel.one_to_many and rel.name in item
    }


class PageAdder:
    """Adds each page once: a page of the same type with the item's Russian slug under
    the same parent is kept exactly as it is, never overwritten. `step` reports."""

    def __init__(self, step):
        self.step = step
        self.new = []  # the pages this run created
        self.kept = 0
        self.by_key = {}  # every page added or kept, by its item's key
        self.linking = []  # the new pages whose texts link other pages, with their items

    def add(self, parent, model, item, topics=None):
        slug = {f"slug_{DEFAULT}": item["slug"][DEFAULT]}
        existing = model.objects.child_of(parent).filter(**slug).first()
        if existing is not None:
            self.kept += 1
            self.by_key[item["key"]] = existing
            return existing
        # Links to other pages wait until every page exists (link_pages).
        plain = with_page_links(item)
        if plain != item:
            self.linking.append(item)
        # Pages right under the home page are the menu's.
        page = fill(model(show_in_menus=isinstance(parent, HomePage)), plain)
        if topics is not None:
            page.topics = [topics[key] for key in item["topics"]]
        parent.add_child(instance=page)
        page.save_revision().publish()
        # Inline rows come in a second revision, as an editor adds them to a saved page.
        if rows := inline_rows(model, item):
            publish(page, **rows)
        self.new.append(page)
        self.by_key[item["key"]] = page
        return page

    def add_all(self, label, parent, model, items, topics=None):
        added = {item["key"]: self.add(parent, model, item, topics) for item in items}
        self.step(f"{label}: {len(added)} in place.")
        return added

    def link_pages(self):
        """A new revision of each new page whose texts link other pages, with the links,
        once every page exists; how many."""
        for item in self.linking:
            publish(fill(self.by_key[item["key"]], with_page_links(item, self.by_key)))
        return len(self.linking)

    def relate(self, guides, items):
        """Each new guide's related guides, set once all guides exist; the new guides' items."""
        new = [item for item in items if guides[item["key"]] in self.new]
        for item in new:
            if item["related"]:
                related = [guides[key] for key in item["related"]]
                publish(guides[item["key"]], related_guides=ordered(GuidePageRelatedGuide, related))
        return new
