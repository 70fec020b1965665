"""The questions of a "Check a job offer" page, one StreamField block each.

A reader answers every question yes, no or "don't know"; pages/tools/job_check.py turns
the answers into the flagged questions and a verdict. The rule is told to editors
in the field's help text (`QUESTIONS_HELP`), so they know what a weight does.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from pages.block_previews import Preview, paragraph
from pages.blocks import TEXT_FEATURES, block_meta

YES, NO, UNKNOWN = "yes", "no", "unknown"
# The fourth answer a question may offer: it does not apply to the reader.
DOES_NOT_APPLY = "none"
HIGH, LOW = "high", "low"

QUESTIONS_HELP = _(
    "Each question is answered yes, no or “don't know”, and optionally with an answer "
    "of your own that means the question does not apply (never a warning sign). The "
    "answer you mark as the warning sign flags the question, and so does “don't know” "
    "on a high-weight question: whoever cannot say who the employer is cannot be told "
    "that all is well. Verdict: any high-weight question answered with its warning "
    "sign, or three or more warning signs of any kind: “do not go before talking to "
    "us”; one or two: “some warning signs”; none: “none of your answers is a warning "
    "sign”, with the reminder below. “Don't know” on a low-weight question is only "
    "listed as something to find out. A question left unanswered counts as “don't know”."
)

QUESTION_PREVIEW = Preview(
    {
        "question": _("Does the agency have a licence for work abroad?"),
        "red_flag": NO,
        "weight": HIGH,
        "does_not_apply": _("No agency: I am hired directly"),
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
        help_text=_(
            "High: this sign alone means the reader should talk to the hotline first, "
            "and “don't know” is a warning sign too."
        ),
    )
    does_not_apply = blocks.CharBlock(
        required=False,
        max_length=80,
        label=_("Answer for whom it does not apply"),
        help_text=_(
            "Optional fourth answer, such as “No agency: I am hired directly”. "
            "It is never a warning sign."
        ),
    )
    advice = blocks.RichTextBlock(
        features=TEXT_FEATURES,
        label=_("Advice"),
        help_text=_("Shown in the result when the answer is a warning sign or “don't know”."),
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
