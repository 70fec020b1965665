"""Translated fields: every page type is registered, even without fields of its own."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import (
    CampaignPage,
    CampaignPartner,
    CountryIndexPage,
    CountryPage,
    GuidePage,
    HomePage,
    HotlineContacts,
    NewsIndexPage,
    NewsPage,
    SectionPage,
    StandardPage,
    Topic,
)


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("lead",)


@register(HotlineContacts)
class HotlineContactsTR(TranslationOptions):
    fields = ("phone_belarus_note", "hours", "address")


@register(Topic)
class TopicTR(TranslationOptions):
    fields = ("name",)


@register(SectionPage)
class SectionPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(GuidePage)
class GuidePageTR(TranslationOptions):
    fields = ("intro", "body")


@register(CountryIndexPage)
class CountryIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(CountryPage)
class CountryPageTR(TranslationOptions):
    fields = CountryPage.text_fields


@register(NewsIndexPage)
class NewsIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(NewsPage)
class NewsPageTR(TranslationOptions):
    fields = ("lead", "body", "image_alt")


@register(CampaignPage)
class CampaignPageTR(TranslationOptions):
    fields = ("hero_text", "body", "cta_title", "cta_text", "cta_button_label")


@register(CampaignPartner)
class CampaignPartnerTR(TranslationOptions):
    fields = ("name",)


@register(StandardPage)
class StandardPageTR(TranslationOptions):
    fields = ("intro", "body")
