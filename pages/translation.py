"""Translated fields: every page type is registered, even without fields of its own.

A page type declares its `translated_fields` itself; the other models list theirs here.
"""

from modeltranslation.translator import translator

from .models import BasePage, CampaignPartner, HomePageToolLink, HotlineContacts, Topic

for page_model in BasePage.page_models():
    translator.register(page_model, fields=page_model.translated_fields)
translator.register(HotlineContacts, fields=("phone_belarus_note", "hours", "address"))
translator.register(Topic, fields=("name",))
translator.register(CampaignPartner, fields=("name",))
translator.register(HomePageToolLink, fields=("text",))
