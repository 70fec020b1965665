"""The reader's "Last checked" date, and "Mark checked today" through moderation.

An Editor's review is a revision waiting for a Moderator, exactly like any other
change: readers keep seeing the old date until it is approved.
"""

import datetime
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from wagtail import blocks
from wagtail.fields import RichTextField
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from pages.models import CountryPage, GuidePage
from pages.review.actions import ACTION, mark_checked
from tests.page_factories import POLAND_URLS, make_work_guide
from tests.support import LANGUAGES

SET_DATES = {
    "ru": 'Последняя проверка: <time datetime="2026-03-05">5 марта 2026 г.</time>',
    "be": 'Апошняя праверка: <time datetime="2026-03-05">5 сакавіка 2026 г.</time>',
    "en": 'Last checked: <time datetime="2026-03-05">March 5, 2026</time>',
}
LABELS = {"ru": "Последняя проверка", "be": "Апошняя праверка", "en": "Last checked"}


@pytest.fixture
def guide(home_page):
    return make_work_guide(home_page, {"ru": "vakansiya", "be": "vakansiya-be", "en": "job-offer"})


URLS = {
    "guide": {
        "ru": "/ru/rabota/vakansiya/",
        "be": "/be/praca/vakansiya-be/",
        "en": "/en/work/job-offer/",
    },
    "country": POLAND_URLS,
}


def page_of(kind, request):
    return request.getfixturevalue(kind)


def set_date(page, value):
    setattr(page, page.review_date_field, value)
    page.save_revision().publish()


def checked_line(html):
    """The text of the page's "Last checked" paragraph, or None without one."""
    start = html.find('<p class="meta last-checked">')
    if start < 0:
        return None
    return html[start + len('<p class="meta last-checked">') : html.index("</p>", start)]


