"""The page types' translated, searched and checked fields are derived from the classes."""

import pytest
from modeltranslation.translator import translator
from wagtail.models import Page, get_page_models

from lastrada_site.languages import language_codes
from pages.models import BasePage
from pages.models.mixins import BodyMixin, IntroMixin, TopicsMixin
from pages.search import searchable_models

PAGE_MODELS = BasePage.page_models()
MIXINS = (IntroMixin, BodyMixin, TopicsMixin)
WAGTAIL_TRANSLATED = set(translator.get_options_for_model(Page).all_fields)


def test_every_page_type_of_the_site_is_a_base_page():
    site_apps = {"pages", "hotline"}
    site_page_models = [model for model in get_page_models() if model._meta.app_label in site_apps]
    assert PAGE_MODELS == site_page_models
    assert len(PAGE_MODELS) == 12


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_translated_fields_are_registered_once_per_language(model):
    registered = set(translator.get_options_for_model(model).all_fields)
    assert registered == WAGTAIL_TRANSLATED | set(model.translated_fields)
    field_names = {field.name for field in model._meta.get_fields()}
    for field in model.translated_fields:
        assert {f"{field}_{code}" for code in language_codes()} <= field_names


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_a_page_type_translates_the_fields_of_every_mixin_it_is_built_from(model):
    for mixin in MIXINS:
        if issubclass(model, mixin):
            assert set(getattr(mixin, "translated_fields", ())) <= set(model.translated_fields)


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_searched_checked_and_summary_fields_are_translated(model):
    translated = set(model.translated_fields)
    assert model.search_text_fields and set(model.search_text_fields) <= translated
    assert model.translation_check_fields
    assert set(model.translation_check_fields) <= translated
    assert model.summary_field in translated


def test_every_page_type_is_searched_in_its_own_search_text_per_language():
    assert searchable_models() == PAGE_MODELS
    for model in PAGE_MODELS:
        searched = {field.field_name for field in model.search_fields}
        for code in language_codes():
            assert {f"title_{code}", f"search_text_{code}"} <= searched
            assert not model._meta.get_field(f"search_text_{code}").editable
