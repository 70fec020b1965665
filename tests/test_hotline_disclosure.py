"""Small-cell suppression of one table, and the rectangles that link a year's table to
its quarters'.

The check of a single table reads only the published table (the total, the shown
counts and the labels "fewer than N" / "hidden") and looks for a second set of hidden
values that fits it as well as the true one, for every hidden cell. The linked tables
are audited by linear programming in test_statistics_audit.py.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from hotline import disclosure

MIN = 5


def rows(*counts):
    return [(f"k{index}", count) for index, count in enumerate(counts)]


def publish_dimension(row, minimum):
    return disclosure.published_single(row, minimum)


def publish_table(total, dimensions, minimum):
    """A year published alone: what the site shows when its quarters are withheld."""
    if total < minimum:
        return None, dict.fromkeys(dimensions)
    return total, {name: publish_dimension(row, minimum) for name, row in dimensions.items()}


def states(cells):
    return [state for _key, _count, state in cells]


def hidden(cell):
    return cell[2] != disclosure.SHOWN


def fits(published_total, cells, values, minimum):
    """Whether `values` (one per cell) agree with everything the table shows."""
    if sum(values) != published_total:
        return False
    for (_key, count, state), value in zip(cells, values, strict=True):
        if state == disclosure.SHOWN and value != count:
            return False
        if state == disclosure.SMALL and not 0 <= value < minimum:
            return False
        if state == disclosure.COVERING and value < minimum:
            return False
    return True


def another_assignment(published_total, cells, true_values, index, minimum):
    """Hidden values that fit the table with a different value in cell `index`, or None.

    The values a hidden cell can take form a range, so if it can differ at all it can
    differ by one, with one other hidden cell making up for it."""
    for other in range(len(cells)):
        if other == index or not hidden(cells[other]):
            continue
        for step in (1, -1):
            values = list(true_values)
            values[index] += step
            values[other] -= step
            if fits(published_total, cells, values, minimum):
                return values
    return None


def assert_nothing_recoverable(total, dimensions, minimum):
    shown_total, published = publish_table(total, dimensions, minimum)
    if shown_total is None:
        assert total < minimum
        assert all(cells is None for cells in published.values())
        return
    assert shown_total == total
    for name, cells in published.items():
        true_values = [count for _key, count in dimensions[name]]
        if cells is None:
            continue
        assert fits(total, cells, true_values, minimum)
        for index, cell in enumerate(cells):
            if hidden(cell):
                assert cell[1] is None
                alternative = another_assignment(total, cells, true_values, index, minimum)
                assert alternative is not None, (name, true_values, states(cells), index)
            else:
                assert cell[1] >= minimum


def test_nothing_is_hidden_when_every_count_is_large_enough():
    cells = publish_dimension(rows(5, 12, 40), MIN)
    assert states(cells) == ["shown"] * 3
    assert [count for _key, count, _state in cells] == [5, 12, 40]


def test_one_small_cell_would_be_the_total_minus_the_rest_so_a_second_is_hidden():
    # Total 55: hiding only the 3 would leave it as 55 - 12 - 40.
    cells = publish_dimension(rows(3, 12, 40), MIN)
    assert states(cells) == ["small", "covering", "shown"]
    assert [count for _key, count, _state in cells] == [None, None, 40]
    assert_nothing_recoverable(55, {"topic": rows(3, 12, 40)}, MIN)


def test_a_covering_cell_at_the_minimum_would_pin_both_so_a_third_is_hidden():
    # Hidden 0 and 5 sum to 5; "hidden" means at least 5, so both would be known.
    cells = publish_dimension(rows(0, 5, 20), MIN)
    assert states(cells) == ["small", "covering", "covering"]
    assert_nothing_recoverable(25, {"channel": rows(0, 5, 20)}, MIN)


def test_two_small_cells_at_their_largest_are_known_so_more_is_hidden():
    # Two hidden cells of a known sum 8 = 2 × 4 could only be 4 and 4.
    cells = publish_dimension(rows(4, 4, 30, 50), MIN)
    assert states(cells) == ["small", "small", "covering", "shown"]
    assert_nothing_recoverable(88, {"age": rows(4, 4, 30, 50)}, MIN)


def test_two_small_cells_that_protect_each_other_need_nothing_more():
    cells = publish_dimension(rows(1, 3, 30), MIN)
    assert states(cells) == ["small", "small", "shown"]


def test_a_dimension_no_pattern_protects_is_withheld():
    # 4 + 4 with nothing else: both would be 4 whatever is hidden.
    assert publish_dimension(rows(4, 4), MIN) is None
    # 0 and 5: hiding both still leaves 0 (fewer than 5) and 5 (at least 5).
    assert publish_dimension(rows(0, 5), MIN) is None


def test_a_total_below_the_minimum_withholds_the_whole_table():
    total, published = publish_table(3, {"topic": rows(1, 2)}, MIN)
    assert total is None and published == {"topic": None}


counts = st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=9)


@settings(max_examples=400, deadline=None)
@given(st.lists(counts, min_size=1, max_size=4), st.integers(min_value=1, max_value=8))
def test_no_hidden_cell_can_be_pinned_down(dimension_counts, minimum):
    # Every dimension splits the same total: scale the first one's total onto the others
    # by putting the difference into their last cell.
    total = sum(dimension_counts[0])
    dimensions = {}
    for number, values in enumerate(dimension_counts):
        values = list(values)
        values[-1] += total - sum(values)
        if values[-1] < 0:
            continue
        dimensions[f"d{number}"] = rows(*values)
    assert_nothing_recoverable(total, dimensions, minimum)


@settings(max_examples=200, deadline=None)
@given(counts, st.integers(min_value=1, max_value=8))
def test_every_small_count_is_hidden_and_every_shown_count_exact(values, minimum):
    cells = publish_dimension(rows(*values), minimum)
    if cells is None:
        return
    for value, (_key, count, state) in zip(values, cells, strict=True):
        if value < minimum:
            assert state == disclosure.SMALL
        assert count in (None, value)


def linked(*quarter_counts):
    return disclosure.LinkedTable([rows(*counts) for counts in quarter_counts], 5)


def test_a_rectangle_moves_two_quarters_and_keeps_the_year():
    table = linked((2, 6, 30), (1, 7, 30), (9, 9, 30), (9, 9, 30))
    assert table.protect()
    # The two small cells and their quarters' sixes and sevens hide one another.
    assert table.hidden == {(0, "k0"), (0, "k1"), (1, "k0"), (1, "k1")}
    assert table.published_row(disclosure.YEAR) == [
        ("k0", 21, "shown"),
        ("k1", 31, "shown"),
        ("k2", 120, "shown"),
    ]


def test_a_hidden_count_at_the_minimum_may_only_grow():
    rectangle = disclosure.Rectangle(0, 1, "k0", "k1")
    # With sixes the move works one way; with a five in each quarter it cannot:
    # one quarter's five would have to become four, which "hidden" rules out.
    assert linked((2, 6, 9), (1, 6, 9), (9, 9, 9), (9, 9, 9)).works(rectangle)
    assert not linked((2, 5, 9), (1, 5, 9), (9, 9, 9), (9, 9, 9)).works(rectangle)


def test_a_month_hidden_in_its_quarter_is_hidden_in_the_year():
    quarters = [
        [(f"m{3 * q + m}", count) for m, count in enumerate(row)]
        for q, row in enumerate(((7, 0, 2), (6, 6, 6), (6, 6, 6), (6, 6, 6)))
    ]
    year, published = disclosure.publish_year([9, 18, 18, 18], {"month": quarters}, 5)
    assert published[0]["sections"]["month"] == [
        ("m0", 7, "shown"),
        ("m1", None, "small"),
        ("m2", None, "small"),
    ]
    assert year["sections"]["month"][:3] == published[0]["sections"]["month"]


def test_a_tiny_quarter_withholds_the_quarters_and_the_months():
    # The first quarter's 3 would be the year's total minus the others': no quarter is
    # published, and no month either (a quarter's months add up to its total).
    topics = [[("a", a), ("b", b)] for a, b in ((2, 1), (10, 10), (10, 10), (10, 10))]
    months = [
        [(f"m{3 * q + m}", total if m == 0 else 0) for m in range(3)]
        for q, total in enumerate((3, 20, 20, 20))
    ]
    year, published = disclosure.publish_year(
        [3, 20, 20, 20], {"topic": topics, "month": months}, 5
    )
    assert all(quarter["total"] is None for quarter in published)
    assert all(quarter["sections"] == {"topic": None, "month": None} for quarter in published)
    assert year["total"] == 63 and year["sections"]["month"] is None
    assert year["sections"]["topic"] == [("a", 32, "shown"), ("b", 31, "shown")]
