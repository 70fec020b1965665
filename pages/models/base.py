from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.text import Truncator
from wagtail.models import Page, get_page_models
from wagtail.search import index

from lastrada_site.languages import language_codes, language_names
from pages import cache_paths
from pages.admin_forms import PageForm
from pages.slugs import free_slug, sibling_slugs
from pages.utils import plain_text

from .mixins import IntroMixin

DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


class BasePage(cache_paths.CachedUrlsMixin, Page):
    """Shared behaviour of every page type on the site.

    `translated_fields` are the page type's own fields that exist once per
    language; pages/translation.py registers them. `translation_check_fields`
    names those that must be filled in a language for the page to count as
    written in it (besides the title); where they are empty the reader sees the
    Russian text with a notice.
    """

    translated_fields = ()
    translation_check_fields = ()
    # Fields whose text goes into the per-language search text, besides the title.
    search_text_fields = ()
    # The plain-text field used as the page's summary in listings and search results.
    summary_field = None

    base_form_class = PageForm

    search_fields = [
        *Page.search_fields,
        *(index.SearchField(f"title_{code}", boost=3) for code in language_codes()),
        *(index.SearchField(f"search_text_{code}") for code in language_codes()),
    ]

    class Meta:
        abstract = True

    @staticmethod
    def page_models():
        """Every page type of the site, in the order they are defined."""
        return [model for model in get_page_models() if issubclass(model, BasePage)]

    def save(self, *args, **kwargs):
        self.refresh_search_text()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {
                *update_fields,
                *(f"search_text_{code}" for code in language_codes()),
            }
        return super().save(*args, **kwargs)

    def full_clean(self, *args, **kwargs):
        self.fill_empty_slugs()
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        self.fill_empty_slugs()
        super().minimal_clean()

    def fill_empty_slugs(self):
        """Each language's empty slug made from its own title, in Latin letters, once the
        page has its place in the tree (Wagtail's own slug from the title would stay
        empty for a Cyrillic title, as addresses here are ASCII)."""
        empty = [
            code
            for code in language_codes()
            if getattr(self, f"title_{code}", "") and not getattr(self, f"slug_{code}", "")
        ]
        if not (empty and self.path):
            return
        parent = self.get_parent()
        for code in empty:
            taken = set(sibling_slugs(parent, self, code).values()) if parent else set()
            setattr(self, f"slug_{code}", free_slug(getattr(self, f"title_{code}"), code, taken))

    def refresh_search_text(self):
        """Lower-case plain text per language; empty where the page is not written."""
        for code in language_codes():
            text = ""
            if self.is_written_in(code):
                parts = [getattr(self, f"title_{code}", "") or ""]
                # Blocks' own labels (a callout's kind) are translated strings:
                # index them in the page's language, not the one active at save.
                with translation.override(code):
                    parts += [
                        plain_text(getattr(self, f"{field}_{code}", None))
                        for field in self.search_text_fields
                    ]
                text = " ".join(part for part in parts if part).lower()
            setattr(self, f"search_text_{code}", text)

    @property
    def summary(self):
        """Plain-text summary in the active language (with fallback), for cards and results."""
        value = getattr(self, self.summary_field, "") if self.summary_field else ""
        return Truncator(plain_text(value) or self.search_description or "").words(40)

    @property
    def preview_modes(self):
        return list(language_names().items())

    @property
    def default_preview_mode(self):
        return DEFAULT_LANGUAGE

    def serve_preview(self, request, mode_name):
        """Preview in the language the editor picks, whatever the admin's language."""
        language = mode_name if mode_name in language_codes() else DEFAULT_LANGUAGE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, "")
            if isinstance(response, TemplateResponse):
                response.render()
        return response

    def is_written_in(self, language):
        return language == DEFAULT_LANGUAGE or not self.missing_fields(language)

    def missing_fields(self, language):
        """The checked fields that are empty or blank in a language (title first)."""
        return [
            field
            for field in ("title", *self.translation_check_fields)
            if not (value := getattr(self, f"{field}_{language}", None))
            or (isinstance(value, str) and not value.strip())
        ]

    def written_languages(self):
        return [code for code in language_codes() if self.is_written_in(code)]


# One plain-text column per language, rebuilt on every save, so that search
# looks only at the reader's language (Wagtail's own index mixes languages).
for _code in language_codes():
    BasePage.add_to_class(
        f"search_text_{_code}", models.TextField(editable=False, blank=True, default="")
    )


class IndexPage(IntroMixin, BasePage):
    """A listing of one page type under an introduction: one per site, under the home
    page. Its translated, search and translation-check fields are the introduction's."""

    parent_page_types = ["pages.HomePage"]
    max_count = 1

    content_panels = [*Page.content_panels, *IntroMixin.panels]

    class Meta:
        abstract = True
