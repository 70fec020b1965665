"""Country pages: entry, work and study rules in brief for Belarusian citizens, the
emergency numbers and the national anti-trafficking line, the Belarusian embassy and
local help, in Russian, Belarusian and English, each with the official sources its
rules come from.

Only general, durable facts are stated, and each page's `last_checked` is the day
its sources were last read. The national lines of Italy, Turkey and the United
States are given as checked contact cards; every other contact is an obvious example
in a card marked "needs checking" (country_parts.py). The hotline's own numbers are
never written here: the site fills them in from its settings.

The pages are written by region, one module each; this one holds the country index
and the list the loader reads.
"""

from . import countries_east, countries_eu, countries_overseas

COUNTRY_INDEX = {
    "key": "countries",
    "slug": {"ru": "strany", "be": "krainy", "en": "countries"},
    "title": {"ru": "Страны", "be": "Краіны", "en": "Countries"},
    "intro": {
        "ru": "Въезд, работа и учёба, экстренные номера и помощь на месте в странах, куда "
        "чаще всего едут из Беларуси. Страницы об Украине нет: пока идёт война, общие советы "
        "о поездке туда небезопасны, поэтому горячая линия отвечает каждому лично — "
        "на русском, белорусском или английском.",
        "be": "Уезд, праца і вучоба, экстранныя нумары і дапамога на месцы ў краінах, куды "
        "часцей за ўсё едуць з Беларусі. Старонкі пра Украіну няма: пакуль ідзе вайна, "
        "агульныя парады пра паездку туды небяспечныя, таму гарачая лінія адказвае кожнаму "
        "асабіста — па-беларуску, па-руску або па-англійску.",
        "en": "Entry, work and study rules, emergency numbers and local help in the countries "
        "people from Belarus travel to most. There is no page on Ukraine: while the war goes "
        "on, general travel advice for it would not be safe, so the hotline answers each "
        "person individually, in Russian, Belarusian or English.",
    },
    "search_description": {
        "ru": "Справка по странам: въезд, работа, учёба, экстренные номера и посольства.",
        "be": "Даведка па краінах: уезд, праца, вучоба, экстранныя нумары і пасольствы.",
        "en": "Country facts: entry, work, study, emergency numbers and embassies.",
    },
}

COUNTRIES = [
    *countries_eu.COUNTRIES,
    *countries_east.COUNTRIES,
    *countries_overseas.COUNTRIES,
]
