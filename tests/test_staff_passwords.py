"""Staff passwords: long, not common, not like the account's own name, with a hint on the form."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from tests.hotline_support import in_language, text_of

HINT = "Не меньше 12 символов. Несколько не связанных между собой слов"


def refusals(password, user=None):
    try:
        validate_password(password, user=user)
    except ValidationError as error:
        return {item.code for item in error.error_list}
    return set()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "password,expected",
    [
        ("eleven-char", {"password_too_short"}),
        ("river lamp q", set()),
        ("password1234", {"password_too_common"}),
        ("482915730618", {"password_entirely_numeric"}),
    ],
)
def test_password_rules(password, expected):
    assert refusals(password) == expected


@pytest.mark.django_db
def test_a_password_like_the_username_is_refused(django_user_model):
    user = django_user_model(username="alesia.ivanova", email="alesia.ivanova@example.org")
    assert refusals("alesia.ivanova1", user) == {"password_too_similar"}


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/admin/users/new/", "/admin/account/"])
def test_the_new_user_and_change_password_forms_explain_the_rules(superuser_client, url):
    response = superuser_client.get(url)
    assert response.status_code == 200
    assert HINT in text_of(response)


@pytest.mark.django_db
def test_a_short_password_is_refused_on_the_new_user_form(superuser_client, django_user_model):
    response = superuser_client.post(
        "/admin/users/new/",
        {
            "username": "newperson",
            "email": "new@example.org",
            "first_name": "New",
            "last_name": "Person",
            "password1": "short-one1",
            "password2": "short-one1",
        },
    )
    assert response.status_code == 200
    assert "Введённый пароль слишком короткий" in text_of(response)
    assert not django_user_model.objects.filter(username="newperson").exists()


@pytest.mark.django_db
def test_the_edit_user_form_explains_the_rules_and_keeps_them(superuser_client, django_user_model):
    person = django_user_model.objects.create_user(
        "person", "person@example.org", "an-old-long-password-42", first_name="A", last_name="B"
    )
    form = superuser_client.get(f"/admin/users/edit/{person.pk}/")
    assert form.status_code == 200
    assert HINT in text_of(form)
    assert in_language("ru", "Leave both password fields empty to keep the current password.") in (
        text_of(form)
    )
    fields = {
        "username": "person",
        "email": "person@example.org",
        "first_name": "A",
        "last_name": "B",
        "is_active": "on",
    }
    refused = superuser_client.post(
        f"/admin/users/edit/{person.pk}/",
        {**fields, "password1": "short-one1", "password2": "short-one1"},
    )
    assert refused.status_code == 200
    assert "Введённый пароль слишком короткий" in text_of(refused)
    person.refresh_from_db()
    assert person.check_password("an-old-long-password-42")
    kept = superuser_client.post(f"/admin/users/edit/{person.pk}/", fields)
    assert kept.status_code == 302
    person.refresh_from_db()
    assert person.check_password("an-old-long-password-42")


@pytest.mark.django_db
def test_password_reset_by_e_mail_is_off(client, django_user_model):
    django_user_model.objects.create_user("someone", "someone@example.org", "pw")
    login = client.get("/admin/login/")
    assert "password_reset" not in login.content.decode()
    response = client.post("/admin/password_reset/", {"email": "someone@example.org"})
    assert response.status_code in (302, 404)
    from django.core import mail

    assert mail.outbox == []


@pytest.mark.parametrize(
    "tls,refused", [("false", True), ("true", False)], ids=["plain-mail", "tls-mail"]
)
def test_production_offers_password_reset_only_with_tls_mail(tls, refused):
    from tests.test_production_settings import start_production

    result = start_production(WAGTAIL_PASSWORD_RESET_ENABLED="true", EMAIL_USE_TLS=tls)
    assert (result.returncode != 0) is refused, result.stderr
    if refused:
        assert "EMAIL_USE_TLS" in result.stderr
