"""Fields shared by several page types, each with its panels and its lists.

A page type is built from these as `content_panels = [*Page.content_panels,
*IntroMixin.panels, ...]`, and its `translated_fields`, `search_text_fields`
and `translation_check_fields` are made of the mixins' lists in the same way,
so a field is named once, where it is defined.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from ..blocks import BodyStreamBlock, SourcesStreamBlock, heading_anchor


class IntroMixin(models.Model):
    """A short plain-text introduction under the title, also the page's summary."""

    intro = models.TextField(_("introduction"), blank=True)

    panels = [FieldPanel("intro")]
    translated_fields = ("intro",)
    search_text_fields = ("intro",)
    translation_check_fields = ("intro",)
    summary_field = "intro"

    class Meta:
        abstract = True


class BodyMixin(models.Model):
    """The page's main text, made of the site's content blocks."""

    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    panels = [FieldPanel("body")]
    translated_fields = ("body",)
    search_text_fields = ("body",)
    translation_check_fields = ("body",)

    class Meta:
        abstract = True

    def body_headings(self):
        """The body's headings with their anchors, for an "On this page" list."""
        return [
            {"anchor": heading_anchor(block.id), "text": block.value}
            for block in self.body
            if block.block_type == "heading" and block.id
        ]


class SourcesMixin(models.Model):
    """Where the page's facts come from, listed at its end with the date each was read.

    Kept per language like the body, since a source often has a version in the
    reader's language; a language without a list of its own shows the Russian one.
    It is optional, so it does not decide whether a page counts as translated.
    """

    sources = StreamField(
        SourcesStreamBlock(),
        blank=True,
        verbose_name=_("sources"),
        help_text=_("Official sites and documents the facts on this page come from."),
    )

    panels = [FieldPanel("sources")]
    translated_fields = ("sources",)
    search_text_fields = ("sources",)
    translation_check_fields = ()

    class Meta:
        abstract = True


class TopicsMixin(models.Model):
    """The themes a page belongs to, shown to the reader as a list."""

    topics = ParentalManyToManyField("pages.Topic", blank=True, verbose_name=_("topics"))

    panels = [FieldPanel("topics", widget=forms.CheckboxSelectMultiple)]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read by the template only when its fragment is not kept.
        context["topic_list"] = self.topics.all()
        return context
