"""Answers of the "Check a job offer" form, read from the query string, and the verdict.

Nothing here stores or logs anything: the answers live only in the request. The
parameters are the questions' positions (q1, q2, …) so that the address stays short
and says nothing readable about the questions.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from .job_check_blocks import HIGH, NO, UNKNOWN, YES

ANSWERS = (YES, NO, UNKNOWN)
ANSWER_LABELS = {YES: _("Yes"), NO: _("No"), UNKNOWN: _("Don't know")}
PARAMETER = re.compile(r"^q([1-9][0-9]{0,2})$")
# Three low-weight signs together say as much as one high-weight sign.
LOW_SIGNS_TO_TALK = 3

CLEAR, SOME, TALK = "clear", "some", "talk"
VERDICTS = {
    CLEAR: _("No warning signs found"),
    SOME: _("Some warning signs"),
    TALK: _("Do not go before talking to us"),
}

NOT_READ = _(
    "Some answers could not be read, perhaps because the address was changed. "
    "Please answer the questions again."
)
NOTHING_ANSWERED = _("Answer the questions first to see the result.")


def parameter(number):
    return f"q{number}"


@dataclass
class Item:
    """One question with the reader's answer."""

    number: int
    value: dict
    given: str | None

    @property
    def name(self):
        return parameter(self.number)

    @property
    def answer(self):
        return self.given or UNKNOWN

    @property
    def answer_label(self):
        return ANSWER_LABELS[self.answer]

    @property
    def flagged(self):
        return self.answer == self.value["red_flag"]

    @property
    def unknown(self):
        return self.answer == UNKNOWN

    @property
    def high(self):
        return self.value["weight"] == HIGH

    @property
    def low_sign(self):
        """A flagged low-weight question, or a high-weight one the reader cannot answer."""
        return (self.flagged and not self.high) or (self.unknown and self.high)


@dataclass
class Answers:
    """What the query string said: the answer per question number, or why it was refused."""

    given: dict = field(default_factory=dict)
    message: str = ""

    @property
    def readable(self):
        return not self.message


def read_answers(query, count):
    """The answers for `count` questions from a QueryDict. Parameters other than the
    questions' (a tracking tag in a shared link) are ignored; a question's parameter
    with an unknown value or given twice makes the whole answer unreadable."""
    given = {}
    for name in query:
        match = PARAMETER.match(name)
        if match is None:
            continue
        number = int(match.group(1))
        values = query.getlist(name)
        if number > count or len(values) != 1 or values[0] not in ANSWERS:
            return Answers(message=NOT_READ)
        given[number] = values[0]
    if not given:
        return Answers(message=NOTHING_ANSWERED)
    return Answers(given=given)


@dataclass
class Result:
    items: list

    @property
    def flagged(self):
        """Warning signs, high-weight ones first, each in the order of the questions."""
        signs = [item for item in self.items if item.flagged]
        return sorted(signs, key=lambda item: not item.high)

    @property
    def to_find_out(self):
        return [item for item in self.items if item.unknown]

    @property
    def high_signs(self):
        return sum(1 for item in self.items if item.flagged and item.high)

    @property
    def low_signs(self):
        """Low-weight signs, and high-weight questions the reader could not answer."""
        return sum(1 for item in self.items if item.low_sign)

    @property
    def verdict(self):
        if self.high_signs or self.low_signs >= LOW_SIGNS_TO_TALK:
            return TALK
        if self.low_signs:
            return SOME
        return CLEAR

    @property
    def verdict_title(self):
        return VERDICTS[self.verdict]


def items_for(questions, given):
    """Every question with its answer; a question left out counts as "don't know"."""
    return [
        Item(number, block.value, given.get(number))
        for number, block in enumerate(questions, start=1)
    ]
