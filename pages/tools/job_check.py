"""Answers of the "Check a job offer" form, read from the query string, and the verdict.

Nothing here stores or logs anything: the answers live only in the request. The
parameters are the questions' positions (q1, q2, …) so that the address stays short
and says nothing readable about the questions.

What counts as a warning sign: the answer a question marks as one, and "don't know"
on a high-weight question. Someone who cannot say who the employer is, or whether
the costs become a debt, must not be told that nothing is wrong; so the reassuring
verdict needs every high-weight question answered, and answered safely.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from .job_check_blocks import DOES_NOT_APPLY, HIGH, NO, UNKNOWN, YES

ANSWER_LABELS = {YES: _("Yes"), NO: _("No"), UNKNOWN: _("Don't know")}
PARAMETER = re.compile(r"^q([1-9][0-9]{0,2})$")
# Three warning signs of any kind together say as much as one serious sign.
SIGNS_TO_TALK = 3

CLEAR, SOME, TALK = "clear", "some", "talk"
VERDICTS = {
    CLEAR: _("None of your answers is a warning sign — this is not a guarantee"),
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
    def choices(self):
        """(value, label) of each answer the question offers."""
        choices = list(ANSWER_LABELS.items())
        if self.value.get("does_not_apply"):
            choices.append((DOES_NOT_APPLY, self.value["does_not_apply"]))
        return choices

    @property
    def answer(self):
        return self.given or UNKNOWN

    @property
    def answer_label(self):
        return dict(self.choices)[self.answer]

    @property
    def high(self):
        return self.value["weight"] == HIGH

    @property
    def flagged(self):
        """The reader gave the answer the question marks as the warning sign."""
        return self.answer == self.value["red_flag"]

    @property
    def unknown(self):
        return self.answer == UNKNOWN

    @property
    def serious(self):
        """A high-weight question answered with its warning sign."""
        return self.flagged and self.high

    @property
    def warning(self):
        """A warning sign: the flagged answer, or "don't know" where it matters most."""
        return self.flagged or (self.unknown and self.high)


@dataclass
class Answers:
    """What the query string said: the answer per question number, or why it was refused."""

    given: dict = field(default_factory=dict)
    message: str = ""

    @property
    def readable(self):
        return not self.message

    @property
    def query(self):
        """The answers as a query string, in the questions' order."""
        return urlencode([(parameter(number), self.given[number]) for number in sorted(self.given)])


def read_answers(query, questions):
    """The answers to `questions` (a StreamField's blocks) from a QueryDict. Parameters
    other than the questions' (a tracking tag in a shared link) are ignored; a
    question's parameter with an answer it does not offer, or given twice, makes the
    whole answer unreadable."""
    items = items_for(questions, {})
    given = {}
    for name in query:
        match = PARAMETER.match(name)
        if match is None:
            continue
        number = int(match.group(1))
        values = query.getlist(name)
        offered = dict(items[number - 1].choices) if number <= len(items) else {}
        if len(values) != 1 or values[0] not in offered:
            return Answers(message=NOT_READ)
        given[number] = values[0]
    if not given:
        return Answers(message=NOTHING_ANSWERED)
    return Answers(given=given)


@dataclass
class Result:
    items: list

    @property
    def warnings(self):
        """Warning signs in the order of their weight: serious ones, then high-weight
        questions the reader could not answer, then the rest; each group in the order
        of the questions."""
        signs = [item for item in self.items if item.warning]
        return sorted(signs, key=lambda item: (not item.serious, not item.high))

    @property
    def to_find_out(self):
        """Low-weight questions the reader could not answer: not a sign, still a gap."""
        return [item for item in self.items if item.unknown and not item.high]

    @property
    def verdict(self):
        warnings = self.warnings
        if any(item.serious for item in warnings) or len(warnings) >= SIGNS_TO_TALK:
            return TALK
        if warnings:
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