@pytest.mark.parametrize("kind", ["guide", "country"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_date_an_editor_set_is_shown_in_the_page_language(client, request, kind, language):
    set_date(page_of(kind, request), datetime.date(2026, 3, 5))

    html = client.get(URLS[kind][language]).content.decode()

    assert checked_line(html) == SET_DATES[language]


@pytest.mark.parametrize("kind", ["guide", "country"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_is_shown_where_no_date_is_set(client, request, kind, language):
    set_date(page_of(kind, request), None)

    response = client.get(URLS[kind][language])

    assert response.status_code == 200
    assert checked_line(response.content.decode()) is None
    assert LABELS[language] not in response.content.decode()


# -- "Mark checked today" -----------------------------------------------------


def staff(django_user_model, username, group):
    user = django_user_model.objects.create_user(username=username, password="x")
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def form_value(block, value):
    """A block's value as the page editor's form posts it."""
    if isinstance(block, blocks.StreamBlock):
        return streamfield(
            [(child.block_type, form_value(child.block, child.value)) for child in value]
        )
    if isinstance(block, blocks.StructBlock):
        return {name: form_value(block.child_blocks[name], item) for name, item in value.items()}
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(value.source)
    if isinstance(block, blocks.DateBlock):
        return value.isoformat() if value else ""
    return "" if value is None else str(value)


def edit_form_data(page, **extra):
    """What the editor's form posts for `page` unchanged, plus `extra`."""
    page = page.specific.get_latest_revision_as_object()
    form_class = type(page).get_edit_handler().get_form_class()
    data = {}
    for name in form_class.base_fields:
        if name in ("topics", "comment_notifications", "go_live_at", "expire_at"):
            continue
        value = getattr(page, name)
        model_field = page._meta.get_field(name)
        if hasattr(model_field, "stream_block"):
            data[name] = form_value(model_field.stream_block, value)
        elif isinstance(model_field, RichTextField):
            data[name] = rich_text(value or "")
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        elif isinstance(value, datetime.date):
            data[name] = value.isoformat()
        else:
            data[name] = value or ""
    for formset in form_class.formsets:
        data[formset] = inline_formset([])
    data.update(extra)
    return nested_form_data(data)


def edit(client, page, **extra):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form_data(page, **extra)
    )


@pytest.mark.parametrize("kind", ["guide", "country"])
def test_an_editor_sees_mark_checked_with_moderation_a_moderator_with_publishing(
    client, django_user_model, request, kind
):
    page = page_of(kind, request)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    client.force_login(staff(django_user_model, "editor", "Editors"))
    as_editor = client.get(url).content.decode()
    client.force_login(staff(django_user_model, "moderator", "Moderators"))
    as_moderator = client.get(url).content.decode()

    assert f'name="{ACTION}"' in as_editor
    assert "Mark checked today and submit for moderation" in as_editor
    assert "Mark checked today and publish" not in as_editor
    assert "Mark checked today and publish" in as_moderator


def test_pages_without_a_review_date_have_no_mark_checked(client, django_user_model, guide):
    client.force_login(staff(django_user_model, "moderator", "Moderators"))

    html = client.get(reverse("wagtailadmin_pages:edit", args=[guide.get_parent().pk])).content
    assert ACTION not in html.decode()


@pytest.mark.parametrize("kind", ["guide", "country"])
def test_an_editors_review_waits_for_a_moderator_then_readers_see_todays_date(
    client, django_user_model, request, kind
):
    page = page_of(kind, request)
    set_date(page, datetime.date(2026, 3, 5))
    today = timezone.localdate()
    revisions_before = page.revisions.count()
    editor = staff(django_user_model, "editor", "Editors")
    moderator = staff(django_user_model, "moderator", "Moderators")

    client.force_login(editor)
    response = edit(client, page, **{ACTION: "Mark checked today"})

    assert response.status_code == 302
    page = Page.objects.get(pk=page.pk).specific
    revision = page.get_latest_revision()
    assert page.revisions.count() == revisions_before + 1
    assert revision.user == editor
    assert getattr(revision.as_object(), page.review_date_field) == today
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    assert state.current_task_state.revision == revision
    assert getattr(page, page.review_date_field) == datetime.date(2026, 3, 5)  # not live yet
    client.logout()
    for language in LANGUAGES:
        assert (
            checked_line(client.get(URLS[kind][language]).content.decode()) == SET_DATES[language]
        )

    client.force_login(moderator)
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", state.current_task_state.pk],
        )
    )
    assert response.status_code in (200, 302)
    page = Page.objects.get(pk=page.pk).specific
    assert getattr(page, page.review_date_field) == today
    client.logout()
    for language in LANGUAGES:
        line = checked_line(client.get(URLS[kind][language]).content.decode())
        assert line.startswith(f'{LABELS[language]}: <time datetime="{today:%Y-%m-%d}">'), line
        assert line != SET_DATES[language]


def test_a_moderators_review_publishes_todays_date_at_once(client, django_user_model, country):
    set_date(country, datetime.date(2026, 3, 5))
    client.force_login(staff(django_user_model, "moderator", "Moderators"))

    response = edit(client, country, **{ACTION: "Mark checked today"})

    assert response.status_code == 302
    country = CountryPage.objects.get(pk=country.pk)
    assert country.last_checked == timezone.localdate()
    assert not WorkflowState.objects.filter(object_id=str(country.pk), status="in_progress")
    client.logout()
    html = client.get(URLS["country"]["en"]).content.decode()
    assert f'Last checked: <time datetime="{timezone.localdate():%Y-%m-%d}">' in html


def test_the_date_is_today_in_minsk_not_in_utc(django_user_model, guide):
    # 22:30 UTC on 31 December is already 1 January in Minsk (UTC+3).
    request = RequestFactory().post("/", {ACTION: "Mark checked today", "last_reviewed": ""})
    request.user = staff(django_user_model, "moderator", "Moderators")
    late_evening_utc = datetime.datetime(2026, 12, 31, 22, 30, tzinfo=datetime.UTC)

    with mock.patch("django.utils.timezone.now", return_value=late_evening_utc):
        assert mark_checked(request, guide) is None

    assert request.POST["last_reviewed"] == "2027-01-01"
    assert request.POST["action-publish"]


def test_a_plain_save_leaves_the_date_as_the_editor_typed_it(client, django_user_model, guide):
    client.force_login(staff(django_user_model, "moderator", "Moderators"))

    edit(client, guide, last_reviewed="2026-02-01", **{"action-publish": "Publish"})

    assert GuidePage.objects.get(pk=guide.pk).last_reviewed == datetime.date(2026, 2, 1)


BELARUSIAN_MONTHS_IN_DATES = [
    "студзеня", "лютага", "сакавіка", "красавіка", "траўня", "чэрвеня",
    "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада", "снежня",
]  # fmt: skip


@pytest.mark.parametrize("month", range(1, 13))
def test_belarusian_dates_name_the_month_as_belarusian_is_written(month):
    # Django's own catalogue has "5 сакавік" and the classical "верасьня", "сьнежня".
    from django.template.defaultfilters import date
    from django.utils import translation

    with translation.override("be"):
        shown = date(datetime.date(2026, month, 5), "DATE_FORMAT")

    assert shown == f"5 {BELARUSIAN_MONTHS_IN_DATES[month - 1]} 2026 г."


def test_while_a_review_waits_the_editor_cannot_send_it_twice_and_after_changes_resends_it(
    client, django_user_model, guide
):
    editor = staff(django_user_model, "editor", "Editors")
    moderator = staff(django_user_model, "moderator", "Moderators")
    url = reverse("wagtailadmin_pages:edit", args=[guide.pk])
    client.force_login(editor)
    edit(client, guide, **{ACTION: "Mark checked today"})

    assert ACTION not in client.get(url).content.decode()

    state = WorkflowState.objects.get(object_id=str(guide.pk), status="in_progress")
    client.force_login(moderator)
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[guide.pk, "reject", state.current_task_state.pk],
        ),
        {"comment": "Please check the embassy's number too."},
    )
    state.refresh_from_db()
    assert state.status == "needs_changes"

    client.force_login(editor)
    assert ACTION in client.get(url).content.decode()
    edit(client, guide, **{ACTION: "Mark checked today"})

    state.refresh_from_db()
    assert state.status == "in_progress"
    assert GuidePage.objects.get(pk=guide.pk).last_reviewed == datetime.date(2026, 10, 15)
