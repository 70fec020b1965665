"""No hidden figure of a year and its quarters can be worked out: for generated requests,
and for what the site stores, a reader's linear program (tests/statistics_audit.py)
over the year's and the four quarters' tables, every breakdown and the totals leaves
each hidden count at least two possible values, the true one among them."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hotline import disclosure, public_statistics, statistics_release
from hotline.models import StatisticsSnapshot
from tests.statistics_audit import audit
from tests.test_statistics_page import add_many, at

TOLERANCE = 1e-6


def assert_undetermined(quarter_totals, dimensions, minimum, year, quarters):
    found = audit(quarter_totals, dimensions, minimum, year, quarters)
    for name, (low, high, true_value) in found.items():
        assert low - TOLERANCE <= true_value <= high + TOLERANCE, name
        assert high - low >= 1 - TOLERANCE, (name, low, high, true_value)
    return found


def assert_primary_rule(dimensions, minimum, year, quarters):
    """Every count below the minimum is hidden as "fewer than N"; every shown one is exact."""
    for name, quarter_rows in dimensions.items():
        rows = [*quarter_rows, disclosure.year_sums(quarter_rows)]
        for period, true_row in zip([*quarters, year], rows, strict=True):
            published = period["sections"][name]
            if published is None:
                continue
            for (key, count), (shown_key, shown, state) in zip(true_row, published, strict=True):
                assert key == shown_key
                assert shown in (None, count)
                assert (state == disclosure.SMALL) == (count < minimum)
                assert shown is None or count >= minimum


# A request: its topic, channel (a few kinds, some rare) and month within its quarter.
request = st.tuples(st.sampled_from("aaaabbbccd"), st.sampled_from("xxxyyz"), st.integers(0, 2))


@st.composite
def years(draw):
    minimum = draw(st.integers(min_value=2, max_value=6))
    quarters = draw(st.lists(st.lists(request, max_size=30), min_size=4, max_size=4))
    topics = sorted({topic for quarter in quarters for topic, _c, _m in quarter} | {"a", "e"})
    channels = ["x", "y", "z"]

    def rows(position, keys):
        return [
            [(key, sum(1 for item in quarter if item[position] == key)) for key in keys]
            for quarter in quarters
        ]

    months = [
        [
            (f"m{3 * number + month}", sum(1 for item in quarter if item[2] == month))
            for month in range(3)
        ]
        for number, quarter in enumerate(quarters)
    ]
    dimensions = {"topic": rows(0, topics), "channel": rows(1, channels), "month": months}
    return [len(quarter) for quarter in quarters], dimensions, minimum


@pytest.mark.slow
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(years())
def test_no_hidden_count_of_a_year_or_its_quarters_can_be_pinned_down(generated):
    quarter_totals, dimensions, minimum = generated
    year, quarters = disclosure.publish_year(quarter_totals, dimensions, minimum)
    assert_primary_rule(dimensions, minimum, year, quarters)
    assert_undetermined(quarter_totals, dimensions, minimum, year, quarters)


def separately(quarter_totals, dimensions, minimum):
    """The year and each quarter suppressed each on its own, as the site once did."""

    def period(total, rows):
        sections = {name: disclosure.published_single(row, minimum) for name, row in rows.items()}
        return {"total": total, "sections": sections}

    year = period(sum(quarter_totals), {n: disclosure.year_sums(r) for n, r in dimensions.items()})
    quarters = [
        period(total, {name: rows[number] for name, rows in dimensions.items()})
        for number, total in enumerate(quarter_totals)
    ]
    return year, quarters


def test_the_attack_on_separately_suppressed_quarters_fails():
    quarter_rows = [
        [("work", 15), ("travel", 0), ("crisis", 4)],
        [("work", 6), ("travel", 8), ("crisis", 1)],
        [("work", 11), ("travel", 5), ("crisis", 4)],
        [("work", 9), ("travel", 2), ("crisis", 4)],
    ]
    totals = [19, 15, 20, 15]
    dimensions = {"topic": quarter_rows}
    # Suppressed one table at a time, the year and its quarters give every hidden
    # quarter's count away.
    found = audit(totals, dimensions, 5, *separately(totals, dimensions, 5))
    assert len(found) == 8
    assert all(high - low < TOLERANCE for low, high, _true in found.values())
    # Suppressed together, none.
    year, quarters = disclosure.publish_year(totals, dimensions, 5)
    assert_primary_rule(dimensions, 5, year, quarters)
    found = assert_undetermined(totals, dimensions, 5, year, quarters)
    assert (0, "topic", "crisis") in found and (1, "topic", "crisis") in found
    assert year["sections"]["topic"][0] == ("work", 41, "shown")


def test_what_the_site_stores_passes_the_audit(home_page, settings):
    settings.STATS_PUBLISH_DELAY_DAYS = 14
    add_many("AAAA", 12, at(2025, 2, 3), received_via="phone")
    add_many("BBBB", 6, at(2025, 5, 6), topic="study", country="DE")
    add_many("CCCC", 3, at(2025, 5, 7), topic="travel", country="TR", received_via="viber")
    add_many("DDDD", 8, at(2025, 8, 4), received_via="phone", age_group="25_34")
    add_many("EEEE", 7, at(2025, 11, 5), topic="crisis", gender="female")
    add_many("FFFF", 4, at(2025, 12, 6), topic="crisis", country="LT")
    statistics_release.published_figures(2025)
    stored = {row.quarter: row.figures for row in StatisticsSnapshot.objects.filter(year=2025)}
    assert sorted(stored, key=str) == [1, 2, 3, 4, None]

    def as_published(figures):
        sections = {
            name: None if cells is None else [tuple(cell) for cell in cells]
            for name, cells in figures["sections"].items()
        }
        return {"total": figures["total"], "sections": sections}

    totals, dimensions = public_statistics.true_counts(2025, 5)
    year = as_published(stored[None])
    quarters = [as_published(stored[quarter]) for quarter in range(1, 5)]
    assert year["total"] == 40 and [q["total"] for q in quarters] == [12, 9, 8, 11]
    assert_primary_rule(dimensions, 5, year, quarters)
    found = assert_undetermined(totals, dimensions, 5, year, quarters)
    assert (1, "country", "other") in found  # Turkey's 3 and Lithuania's 4, never named
