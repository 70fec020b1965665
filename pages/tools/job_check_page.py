from urllib.parse import urlencode

from django.db import models
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page

from pages.models.base import BasePage
from pages.models.mixins import IntroMixin
from pages.tools import job_check
from pages.tools.job_check_blocks import QUESTIONS_HELP, JobCheckStreamBlock

# The consultation form opens with this topic chosen; the answers never go with it.
CONSULTATION_TOPIC = "employment"


class JobCheckPage(RoutablePageMixin, IntroMixin, BasePage):
    """A self-test before working abroad: yes / no / don't know questions whose answers
    give the warning signs found and a verdict. The form is sent with GET to the
    page's `result/` address and nothing about the answers is kept; `change/` shows
    the form again with the answers of a result ticked."""

    questions = StreamField(
        JobCheckStreamBlock(), blank=True, verbose_name=_("questions"), help_text=QUESTIONS_HELP
    )
    reminder = models.TextField(
        _("still to check"),
        blank=True,
        help_text=_(
            "Shown with the verdict “none of your answers is a warning sign”: what the "
            "reader should still check before going."
        ),
    )

    translated_fields = (*IntroMixin.translated_fields, "questions", "reminder")
    search_text_fields = IntroMixin.search_text_fields
    translation_check_fields = ("questions",)
    parent_page_types = ["pages.HomePage", "pages.SectionPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        *IntroMixin.panels,
        FieldPanel("questions"),
        FieldPanel("reminder"),
    ]

    class Meta:
        verbose_name = _("job offer check")

    @path("")
    def form(self, request):
        return self.render(request, context_overrides=self.form_context(request))

    # Answers are the reader's own: no shared cache or browser disk keeps them, and a
    # page cache never stores (so never serves) a page that shows them.
    @path("result/", name="result")
    @method_decorator(never_cache)
    def result(self, request):
        answers = job_check.read_answers(request.GET, self.questions)
        if not answers.readable:
            context = self.form_context(request)
            context.update(is_result=True, message=answers.message)
            return self.render(request, context_overrides=context)
        items = job_check.items_for(self.questions, answers.given)
        context = {
            "is_result": True,
            "result": job_check.Result(items),
            "consultation_url": consultation_url(),
            "change_url": self.subpage_url(request, "change", answers.query),
            "language_subpath": self.reverse_subpage("result") + "?" + answers.query,
        }
        return self.render(
            request, template="pages/job_check/result_page.html", context_overrides=context
        )

    # The form again with the reader's answers ticked, from the result's "change" link.
    @path("change/", name="change")
    @method_decorator(never_cache)
    def change(self, request):
        answers = job_check.read_answers(request.GET, self.questions)
        context = self.form_context(request, answers.given)
        context["is_result"] = True
        if answers.readable:
            context["language_subpath"] = self.reverse_subpage("change") + "?" + answers.query
        return self.render(request, context_overrides=context)

    def subpage_url(self, request, name, query=""):
        url = (self.get_url(request) or "") + self.reverse_subpage(name)
        return f"{url}?{query}" if query else url

    def form_context(self, request, given=None):
        return {
            "items": job_check.items_for(self.questions, given or {}),
            "result_url": self.subpage_url(request, "result"),
        }


def consultation_url():
    return reverse("hotline:request") + "?" + urlencode({"topic": CONSULTATION_TOPIC})
