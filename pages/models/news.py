import datetime

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from ..feeds import NewsFeed
from ..utils import for_cards
from .base import BasePage, IndexPage
from .mixins import BodyMixin, IntroMixin, TopicsMixin
from .snippets import Topic

NEWS_PER_PAGE = 10


class NewsIndexPage(RoutablePageMixin, IndexPage):
    subpage_types = ["pages.NewsPage"]

    class Meta:
        verbose_name = _("news index")

    def news(self):
        return (
            for_cards(NewsPage.objects.child_of(self).live().public())
            .order_by("-date", "-pk")
            .prefetch_related("topics")
        )

    @path("")
    def index(self, request):
        items = self.news()
        topics = Topic.objects.filter(
            pk__in=NewsPage.topics.through.objects.filter(
                newspage__in=self.news().values("pk")
            ).values("topic_id")
        )
        current_topic = None
        if topic_slug := request.GET.get("topic", ""):
            current_topic = next((t for t in topics if t.slug == topic_slug), None)
            if current_topic is not None:
                items = items.filter(topics=current_topic)
        number = request.GET.get("page")
        news_page = Paginator(items, NEWS_PER_PAGE).get_page(number)
        response = self.render(
            request,
            context_overrides={
                "news_page": news_page,
                "topics": topics,
                "current_topic": current_topic,
                "unknown_topic": bool(topic_slug) and current_topic is None,
            },
        )
        if ("topic" in request.GET and current_topic is None) or (
            number is not None and number != str(news_page.number)
        ):
            # An address that names no page or topic of this listing is answered but
            # never kept by a cache, so made-up addresses cannot fill it.
            patch_cache_control(response, private=True)
        return response

    @path("feed/", name="feed")
    def feed(self, request):
        return NewsFeed(self)(request)

    def feed_url(self, request=None):
        return self.get_url(request=request) + self.reverse_subpage("feed")


class NewsPage(IntroMixin, BodyMixin, TopicsMixin, BasePage):
    date = models.DateField(_("date"), default=datetime.date.today)
    intro = models.TextField(_("lead"), blank=True, help_text=_("One or two sentences."))
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    image_alt = models.CharField(
        _("image description"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it. Required with an image."),
    )

    translated_fields = (*IntroMixin.translated_fields, *BodyMixin.translated_fields, "image_alt")
    translation_check_fields = (
        *IntroMixin.translation_check_fields,
        *BodyMixin.translation_check_fields,
    )
    search_text_fields = (*IntroMixin.search_text_fields, *BodyMixin.search_text_fields)
    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        *IntroMixin.panels,
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        *BodyMixin.panels,
        *TopicsMixin.panels,
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    def clean(self):
        super().clean()
        if self.image_id and not (self.image_alt or "").strip():
            raise ValidationError(
                {"image_alt": _("Describe the image for people who cannot see it.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news_index"] = self.get_parent().specific  # always a NewsIndexPage
        return context
