"""Demo content for the trip plan: a checklist per purpose of the trip and the
documents to leave with family. The items are the ones of the guides "Before you
go: a safety checklist" and "What to leave with your family" (trip_checks.py), so
a reader finds the same words in the plan and in the guide.

Plain data, see FORMAT.md. The country's numbers and the hotline's come from
the country pages and the site setting, not from here.
"""

from . import trip_checks

# The titles of the plan's two checklists.
BEFORE_YOU_LEAVE = {
    "ru": "Перед отъездом",
    "be": "Перад ад’ездам",
    "en": "Before you leave",
}
AFTER_ARRIVING = {
    "ru": "В первые дни на месте",
    "be": "У першыя дні на месцы",
    "en": "In the first days after you arrive",
}

# Someone who goes to marry needs means of their own; the plan says so with the rest.
MARRIAGE_OWN_MEANS = {
    "ru": [
        "Свой телефон и свои деньги на чёрный день",
        "Копии свидетельств о браке и о рождении детей",
    ],
    "be": [
        "Свой тэлефон і свае грошы на чорны дзень",
        "Копіі пасведчанняў аб шлюбе і аб нараджэнні дзяцей",
    ],
    "en": [
        "Your own phone and some money of your own for emergencies",
        "Copies of your marriage certificate and children's birth certificates",
    ],
}

# The copies to leave, and the one thing the plan adds: where the person will be.
COPIES_FOR_FAMILY = {
    "ru": "Копии документов для семьи",
    "be": "Копіі дакументаў для сям’і",
    "en": "Document copies for your family",
}
WHERE_I_WILL_BE = {
    "ru": (
        "Адрес, где я буду работать, учиться или жить, и телефоны работодателя, вуза, агентства или "
        "туроператора"
    ),
    "be": (
        "Адрас, дзе я буду працаваць, вучыцца ці жыць, і тэлефоны працадаўцы, ВНУ, агенцтва ці "
        "тураператара"
    ),
    "en": (
        "The address where I will work, study or stay, and the phone numbers of the employer, school,"
        " agency or tour operator"
    ),
}


def checklist(title, items):
    return ("checklist", {"title": title, "items": items})


CHECKLISTS = {
    purpose: {
        code: [
            checklist(
                BEFORE_YOU_LEAVE[code],
                items
                + (MARRIAGE_OWN_MEANS[code] if purpose == "marriage" else [])
                + trip_checks.ANY_TRIP[code],
            ),
            checklist(AFTER_ARRIVING[code], trip_checks.FIRST_DAYS[code]),
        ]
        for code, items in by_language.items()
    }
    for purpose, by_language in trip_checks.BY_PURPOSE.items()
}

FAMILY_DOCUMENTS = {
    code: [checklist(COPIES_FOR_FAMILY[code], copies + [WHERE_I_WILL_BE[code]])]
    for code, copies in trip_checks.DOCUMENT_COPIES.items()
}


TRIP_PLAN = {
    "key": "trip-plan",
    "slug": {"ru": "plan-poezdki", "be": "plan-paezdki", "en": "trip-plan"},
    "title": {"ru": "Мой план поездки", "be": "Мой план паездкі", "en": "My trip plan"},
    "search_description": {
        "ru": "Личный план поездки: чек-лист для работы, учёбы, брака или отдыха, "
        "экстренные номера страны, посольство и горячая линия — на двух страницах.",
        "be": "Асабісты план паездкі: чэк-ліст для працы, вучобы, шлюбу ці адпачынку, "
        "экстранныя нумары краіны, пасольства і гарачая лінія — на дзвюх старонках.",
        "en": "A personal trip plan: a checklist for work, study, marriage or a holiday, "
        "the country's emergency numbers, the embassy and the hotline, on two pages.",
    },
    "intro": {
        "ru": "Выберите, зачем и куда вы едете, — и получите план на две страницы: что "
        "проверить до отъезда, экстренные номера и посольство в этой стране, номера "
        "горячей линии, список копий для родных и место для кодового слова. Его можно "
        "распечатать или сохранить в телефоне, а номера — взять с собой на карточке "
        "размером с банковскую.",
        "be": "Выберыце, навошта і куды вы едзеце, — і атрымайце план на дзве старонкі: "
        "што праверыць да ад’езду, экстранныя нумары і пасольства ў гэтай краіне, нумары "
        "гарачай лініі, спіс копій для родных і месца для кодавага слова. Яго можна "
        "раздрукаваць або захаваць у тэлефоне, а нумары — узяць з сабой на картцы "
        "памерам з банкаўскую.",
        "en": "Choose why and where you are going, and get a plan on two pages: what to "
        "check before you leave, the emergency numbers and the embassy in that country, "
        "the hotline's numbers, the copies to leave with family and a place for a code "
        "word. Print it or keep it on your phone, and take the numbers with you on a "
        "card the size of a bank card.",
    },
    "work_checklist": CHECKLISTS["work"],
    "study_checklist": CHECKLISTS["study"],
    "marriage_checklist": CHECKLISTS["marriage"],
    "tourism_checklist": CHECKLISTS["tourism"],
    "family_documents": FAMILY_DOCUMENTS,
}
