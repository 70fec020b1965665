"""The admin's block picker describes every block and shows a preview of it."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils.html import escape
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from pages.blocks import BodyStreamBlock

# A text each block's preview shows, by the block's path in the body stream.
PREVIEW_TEXTS = {
    "heading": "Before you sign a contract",
    "paragraph": "Read the whole contract before you sign it.",
    "callout": "Never hand over your passport",
    "checklist": "The phone number of your embassy",
    "steps": "The consul can issue a document for the journey home.",
    "steps.steps.item": "Calmly, and in writing if you can.",
    "faq": "Do I have to give my name?",
    "faq.items.item": "Is the consultation free?",
    "contact_card": "Check the number on the embassy&#x27;s own website before you call.",
    "check_note": "The deadline of 90 days: confirm it on the ministry&#x27;s site",
    "hotline_cta": "Not sure an offer is safe?",
    "image": "A caption says what the image shows.",
    "document": "Download the checklist for a safe trip",
    "table": "Emergency numbers",
}


def blocks_in_use():
    """(path, block) for every block of this site that a page body can hold."""
    found = []

    def walk(block, path):
        if type(block).__module__ == "pages.blocks" and path:
            found.append((path, block))
        for name, child in getattr(block, "child_blocks", {}).items():
            walk(child, f"{path}.{name}" if path else name)
        if hasattr(block, "child_block"):
            walk(block.child_block, f"{path}.item")

    walk(BodyStreamBlock(), "")
    return found


BLOCKS = blocks_in_use()


def editor_language(django_user_model, language):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(django_user_model.objects.get(username="boss"))
    profile.preferred_language = language
    profile.save()


def test_every_block_in_use_has_a_preview_text():
    assert sorted(path for path, _block in BLOCKS) == sorted(PREVIEW_TEXTS)


@pytest.mark.parametrize(("path", "block"), BLOCKS, ids=[path for path, _block in BLOCKS])
def test_every_block_has_a_description_and_a_preview_value(db, path, block):
    assert str(block.get_description()).strip()
    assert block.meta.preview_value
    assert block.get_preview_value()


@pytest.mark.parametrize(("path", "block"), BLOCKS, ids=[path for path, _block in BLOCKS])
def test_block_picker_preview_renders_in_the_site_styles(
    superuser_client, django_user_model, path, block
):
    editor_language(django_user_model, "en")

    response = superuser_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert PREVIEW_TEXTS[path] in html
    assert "/static/css/site.css" in html


def test_block_picker_shows_every_body_block_as_previewable():
    assert all(block.is_previewable for block in BodyStreamBlock().child_blocks.values())


def test_preview_speaks_the_editors_language(superuser_client, django_user_model):
    editor_language(django_user_model, "ru")
    heading = BodyStreamBlock().child_blocks["heading"]

    response = superuser_client.get(
        reverse("wagtailadmin_block_preview"), {"id": heading.definition_prefix}
    )

    assert "Прежде чем подписать договор" in response.content.decode()


def test_image_and_document_previews_show_the_latest_upload(
    superuser_client, django_user_model, tmp_path, settings
):
    editor_language(django_user_model, "en")
    settings.MEDIA_ROOT = tmp_path
    Image.objects.create(title="Old poster", file=get_test_image_file("first-upload.png"))
    Image.objects.create(title="Campaign poster", file=get_test_image_file("latest-upload.png"))
    document = Document.objects.create(
        title="Safe trip checklist", file=ContentFile(b"%PDF-1.4 checklist", name="checklist.pdf")
    )
    blocks = BodyStreamBlock().child_blocks
    url = reverse("wagtailadmin_block_preview")

    image_html = superuser_client.get(url, {"id": blocks["image"].definition_prefix}).content
    document_html = superuser_client.get(url, {"id": blocks["document"].definition_prefix}).content

    image_html, document_html = image_html.decode(), document_html.decode()
    assert f'alt="{escape("The image uploaded last")}"' in image_html
    assert "latest-upload" in image_html
    assert "first-upload" not in image_html
    assert f'href="{document.url}"' in document_html
    assert "(PDF" in document_html
