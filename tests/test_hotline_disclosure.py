"""Small-cell suppression: no hidden count can be worked out from what is published.

The check below reads only the published table (the total, the shown counts and the
labels "fewer than N" / "hidden") and looks for a second set of hidden values that
fits it as well as the true one, for every hidden cell.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from hotline import disclosure

MIN = 5


def rows(*counts):
    return [(f"k{index}", f"label {index}", count) for index, count in enumerate(counts)]


def states(cells):
    return [cell.state for cell in cells]


def fits(published_total, cells, values, minimum):
    """Whether `values` (one per cell) agree with everything the table shows."""
    if sum(values) != published_total:
        return False
    for cell, value in zip(cells, values, strict=True):
        if cell.state == disclosure.SHOWN and value != cell.count:
            return False
        if cell.state == disclosure.SMALL and not 0 <= value < minimum:
            return False
        if cell.state == disclosure.COVERING and value < minimum:
            return False
    return True


def another_assignment(published_total, cells, true_values, index, minimum):
    """Hidden values that fit the table with a different value in cell `index`, or None.

    The values a hidden cell can take form a range, so if it can differ at all it can
    differ by one, with one other hidden cell making up for it."""
    for other in range(len(cells)):
        if other == index or not cells[other].hidden:
            continue
        for step in (1, -1):
            values = list(true_values)
            values[index] += step
            values[other] -= step
            if fits(published_total, cells, values, minimum):
                return values
    return None


def assert_nothing_recoverable(total, dimensions, minimum):
    shown_total, published = disclosure.publish_table(total, dimensions, minimum)
    if shown_total is None:
        assert total < minimum
        assert all(cells is None for cells in published.values())
        return
    assert shown_total == total
    for name, cells in published.items():
        true_values = [count for _key, _label, count in dimensions[name]]
        if cells is None:
            continue
        assert fits(total, cells, true_values, minimum)
        for index, cell in enumerate(cells):
            if cell.hidden:
                assert cell.count is None
                alternative = another_assignment(total, cells, true_values, index, minimum)
                assert alternative is not None, (name, true_values, states(cells), index)
            else:
                assert cell.count >= minimum


def test_nothing_is_hidden_when_every_count_is_large_enough():
    cells = disclosure.publish_dimension(rows(5, 12, 40), MIN)
    assert states(cells) == ["shown"] * 3
    assert [cell.count for cell in cells] == [5, 12, 40]


def test_one_small_cell_would_be_the_total_minus_the_rest_so_a_second_is_hidden():
    # Total 55: hiding only the 3 would leave it as 55 - 12 - 40.
    cells = disclosure.publish_dimension(rows(3, 12, 40), MIN)
    assert states(cells) == ["small", "covering", "shown"]
    assert [cell.count for cell in cells] == [None, None, 40]
    assert_nothing_recoverable(55, {"topic": rows(3, 12, 40)}, MIN)


def test_a_covering_cell_at_the_minimum_would_pin_both_so_a_third_is_hidden():
    # Hidden 0 and 5 sum to 5; "hidden" means at least 5, so both would be known.
    cells = disclosure.publish_dimension(rows(0, 5, 20), MIN)
    assert states(cells) == ["small", "covering", "covering"]
    assert_nothing_recoverable(25, {"channel": rows(0, 5, 20)}, MIN)


def test_two_small_cells_at_their_largest_are_known_so_more_is_hidden():
    # Two hidden cells of a known sum 8 = 2 × 4 could only be 4 and 4.
    cells = disclosure.publish_dimension(rows(4, 4, 30, 50), MIN)
    assert states(cells) == ["small", "small", "covering", "shown"]
    assert_nothing_recoverable(88, {"age": rows(4, 4, 30, 50)}, MIN)


def test_two_small_cells_that_protect_each_other_need_nothing_more():
    cells = disclosure.publish_dimension(rows(1, 3, 30), MIN)
    assert states(cells) == ["small", "small", "shown"]


def test_a_dimension_no_pattern_protects_is_withheld():
    # 4 + 4 with nothing else: both would be 4 whatever is hidden.
    assert disclosure.publish_dimension(rows(4, 4), MIN) is None
    # 0 and 5: hiding both still leaves 0 (fewer than 5) and 5 (at least 5).
    assert disclosure.publish_dimension(rows(0, 5), MIN) is None


def test_a_total_below_the_minimum_withholds_the_whole_table():
    total, published = disclosure.publish_table(3, {"topic": rows(1, 2)}, MIN)
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
    cells = disclosure.publish_dimension(rows(*values), minimum)
    if cells is None:
        return
    for value, cell in zip(values, cells, strict=True):
        if value < minimum:
            assert cell.state == disclosure.SMALL
        assert cell.count in (None, value)
