"""Page types, snippets and site settings of the public site.

Everything is importable from `pages.models`, as Django and the migrations expect.
"""

from pages.tools.job_check_page import JobCheckPage
from pages.tools.trip_plan_page import TripPlanPage

from .base import BasePage
from .campaign import CampaignPage, CampaignPartner
from .contacts import HotlineContacts
from .countries import CountryIndexPage, CountryPage
from .guides import GuidePage, GuidePageRelatedGuide, SectionPage
from .home import HomePage, HomePageFeaturedGuide, HomePageToolLink
from .news import NewsIndexPage, NewsPage
from .reads import PageReads
from .snippets import Topic
from .standard import StandardPage

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
    "HomePageToolLink",
    "HotlineContacts",
    "JobCheckPage",
    "NewsIndexPage",
    "NewsPage",
    "PageReads",
    "SectionPage",
    "StandardPage",
    "Topic",
    "TripPlanPage",
]
