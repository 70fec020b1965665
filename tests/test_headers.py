"""Security headers and content security policies of public pages and the admin."""

from django.conf import settings


def test_security_headers_on_public_pages(client, home_page):
    response = client.get("/ru/")

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self';" in csp
    assert "unsafe-inline" not in csp


def test_public_pages_have_no_inline_script(client, home_page):
    html = client.get("/ru/").content.decode()

    assert "<script>" not in html
    assert "<script " in html  # the quick-exit module, loaded from this site
    assert 'src="/static/js/' in html


ADMIN_CSP_DIRECTIVES = (
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
)


def test_admin_may_frame_its_own_preview_and_nothing_else_may(client, db):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    csp = [directive.strip() for directive in response["Content-Security-Policy"].split(";")]
    assert set(ADMIN_CSP_DIRECTIVES) <= set(csp)
    # Wagtail's admin runs inline scripts: the public policy would break it.
    assert response["Content-Security-Policy"] != settings.CONTENT_SECURITY_POLICY


def test_every_admin_screen_carries_the_admin_csp(admin_client, home_page):
    edit_url = f"/admin/pages/{home_page.pk}/edit/"
    responses = {
        "dashboard": admin_client.get("/admin/"),
        "explorer": admin_client.get(f"/admin/pages/{home_page.get_parent().pk}/"),
        "edit form": admin_client.get(edit_url),
        "preview": admin_client.get(f"{edit_url}preview/?mode="),
    }

    for name, response in responses.items():
        assert response.status_code == 200, name
        csp = response["Content-Security-Policy"]
        assert all(directive in csp for directive in ADMIN_CSP_DIRECTIVES), name


def test_a_preview_keeps_the_public_policy_and_may_be_framed_by_the_admin(rf, home_page):
    # Wagtail renders the preview as a request to the page's public URL.
    response = home_page.make_preview_request(rf.get("/admin/"), "en")

    assert response.status_code == 200
    assert "Safe travel abroad" in response.content.decode()
    csp = response["Content-Security-Policy"]
    assert "script-src 'self';" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'self'" in csp and "frame-ancestors 'none'" not in csp
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_public_pages_still_refuse_every_frame(client, home_page):
    response = client.get("/en/")

    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_the_admin_asks_no_other_site_for_avatars(admin_client, admin_user):
    assert admin_user.email  # Wagtail would send its hash to gravatar.com
    response = admin_client.get("/admin/")

    assert response.status_code == 200
    assert "gravatar" not in response.content.decode()
