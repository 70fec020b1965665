from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import HotlineFormSettings


@register(HotlineFormSettings)
class HotlineFormSettingsTR(TranslationOptions):
    fields = ("intro", "response_time")
