"""Page types, snippets and site settings of the public site.

Everything is importable from `pages.models`, as Django and the migrations expect.
"""

from .base import BasePage
from .campaign import CampaignPage, CampaignPartner
from .contacts import HotlineContacts
from .countries import CountryIndexPage, CountryPage
from .guides import GuidePage, GuidePageRelatedGuide, SectionPage
from .home import HomePage, HomePageFeaturedGuide
from .hotline_statistics import HotlineStatisticsPage
from .job_check import JobCheckPage
from .news import NewsIndexPage, NewsPage
from .snippets import Topic
from .standard import StandardPage
from .trip_plan import TripPlanPage

__all__ = [
    "BasePage",
    "CampaignPage",
    "CampaignPartner",
    "CountryIndexPage",
    "CountryPage",
    "GuidePage",
    "GuidePageRelatedGuide",
    "HomePage",
    "HomePageFeaturedGuide",
    "HotlineContacts",
    "HotlineStatisticsPage",
    "JobCheckPage",
    "NewsIndexPage",
    "NewsPage",
    "SectionPage",
    "StandardPage",
    "Topic",
    "TripPlanPage",
]
