"""Pieces that several country pages share: facts written once, and contact cards.

Plain data, see FORMAT.md. A contact card no editor has confirmed holds obvious
example values and is marked "needs checking": readers never see it, and the
"Due for review" report and the go-live check list it until an editor confirms it.
"""

# Facts that several countries share, written once.
EMERGENCY_112 = {
    "ru": "<li><strong>112</strong> — единый номер экстренных служб</li>",
    "be": "<li><strong>112</strong> — адзіны нумар экстранных службаў</li>",
    "en": "<li><strong>112</strong> — the general emergency number</li>",
}
ONLY_EMERGENCY_NUMBER_112 = {
    "ru": (
        "<ul>"
        "<li><strong>112</strong> — единый номер экстренных служб: полиция, "
        "скорая помощь, пожарные</li>"
        "</ul>"
    ),
    "be": (
        "<ul>"
        "<li><strong>112</strong> — адзіны нумар экстранных службаў: паліцыя, "
        "хуткая дапамога, пажарныя</li>"
        "</ul>"
    ),
    "en": (
        "<ul>"
        "<li><strong>112</strong> — the single emergency number for police, ambulance "
        "and fire</li>"
        "</ul>"
    ),
}
PASSPORT_STAYS_WITH_YOU = {
    "ru": "<li>Паспорт всегда остаётся у вас.</li>",
    "be": "<li>Пашпарт заўсёды застаецца ў вас.</li>",
    "en": "<li>Your passport always stays with you.</li>",
}

LANGUAGES = ("ru", "be", "en")


def contact_card(
    name, phone="", email="", hours=None, note=None, needs_checking=False, kind="contact_card"
):
    """A contact card block in every language; name, hours and note are per language. Its
    kind is "contact_card", or "embassy" for the Belarusian embassy or a consulate."""
    return {
        code: (
            kind,
            {
                "name": name[code],
                "phone": phone,
                "email": email,
                "messenger_url": "",
                "hours": hours[code] if hours else "",
                "note": note[code] if note else "",
                "needs_checking": needs_checking,
            },
        )
        for code in LANGUAGES
    }


def contacts(*cards):
    """A country's contact cards, per language."""
    return {code: [card[code] for card in cards] for code in LANGUAGES}


def unconfirmed(name, phone, email, kind="contact_card"):
    """Example details no editor has confirmed: readers see nothing of them."""
    return contact_card(name, phone, email, needs_checking=True, kind=kind)


def embassy(where, phone, email):
    return unconfirmed(
        {
            "ru": f"Посольство Беларуси {where['ru']}",
            "be": f"Пасольства Беларусі {where['be']}",
            "en": f"Embassy of Belarus {where['en']}",
        },
        phone,
        email,
        kind="embassy",
    )


AROUND_THE_CLOCK = {"ru": "круглосуточно", "be": "кругласутачна", "en": "24 hours a day, every day"}


def national_line(name, phone, hours=None, note=None):
    """A country page's `trafficking_line`: its national anti-trafficking line, confirmed."""
    return contacts(contact_card(name, phone, hours=hours, note=note))


def unconfirmed_line(name, phone):
    """A national line whose number no editor has confirmed: readers see nothing of it."""
    return contacts(unconfirmed(name, phone, ""))


def embassy_serving(country, phone, email):
    """The card of the Belarusian embassy accredited to a country that has none of its own
    (or where we are not sure it has one)."""
    return unconfirmed(
        {
            "ru": f"Посольство Беларуси, отвечающее за {country['ru']}",
            "be": f"Пасольства Беларусі, якое адказвае за {country['be']}",
            "en": f"Embassy of Belarus responsible for {country['en']}",
        },
        phone,
        email,
        kind="embassy",
    )


POLICE = {"ru": "полиция", "be": "паліцыя", "en": "police"}
AMBULANCE = {"ru": "скорая помощь", "be": "хуткая дапамога", "en": "ambulance"}
FIRE = {"ru": "пожарная служба", "be": "пажарная служба", "en": "fire brigade"}


def emergency_list(*numbers, with_112=True):
    """A country's `emergency_numbers`: 112 first (where it works), then each
    (number, service) in the order given."""
    return {
        code: "<ul>"
        + (EMERGENCY_112[code] if with_112 else "")
        + "".join(f"<li><strong>{number}</strong> — {what[code]}</li>" for number, what in numbers)
        + "</ul>"
        for code in LANGUAGES
    }


# How a page's local help ends: where to turn when nothing above fits.
HOTLINE_FINDS_HELP = {
    "ru": (
        "<p>Если не знаете, к кому обратиться, напишите на нашу горячую линию через форму "
        "на сайте: консультанты помогут найти помощь на месте.</p>"
    ),
    "be": (
        "<p>Калі не ведаеце, да каго звярнуцца, напішыце на нашу гарачую лінію праз форму "
        "на сайце: кансультанты дапамогуць знайсці дапамогу на месцы.</p>"
    ),
    "en": (
        "<p>If you don't know where to turn, write to our hotline through the form on this "
        "site: our consultants will help you find support where you are.</p>"
    ),
}
# The same where a worker's phone is often checked by the employer.
HOTLINE_SAFELY = {
    "ru": (
        "<p>Если ваш телефон могут проверить, пишите на нашу горячую линию через форму на "
        "сайте и укажите, как с вами безопасно связаться.</p>"
    ),
    "be": (
        "<p>Калі ваш тэлефон могуць праверыць, пішыце на нашу гарачую лінію праз форму на "
        "сайце і пазначце, як з вамі бяспечна звязацца.</p>"
    ),
    "en": (
        "<p>If someone may check your phone, write to our hotline through the form on this "
        "site and tell us how we can contact you safely.</p>"
    ),
}


def embassy_elsewhere(country):
    """A country's `embassy` text where we cannot say which Belarusian embassy serves it;
    `country` is its name as the object of "responsible for" in each language."""
    return {
        "ru": (
            f"<p>Какое посольство Беларуси отвечает за {country['ru']} и есть ли в стране "
            "почётный консул, смотрите на сайте МИД Беларуси. Консул поможет, если паспорт "
            "утерян или украден, если вас задержали или вы попали в больницу, и может "
            "связаться с вашими родными.</p>"
        ),
        "be": (
            f"<p>Якое пасольства Беларусі адказвае за {country['be']} і ці ёсць у краіне "
            "ганаровы консул, глядзіце на сайце МЗС Беларусі. Консул дапаможа, калі пашпарт "
            "згублены або скрадзены, калі вас затрымалі або вы трапілі ў бальніцу, і можа "
            "звязацца з вашымі роднымі.</p>"
        ),
        "en": (
            f"<p>Which Belarusian embassy is responsible for {country['en']}, and whether "
            "there is an honorary consul in the country, is listed on the website of the "
            "Belarusian Ministry of Foreign Affairs. The consul can help if your passport is "
            "lost or stolen, if you are detained or in hospital, and can contact your "
            "family.</p>"
        ),
    }
