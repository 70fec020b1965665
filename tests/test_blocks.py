"""Each StreamField block renders readable HTML without JavaScript, as FORMAT.md data."""

import pytest
from django.core.files.base import ContentFile
from django.template import engines
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.models import Document
from wagtail.images.tests.utils import get_test_image_file

from pages.blocks import BodyStreamBlock
from pages.demo.builder import stream
from pages.models import HotlineContacts
from tests.support import assert_contains


def render(blocks, language="en"):
    from django.test import RequestFactory
    from django.utils import translation

    value = stream(blocks)
    template = engines["django"].from_string('{% include "components/body.html" with body=body %}')
    request = RequestFactory().get("/en/")
    with translation.override(language):
        return template.render({"body": value, "request": request})


def test_every_format_block_type_is_a_block():
    assert set(BodyStreamBlock().child_blocks) == {
        "heading",
        "paragraph",
        "callout",
        "checklist",
        "steps",
        "faq",
        "contact_card",
        "check_note",
        "hotline_cta",
        "image",
        "document",
        "table",
    }


def test_heading_and_paragraph(db):
    html = render(
        [("heading", "Before you go"), ("paragraph", "<p>Check the <strong>offer</strong>.</p>")]
    )

    assert '<h2 class="block-heading"' in html and ">Before you go</h2>" in html
    assert "<p>Check the <strong>offer</strong>.</p>" in html


@pytest.mark.parametrize("kind", ["info", "warning", "danger"])
def test_callout_kinds(db, kind):
    html = render(
        [("callout", {"kind": kind, "title": "Careful", "text": "<p>Do not pay up front.</p>"})]
    )

    assert f'class="callout callout--{kind}"' in html
    assert "<strong>Careful</strong>" in html
    assert "<p>Do not pay up front.</p>" in html


def test_checklist_prints_as_tick_boxes_with_labels(db):
    html = render([("checklist", {"title": "Documents", "items": ["Passport", "Contract copy"]})])

    assert '<h2 class="checklist__title">Documents</h2>' in html
    assert html.count('type="checkbox"') == 2
    assert ">Passport</label>" in html and ">Contract copy</label>" in html


def test_numbered_steps(db):
    html = render(
        [
            (
                "steps",
                {
                    "title": "If your passport is taken",
                    "steps": [
                        {"title": "Ask for it back", "text": "<p>Politely, in writing.</p>"},
                        {"title": "Call the hotline", "text": "<p>Any time.</p>"},
                    ],
                },
            )
        ]
    )

    assert '<ol class="steps__list">' in html
    assert html.index("Ask for it back") < html.index("Call the hotline")
    assert "<p>Politely, in writing.</p>" in html


def test_faq_uses_native_details(db):
    html = render(
        [
            (
                "faq",
                {
                    "title": "Questions",
                    "items": [{"question": "Is it free?", "answer": "<p>Yes.</p>"}],
                },
            )
        ]
    )

    assert_contains(
        html,
        '<details class="faq__item">',
        '<summary class="faq__question">Is it free?</summary>',
        "<p>Yes.</p>",
    )


def test_contact_card_links_phone_email_and_messenger(db):
    html = render(
        [
            (
                "contact_card",
                {
                    "name": "Consulate (example — check before publishing)",
                    "phone": "+48 22 000 00 00",
                    "email": "consulate@example.org",
                    "messenger_url": "https://t.me/example",
                    "hours": "Mon–Fri 9–17",
                    "note": "",
                },
            )
        ]
    )

    assert "Consulate (example — check before publishing)" in html
    assert 'href="tel:+48220000000"' in html
    assert 'href="mailto:consulate@example.org"' in html
    assert 'href="https://t.me/example"' in html
    assert "Mon–Fri 9–17" in html


def test_hotline_call_to_action_takes_numbers_from_the_site_setting(home_page):
    from django.test import RequestFactory
    from django.utils import translation
    from wagtail.models import Site

    contacts = HotlineContacts.for_site(Site.objects.get(is_default_site=True))
    contacts.phone_belarus = "8 801 000-00-00"
    contacts.phone_abroad = "+375 17 000-00-00"
    contacts.save()
    request = RequestFactory().get("/en/", HTTP_HOST="localhost")
    template = engines["django"].from_string('{% include "components/body.html" with body=body %}')
    value = stream([("hotline_cta", {"title": "Call us", "text": "Free and confidential."})])

    with translation.override("en"):
        html = template.render({"body": value}, request)  # with the settings context processor

    assert_contains(
        html,
        '<h2 class="hotline-cta__title">Call us</h2>',
        "Free and confidential.",
        'href="tel:+375170000000"',
        'href="tel:88010000000"',
        'href="/en/hotline/"',
    )


def test_table_has_caption_and_header(db):
    html = render(
        [
            (
                "table",
                {
                    "caption": "Numbers",
                    "header": ["Country", "Emergency"],
                    "rows": [["Poland", "112"], ["USA", "911"]],
                },
            )
        ]
    )

    assert "<caption>Numbers</caption>" in html
    assert ">Country</th>" in html and 'scope="col"' in html
    assert ">911</td>" in html


def test_image_has_required_alt_text_and_caption(db, tmp_path, settings):
    from wagtail.images.models import Image

    settings.MEDIA_ROOT = tmp_path
    image = Image.objects.create(title="Poster", file=get_test_image_file())
    block = BodyStreamBlock()
    value = block.to_python(
        [
            {
                "type": "image",
                "value": {
                    "image": image.pk,
                    "alt_text": "A poster of the campaign",
                    "caption": "Our poster",
                },
            }
        ]
    )
    template = engines["django"].from_string('{% include "components/body.html" with body=body %}')

    html = template.render({"body": value})

    assert 'alt="A poster of the campaign"' in html
    assert "<figcaption>Our poster</figcaption>" in html
    image_block = block.child_blocks["image"]
    with pytest.raises(StructBlockValidationError) as error:
        image_block.clean(image_block.to_python({"image": image.pk, "alt_text": "", "caption": ""}))
    assert set(error.value.block_errors) == {"alt_text"}


def test_document_download_link(db, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    document = Document.objects.create(
        title="Checklist PDF", file=ContentFile(b"%PDF-1.4", name="list.pdf")
    )
    value = BodyStreamBlock().to_python(
        [{"type": "document", "value": {"document": document.pk, "title": ""}}]
    )
    template = engines["django"].from_string('{% include "components/body.html" with body=body %}')

    html = template.render({"body": value})

    assert f'href="{document.url}" download>Checklist PDF</a>' in html
    assert "(PDF" in html


def test_unknown_block_type_in_demo_data_is_a_clear_error():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Unknown block type 'video'"):
        stream([("video", "https://example.org")])
