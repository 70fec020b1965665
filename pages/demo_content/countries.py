"""Country pages: entry, work and study rules in brief, emergency numbers,
the Belarusian embassy and local help, in Russian, Belarusian and English.

Only general, durable facts are stated. Contacts are contact cards: the
well-known national lines of Italy and Turkey are given as checked; the
details of embassies and local organisations are obvious example values in
cards marked "needs checking", which readers never see and the "Due for
review" report and the go-live check list until an editor confirms them. The
hotline's own numbers are never written here: the site fills them in from its
settings.
"""

from .sources import (
    EU_IMMIGRATION_PORTAL,
    FOREIGN_MINISTRY,
    ITALY_VISA_PORTAL,
    MAKE_IT_IN_GERMANY,
    POLAND_OFFICE_FOR_FOREIGNERS,
    TURKEY_MIGRATION_MANAGEMENT,
    sources,
)

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


def contact_card(name, phone="", email="", hours=None, note=None, needs_checking=False):
    """A "contact_card" block in every language; name, hours and note are per language."""
    return {
        code: (
            "contact_card",
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


def unconfirmed(name, phone, email):
    """Example details no editor has confirmed: readers see nothing of them."""
    return contact_card(name, phone, email, needs_checking=True)


def embassy(where, phone, email):
    return unconfirmed(
        {
            "ru": f"Посольство Беларуси {where['ru']}",
            "be": f"Пасольства Беларусі {where['be']}",
            "en": f"Embassy of Belarus {where['en']}",
        },
        phone,
        email,
    )


AROUND_THE_CLOCK = {"ru": "круглосуточно", "be": "кругласутачна", "en": "24 hours a day, every day"}


COUNTRY_INDEX = {
    "slug": {"ru": "strany", "be": "krainy", "en": "countries"},
    "title": {"ru": "Страны", "be": "Краіны", "en": "Countries"},
    "intro": {
        "ru": "Коротко о въезде, работе и учёбе, экстренные номера, посольства Беларуси "
        "и местная помощь в странах, куда чаще всего едут из Беларуси.",
        "be": "Коратка пра ўезд, працу і вучобу, экстранныя нумары, пасольствы Беларусі "
        "і мясцовую дапамогу ў краінах, куды часцей за ўсё едуць з Беларусі.",
        "en": "Entry, work and study rules in brief, emergency numbers, Belarusian embassies "
        "and local help in the countries people from Belarus travel to most.",
    },
    "search_description": {
        "ru": "Справка по странам: въезд, работа, учёба, экстренные номера и посольства.",
        "be": "Даведка па краінах: уезд, праца, вучоба, экстранныя нумары і пасольствы.",
        "en": "Country facts: entry, work, study, emergency numbers and embassies.",
    },
}

COUNTRIES = [
    # ------------------------------------------------------------------ Poland
    {
        "key": "pl",
        "iso_code": "PL",
        "slug": {"ru": "polsha", "be": "polshcha", "en": "poland"},
        "title": {"ru": "Польша", "be": "Польшча", "en": "Poland"},
        "intro": {
            "ru": (
                "Польша — одна из стран, куда белорусы чаще всего едут на работу: "
                "стройка, склады, производство, транспорт. Работайте только с визой "
                "и разрешением, оформленными до начала работы, и не верьте посредникам, "
                "которые обещают «всё оформить на месте»."
            ),
            "be": (
                "Польшча — адна з краін, куды беларусы найчасцей едуць на працу: "
                "будоўля, склады, вытворчасць, транспарт. Працуйце толькі з візай "
                "і дазволам, аформленымі да пачатку працы, і не верце пасярэднікам, "
                "якія абяцаюць «усё аформіць на месцы»."
            ),
            "en": (
                "Poland is one of the most common destinations for Belarusians going "
                "abroad to work: construction, warehouses, factories and transport. "
                "Only start work with a visa and a permit arranged in advance, and don't "
                "trust middlemen who promise to sort out the papers once you arrive."
            ),
        },
        "search_description": {
            "ru": "Польша: виза, работа и учёба для граждан Беларуси, экстренные номера, посольство и где искать помощь.",
            "be": "Польшча: віза, праца і навучанне для грамадзян Беларусі, экстранныя нумары, пасольства і дзе шукаць дапамогу.",
            "en": "Poland for Belarusian citizens: visas, work and study in brief, emergency numbers, the embassy and where to find help.",
        },
        "entry_rules": {
            "ru": (
                "<p>Гражданам Беларуси для поездки в Польшу нужна виза. Шенгенская виза "
                "подходит для коротких поездок, а для работы, учёбы и долгого пребывания "
                "оформляют национальную визу или вид на жительство.</p>"
                "<p>Цель, указанная в визе, должна совпадать с тем, что вы собираетесь "
                "делать. Пункты пропуска на белорусско-польской границе и порядок их "
                "работы в последние годы менялись, поэтому перед поездкой проверьте "
                "актуальные правила на официальных сайтах консульской и пограничной "
                "служб Польши.</p>"
            ),
            "be": (
                "<p>Грамадзянам Беларусі для паездкі ў Польшчу патрэбна віза. Шэнгенская "
                "віза падыходзіць для кароткіх паездак, а для працы, навучання і доўгага "
                "знаходжання афармляюць нацыянальную візу або від на жыхарства.</p>"
                "<p>Мэта, пазначаная ў візе, павінна адпавядаць таму, што вы збіраецеся "
                "рабіць. Пункты пропуску на беларуска-польскай мяжы і парадак іх працы "
                "ў апошнія гады змяняліся, таму перад паездкай праверце актуальныя правілы "
                "на афіцыйных сайтах консульскай і памежнай службаў Польшчы.</p>"
            ),
            "en": (
                "<p>Belarusian citizens need a visa to travel to Poland. A Schengen visa "
                "covers short trips; for work, study or a longer stay you need a national "
                "visa or a residence permit.</p>"
                "<p>The purpose stated on your visa must match what you actually plan to do. "
                "Border crossings between Belarus and Poland, and the way they operate, have "
                "changed several times in recent years, so check the current rules on the "
                "official Polish consular and border guard websites before you travel.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Чтобы работать законно, нужна виза с целью «работа» (или вид на "
                "жительство) и документ, который разрешает вам работать у конкретного "
                "работодателя. Этот документ оформляет работодатель в Польше до вашего "
                "приезда.</p>"
                "<ul>"
                "<li>Не начинайте работу, пока не увидели разрешение и не подписали "
                "трудовой договор на понятном вам языке.</li>"
                "<li>Туристическая виза не даёт права работать.</li>"
                "<li>Паспорт всегда остаётся у вас: работодатель не имеет права его забирать.</li>"
                "</ul>"
            ),
            "be": (
                "<p>Каб працаваць законна, патрэбна віза з мэтай «праца» (або від на "
                "жыхарства) і дакумент, які дазваляе вам працаваць у канкрэтнага "
                "працадаўцы. Гэты дакумент афармляе працадаўца ў Польшчы да вашага "
                "прыезду.</p>"
                "<ul>"
                "<li>Не пачынайце працаваць, пакуль не ўбачылі дазвол і не падпісалі "
                "працоўны дагавор на мове, якую вы разумееце.</li>"
                "<li>Турыстычная віза не дае права працаваць.</li>"
                "<li>Пашпарт заўсёды застаецца ў вас: працадаўца не мае права яго забіраць.</li>"
                "</ul>"
            ),
            "en": (
                "<p>To work legally you need a visa issued for work (or a residence permit) "
                "and a document that allows you to work for a specific employer. The employer "
                "in Poland arranges that document before you arrive.</p>"
                "<ul>"
                "<li>Don't start work until you have seen the permit and signed a contract in "
                "a language you understand.</li>"
                "<li>A tourist visa does not give you the right to work.</li>"
                "<li>Your passport stays with you: an employer has no right to take it.</li>"
                "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы нужна национальная виза с целью «учёба», которую выдают на "
                "основании зачисления в польский вуз или другую учебную организацию. Для "
                "долгой учёбы после приезда обычно оформляют временный вид на жительство.</p>"
                "<p>Убедитесь, что учебное заведение действительно существует и имеет право "
                "принимать иностранцев. Студенты дневной формы во многих случаях могут "
                "подрабатывать без отдельного разрешения — уточните это для своей ситуации.</p>"
            ),
            "be": (
                "<p>Для навучання патрэбна нацыянальная віза з мэтай «навучанне», якую "
                "выдаюць на падставе залічэння ў польскую ВНУ або іншую навучальную "
                "ўстанову. Для доўгага навучання пасля прыезду звычайна афармляюць часовы "
                "від на жыхарства.</p>"
                "<p>Пераканайцеся, што навучальная ўстанова сапраўды існуе і мае права "
                "прымаць замежнікаў. Студэнты дзённай формы ў многіх выпадках могуць "
                "падпрацоўваць без асобнага дазволу — удакладніце гэта для сваёй сітуацыі.</p>"
            ),
            "en": (
                "<p>To study you need a national visa issued for study, based on an offer of "
                "admission from a Polish university or other school. For longer courses "
                "students usually apply for a temporary residence permit after arrival.</p>"
                "<p>Make sure the school really exists and is allowed to admit foreign students. "
                "Full-time students can often take a part-time job without a separate permit, "
                "but check how this applies to you.</p>"
            ),
        },
        "emergency_numbers": {
            "ru": (
                "<ul>"
                "<li><strong>112</strong> — единый номер экстренных служб, звонок бесплатный</li>"
                "<li><strong>997</strong> — полиция</li>"
                "<li><strong>998</strong> — пожарная служба</li>"
                "<li><strong>999</strong> — скорая помощь</li>"
                "</ul>"
            ),
            "be": (
                "<ul>"
                "<li><strong>112</strong> — адзіны нумар экстранных службаў, званок бясплатны</li>"
                "<li><strong>997</strong> — паліцыя</li>"
                "<li><strong>998</strong> — пажарная служба</li>"
                "<li><strong>999</strong> — хуткая дапамога</li>"
                "</ul>"
            ),
            "en": (
                "<ul>"
                "<li><strong>112</strong> — the general emergency number, free to call</li>"
                "<li><strong>997</strong> — police</li>"
                "<li><strong>998</strong> — fire brigade</li>"
                "<li><strong>999</strong> — ambulance</li>"
                "</ul>"
            ),
        },
        "embassy": {
            "ru": (
                "<p>Посольство Беларуси находится в Варшаве. Консул поможет, если у вас "
                "украли или вы потеряли паспорт (выдаст документ для возвращения домой), "
                "если вас задержали, вы попали в больницу или в трудную ситуацию, и может "
                "связаться с вашими родственниками.</p>"
                "<p>Консульство не оплачивает долги и штрафы и не заменяет адвоката, но "
                "подскажет, куда обратиться. Актуальный список посольств и консульств — на "
                "сайте МИД Беларуси.</p>"
            ),
            "be": (
                "<p>Пасольства Беларусі знаходзіцца ў Варшаве. Консул дапаможа, калі ў вас "
                "скралі або вы згубілі пашпарт (выдасць дакумент для вяртання дадому), калі "
                "вас затрымалі, вы трапілі ў бальніцу або ў цяжкую сітуацыю, і можа "
                "звязацца з вашымі сваякамі.</p>"
                "<p>Консульства не плаціць даўгі і штрафы і не замяняе адваката, але "
                "падкажа, куды звярнуцца. Актуальны спіс пасольстваў і консульстваў — на "
                "сайце МЗС Беларусі.</p>"
            ),
            "en": (
                "<p>The Embassy of Belarus is in Warsaw. The consul can help if your passport "
                "is lost or stolen (by issuing a document to travel home), if you are detained, "
                "in hospital or in serious trouble, and can get in touch with your family.</p>"
                "<p>The consulate will not pay debts or fines and is not a lawyer, but it can "
                "tell you where to turn. The current list of embassies and consulates is on "
                "the website of the Belarusian Ministry of Foreign Affairs.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>Жалобы на невыплату зарплаты и нарушения трудовых прав в Польше "
                "принимает государственная инспекция труда. Общественные организации "
                "бесплатно консультируют мигрантов и поддерживают пострадавших от торговли "
                "людьми: помогают с жильём, юристом и возвращением домой.</p>"
                "<p>Вы также можете написать на нашу горячую линию через форму на сайте — "
                "консультанты помогут найти помощь на месте.</p>"
            ),
            "be": (
                "<p>Скаргі на нявыплату заробку і парушэнні працоўных правоў у Польшчы "
                "прымае дзяржаўная інспекцыя працы. Грамадскія арганізацыі бясплатна "
                "кансультуюць мігрантаў і падтрымліваюць пацярпелых ад гандлю людзьмі: "
                "дапамагаюць з жыллём, юрыстам і вяртаннем дадому.</p>"
                "<p>Вы таксама можаце напісаць на нашу гарачую лінію праз форму на сайце — "
                "кансультанты дапамогуць знайсці дапамогу на месцы.</p>"
            ),
            "en": (
                "<p>In Poland, complaints about unpaid wages and other breaches of labour "
                "rights go to the state labour inspectorate. Non-governmental organisations "
                "give migrants free advice and support people affected by trafficking, "
                "helping with shelter, a lawyer and the journey home.</p>"
                "<p>You can also write to our hotline through the form on this site: our "
                "consultants will help you find support where you are.</p>"
            ),
        },
        "contacts": contacts(
            embassy(
                {"ru": "в Польше", "be": "ў Польшчы", "en": "in Poland"},
                "+48 22 000 00 00",
                "embassy-poland@example.org",
            ),
            unconfirmed(
                {
                    "ru": "Организация помощи мигрантам",
                    "be": "Арганізацыя дапамогі мігрантам",
                    "en": "Migrant support organisation",
                },
                "+48 22 000 00 01",
                "help-pl@example.org",
            ),
        ),
        "last_checked": "2026-10-01",
        "sources": sources(POLAND_OFFICE_FOR_FOREIGNERS, EU_IMMIGRATION_PORTAL, FOREIGN_MINISTRY),
    },
    # --------------------------------------------------------------- Lithuania
    {
        "key": "lt",
        "iso_code": "LT",
        "slug": {"ru": "litva", "be": "litva", "en": "lithuania"},
        "title": {"ru": "Литва", "be": "Літва", "en": "Lithuania"},
        "intro": {
            "ru": (
                "В соседнюю Литву белорусы едут работать водителями, на стройку и "
                "производство, а также учиться. Правила въезда и пребывания для граждан "
                "Беларуси в последние годы несколько раз ужесточались, поэтому проверяйте "
                "их перед каждой поездкой."
            ),
            "be": (
                "У суседнюю Літву беларусы едуць працаваць вадзіцелямі, на будоўлю і "
                "вытворчасць, а таксама вучыцца. Правілы ўезду і знаходжання для грамадзян "
                "Беларусі ў апошнія гады некалькі разоў станавіліся больш жорсткімі, таму "
                "правярайце іх перад кожнай паездкай."
            ),
            "en": (
                "Belarusians go to neighbouring Lithuania to work as drivers, on building "
                "sites and in factories, and to study. The rules for Belarusian citizens have "
                "been tightened several times in recent years, so check them before every trip."
            ),
        },
        "search_description": {
            "ru": "Литва: виза, работа и учёба для граждан Беларуси, экстренные номера, посольство и где искать помощь.",
            "be": "Літва: віза, праца і навучанне для грамадзян Беларусі, экстранныя нумары, пасольства і дзе шукаць дапамогу.",
            "en": "Lithuania for Belarusian citizens: visas, work and study in brief, emergency numbers, the embassy and where to find help.",
        },
        "entry_rules": {
            "ru": (
                "<p>Литва входит в ЕС и Шенгенскую зону, гражданам Беларуси нужна виза. "
                "Для коротких поездок выдают шенгенскую визу, для работы и учёбы — "
                "национальную визу или вид на жительство.</p>"
                "<p>К гражданам Беларуси Литва применяет дополнительные проверки, а порядок "
                "подачи документов и работа пунктов пропуска на границе менялись. Актуальные "
                "правила смотрите на официальном сайте Департамента миграции Литвы.</p>"
            ),
            "be": (
                "<p>Літва ўваходзіць у ЕС і Шэнгенскую зону, грамадзянам Беларусі патрэбна "
                "віза. Для кароткіх паездак выдаюць шэнгенскую візу, для працы і навучання — "
                "нацыянальную візу або від на жыхарства.</p>"
                "<p>Да грамадзян Беларусі Літва ўжывае дадатковыя праверкі, а парадак падачы "
                "дакументаў і праца пунктаў пропуску на мяжы змяняліся. Актуальныя правілы "
                "глядзіце на афіцыйным сайце Дэпартамента міграцыі Літвы.</p>"
            ),
            "en": (
                "<p>Lithuania is in the EU and the Schengen area, and Belarusian citizens need "
                "a visa. Short trips need a Schengen visa; work and study need a national visa "
                "or a residence permit.</p>"
                "<p>Lithuania applies extra checks to Belarusian citizens, and both the "
                "application procedure and the operation of border crossings have changed. "
                "See the official website of the Lithuanian Migration Department for the "
                "current rules.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Как правило, работодатель в Литве сначала получает для вас разрешение "
                "на работу или другое официальное решение, а затем вы оформляете "
                "национальную визу с правом на работу или вид на жительство.</p>"
                "<ul>"
                "<li>Водителям: проверьте, кто будет вашим работодателем по договору и в "
                "какой стране вы фактически будете работать.</li>"
                "<li>Требуйте письменный трудовой договор до выезда.</li>"
                "<li>Паспорт и водительское удостоверение всегда остаются у вас.</li>"
                "</ul>"
            ),
            "be": (
                "<p>Як правіла, працадаўца ў Літве спачатку атрымлівае для вас дазвол на "
                "працу або іншае афіцыйнае рашэнне, а потым вы афармляеце нацыянальную "
                "візу з правам на працу або від на жыхарства.</p>"
                "<ul>"
                "<li>Вадзіцелям: праверце, хто будзе вашым працадаўцам паводле дагавора і ў "
                "якой краіне вы фактычна будзеце працаваць.</li>"
                "<li>Патрабуйце пісьмовы працоўны дагавор да выезду.</li>"
                "<li>Пашпарт і вадзіцельскае пасведчанне заўсёды застаюцца ў вас.</li>"
                "</ul>"
            ),
            "en": (
                "<p>As a rule, the employer in Lithuania first obtains a work permit or another "
                "official decision for you, and then you apply for a national visa with the "
                "right to work, or for a residence permit.</p>"
                "<ul>"
                "<li>Drivers: check who your employer is under the contract and in which "
                "country you will actually be working.</li>"
                "<li>Insist on a written employment contract before you leave.</li>"
                "<li>Your passport and driving licence always stay with you.</li>"
                "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы нужна национальная виза или вид на жительство на основании "
                "зачисления в литовский вуз. Учебное заведение обычно подсказывает, какие "
                "документы подавать и в каком порядке.</p>"
                "<p>Для граждан Беларуси действуют дополнительные проверки, поэтому "
                "закладывайте больше времени на оформление.</p>"
            ),
            "be": (
                "<p>Для навучання патрэбна нацыянальная віза або від на жыхарства на падставе "
                "залічэння ў літоўскую ВНУ. Навучальная ўстанова звычайна падказвае, якія "
                "дакументы падаваць і ў якім парадку.</p>"
                "<p>Для грамадзян Беларусі дзейнічаюць дадатковыя праверкі, таму "
                "закладвайце больш часу на афармленне.</p>"
            ),
            "en": (
                "<p>To study you need a national visa or a residence permit based on admission "
                "to a Lithuanian university. The university will usually explain which documents "
                "to submit and in what order.</p>"
                "<p>Belarusian citizens go through extra checks, so allow more time for the "
                "paperwork.</p>"
            ),
        },
        "emergency_numbers": {
            "ru": (
                "<ul>"
                "<li><strong>112</strong> — единый номер экстренных служб: полиция, "
                "скорая помощь, пожарные; звонок бесплатный</li>"
                "</ul>"
            ),
            "be": (
                "<ul>"
                "<li><strong>112</strong> — адзіны нумар экстранных службаў: паліцыя, "
                "хуткая дапамога, пажарныя; званок бясплатны</li>"
                "</ul>"
            ),
            "en": (
                "<ul>"
                "<li><strong>112</strong> — the single emergency number for police, ambulance "
                "and fire; free to call</li>"
                "</ul>"
            ),
        },
        "embassy": {
            "ru": (
                "<p>Посольство Беларуси находится в Вильнюсе. Обращайтесь туда, если "
                "потеряли паспорт или его украли, если вас задержали, вы попали в больницу "
                "или не можете вернуться домой. Объём услуг и часы приёма могут меняться — "
                "уточняйте заранее.</p>"
            ),
            "be": (
                "<p>Пасольства Беларусі знаходзіцца ў Вільні. Звяртайцеся туды, калі "
                "згубілі пашпарт або яго скралі, калі вас затрымалі, вы трапілі ў бальніцу "
                "або не можаце вярнуцца дадому. Аб’ём паслуг і гадзіны прыёму могуць "
                "змяняцца — удакладняйце загадзя.</p>"
            ),
            "en": (
                "<p>The Embassy of Belarus is in Vilnius. Contact it if your passport is lost "
                "or stolen, if you are detained, in hospital or unable to get home. Services "
                "and opening hours may change, so check in advance.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>Нарушения трудовых прав в Литве рассматривает государственная "
                "инспекция труда. Есть общественные организации, которые консультируют "
                "иностранцев и помогают пострадавшим от торговли людьми: дают временное "
                "жильё, юридическую и психологическую поддержку.</p>"
                "<p>Если не знаете, к кому обратиться, напишите на нашу горячую линию через "
                "форму на сайте.</p>"
            ),
            "be": (
                "<p>Парушэнні працоўных правоў у Літве разглядае дзяржаўная інспекцыя "
                "працы. Ёсць грамадскія арганізацыі, якія кансультуюць замежнікаў і "
                "дапамагаюць пацярпелым ад гандлю людзьмі: даюць часовае жыллё, юрыдычную "
                "і псіхалагічную падтрымку.</p>"
                "<p>Калі не ведаеце, да каго звярнуцца, напішыце на нашу гарачую лінію праз "
                "форму на сайце.</p>"
            ),
            "en": (
                "<p>In Lithuania, labour rights violations are handled by the state labour "
                "inspectorate. Non-governmental organisations advise foreigners and help "
                "people affected by trafficking with temporary shelter, legal advice and "
                "psychological support.</p>"
                "<p>If you don't know where to turn, write to our hotline through the form on "
                "this site.</p>"
            ),
        },
        "contacts": contacts(
            embassy(
                {"ru": "в Литве", "be": "ў Літве", "en": "in Lithuania"},
                "+370 5 000 0000",
                "embassy-lithuania@example.org",
            ),
            unconfirmed(
                {
                    "ru": "Центр помощи пострадавшим",
                    "be": "Цэнтр дапамогі пацярпелым",
                    "en": "Victim support centre",
                },
                "+370 5 000 0001",
                "help-lt@example.org",
            ),
        ),
        "last_checked": "2026-10-01",
    },
    # ----------------------------------------------------------------- Germany
    {
        "key": "de",
        "iso_code": "DE",
        "slug": {"ru": "germaniya", "be": "hermaniya", "en": "germany"},
        "title": {"ru": "Германия", "be": "Германія", "en": "Germany"},
        "intro": {
            "ru": (
                "В Германию белорусы едут учиться, работать по специальности, на сезонную "
                "работу и к семье. Для работы и учёбы нужна национальная виза, а «работа по "
                "туристической визе» — прямой путь к нелегальной занятости и долгам."
            ),
            "be": (
                "У Германію беларусы едуць вучыцца, працаваць па спецыяльнасці, на сезонную "
                "працу і да сям’і. Для працы і навучання патрэбна нацыянальная віза, а "
                "«праца па турыстычнай візе» — прамы шлях да нелегальнай занятасці і даўгоў."
            ),
            "en": (
                "Belarusians go to Germany to study, to work in their profession, for seasonal "
                "jobs and to join family. Work and study require a national visa; 'working on a "
                "tourist visa' is a fast track to illegal employment and debt."
            ),
        },
        "search_description": {
            "ru": "Германия: виза, работа и учёба для граждан Беларуси, экстренные номера 110 и 112, посольство и где искать помощь.",
            "be": "Германія: віза, праца і навучанне для грамадзян Беларусі, экстранныя нумары 110 і 112, пасольства і дапамога.",
            "en": "Germany for Belarusian citizens: visas, work and study, emergency numbers 110 and 112, the embassy and local help.",
        },
        "entry_rules": {
            "ru": (
                "<p>Гражданам Беларуси нужна виза. Шенгенская виза подходит для туризма и "
                "коротких визитов, а для работы, учёбы и переезда к семье оформляют "
                "национальную визу в посольстве Германии до выезда.</p>"
                "<p>Перейти с туристической визы на рабочую, находясь в Германии, обычно "
                "нельзя. Требования и списки документов проверяйте на официальном сайте "
                "посольства Германии.</p>"
            ),
            "be": (
                "<p>Грамадзянам Беларусі патрэбна віза. Шэнгенская віза падыходзіць для "
                "турызму і кароткіх візітаў, а для працы, навучання і пераезду да сям’і "
                "афармляюць нацыянальную візу ў пасольстве Германіі да выезду.</p>"
                "<p>Перайсці з турыстычнай візы на працоўную, знаходзячыся ў Германіі, "
                "звычайна нельга. Патрабаванні і спісы дакументаў правярайце на афіцыйным "
                "сайце пасольства Германіі.</p>"
            ),
            "en": (
                "<p>Belarusian citizens need a visa. A Schengen visa covers tourism and short "
                "visits; for work, study or joining family you apply for a national visa at a "
                "German embassy before you travel.</p>"
                "<p>Switching from a tourist visa to a work visa inside Germany is usually not "
                "possible. Check requirements and document lists on the official website of "
                "the German embassy.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Для работы нужна национальная виза с целью «работа». Обычно требуется "
                "конкретное предложение от работодателя, а для многих профессий — признание "
                "вашего диплома или квалификации в Германии. Во многих случаях работу "
                "дополнительно согласовывает Федеральное агентство по труду.</p>"
                "<ul>"
                "<li>Подписывайте договор до выезда и храните его копию дома.</li>"
                "<li>Если вам предлагают ехать по туристической визе и «оформиться потом» — "
                "откажитесь.</li>"
                "</ul>"
            ),
            "be": (
                "<p>Для працы патрэбна нацыянальная віза з мэтай «праца». Звычайна "
                "патрабуецца канкрэтная прапанова ад працадаўцы, а для многіх прафесій — "
                "прызнанне вашага дыплома або кваліфікацыі ў Германіі. У многіх выпадках "
                "працу дадаткова ўзгадняе Федэральнае агенцтва па працы.</p>"
                "<ul>"
                "<li>Падпісвайце дагавор да выезду і захоўвайце яго копію дома.</li>"
                "<li>Калі вам прапануюць ехаць па турыстычнай візе і «аформіцца потым» — "
                "адмаўляйцеся.</li>"
                "</ul>"
            ),
            "en": (
                "<p>Work requires a national visa issued for employment. You normally need a "
                "concrete job offer, and for many occupations your diploma or qualification "
                "has to be recognised in Germany. In many cases the Federal Employment Agency "
                "must also approve the job.</p>"
                "<ul>"
                "<li>Sign the contract before you leave and keep a copy at home.</li>"
                "<li>If you're told to come on a tourist visa and 'get the papers later', say no.</li>"
                "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы нужна национальная студенческая виза. Обычно нужно показать "
                "зачисление или приглашение на подготовительные курсы и деньги на жизнь, "
                "например на специальном заблокированном счёте.</p>"
                "<p>После приезда нужно зарегистрировать адрес и получить вид на "
                "жительство. Студентам разрешено подрабатывать, но в ограниченном объёме.</p>"
            ),
            "be": (
                "<p>Для навучання патрэбна нацыянальная студэнцкая віза. Звычайна трэба "
                "паказаць залічэнне або запрашэнне на падрыхтоўчыя курсы і грошы на жыццё, "
                "напрыклад на спецыяльным заблакаваным рахунку.</p>"
                "<p>Пасля прыезду трэба зарэгістраваць адрас і атрымаць від на жыхарства. "
                "Студэнтам дазволена падпрацоўваць, але ў абмежаваным аб’ёме.</p>"
            ),
            "en": (
                "<p>Study requires a national student visa. You usually have to show an offer "
                "of admission or a place on a preparatory course, plus money to live on, for "
                "example in a special blocked account.</p>"
                "<p>After arrival you register your address and obtain a residence permit. "
                "Students may work part-time, within limits.</p>"
            ),
        },
        "emergency_numbers": {
            "ru": (
                "<ul>"
                "<li><strong>110</strong> — полиция</li>"
                "<li><strong>112</strong> — скорая помощь и пожарные (также единый "
                "европейский номер экстренных служб)</li>"
                "</ul>"
            ),
            "be": (
                "<ul>"
                "<li><strong>110</strong> — паліцыя</li>"
                "<li><strong>112</strong> — хуткая дапамога і пажарныя (таксама адзіны "
                "еўрапейскі нумар экстранных службаў)</li>"
                "</ul>"
            ),
            "en": (
                "<ul>"
                "<li><strong>110</strong> — police</li>"
                "<li><strong>112</strong> — ambulance and fire brigade (also the single "
                "European emergency number)</li>"
                "</ul>"
            ),
        },
        "embassy": {
            "ru": (
                "<p>Посольство Беларуси находится в Берлине. Консул выдаёт документ для "
                "возвращения домой, если паспорт утерян или украден, помогает, если вас "
                "задержали или вы попали в больницу, и может сообщить о случившемся "
                "родственникам.</p>"
                "<p>Сохраните эти контакты и на бумаге: телефон могут отобрать или он может "
                "разрядиться.</p>"
            ),
            "be": (
                "<p>Пасольства Беларусі знаходзіцца ў Берліне. Консул выдае дакумент для "
                "вяртання дадому, калі пашпарт згублены або скрадзены, дапамагае, калі вас "
                "затрымалі або вы трапілі ў бальніцу, і можа паведаміць пра здарэнне "
                "сваякам.</p>"
                "<p>Захавайце гэтыя кантакты і на паперы: тэлефон могуць адабраць або ён "
                "можа разрадзіцца.</p>"
            ),
            "en": (
                "<p>The Embassy of Belarus is in Berlin. The consul can issue a document to "
                "travel home if your passport is lost or stolen, help if you are detained or "
                "in hospital, and let your family know what has happened.</p>"
                "<p>Keep these contacts on paper too: a phone can be taken away or run out of "
                "battery.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>Во многих городах Германии работают бесплатные консультации для "
                "трудовых мигрантов: там объясняют права работника и помогают добиться "
                "невыплаченной зарплаты. В большинстве федеральных земель есть специализированные "
                "центры помощи пострадавшим от торговли людьми.</p>"
                "<p>Наша горячая линия поможет найти нужную организацию — напишите через "
                "форму на сайте.</p>"
            ),
            "be": (
                "<p>У многіх гарадах Германіі працуюць бясплатныя кансультацыі для "
                "працоўных мігрантаў: там тлумачаць правы работніка і дапамагаюць "
                "атрымаць нявыплачаны заробак. У большасці федэральных зямель ёсць "
                "спецыялізаваныя цэнтры дапамогі пацярпелым ад гандлю людзьмі.</p>"
                "<p>Наша гарачая лінія дапаможа знайсці патрэбную арганізацыю — напішыце "
                "праз форму на сайце.</p>"
            ),
            "en": (
                "<p>Many German cities have free advice services for migrant workers, which "
                "explain your rights and help you recover unpaid wages. Most federal states "
                "have specialist support centres for people affected by trafficking.</p>"
                "<p>Our hotline can help you find the right organisation: write to us through "
                "the form on this site.</p>"
            ),
        },
        "contacts": contacts(
            embassy(
                {"ru": "в Германии", "be": "ў Германіі", "en": "in Germany"},
                "+49 30 0000 0000",
                "embassy-germany@example.org",
            ),
            unconfirmed(
                {
                    "ru": "Консультация для работников-мигрантов",
                    "be": "Кансультацыя для работнікаў-мігрантаў",
                    "en": "Advice service for migrant workers",
                },
                "+49 30 0000 0001",
                "help-de@example.org",
            ),
        ),
        "last_checked": "2026-10-01",
        "sources": sources(MAKE_IT_IN_GERMANY, EU_IMMIGRATION_PORTAL, FOREIGN_MINISTRY),
    },
    # ----------------------------------------------------------------- Czechia
    {
        "key": "cz",
        "iso_code": "CZ",
        "slug": {"ru": "chekhiya", "be": "chekhiya", "en": "czechia"},
        "title": {"ru": "Чехия", "be": "Чэхія", "en": "Czechia"},
        "intro": {
            "ru": (
                "В Чехию белорусы едут работать на заводы, стройки и в сферу услуг, а также "
                "учиться. Будьте осторожны с агентствами, которые берут деньги за "
                "«трудоустройство» и передают людей по цепочке посредников."
            ),
            "be": (
                "У Чэхію беларусы едуць працаваць на заводы, будоўлі і ў сферу паслуг, а "
                "таксама вучыцца. Будзьце асцярожныя з агенцтвамі, якія бяруць грошы за "
                "«працаўладкаванне» і перадаюць людзей па ланцужку пасярэднікаў."
            ),
            "en": (
                "Belarusians go to Czechia to work in factories, construction and services, "
                "and to study. Be careful with agencies that charge for 'finding you a job' "
                "and pass people along a chain of middlemen."
            ),
        },
        "search_description": {
            "ru": "Чехия: виза, карта сотрудника, учёба для граждан Беларуси, экстренные номера, посольство и где искать помощь.",
            "be": "Чэхія: віза, картка супрацоўніка, навучанне для грамадзян Беларусі, экстранныя нумары, пасольства і дапамога.",
            "en": "Czechia for Belarusian citizens: visas, the employee card, study, emergency numbers, the embassy and local help.",
        },
        "entry_rules": {
            "ru": (
                "<p>Чехия входит в ЕС и Шенгенскую зону, гражданам Беларуси нужна виза. "
                "Для поездок до 90 дней подходит шенгенская виза, для работы и учёбы — "
                "долгосрочная виза или вид на жительство.</p>"
                "<p>Приём документов в чешских консульствах для граждан Беларуси может быть "
                "ограничен. Проверяйте актуальный порядок на официальном сайте МИД Чехии.</p>"
            ),
            "be": (
                "<p>Чэхія ўваходзіць у ЕС і Шэнгенскую зону, грамадзянам Беларусі патрэбна "
                "віза. Для паездак да 90 дзён падыходзіць шэнгенская віза, для працы і "
                "навучання — доўгатэрміновая віза або від на жыхарства.</p>"
                "<p>Прыём дакументаў у чэшскіх консульствах для грамадзян Беларусі можа "
                "быць абмежаваны. Правярайце актуальны парадак на афіцыйным сайце МЗС "
                "Чэхіі.</p>"
            ),
            "en": (
                "<p>Czechia is in the EU and the Schengen area, and Belarusian citizens need a "
                "visa. A Schengen visa covers stays of up to 90 days; work and study need a "
                "long-stay visa or a residence permit.</p>"
                "<p>Czech consulates may accept only a limited number of applications from "
                "Belarusian citizens. Check the current procedure on the official website of "
                "the Czech Ministry of Foreign Affairs.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Основной документ для работы — карта сотрудника: она даёт право жить в "
                "Чехии и работать у конкретного работодателя на конкретной должности. "
                "Заявление подают в посольстве Чехии до въезда.</p>"
                "<ul>"
                "<li>Проверьте, кто именно будет вашим работодателем по договору — компания "
                "или агентство.</li>"
                "<li>Смена работодателя или должности требует уведомления властей или "
                "нового разрешения.</li>"
                "<li>Паспорт и карта сотрудника всегда остаются у вас.</li>"
                "</ul>"
            ),
            "be": (
                "<p>Асноўны дакумент для працы — картка супрацоўніка: яна дае права жыць у "
                "Чэхіі і працаваць у канкрэтнага працадаўцы на канкрэтнай пасадзе. Заяву "
                "падаюць у пасольстве Чэхіі да ўезду.</p>"
                "<ul>"
                "<li>Праверце, хто менавіта будзе вашым працадаўцам паводле дагавора — "
                "кампанія ці агенцтва.</li>"
                "<li>Змена працадаўцы або пасады патрабуе паведамлення ўладам або новага "
                "дазволу.</li>"
                "<li>Пашпарт і картка супрацоўніка заўсёды застаюцца ў вас.</li>"
                "</ul>"
            ),
            "en": (
                "<p>The main work document is the employee card, which lets you live in Czechia "
                "and work for a specific employer in a specific job. You apply at a Czech "
                "embassy before you travel.</p>"
                "<ul>"
                "<li>Check who your employer is under the contract: the company itself or an "
                "agency.</li>"
                "<li>Changing employer or job means notifying the authorities or getting a new "
                "permit.</li>"
                "<li>Your passport and employee card always stay with you.</li>"
                "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы дольше 90 дней нужна долгосрочная виза или вид на жительство "
                "с целью «учёба» на основании зачисления. Учёба в государственных вузах на "
                "чешском языке бесплатна и для иностранцев, программы на других языках "
                "платные.</p>"
                "<p>Остерегайтесь платных «гарантированных поступлений» через посредников: "
                "поступить можно только по результатам экзаменов и решению вуза.</p>"
            ),
            "be": (
                "<p>Для навучання больш за 90 дзён патрэбна доўгатэрміновая віза або від на "
                "жыхарства з мэтай «навучанне» на падставе залічэння. Навучанне ў "
                "дзяржаўных ВНУ на чэшскай мове бясплатнае і для замежнікаў, праграмы на "
                "іншых мовах платныя.</p>"
                "<p>Сцеражыцеся платных «гарантаваных паступленняў» праз пасярэднікаў: "
                "паступіць можна толькі па выніках экзаменаў і рашэнні ВНУ.</p>"
            ),
            "en": (
                "<p>Studying for more than 90 days requires a long-stay visa or residence "
                "permit for study, based on admission. Degree programmes taught in Czech at "
                "public universities are free for foreigners too; programmes in other "
                "languages charge fees.</p>"
                "<p>Beware of paid 'guaranteed admission' through middlemen: only the "
                "university's own exams and decision can get you in.</p>"
            ),
        },
        "emergency_numbers": {
            "ru": (
                "<ul>" + EMERGENCY_112["ru"] + "<li><strong>158</strong> — полиция</li>"
                "<li><strong>155</strong> — скорая помощь</li>"
                "<li><strong>150</strong> — пожарная служба</li>"
                "</ul>"
            ),
            "be": (
                "<ul>" + EMERGENCY_112["be"] + "<li><strong>158</strong> — паліцыя</li>"
                "<li><strong>155</strong> — хуткая дапамога</li>"
                "<li><strong>150</strong> — пажарная служба</li>"
                "</ul>"
            ),
            "en": (
                "<ul>" + EMERGENCY_112["en"] + "<li><strong>158</strong> — police</li>"
                "<li><strong>155</strong> — ambulance</li>"
                "<li><strong>150</strong> — fire brigade</li>"
                "</ul>"
            ),
        },
        "embassy": {
            "ru": (
                "<p>Посольство Беларуси находится в Праге. Туда обращаются, если паспорт "
                "утерян или украден и нужен документ для возвращения, при задержании, "
                "тяжёлой болезни или несчастном случае, а также когда нужно связаться с "
                "семьёй.</p>"
            ),
            "be": (
                "<p>Пасольства Беларусі знаходзіцца ў Празе. Туды звяртаюцца, калі пашпарт "
                "згублены або скрадзены і патрэбны дакумент для вяртання, пры затрыманні, "
                "цяжкай хваробе або няшчасным выпадку, а таксама калі трэба звязацца з "
                "сям’ёй.</p>"
            ),
            "en": (
                "<p>The Embassy of Belarus is in Prague. Turn to it if your passport is lost or "
                "stolen and you need a document to travel home, if you are detained, seriously "
                "ill or have had an accident, or if you need help contacting your family.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>В регионах Чехии работают центры поддержки иностранцев: там "
                "консультируют по документам, работе и жилью. Жалобы на работодателя "
                "принимает государственная инспекция труда, а общественные организации "
                "помогают пострадавшим от торговли людьми и трудовой эксплуатации.</p>"
                "<p>Вы также можете написать на нашу горячую линию через форму на сайте.</p>"
            ),
            "be": (
                "<p>У рэгіёнах Чэхіі працуюць цэнтры падтрымкі замежнікаў: там "
                "кансультуюць па дакументах, працы і жыллі. Скаргі на працадаўцу прымае "
                "дзяржаўная інспекцыя працы, а грамадскія арганізацыі дапамагаюць "
                "пацярпелым ад гандлю людзьмі і працоўнай эксплуатацыі.</p>"
                "<p>Вы таксама можаце напісаць на нашу гарачую лінію праз форму на сайце.</p>"
            ),
            "en": (
                "<p>Czech regions have support centres for foreigners offering advice on "
                "documents, work and housing. Complaints about employers go to the state "
                "labour inspectorate, and non-governmental organisations help people affected "
                "by trafficking and labour exploitation.</p>"
                "<p>You can also write to our hotline through the form on this site.</p>"
            ),
        },
        "contacts": contacts(
            embassy(
                {"ru": "в Чехии", "be": "ў Чэхіі", "en": "in Czechia"},
                "+420 200 000 000",
                "embassy-czechia@example.org",
            ),
            unconfirmed(
                {
                    "ru": "Центр поддержки иностранцев",
                    "be": "Цэнтр падтрымкі замежнікаў",
                    "en": "Support centre for foreigners",
                },
                "+420 200 000 001",
                "help-cz@example.org",
            ),
        ),
        "last_checked": "2026-10-01",
    },
    # ------------------------------------------------------------------- Italy
    {
        "key": "it",
        "iso_code": "IT",
        "slug": {"ru": "italiya", "be": "italiya", "en": "italy"},
        "title": {"ru": "Италия", "be": "Італія", "en": "Italy"},
        "intro": {
            "ru": (
                "В Италию белорусы едут ухаживать за пожилыми, работать в сельском хозяйстве "
                "и туризме, учиться и выходить замуж. Особенно осторожно относитесь к "
                "сезонной работе на полях и к работе сиделкой без договора."
            ),
            "be": (
                "У Італію беларусы едуць даглядаць пажылых людзей, працаваць у сельскай "
                "гаспадарцы і турызме, вучыцца і выходзіць замуж. Асабліва асцярожна "
                "стаўцеся да сезоннай працы на палях і да працы дагледжвальніцай без "
                "дагавора."
            ),
            "en": (
                "Belarusians go to Italy to care for elderly people, work in farming and "
                "tourism, study and marry. Take special care with seasonal field work and "
                "with live-in care jobs that come without a contract."
            ),
        },
        "search_description": {
            "ru": "Италия: виза, работа по квотам и учёба для граждан Беларуси, номер 112, посольство и где искать помощь.",
            "be": "Італія: віза, праца па квотах і навучанне для грамадзян Беларусі, нумар 112, пасольства і дзе шукаць дапамогу.",
            "en": "Italy for Belarusian citizens: visas, quota-based work permits, study, emergency number 112, the embassy and local help.",
        },
        "entry_rules": {
            "ru": (
                "<p>Гражданам Беларуси нужна виза: шенгенская — для туризма и коротких "
                "поездок, национальная — для работы, учёбы и воссоединения семьи.</p>"
                "<p>После приезда по национальной визе в короткий срок нужно подать "
                "документы на вид на жительство (permesso di soggiorno). Сохраняйте "
                "квитанцию о подаче — она подтверждает ваш законный статус, пока документ "
                "готовится.</p>"
            ),
            "be": (
                "<p>Грамадзянам Беларусі патрэбна віза: шэнгенская — для турызму і кароткіх "
                "паездак, нацыянальная — для працы, навучання і ўз’яднання сям’і.</p>"
                "<p>Пасля прыезду па нацыянальнай візе ў кароткі тэрмін трэба падаць "
                "дакументы на від на жыхарства (permesso di soggiorno). Захоўвайце "
                "квітанцыю аб падачы — яна пацвярджае ваш законны статус, пакуль дакумент "
                "рыхтуецца.</p>"
            ),
            "en": (
                "<p>Belarusian citizens need a visa: a Schengen visa for tourism and short "
                "trips, a national visa for work, study or family reunification.</p>"
                "<p>Soon after arriving on a national visa you must apply for a residence "
                "permit (permesso di soggiorno). Keep the receipt for your application: it "
                "proves your legal status while the permit is being prepared.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Граждане стран вне ЕС могут работать в Италии в рамках ежегодных квот. "
                "Работодатель в Италии подаёт запрос и получает разрешение (nulla osta), "
                "после чего вы оформляете рабочую визу в итальянском консульстве.</p>"
                "<ul>"
                "<li>Не соглашайтесь ехать по туристической визе с обещанием «оформить "
                "потом».</li>"
                "<li>Сиделкам и домашним работникам тоже положен письменный договор и "
                "выходные дни.</li>" + PASSPORT_STAYS_WITH_YOU["ru"] + "</ul>"
            ),
            "be": (
                "<p>Грамадзяне краін па-за ЕС могуць працаваць у Італіі ў межах штогадовых "
                "квот. Працадаўца ў Італіі падае запыт і атрымлівае дазвол (nulla osta), "
                "пасля чаго вы афармляеце працоўную візу ў італьянскім консульстве.</p>"
                "<ul>"
                "<li>Не пагаджайцеся ехаць па турыстычнай візе з абяцаннем «аформіць "
                "потым».</li>"
                "<li>Дагледжвальніцам і хатнім работнікам таксама належыць пісьмовы "
                "дагавор і выхадныя дні.</li>" + PASSPORT_STAYS_WITH_YOU["be"] + "</ul>"
            ),
            "en": (
                "<p>Non-EU citizens can work in Italy under yearly quotas. The employer in Italy "
                "applies for and obtains clearance (nulla osta), and then you apply for a work "
                "visa at an Italian consulate.</p>"
                "<ul>"
                "<li>Don't agree to travel on a tourist visa with a promise that the papers "
                "will 'come later'.</li>"
                "<li>Carers and domestic workers are also entitled to a written contract and "
                "days off.</li>" + PASSPORT_STAYS_WITH_YOU["en"] + "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы нужна национальная студенческая виза на основании "
                "предварительного зачисления в итальянский вуз. После приезда оформляется "
                "вид на жительство для учёбы.</p>"
                "<p>Студентам разрешено подрабатывать в ограниченном объёме. Проверьте, что "
                "вуз официально признан в Италии.</p>"
            ),
            "be": (
                "<p>Для навучання патрэбна нацыянальная студэнцкая віза на падставе "
                "папярэдняга залічэння ў італьянскую ВНУ. Пасля прыезду афармляецца від на "
                "жыхарства для навучання.</p>"
                "<p>Студэнтам дазволена падпрацоўваць у абмежаваным аб’ёме. Праверце, што "
                "ВНУ афіцыйна прызнаная ў Італіі.</p>"
            ),
            "en": (
                "<p>Study requires a national student visa based on pre-enrolment at an "
                "Italian university. After arrival you apply for a residence permit for "
                "study.</p>"
                "<p>Students may work part-time within limits. Check that the university is "
                "officially recognised in Italy.</p>"
            ),
        },
        "emergency_numbers": ONLY_EMERGENCY_NUMBER_112,
        "embassy": {
            "ru": (
                "<p>Посольство Беларуси находится в Риме. Консул поможет с документом для "
                "возвращения домой, если паспорт пропал, навестит или свяжется с вами при "
                "задержании и поможет сообщить родным, если с вами что-то случилось.</p>"
            ),
            "be": (
                "<p>Пасольства Беларусі знаходзіцца ў Рыме. Консул дапаможа з дакументам "
                "для вяртання дадому, калі пашпарт прапаў, наведае вас або звяжацца з вамі "
                "пры затрыманні і дапаможа паведаміць родным, калі з вамі нешта здарылася.</p>"
            ),
            "en": (
                "<p>The Embassy of Belarus is in Rome. The consul can help with a document to "
                "travel home if your passport is gone, visit or contact you if you are "
                "detained, and help tell your family if something has happened to you.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>В Италии есть национальная бесплатная линия помощи пострадавшим от "
                "торговли людьми и сеть организаций, которые дают им защиту, жильё и "
                "помощь с документами. Работникам помогают профсоюзные консультационные "
                "пункты для мигрантов.</p>"
                "<p>Наша горячая линия поможет связаться с нужной организацией — напишите "
                "через форму на сайте.</p>"
            ),
            "be": (
                "<p>У Італіі ёсць нацыянальная бясплатная лінія дапамогі пацярпелым ад "
                "гандлю людзьмі і сетка арганізацый, якія даюць ім абарону, жыллё і "
                "дапамогу з дакументамі. Работнікам дапамагаюць прафсаюзныя "
                "кансультацыйныя пункты для мігрантаў.</p>"
                "<p>Наша гарачая лінія дапаможа звязацца з патрэбнай арганізацыяй — "
                "напішыце праз форму на сайце.</p>"
            ),
            "en": (
                "<p>Italy has a national free helpline for people affected by trafficking and a "
                "network of organisations that offer protection, shelter and help with "
                "documents. Trade union advice desks for migrants help workers with "
                "employment problems.</p>"
                "<p>Our hotline can help you reach the right organisation: write to us through "
                "the form on this site.</p>"
            ),
        },
        "contacts": contacts(
            embassy(
                {"ru": "в Италии", "be": "ў Італіі", "en": "in Italy"},
                "+39 06 0000 0000",
                "embassy-italy@example.org",
            ),
            contact_card(
                {
                    "ru": "Национальная линия помощи пострадавшим от торговли людьми "
                    "(Numero Verde Antitratta)",
                    "be": "Нацыянальная лінія дапамогі пацярпелым ад гандлю людзьмі "
                    "(Numero Verde Antitratta)",
                    "en": "National anti-trafficking helpline (Numero Verde Antitratta)",
                },
                phone="800 290 290",
                hours=AROUND_THE_CLOCK,
                note={
                    "ru": "Звонок бесплатный. Помогут людям, которых принуждают работать "
                    "или удерживают, и подскажут, где найти защиту и жильё.",
                    "be": "Званок бясплатны. Дапамогуць людзям, якіх прымушаюць працаваць "
                    "або ўтрымліваюць, і падкажуць, дзе знайсці абарону і жыллё.",
                    "en": "Free to call. For people forced to work or held against their "
                    "will: they will tell you where to find protection and shelter.",
                },
            ),
        ),
        "last_checked": "2026-10-01",
        "sources": sources(ITALY_VISA_PORTAL, EU_IMMIGRATION_PORTAL, FOREIGN_MINISTRY),
    },
    # ------------------------------------------------------------------ Turkey
    {
        "key": "tr",
        "iso_code": "TR",
        "slug": {"ru": "turtsiya", "be": "turtsyya", "en": "turkey"},
        "title": {"ru": "Турция", "be": "Турцыя", "en": "Turkey"},
        "intro": {
            "ru": (
                "В Турцию белорусы едут отдыхать, работать в отелях, салонах и ресторанах, "
                "нянями и сиделками, а также выходить замуж. Безвизовый въезд даёт право "
                "только на поездку: работа без разрешения делает человека беззащитным "
                "перед работодателем."
            ),
            "be": (
                "У Турцыю беларусы едуць адпачываць, працаваць у гатэлях, салонах і "
                "рэстаранах, нянямі і дагледжвальніцамі, а таксама выходзіць замуж. "
                "Бязвізавы ўезд дае права толькі на паездку: праца без дазволу робіць "
                "чалавека безабаронным перад працадаўцам."
            ),
            "en": (
                "Belarusians go to Turkey on holiday, to work in hotels, salons and restaurants, "
                "as nannies and carers, and to marry. Visa-free entry only covers a visit: "
                "working without a permit leaves you with no protection against your employer."
            ),
        },
        "search_description": {
            "ru": "Турция: въезд, разрешение на работу и учёба для граждан Беларуси, номер 112, посольство и где искать помощь.",
            "be": "Турцыя: уезд, дазвол на працу і навучанне для грамадзян Беларусі, нумар 112, пасольства і дзе шукаць дапамогу.",
            "en": "Turkey for Belarusian citizens: entry, work permits, study, emergency number 112, the embassy and where to find help.",
        },
        "entry_rules": {
            "ru": (
                "<p>Для коротких поездок гражданам Беларуси виза сейчас не нужна, но срок "
                "безвизового пребывания ограничен. Превышение срока грозит штрафом и "
                "запретом на въезд на несколько лет.</p>"
                "<p>Для работы, учёбы и долгого проживания нужны другие основания: "
                "разрешение на работу или вид на жительство. Точные сроки проверяйте на "
                "официальных сайтах МИД Турции и Беларуси.</p>"
            ),
            "be": (
                "<p>Для кароткіх паездак грамадзянам Беларусі віза цяпер не патрэбна, але "
                "тэрмін бязвізавага знаходжання абмежаваны. За перавышэнне тэрміну пагражае "
                "штраф і забарона на ўезд на некалькі гадоў.</p>"
                "<p>Для працы, навучання і доўгага пражывання патрэбны іншыя падставы: "
                "дазвол на працу або від на жыхарства. Дакладныя тэрміны правярайце на "
                "афіцыйных сайтах МЗС Турцыі і Беларусі.</p>"
            ),
            "en": (
                "<p>Belarusian citizens currently need no visa for short trips, but visa-free "
                "stays are limited in length. Overstaying can lead to a fine and a ban on "
                "entering Turkey for several years.</p>"
                "<p>Work, study and longer stays need a different basis: a work permit or a "
                "residence permit. Check the exact limits on the official websites of the "
                "Turkish and Belarusian foreign ministries.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Законно работать можно только с разрешением на работу, которое "
                "оформляет работодатель в Турции через государственные органы. Туристический "
                "въезд и вид на жительство для проживания права на работу не дают.</p>"
                "<ul>"
                "<li>Будьте особенно осторожны с вакансиями «хостес», танцовщицы, "
                "массажистки и «работы в ночных клубах».</li>"
                "<li>Няне или сиделке, живущей в семье, тоже нужны разрешение и договор.</li>"
                + PASSPORT_STAYS_WITH_YOU["ru"]
                + "</ul>"
            ),
            "be": (
                "<p>Законна працаваць можна толькі з дазволам на працу, які афармляе "
                "працадаўца ў Турцыі праз дзяржаўныя органы. Турыстычны ўезд і від на "
                "жыхарства для пражывання права на працу не даюць.</p>"
                "<ul>"
                "<li>Будзьце асабліва асцярожныя з вакансіямі «хостэс», танцоўшчыцы, "
                "масажысткі і «працы ў начных клубах».</li>"
                "<li>Няні або дагледжвальніцы, якая жыве ў сям’і, таксама патрэбны дазвол і "
                "дагавор.</li>" + PASSPORT_STAYS_WITH_YOU["be"] + "</ul>"
            ),
            "en": (
                "<p>You can only work legally with a work permit, which the employer in Turkey "
                "obtains from the authorities. Visa-free entry and a residence permit for "
                "living in Turkey do not give you the right to work.</p>"
                "<ul>"
                "<li>Be especially careful with jobs advertised as 'hostess', dancer, masseuse "
                "or 'nightclub work'.</li>"
                "<li>A live-in nanny or carer also needs a permit and a contract.</li>"
                + PASSPORT_STAYS_WITH_YOU["en"]
                + "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы нужно зачисление в турецкий вуз, студенческая виза и после "
                "приезда — студенческий вид на жительство. Вуз обычно подсказывает порядок "
                "оформления.</p>"
                "<p>Студенческий статус сам по себе не даёт права на полноценную работу.</p>"
            ),
            "be": (
                "<p>Для навучання патрэбна залічэнне ў турэцкую ВНУ, студэнцкая віза і пасля "
                "прыезду — студэнцкі від на жыхарства. ВНУ звычайна падказвае парадак "
                "афармлення.</p>"
                "<p>Студэнцкі статус сам па сабе не дае права на паўнавартасную працу.</p>"
            ),
            "en": (
                "<p>To study you need admission to a Turkish university, a student visa and, "
                "after arrival, a student residence permit. The university will usually "
                "explain the steps.</p>"
                "<p>Student status on its own does not give you the right to work full-time.</p>"
            ),
        },
        "emergency_numbers": ONLY_EMERGENCY_NUMBER_112,
        "embassy": {
            "ru": (
                "<p>Посольство Беларуси находится в Анкаре; жителям Стамбула и побережья "
                "стоит уточнить, есть ли консульское учреждение ближе. Консул поможет, если "
                "пропал паспорт, если вас задержали, вы попали в больницу или не можете "
                "уехать домой.</p>"
            ),
            "be": (
                "<p>Пасольства Беларусі знаходзіцца ў Анкары; жыхарам Стамбула і ўзбярэжжа "
                "варта ўдакладніць, ці ёсць консульская ўстанова бліжэй. Консул дапаможа, "
                "калі прапаў пашпарт, калі вас затрымалі, вы трапілі ў бальніцу або не "
                "можаце паехаць дадому.</p>"
            ),
            "en": (
                "<p>The Embassy of Belarus is in Ankara; if you are in Istanbul or on the coast, "
                "check whether there is a consular office closer to you. The consul can help if "
                "your passport is gone, if you are detained, in hospital or unable to leave "
                "for home.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>В Турции есть государственная справочная линия для иностранцев, которая "
                "принимает и сообщения о торговле людьми, а также общественные организации, "
                "помогающие женщинам и мигрантам. Консультации на русском языке бывают не "
                "везде, поэтому по возможности заранее найдите человека, который поможет с "
                "переводом.</p>"
                "<p>Наша горячая линия поможет разобраться в ситуации и найти помощь — "
                "напишите через форму на сайте.</p>"
            ),
            "be": (
                "<p>У Турцыі ёсць дзяржаўная даведачная лінія для замежнікаў, якая прымае і "
                "паведамленні пра гандаль людзьмі, а таксама грамадскія арганізацыі, якія "
                "дапамагаюць жанчынам і мігрантам. Кансультацыі на рускай мове бываюць не "
                "ўсюды, таму па магчымасці загадзя знайдзіце чалавека, які дапаможа з "
                "перакладам.</p>"
                "<p>Наша гарачая лінія дапаможа разабрацца ў сітуацыі і знайсці дапамогу — "
                "напішыце праз форму на сайце.</p>"
            ),
            "en": (
                "<p>Turkey has a state information line for foreigners that also takes reports "
                "of trafficking, and non-governmental organisations that support women and "
                "migrants. Help in Russian isn't available everywhere, so if you can, find "
                "someone in advance who can interpret for you.</p>"
                "<p>Our hotline can help you make sense of the situation and find support: write "
                "to us through the form on this site.</p>"
            ),
        },
        "contacts": contacts(
            embassy(
                {"ru": "в Турции", "be": "ў Турцыі", "en": "in Turkey"},
                "+90 312 000 00 00",
                "embassy-turkey@example.org",
            ),
            contact_card(
                {
                    "ru": "YİMER — Центр связи с иностранцами, линия 157",
                    "be": "YİMER — Цэнтр сувязі з замежнікамі, лінія 157",
                    "en": "YİMER Foreigners Communication Centre, line 157",
                },
                phone="157",
                hours=AROUND_THE_CLOCK,
                note={
                    "ru": "Государственная справочная линия для иностранцев; отвечают и "
                    "на русском языке. Сюда можно сообщить и о торговле людьми.",
                    "be": "Дзяржаўная даведачная лінія для замежнікаў; адказваюць і на "
                    "рускай мове. Сюды можна паведаміць і пра гандаль людзьмі.",
                    "en": "The state information line for foreigners; it answers in Russian "
                    "too. Reports of human trafficking are taken here as well.",
                },
            ),
        ),
        "last_checked": "2026-10-01",
        "sources": sources(TURKEY_MIGRATION_MANAGEMENT, FOREIGN_MINISTRY),
    },
    # ------------------------------------------------------------------ Russia
    {
        "key": "ru",
        "iso_code": "RU",
        "slug": {"ru": "rossiya", "be": "rasiya", "en": "russia"},
        "title": {"ru": "Россия", "be": "Расія", "en": "Russia"},
        "intro": {
            "ru": (
                "Россия — страна, куда белорусы чаще всего едут на заработки: гражданам "
                "Беларуси не нужны виза и разрешение на работу. Но без письменного трудового "
                "договора легко остаться без зарплаты, жилья и защиты."
            ),
            "be": (
                "Расія — краіна, куды беларусы найчасцей едуць на заробкі: грамадзянам "
                "Беларусі не патрэбныя віза і дазвол на працу. Але без пісьмовага працоўнага "
                "дагавора лёгка застацца без заробку, жылля і абароны."
            ),
            "en": (
                "Russia is where Belarusians most often go to earn money: Belarusian citizens "
                "need neither a visa nor a work permit. But without a written employment "
                "contract it is easy to end up with no pay, no housing and no protection."
            ),
        },
        "search_description": {
            "ru": "Россия: въезд, работа без разрешения, регистрация и учёба для граждан Беларуси, экстренные номера, посольство.",
            "be": "Расія: уезд, праца без дазволу, рэгістрацыя і навучанне для грамадзян Беларусі, экстранныя нумары, пасольства.",
            "en": "Russia for Belarusian citizens: entry, work without a permit, registration, study, emergency numbers and the embassy.",
        },
        "entry_rules": {
            "ru": (
                "<p>Гражданам Беларуси виза в Россию не нужна, въезжать можно по "
                "действующему паспорту. Для детей правила въезда проверяйте отдельно.</p>"
                "<p>После приезда нужно в установленный срок встать на учёт по месту "
                "пребывания (регистрация). Сроки и порядок проверяйте на официальном сайте "
                "МВД России: нарушения могут привести к штрафу.</p>"
            ),
            "be": (
                "<p>Грамадзянам Беларусі віза ў Расію не патрэбна, уязджаць можна па "
                "сапраўдным пашпарце. Для дзяцей правілы ўезду правярайце асобна.</p>"
                "<p>Пасля прыезду трэба ва ўстаноўлены тэрмін стаць на ўлік па месцы "
                "знаходжання (рэгістрацыя). Тэрміны і парадак правярайце на афіцыйным сайце "
                "МУС Расіі: парушэнні могуць прывесці да штрафу.</p>"
            ),
            "en": (
                "<p>Belarusian citizens need no visa for Russia and can enter with a valid "
                "passport. Check the rules for children separately.</p>"
                "<p>After arrival you must register at your place of stay within a set period. "
                "Check the deadlines and procedure on the official website of the Russian "
                "Ministry of Internal Affairs: breaking the rules can mean a fine.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Граждане Беларуси могут работать в России без разрешения на работу и "
                "патента, на тех же условиях, что и граждане России.</p>"
                "<ul>"
                "<li>Требуйте письменный трудовой договор в день выхода на работу: без "
                "него трудно доказать, что вы работали.</li>"
                "<li>Осторожно с «вахтой», где всё обещают на словах, и с вакансиями с "
                "необычно высокой оплатой за размытые обязанности.</li>"
                "<li>Паспорт никому не отдавайте «на хранение» или «для оформления».</li>"
                "</ul>"
            ),
            "be": (
                "<p>Грамадзяне Беларусі могуць працаваць у Расіі без дазволу на працу і "
                "патэнта, на тых жа ўмовах, што і грамадзяне Расіі.</p>"
                "<ul>"
                "<li>Патрабуйце пісьмовы працоўны дагавор у дзень выхаду на працу: без "
                "яго цяжка даказаць, што вы працавалі.</li>"
                "<li>Асцярожна з «вахтай», дзе ўсё абяцаюць на словах, і з вакансіямі з "
                "незвычайна высокай аплатай за невыразныя абавязкі.</li>"
                "<li>Пашпарт нікому не аддавайце «на захоўванне» або «для афармлення».</li>"
                "</ul>"
            ),
            "en": (
                "<p>Belarusian citizens can work in Russia without a work permit or patent, on "
                "the same terms as Russian citizens.</p>"
                "<ul>"
                "<li>Ask for a written employment contract on your first day: without one it "
                "is hard to prove you worked at all.</li>"
                "<li>Be wary of rotation ('vakhta') jobs where everything is promised by word "
                "of mouth, and of unusually high pay for vaguely described work.</li>"
                "<li>Never hand your passport over 'for safekeeping' or 'for the paperwork'.</li>"
                "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Виза для учёбы не нужна. Граждане Беларуси, как правило, поступают в "
                "российские вузы на равных условиях с гражданами России — уточните порядок "
                "в приёмной комиссии выбранного вуза.</p>"
                "<p>Не забывайте о регистрации по месту пребывания, в том числе в "
                "общежитии.</p>"
            ),
            "be": (
                "<p>Віза для навучання не патрэбна. Грамадзяне Беларусі, як правіла, "
                "паступаюць у расійскія ВНУ на роўных умовах з грамадзянамі Расіі — "
                "удакладніце парадак у прыёмнай камісіі выбранай ВНУ.</p>"
                "<p>Не забывайце пра рэгістрацыю па месцы знаходжання, у тым ліку ў "
                "інтэрнаце.</p>"
            ),
            "en": (
                "<p>No visa is needed to study. Belarusian citizens can generally apply to "
                "Russian universities on equal terms with Russian citizens; check the details "
                "with the admissions office of your chosen university.</p>"
                "<p>Remember to register at your place of stay, including in a student "
                "hall of residence.</p>"
            ),
        },
        "emergency_numbers": {
            "ru": (
                "<ul>" + EMERGENCY_112["ru"] + "<li><strong>102</strong> — полиция</li>"
                "<li><strong>103</strong> — скорая помощь</li>"
                "</ul>"
            ),
            "be": (
                "<ul>" + EMERGENCY_112["be"] + "<li><strong>102</strong> — паліцыя</li>"
                "<li><strong>103</strong> — хуткая дапамога</li>"
                "</ul>"
            ),
            "en": (
                "<ul>" + EMERGENCY_112["en"] + "<li><strong>102</strong> — police</li>"
                "<li><strong>103</strong> — ambulance</li>"
                "</ul>"
            ),
        },
        "embassy": {
            "ru": (
                "<p>Посольство Беларуси находится в Москве, консульские учреждения есть и в "
                "ряде других городов России. Там помогут, если паспорт утерян или украден, "
                "если вас задержали, вы попали в больницу или пропала связь с родными.</p>"
                "<p>Адрес ближайшего консульства найдёте на сайте МИД Беларуси.</p>"
            ),
            "be": (
                "<p>Пасольства Беларусі знаходзіцца ў Маскве, консульскія ўстановы ёсць і ў "
                "шэрагу іншых гарадоў Расіі. Там дапамогуць, калі пашпарт згублены або "
                "скрадзены, калі вас затрымалі, вы трапілі ў бальніцу або знікла сувязь з "
                "роднымі.</p>"
                "<p>Адрас бліжэйшага консульства знойдзеце на сайце МЗС Беларусі.</p>"
            ),
            "en": (
                "<p>The Embassy of Belarus is in Moscow, and there are consular offices in "
                "several other Russian cities. They can help if your passport is lost or "
                "stolen, if you are detained, in hospital, or have lost contact with your "
                "family.</p>"
                "<p>You'll find the nearest consulate on the website of the Belarusian "
                "Ministry of Foreign Affairs.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>Жалобы на невыплату зарплаты и нарушения трудовых прав принимает "
                "государственная инспекция труда; можно также обратиться в прокуратуру. "
                "Общественные организации и землячества помогают мигрантам с "
                "консультациями, а кризисные центры — пострадавшим от насилия и "
                "эксплуатации.</p>"
                "<p>Если вы в трудной ситуации, напишите на нашу горячую линию через форму "
                "на сайте — можно анонимно.</p>"
            ),
            "be": (
                "<p>Скаргі на нявыплату заробку і парушэнні працоўных правоў прымае "
                "дзяржаўная інспекцыя працы; можна таксама звярнуцца ў пракуратуру. "
                "Грамадскія арганізацыі і зямляцтвы дапамагаюць мігрантам з "
                "кансультацыямі, а крызісныя цэнтры — пацярпелым ад гвалту і "
                "эксплуатацыі.</p>"
                "<p>Калі вы ў цяжкай сітуацыі, напішыце на нашу гарачую лінію праз форму на "
                "сайце — можна ананімна.</p>"
            ),
            "en": (
                "<p>Complaints about unpaid wages and labour rights violations go to the state "
                "labour inspectorate; you can also turn to the prosecutor's office. "
                "Non-governmental organisations and Belarusian community associations offer "
                "migrants advice, and crisis centres support people affected by violence and "
                "exploitation.</p>"
                "<p>If you're in trouble, write to our hotline through the form on this site; "
                "you can do so anonymously.</p>"
            ),
        },
        "contacts": contacts(
            embassy(
                {"ru": "в России", "be": "ў Расіі", "en": "in Russia"},
                "+7 495 000-00-00",
                "embassy-russia@example.org",
            ),
            unconfirmed(
                {
                    "ru": "Консультации для мигрантов",
                    "be": "Кансультацыі для мігрантаў",
                    "en": "Advice for migrants",
                },
                "+7 495 000-00-01",
                "help-ru@example.org",
            ),
        ),
        "last_checked": "2026-10-01",
    },
    # ---------------------------------------------------- United Arab Emirates
    {
        "key": "ae",
        "iso_code": "AE",
        "slug": {"ru": "oae", "be": "aae", "en": "uae"},
        "title": {
            "ru": "Объединённые Арабские Эмираты",
            "be": "Аб’яднаныя Арабскія Эміраты",
            "en": "United Arab Emirates",
        },
        "intro": {
            "ru": (
                "В ОАЭ белорусы едут работать в отели, рестораны, салоны красоты, торговлю и "
                "строительство. Будьте осторожны с предложениями работы «хостес», "
                "танцовщицей или моделью и с любыми вакансиями, где предлагают работать по "
                "туристической визе."
            ),
            "be": (
                "У ААЭ беларусы едуць працаваць у гатэлі, рэстараны, салоны прыгажосці, "
                "гандаль і будаўніцтва. Будзьце асцярожныя з прапановамі працы «хостэс», "
                "танцоўшчыцай або мадэллю і з любымі вакансіямі, дзе прапануюць працаваць "
                "па турыстычнай візе."
            ),
            "en": (
                "Belarusians go to the UAE to work in hotels, restaurants, beauty salons, "
                "retail and construction. Be careful with offers to work as a 'hostess', "
                "dancer or model, and with any job where you're told to work on a tourist visa."
            ),
        },
        "search_description": {
            "ru": "ОАЭ: въезд, рабочая виза и учёба для граждан Беларуси, номера 999, 998, 997, посольство и где искать помощь.",
            "be": "ААЭ: уезд, працоўная віза і навучанне для грамадзян Беларусі, нумары 999, 998, 997, пасольства і дапамога.",
            "en": "UAE for Belarusian citizens: entry, work visas, study, emergency numbers 999, 998 and 997, the embassy and local help.",
        },
        "entry_rules": {
            "ru": (
                "<p>Для коротких поездок гражданам Беларуси сейчас не нужно оформлять визу "
                "заранее, но срок пребывания ограничен, а за его превышение начисляются "
                "штрафы. Точные правила проверяйте на официальных сайтах перед поездкой.</p>"
                "<p>Законы ОАЭ строгие. Некоторые лекарства, которые свободно продаются в "
                "Беларуси, там запрещены или ограничены — везите рецепт. За наркотики и "
                "нарушение правил поведения в общественных местах грозят арест и "
                "депортация.</p>"
            ),
            "be": (
                "<p>Для кароткіх паездак грамадзянам Беларусі цяпер не трэба афармляць візу "
                "загадзя, але тэрмін знаходжання абмежаваны, а за яго перавышэнне "
                "налічваюцца штрафы. Дакладныя правілы правярайце на афіцыйных сайтах "
                "перад паездкай.</p>"
                "<p>Законы ААЭ строгія. Некаторыя лекі, якія свабодна прадаюцца ў Беларусі, "
                "там забароненыя або абмежаваныя — вязіце рэцэпт. За наркотыкі і парушэнне "
                "правілаў паводзін у грамадскіх месцах пагражаюць арышт і дэпартацыя.</p>"
            ),
            "en": (
                "<p>Belarusian citizens currently don't need to arrange a visa in advance for "
                "short trips, but the length of stay is limited and overstaying is fined. "
                "Check the exact rules on official websites before you go.</p>"
                "<p>UAE laws are strict. Some medicines sold freely in Belarus are banned or "
                "restricted there, so carry your prescription. Drugs and breaches of the rules "
                "on public behaviour can lead to arrest and deportation.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Работать можно только с разрешением на работу и рабочей визой "
                "резидента, которые оформляет работодатель. Трудовой договор регистрируется "
                "у властей — попросите его копию на понятном вам языке до выезда.</p>"
                "<ul>"
                "<li>Работа по туристической визе незаконна и грозит штрафом и депортацией.</li>"
                "<li>Если за «визу и оформление» требуют крупную сумму — это тревожный знак.</li>"
                "<li>Паспорт остаётся у вас: работодатель не вправе его удерживать.</li>"
                "</ul>"
            ),
            "be": (
                "<p>Працаваць можна толькі з дазволам на працу і працоўнай візай рэзідэнта, "
                "якія афармляе працадаўца. Працоўны дагавор рэгіструецца ва ўладаў — "
                "папрасіце яго копію на мове, якую вы разумееце, да выезду.</p>"
                "<ul>"
                "<li>Праца па турыстычнай візе незаконная і пагражае штрафам і дэпартацыяй.</li>"
                "<li>Калі за «візу і афармленне» патрабуюць вялікую суму — гэта трывожны знак.</li>"
                "<li>Пашпарт застаецца ў вас: працадаўца не мае права яго ўтрымліваць.</li>"
                "</ul>"
            ),
            "en": (
                "<p>You may only work with a work permit and a residence visa arranged by your "
                "employer. The employment contract is registered with the authorities: ask for "
                "a copy in a language you understand before you leave.</p>"
                "<ul>"
                "<li>Working on a tourist visa is illegal and can mean a fine and deportation.</li>"
                "<li>If you're asked for a large sum 'for the visa and paperwork', treat it as "
                "a warning sign.</li>"
                "<li>Your passport stays with you: the employer has no right to hold on to it.</li>"
                "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы студенческую визу резидента обычно оформляет сам университет "
                "после зачисления. Убедитесь, что вуз имеет лицензию в ОАЭ, а его диплом "
                "будет признан там, где вы планируете работать.</p>"
            ),
            "be": (
                "<p>Для навучання студэнцкую візу рэзідэнта звычайна афармляе сам "
                "універсітэт пасля залічэння. Пераканайцеся, што ВНУ мае ліцэнзію ў ААЭ, а "
                "яе дыплом будзе прызнаны там, дзе вы плануеце працаваць.</p>"
            ),
            "en": (
                "<p>For study, the university usually arranges your student residence visa "
                "once you are admitted. Make sure the university is licensed in the UAE and "
                "that its degree will be recognised wherever you plan to work.</p>"
            ),
        },
        "emergency_numbers": {
            "ru": (
                "<ul>"
                "<li><strong>999</strong> — полиция</li>"
                "<li><strong>998</strong> — скорая помощь</li>"
                "<li><strong>997</strong> — пожарная служба</li>"
                "</ul>"
            ),
            "be": (
                "<ul>"
                "<li><strong>999</strong> — паліцыя</li>"
                "<li><strong>998</strong> — хуткая дапамога</li>"
                "<li><strong>997</strong> — пажарная служба</li>"
                "</ul>"
            ),
            "en": (
                "<ul>"
                "<li><strong>999</strong> — police</li>"
                "<li><strong>998</strong> — ambulance</li>"
                "<li><strong>997</strong> — fire brigade</li>"
                "</ul>"
            ),
        },
        "embassy": {
            "ru": (
                "<p>Посольство Беларуси находится в Абу-Даби; в Дубае уточните, есть ли "
                "консульское учреждение ближе. Обращайтесь туда, если паспорт отобрали, "
                "потеряли или украли, если вас задержали, вы попали в больницу или не "
                "можете уехать домой.</p>"
            ),
            "be": (
                "<p>Пасольства Беларусі знаходзіцца ў Абу-Дабі; у Дубаі ўдакладніце, ці ёсць "
                "консульская ўстанова бліжэй. Звяртайцеся туды, калі пашпарт адабралі, "
                "згубілі або скралі, калі вас затрымалі, вы трапілі ў бальніцу або не можаце "
                "паехаць дадому.</p>"
            ),
            "en": (
                "<p>The Embassy of Belarus is in Abu Dhabi; in Dubai, check whether there is a "
                "consular office closer to you. Contact it if your passport has been taken, "
                "lost or stolen, if you are detained, in hospital or unable to leave for "
                "home.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>Жалобы на работодателя — невыплату зарплаты, удержание паспорта, "
                "нарушение договора — принимает министерство, отвечающее за трудовые "
                "отношения. Для женщин и детей, пострадавших от торговли людьми, в ОАЭ есть "
                "государственные приюты.</p>"
                "<p>Если телефон могут проверить, пишите на нашу горячую линию через форму "
                "на сайте и укажите, как с вами безопасно связаться.</p>"
            ),
            "be": (
                "<p>Скаргі на працадаўцу — нявыплату заробку, утрыманне пашпарта, парушэнне "
                "дагавора — прымае міністэрства, якое адказвае за працоўныя адносіны. Для "
                "жанчын і дзяцей, пацярпелых ад гандлю людзьмі, у ААЭ ёсць дзяржаўныя "
                "прытулкі.</p>"
                "<p>Калі тэлефон могуць праверыць, пішыце на нашу гарачую лінію праз форму "
                "на сайце і пазначце, як з вамі бяспечна звязацца.</p>"
            ),
            "en": (
                "<p>Complaints about an employer, such as unpaid wages, a withheld passport or "
                "a broken contract, go to the ministry responsible for labour relations. The "
                "UAE has state shelters for women and children affected by trafficking.</p>"
                "<p>If someone may check your phone, write to our hotline through the form on "
                "this site and tell us how we can contact you safely.</p>"
            ),
        },
        "contacts": contacts(
            embassy(
                {"ru": "в ОАЭ", "be": "ў ААЭ", "en": "in the UAE"},
                "+971 2 000 0000",
                "embassy-uae@example.org",
            ),
            unconfirmed(
                {
                    "ru": "Линия для жалоб работников",
                    "be": "Лінія для скаргаў работнікаў",
                    "en": "Worker complaints line",
                },
                "+971 4 000 0000",
                "help-ae@example.org",
            ),
        ),
        "last_checked": "2026-10-01",
    },
    # ----------------------------------------------------------- United States
    {
        "key": "us",
        "iso_code": "US",
        "slug": {"ru": "ssha", "be": "zsha", "en": "usa"},
        "title": {"ru": "США", "be": "ЗША", "en": "United States"},
        "intro": {
            "ru": (
                "В США белорусы едут учиться, по программам студенческого обмена, работать и "
                "к семье. Для любой из этих целей нужна виза, а обещания «провезти без "
                "визы» или по чужим документам — признак обмана и большой опасности."
            ),
            "be": (
                "У ЗША беларусы едуць вучыцца, па праграмах студэнцкага абмену, працаваць і "
                "да сям’і. Для любой з гэтых мэтаў патрэбна віза, а абяцанні «правезці без "
                "візы» або па чужых дакументах — прыкмета падману і вялікай небяспекі."
            ),
            "en": (
                "Belarusians go to the United States to study, on student exchange programmes, "
                "to work and to join family. Each of these needs a visa; promises to get you in "
                "'without a visa' or on someone else's documents are a sign of fraud and "
                "serious danger."
            ),
        },
        "search_description": {
            "ru": "США: визы, Work and Travel, учёба для граждан Беларуси, номер 911, линия по торговле людьми, посольство.",
            "be": "ЗША: візы, Work and Travel, навучанне для грамадзян Беларусі, нумар 911, лінія па гандлі людзьмі, пасольства.",
            "en": "USA for Belarusian citizens: visas, Work and Travel, study, 911, the national trafficking hotline and the embassy.",
        },
        "entry_rules": {
            "ru": (
                "<p>Гражданам Беларуси для въезда в США всегда нужна виза, тип которой "
                "зависит от цели поездки. Для получения визы проходят собеседование в "
                "посольстве или консульстве США — жителям Беларуси для этого может "
                "понадобиться поездка в другую страну.</p>"
                "<p>Актуальный порядок смотрите только на официальном сайте "
                "Государственного департамента США и сайтах его посольств.</p>"
            ),
            "be": (
                "<p>Грамадзянам Беларусі для ўезду ў ЗША заўсёды патрэбна віза, тып якой "
                "залежыць ад мэты паездкі. Для атрымання візы праходзяць сумоўе ў "
                "пасольстве або консульстве ЗША — жыхарам Беларусі для гэтага можа "
                "спатрэбіцца паездка ў іншую краіну.</p>"
                "<p>Актуальны парадак глядзіце толькі на афіцыйным сайце Дзяржаўнага "
                "дэпартамента ЗША і сайтах яго пасольстваў.</p>"
            ),
            "en": (
                "<p>Belarusian citizens always need a visa to enter the United States, and the "
                "type depends on the purpose of the trip. Visa applicants attend an interview "
                "at a US embassy or consulate, which for people living in Belarus may mean "
                "travelling to another country.</p>"
                "<p>Rely only on the official website of the US Department of State and its "
                "embassies for the current procedure.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Для большинства рабочих виз работодатель в США сначала подаёт прошение в "
                "иммиграционную службу, и только после его одобрения вы подаёте документы на "
                "визу. Туристическая виза не даёт права работать.</p>"
                "<ul>"
                "<li>Программы Work and Travel (виза J-1) проводятся только через "
                "спонсоров, официально утверждённых Госдепартаментом США: проверьте спонсора "
                "по официальному списку.</li>"
                "<li>Не платите посредникам за «гарантированную» работу или визу.</li>"
                + PASSPORT_STAYS_WITH_YOU["ru"]
                + "</ul>"
            ),
            "be": (
                "<p>Для большасці працоўных віз працадаўца ў ЗША спачатку падае хадайніцтва "
                "ў іміграцыйную службу, і толькі пасля яго ўхвалення вы падаеце дакументы "
                "на візу. Турыстычная віза не дае права працаваць.</p>"
                "<ul>"
                "<li>Праграмы Work and Travel (віза J-1) праводзяцца толькі праз спонсараў, "
                "афіцыйна зацверджаных Дзярждэпартаментам ЗША: праверце спонсара па "
                "афіцыйным спісе.</li>"
                "<li>Не плаціце пасярэднікам за «гарантаваную» працу або візу.</li>"
                + PASSPORT_STAYS_WITH_YOU["be"]
                + "</ul>"
            ),
            "en": (
                "<p>For most work visas the US employer first files a petition with the "
                "immigration service, and only once it is approved do you apply for the visa. "
                "A tourist visa does not allow you to work.</p>"
                "<ul>"
                "<li>Work and Travel programmes (J-1 visa) run only through sponsors designated "
                "by the US Department of State: check your sponsor against the official list.</li>"
                "<li>Don't pay middlemen for a 'guaranteed' job or visa.</li>"
                + PASSPORT_STAYS_WITH_YOU["en"]
                + "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы обычно нужна студенческая виза F-1. Сначала вас зачисляет "
                "учебное заведение, которое имеет право принимать иностранных студентов, и "
                "выдаёт форму I-20, затем вы подаёте документы на визу.</p>"
                "<p>Работать студентам разрешено только в ограниченных случаях, в основном "
                "в самом университете.</p>"
            ),
            "be": (
                "<p>Для навучання звычайна патрэбна студэнцкая віза F-1. Спачатку вас залічвае "
                "навучальная ўстанова, якая мае права прымаць замежных студэнтаў, і выдае "
                "форму I-20, потым вы падаеце дакументы на візу.</p>"
                "<p>Працаваць студэнтам дазволена толькі ў абмежаваных выпадках, у асноўным "
                "у самім універсітэце.</p>"
            ),
            "en": (
                "<p>Study usually requires an F-1 student visa. First a school approved to "
                "admit international students accepts you and issues Form I-20; then you apply "
                "for the visa.</p>"
                "<p>Students may work only in limited cases, mostly on campus.</p>"
            ),
        },
        "emergency_numbers": {
            "ru": (
                "<ul>"
                "<li><strong>911</strong> — полиция, скорая помощь и пожарные, звонок "
                "бесплатный</li>"
                "</ul>"
            ),
            "be": (
                "<ul>"
                "<li><strong>911</strong> — паліцыя, хуткая дапамога і пажарныя, званок "
                "бясплатны</li>"
                "</ul>"
            ),
            "en": (
                "<ul><li><strong>911</strong> — police, ambulance and fire, free to call</li></ul>"
            ),
        },
        "embassy": {
            "ru": (
                "<p>Посольство Беларуси находится в Вашингтоне; жителям других штатов стоит "
                "уточнить, есть ли консульское учреждение ближе, например в Нью-Йорке. "
                "Консул поможет, если пропал паспорт, если вас задержали или вы попали в "
                "больницу, и может связаться с вашими родными.</p>"
            ),
            "be": (
                "<p>Пасольства Беларусі знаходзіцца ў Вашынгтоне; жыхарам іншых штатаў варта "
                "ўдакладніць, ці ёсць консульская ўстанова бліжэй, напрыклад у Нью-Ёрку. "
                "Консул дапаможа, калі прапаў пашпарт, калі вас затрымалі або вы трапілі ў "
                "бальніцу, і можа звязацца з вашымі роднымі.</p>"
            ),
            "en": (
                "<p>The Embassy of Belarus is in Washington; if you live in another state, check "
                "whether there is a consular office closer to you, for example in New York. The "
                "consul can help if your passport is gone, if you are detained or in hospital, "
                "and can contact your family.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>В США работает Национальная горячая линия по борьбе с торговлей людьми: "
                "<strong>1-888-373-7888</strong>. Она доступна круглосуточно, без выходных, "
                "консультирует на многих языках и принимает сообщения анонимно.</p>"
                "<p>Пострадавшие от торговли людьми могут получить защиту и помощь даже без "
                "законного иммиграционного статуса — по этим вопросам бесплатно "
                "консультируют юристы некоммерческих организаций.</p>"
            ),
            "be": (
                "<p>У ЗША працуе Нацыянальная гарачая лінія па барацьбе з гандлем людзьмі: "
                "<strong>1-888-373-7888</strong>. Яна даступная кругласутачна, без выхадных, "
                "кансультуе на многіх мовах і прымае паведамленні ананімна.</p>"
                "<p>Пацярпелыя ад гандлю людзьмі могуць атрымаць абарону і дапамогу нават без "
                "законнага іміграцыйнага статусу — па гэтых пытаннях бясплатна кансультуюць "
                "юрысты некамерцыйных арганізацый.</p>"
            ),
            "en": (
                "<p>The US National Human Trafficking Hotline, <strong>1-888-373-7888</strong>, "
                "is open 24/7, offers help in many languages and accepts anonymous reports.</p>"
                "<p>People affected by trafficking can get protection and support even without "
                "legal immigration status; non-profit legal organisations give free advice on "
                "this.</p>"
            ),
        },
        "contacts": contacts(
            embassy(
                {"ru": "в США", "be": "ў ЗША", "en": "in the United States"},
                "+1 202 555 0100",
                "embassy-usa@example.org",
            ),
            unconfirmed(
                {
                    "ru": "Юридическая помощь иммигрантам",
                    "be": "Юрыдычная дапамога імігрантам",
                    "en": "Legal help for immigrants",
                },
                "+1 202 555 0101",
                "help-us@example.org",
            ),
        ),
        "last_checked": "2026-10-01",
    },
]
