"""Which published counts to hide so that no hidden count can be worked out.

What is published for a year: the year's table and its four quarters' tables. Each
table is a total and, per dimension (topic, country, month…), one count per category
adding up to that total; and the tables are linked: each quarter's count of a
category adds up with the other quarters' to the year's count, a quarter's months
are the year's months, the quarters' totals add up to the year's. A reader may
combine all of them, on the pages and in their CSV files.

Primary suppression: every count below the minimum is hidden and shown as "fewer
than N" (a *small* cell: the reader knows it lies in [0, N − 1]). Secondary
suppression hides more counts, shown as "hidden" (a *covering* cell: the reader
knows it is at least N), until no hidden count can be derived.

The method is the hypercube method (Repsilber 1994; GHMITER in τ-ARGUS) in its
two-dimensional form. The linked tables are protected together, as the Eurostat/ESSnet
guidelines on statistical disclosure control of tabular data ask (Hundepool et al.,
"Statistical Disclosure Control", 2012, ch. 4): for each dimension, one table whose
rows are the four quarters and the year (the row of the quarters' sums), so that a
cell shared by two published tables (a quarter's count, the year's sum of it) has
one state in both. A *rectangle* is four hidden
cells at the crossings of two rows and two categories. Moving one corner up by one,
its row neighbour down, and the other row's corners so that every row sum and every
year = sum-of-quarters equation holds, gives another table; if each moved count
stays within what its label says ("fewer than N" or "hidden"), that table agrees
with everything published and differs in all four cells. Every hidden cell, primary
or secondary, in the year or in a quarter, gets such a rectangle before anything
is published: the cheapest one is added (the sum of the counts it newly hides),
as GHMITER does for primary cells.

What this guarantees: every hidden count can take at least two values, each
consistent with every published figure of the year and its quarters, so no
addition, subtraction or linear programming over them pins it down (the proof is
the alternative table itself). Only totals are shared between dimensions and they
are published, so each dimension is protected on its own. When the quarters are
not all published (one has fewer consultations than the minimum, whose total
would then be the year's minus the others'), the year's dimensions are single
tables and the one-dimensional rule below is exact.

What it does not guarantee: a wide interval (two values, e.g. 3 or 4, is enough);
protection against a reader who knows some of the people counted (their own or a
relative's request); anything about figures published elsewhere or earlier (other
reports, the figures before a correction: a corrected release compared with the
first one shows what the correction changed). A dimension no rectangle can protect
is withheld instead.

Pure functions on numbers: nothing here reads the database.
"""

from dataclasses import dataclass, field

SHOWN = "shown"
SMALL = "small"
COVERING = "covering"
QUARTERS = 4
YEAR = QUARTERS  # the year's row follows the four quarters' rows


def may_move(count, step, minimum):
    """Whether a hidden count may change by `step` without contradicting its label."""
    moved = count + step
    if count < minimum:
        return 0 <= moved < minimum
    return moved >= minimum


# One table: a total split into categories.


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
    hidden = [index for index, state in enumerate(states) if state != SHOWN]
    return all(
        low < high for low, high in (value_range(counts, states, i, minimum) for i in hidden)
    )


def suppression(counts, minimum):
    """A state per count of a single table, or None when no pattern protects it.

    The reader knows the hidden cells' sum and each one's bounds, nothing else, so the
    ranges above are exact. Hiding one more covering cell never narrows what a reader
    can deduce (it adds its value to the known sum and at most the minimum to the lower
    bounds), so adding the smallest shown cells one at a time finds a safe pattern
    whenever hiding everything would be safe.
    """
    states = [SMALL if count < minimum else SHOWN for count in counts]
    while not is_safe(counts, states, minimum):
        shown = [i for i, state in enumerate(states) if state == SHOWN]
        if not shown:
            return None
        smallest = min(shown, key=lambda i: (counts[i], i))
        states[smallest] = COVERING
    return states


# The year and its quarters: one dimension as five linked rows.


@dataclass(frozen=True)
class Rectangle:
    """Rows `first` (a quarter) and `second` (another quarter or the year), categories
    `key` and `other`. The first row's `key` cell moves by +step, its `other` cell by
    −step; in the year's row the cells move with the quarter's, in another quarter's
    against them."""

    first: int
    second: int
    key: str
    other: str

    def moves(self, step):
        along = step if self.second == YEAR else -step
        return {
            (self.first, self.key): step,
            (self.first, self.other): -step,
            (self.second, self.key): along,
            (self.second, self.other): -along,
        }

    @property
    def corners(self):
        return tuple(self.moves(1))


