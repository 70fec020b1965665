"""Sources for the demo guides and country pages: official sites, each written once.

A source is `("source", {"title": str, "url": str, "accessed": "YYYY-MM-DD"})`
in each language (see FORMAT.md); the title is translated, the address and the
date are the same in every language. `sources(...)` makes a page's list.

The addresses are the official sites' home pages, where the rules are published
in the country's language and usually in English: an editor who checks a page
opens each of its sources again and sets the date, and the page's "last checked"
date is never earlier than its sources' dates.
"""

# The day the country pages were last checked against their sources.
COUNTRIES_CHECKED = "2026-12-06"

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

POLAND_EMPLOYMENT_SERVICES = source(
    {
        "ru": "Публичные службы занятости Польши: трудоустройство иностранцев",
        "be": "Публічныя службы занятасці Польшчы: працаўладкаванне замежнікаў",
        "en": "Public Employment Services of Poland: employing foreigners",
    },
    "https://psz.praca.gov.pl/",
    COUNTRIES_CHECKED,
)
POLAND_IN_BELARUS = source(
    {
        "ru": "Посольство Польши в Минске: визы",
        "be": "Пасольства Польшчы ў Мінску: візы",
        "en": "Embassy of Poland in Minsk: visas",
    },
    "https://www.gov.pl/web/bialorus",
    COUNTRIES_CHECKED,
)
LITHUANIA_MIGRATION_DEPARTMENT = source(
    {
        "ru": "Департамент миграции Литвы",
        "be": "Дэпартамент міграцыі Літвы",
        "en": "Migration Department of Lithuania",
    },
    "https://migracija.lrv.lt/",
    COUNTRIES_CHECKED,
)
LITHUANIA_EMPLOYMENT_SERVICE = source(
    {
        "ru": "Служба занятости Литвы (Užimtumo tarnyba): разрешения на работу",
        "be": "Служба занятасці Літвы (Užimtumo tarnyba): дазволы на працу",
        "en": "Employment Service of Lithuania (Užimtumo tarnyba): work permits",
    },
    "https://uzt.lt/",
    COUNTRIES_CHECKED,
)
LATVIA_MIGRATION_OFFICE = source(
    {
        "ru": "Управление по делам гражданства и миграции Латвии (PMLP)",
        "be": "Упраўленне па справах грамадзянства і міграцыі Латвіі (PMLP)",
        "en": "Office of Citizenship and Migration Affairs of Latvia (PMLP)",
    },
    "https://www.pmlp.gov.lv/",
    COUNTRIES_CHECKED,
)
LATVIA_EMPLOYMENT_AGENCY = source(
    {
        "ru": "Государственное агентство занятости Латвии (NVA)",
        "be": "Дзяржаўнае агенцтва занятасці Латвіі (NVA)",
        "en": "State Employment Agency of Latvia (NVA)",
    },
    "https://www.nva.gov.lv/",
    COUNTRIES_CHECKED,
)
CZECH_FOREIGN_MINISTRY = source(
    {
        "ru": "Министерство иностранных дел Чехии: визы и приём заявлений",
        "be": "Міністэрства замежных спраў Чэхіі: візы і прыём заяў",
        "en": "Ministry of Foreign Affairs of the Czech Republic: visas and applications",
    },
    "https://mzv.gov.cz/",
    COUNTRIES_CHECKED,
)
CZECH_INTERIOR_MINISTRY = source(
    {
        "ru": "Министерство внутренних дел Чехии: пребывание иностранцев",
        "be": "Міністэрства ўнутраных спраў Чэхіі: знаходжанне замежнікаў",
        "en": "Ministry of the Interior of the Czech Republic: residence of foreigners",
    },
    "https://www.mvcr.cz/",
    COUNTRIES_CHECKED,
)
SPAIN_FOREIGN_MINISTRY = source(
    {
        "ru": "Министерство иностранных дел Испании: визы",
        "be": "Міністэрства замежных спраў Іспаніі: візы",
        "en": "Ministry of Foreign Affairs of Spain: visas",
    },
    "https://www.exteriores.gob.es/",
    COUNTRIES_CHECKED,
)
SPAIN_MIGRATION_MINISTRY = source(
    {
        "ru": "Министерство инклюзии, социального обеспечения и миграций Испании",
        "be": "Міністэрства інклюзіі, сацыяльнага забеспячэння і міграцый Іспаніі",
        "en": "Ministry of Inclusion, Social Security and Migration of Spain",
    },
    "https://www.inclusion.gob.es/",
    COUNTRIES_CHECKED,
)
CYPRUS_FOREIGN_MINISTRY = source(
    {
        "ru": "Министерство иностранных дел Кипра: визы",
        "be": "Міністэрства замежных спраў Кіпра: візы",
        "en": "Ministry of Foreign Affairs of Cyprus: visas",
    },
    "https://mfa.gov.cy/",
    COUNTRIES_CHECKED,
)
CYPRUS_MIGRATION_DEPARTMENT = source(
    {
        "ru": "Департамент гражданского реестра и миграции Кипра",
        "be": "Дэпартамент грамадзянскага рэестра і міграцыі Кіпра",
        "en": "Civil Registry and Migration Department of Cyprus",
    },
    "https://www.moi.gov.cy/moi/crmd/crmd.nsf/",
    COUNTRIES_CHECKED,
)
CYPRUS_LABOUR_MINISTRY = source(
    {
        "ru": "Министерство труда и социального страхования Кипра",
        "be": "Міністэрства працы і сацыяльнага страхавання Кіпра",
        "en": "Ministry of Labour and Social Insurance of Cyprus",
    },
    "https://www.mlsi.gov.cy/",
    COUNTRIES_CHECKED,
)
RUSSIA_INTERIOR_MINISTRY = source(
    {
        "ru": "МВД России: миграционный учёт иностранных граждан",
        "be": "МУС Расіі: міграцыйны ўлік замежных грамадзян",
        "en": "Ministry of Internal Affairs of Russia: migration registration of foreigners",
    },
    "https://xn--b1aew.xn--p1ai/",
    COUNTRIES_CHECKED,
)
EURASIAN_ECONOMIC_COMMISSION = source(
    {
        "ru": "Евразийская экономическая комиссия: трудовая миграция в ЕАЭС",
        "be": "Еўразійская эканамічная камісія: працоўная міграцыя ў ЕАЭС",
        "en": "Eurasian Economic Commission: labour migration in the EAEU",
    },
    "https://eec.eaeunion.org/",
    COUNTRIES_CHECKED,
)
GEORGIA_FOREIGN_MINISTRY = source(
    {
        "ru": "Министерство иностранных дел Грузии: визовый режим",
        "be": "Міністэрства замежных спраў Грузіі: візавы рэжым",
        "en": "Ministry of Foreign Affairs of Georgia: visa rules",
    },
    "https://mfa.gov.ge/",
    COUNTRIES_CHECKED,
)
GEORGIA_PUBLIC_SERVICE_HALL = source(
    {
        "ru": "Дом юстиции Грузии: вид на жительство",
        "be": "Дом юстыцыі Грузіі: від на жыхарства",
        "en": "Public Service Hall of Georgia: residence permits",
    },
    "https://psh.gov.ge/",
    COUNTRIES_CHECKED,
)
GEORGIA_LABOUR_MINISTRY = source(
    {
        "ru": "Министерство труда, здравоохранения и социальной защиты Грузии: трудовая миграция",
        "be": "Міністэрства працы, аховы здароўя і сацыяльнай абароны Грузіі: працоўная міграцыя",
        "en": "Ministry of Labour, Health and Social Affairs of Georgia: labour migration",
    },
    "https://www.moh.gov.ge/",
    COUNTRIES_CHECKED,
)
KAZAKHSTAN_EGOV = source(
    {
        "ru": "Портал электронного правительства Казахстана: пребывание иностранцев",
        "be": "Партал электроннага ўрада Казахстана: знаходжанне замежнікаў",
        "en": "Kazakhstan's e-government portal: stays of foreigners",
    },
    "https://egov.kz/",
    COUNTRIES_CHECKED,
)
ISRAEL_POPULATION_AUTHORITY = source(
    {
        "ru": "Управление по делам населения и иммиграции Израиля",
        "be": "Упраўленне па справах насельніцтва і іміграцыі Ізраіля",
        "en": "Population and Immigration Authority of Israel",
    },
    "https://www.gov.il/en/departments/population_and_immigration_authority",
    COUNTRIES_CHECKED,
)
EGYPT_EVISA_PORTAL = source(
    {
        "ru": "Официальный портал электронных виз Египта",
        "be": "Афіцыйны партал электронных віз Егіпта",
        "en": "Egypt's official e-visa portal",
    },
    "https://visa2egypt.gov.eg/",
    COUNTRIES_CHECKED,
)
THAILAND_FOREIGN_MINISTRY = source(
    {
        "ru": "Министерство иностранных дел Таиланда: визы",
        "be": "Міністэрства замежных спраў Тайланда: візы",
        "en": "Ministry of Foreign Affairs of Thailand: visas",
    },
    "https://www.mfa.go.th/",
    COUNTRIES_CHECKED,
)
THAILAND_EVISA_PORTAL = source(
    {
        "ru": "Официальный портал электронных виз Таиланда",
        "be": "Афіцыйны партал электронных віз Тайланда",
        "en": "Thailand's official e-visa portal",
    },
    "https://www.thaievisa.go.th/",
    COUNTRIES_CHECKED,
)
THAILAND_IMMIGRATION_BUREAU = source(
    {
        "ru": "Иммиграционное бюро Таиланда",
        "be": "Іміграцыйнае бюро Тайланда",
        "en": "Immigration Bureau of Thailand",
    },
    "https://www.immigration.go.th/",
    COUNTRIES_CHECKED,
)
UAE_GOVERNMENT_PORTAL = source(
    {
        "ru": "Официальный портал правительства ОАЭ: визы и работа",
        "be": "Афіцыйны партал урада ААЭ: візы і праца",
        "en": "The UAE government's official portal: visas and work",
    },
    "https://u.ae/",
    COUNTRIES_CHECKED,
)
UAE_LABOUR_MINISTRY = source(
    {
        "ru": "Министерство людских ресурсов и эмиратизации ОАЭ (MoHRE)",
        "be": "Міністэрства людскіх рэсурсаў і эміратызацыі ААЭ (MoHRE)",
        "en": "Ministry of Human Resources and Emiratisation of the UAE (MoHRE)",
    },
    "https://www.mohre.gov.ae/",
    COUNTRIES_CHECKED,
)
US_STATE_DEPARTMENT_VISAS = source(
    {
        "ru": "Государственный департамент США: визы",
        "be": "Дзяржаўны дэпартамент ЗША: візы",
        "en": "US Department of State: visas",
    },
    "https://travel.state.gov/",
    COUNTRIES_CHECKED,
)
US_EXCHANGE_VISITOR_PROGRAM = source(
    {
        "ru": "Программа обмена J-1 Госдепартамента США: список спонсоров",
        "be": "Праграма абмену J-1 Дзярждэпартамента ЗША: спіс спонсараў",
        "en": "US Department of State J-1 Exchange Visitor Program: sponsor list",
    },
    "https://j1visa.state.gov/",
    COUNTRIES_CHECKED,
)
US_TRAFFICKING_HOTLINE = source(
    {
        "ru": "Национальная горячая линия США по борьбе с торговлей людьми",
        "be": "Нацыянальная гарачая лінія ЗША па барацьбе з гандлем людзьмі",
        "en": "US National Human Trafficking Hotline",
    },
    "https://humantraffickinghotline.org/",
    COUNTRIES_CHECKED,
)
