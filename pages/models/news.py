import datetime

from django import forms
from django.contrib.syndication.views import Feed
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page

from ..blocks import BodyStreamBlock
from .base import BasePage
from .snippets import Topic

NEWS_PER_PAGE = 10
FEED_ITEMS = 20


class NewsIndexPage(RoutablePageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    translation_check_fields = ("intro",)
    search_text_fields = ("intro",)
    summary_field = "intro"
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.NewsPage"]
    max_count = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("news index")

    def news(self):
        return (
            NewsPage.objects.child_of(self)
            .live()
            .public()
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
        topic_slug = request.GET.get("topic", "")
        if topic_slug:
            current_topic = next((t for t in topics if t.slug == topic_slug), None)
            if current_topic is not None:
                items = items.filter(topics=current_topic)
        paginator = Paginator(items, NEWS_PER_PAGE)
        try:
            news_page = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            news_page = paginator.page(1)
        except EmptyPage:
            news_page = paginator.page(paginator.num_pages)
        return self.render(
            request,
            context_overrides={
                "news_page": news_page,
                "topics": topics,
                "current_topic": current_topic,
                "unknown_topic": bool(topic_slug) and current_topic is None,
            },
        )

    @path("feed/", name="feed")
    def feed(self, request):
        return NewsFeed(self)(request)

    def feed_url(self, request=None):
        return self.get_url(request=request) + self.reverse_subpage("feed")


class NewsPage(BasePage):
    date = models.DateField(_("date"), default=datetime.date.today)
    lead = models.TextField(_("lead"), blank=True, help_text=_("One or two sentences."))
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))
    topics = ParentalManyToManyField("pages.Topic", blank=True, verbose_name=_("topics"))
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

    translation_check_fields = ("lead", "body")
    search_text_fields = ("lead", "body")
    summary_field = "lead"
    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("body"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
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
        context["topic_list"] = list(self.topics.all())
        parent = self.get_parent().specific
        if isinstance(parent, NewsIndexPage):
            context["news_index"] = parent
        return context


class NewsFeed(Feed):
    """RSS 2.0 of one news index, in the language of the URL it is requested at."""

    feed_type = Rss201rev2Feed
    # Django fills <language> with the active language, that of the URL's prefix.

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, obj):
        return obj.title

    def link(self, obj):
        return obj.get_full_url(request=self.request)

    def feed_url(self, obj):
        return obj.get_full_url(request=self.request) + obj.reverse_subpage("feed")

    def description(self, obj):
        return obj.intro or obj.search_description or obj.title

    def items(self, obj):
        language = get_language()
        items = [item for item in obj.news()[: FEED_ITEMS * 2] if item.is_written_in(language)]
        return items[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead or item.search_description

    def item_link(self, item):
        return item.get_full_url(request=self.request)

    def item_guid(self, item):
        return item.get_full_url(request=self.request)

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9, 0)))

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]
