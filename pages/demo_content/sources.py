"""Sources for the demo guides and country pages: official sites, each written once.

A source is `("source", {"title": str, "url": str, "accessed": "YYYY-MM-DD"})`
in each language (see FORMAT.md); the title is translated, the address and the
date are the same in every language. `sources(...)` makes a page's list.
"""

LANGUAGES = ("ru", "be", "en")


def source(title, url, accessed):
    """One source per language: its title translated, address and date alike."""
    return {
        code: ("source", {"title": title[code], "url": url, "accessed": accessed})
        for code in LANGUAGES
    }


def sources(*items):
    """A page's `sources` field: the given sources, in this order, in every language."""
    return {code: [item[code] for item in items] for code in LANGUAGES}


IOM_BELARUS = source(
    {
        "ru": "Международная организация по миграции (МОМ) в Беларуси",
        "be": "Міжнародная арганізацыя па міграцыі (МАМ) у Беларусі",
        "en": "International Organization for Migration (IOM) in Belarus",
    },
    "https://belarus.iom.int/",
    "2026-11-20",
)
INTERIOR_MINISTRY = source(
    {
        "ru": "Министерство внутренних дел Республики Беларусь",
        "be": "Міністэрства ўнутраных спраў Рэспублікі Беларусь",
        "en": "Ministry of Internal Affairs of the Republic of Belarus",
    },
    "https://mvd.gov.by/",
    "2026-11-20",
)
FOREIGN_MINISTRY = source(
    {
        "ru": "Министерство иностранных дел Республики Беларусь: посольства и консульства",
        "be": "Міністэрства замежных спраў Рэспублікі Беларусь: пасольствы і консульствы",
        "en": "Ministry of Foreign Affairs of Belarus: embassies and consulates",
    },
    "https://mfa.gov.by/",
    "2026-11-20",
)
EU_IMMIGRATION_PORTAL = source(
    {
        "ru": "Иммиграционный портал ЕС (Европейская комиссия)",
        "be": "Іміграцыйны партал ЕС (Еўрапейская камісія)",
        "en": "EU Immigration Portal (European Commission)",
    },
    "https://immigration-portal.ec.europa.eu/",
    "2026-11-18",
)
POLAND_OFFICE_FOR_FOREIGNERS = source(
    {
        "ru": "Управление по делам иностранцев Польши (UdSC)",
        "be": "Упраўленне па справах замежнікаў Польшчы (UdSC)",
        "en": "Office for Foreigners of Poland (UdSC)",
    },
    "https://www.gov.pl/web/udsc",
    "2026-11-18",
)
MAKE_IT_IN_GERMANY = source(
    {
        "ru": "Make it in Germany — портал правительства Германии для специалистов из-за рубежа",
        "be": "Make it in Germany — партал урада Германіі для спецыялістаў з-за мяжы",
        "en": "Make it in Germany — the German government's portal for skilled workers",
    },
    "https://www.make-it-in-germany.com/",
    "2026-11-18",
)
ITALY_VISA_PORTAL = source(
    {
        "ru": "Visto per l’Italia — визовый портал МИД Италии",
        "be": "Visto per l’Italia — візавы партал МЗС Італіі",
        "en": "Visto per l’Italia — visa portal of the Italian Ministry of Foreign Affairs",
    },
    "https://vistoperitalia.esteri.it/",
    "2026-11-19",
)
TURKEY_MIGRATION_MANAGEMENT = source(
    {
        "ru": "Управление миграции Турции (Göç İdaresi)",
        "be": "Упраўленне міграцыі Турцыі (Göç İdaresi)",
        "en": "Presidency of Migration Management of Türkiye (Göç İdaresi)",
    },
    "https://www.goc.gov.tr/",
    "2026-11-19",
)
