"""The home page's lead, a news item's lead and the campaign's hero text became the
shared `intro` field; saved revisions must keep their text under the new name."""

import importlib

from django.apps import apps
from wagtail.models import Revision

migration = importlib.import_module("pages.migrations.0008_intro_for_home_news_campaign")


def test_revisions_saved_before_the_rename_keep_their_text(home_page):
    revision = home_page.save_revision()
    content = dict(revision.content)
    for suffix in ("", "_ru", "_be", "_en"):
        content.pop(f"intro{suffix}", None)
        content[f"lead{suffix}"] = f"Old lead{suffix}"
    Revision.objects.filter(pk=revision.pk).update(content=content)

    migration.rename_in_revisions(apps, None)

    renamed = Revision.objects.get(pk=revision.pk)
    assert renamed.content["intro_be"] == "Old lead_be"
    assert "lead_be" not in renamed.content
    assert renamed.as_object().intro_ru == "Old lead_ru"

    migration.rename_back_in_revisions(apps, None)
    assert Revision.objects.get(pk=revision.pk).content["lead_en"] == "Old lead_en"
