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
        "en": "US Department of State J-1 exchange visitor sponsors",
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
