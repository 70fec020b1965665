"""Which published counts to hide so that no small number can be worked out.

A published table is a grand total and, for each dimension (topic, country,
month…), one count per category adding up to that total. A count below the
minimum is hidden and marked "fewer than N" (a *small* cell). Hiding one cell of
a dimension alone does not protect it: it is the total minus the others. So more
cells of the dimension are hidden, the smallest first, marked only "hidden" (a
*covering* cell: the reader then knows it is at least the minimum).

A reader who knows the rule knows, for the hidden cells of a dimension, their sum
(the total minus the shown cells), that each small cell is in [0, minimum − 1]
and each covering cell at least the minimum. Cells are hidden until every hidden
cell can still take at least two values under those constraints; a dimension for
which even hiding every cell is not enough is withheld whole. A total below the
minimum withholds the whole table. Each dimension is a separate partition of
the published total, so dimensions do not constrain one another.

Pure functions on numbers: nothing here reads the database.
"""

from dataclasses import dataclass

SHOWN = "shown"
SMALL = "small"
COVERING = "covering"


@dataclass(frozen=True)
class Cell:
    key: str
    label: str
    count: int | None  # None when hidden
    state: str = SHOWN

    @property
    def hidden(self):
        return self.state != SHOWN


def value_range(counts, states, index, minimum):
    """(lowest, highest) value of hidden cell `index` a reader can deduce."""
    hidden = [i for i, state in enumerate(states) if state != SHOWN]
    hidden_sum = sum(counts[i] for i in hidden)
    bounds = {i: (0, minimum - 1) if states[i] == SMALL else (minimum, hidden_sum) for i in hidden}
    others = [i for i in hidden if i != index]
    low, high = bounds[index]
    low = max(low, hidden_sum - sum(bounds[i][1] for i in others))
    high = min(high, hidden_sum - sum(bounds[i][0] for i in others))
    return low, high


def is_safe(counts, states, minimum):
    """Every hidden cell can take at least two values consistent with what is shown."""
    for index, state in enumerate(states):
        if state != SHOWN:
            low, high = value_range(counts, states, index, minimum)
            if high <= low:
                return False
    return True


def suppression(counts, minimum):
    """A state per count, or None when no pattern protects the small cells.

    Hiding one more covering cell never narrows what a reader can deduce (it adds
    its value to the known sum and at most the minimum to the lower bounds), so
    adding the smallest shown cells one at a time finds a safe pattern whenever
    hiding everything would be safe.
    """
    states = [SMALL if count < minimum else SHOWN for count in counts]
    while not is_safe(counts, states, minimum):
        shown = [i for i, state in enumerate(states) if state == SHOWN]
        if not shown:
            return None
        smallest = min(shown, key=lambda i: (counts[i], i))
        states[smallest] = COVERING
    return states


def publish_dimension(rows, minimum):
    """[(key, label, count)] as a list of Cells, or None when it must be withheld."""
    states = suppression([count for _key, _label, count in rows], minimum)
    if states is None:
        return None
    return [
        Cell(key, label, count if state == SHOWN else None, state)
        for (key, label, count), state in zip(rows, states, strict=True)
    ]


def publish_table(total, dimensions, minimum):
    """(total or None, {name: [Cell] or None}) for a total and {name: [(key, label, count)]}."""
    if total < minimum:
        return None, dict.fromkeys(dimensions)
    return total, {name: publish_dimension(rows, minimum) for name, rows in dimensions.items()}
