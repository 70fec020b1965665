"""Small helpers shared by the browser tests."""

from urllib.parse import urlsplit

# What the quick exit's neutral site looks like in the tests: answered locally, so
# the test never contacts another host.
NEUTRAL_PAGE = "<!doctype html><html lang='en'><title>Weather</title><h1>Weather today</h1></html>"


def path_of(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def open_page(tab, url):
    response = tab.goto(url)
    assert response is not None and response.status == 200, f"{url}: {response and response.status}"
    return response


def serve_neutral_site(tab, exit_url):
    """Answer the quick exit's neutral site with a local page."""

    def answer(route):
        route.fulfill(status=200, content_type="text/html", body=NEUTRAL_PAGE)

    tab.route(lambda url: url == exit_url, answer)
