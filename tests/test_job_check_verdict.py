"""The job-offer check's verdict from the answers alone, question by question: the
reassuring verdict only when every high-weight question is answered safely."""

from types import SimpleNamespace

import pytest
from django.http import QueryDict

from pages.tools import job_check
from pages.tools.job_check_blocks import DOES_NOT_APPLY, HIGH, LOW, NO, UNKNOWN, YES

# The verdict from the answers alone, on six questions: two high-weight (the first with
# a "does not apply" answer) and four low-weight, with "yes" or "no" as their warning sign.
RULES = [(NO, HIGH), (YES, HIGH), (YES, LOW), (NO, LOW), (YES, LOW), (NO, LOW)]
SAFE = {YES: NO, NO: YES}


def answered(**changes):
    """Every question answered safely, except those changed: `q3="unknown"`, `q2=None`
    (left out)."""
    given = {number: SAFE[flag] for number, (flag, _weight) in enumerate(RULES, start=1)}
    for name, answer in changes.items():
        given[int(name[1:])] = answer
    return {number: answer for number, answer in given.items() if answer is not None}


def verdict(given):
    questions = [
        SimpleNamespace(
            value={
                "red_flag": flag,
                "weight": weight,
                "does_not_apply": "Hired directly" if number == 1 else "",
            }
        )
        for number, (flag, weight) in enumerate(RULES, start=1)
    ]
    return job_check.Result(job_check.items_for(questions, given)).verdict


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (answered(), job_check.CLEAR),
        (answered(q1=DOES_NOT_APPLY), job_check.CLEAR),
        # "Don't know" on a low-weight question is something to find out, not a sign.
        (answered(q3=UNKNOWN), job_check.CLEAR),
        (answered(q3=UNKNOWN, q4=UNKNOWN, q5=UNKNOWN, q6=UNKNOWN), job_check.CLEAR),
        # "Don't know" on a high-weight question is a warning sign, left out as well.
        (answered(q1=UNKNOWN), job_check.SOME),
        (answered(q2=None), job_check.SOME),
        (answered(q1=UNKNOWN, q2=UNKNOWN), job_check.SOME),
        (answered(q1=UNKNOWN, q2=UNKNOWN, q3=YES), job_check.TALK),
        # One serious sign is enough; low-weight signs add up.
        (answered(q1=NO), job_check.TALK),
        (answered(q2=YES), job_check.TALK),
        (answered(q3=YES), job_check.SOME),
        (answered(q3=YES, q4=NO), job_check.SOME),
        (answered(q3=YES, q4=NO, q5=YES), job_check.TALK),
        (answered(q1=UNKNOWN, q3=YES, q4=NO), job_check.TALK),
        # Nothing known, or nothing answered: never the reassuring verdict (with two
        # high-weight questions here; the demo's eighteen make it "talk to us").
        ({number: UNKNOWN for number in range(1, len(RULES) + 1)}, job_check.SOME),
        ({}, job_check.SOME),
    ],
)
def test_the_verdict_is_reassuring_only_when_every_high_weight_answer_is_safe(given, expected):
    assert verdict(given) == expected


def test_an_answer_a_question_does_not_offer_is_refused():
    questions = [SimpleNamespace(value={"does_not_apply": ""}) for _rule in RULES]
    questions[0].value["does_not_apply"] = "Hired directly"

    def read(query):
        return job_check.read_answers(QueryDict(query), questions)

    assert read("q1=none").given == {1: DOES_NOT_APPLY}
    assert read("q2=none").message == job_check.NOT_READ
    assert read("q2=yes&q1=no&ref=x").query == "q1=no&q2=yes"
