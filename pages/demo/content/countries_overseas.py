"""Country pages overseas: the Middle East, Asia and America (see countries.py)."""

from .country_parts import (
    AMBULANCE,
    AROUND_THE_CLOCK,
    FIRE,
    HOTLINE_FINDS_HELP,
    HOTLINE_SAFELY,
    PASSPORT_STAYS_WITH_YOU,
    POLICE,
    contacts,
    embassy,
    embassy_serving,
    emergency_list,
    national_line,
    unconfirmed,
    unconfirmed_line,
)
from .sources import (
    COUNTRIES_CHECKED,
    EGYPT_EVISA_PORTAL,
    FOREIGN_MINISTRY,
    ISRAEL_POPULATION_AUTHORITY,
    THAILAND_EVISA_PORTAL,
    THAILAND_FOREIGN_MINISTRY,
    THAILAND_IMMIGRATION_BUREAU,
    UAE_GOVERNMENT_PORTAL,
    UAE_LABOUR_MINISTRY,
    US_EXCHANGE_VISITOR_PROGRAM,
    US_STATE_DEPARTMENT_VISAS,
    US_TRAFFICKING_HOTLINE,
    sources,
)

COUNTRIES = [
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
        "trafficking_line": unconfirmed_line(
            {
                "ru": "Линия помощи пострадавшим от торговли людьми в ОАЭ",
                "be": "Лінія дапамогі пацярпелым ад гандлю людзьмі ў ААЭ",
                "en": "Helpline for people affected by trafficking in the UAE",
            },
            "800 000000",
        ),
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
        "last_checked": COUNTRIES_CHECKED,
        "sources": sources(UAE_GOVERNMENT_PORTAL, UAE_LABOUR_MINISTRY, FOREIGN_MINISTRY),
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
        "trafficking_line": national_line(
            {
                "ru": "Национальная горячая линия США по борьбе с торговлей людьми",
                "be": "Нацыянальная гарачая лінія ЗША па барацьбе з гандлем людзьмі",
                "en": "National Human Trafficking Hotline",
            },
            phone="1-888-373-7888",
            hours=AROUND_THE_CLOCK,
            note={
                "ru": "Звонок бесплатный, можно анонимно; отвечают на многих языках. "
                "Можно также отправить SMS на номер 233733.",
                "be": "Званок бясплатны, можна ананімна; адказваюць на многіх мовах. "
                "Можна таксама адправіць SMS на нумар 233733.",
                "en": "Free and confidential, anonymous if you wish, in many languages. "
                "You can also text 233733.",
            },
        ),
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
        "last_checked": COUNTRIES_CHECKED,
        "sources": sources(
            US_STATE_DEPARTMENT_VISAS,
            US_EXCHANGE_VISITOR_PROGRAM,
            US_TRAFFICKING_HOTLINE,
            FOREIGN_MINISTRY,
        ),
    },
    # ------------------------------------------------------------------ Israel
    {
        "key": "il",
        "iso_code": "IL",
        "slug": {"ru": "izrail", "be": "izrail", "en": "israel"},
        "title": {"ru": "Израиль", "be": "Ізраіль", "en": "Israel"},
        "intro": {
            "ru": (
                "В Израиль белорусы едут отдыхать, к родственникам, на репатриацию и на "
                "заработки: стройка, уход за пожилыми, уборка, гостиницы. Работа без рабочей "
                "визы — частая ловушка: безвизовый въезд права на работу не даёт, а на границе "
                "многим отказывают во въезде."
            ),
            "be": (
                "У Ізраіль беларусы едуць адпачываць, да сваякоў, на рэпатрыяцыю і на заробкі: "
                "будоўля, догляд пажылых людзей, прыбіранне, гасцініцы. Праца без працоўнай "
                "візы — частая пастка: бязвізавы ўезд права на працу не дае, а на мяжы многім "
                "адмаўляюць ва ўездзе."
            ),
            "en": (
                "Belarusians go to Israel on holiday, to visit family, to settle there under "
                "the Law of Return and to earn money in construction, elderly care, cleaning "
                "and hotels. Working without a work visa is a common trap: visa-free entry "
                "gives no right to work, and many people are refused entry at the border."
            ),
        },
        "search_description": {
            "ru": "Израиль: безвизовый въезд, рабочая виза и учёба для граждан Беларуси, номера 100 и 101, посольство и помощь.",
            "be": "Ізраіль: бязвізавы ўезд, працоўная віза і навучанне для грамадзян Беларусі, нумары 100 і 101, пасольства і дапамога.",
            "en": "Israel for Belarusian citizens: visa-free entry, work visas, study, emergency numbers 100 and 101, the embassy and help.",
        },
        "entry_rules": {
            "ru": (
                "<p>Для туристических и гостевых поездок гражданам Беларуси виза не нужна: "
                "можно находиться в стране до 90 дней в течение 180 дней. На границе могут "
                "спросить о цели поездки, обратном билете, жилье и деньгах и отказать во "
                "въезде, если решат, что вы едете работать.</p>"
                "<p>Право на репатриацию и порядок её оформления проверяйте в официальных "
                "органах Израиля, а не у посредников.</p>"
            ),
            "be": (
                "<p>Для турыстычных і гасцявых паездак грамадзянам Беларусі віза не патрэбна: "
                "можна знаходзіцца ў краіне да 90 дзён на працягу 180 дзён. На мяжы могуць "
                "спытаць пра мэту паездкі, зваротны білет, жыллё і грошы і адмовіць ва "
                "ўездзе, калі вырашаць, што вы едзеце працаваць.</p>"
                "<p>Права на рэпатрыяцыю і парадак яе афармлення правярайце ў афіцыйных "
                "органах Ізраіля, а не ў пасярэднікаў.</p>"
            ),
            "en": (
                "<p>Belarusian citizens need no visa for tourist and family visits and may stay "
                "up to 90 days within 180 days. At the border you may be asked about the "
                "purpose of the trip, your return ticket, where you will stay and your money, "
                "and refused entry if the officers decide you have come to work.</p>"
                "<p>Check the right to settle in Israel under the Law of Return and how to "
                "apply with the Israeli authorities, not with middlemen.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Работать можно только с рабочей визой: работодатель в Израиле сначала "
                "получает разрешение Управления по делам населения и иммиграции, и только "
                "потом вам оформляют визу. Иностранных работников принимают в основном в "
                "отдельные отрасли — уход за пожилыми, строительство, сельское хозяйство — и "
                "часто по межгосударственным программам.</p>"
                "<ul>"
                "<li>Предложение «въехать как турист, а работу найдём» означает нелегальную "
                "работу: за неё грозят задержание, депортация и запрет на въезд.</li>"
                "<li>Не платите посредникам за «рабочую визу»: законный наём не требует от "
                "работника крупных сборов.</li>" + PASSPORT_STAYS_WITH_YOU["ru"] + "</ul>"
            ),
            "be": (
                "<p>Працаваць можна толькі з працоўнай візай: працадаўца ў Ізраілі спачатку "
                "атрымлівае дазвол Упраўлення па справах насельніцтва і іміграцыі, і толькі "
                "потым вам афармляюць візу. Замежных работнікаў прымаюць у асноўным у "
                "асобныя галіны — догляд пажылых людзей, будаўніцтва, сельская гаспадарка — "
                "і часта па міждзяржаўных праграмах.</p>"
                "<ul>"
                "<li>Прапанова «уехаць як турыст, а працу знойдзем» азначае нелегальную "
                "працу: за яе пагражаюць затрыманне, дэпартацыя і забарона на ўезд.</li>"
                "<li>Не плаціце пасярэднікам за «працоўную візу»: законны наём не патрабуе ад "
                "работніка вялікіх збораў.</li>" + PASSPORT_STAYS_WITH_YOU["be"] + "</ul>"
            ),
            "en": (
                "<p>You may only work with a work visa: the employer in Israel first obtains a "
                "permit from the Population and Immigration Authority, and only then is your "
                "visa issued. Foreign workers are admitted mainly to certain sectors (elderly "
                "care, construction, farming), often through agreements between "
                "countries.</p>"
                "<ul>"
                "<li>An offer to 'come in as a tourist and we'll find you work' means illegal "
                "work, which can lead to detention, deportation and an entry ban.</li>"
                "<li>Don't pay middlemen for a 'work visa': legal hiring does not charge workers "
                "large fees.</li>" + PASSPORT_STAYS_WITH_YOU["en"] + "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы нужна студенческая виза (A/2) на основании зачисления в "
                "израильский вуз или учебную программу. Работать по студенческой визе, как "
                "правило, нельзя.</p>"
            ),
            "be": (
                "<p>Для навучання патрэбна студэнцкая віза (A/2) на падставе залічэння ў "
                "ізраільскую ВНУ або вучэбную праграму. Працаваць па студэнцкай візе, як "
                "правіла, нельга.</p>"
            ),
            "en": (
                "<p>Study requires a student visa (A/2) based on admission to an Israeli "
                "university or study programme. As a rule, a student visa does not allow "
                "work.</p>"
            ),
        },
        "emergency_numbers": emergency_list(
            ("100", POLICE),
            (
                "101",
                {
                    "ru": "скорая помощь (Маген Давид Адом)",
                    "be": "хуткая дапамога (Маген Давід Адам)",
                    "en": "ambulance (Magen David Adom)",
                },
            ),
            ("102", FIRE),
            with_112=False,
        ),
        "trafficking_line": unconfirmed_line(
            {
                "ru": "Линия помощи пострадавшим от торговли людьми в Израиле",
                "be": "Лінія дапамогі пацярпелым ад гандлю людзьмі ў Ізраілі",
                "en": "Helpline for people affected by trafficking in Israel",
            },
            "+972 3 000 0000",
        ),
        "embassy": {
            "ru": (
                "<p>Посольство Беларуси находится в Тель-Авиве. Консул поможет, если паспорт "
                "утерян или украден, если вас задержали, вы попали в больницу или вам "
                "отказали во въезде и вы ждёте обратного рейса.</p>"
            ),
            "be": (
                "<p>Пасольства Беларусі знаходзіцца ў Тэль-Авіве. Консул дапаможа, калі "
                "пашпарт згублены або скрадзены, калі вас затрымалі, вы трапілі ў бальніцу "
                "або вам адмовілі ва ўездзе і вы чакаеце зваротнага рэйса.</p>"
            ),
            "en": (
                "<p>The Embassy of Belarus is in Tel Aviv. The consul can help if your passport "
                "is lost or stolen, if you are detained, in hospital, or refused entry and "
                "waiting for a flight home.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>Жалобы иностранных работников принимает уполномоченный по их правам при "
                "Управлении по делам населения и иммиграции, а также инспекция труда. "
                "Общественные организации бесплатно консультируют иностранных работников и "
                "помогают пострадавшим от торговли людьми; для пострадавших есть "
                "государственные приюты.</p>" + HOTLINE_FINDS_HELP["ru"]
            ),
            "be": (
                "<p>Скаргі замежных работнікаў прымае ўпаўнаважаны па іх правах пры "
                "Упраўленні па справах насельніцтва і іміграцыі, а таксама інспекцыя працы. "
                "Грамадскія арганізацыі бясплатна кансультуюць замежных работнікаў і "
                "дапамагаюць пацярпелым ад гандлю людзьмі; для пацярпелых ёсць дзяржаўныя "
                "прытулкі.</p>" + HOTLINE_FINDS_HELP["be"]
            ),
            "en": (
                "<p>Foreign workers' complaints go to the commissioner for their rights at the "
                "Population and Immigration Authority, and to the labour inspectorate. "
                "Non-governmental organisations give foreign workers free advice and help "
                "people affected by trafficking; there are state shelters for them.</p>"
                + HOTLINE_FINDS_HELP["en"]
            ),
        },
        "contacts": contacts(
            embassy(
                {"ru": "в Израиле", "be": "ў Ізраілі", "en": "in Israel"},
                "+972 3 000 0001",
                "embassy-israel@example.org",
            ),
        ),
        "last_checked": COUNTRIES_CHECKED,
        "sources": sources(ISRAEL_POPULATION_AUTHORITY, FOREIGN_MINISTRY),
    },
    # ------------------------------------------------------------------- Egypt
    {
        "key": "eg",
        "iso_code": "EG",
        "slug": {"ru": "egipet", "be": "ehipet", "en": "egypt"},
        "title": {"ru": "Египет", "be": "Егіпет", "en": "Egypt"},
        "intro": {
            "ru": (
                "В Египет белорусы чаще всего едут на отдых, но и по предложениям работы "
                "аниматорами, танцовщицами, хостес и персоналом отелей. Туристическая виза не "
                "даёт права работать: «работа по туристической визе» в отеле — нелегальная "
                "работа без защиты, а иногда и ловушка."
            ),
            "be": (
                "У Егіпет беларусы часцей за ўсё едуць на адпачынак, але і па прапановах "
                "працы аніматарамі, танцоўшчыцамі, хостэс і персаналам гатэляў. Турыстычная "
                "віза не дае права працаваць: «праца па турыстычнай візе» ў гатэлі — "
                "нелегальная праца без абароны, а часам і пастка."
            ),
            "en": (
                "Belarusians mostly go to Egypt on holiday, but also on job offers as hotel "
                "entertainers, dancers, hostesses and hotel staff. A tourist visa gives no "
                "right to work: 'working on a tourist visa' in a hotel is illegal work with no "
                "protection, and sometimes a trap."
            ),
        },
        "search_description": {
            "ru": "Египет: туристическая виза, работа в отелях и учёба для граждан Беларуси, экстренные номера, посольство.",
            "be": "Егіпет: турыстычная віза, праца ў гатэлях і навучанне для грамадзян Беларусі, экстранныя нумары, пасольства.",
            "en": "Egypt for Belarusian citizens: tourist visas, hotel jobs, study, emergency numbers, the embassy and help.",
        },
        "entry_rules": {
            "ru": (
                "<p>Гражданам Беларуси нужна виза. Туристическую визу можно получить по "
                "прилёте в аэропорту или заранее оформить электронную визу на официальном "
                "портале visa2egypt.gov.eg. Паспорт должен быть действителен не менее шести "
                "месяцев.</p>"
                "<p>Оформляйте электронную визу только на официальном портале: сайты-двойники "
                "берут лишние деньги и собирают паспортные данные.</p>"
            ),
            "be": (
                "<p>Грамадзянам Беларусі патрэбна віза. Турыстычную візу можна атрымаць па "
                "прылёце ў аэрапорце або загадзя аформіць электронную візу на афіцыйным "
                "партале visa2egypt.gov.eg. Пашпарт павінен быць сапраўдным не менш за шэсць "
                "месяцаў.</p>"
                "<p>Афармляйце электронную візу толькі на афіцыйным партале: сайты-двайнікі "
                "бяруць лішнія грошы і збіраюць пашпартныя даныя.</p>"
            ),
            "en": (
                "<p>Belarusian citizens need a visa. A tourist visa can be obtained on arrival "
                "at the airport, or as an e-visa in advance on the official portal "
                "visa2egypt.gov.eg. Your passport must be valid for at least six months.</p>"
                "<p>Apply for an e-visa only on the official portal: look-alike sites charge "
                "extra and collect passport details.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Работать можно только с разрешением на работу, которое оформляет "
                "работодатель в Египте через государственные органы, и с видом на "
                "жительство. Аниматоров, танцовщиц и других сотрудников отелей часто "
                "зовут «по туристической визе» и обещают «всё оформить» — это нелегальная "
                "работа.</p>"
                "<ul>"
                "<li>Не отдавайте паспорт отелю или агенту «на время оформления».</li>"
                "<li>Узнайте заранее, кто ваш работодатель, где вы будете жить и кто оплатит "
                "обратный билет.</li>"
                "<li>Предложения работать «хостес» или танцовщицей в ночном клубе — частая "
                "приманка для сексуальной эксплуатации.</li>"
                "</ul>"
            ),
            "be": (
                "<p>Працаваць можна толькі з дазволам на працу, які афармляе працадаўца ў "
                "Егіпце праз дзяржаўныя органы, і з відам на жыхарства. Аніматараў, "
                "танцоўшчыц і іншых супрацоўнікаў гатэляў часта клічуць «па турыстычнай "
                "візе» і абяцаюць «усё аформіць» — гэта нелегальная праца.</p>"
                "<ul>"
                "<li>Не аддавайце пашпарт гатэлю або агенту «на час афармлення».</li>"
                "<li>Даведайцеся загадзя, хто ваш працадаўца, дзе вы будзеце жыць і хто "
                "заплаціць за зваротны білет.</li>"
                "<li>Прапановы працаваць «хостэс» або танцоўшчыцай у начным клубе — частая "
                "прынада для сэксуальнай эксплуатацыі.</li>"
                "</ul>"
            ),
            "en": (
                "<p>You may only work with a work permit, which the employer in Egypt obtains "
                "from the authorities, and a residence permit. Hotel entertainers, dancers and "
                "other hotel staff are often invited 'on a tourist visa' with a promise that "
                "'everything will be arranged': that is illegal work.</p>"
                "<ul>"
                "<li>Don't hand your passport to a hotel or an agent 'while the papers are "
                "done'.</li>"
                "<li>Find out in advance who your employer is, where you will live and who "
                "pays for the ticket home.</li>"
                "<li>Offers to work as a 'hostess' or a dancer in a nightclub are a common lure "
                "into sexual exploitation.</li>"
                "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы нужно зачисление в египетский вуз или языковой центр; "
                "студенческое разрешение на пребывание оформляют уже в Египте через учебное "
                "заведение. Проверьте, что оно официально зарегистрировано.</p>"
            ),
            "be": (
                "<p>Для навучання патрэбна залічэнне ў егіпецкую ВНУ або моўны цэнтр; "
                "студэнцкі дазвол на знаходжанне афармляюць ужо ў Егіпце праз навучальную "
                "ўстанову. Праверце, што яна афіцыйна зарэгістраваная.</p>"
            ),
            "en": (
                "<p>To study you need admission to an Egyptian university or language centre; "
                "the student residence permit is arranged in Egypt through the school. Check "
                "that it is officially registered.</p>"
            ),
        },
        "emergency_numbers": emergency_list(
            ("122", POLICE),
            ("123", AMBULANCE),
            ("180", FIRE),
            (
                "126",
                {
                    "ru": "туристическая полиция",
                    "be": "турыстычная паліцыя",
                    "en": "tourist police",
                },
            ),
            with_112=False,
        ),
        "trafficking_line": unconfirmed_line(
            {
                "ru": "Линия национального комитета Египта по противодействию торговле людьми",
                "be": "Лінія нацыянальнага камітэта Егіпта па процідзеянні гандлю людзьмі",
                "en": "Line of Egypt's national committee against trafficking in persons",
            },
            "+20 2 0000 0000",
        ),
        "embassy": {
            "ru": (
                "<p>Посольство Беларуси находится в Каире. Консул поможет, если паспорт "
                "утерян или украден, если вас задержали, вы попали в больницу или не можете "
                "вернуться домой. От курортов до Каира далеко, поэтому сохраните номер "
                "посольства заранее.</p>"
            ),
            "be": (
                "<p>Пасольства Беларусі знаходзіцца ў Каіры. Консул дапаможа, калі пашпарт "
                "згублены або скрадзены, калі вас затрымалі, вы трапілі ў бальніцу або не "
                "можаце вярнуцца дадому. Ад курортаў да Каіра далёка, таму захавайце нумар "
                "пасольства загадзя.</p>"
            ),
            "en": (
                "<p>The Embassy of Belarus is in Cairo. The consul can help if your passport is "
                "lost or stolen, if you are detained, in hospital or unable to get home. The "
                "resorts are far from Cairo, so save the embassy's number before you go.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>В курортных городах работает туристическая полиция (126): к ней можно "
                "обратиться и при проблемах с отелем или работодателем. В Египте действует "
                "национальный комитет по борьбе с незаконной миграцией и торговлей людьми; "
                "помощь пострадавшим оказывают государственные органы и международные "
                "организации.</p>" + HOTLINE_SAFELY["ru"]
            ),
            "be": (
                "<p>У курортных гарадах працуе турыстычная паліцыя (126): да яе можна "
                "звярнуцца і пры праблемах з гатэлем або працадаўцам. У Егіпце дзейнічае "
                "нацыянальны камітэт па барацьбе з незаконнай міграцыяй і гандлем людзьмі; "
                "дапамогу пацярпелым аказваюць дзяржаўныя органы і міжнародныя "
                "арганізацыі.</p>" + HOTLINE_SAFELY["be"]
            ),
            "en": (
                "<p>The resort towns have a tourist police (126), which also deals with "
                "problems with a hotel or an employer. Egypt has a national committee against "
                "illegal migration and trafficking in persons; state bodies and international "
                "organisations help people affected.</p>" + HOTLINE_SAFELY["en"]
            ),
        },
        "contacts": contacts(
            embassy(
                {"ru": "в Египте", "be": "ў Егіпце", "en": "in Egypt"},
                "+20 2 0000 0001",
                "embassy-egypt@example.org",
            ),
        ),
        "last_checked": COUNTRIES_CHECKED,
        "sources": sources(EGYPT_EVISA_PORTAL, FOREIGN_MINISTRY),
    },
    # ---------------------------------------------------------------- Thailand
    {
        "key": "th",
        "iso_code": "TH",
        "slug": {"ru": "tailand", "be": "tailand", "en": "thailand"},
        "title": {"ru": "Таиланд", "be": "Тайланд", "en": "Thailand"},
        "intro": {
            "ru": (
                "В Таиланд белорусы едут отдыхать и зимовать, а ещё — по предложениям работы "
                "в IT, «службе поддержки», маркетинге или переводчиком. Таиланд — обычная "
                "пересадка по пути в мошеннические «колл-центры» в Мьянме, Камбодже и Лаосе: "
                "людей встречают в аэропорту, везут к границе и там отнимают паспорт и "
                "свободу."
            ),
            "be": (
                "У Тайланд беларусы едуць адпачываць і зімаваць, а яшчэ — па прапановах працы "
                "ў IT, «службе падтрымкі», маркетынгу або перакладчыкам. Тайланд — звычайная "
                "перасадка па дарозе ў ашуканскія «кол-цэнтры» ў М’янме, Камбоджы і Лаосе: "
                "людзей сустракаюць у аэрапорце, вязуць да мяжы і там адбіраюць пашпарт і "
                "свабоду."
            ),
            "en": (
                "Belarusians go to Thailand on holiday and to spend the winter, and also on job "
                "offers in IT, 'customer support', marketing or translation. Thailand is the "
                "usual stopover on the way to scam compounds in Myanmar, Cambodia and Laos: "
                "people are met at the airport, driven to the border and there lose their "
                "passports and their freedom."
            ),
        },
        "search_description": {
            "ru": "Таиланд: въезд, работа и учёба для граждан Беларуси, вербовка в мошеннические центры, экстренные номера.",
            "be": "Тайланд: уезд, праца і навучанне для грамадзян Беларусі, вярбоўка ў ашуканскія цэнтры, экстранныя нумары.",
            "en": "Thailand for Belarusian citizens: entry, work, study, recruitment into scam compounds and emergency numbers.",
        },
        "entry_rules": {
            "ru": (
                "<p>Нужна ли гражданам Беларуси виза для туристической поездки и на какой "
                "срок можно въехать, Таиланд в последние годы несколько раз менял. "
                "Проверяйте правила перед поездкой на официальном портале электронных виз "
                "Таиланда и на сайте МИД Таиланда, а не в чатах и у турагентов.</p>"
                "<p>Перед прилётом иностранцы заполняют электронную карту прибытия на "
                "официальном сайте иммиграционного бюро Таиланда.</p>"
            ),
            "be": (
                "<p>Ці патрэбна грамадзянам Беларусі віза для турыстычнай паездкі і на які "
                "тэрмін можна ўехаць, Тайланд у апошнія гады некалькі разоў змяняў. "
                "Правярайце правілы перад паездкай на афіцыйным партале электронных віз "
                "Тайланда і на сайце МЗС Тайланда, а не ў чатах і ў турагентаў.</p>"
                "<p>Перад прылётам замежнікі запаўняюць электронную картку прыбыцця на "
                "афіцыйным сайце іміграцыйнага бюро Тайланда.</p>"
            ),
            "en": (
                "<p>Whether Belarusian citizens need a visa for a holiday, and how long they may "
                "stay, are rules Thailand has changed several times in recent years. Check them "
                "before you travel on Thailand's official e-visa portal and the Thai Ministry of "
                "Foreign Affairs' website, not in chats or with travel agents.</p>"
                "<p>Before arrival, foreigners fill in an electronic arrival card on the "
                "official website of the Thai Immigration Bureau.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Работать можно только с рабочей визой (Non-Immigrant B) и разрешением на "
                "работу, которое оформляет работодатель в Таиланде через Департамент "
                "занятости. Туристический въезд права на работу не даёт.</p>"
                "<ul>"
                "<li>Высокая зарплата за простую работу онлайн, оплаченный билет в Бангкок и "
                "обещание «оформить визу на месте» — признаки вербовки в мошеннические "
                "центры.</li>"
                "<li>Никогда не соглашайтесь ехать из Бангкока к границе (например, в Мэсот) "
                "и переходить границу по реке или «без штампа».</li>"
                "<li>Паспорт никому не отдавайте; оставьте близким адрес и имя работодателя и "
                "договоритесь о кодовом слове.</li>"
                "</ul>"
            ),
            "be": (
                "<p>Працаваць можна толькі з працоўнай візай (Non-Immigrant B) і дазволам на "
                "працу, які афармляе працадаўца ў Тайландзе праз Дэпартамент занятасці. "
                "Турыстычны ўезд права на працу не дае.</p>"
                "<ul>"
                "<li>Высокі заробак за простую працу онлайн, аплачаны білет у Бангкок і "
                "абяцанне «аформіць візу на месцы» — прыкметы вярбоўкі ў ашуканскія "
                "цэнтры.</li>"
                "<li>Ніколі не пагаджайцеся ехаць з Бангкока да мяжы (напрыклад, у Мэсот) і "
                "пераходзіць мяжу па рацэ або «без штампа».</li>"
                "<li>Пашпарт нікому не аддавайце; пакіньце блізкім адрас і імя працадаўцы і "
                "дамоўцеся пра кодавае слова.</li>"
                "</ul>"
            ),
            "en": (
                "<p>You may only work with a work visa (Non-Immigrant B) and a work permit, "
                "which the employer in Thailand obtains from the Department of Employment. "
                "Entering as a tourist gives no right to work.</p>"
                "<ul>"
                "<li>High pay for simple online work, a paid ticket to Bangkok and a promise to "
                "'sort out the visa there' are signs of recruitment into scam compounds.</li>"
                "<li>Never agree to be driven from Bangkok to the border (to Mae Sot, for "
                "example) or to cross the border by river or 'without a stamp'.</li>"
                "<li>Never hand over your passport; leave your family the address and the "
                "employer's name, and agree on a code word.</li>"
                "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы нужна студенческая виза (Non-Immigrant ED) на основании "
                "зачисления в учебное заведение, зарегистрированное в Таиланде. Работать по "
                "студенческой визе нельзя.</p>"
            ),
            "be": (
                "<p>Для навучання патрэбна студэнцкая віза (Non-Immigrant ED) на падставе "
                "залічэння ў навучальную ўстанову, зарэгістраваную ў Тайландзе. Працаваць па "
                "студэнцкай візе нельга.</p>"
            ),
            "en": (
                "<p>Study requires a student visa (Non-Immigrant ED) based on admission to a "
                "school registered in Thailand. A student visa does not allow work.</p>"
            ),
        },
        "emergency_numbers": emergency_list(
            ("191", POLICE),
            ("1669", AMBULANCE),
            ("199", FIRE),
            (
                "1155",
                {
                    "ru": "туристическая полиция, отвечает на английском",
                    "be": "турыстычная паліцыя, адказвае па-англійску",
                    "en": "tourist police, answers in English",
                },
            ),
            with_112=False,
        ),
        "trafficking_line": unconfirmed_line(
            {
                "ru": "Линия Министерства социального развития Таиланда (сообщения о торговле "
                "людьми)",
                "be": "Лінія Міністэрства сацыяльнага развіцця Тайланда (паведамленні пра "
                "гандаль людзьмі)",
                "en": "Thai Ministry of Social Development line (reports of human trafficking)",
            },
            "+66 2 000 0000",
        ),
        "embassy": {
            "ru": (
                "<p>Какое посольство Беларуси отвечает за Таиланд и есть ли в стране почётный "
                "консул, смотрите на сайте МИД Беларуси. Если вас удерживают или вывезли в "
                "соседнюю страну, при первой возможности сообщите об этом родным и нашей "
                "горячей линии: консулы и международные организации помогают вернуть людей "
                "домой.</p>"
            ),
            "be": (
                "<p>Якое пасольства Беларусі адказвае за Тайланд і ці ёсць у краіне ганаровы "
                "консул, глядзіце на сайце МЗС Беларусі. Калі вас утрымліваюць або вывезлі ў "
                "суседнюю краіну, пры першай магчымасці паведаміце пра гэта родным і нашай "
                "гарачай лініі: консулы і міжнародныя арганізацыі дапамагаюць вярнуць людзей "
                "дадому.</p>"
            ),
            "en": (
                "<p>Which Belarusian embassy is responsible for Thailand, and whether there is "
                "an honorary consul in the country, is listed on the website of the Belarusian "
                "Ministry of Foreign Affairs. If you are held or have been taken to a "
                "neighbouring country, tell your family and our hotline at the first chance: "
                "consuls and international organisations help bring people home.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>Туристическая полиция (1155) отвечает на английском языке и помогает "
                "иностранцам. Сообщения о торговле людьми принимают полиция и Министерство "
                "социального развития и безопасности человека; пострадавшим помогают "
                "государственные приюты и международные организации.</p>" + HOTLINE_SAFELY["ru"]
            ),
            "be": (
                "<p>Турыстычная паліцыя (1155) адказвае па-англійску і дапамагае замежнікам. "
                "Паведамленні пра гандаль людзьмі прымаюць паліцыя і Міністэрства "
                "сацыяльнага развіцця і бяспекі чалавека; пацярпелым дапамагаюць дзяржаўныя "
                "прытулкі і міжнародныя арганізацыі.</p>" + HOTLINE_SAFELY["be"]
            ),
            "en": (
                "<p>The tourist police (1155) answer in English and help foreigners. Reports of "
                "trafficking are taken by the police and the Ministry of Social Development "
                "and Human Security; state shelters and international organisations help "
                "people affected.</p>" + HOTLINE_SAFELY["en"]
            ),
        },
        "contacts": contacts(
            embassy_serving(
                {"ru": "Таиланд", "be": "Тайланд", "en": "Thailand"},
                "+66 2 000 0001",
                "embassy-thailand@example.org",
            ),
        ),
        "last_checked": COUNTRIES_CHECKED,
        "sources": sources(
            THAILAND_EVISA_PORTAL,
            THAILAND_FOREIGN_MINISTRY,
            THAILAND_IMMIGRATION_BUREAU,
            FOREIGN_MINISTRY,
        ),
    },
]
