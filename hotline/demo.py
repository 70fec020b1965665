"""The hotline's demo data: consultations for the statistics (counts to look at, no
person behind them), the published statistics page, and the form's privacy link.

Each one has a channel, topic, country, age group and gender, drawn with a fixed
seed so every load gives the same figures, and no name, contact or message. They
are marked `is_demo`, and added only once.
"""

import datetime
import random

from django.utils import timezone

from pages.demo.builder import link

from .demo_statistics_page import STATISTICS_PAGE
from .models import (
    AgeGroup,
    ConsultationRequest,
    Gender,
    HotlineFormSettings,
    HotlineStatisticsPage,
    ReceivedVia,
    RequestTopic,
    Status,
)
from .models.requests import REFERENCE_ALPHABET, REFERENCE_PREFIX
from .statistics_release import latest_published_year

# What the page after a calm request promises; an urgent one is promised no time.
RESPONSE_TIME = {
    "ru": "обычно в течение двух рабочих дней",
    "be": "звычайна на працягу двух працоўных дзён",
    "en": "usually within two working days",
}

COUNT = 360
SEED = 13
# Weights close to a hotline's year: most people call, few come in person; work
# abroad is asked about most; a few countries account for most questions.
CHANNELS = {
    ReceivedVia.PHONE: 40,
    ReceivedVia.WEB: 22,
    ReceivedVia.VIBER: 14,
    ReceivedVia.TELEGRAM: 12,
    ReceivedVia.WHATSAPP: 5,
    ReceivedVia.EMAIL: 5,
    ReceivedVia.IN_PERSON: 2,
}
TOPICS = {
    RequestTopic.EMPLOYMENT: 38,
    RequestTopic.TRAVEL: 16,
    RequestTopic.STUDY: 11,
    RequestTopic.MARRIAGE: 8,
    RequestTopic.CRISIS: 9,
    RequestTopic.FOREIGNERS: 6,
    RequestTopic.MISSING: 1,
    RequestTopic.OTHER: 11,
}
COUNTRIES = {
    "PL": 30,
    "LT": 14,
    "RU": 14,
    "DE": 9,
    "CZ": 6,
    "US": 4,
    "TR": 4,
    "AE": 3,
    "GE": 2,
    "IL": 1,
    "CY": 1,
    "JP": 1,
}
AGE_GROUPS = {
    AgeGroup.NOT_SAID: 20,
    AgeGroup.UNDER_18: 2,
    AgeGroup.FROM_18: 22,
    AgeGroup.FROM_25: 26,
    AgeGroup.FROM_35: 17,
    AgeGroup.FROM_45: 9,
    AgeGroup.FROM_55: 4,
}
GENDERS = {Gender.NOT_SAID: 15, Gender.FEMALE: 55, Gender.MALE: 29, Gender.OTHER: 1}


def pick(rng, weights):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def demo_year(today=None):
    """The latest year whose figures are out: the one the demo statistics page publishes."""
    return latest_published_year(today)


def reference_code(rng):
    chars = "".join(rng.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"{REFERENCE_PREFIX}-{chars[:4]}-{chars[4:]}"


def build(year, count=COUNT, seed=SEED):
    """`count` unsaved consultations spread over the year, the same for the same seed."""
    rng = random.Random(seed)  # noqa: S311 - demo figures, not a secret
    start = timezone.make_aware(datetime.datetime(year, 1, 1, 9))
    days = (datetime.date(year + 1, 1, 1) - datetime.date(year, 1, 1)).days
    consultations = []
    for number in range(count):
        created_at = start + datetime.timedelta(
            days=rng.randrange(days), minutes=rng.randrange(11 * 60)
        )
        via = pick(rng, CHANNELS)
        answered = created_at + datetime.timedelta(minutes=rng.randrange(10, 60 * 48))
        consultations.append(
            ConsultationRequest(
                reference_code=reference_code(rng),
                form_token=f"demo-{seed}-{number}",
                created_at=created_at,
                language=rng.choices(["ru", "be", "en"], weights=[80, 15, 5])[0],
                topic=pick(rng, TOPICS),
                country=pick(rng, COUNTRIES),
                is_abroad=rng.random() < 0.3,
                is_urgent=rng.random() < 0.06,
                received_via=via,
                age_group=pick(rng, AGE_GROUPS),
                gender=pick(rng, GENDERS),
                status=Status.CLOSED,
                first_response_at=created_at if via != ReceivedVia.WEB else answered,
                closed_at=answered,
                last_activity_at=answered,
                is_demo=True,
            )
        )
    return consultations


def add_demo_consultations(year=None):
    """Add the demo consultations unless some are there already; how many were added."""
    if ConsultationRequest.objects.filter(is_demo=True).exists():
        return 0
    consultations = build(demo_year() if year is None else year)
    taken = set(
        ConsultationRequest.objects.filter(
            reference_code__in=[item.reference_code for item in consultations]
        ).values_list("reference_code", flat=True)
    )
    fresh = [item for item in consultations if item.reference_code not in taken]
    ConsultationRequest.objects.bulk_create(fresh)
    return len(fresh)


def load(loaded):
    """Adds the demo consultations, the statistics page that counts them and the form
    settings' link to the privacy page; what is there already is left as it is."""
    added = add_demo_consultations()
    loaded.step(f"Demo consultations: {added} added (marked as demo, no personal data).")
    figures = {**STATISTICS_PAGE, "year": demo_year()}
    loaded.adder.add(loaded.home, HotlineStatisticsPage, figures)
    loaded.step("Hotline statistics page: in place.")
    form_settings = HotlineFormSettings.for_site(loaded.site)
    if link(form_settings, "privacy_page", loaded.standard["privacy"]):
        loaded.step("Hotline form settings: linked to the privacy policy page.")
    else:
        loaded.step("Hotline form settings: privacy page already set.")
    if not form_settings.response_time:
        for language, text in RESPONSE_TIME.items():
            setattr(form_settings, f"response_time_{language}", text)
        form_settings.save()
        loaded.step("Hotline form settings: the usual response time set.")
