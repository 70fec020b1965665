"""Country pages east and south of Belarus (see countries.py)."""

from .country_parts import (
    AMBULANCE,
    AROUND_THE_CLOCK,
    EMERGENCY_112,
    FIRE,
    HOTLINE_FINDS_HELP,
    ONLY_EMERGENCY_NUMBER_112,
    PASSPORT_STAYS_WITH_YOU,
    POLICE,
    contacts,
    embassy,
    emergency_list,
    national_line,
    unconfirmed,
    unconfirmed_line,
)
from .sources import (
    COUNTRIES_CHECKED,
    EURASIAN_ECONOMIC_COMMISSION,
    FOREIGN_MINISTRY,
    GEORGIA_FOREIGN_MINISTRY,
    GEORGIA_LABOUR_MINISTRY,
    GEORGIA_PUBLIC_SERVICE_HALL,
    INTERIOR_MINISTRY,
    KAZAKHSTAN_EGOV,
    RUSSIA_INTERIOR_MINISTRY,
    TURKEY_MIGRATION_MANAGEMENT,
    sources,
)

COUNTRIES = [
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
                "<p>Регистрация. По соглашению Беларуси и России о равных правах граждан "
                "гражданин Беларуси может находиться в России без регистрации по месту "
                "пребывания до 90 дней со дня въезда. Если вы остаётесь дольше, вас нужно "
                "поставить на учёт по месту пребывания: уведомление в МВД подаёт "
                "принимающая сторона — хозяин жилья или работодатель — лично, через МФЦ или "
                "по почте. Без регистрации после 90 дней грозит штраф. Порядок проверяйте на "
                "официальном сайте МВД России.</p>"
            ),
            "be": (
                "<p>Грамадзянам Беларусі віза ў Расію не патрэбна, уязджаць можна па "
                "сапраўдным пашпарце. Для дзяцей правілы ўезду правярайце асобна.</p>"
                "<p>Рэгістрацыя. Паводле пагаднення Беларусі і Расіі аб роўных правах "
                "грамадзян грамадзянін Беларусі можа знаходзіцца ў Расіі без рэгістрацыі па "
                "месцы знаходжання да 90 дзён з дня ўезду. Калі вы застаяцеся даўжэй, вас "
                "трэба паставіць на ўлік па месцы знаходжання: паведамленне ў МУС падае бок, "
                "які вас прымае, — гаспадар жылля або працадаўца — асабіста, праз МФЦ або па "
                "пошце. Без рэгістрацыі пасля 90 дзён пагражае штраф. Парадак правярайце на "
                "афіцыйным сайце МУС Расіі.</p>"
            ),
            "en": (
                "<p>Belarusian citizens need no visa for Russia and can enter with a valid "
                "passport. Check the rules for children separately.</p>"
                "<p>Registration. Under the agreement between Belarus and Russia on equal rights "
                "of citizens, a Belarusian citizen may stay in Russia without registering at "
                "the place of stay for up to 90 days from the day of entry. If you stay longer, "
                "you must be registered at your place of stay: the host (your landlord or "
                "employer) notifies the Ministry of Internal Affairs in person, through a "
                "public service centre (MFC) or by post. Staying unregistered beyond 90 days "
                "can mean a fine. Check the procedure on the official website of the Russian "
                "Ministry of Internal Affairs.</p>"
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
        "trafficking_line": unconfirmed_line(
            {
                "ru": "Линия помощи пострадавшим от торговли людьми и трудовой эксплуатации "
                "в России",
                "be": "Лінія дапамогі пацярпелым ад гандлю людзьмі і працоўнай эксплуатацыі "
                "ў Расіі",
                "en": "Helpline for people affected by trafficking and labour exploitation in "
                "Russia",
            },
            "+7 495 000-00-02",
        ),
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
        "last_checked": COUNTRIES_CHECKED,
        "sources": sources(
            RUSSIA_INTERIOR_MINISTRY,
            EURASIAN_ECONOMIC_COMMISSION,
            INTERIOR_MINISTRY,
            FOREIGN_MINISTRY,
        ),
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
        "trafficking_line": national_line(
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
        ),
        "last_checked": COUNTRIES_CHECKED,
        "sources": sources(TURKEY_MIGRATION_MANAGEMENT, FOREIGN_MINISTRY),
    },
    # ----------------------------------------------------------------- Georgia
    {
        "key": "ge",
        "iso_code": "GE",
        "slug": {"ru": "gruziya", "be": "hruziya", "en": "georgia"},
        "title": {"ru": "Грузия", "be": "Грузія", "en": "Georgia"},
        "intro": {
            "ru": (
                "В Грузию белорусы едут отдыхать, жить и работать, в том числе удалённо. "
                "Въезд без визы делает поездку простой, но предложения работы в барах, "
                "казино и «на сезон у моря» проверяйте так же тщательно, как любые другие."
            ),
            "be": (
                "У Грузію беларусы едуць адпачываць, жыць і працаваць, у тым ліку аддалена. "
                "Уезд без візы робіць паездку простай, але прапановы працы ў барах, казіно і "
                "«на сезон каля мора» правярайце гэтак жа старанна, як любыя іншыя."
            ),
            "en": (
                "Belarusians go to Georgia on holiday, to live and to work, including remote "
                "work. Visa-free entry makes the trip easy, but check offers of work in bars, "
                "casinos or 'for the season by the sea' as carefully as any other."
            ),
        },
        "search_description": {
            "ru": "Грузия: безвизовый въезд, работа и учёба для граждан Беларуси, номер 112, посольство и где искать помощь.",
            "be": "Грузія: бязвізавы ўезд, праца і навучанне для грамадзян Беларусі, нумар 112, пасольства і дзе шукаць дапамогу.",
            "en": "Georgia for Belarusian citizens: visa-free entry, work and study, emergency number 112, the embassy and local help.",
        },
        "entry_rules": {
            "ru": (
                "<p>Гражданам Беларуси виза не нужна: въехать можно по паспорту и находиться "
                "в стране без визы до одного года. Для более долгого пребывания нужен вид на "
                "жительство, его оформляют в Доме юстиции.</p>"
                "<p>Список стран и сроки безвизового пребывания устанавливает правительство "
                "Грузии — перед поездкой проверьте их на сайте МИД Грузии.</p>"
            ),
            "be": (
                "<p>Грамадзянам Беларусі віза не патрэбна: уехаць можна па пашпарце і "
                "знаходзіцца ў краіне без візы да аднаго года. Для больш доўгага знаходжання "
                "патрэбны від на жыхарства, яго афармляюць у Доме юстыцыі.</p>"
                "<p>Спіс краін і тэрміны бязвізавага знаходжання вызначае ўрад Грузіі — "
                "перад паездкай праверце іх на сайце МЗС Грузіі.</p>"
            ),
            "en": (
                "<p>Belarusian citizens need no visa: you can enter with your passport and stay "
                "without a visa for up to a year. A longer stay needs a residence permit, "
                "issued by the Public Service Hall.</p>"
                "<p>The government of Georgia sets the list of countries and the length of "
                "visa-free stays: check them on the website of the Georgian Ministry of Foreign "
                "Affairs before you travel.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Долгое время иностранцы могли работать в Грузии без отдельного "
                "разрешения. С 2026 года Грузия требует от большинства иностранных "
                "работников разрешения на работу, которое оформляют до начала работы. Кто "
                "его оформляет и какие есть исключения, проверьте на официальных сайтах, "
                "прежде чем подписывать договор.</p>"
                "<ul>"
                "<li>Требуйте письменный договор, где указаны зарплата, график и жильё.</li>"
                "<li>Вакансии «хостес», «официантки в ночной бар» и «работы в казино с "
                "проживанием» — частая приманка.</li>" + PASSPORT_STAYS_WITH_YOU["ru"] + "</ul>"
            ),
            "be": (
                "<p>Доўгі час замежнікі маглі працаваць у Грузіі без асобнага дазволу. З 2026 "
                "года Грузія патрабуе ад большасці замежных работнікаў дазволу на працу, які "
                "афармляюць да пачатку працы. Хто яго афармляе і якія ёсць выключэнні, "
                "праверце на афіцыйных сайтах, перш чым падпісваць дагавор.</p>"
                "<ul>"
                "<li>Патрабуйце пісьмовы дагавор, дзе пазначаны заробак, графік і "
                "жыллё.</li>"
                "<li>Вакансіі «хостэс», «афіцыянткі ў начны бар» і «працы ў казіно з "
                "пражываннем» — частая прынада.</li>" + PASSPORT_STAYS_WITH_YOU["be"] + "</ul>"
            ),
            "en": (
                "<p>For a long time foreigners could work in Georgia without a separate permit. "
                "Since 2026 Georgia has required most foreign workers to hold a work permit, "
                "arranged before the work starts. Check on the official websites who applies "
                "for it and what the exceptions are before you sign a contract.</p>"
                "<ul>"
                "<li>Insist on a written contract that states the pay, the hours and the "
                "housing.</li>"
                "<li>Jobs as a 'hostess', a 'waitress in a night bar' or 'casino work with "
                "accommodation' are a common lure.</li>" + PASSPORT_STAYS_WITH_YOU["en"] + "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы нужно зачисление в аккредитованный вуз Грузии; на время учёбы "
                "оформляют учебный вид на жительство. Проверьте, что вуз аккредитован и что "
                "его диплом признают там, где вы собираетесь работать.</p>"
            ),
            "be": (
                "<p>Для навучання патрэбна залічэнне ў акрэдытаваную ВНУ Грузіі; на час "
                "навучання афармляюць вучэбны від на жыхарства. Праверце, што ВНУ "
                "акрэдытаваная і што яе дыплом прызнаюць там, дзе вы збіраецеся "
                "працаваць.</p>"
            ),
            "en": (
                "<p>To study you need admission to an accredited Georgian university; for the "
                "length of your studies you get a study residence permit. Check that the "
                "university is accredited and that its degree is recognised where you plan to "
                "work.</p>"
            ),
        },
        "emergency_numbers": ONLY_EMERGENCY_NUMBER_112,
        "trafficking_line": unconfirmed_line(
            {
                "ru": "Горячая линия по борьбе с торговлей людьми в Грузии",
                "be": "Гарачая лінія па барацьбе з гандлем людзьмі ў Грузіі",
                "en": "Anti-trafficking hotline in Georgia",
            },
            "+995 32 200 00 00",
        ),
        "embassy": {
            "ru": (
                "<p>Посольство Беларуси находится в Тбилиси. Консул поможет, если паспорт "
                "утерян или украден, если вас задержали, вы попали в больницу или не можете "
                "вернуться домой.</p>"
            ),
            "be": (
                "<p>Пасольства Беларусі знаходзіцца ў Тбілісі. Консул дапаможа, калі пашпарт "
                "згублены або скрадзены, калі вас затрымалі, вы трапілі ў бальніцу або не "
                "можаце вярнуцца дадому.</p>"
            ),
            "en": (
                "<p>The Embassy of Belarus is in Tbilisi. The consul can help if your passport "
                "is lost or stolen, if you are detained, in hospital or unable to get "
                "home.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>В Грузии есть государственная служба, которая защищает пострадавших от "
                "торговли людьми: приюты, юридическая и медицинская помощь. Нарушения "
                "трудовых прав рассматривает Служба инспекции труда.</p>" + HOTLINE_FINDS_HELP["ru"]
            ),
            "be": (
                "<p>У Грузіі ёсць дзяржаўная служба, якая абараняе пацярпелых ад гандлю "
                "людзьмі: прытулкі, юрыдычная і медыцынская дапамога. Парушэнні працоўных "
                "правоў разглядае Служба інспекцыі працы.</p>" + HOTLINE_FINDS_HELP["be"]
            ),
            "en": (
                "<p>Georgia has a state service that protects people affected by trafficking "
                "with shelters, legal and medical help. Labour rights violations are handled "
                "by the Labour Inspection Service.</p>" + HOTLINE_FINDS_HELP["en"]
            ),
        },
        "contacts": contacts(
            embassy(
                {"ru": "в Грузии", "be": "ў Грузіі", "en": "in Georgia"},
                "+995 32 200 00 01",
                "embassy-georgia@example.org",
            ),
        ),
        "last_checked": COUNTRIES_CHECKED,
        "sources": sources(
            GEORGIA_FOREIGN_MINISTRY,
            GEORGIA_PUBLIC_SERVICE_HALL,
            GEORGIA_LABOUR_MINISTRY,
            FOREIGN_MINISTRY,
        ),
    },
    # -------------------------------------------------------------- Kazakhstan
    {
        "key": "kz",
        "iso_code": "KZ",
        "slug": {"ru": "kazakhstan", "be": "kazakhstan", "en": "kazakhstan"},
        "title": {"ru": "Казахстан", "be": "Казахстан", "en": "Kazakhstan"},
        "intro": {
            "ru": (
                "В Казахстан белорусы едут работать вахтой на стройки, месторождения и в "
                "транспорт, а также учиться. Виза и разрешение на работу не нужны, но без "
                "письменного договора легко остаться без зарплаты далеко от дома."
            ),
            "be": (
                "У Казахстан беларусы едуць працаваць вахтай на будоўлі, радовішчы і ў "
                "транспарт, а таксама вучыцца. Віза і дазвол на працу не патрэбныя, але без "
                "пісьмовага дагавора лёгка застацца без заробку далёка ад дому."
            ),
            "en": (
                "Belarusians go to Kazakhstan for rotation work on building sites, oil and gas "
                "fields and in transport, and to study. No visa or work permit is needed, but "
                "without a written contract it is easy to be left unpaid far from home."
            ),
        },
        "search_description": {
            "ru": "Казахстан: въезд, работа без разрешения и учёба для граждан Беларуси, экстренные номера, посольство.",
            "be": "Казахстан: уезд, праца без дазволу і навучанне для грамадзян Беларусі, экстранныя нумары, пасольства.",
            "en": "Kazakhstan for Belarusian citizens: entry, work without a permit, study, emergency numbers and the embassy.",
        },
        "entry_rules": {
            "ru": (
                "<p>Гражданам Беларуси виза не нужна, въезжать можно по паспорту.</p>"
                "<p>Сколько можно находиться в стране без регистрации, зависит от цели "
                "поездки. Если вы остаётесь надолго или работаете, проверьте, когда и где "
                "нужно встать на учёт, на портале электронного правительства Казахстана "
                "(egov.kz).</p>"
            ),
            "be": (
                "<p>Грамадзянам Беларусі віза не патрэбна, уязджаць можна па пашпарце.</p>"
                "<p>Колькі можна знаходзіцца ў краіне без рэгістрацыі, залежыць ад мэты "
                "паездкі. Калі вы застаяцеся надоўга або працуеце, праверце, калі і дзе трэба "
                "стаць на ўлік, на партале электроннага ўрада Казахстана (egov.kz).</p>"
            ),
            "en": (
                "<p>Belarusian citizens need no visa and can enter with their passport.</p>"
                "<p>How long you may stay without registering depends on the purpose of the "
                "trip. If you stay a long time or work, check when and where to register on "
                "Kazakhstan's e-government portal (egov.kz).</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Граждане Беларуси как граждане государства — члена Евразийского "
                "экономического союза (ЕАЭС) работают в Казахстане без разрешения на "
                "работу, по трудовому договору, на тех же условиях оплаты и труда, что и "
                "граждане Казахстана. Письменный договор — главное доказательство того, что "
                "вы работали и сколько вам должны.</p>"
                "<ul>"
                "<li>На вахту уезжайте только с подписанным договором, где указаны "
                "зарплата, длительность вахты, жильё, питание и кто оплачивает дорогу.</li>"
                "<li>Не соглашайтесь сначала «отработать дорогу и жильё», если этого нет в "
                "договоре.</li>" + PASSPORT_STAYS_WITH_YOU["ru"] + "</ul>"
            ),
            "be": (
                "<p>Грамадзяне Беларусі як грамадзяне дзяржавы — члена Еўразійскага "
                "эканамічнага саюза (ЕАЭС) працуюць у Казахстане без дазволу на працу, па "
                "працоўным дагаворы, на тых жа ўмовах аплаты і працы, што і грамадзяне "
                "Казахстана. Пісьмовы дагавор — галоўны доказ таго, што вы працавалі і колькі "
                "вам павінны.</p>"
                "<ul>"
                "<li>На вахту ад’язджайце толькі з падпісаным дагаворам, дзе пазначаны "
                "заробак, працягласць вахты, жыллё, харчаванне і хто плаціць за дарогу.</li>"
                "<li>Не пагаджайцеся спачатку «адпрацаваць дарогу і жыллё», калі гэтага няма "
                "ў дагаворы.</li>" + PASSPORT_STAYS_WITH_YOU["be"] + "</ul>"
            ),
            "en": (
                "<p>As citizens of a member state of the Eurasian Economic Union (EAEU), "
                "Belarusians work in Kazakhstan without a work permit, under an employment "
                "contract, on the same terms of pay and work as citizens of Kazakhstan. A "
                "written contract is the main proof that you worked and of what you are "
                "owed.</p>"
                "<ul>"
                "<li>Only leave for rotation work with a signed contract that states the pay, "
                "the length of the rotation, housing, meals and who pays for the journey.</li>"
                "<li>Don't agree to 'work off the journey and housing' first unless the "
                "contract says so.</li>" + PASSPORT_STAYS_WITH_YOU["en"] + "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Виза для учёбы не нужна. Граждане Беларуси поступают в вузы Казахстана по "
                "правилам для иностранцев или по межгосударственным соглашениям; порядок "
                "поступления и регистрации уточняйте в приёмной комиссии.</p>"
            ),
            "be": (
                "<p>Віза для навучання не патрэбна. Грамадзяне Беларусі паступаюць у ВНУ "
                "Казахстана па правілах для замежнікаў або па міждзяржаўных пагадненнях; "
                "парадак паступлення і рэгістрацыі ўдакладняйце ў прыёмнай камісіі.</p>"
            ),
            "en": (
                "<p>No visa is needed to study. Belarusian citizens apply to Kazakh "
                "universities under the rules for foreigners or under agreements between the "
                "two countries; ask the admissions office about admission and "
                "registration.</p>"
            ),
        },
        "emergency_numbers": emergency_list(("102", POLICE), ("103", AMBULANCE), ("101", FIRE)),
        "trafficking_line": unconfirmed_line(
            {
                "ru": "Горячая линия по противодействию торговле людьми в Казахстане",
                "be": "Гарачая лінія па процідзеянні гандлю людзьмі ў Казахстане",
                "en": "Anti-trafficking hotline in Kazakhstan",
            },
            "+7 717 200 00 00",
        ),
        "embassy": {
            "ru": (
                "<p>Посольство Беларуси находится в Астане; на юге страны уточните на сайте "
                "МИД Беларуси, есть ли консульский пункт в Алматы. Обращайтесь туда, если "
                "паспорт утерян или украден, если вас задержали, вы попали в больницу или не "
                "можете вернуться домой.</p>"
            ),
            "be": (
                "<p>Пасольства Беларусі знаходзіцца ў Астане; на поўдні краіны ўдакладніце на "
                "сайце МЗС Беларусі, ці ёсць консульскі пункт у Алматы. Звяртайцеся туды, "
                "калі пашпарт згублены або скрадзены, калі вас затрымалі, вы трапілі ў "
                "бальніцу або не можаце вярнуцца дадому.</p>"
            ),
            "en": (
                "<p>The Embassy of Belarus is in Astana; in the south of the country, check on "
                "the Belarusian Ministry of Foreign Affairs' website whether there is a "
                "consular office in Almaty. Contact it if your passport is lost or stolen, if "
                "you are detained, in hospital or unable to get home.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>Жалобы на невыплату зарплаты и нарушения трудовых прав принимает "
                "государственная инспекция труда. Общественные организации помогают "
                "пострадавшим от торговли людьми и трудовой эксплуатации: дают приют, "
                "юридическую и психологическую помощь.</p>" + HOTLINE_FINDS_HELP["ru"]
            ),
            "be": (
                "<p>Скаргі на нявыплату заробку і парушэнні працоўных правоў прымае "
                "дзяржаўная інспекцыя працы. Грамадскія арганізацыі дапамагаюць пацярпелым "
                "ад гандлю людзьмі і працоўнай эксплуатацыі: даюць прытулак, юрыдычную і "
                "псіхалагічную дапамогу.</p>" + HOTLINE_FINDS_HELP["be"]
            ),
            "en": (
                "<p>Complaints about unpaid wages and labour rights violations go to the state "
                "labour inspectorate. Non-governmental organisations help people affected by "
                "trafficking and labour exploitation with shelter, legal and psychological "
                "support.</p>" + HOTLINE_FINDS_HELP["en"]
            ),
        },
        "contacts": contacts(
            embassy(
                {"ru": "в Казахстане", "be": "ў Казахстане", "en": "in Kazakhstan"},
                "+7 717 200 00 01",
                "embassy-kazakhstan@example.org",
            ),
        ),
        "last_checked": COUNTRIES_CHECKED,
        "sources": sources(EURASIAN_ECONOMIC_COMMISSION, KAZAKHSTAN_EGOV, FOREIGN_MINISTRY),
    },
]
