"""The audit of τ-ARGUS for published tables: a reader's linear program.

A reader knows every count shown for the year and its quarters, every label
("fewer than N" is a count in [0, N − 1], "hidden" one of at least N, a withheld
table any count of at least 0), that each table adds up to its total, that the
quarters add up to the year, and which categories each quarter has (a quarter has
only its own months). For each hidden count, the smallest and the largest value a
solution of those equations can give it are found with scipy's `linprog`. Each
dimension is a two-dimensional table whose equations form a network matrix, so
these bounds are whole numbers that whole-number tables reach.
"""

import numpy as np
from scipy.optimize import linprog

from hotline import disclosure

QUARTERS = disclosure.QUARTERS
YEAR = disclosure.YEAR


class Reader:
    def __init__(self, minimum):
        self.minimum = minimum
        self.names = []
        self.bounds = []
        self.truth = []
        self.states = []
        self.equations = []  # ({variable index or constant: coefficient}, right-hand side)

    def unknown(self, name, state, true_value):
        self.states.append(state)
        if state == disclosure.SMALL:
            bound = (0, self.minimum - 1)
        elif state == disclosure.COVERING:
            bound = (self.minimum, None)
        else:
            bound = (0, None)
        self.names.append(name)
        self.bounds.append(bound)
        self.truth.append(true_value)
        return len(self.names) - 1

    def term(self, name, published, state, true_value):
        """A count as the reader has it: a number, or a variable's index."""
        if published is not None:
            return ("known", published)
        return ("unknown", self.unknown(name, state, true_value))

    def equal(self, left, right):
        """sum(left terms) == sum(right terms)."""
        coefficients, constant = {}, 0
        for sign, terms in ((1, left), (-1, right)):
            for kind, value in terms:
                if kind == "known":
                    constant -= sign * value
                else:
                    coefficients[value] = coefficients.get(value, 0) + sign
        self.equations.append((coefficients, constant))

    def system(self):
        matrix = np.zeros((len(self.equations), len(self.names)))
        rhs = np.zeros(len(self.equations))
        for row, (coefficients, constant) in enumerate(self.equations):
            for column, coefficient in coefficients.items():
                matrix[row, column] = coefficient
            rhs[row] = constant
        return matrix, rhs

    def interval(self, index, matrix, rhs):
        count = len(self.names)
        ends = []
        for direction in (1, -1):
            objective = np.zeros(count)
            objective[index] = direction
            result = linprog(objective, A_eq=matrix, b_eq=rhs, bounds=self.bounds, method="highs")
            assert result.status in (0, 3), result.message  # 3: unbounded above
            ends.append(direction * result.fun if result.status == 0 else float("inf"))
        return ends[0], ends[1]


def audit(quarter_totals, dimensions, minimum, year, quarters):
    """{name: (lowest, highest, true value)} a reader can deduce for each count that must
    stay unknown: every hidden one, and every one below the minimum in a withheld table
    (a withheld count of at least the minimum could have been published).

    `dimensions` are the true quarter rows given to disclosure.publish_year, `year` and
    `quarters` what it published."""
    reader = Reader(minimum)
    periods = [*quarters, year]
    true_totals = [*quarter_totals, sum(quarter_totals)]
    totals = [
        reader.term(("total", number), period["total"], None, true_totals[number])
        for number, period in enumerate(periods)
    ]
    reader.equal([totals[YEAR]], totals[:YEAR])
    for name, quarter_rows in dimensions.items():
        truth = [dict(row) for row in quarter_rows]
        truth.append(dict(disclosure.year_sums(quarter_rows)))
        cells = []
        for number, period in enumerate(periods):
            published = period["sections"][name]
            shown = {key: (count, state) for key, count, state in published or []}
            row = {}
            for key, true_value in truth[number].items():
                count, state = shown.get(key, (None, None))
                row[key] = reader.term((number, name, key), count, state, true_value)
            reader.equal(list(row.values()), [totals[number]])
            cells.append(row)
        for key in truth[YEAR]:
            parts = [cells[q][key] for q in range(QUARTERS) if key in cells[q]]
            reader.equal([cells[YEAR][key]], parts)
    matrix, rhs = reader.system()
    found = {}
    for index, name in enumerate(reader.names):
        if reader.states[index] is None and reader.truth[index] >= minimum:
            continue
        low, high = reader.interval(index, matrix, rhs)
        found[name] = (low, high, reader.truth[index])
    return found
