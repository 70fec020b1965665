"""Measure what a reader downloads for each kind of public page, and fail above the budget.

    .venv/bin/python scripts/page_weight.py [--budget-kb 60] [--all]

Run on its own, the script builds a throwaway SQLite database with the test
settings, runs migrate, setup_site and load_demo_content, then renders one live
page of every page type in every language (all pages with --all), the hotline
request form and a search results page through Django's test client. For each
page it adds the gzip size of the HTML to the gzip size of every stylesheet and
script the page references, prints a table, and exits non-zero when a page is over
the budget, a page does not render, or a page has a render-blocking or inline
script. `make test` runs the same measurement in process, on the test suite's demo
site (tests/test_page_weight.py).

Images are not counted: they are lazy-loaded Wagtail renditions, and the budget is
about the HTML, CSS and JavaScript a page needs before it can be read.
"""

import argparse
import contextlib
import gzip
import io
import os
import re
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_KB = 60
# HTML is compressed on the fly by the server (a middle level); static files are
# compressed once at collectstatic time by WhiteNoise at the highest level.
HTML_GZIP_LEVEL = 6
STATIC_GZIP_LEVEL = 9


def gzip_size(data, level):
    return len(gzip.compress(data, compresslevel=level, mtime=0))


class AssetParser(HTMLParser):
    """Collects stylesheets and scripts, and notices scripts that block rendering."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stylesheets = []
        self.scripts = []
        self.problems = []
        self._in_inline_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "link" and "stylesheet" in (attributes.get("rel") or "").split():
            self.stylesheets.append(attributes.get("href") or "")
        elif tag == "script":
            source = attributes.get("src")
            if source:
                self.scripts.append(source)
                deferred = "defer" in attributes or "async" in attributes
                if not deferred and attributes.get("type") != "module":
                    self.problems.append(f"render-blocking script {source}")
            elif attributes.get("type") not in ("application/ld+json", "application/json"):
                self._in_inline_script = True

    def handle_endtag(self, tag):
        if tag == "script" and self._in_inline_script:
            self._in_inline_script = False
            self.problems.append("inline script (blocked by the CSP)")


def static_file_bytes(url):
    """The bytes of a static file referenced by URL, found the way collectstatic would."""
    from django.conf import settings
    from django.contrib.staticfiles import finders

    path = re.sub(r"[?#].*$", "", url)
    if not path.startswith(settings.STATIC_URL):
        raise ValueError(f"{url} is not a static file of this site")
    found = finders.find(path[len(settings.STATIC_URL) :])
    if not found:
        raise FileNotFoundError(f"{url} does not exist")
    return Path(found).read_bytes()


def measure(client, url):
    """One row of the table: sizes in bytes, and any problem found."""
    response = client.get(url, follow=True)
    row = {"url": url, "status": response.status_code, "problems": []}
    if response.status_code != 200:
        row["problems"].append(f"status {response.status_code}")
        return row
    html = response.content
    parser = AssetParser()
    parser.feed(html.decode(response.charset or "utf-8"))
    row["problems"].extend(parser.problems)
    row["html"] = gzip_size(html, HTML_GZIP_LEVEL)
    row["css"] = 0
    row["js"] = 0
    for kind, urls in (("css", parser.stylesheets), ("js", parser.scripts)):
        for asset in dict.fromkeys(urls):
            try:
                row[kind] += gzip_size(static_file_bytes(asset), STATIC_GZIP_LEVEL)
            except (ValueError, FileNotFoundError) as error:
                row["problems"].append(str(error))
    row["total"] = row["html"] + row["css"] + row["js"]
    return row


def page_urls(languages, every_page=False):
    """(label, url) for one live page of each type, or every live page, in each language."""
    from django.utils import translation
    from wagtail.models import Page

    pages = Page.objects.live().filter(depth__gt=1).specific().order_by("path")
    chosen = {}
    for page in pages:
        label = type(page).__name__
        if every_page:
            chosen[(label, page.pk)] = page
        else:
            chosen.setdefault((label, None), page)
    urls = []
    for (label, _pk), page in chosen.items():
        for language in languages:
            with translation.override(language):
                url = page.get_url()
            if url:
                urls.append((label, language, url))
    return urls


def view_urls(languages):
    """The hotline form and search results, when those views exist."""
    from django.urls import NoReverseMatch, reverse
    from django.utils import translation

    urls = []
    for label, name, query in (
        ("hotline form", "hotline:request", ""),
        ("search results", "search", "?q=виза"),
    ):
        for language in languages:
            with translation.override(language):
                try:
                    urls.append((label, language, reverse(name) + query))
                except NoReverseMatch:
                    break
    return urls


def build_database(workdir):
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'weight.sqlite3'}"
    os.environ["DJANGO_MEDIA_ROOT"] = str(workdir / "media")
    os.environ["DJANGO_SETTINGS_MODULE"] = "lastrada_site.settings.test"
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)

    import django

    django.setup()
    from django.core.management import call_command, get_commands

    # wagtail-modeltranslation's migrate prints the SQL it runs; keep it for failures only.
    output = io.StringIO()
    try:
        with contextlib.redirect_stdout(output):
            call_command("migrate", interactive=False, verbosity=0)
            call_command("setup_site", verbosity=0)
            has_demo_content = "load_demo_content" in get_commands()
            if has_demo_content:
                call_command("load_demo_content", verbosity=0)
    except Exception:
        sys.stderr.write(output.getvalue())
        raise
    if not has_demo_content:
        print("note: no load_demo_content command yet; measuring the pages that exist")


def main(argv=None):
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("--budget-kb", type=float, default=BUDGET_KB)
    arguments.add_argument("--all", action="store_true", help="measure every live page")
    options = arguments.parse_args(argv)
    budget = int(options.budget_kb * 1024)

    with tempfile.TemporaryDirectory(prefix="page-weight-") as workdir:
        try:
            build_database(Path(workdir))
        except Exception:
            print("FAIL: could not build the demo database", file=sys.stderr)
            raise
        from django.conf import settings
        from django.test import Client

        languages = [code for code, _name in settings.LANGUAGES]
        client = Client(raise_request_exception=False)
        return report(measure_pages(client, languages, budget, options.all), budget)


def measure_pages(client, languages, budget, every_page=False):
    """A row for each page and view in each language, with a problem for any over budget.

    Also called in process by the test suite, on its own demo database.
    """
    rows = []
    for label, language, url in page_urls(languages, every_page) + view_urls(languages):
        row = measure(client, url)
        row.update(label=label, language=language)
        if row.get("total", 0) > budget:
            row["problems"].append(f"over the budget of {budget / 1024:g} KB")
        rows.append(row)
    return rows


def report(rows, budget):
    def kb(value):
        return f"{value / 1024:6.1f}" if value is not None else "     -"

    header = f"{'page type':<22} {'lang':<4} {'html':>6} {'css':>6} {'js':>6} {'total':>6}  url"
    print(f"Compressed (gzip) size in KB; budget {budget / 1024:g} KB per page")
    print(header)
    print("-" * len(header))
    failures = 0
    for row in rows:
        print(
            f"{row['label'][:22]:<22} {row['language']:<4} {kb(row.get('html'))} "
            f"{kb(row.get('css'))} {kb(row.get('js'))} {kb(row.get('total'))}  {row['url']}"
        )
        for problem in row["problems"]:
            failures += 1
            print(f"  FAIL: {problem}")
    if not rows:
        print("FAIL: no public page was found to measure")
        return 1
    heaviest = max(rows, key=lambda row: row.get("total", 0))
    print(
        f"{len(rows)} pages measured; heaviest {heaviest.get('total', 0) / 1024:.1f} KB "
        f"({heaviest['url']})"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
