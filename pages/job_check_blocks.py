"""The questions of a "Check a job offer" page, one StreamField block each.

A reader answers every question yes, no or "don't know"; pages/job_check.py turns
the answers into the flagged questions and a verdict. The rule is told to editors
in the field's help text (`QUESTIONS_HELP`), so they know what a weight does.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .block_previews import Preview, paragraph
from .blocks import TEXT_FEATURES, block_meta

YES, NO, UNKNOWN = "yes", "no", "unknown"
HIGH, LOW = "high", "low"

QUESTIONS_HELP = _(
    "Each question is answered yes, no or “don't know”. The answer you mark as the "
    "warning sign flags the question. Verdict: any flagged high-weight question, or "
    "three or more flagged low-weight ones: “do not go before talking to us”; one or "
    "two low-weight flags: “some warning signs”; none: “no warning signs found”, with "
    "the reminder below. “Don't know” on a high-weight question counts as a low-weight "
    "flag (the reader must find out first); on a low-weight question it is only listed "
    "as something to check. A question left unanswered counts as “don't know”."
)

QUESTION_PREVIEW = Preview(
    {
        "question": _("Does the agency have a licence for work abroad?"),
        "red_flag": NO,
        "weight": HIGH,
        "advice": paragraph(
            _(
                "Only a licensed agency may recruit for work abroad. Ask for its licence "
                "number and check it in the Ministry of Internal Affairs' list."
            )
        ),
        "guide": None,
    },
    description=_("A yes / no / don't know question, its warning sign and advice"),
)


class JobCheckQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(
        label=_("Question"),
        max_length=200,
        help_text=_("Word it so that yes or no is a clear answer."),
    )
    red_flag = blocks.ChoiceBlock(
        choices=[(YES, _("Yes")), (NO, _("No"))],
        default=NO,
        label=_("Warning-sign answer"),
        help_text=_("The answer that is a warning sign."),
    )
    weight = blocks.ChoiceBlock(
        choices=[(LOW, _("Low")), (HIGH, _("High"))],
        default=LOW,
        label=_("Weight"),
        help_text=_("High: this sign alone means the reader should talk to the hotline first."),
    )
    advice = blocks.RichTextBlock(
        features=TEXT_FEATURES,
        label=_("Advice"),
        help_text=_("Shown in the result when the question is flagged or not known."),
    )
    guide = blocks.PageChooserBlock(
        page_type="pages.GuidePage",
        required=False,
        label=_("Guide"),
        help_text=_("An optional guide that explains more, linked under the advice."),
    )

    Meta = block_meta(icon="help", label=_("Question"), picker=QUESTION_PREVIEW)


class JobCheckStreamBlock(blocks.StreamBlock):
    question = JobCheckQuestionBlock()
