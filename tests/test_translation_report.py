"""The "Translation status" report, editors' and moderators' rights, previews per language."""

import pytest
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from pages.models import HomePage
from tests.page_factories import make_guide, make_section
from tests.shared_data import reloaded

REPORT_URL = "/admin/reports/translation-status/"


@pytest.fixture(scope="module")
def built_pages(module_db):
    home_page = HomePage.objects.get()
    section = make_section(
        home_page, slug="work", title={"ru": "Работа", "be": "Праца", "en": "Work"}
    )
    full = make_guide(section, slug="full", title={"ru": "Полный", "be": "Поўны", "en": "Full"})
    russian_only = make_guide(
        section,
        slug="ru-only",
        languages=("ru",),
        title={"ru": "Только русский", "be": "", "en": ""},
    )
    no_english = make_guide(
        section,
        slug="no-en",
        languages=("ru", "be"),
        title={"ru": "Без английского", "be": "Без англійскай", "en": ""},
    )
    draft = make_guide(
        section,
        slug="draft",
        languages=("ru",),
        title={"ru": "Черновик", "be": "", "en": ""},
        publish=False,
    )
    return {"full": full, "russian_only": russian_only, "no_english": no_english, "draft": draft}


@pytest.fixture
def pages(db, built_pages):
    """Guides written in all, some and one language, and a draft, built once for the module;
    each test reads it afresh, and what it changes is rolled back after it."""
    return reloaded(built_pages)


@pytest.fixture
def english_admin(admin_client, admin_user):
    """The admin in English (editors choose Russian or English in their account)."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_client


def user_in_group(django_user_model, name):
    user = django_user_model.objects.create_user(username=name.lower(), password="x")
    user.groups.add(Group.objects.get(name=name))
    return user


def test_report_lists_live_pages_lacking_a_language_with_edit_links(english_admin, pages):
    response = english_admin.get(REPORT_URL)

    html = response.content.decode()
    assert response.status_code == 200
    missing_table = html.split('id="translation-missing"')[1]
    edit = "/admin/pages/{}/edit/"
    assert f'<a href="{edit.format(pages["russian_only"].pk)}">' in missing_table
    assert f'<a href="{edit.format(pages["no_english"].pk)}">' in missing_table
    assert f'<a href="{edit.format(pages["full"].pk)}">' not in missing_table
    assert f'<a href="{edit.format(pages["draft"].pk)}">' not in missing_table  # not live


def test_report_counts_pages_per_language(english_admin, pages):
    html = english_admin.get(REPORT_URL).content.decode()

    counts = html.split('id="translation-counts"')[1].split("</table>")[0]
    # Live pages: home (no lead text in any language yet), the section and three guides.
    assert "5 live pages in all." in html
    rows = {
        name: [cell.strip() for cell in row.split("<td>")[1:]]
        for name, row in (
            (name, counts.split(f">{name}</a></th>")[1].split("</tr>")[0])
            for name in ("Русский", "Беларуская", "English")
        )
    }
    assert [cell.split("<")[0] for cell in rows["English"]] == ["2", "3"]
    assert [cell.split("<")[0] for cell in rows["Беларуская"]] == ["3", "2"]
    assert [cell.split("<")[0] for cell in rows["Русский"]] == ["4", "1"]


def test_report_filters_by_language_and_names_the_empty_fields(english_admin, pages):
    html = english_admin.get(REPORT_URL, {"language": "be"}).content.decode()

    missing_table = html.split('id="translation-missing"')[1]
    assert "Только русский" in missing_table
    assert "Без английского" not in missing_table
    assert "title" in missing_table and "body" in missing_table


def test_editors_see_the_report_and_anonymous_visitors_do_not(client, django_user_model, pages):
    assert client.get(REPORT_URL).status_code == 302  # to the admin login

    client.force_login(user_in_group(django_user_model, "Editors"))
    response = client.get(REPORT_URL)

    assert response.status_code == 200
    assert "Только русский" in response.content.decode()


def test_editors_create_edit_and_submit_but_moderators_publish(django_user_model, pages):
    editor = user_in_group(django_user_model, "Editors")
    moderator = user_in_group(django_user_model, "Moderators")
    guide = pages["full"]
    section = guide.get_parent()

    editor_perms = guide.permissions_for_user(editor)
    moderator_perms = guide.permissions_for_user(moderator)

    assert editor_perms.can_edit()
    assert section.permissions_for_user(editor).can_add_subpage()
    # Submitting starts Wagtail's moderation workflow, whose task is for Moderators.
    assert editor_perms.can_submit_for_moderation()
    workflow = guide.get_workflow()
    assert workflow is not None and workflow.active
    task = workflow.tasks.first().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]
    workflow.start(guide, editor)
    assert guide.workflow_in_progress
    assert task.get_actions(guide, moderator) and not task.get_actions(guide, editor)
    assert not editor_perms.can_publish()
    assert moderator_perms.can_publish()
    assert editor.has_perm("pages.change_topic") and moderator.has_perm("pages.add_topic")


def test_editor_can_open_the_add_form_for_a_guide(client, django_user_model, pages):
    client.force_login(user_in_group(django_user_model, "Editors"))
    section = pages["full"].get_parent()

    response = client.get(f"/admin/pages/add/pages/guidepage/{section.pk}/")

    assert response.status_code == 200
    assert 'name="title_be"' in response.content.decode()


@pytest.mark.parametrize(("mode", "title"), [("ru", "Полный"), ("be", "Поўны"), ("en", "Full")])
def test_preview_renders_in_the_chosen_language(pages, mode, title):
    guide = pages["full"]

    response = guide.make_preview_request(preview_mode=mode)

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{mode}">' in html
    assert f"<h1>{title}</h1>" in html
