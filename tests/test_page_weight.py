"""The page weight budget (scripts/page_weight.py), measured in process on the demo site:
one page of every type in every language, the hotline form and search results."""

import re

import pytest
from django.test import Client

from scripts import page_weight
from tests.support import LANGUAGES

pytestmark = pytest.mark.django_db

# The pages a reader meets most, which must be among those measured.
EXPECTED_LABELS = {"HomePage", "SectionPage", "GuidePage", "CountryPage", "hotline form"}


def measured(budget_kb, languages=LANGUAGES):
    client = Client(raise_request_exception=False)
    return page_weight.measure_pages(client, languages, int(budget_kb * 1024))


def test_one_page_of_every_type_is_within_the_budget_in_every_language(demo_site, capsys):
    rows = measured(page_weight.BUDGET_KB)

    status = page_weight.report(rows, page_weight.BUDGET_KB * 1024)

    table = capsys.readouterr().out
    assert status == 0, table
    assert EXPECTED_LABELS | {"search results"} <= {row["label"] for row in rows}
    for label in EXPECTED_LABELS:
        assert {row["language"] for row in rows if row["label"] == label} == set(LANGUAGES)
    assert all(row["status"] == 200 and row["html"] > 0 for row in rows), table


def test_a_page_over_the_budget_fails_the_report_and_says_which(demo_site, capsys):
    rows = measured(5, languages=["ru"])

    status = page_weight.report(rows, 5 * 1024)

    table = capsys.readouterr().out
    assert status == 1
    assert "FAIL: over the budget of 5 KB" in table
    assert re.search(r"^HomePage\s+ru\s", table, re.MULTILINE)
