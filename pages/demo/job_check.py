"""Loads the demo "Check a job offer" page (pages/demo/content/job_check.py).

Its questions name their guides by key; the page chooser of a question stores the
guide's id, so the keys are turned into ids of the guides just loaded.
"""

from pages.demo.content.job_check import JOB_CHECK
from pages.models import JobCheckPage


def with_guide_ids(questions, guides):
    return {
        code: [
            (kind, {**value, "guide": guides[value["guide"]].pk if value["guide"] else None})
            for kind, value in blocks
        ]
        for code, blocks in questions.items()
    }


def add_job_check(adder, sections, guides):
    item = {**JOB_CHECK, "questions": with_guide_ids(JOB_CHECK["questions"], guides)}
    return adder.add(sections[item["section"]], JobCheckPage, item)