@dataclass
class LinkedTable:
    """One dimension of a year: the quarters' rows of (key, count) and the year's sums.

    A quarter's row may lack categories the year has (a quarter has only its own months).
    """

    quarter_rows: list
    minimum: int
    rows: list = field(init=False)
    hidden: set = field(init=False)
    certified: set = field(init=False)

    def __post_init__(self):
        self.rows = [dict(row) for row in self.quarter_rows]
        year = {}
        for row in self.quarter_rows:
            for key, count in row:
                year[key] = year.get(key, 0) + count
        self.rows.append(year)
        self.hidden = {
            (number, key)
            for number, row in enumerate(self.rows)
            for key, count in row.items()
            if count < self.minimum
        }
        self.certified = set()

    def count(self, cell):
        return self.rows[cell[0]][cell[1]]

    def works(self, rectangle):
        return any(
            all(may_move(self.count(cell), move, self.minimum) for cell, move in moves.items())
            for moves in (rectangle.moves(1), rectangle.moves(-1))
        )

    def rectangles(self, cell):
        """Every rectangle with `cell` as one of its corners."""
        number, key = cell
        if number == YEAR:
            pairs = [(quarter, YEAR) for quarter in range(QUARTERS) if key in self.rows[quarter]]
        else:
            pairs = [(number, row) for row in range(QUARTERS + 1) if row != number]
        for first, second in pairs:
            if key not in self.rows[second]:
                continue
            for other in self.rows[first]:
                if other != key and other in self.rows[second]:
                    yield Rectangle(first, second, key, other)

    def cost(self, rectangle):
        """The counts it would newly hide, the year's last: the year's figures are read most."""
        new = [cell for cell in rectangle.corners if cell not in self.hidden]
        in_year = sum(1 for cell in new if cell[0] == YEAR)
        return (sum(self.count(cell) for cell in new), in_year, len(new))

    def protect(self):
        """Hide cells until each hidden one has a rectangle; False if one can have none."""
        while True:
            pending = sorted(
                self.hidden - self.certified,
                key=lambda cell: (cell[0] == YEAR, self.count(cell), cell[0], str(cell[1])),
            )
            if not pending:
                return True
            candidates = [item for item in self.rectangles(pending[0]) if self.works(item)]
            if not candidates:
                return False
            best = min(candidates, key=lambda item: (self.cost(item), repr(item)))
            self.hidden.update(best.corners)
            self.certified.update(best.corners)

    def published_row(self, number):
        """[(key, count or None, state)] of one row."""
        return [
            (key, None, SMALL if count < self.minimum else COVERING)
            if (number, key) in self.hidden
            else (key, count, SHOWN)
            for key, count in self.rows[number].items()
        ]


def published_single(row, minimum):
    """[(key, count or None, state)] of a table published on its own, or None."""
    states = suppression([count for _key, count in row], minimum)
    if states is None:
        return None
    return [
        (key, count if state == SHOWN else None, state)
        for (key, count), state in zip(row, states, strict=True)
    ]


def year_sums(quarter_rows):
    table = LinkedTable(quarter_rows, minimum=1)
    return list(table.rows[YEAR].items())


def shares_categories(quarter_rows):
    """Whether every quarter has every category (not so for months)."""
    keys = [{key for key, _count in row} for row in quarter_rows]
    return all(row == keys[0] for row in keys)


def publish_dimension(quarter_rows, minimum, quarters_published):
    """(year's row, [quarter's row] × 4) of one dimension, each row a list of
    (key, count or None, state) or None when withheld."""
    if quarters_published:
        table = LinkedTable(quarter_rows, minimum)
        if table.protect():
            return table.published_row(YEAR), [table.published_row(q) for q in range(QUARTERS)]
    if not shares_categories(quarter_rows):
        # Months: a quarter's months add up to its total. With the quarters' totals
        # published they are no table of their own; with them withheld, the year's
        # months would give them away (the sum of a quarter's hidden months is known).
        return None, [None] * QUARTERS
    # No quarter row is published: the year's row is a single table.
    return published_single(year_sums(quarter_rows), minimum), [None] * QUARTERS


def publish_year(quarter_totals, dimensions, minimum):
    """The year's and each quarter's published figures.

    `dimensions` is {name: [quarter's row] × 4}, a row being [(key, count)] with the
    categories in the order to show. Returns (year, [quarter] × 4), each
    {"total": int or None, "sections": {name: row or None}}.
    """
    year_total = sum(quarter_totals)
    if year_total < minimum:
        withheld = {"total": None, "sections": dict.fromkeys(dimensions)}
        return withheld, [withheld] * QUARTERS
    quarters_published = all(total >= minimum for total in quarter_totals)
    year = {"total": year_total, "sections": {}}
    quarters = [
        {"total": total if quarters_published else None, "sections": {}} for total in quarter_totals
    ]
    for name, quarter_rows in dimensions.items():
        year_row, rows = publish_dimension(quarter_rows, minimum, quarters_published)
        year["sections"][name] = year_row
        for quarter, row in zip(quarters, rows, strict=True):
            quarter["sections"][name] = row
    return year, quarters
