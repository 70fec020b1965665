"""Search in the reader's language only.

Wagtail's database backend keeps one index row per page with every language
mixed in, so a query is run against the page's own per-language columns
(`title_xx`, `search_text_xx`, see BasePage.refresh_search_text) instead:
- on PostgreSQL through Wagtail's backend with `fields=[…]`, which builds
  tsvectors with SEARCH_CONFIG ("russian": stems Russian, and English too);
- elsewhere (SQLite in development) through Wagtail's fallback database
  backend, a substring match on the same lower-cased columns, without stemming:
  SQLite's FTS index has no per-language columns to restrict a query to.
"""

import re
from dataclasses import dataclass

from django.db import connection
from django.utils.html import escape
from django.utils.safestring import mark_safe
from modelsearch.backends.database.fallback import DatabaseSearchBackend
from wagtail.search.backends import get_search_backend

from pages.models import BasePage
from pages.utils import plain_text

MAX_QUERY_CHARS = 200
MAX_TERMS = 10
MAX_TERM_CHARS = 40
EXCERPT_CHARS = 220
WORD = re.compile(r"\w+(?:-\w+)*", re.UNICODE)


@dataclass
class CleanQuery:
    text: str  # the words that are searched for, joined by spaces
    terms: list
    shortened: bool  # the reader's query was longer than we search for


def clean_query(raw):
    """Words only (letters, digits, inner hyphens), a bounded number of them."""
    raw = (raw or "")[:10_000]
    terms = [term[:MAX_TERM_CHARS] for term in WORD.findall(raw.replace("_", " "))]
    shortened = len(terms) > MAX_TERMS or len(raw.strip()) > MAX_QUERY_CHARS
    terms = terms[:MAX_TERMS]
    while len(" ".join(terms)) > MAX_QUERY_CHARS:
        terms = terms[:-1]
    text = " ".join(terms)
    return CleanQuery(text=text.lower(), terms=[t.lower() for t in terms], shortened=shortened)


def searchable_models():
    """Every page type: each keeps its own search text per language."""
    return BasePage.page_models()


def _backend():
    if connection.vendor == "postgresql":
        return get_search_backend()
    return DatabaseSearchBackend({})


@dataclass
class SearchHit:
    page: object
    score: float
    terms: list
    language: str

    @property
    def excerpt(self):
        """Built only for the results shown, from the page's own text in that language."""
        page = self.page
        parts = [
            plain_text(getattr(page, f"{field}_{self.language}", None))
            for field in page.search_text_fields
        ]
        return excerpt(" ".join(part for part in parts if part), self.terms)


def search_pages(query, language):
    """Live public pages written in `language` that match every word, best first."""
    if not query.terms:
        return []
    backend = _backend()
    fields = [f"title_{language}", f"search_text_{language}"]
    hits = []
    for model in searchable_models():
        queryset = model.objects.live().public()
        results = backend.search(query.text, queryset, fields=fields, operator="and")
        for page in results.annotate_score("_score"):
            if not getattr(page, f"search_text_{language}"):
                continue  # not written in this language: its title alone does not count
            # The fallback backend gives no score.
            score = _substring_score(page, query, language) if page._score is None else page._score
            hits.append(SearchHit(page=page, score=score, terms=query.terms, language=language))
    hits.sort(key=lambda hit: (-hit.score, hit.page.title.lower()))
    return hits


def _substring_score(page, query, language):
    """A rank for the fallback backend: title matches first, then frequency."""
    title = (getattr(page, f"title_{language}", "") or "").lower()
    text = getattr(page, f"search_text_{language}", "")
    return sum((10.0 if term in title else 0.0) + min(text.count(term), 10) for term in query.terms)


def _stem(term):
    # A crude prefix, so that «визы» marks «виза» in the excerpt; matching is the backend's.
    return term if len(term) <= 4 else term[: max(4, len(term) - 2)]


def excerpt(text, terms):
    """About EXCERPT_CHARS characters of plain text around the first match, terms marked."""
    if not text:
        return ""
    lowered = text.lower()
    if len(lowered) != len(text):
        text = lowered
    stems = [_stem(term) for term in terms if term]
    positions = [lowered.find(stem) for stem in stems if lowered.find(stem) >= 0]
    start = max(0, min(positions) - 60) if positions else 0
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 20 else start
    end = start + EXCERPT_CHARS
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    html = escape(text[start:end])
    for stem in sorted(set(stems), key=len, reverse=True):
        html = re.sub(
            r"(?<![\w>])(" + re.escape(escape(stem)) + r"\w*)",
            r"<mark>\1</mark>",
            html,
            flags=re.IGNORECASE,
        )
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + html + suffix)  # noqa: S308 - escaped above, only <mark> added
