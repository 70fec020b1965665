"""The head row of the admin's own tables, and how staff are named in a request's history."""

from django.contrib.auth.models import User
from django.template import Context, Template
from django.utils import translation


def render(source, **context):
    return Template(source).render(Context(context))


def test_column_headers_escape_titles_and_hide_the_buttons_column_from_sight_only():
    html = render(
        '{% load admin_table_tags %}{% column_headers "Name" title hidden="Actions" %}',
        title="<b>Locked</b>",
    )

    assert html == (
        '<thead><tr><th scope="col">Name</th><th scope="col">&lt;b&gt;Locked&lt;/b&gt;</th>'
        '<th scope="col"><span class="w-sr-only">Actions</span></th></tr></thead>'
    )


def test_column_headers_without_a_buttons_column_have_one_cell_per_title():
    html = render('{% load admin_table_tags %}{% column_headers "A" "B" hidden=nothing %}')

    assert html.count("<th ") == 2 and "w-sr-only" not in html


def test_column_headers_translate_their_titles():
    source = '{% load admin_table_tags %}{% column_headers _("Status") %}'
    with translation.override("ru"):
        assert '<th scope="col">Статус</th>' in render(source)


def test_staff_are_named_by_full_name_then_username_then_as_a_former_user():
    source = "{% load hotline_tags %}{{ user|staff_name }}"
    named = User(username="olga", first_name="Olga", last_name="K.")
    plain = User(username="ivan")

    assert render(source, user=named) == "Olga K."
    assert render(source, user=plain) == "ivan"
    with translation.override("en"):
        assert render(source, user=None) == "a former user"
