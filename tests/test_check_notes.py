"""A "Needs checking" note for editors: readers and search never see it, and the page
is due for review and cannot go live until an editor confirms the fact and deletes it."""

import pytest
from django.contrib.auth.models import Group

from pages.models import GuidePage
from pages.review import checks
from tests.page_factories import make_guide, make_section, page_urls
from tests.support import LANGUAGES

pytestmark = pytest.mark.django_db

NOTE = {
    "ru": "Срок регистрации сверить с сайтом министерства",
    "be": "Тэрмін рэгістрацыі зверыць з сайтам міністэрства",
    "en": "Registration deadline to confirm on the ministry site",
}
PASSAGE = {code: f"Register within the deadline ({code})" for code in LANGUAGES}


@pytest.fixture
def noted_guide(home_page):
    guide = make_guide(make_section(home_page), text=PASSAGE)
    stream_block = GuidePage._meta.get_field("body").stream_block
    for code in LANGUAGES:
        setattr(
            guide,
            f"body_{code}",
            stream_block.to_python(
                [
                    {"type": "paragraph", "value": f"<p>{PASSAGE[code]}</p>"},
                    {"type": "check_note", "value": {"text": NOTE[code]}},
                ]
            ),
        )
    guide.save_revision().publish()
    return GuidePage.objects.get(pk=guide.pk)


@pytest.mark.parametrize("language", LANGUAGES)
def test_readers_see_the_passage_but_never_the_note(client, noted_guide, language):
    html = client.get(page_urls(noted_guide)[language]).content.decode()

    assert PASSAGE[language] in html
    assert NOTE[language] not in html


def test_search_does_not_find_the_note(client, noted_guide):
    response = client.get("/en/search/", {"q": "ministry"})

    assert response.status_code == 200
    assert 'class="search-count"' not in response.content.decode()
    assert "ministry" not in noted_guide.search_text_en


def test_the_report_lists_the_page_with_its_facts_to_check(client, django_user_model, noted_guide):
    editor = django_user_model.objects.create_user(username="editor", password="pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    html = client.get("/admin/reports/due-for-review/").content.decode()

    assert f'href="/admin/pages/{noted_guide.pk}/edit/"' in html
    # The admin speaks Russian here; the report names a note by its Russian words.
    assert "факты для проверки:" in html and NOTE["ru"] in html


def test_the_go_live_check_names_the_page_until_the_note_is_deleted(noted_guide):
    errors = [e for e in checks.content_errors() if e.id == "pages.E004"]

    assert [error.msg for error in errors] == [
        f"Page {noted_guide.title!r} has facts noted as still to be checked: "
        f"{NOTE['ru']} (ru, be, en)."
    ]
    assert f"/admin/pages/{noted_guide.pk}/edit/" in errors[0].hint

    for code in LANGUAGES:
        body = getattr(noted_guide, f"body_{code}")
        setattr(noted_guide, f"body_{code}", [(b.block_type, b.value) for b in body][:1])
    noted_guide.save_revision().publish()

    assert [e for e in checks.content_errors() if e.id == "pages.E004"] == []
