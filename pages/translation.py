from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import HomePage, HotlineContacts


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("lead",)


@register(HotlineContacts)
class HotlineContactsTR(TranslationOptions):
    fields = ("phone_belarus_note", "hours", "address")
