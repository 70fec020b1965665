"""The RSS feed of the news index."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import get_language

FEED_ITEMS = 20


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
        return item.intro or item.search_description

    def item_link(self, item):
        return item.get_full_url(request=self.request)

    # The guid is the item's link, Django's default.
    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9, 0)))

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]
