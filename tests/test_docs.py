"""The README stays a short page, and every relative link in the docs leads somewhere."""

import re
from urllib.parse import unquote

import pytest

from tests.support import ROOT

README_MAX_LINES = 250
DOCUMENTS = [
    ROOT / "README.md",
    ROOT / "deploy" / "README.md",
    *sorted((ROOT / "docs").glob("*.md")),
]
FENCE = re.compile(r"^\s*```.*?^\s*```", re.M | re.S)
INLINE_CODE = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"\[[^\]\n]*\]\(([^)\s]+)\)")
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.M)


def prose(path):
    """The text of a Markdown file without its code blocks and code spans."""
    return INLINE_CODE.sub("", FENCE.sub("", path.read_text(encoding="utf-8")))


def anchors(path):
    """The anchors GitHub gives the headings of a Markdown file."""
    seen = {}
    found = set()
    for heading in HEADING.findall(prose(path)):
        text = re.sub(r"[*_]|\[([^\]]*)\]\([^)]*\)", r"\1", heading).lower()
        slug = re.sub(r"[^\w\- ]", "", text).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        found.add(slug if count == 0 else f"{slug}-{count}")
    return found


def relative_links(path):
    for target in LINK.findall(prose(path)):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):
            continue  # http:, https:, mailto:
        yield target


def broken_links(document):
    broken = []
    for target in relative_links(document):
        file_part, _, anchor = target.partition("#")
        linked = (document.parent / unquote(file_part)).resolve() if file_part else document
        if not linked.exists():
            broken.append(f"{target}: no such file")
        elif anchor and linked.suffix == ".md" and anchor not in anchors(linked):
            broken.append(f"{target}: no such heading")
    return broken


def test_the_readme_is_a_page():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()

    assert len(lines) <= README_MAX_LINES


def test_the_readme_links_every_manual():
    links = set(relative_links(ROOT / "README.md"))

    for manual in ("editors", "consultants", "operations", "development", "glossary"):
        assert f"docs/{manual}.md" in links


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_relative_link_points_to_an_existing_file_and_heading(document):
    assert broken_links(document) == []


def test_a_broken_link_or_heading_is_found(tmp_path):
    (tmp_path / "other.md").write_text("# Other page\n\n## Scheduled jobs\n", encoding="utf-8")
    document = tmp_path / "page.md"
    document.write_text(
        "[ok](other.md#scheduled-jobs), [gone](missing.md), [no heading](other.md#nothing),\n"
        "`[code](not-a-link.md)` and [web](https://example.org/x.md)\n",
        encoding="utf-8",
    )

    assert broken_links(document) == [
        "missing.md: no such file",
        "other.md#nothing: no such heading",
    ]
