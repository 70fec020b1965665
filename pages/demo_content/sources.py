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
TODAY = "2026-12-06"
DECREE_278 = source(
    {
        "ru": "Указ Президента Республики Беларусь № 278 «О порядке выдачи документов и "
        "совершения действий» (2023), Национальный правовой интернет-портал",
        "be": "Указ Прэзідэнта Рэспублікі Беларусь № 278 «Аб парадку выдачы дакументаў і "
        "выканання дзеянняў» (2023), Нацыянальны прававы інтэрнэт-партал",
        "en": "Decree of the President of Belarus No. 278 “On the procedure for issuing "
        "documents and performing actions” (2023), National Legal Internet Portal",
    },
    "https://pravo.by/document/?guid=12551&p0=P32300278",
    TODAY,
)
CERTIFICATE_OF_RETURN = source(
    {
        "ru": "МИД Беларуси, посольство в Германии: свидетельство на возвращение",
        "be": "МЗС Беларусі, пасольства ў Германіі: пасведчанне на вяртанне",
        "en": "Ministry of Foreign Affairs of Belarus, embassy in Germany: certificate of return",
    },
    "https://germany.mfa.gov.by/be/consular_issues/reentry",
    TODAY,
)
CZECH_FOREIGN_MINISTRY = source(
    {
        "ru": "Министерство иностранных дел Чехии: визы и пребывание",
        "be": "Міністэрства замежных спраў Чэхіі: візы і знаходжанне",
        "en": "Ministry of Foreign Affairs of the Czech Republic: visas and residence",
    },
    "https://mzv.gov.cz/",
    TODAY,
)
RUSSIA_INTERIOR_MINISTRY = source(
    {
        "ru": "МВД России: миграционный учёт иностранных граждан",
        "be": "МУС Расіі: міграцыйны ўлік замежных грамадзян",
        "en": "Ministry of Internal Affairs of Russia: migration registration of foreigners",
    },
    "https://xn--b1aew.xn--p1ai/",
    TODAY,
)
ANTI_TRAFFICKING_LAW = source(
    {
        "ru": "Закон Республики Беларусь от 7 января 2012 г. № 350-З «О противодействии "
        "торговле людьми»",
        "be": "Закон Рэспублікі Беларусь ад 7 студзеня 2012 г. № 350-З «Аб супрацьдзеянні "
        "гандлю людзьмі»",
        "en": "Law of the Republic of Belarus No. 350-Z of 7 January 2012 “On Combating "
        "Trafficking in Persons”",
    },
    "https://pravo.by/document/?guid=12551&p0=H11200350",
    TODAY,
)
VICTIM_IDENTIFICATION = source(
    {
        "ru": "Постановление Совета Министров Республики Беларусь от 11 июня 2015 г. № 485 "
        "«Об идентификации жертв торговли людьми»",
        "be": "Пастанова Савета Міністраў Рэспублікі Беларусь ад 11 чэрвеня 2015 г. № 485 "
        "«Аб ідэнтыфікацыі ахвяр гандлю людзьмі»",
        "en": "Resolution of the Council of Ministers of Belarus No. 485 of 11 June 2015 "
        "“On the identification of victims of trafficking in persons”",
    },
    "https://pravo.by/document/?guid=12551&p0=C21500485",
    TODAY,
)
LABOUR_CODE = source(
    {
        "ru": "Трудовой кодекс Республики Беларусь",
        "be": "Працоўны кодэкс Рэспублікі Беларусь",
        "en": "Labour Code of the Republic of Belarus",
    },
    "https://pravo.by/document/?guid=3871&p0=HK9900296",
    TODAY,
)
ILO_FORCED_LABOUR = source(
    {
        "ru": "Международная организация труда: индикаторы принудительного труда (2012)",
        "be": "Міжнародная арганізацыя працы: індыкатары прымусовай працы (2012)",
        "en": "International Labour Organization: ILO Indicators of Forced Labour (2012)",
    },
    "https://www.ilo.org/",
    TODAY,
)
OHCHR_ONLINE_SCAMS = source(
    {
        "ru": "Управление ООН по правам человека: «Онлайн-мошенничество и торговля людьми "
        "с целью принуждения к преступлениям в Юго-Восточной Азии» (2023)",
        "be": "Упраўленне ААН па правах чалавека: «Анлайн-махлярства і гандаль людзьмі дзеля "
        "прымусу да злачынстваў у Паўднёва-Усходняй Азіі» (2023)",
        "en": "UN Human Rights Office (OHCHR): “Online scam operations and trafficking into "
        "forced criminality in Southeast Asia” (2023)",
    },
    "https://www.ohchr.org/",
    TODAY,
)
UN_TRAFFICKING_PROTOCOL = source(
    {
        "ru": "УНП ООН: Протокол о предупреждении и пресечении торговли людьми, особенно "
        "женщинами и детьми (2000)",
        "be": "УНЗ ААН: Пратакол аб папярэджванні і спыненні гандлю людзьмі, асабліва "
        "жанчынамі і дзецьмі (2000)",
        "en": "UNODC: Protocol to Prevent, Suppress and Punish Trafficking in Persons, "
        "Especially Women and Children (2000)",
    },
    "https://www.unodc.org/",
    TODAY,
)
EU_FREE_MOVEMENT_DIRECTIVE = source(
    {
        "ru": "Директива 2004/38/ЕС о праве граждан ЕС и членов их семей на свободное "
        "передвижение и проживание (EUR-Lex)",
        "be": "Дырэктыва 2004/38/ЕС аб праве грамадзян ЕС і членаў іх сем’яў на свабоднае "
        "перамяшчэнне і пражыванне (EUR-Lex)",
        "en": "Directive 2004/38/EC on the right of EU citizens and their family members to "
        "move and reside freely (EUR-Lex)",
    },
    "https://eur-lex.europa.eu/eli/dir/2004/38/oj",
    TODAY,
)
ISTANBUL_CONVENTION = source(
    {
        "ru": "Совет Европы: Конвенция о предотвращении и пресечении насилия в отношении "
        "женщин и домашнего насилия (Стамбульская конвенция, 2011)",
        "be": "Савет Еўропы: Канвенцыя аб прадухіленні і спыненні гвалту ў дачыненні да "
        "жанчын і хатняга гвалту (Стамбульская канвенцыя, 2011)",
        "en": "Council of Europe: Convention on preventing and combating violence against "
        "women and domestic violence (Istanbul Convention, 2011)",
    },
    "https://www.coe.int/en/web/istanbul-convention",
    TODAY,
)
