"""Demo news: the news index, its items and the "Safe work abroad" campaign page.

Facts are the hotline's own or plainly general ones. The hotline's own numbers
are never written here: ("hotline_cta", ...) blocks let the site fill them in
from the editable site setting.
"""

NEWS_INDEX = {
    "key": "news",
    "slug": {"ru": "novosti", "be": "naviny", "en": "news"},
    "title": {"ru": "Новости", "be": "Навіны", "en": "News"},
    "intro": {
        "ru": "Новости горячей линии, изменения правил выезда и работы за рубежом, "
        "предупреждения о новых схемах вербовки.",
        "be": "Навіны гарачай лініі, змены правіл выезду і працы за мяжой, "
        "папярэджанні пра новыя схемы вярбоўкі.",
        "en": "Hotline news, changes to the rules on travel and work abroad, "
        "and warnings about new recruitment schemes.",
    },
    "search_description": {
        "ru": "Новости горячей линии о безопасном выезде за рубеж.",
        "be": "Навіны гарачай лініі аб бяспечным выездзе за мяжу.",
        "en": "News from the hotline on safe travel abroad.",
    },
}

NEWS = [
    # ------------------------------------------------------------------
    {
        "key": "trainers-schools-universities",
        "date": "2025-10-14",
        "slug": {
            "ru": "trenery-v-shkolakh-i-universitetakh",
            "be": "trenery-u-shkolakh-i-universitetakh",
            "en": "trainers-visit-schools-and-universities",
        },
        "title": {
            "ru": "Новый учебный год: тренеры горячей линии приходят в школы и университеты",
            "be": "Новы навучальны год: трэнеры гарачай лініі прыходзяць у школы і ўніверсітэты",
            "en": "New school year: hotline trainers visit schools and universities",
        },
        "intro": {
            "ru": (
                "Наши тренеры проводят занятия о безопасном выезде за рубеж для школьников, "
                "студентов и учителей по всей Беларуси. Приглашаем педагогов и кураторов "
                "договориться о встрече."
            ),
            "be": (
                "Нашы трэнеры праводзяць заняткі пра бяспечны выезд за мяжу для школьнікаў, "
                "студэнтаў і настаўнікаў па ўсёй Беларусі. Запрашаем педагогаў і куратараў "
                "дамовіцца пра сустрэчу."
            ),
            "en": (
                "Our trainers run sessions on safe travel abroad for pupils, students and "
                "teachers all over Belarus. Teachers and tutors are welcome to book one."
            ),
        },
        "search_description": {
            "ru": "Тренеры горячей линии проводят занятия о безопасном выезде за рубеж в школах и вузах Беларуси. Как пригласить тренера.",
            "be": "Трэнеры гарачай лініі праводзяць заняткі пра бяспечны выезд за мяжу ў школах і ВНУ Беларусі. Як запрасіць трэнера.",
            "en": "Hotline trainers run sessions on safe travel abroad in schools and universities across Belarus. How to invite a trainer.",
        },
        "topics": ["safety", "study"],
        "body": {
            "ru": [
                (
                    "paragraph",
                    (
                        "<p>Многие молодые люди впервые получают предложение работы или учёбы за "
                        "границей ещё в школе или на первых курсах: через друзей, соцсети, "
                        "объявления о «лёгком заработке». Лучше узнать о рисках заранее и в "
                        "спокойной обстановке, чем разбираться с ними вдали от дома.</p>"
                    ),
                ),
                ("heading", "О чём занятия"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>как отличить настоящее предложение работы или учёбы от приманки;</li>"
                        "<li>какие документы нужны, чтобы легально работать и учиться за рубежом;</li>"
                        "<li>как вербовщики ищут людей в интернете и чем опасны «слишком хорошие» "
                        "предложения;</li>"
                        "<li>что такое торговля людьми и почему в ловушку попадают не только "
                        "«наивные»;</li>"
                        "<li>куда обратиться, если помощь нужна вам или другу.</li>"
                        "</ul>"
                        "<p>Занятия проходят как разговор: разбираем типичные ситуации, примеры "
                        "объявлений и переписки, отвечаем на вопросы. Для учителей — отдельные "
                        "встречи о том, как говорить на эту тему с подростками.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Как пригласить тренера",
                        "steps": [
                            {
                                "title": "Отправьте обращение",
                                "text": (
                                    "<p>Напишите через форму на сайте или позвоните на горячую "
                                    "линию. Укажите учебное заведение, город и возраст "
                                    "слушателей.</p>"
                                ),
                            },
                            {
                                "title": "Согласуйте формат",
                                "text": (
                                    "<p>Консультант свяжется с вами, чтобы обсудить тему, "
                                    "продолжительность занятия и удобную дату.</p>"
                                ),
                            },
                            {
                                "title": "Проведите встречу",
                                "text": (
                                    "<p>Тренер придёт к вашим ученикам или студентам. После "
                                    "занятия у каждого останутся контакты горячей линии — на "
                                    "случай, если вопрос появится позже.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Хотите пригласить тренера?",
                        "text": "Отправьте обращение, и мы свяжемся с вами, чтобы договориться о занятии.",
                    },
                ),
            ],
            "be": [
                (
                    "paragraph",
                    (
                        "<p>Шмат хто з маладых людзей упершыню атрымлівае прапанову працы ці вучобы "
                        "за мяжой яшчэ ў школе або на першых курсах: праз сяброў, сацыяльныя сеткі, "
                        "аб’явы пра «лёгкі заробак». Лепш даведацца пра рызыкі загадзя і ў спакойнай "
                        "абстаноўцы, чым разбірацца з імі далёка ад дому.</p>"
                    ),
                ),
                ("heading", "Пра што заняткі"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>як адрозніць сапраўдную прапанову працы ці вучобы ад прынады;</li>"
                        "<li>якія дакументы патрэбныя, каб легальна працаваць і вучыцца за "
                        "мяжой;</li>"
                        "<li>як вярбоўшчыкі шукаюць людзей у інтэрнэце і чым небяспечныя «занадта "
                        "добрыя» прапановы;</li>"
                        "<li>што такое гандаль людзьмі і чаму ў пастку трапляюць не толькі "
                        "«наіўныя»;</li>"
                        "<li>куды звярнуцца, калі дапамога патрэбная вам ці сябру.</li>"
                        "</ul>"
                        "<p>Заняткі праходзяць як размова: разбіраем тыповыя сітуацыі, прыклады "
                        "аб’яў і перапіскі, адказваем на пытанні. Для настаўнікаў — асобныя "
                        "сустрэчы пра тое, як гаварыць на гэтую тэму з падлеткамі.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Як запрасіць трэнера",
                        "steps": [
                            {
                                "title": "Адпраўце зварот",
                                "text": (
                                    "<p>Напішыце праз форму на сайце або патэлефануйце на "
                                    "гарачую лінію. Пазначце навучальную ўстанову, горад і "
                                    "ўзрост слухачоў.</p>"
                                ),
                            },
                            {
                                "title": "Узгадніце фармат",
                                "text": (
                                    "<p>Кансультант звяжацца з вамі, каб абмеркаваць тэму, "
                                    "працягласць заняткаў і зручную дату.</p>"
                                ),
                            },
                            {
                                "title": "Правядзіце сустрэчу",
                                "text": (
                                    "<p>Трэнер прыйдзе да вашых вучняў ці студэнтаў. Пасля "
                                    "заняткаў у кожнага застануцца кантакты гарачай лініі — на "
                                    "выпадак, калі пытанне з’явіцца пазней.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Хочаце запрасіць трэнера?",
                        "text": "Адпраўце зварот, і мы звяжамся з вамі, каб дамовіцца пра заняткі.",
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Many young people get their first offer of a job or a place to study "
                        "abroad while still at school or in their first year at university: through "
                        'friends, social media, or ads promising "easy money". It is far better to '
                        "learn about the risks early, in a calm setting, than to face them far from "
                        "home.</p>"
                    ),
                ),
                ("heading", "What the sessions cover"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>how to tell a genuine job or study offer from bait;</li>"
                        "<li>which documents you need to work or study abroad legally;</li>"
                        '<li>how recruiters look for people online, and why "too good to be true" '
                        "offers are dangerous;</li>"
                        '<li>what human trafficking is, and why it is not only the "naive" who get '
                        "caught;</li>"
                        "<li>where to turn if you or a friend needs help.</li>"
                        "</ul>"
                        "<p>Sessions are a conversation rather than a lecture: we go through typical "
                        "situations, sample job ads and chat messages, and answer questions. For "
                        "teachers there are separate meetings on how to talk about the subject with "
                        "teenagers.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "How to invite a trainer",
                        "steps": [
                            {
                                "title": "Send a request",
                                "text": (
                                    "<p>Use the form on this site or call the hotline. Tell us "
                                    "the name of your school or university, the town, and the "
                                    "age of the group.</p>"
                                ),
                            },
                            {
                                "title": "Agree on the details",
                                "text": (
                                    "<p>A consultant will get in touch to discuss the topic, "
                                    "the length of the session and a convenient date.</p>"
                                ),
                            },
                            {
                                "title": "Hold the session",
                                "text": (
                                    "<p>The trainer comes to your pupils or students. Everyone "
                                    "leaves with the hotline's contacts, in case a question comes "
                                    "up later.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Would you like to invite a trainer?",
                        "text": "Send us a request and we will contact you to arrange a session.",
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    {
        "key": "hotline-questions-by-topic",
        "date": "2025-11-12",
        "slug": {
            "ru": "o-chem-sprashivayut-goryachuyu-liniyu",
            "be": "pra-shto-pytayutsa-u-garachay-linii",
            "en": "what-people-ask-the-hotline",
        },
        "title": {
            "ru": "О чём спрашивают горячую линию",
            "be": "Пра што пытаюцца ў гарачай лініі",
            "en": "What people ask the hotline about",
        },
        "intro": {
            "ru": (
                "Работа за рубежом, паспорта и визы, брак с иностранцем, учёба — с этими "
                "вопросами к нам обращаются чаще всего. Рассказываем, какие вопросы по "
                "каждой теме лучше задать до отъезда."
            ),
            "be": (
                "Праца за мяжой, пашпарты і візы, шлюб з замежнікам, вучоба — з гэтымі "
                "пытаннямі да нас звяртаюцца часцей за ўсё. Расказваем, якія пытанні па "
                "кожнай тэме лепш задаць да ад’езду."
            ),
            "en": (
                "Work abroad, passports and visas, marriage to a foreign citizen, study: these "
                "are the topics people bring to us most often. Here is which questions on "
                "each of them are best asked before you leave."
            ),
        },
        "search_description": {
            "ru": "С какими вопросами звонят на горячую линию: работа за рубежом, паспорт и виза, брак, учёба. Что спросить до отъезда.",
            "be": "З якімі пытаннямі тэлефануюць на гарачую лінію: праца за мяжой, пашпарт і віза, шлюб, вучоба. Што спытаць да ад’езду.",
            "en": "What people call the hotline about: work abroad, passports and visas, marriage, study. What to ask before you leave.",
        },
        "topics": ["employment", "documents"],
        "body": {
            "ru": [
                (
                    "paragraph",
                    (
                        "<p>Звонки и обращения на горячую линию мы учитываем без имён: только тема "
                        "и страна. Так видно, где людям чаще всего нужна подсказка. Больше всего "
                        "вопросов — о работе за рубежом, затем о паспорте и визе, о браке с "
                        "иностранцем и об учёбе. Например, в итогах 2013 года, которые программа "
                        "опубликовала в марте 2014 года, о работе за рубежом было 33 % обращений, "
                        "о паспортах и визах — 18 %, о браке — 11 %, об учёбе — 8 %. Цифры за "
                        "последний полный год — на странице статистики горячей линии.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Частые темы обращений и что выяснить до отъезда",
                        "header": ["Тема", "Что выяснить до отъезда"],
                        "rows": [
                            [
                                "Работа за рубежом",
                                "Существует ли работодатель, есть ли у агентства лицензия, "
                                "даёт ли виза право работать",
                            ],
                            [
                                "Паспорт и виза",
                                "Сколько ещё действует паспорт, подходит ли виза к цели "
                                "поездки, сколько дней можно пробыть в стране",
                            ],
                            [
                                "Брак с иностранным гражданином",
                                "Какие документы нужны для брака в той стране, есть ли свои "
                                "деньги на обратный билет",
                            ],
                            [
                                "Учёба за рубежом",
                                "Признан ли вуз в той стране, что входит в оплату, можно ли "
                                "работать во время учёбы",
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Нам звонят и о поездках, о кризисных ситуациях за границей, о поиске "
                        "пропавших родственников и о правах иностранцев в Беларуси.</p>"
                    ),
                ),
                ("heading", "Куда собираются ехать"),
                (
                    "paragraph",
                    (
                        "<p>В 2013 году, по тем же итогам, чаще других стран спрашивали о России, "
                        "Германии, Турции, Италии, Польше и Украине. Для многих из них на сайте есть страницы с правилами "
                        "въезда и работы и экстренными номерами.</p>"
                    ),
                ),
                ("heading", "Что из этого следует"),
                (
                    "paragraph",
                    (
                        "<p>Многие звонят о работе, когда предложение уже на руках и нужно "
                        "решить, можно ли ему верить. Это правильный момент: проверить агентство "
                        "и договор до отъезда намного проще, чем потом искать выход из "
                        "ловушки.</p>"
                        "<p>Вопросы о паспорте и визе звучат так часто не случайно. Виза, которая "
                        "не даёт права работать, — одна из частых причин, по которым человек за "
                        "границей остаётся без защиты.</p>"
                    ),
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Сомневаетесь в предложении?",
                        "text": (
                            "Расскажите нам о нём — консультант поможет разобраться, что "
                            "проверить, прежде чем соглашаться."
                        ),
                    },
                ),
            ],
            "be": [
                (
                    "paragraph",
                    (
                        "<p>Званкі і звароты на гарачую лінію мы ўлічваем без імёнаў: толькі тэма "
                        "і краіна. Так відаць, дзе людзям найчасцей патрэбная падказка. Больш за "
                        "ўсё пытанняў — пра працу за мяжой, потым пра пашпарт і візу, пра шлюб з "
                        "замежнікам і пра вучобу. Напрыклад, у выніках 2013 года, якія праграма "
                        "апублікавала ў сакавіку 2014 года, пра працу за мяжой было 33 % зваротаў, "
                        "пра пашпарты і візы — 18 %, пра шлюб — 11 %, пра вучобу — 8 %. Лічбы за "
                        "апошні поўны год — на старонцы статыстыкі гарачай лініі.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Частыя тэмы зваротаў і што высветліць да ад’езду",
                        "header": ["Тэма", "Што высветліць да ад’езду"],
                        "rows": [
                            [
                                "Праца за мяжой",
                                "Ці існуе працадаўца, ці ёсць у агенцтва ліцэнзія, ці дае "
                                "віза права працаваць",
                            ],
                            [
                                "Пашпарт і віза",
                                "Колькі яшчэ дзейнічае пашпарт, ці падыходзіць віза да мэты "
                                "паездкі, колькі дзён можна прабыць у краіне",
                            ],
                            [
                                "Шлюб з замежным грамадзянінам",
                                "Якія дакументы патрэбныя для шлюбу ў той краіне, ці ёсць свае "
                                "грошы на зваротны квіток",
                            ],
                            [
                                "Вучоба за мяжой",
                                "Ці прызнаная ўстанова ў той краіне, што ўваходзіць у аплату, "
                                "ці можна працаваць падчас вучобы",
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Нам тэлефануюць і пра паездкі, пра крызісныя сітуацыі за мяжой, пра "
                        "пошук зніклых сваякоў і пра правы замежнікаў у Беларусі.</p>"
                    ),
                ),
                ("heading", "Куды збіраюцца ехаць"),
                (
                    "paragraph",
                    (
                        "<p>У 2013 годзе, паводле тых жа вынікаў, часцей за іншыя краіны пыталіся "
                        "пра Расію, Германію, Турцыю, Італію, Польшчу і Украіну. Для многіх з іх на сайце ёсць старонкі з "
                        "правіламі ўезду і працы і экстраннымі нумарамі.</p>"
                    ),
                ),
                ("heading", "Што з гэтага вынікае"),
                (
                    "paragraph",
                    (
                        "<p>Шмат хто тэлефануе пра працу, калі прапанова ўжо на руках і трэба "
                        "вырашыць, ці можна ёй верыць. Гэта слушны момант: праверыць агенцтва і "
                        "дагавор да ад’езду значна прасцей, чым потым шукаць выйсце з "
                        "пасткі.</p>"
                        "<p>Пытанні пра пашпарт і візу гучаць так часта невыпадкова. Віза, якая не "
                        "дае права працаваць, — адна з частых прычын, чаму чалавек за мяжой "
                        "застаецца без абароны.</p>"
                    ),
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Сумняваецеся ў прапанове?",
                        "text": (
                            "Раскажыце нам пра яе — кансультант дапаможа разабрацца, што "
                            "праверыць, перш чым пагаджацца."
                        ),
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>We count calls and requests to the hotline without names: only the "
                        "topic and the country are recorded. This shows where people most often "
                        "need advice. Most questions are about work abroad, followed by passports "
                        "and visas, marriage to a foreign citizen and study. In the programme's "
                        "annual results for 2013, published in March 2014, for example, 33% of "
                        "requests were about work abroad, 18% about passports and visas, 11% "
                        "about marriage and 8% about study. The figures for the last full year "
                        "are on the hotline statistics page.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Frequent topics, and what to find out before you leave",
                        "header": ["Topic", "What to find out before you leave"],
                        "rows": [
                            [
                                "Work abroad",
                                "Whether the employer exists, whether the agency is licensed, "
                                "whether the visa allows you to work",
                            ],
                            [
                                "Passports and visas",
                                "How long the passport is still valid, whether the visa fits "
                                "the purpose of the trip, how many days you may stay",
                            ],
                            [
                                "Marriage to a foreign citizen",
                                "Which documents the marriage needs in that country, whether "
                                "you have your own money for the ticket home",
                            ],
                            [
                                "Study abroad",
                                "Whether the school is recognised in that country, what the "
                                "fees include, whether you may work while studying",
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>People also call about travel, crises abroad, searching for missing "
                        "relatives and the rights of foreigners in Belarus.</p>"
                    ),
                ),
                ("heading", "Where people plan to go"),
                (
                    "paragraph",
                    (
                        "<p>In 2013, according to the same results, the countries asked about "
                        "most often were Russia, Germany, Turkey, Italy, Poland and Ukraine. For many of them this site has a page with "
                        "entry and work rules and emergency numbers.</p>"
                    ),
                ),
                ("heading", "What this tells us"),
                (
                    "paragraph",
                    (
                        "<p>Many people call about work when they already have an offer in hand "
                        "and need to decide whether to trust it. That is exactly the right "
                        "moment: checking an agency and a contract before you leave is far easier "
                        "than looking for a way out of a trap later.</p>"
                        "<p>Passports and visas come up so often for a reason. A visa that does "
                        "not allow you to work is one of the most common reasons people end up "
                        "abroad without any protection.</p>"
                    ),
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Not sure about an offer?",
                        "text": (
                            "Tell us about it. A consultant will help you work out what to check "
                            "before you say yes."
                        ),
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    {
        "key": "foreign-workers-rights",
        "date": "2025-12-18",
        "slug": {
            "ru": "prava-inostrannykh-rabotnikov-v-belarusi",
            "be": "pravy-zamezhnykh-rabotnikau-u-belarusi",
            "en": "foreign-workers-rights-in-belarus",
        },
        "title": {
            "ru": "Приехали работать в Беларусь? Знайте свои права",
            "be": "Прыехалі працаваць у Беларусь? Ведайце свае правы",
            "en": "Came to Belarus to work? Know your rights",
        },
        "intro": {
            "ru": (
                "С 2009 года в Беларусь приезжает работать больше людей, чем белорусов "
                "уезжает на заработки за рубеж. Горячая линия консультирует и иностранных "
                "работников — о зарплате, договоре и документах."
            ),
            "be": (
                "З 2009 года ў Беларусь прыязджае працаваць больш людзей, чым беларусаў "
                "выязджае на заробкі за мяжу. Гарачая лінія кансультуе і замежных "
                "работнікаў — пра заробак, дагавор і дакументы."
            ),
            "en": (
                "Since 2009 more people have come to Belarus to work than Belarusians have "
                "left to work abroad. The hotline advises foreign workers too: on pay, "
                "contracts and documents."
            ),
        },
        "search_description": {
            "ru": "Права иностранных работников в Беларуси: паспорт, договор, зарплата. Что делать, если не платят или уволили, и где получить совет.",
            "be": "Правы замежных работнікаў у Беларусі: пашпарт, дагавор, заробак. Што рабіць, калі не плацяць ці звольнілі, і дзе атрымаць параду.",
            "en": "Rights of foreign workers in Belarus: passport, contract, pay. What to do about unpaid wages or dismissal, and where to get advice.",
        },
        "topics": ["labour-rights"],
        "body": {
            "ru": [
                (
                    "paragraph",
                    (
                        "<p>18 декабря — Международный день мигрантов. Для нас это повод "
                        "напомнить: горячая линия помогает не только тем, кто уезжает из Беларуси, "
                        "но и тем, кто приехал сюда работать.</p>"
                    ),
                ),
                ("heading", "Главное, что важно знать"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>Паспорт — ваш.</strong> Работодатель не вправе забирать его "
                        "или держать у себя «на хранении».</li>"
                        "<li><strong>Работа должна быть оформлена.</strong> Чтобы работать "
                        "легально, иностранцу нужны документы, предусмотренные законом. Без них вы "
                        "рискуете и заработком, и правом находиться в стране.</li>"
                        "<li><strong>Договор — в письменной форме.</strong> Не подписывайте "
                        "бумаги, смысл которых вам непонятен: попросите перевод.</li>"
                        "<li><strong>Зарплата — как в договоре.</strong> Задержки и удержания, о "
                        "которых вы не договаривались, — повод обратиться за консультацией.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Если не платят зарплату или уволили",
                        "steps": [
                            {
                                "title": "Соберите доказательства",
                                "text": (
                                    "<p>Сохраните договор, расчётные листки, переписку с "
                                    "работодателем, записи о рабочих часах, фото пропуска или "
                                    "рабочего места.</p>"
                                ),
                            },
                            {
                                "title": "Не подписывайте лишнего",
                                "text": (
                                    "<p>Не подписывайте заявления и расписки, которых не "
                                    "понимаете, особенно бумаги о том, что у вас «нет "
                                    "претензий».</p>"
                                ),
                            },
                            {
                                "title": "Обратитесь на горячую линию",
                                "text": (
                                    "<p>Консультант объяснит, какие у вас есть варианты и в какой "
                                    "государственный орган можно обратиться. Консультацию можно "
                                    "получить анонимно.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Если вас не отпускают или угрожают",
                        "text": (
                            "<p>Если вам не дают уйти с работы, отобрали документы или угрожают, "
                            "это уже не спор о зарплате. Звоните в милицию по номеру 102 и "
                            "сообщите на горячую линию, как только это будет "
                            "безопасно.</p>"
                        ),
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Вопрос о работе в Беларуси?",
                        "text": "Позвоните или напишите нам — мы консультируем и иностранных работников.",
                    },
                ),
            ],
            "be": [
                (
                    "paragraph",
                    (
                        "<p>18 снежня — Міжнародны дзень мігрантаў. Для нас гэта нагода "
                        "нагадаць: гарачая лінія дапамагае не толькі тым, хто выязджае з Беларусі, "
                        "але і тым, хто прыехаў сюды працаваць.</p>"
                    ),
                ),
                ("heading", "Галоўнае, што трэба ведаць"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>Пашпарт — ваш.</strong> Працадаўца не мае права забіраць "
                        "яго або трымаць у сябе «на захоўванні».</li>"
                        "<li><strong>Праца павінна быць аформлена.</strong> Каб працаваць "
                        "легальна, замежніку патрэбныя дакументы, прадугледжаныя законам. Без іх "
                        "вы рызыкуеце і заробкам, і правам знаходзіцца ў краіне.</li>"
                        "<li><strong>Дагавор — у пісьмовай форме.</strong> Не падпісвайце "
                        "паперы, сэнс якіх вам незразумелы: папрасіце пераклад.</li>"
                        "<li><strong>Заробак — як у дагаворы.</strong> Затрымкі і ўтрыманні, пра "
                        "якія вы не дамаўляліся, — нагода звярнуцца па кансультацыю.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Калі не плацяць заробак ці звольнілі",
                        "steps": [
                            {
                                "title": "Збярыце доказы",
                                "text": (
                                    "<p>Захавайце дагавор, разліковыя лісткі, перапіску з "
                                    "працадаўцам, запісы пра тое, колькі гадзін вы працавалі, фота пропуска "
                                    "або працоўнага месца.</p>"
                                ),
                            },
                            {
                                "title": "Не падпісвайце лішняга",
                                "text": (
                                    "<p>Не падпісвайце заяў і распісак, якіх не разумееце, "
                                    "асабліва папер пра тое, што ў вас «няма прэтэнзій».</p>"
                                ),
                            },
                            {
                                "title": "Звярніцеся на гарачую лінію",
                                "text": (
                                    "<p>Кансультант растлумачыць, якія ў вас ёсць варыянты і ў "
                                    "які дзяржаўны орган можна звярнуцца. Кансультацыю можна "
                                    "атрымаць ананімна.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Калі вас не адпускаюць ці пагражаюць",
                        "text": (
                            "<p>Калі вам не даюць сысці з працы, забралі дакументы ці "
                            "пагражаюць, гэта ўжо не спрэчка пра заробак. Тэлефануйце ў міліцыю "
                            "па нумары 102 і паведаміце на гарачую "
                            "лінію, як толькі гэта будзе бяспечна.</p>"
                        ),
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Пытанне пра працу ў Беларусі?",
                        "text": "Патэлефануйце ці напішыце нам — мы кансультуем і замежных работнікаў.",
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>18 December is International Migrants Day. We use it as a reminder "
                        "that the hotline is not only for people leaving Belarus, but also for "
                        "those who have come here to work.</p>"
                    ),
                ),
                ("heading", "The essentials"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>Your passport is yours.</strong> An employer has no right to "
                        'take it or keep it "for safekeeping".</li>'
                        "<li><strong>Your job must be registered properly.</strong> To work "
                        "legally, a foreign national needs the documents the law requires. Without "
                        "them you risk both your earnings and your right to stay in the "
                        "country.</li>"
                        "<li><strong>Get your contract in writing.</strong> Do not sign anything "
                        "you do not understand: ask for a translation.</li>"
                        "<li><strong>Pay should match the contract.</strong> Delays or deductions "
                        "you never agreed to are a good reason to ask for advice.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "If you are not paid or have been dismissed",
                        "steps": [
                            {
                                "title": "Collect evidence",
                                "text": (
                                    "<p>Keep your contract, payslips, messages with the employer, "
                                    "a record of the hours you worked, and photos of your pass or "
                                    "workplace.</p>"
                                ),
                            },
                            {
                                "title": "Sign nothing extra",
                                "text": (
                                    "<p>Do not sign statements or receipts you do not understand, "
                                    'especially anything saying you "have no claims" against the '
                                    "employer.</p>"
                                ),
                            },
                            {
                                "title": "Contact the hotline",
                                "text": (
                                    "<p>A consultant will explain your options and which state "
                                    "body can deal with your case. You can get advice "
                                    "anonymously.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "If you are not allowed to leave or are being threatened",
                        "text": (
                            "<p>If you are prevented from leaving work, your documents have been "
                            "taken or you are being threatened, this is no longer a pay dispute. "
                            "Call the police on 102, and contact the "
                            "hotline as soon as it is safe.</p>"
                        ),
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "A question about working in Belarus?",
                        "text": "Call or write to us: we advise foreign workers too.",
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    {
        "key": "hotline-25-years",
        "date": "2026-01-15",
        "slug": {
            "ru": "goryachey-linii-25-let",
            "be": "garachay-linii-25-gadou",
            "en": "hotline-turns-25",
        },
        "title": {
            "ru": "Горячей линии по безопасному выезду за рубеж — 25 лет",
            "be": "Гарачай лініі па бяспечным выездзе за мяжу — 25 гадоў",
            "en": "Our hotline on safe travel abroad turns 25",
        },
        "intro": {
            "ru": (
                "В январе 2001 года заработала горячая линия по безопасному выезду за рубеж и "
                "помощи пострадавшим от торговли людьми. Четверть века спустя мы по-прежнему "
                "отвечаем тем, кто собирается уехать, и помогаем тем, кто попал в беду."
            ),
            "be": (
                "У студзені 2001 года запрацавала гарачая лінія па бяспечным выездзе за мяжу і "
                "дапамозе пацярпелым ад гандлю людзьмі. Праз чвэрць стагоддзя мы "
                "па-ранейшаму адказваем тым, хто збіраецца ехаць, і дапамагаем тым, хто "
                "трапіў у бяду."
            ),
            "en": (
                "In January 2001 the hotline on safe travel abroad and support for victims of "
                "trafficking took its first calls. A quarter of a century on, we still answer "
                "people who are about to leave and help those who have run into trouble."
            ),
        },
        "search_description": {
            "ru": "Горячей линии по безопасному выезду за рубеж 25 лет: как она помогает уезжающим и пострадавшим от торговли людьми.",
            "be": "Гарачай лініі па бяспечным выездзе за мяжу 25 гадоў: як яна дапамагае тым, хто едзе, і пацярпелым ад гандлю людзьмі.",
            "en": "The hotline on safe travel abroad turns 25: how it helps people going abroad and victims of human trafficking.",
        },
        "topics": ["safety", "trafficking"],
        "body": {
            "ru": [
                (
                    "paragraph",
                    (
                        "<p>Горячая линия открылась в январе 2001 года. Идея была простой: у "
                        "человека, который собирается работать, учиться или выходить замуж за "
                        "границей, должно быть место, где можно спокойно задать вопрос и получить "
                        "честный ответ — до отъезда, а не после.</p>"
                    ),
                ),
                ("heading", "Что изменилось за 25 лет"),
                (
                    "paragraph",
                    (
                        "<p>Поменялись маршруты, способы поиска работы и уловки вербовщиков: "
                        "объявления переехали из газет в соцсети и мессенджеры. Но вопросы людей "
                        "во многом остались прежними: настоящая ли это вакансия, какие нужны "
                        "документы, что делать, если работодатель забрал паспорт.</p>"
                        "<p>За эти годы к звонкам добавились консультации по электронной почте и "
                        "обращения через сайт из любой страны мира. Программа стала членом "
                        "международной ассоциации неправительственных организаций, "
                        "противодействующих торговле людьми: в 2020 году, по данным самой "
                        "ассоциации, в неё входили 29 организаций из 24 стран.</p>"
                    ),
                ),
                ("heading", "Что мы делаем сегодня"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>консультируем по всем вопросам миграции: работа, учёба, брак с "
                        "иностранцем, поездки;</li>"
                        "<li>помогаем людям в кризисной ситуации за границей — по электронной "
                        "почте и через онлайн-консультацию;</li>"
                        "<li>организуем бесплатную медицинскую, юридическую и психологическую "
                        "помощь пострадавшим от торговли людьми;</li>"
                        "<li>проводим занятия для школьников, студентов и учителей по всей "
                        "Беларуси.</li>"
                        "</ul>"
                        "<p>Спасибо всем, кто за эти годы позвонил, написал и рассказал о нас "
                        "близким. Каждый такой разговор мог уберечь кого-то от беды.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Обратиться можно анонимно",
                        "text": (
                            "<p>Чтобы получить консультацию, не нужно называть своё имя. "
                            "Расскажите о ситуации так, как вам удобно, — мы ответим по "
                            "существу.</p>"
                        ),
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Есть вопрос перед поездкой?",
                        "text": "Позвоните на горячую линию или отправьте обращение через сайт.",
                    },
                ),
            ],
            "be": [
                (
                    "paragraph",
                    (
                        "<p>Гарачая лінія адкрылася ў студзені 2001 года. Ідэя была простая: у "
                        "чалавека, які збіраецца працаваць, вучыцца ці выходзіць замуж за мяжой, "
                        "павінна быць месца, дзе можна спакойна задаць пытанне і атрымаць шчыры "
                        "адказ — да ад’езду, а не пасля.</p>"
                    ),
                ),
                ("heading", "Што змянілася за 25 гадоў"),
                (
                    "paragraph",
                    (
                        "<p>Змяніліся маршруты, спосабы пошуку працы і хітрыкі вярбоўшчыкаў: "
                        "аб’явы перабраліся з газет у сацыяльныя сеткі і месенджары. Але пытанні "
                        "людзей шмат у чым засталіся ранейшымі: ці сапраўдная гэта вакансія, якія "
                        "патрэбныя дакументы, што рабіць, калі працадаўца забраў пашпарт.</p>"
                        "<p>За гэтыя гады да званкоў дадаліся кансультацыі па электроннай пошце і "
                        "звароты праз сайт з любой краіны свету. Праграма стала членам міжнароднай "
                        "асацыяцыі недзяржаўных арганізацый, якія супрацьдзейнічаюць гандлю "
                        "людзьмі: у 2020 годзе, паводле звестак самой асацыяцыі, у яе "
                        "ўваходзілі 29 арганізацый з 24 краін.</p>"
                    ),
                ),
                ("heading", "Што мы робім сёння"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>кансультуем па ўсіх пытаннях міграцыі: праца, вучоба, шлюб з "
                        "замежнікам, паездкі;</li>"
                        "<li>дапамагаем людзям у крызіснай сітуацыі за мяжой — па электроннай "
                        "пошце і праз анлайн-кансультацыю;</li>"
                        "<li>арганізуем бясплатную медыцынскую, юрыдычную і псіхалагічную "
                        "дапамогу пацярпелым ад гандлю людзьмі;</li>"
                        "<li>праводзім заняткі для школьнікаў, студэнтаў і настаўнікаў па ўсёй "
                        "Беларусі.</li>"
                        "</ul>"
                        "<p>Дзякуй усім, хто за гэтыя гады патэлефанаваў, напісаў і расказаў пра "
                        "нас блізкім. Кожная такая размова магла ўберагчы кагосьці ад бяды.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Звярнуцца можна ананімна",
                        "text": (
                            "<p>Каб атрымаць кансультацыю, не трэба называць сваё імя. Раскажыце "
                            "пра сітуацыю так, як вам зручна, — мы адкажам па сутнасці.</p>"
                        ),
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Ёсць пытанне перад паездкай?",
                        "text": "Патэлефануйце на гарачую лінію або адпраўце зварот праз сайт.",
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>The hotline opened in January 2001. The idea was simple: anyone "
                        "planning to work, study or marry abroad should have somewhere to ask a "
                        "question calmly and get an honest answer before they leave, not "
                        "after.</p>"
                    ),
                ),
                ("heading", "What has changed in 25 years"),
                (
                    "paragraph",
                    (
                        "<p>Routes have changed, and so have the ways people look for work and the "
                        "tricks recruiters use: job ads have moved from newspapers to social media "
                        "and messaging apps. Yet many of the questions are the same as ever. Is "
                        "this job real? Which documents do I need? What do I do if my employer has "
                        "taken my passport?</p>"
                        "<p>Over the years, phone calls have been joined by e-mail advice and "
                        "online requests from anywhere in the world. The programme has also become "
                        "a member of an international association of anti-trafficking NGOs, which "
                        "in 2020, according to the association, had 29 members in 24 "
                        "countries.</p>"
                    ),
                ),
                ("heading", "What we do today"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>advise on any migration question: work, study, marriage to a foreign "
                        "citizen, travel;</li>"
                        "<li>help people in crisis abroad by e-mail and online consultation;</li>"
                        "<li>arrange free medical, legal and psychological support for victims of "
                        "trafficking;</li>"
                        "<li>run sessions for pupils, students and teachers across Belarus.</li>"
                        "</ul>"
                        "<p>Thank you to everyone who has called, written, or told a friend about "
                        "us over these years. Any one of those conversations may have kept someone "
                        "out of harm's way.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "You can stay anonymous",
                        "text": (
                            "<p>You do not have to give your name to get advice. Tell us about "
                            "your situation in whatever way suits you, and we will answer to the "
                            "point.</p>"
                        ),
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "A question before you travel?",
                        "text": "Call the hotline or send us a request through this site.",
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    {
        "key": "marriage-romance-scams",
        "date": "2026-02-10",
        "slug": {
            "ru": "brachnye-agentstva-i-romanticheskie-moshenniki",
            "be": "shlyubnyya-agentstvy-i-ramantychnyya-ashukantsy",
            "en": "marriage-agency-and-romance-scams",
        },
        "title": {
            "ru": "Знакомство, брак, переезд: как распознать брачных и «романтических» мошенников",
            "be": "Знаёмства, шлюб, пераезд: як распазнаць шлюбных і «рамантычных» ашуканцаў",
            "en": "Dating, marriage, moving abroad: how to spot marriage-agency and romance scams",
        },
        "intro": {
            "ru": (
                "Брак с иностранцем — одна из частых тем обращений на горячую линию. "
                "Рассказываем, по каким признакам распознать обман и что сделать до поездки "
                "к будущему супругу."
            ),
            "be": (
                "Шлюб з замежнікам — адна з частых тэм зваротаў на гарачую лінію. Расказваем, "
                "па якіх прыкметах распазнаць падман і што зрабіць да паездкі да будучага "
                "мужа ці жонкі."
            ),
            "en": (
                "Marriage to a foreign citizen is one of the most common topics on the "
                "hotline. Here are the warning signs of a scam, and what to do before you "
                "travel to meet a future partner."
            ),
        },
        "search_description": {
            "ru": "Брачные агентства и знакомства в интернете: признаки мошенничества и что сделать до поездки к будущему супругу за границу.",
            "be": "Шлюбныя агенцтвы і знаёмствы ў інтэрнэце: прыкметы ашуканства і што зрабіць да паездкі да будучага мужа ці жонкі за мяжу.",
            "en": "Marriage agencies and online dating: the warning signs of a scam, and what to do before travelling abroad to meet a partner.",
        },
        "topics": ["marriage", "safety"],
        "body": {
            "ru": [
                (
                    "paragraph",
                    (
                        "<p>Знакомство через брачное агентство или в интернете может закончиться "
                        "счастливой семьёй. Но под видом «жениха» или «невесты» иногда действуют "
                        "мошенники, которым нужны ваши деньги, и вербовщики, которым нужны вы "
                        "сами. Поэтому брак с иностранцем — одна из постоянных тем звонков на "
                        "горячую линию.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Будьте осторожны, если собеседник",
                        "text": (
                            "<ul>"
                            "<li>быстро признаётся в любви и торопит с переездом;</li>"
                            "<li>под разными предлогами избегает видеозвонка;</li>"
                            "<li>просит денег — на билет, лечение, таможню, «временные "
                            "трудности»;</li>"
                            "<li>предлагает оплатить вашу дорогу, а потом заводит речь о "
                            "«долге»;</li>"
                            "<li>просит прислать фото паспорта или отдать его «на "
                            "оформление»;</li>"
                            "<li>настаивает, чтобы вы никому не рассказывали о поездке.</li>"
                            "</ul>"
                        ),
                    },
                ),
                ("heading", "Если вы обратились в брачное агентство"),
                (
                    "paragraph",
                    (
                        "<p>Узнайте полное название агентства и его адрес. Внимательно прочитайте "
                        "договор: за что именно вы платите и что будет, если знакомство не "
                        "сложится. Насторожитесь, если вас уговаривают ехать к человеку, которого "
                        "вы ни разу не видели даже по видеосвязи, или просят оставить паспорт в "
                        "агентстве.</p>"
                    ),
                ),
                (
                    "checklist",
                    {
                        "title": "Перед поездкой к будущему супругу",
                        "items": [
                            "Вы видели человека по видеосвязи и знаете его полное имя и адрес",
                            "У родных есть копия вашего паспорта, адрес и телефон, где вы будете жить",
                            "Вы договорились с близкими, когда и как будете выходить на связь",
                            "У вас есть собственные деньги на обратный билет",
                            "Вы знаете номер экстренной службы страны и контакты консульства Беларуси",
                            "Виза соответствует цели поездки",
                        ],
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Сомневаетесь?",
                        "text": (
                            "Расскажите консультанту о ситуации, можно анонимно. Мы поможем "
                            "посмотреть на неё со стороны."
                        ),
                    },
                ),
            ],
            "be": [
                (
                    "paragraph",
                    (
                        "<p>Знаёмства праз шлюбнае агенцтва ці ў інтэрнэце можа скончыцца "
                        "шчаслівай сям’ёй. Але пад выглядам «жаніха» ці «нявесты» часам "
                        "дзейнічаюць ашуканцы, якім патрэбныя вашы грошы, і вярбоўшчыкі, якім "
                        "патрэбныя вы самі. Таму шлюб з замежнікам — адна з пастаянных тэм "
                        "званкоў на гарачую лінію.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Будзьце асцярожныя, калі суразмоўца",
                        "text": (
                            "<ul>"
                            "<li>хутка прызнаецца ў каханні і падганяе з пераездам;</li>"
                            "<li>пад рознымі падставамі пазбягае відэазванка;</li>"
                            "<li>просіць грошай — на білет, лячэнне, мытню, «часовыя "
                            "цяжкасці»;</li>"
                            "<li>прапануе аплаціць вашу дарогу, а потым пачынае гаварыць пра "
                            "«доўг»;</li>"
                            "<li>просіць даслаць фота пашпарта або аддаць яго «на "
                            "афармленне»;</li>"
                            "<li>настойвае, каб вы нікому не расказвалі пра паездку.</li>"
                            "</ul>"
                        ),
                    },
                ),
                ("heading", "Калі вы звярнуліся ў шлюбнае агенцтва"),
                (
                    "paragraph",
                    (
                        "<p>Даведайцеся поўную назву агенцтва і яго адрас. Уважліва прачытайце "
                        "дагавор: за што менавіта вы плаціце і што будзе, калі знаёмства не "
                        "атрымаецца. Насцярожцеся, калі вас угаворваюць ехаць да чалавека, якога "
                        "вы ні разу не бачылі нават па відэасувязі, або просяць пакінуць пашпарт у "
                        "агенцтве.</p>"
                    ),
                ),
                (
                    "checklist",
                    {
                        "title": "Перад паездкай да будучага мужа ці жонкі",
                        "items": [
                            "Вы бачылі чалавека па відэасувязі і ведаеце яго поўнае імя і адрас",
                            "У родных ёсць копія вашага пашпарта, адрас і тэлефон, дзе вы будзеце жыць",
                            "Вы дамовіліся з блізкімі, калі і як будзеце выходзіць на сувязь",
                            "У вас ёсць уласныя грошы на зваротны білет",
                            "Вы ведаеце нумар экстраннай службы краіны і кантакты консульства Беларусі",
                            "Віза адпавядае мэце паездкі",
                        ],
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Сумняваецеся?",
                        "text": (
                            "Раскажыце кансультанту пра сітуацыю, можна ананімна. Мы дапаможам "
                            "паглядзець на яе з боку."
                        ),
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Meeting someone through a marriage agency or online can end in a happy "
                        'family. But a "fiancé" or "bride" is sometimes a fraudster who wants '
                        "your money, or a recruiter who wants you. That is why marriage to a "
                        "foreign citizen is a constant topic of calls to the hotline.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Be careful if the person you are talking to",
                        "text": (
                            "<ul>"
                            "<li>declares their love very quickly and pushes you to move;</li>"
                            "<li>keeps finding reasons to avoid a video call;</li>"
                            "<li>asks for money: for a ticket, medical bills, customs, or "
                            '"temporary difficulties";</li>'
                            "<li>offers to pay for your journey and later starts talking about a "
                            '"debt";</li>'
                            "<li>asks for a photo of your passport, or for the passport itself "
                            '"for the paperwork";</li>'
                            "<li>insists you tell no one about the trip.</li>"
                            "</ul>"
                        ),
                    },
                ),
                ("heading", "If you are using a marriage agency"),
                (
                    "paragraph",
                    (
                        "<p>Find out the agency's full name and address. Read the contract "
                        "carefully: what exactly are you paying for, and what happens if the "
                        "match does not work out? Be wary if you are urged to travel to someone "
                        "you have never seen, even on a video call, or asked to leave your "
                        "passport with the agency.</p>"
                    ),
                ),
                (
                    "checklist",
                    {
                        "title": "Before you travel to meet a future partner",
                        "items": [
                            "You have seen the person on a video call and know their full name and address",
                            "Your family has a copy of your passport and the address and phone number where you will stay",
                            "You have agreed with someone close when and how you will check in",
                            "You have your own money for a return ticket",
                            "You know the country's emergency number and how to reach the Belarusian consulate",
                            "Your visa matches the purpose of the trip",
                        ],
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Having doubts?",
                        "text": (
                            "Tell a consultant about your situation, anonymously if you prefer. "
                            "We will help you see it from the outside."
                        ),
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    {
        "key": "anonymous-request-form",
        "date": "2026-02-24",
        "slug": {
            "ru": "zapros-mozhno-otpravit-anonimno",
            "be": "zapyt-mozhna-adpravits-ananimna",
            "en": "send-a-request-anonymously",
        },
        "title": {
            "ru": "Напоминаем: обращение на горячую линию можно отправить анонимно",
            "be": "Нагадваем: зварот на гарачую лінію можна адправіць ананімна",
            "en": "A reminder: you can contact the hotline anonymously",
        },
        "intro": {
            "ru": (
                "Онлайн-форму можно заполнить без имени, а в ней самой вы указываете, как и "
                "когда с вами безопасно связаться. Это особенно важно, если вы за границей и "
                "ваш телефон могут проверять."
            ),
            "be": (
                "Анлайн-форму можна запоўніць без імя, а ў ёй самой вы пазначаеце, як і калі "
                "з вамі бяспечна звязацца. Гэта асабліва важна, калі вы за мяжой і ваш "
                "тэлефон могуць правяраць."
            ),
            "en": (
                "You can fill in the online form without giving your name, and tell us how "
                "and when it is safe to contact you. This matters most if you are abroad and "
                "someone may be checking your phone."
            ),
        },
        "search_description": {
            "ru": "Обращение на горячую линию можно отправить анонимно и указать, как и когда с вами безопасно связаться. Советы, если телефон проверяют.",
            "be": "Зварот на гарачую лінію можна адправіць ананімна і пазначыць, як і калі з вамі бяспечна звязацца. Парады, калі тэлефон правяраюць.",
            "en": "Send the hotline a request anonymously and say how and when it is safe to contact you. Tips if someone may be checking your phone.",
        },
        "topics": ["crisis-abroad", "safety"],
        "body": {
            "ru": [
                (
                    "paragraph",
                    (
                        "<p>Нам пишут из разных стран и в разных обстоятельствах. Иногда человек "
                        "не может говорить свободно: рядом работодатель, телефон чужой, переписку "
                        "читают. Поэтому форма обращения устроена так, чтобы обратиться можно было "
                        "без лишнего риска.</p>"
                    ),
                ),
                ("heading", "Что важно знать о форме"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>Имя указывать не обязательно.</strong> Можно описать "
                        "ситуацию, не называя себя.</li>"
                        "<li><strong>Вы выбираете способ связи</strong> — тот, который для вас "
                        "удобен и безопасен.</li>"
                        "<li><strong>Вы указываете, когда вам можно звонить</strong> и можно ли "
                        "оставить сообщение. Если звонить нельзя, мы не позвоним.</li>"
                        "<li><strong>Форма работает и при слабом соединении</strong>, в том числе "
                        "в роуминге и в простом браузере.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Если ваш телефон могут проверить",
                        "text": (
                            "<p>Откройте сайт в приватном окне браузера («инкогнито»): после "
                            "закрытия окна он не останется в истории. Если окно было обычным, "
                            "удалите из истории только страницы этого сайта, а не всю историю: "
                            "полностью пустая история тоже может привлечь внимание. Кнопка "
                            "быстрого выхода сразу закрывает страницу и открывает нейтральный "
                            "сайт. Подробнее — на странице о безопасном просмотре сайта.</p>"
                        ),
                    },
                ),
                ("heading", "Что происходит после отправки"),
                (
                    "paragraph",
                    (
                        "<p>Ваше обращение видят только консультанты горячей линии. Срочные "
                        "обращения они рассматривают в первую очередь. Ответ придёт тем способом "
                        "и в то время, которые вы выбрали.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "danger",
                        "title": "Если вам угрожает опасность прямо сейчас",
                        "text": (
                            "<p>Не ждите ответа на обращение — звоните в местную экстренную службу. "
                            "Во всех странах ЕС работает номер 112.</p>"
                        ),
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Написать на горячую линию",
                        "text": "Заполните форму обращения — анонимно, если так безопаснее.",
                    },
                ),
            ],
            "be": [
                (
                    "paragraph",
                    (
                        "<p>Нам пішуць з розных краін і ў розных абставінах. Часам чалавек не можа "
                        "гаварыць свабодна: побач працадаўца, тэлефон чужы, перапіску чытаюць. "
                        "Таму форма звароту ўладкаваная так, каб звярнуцца можна было без лішняй "
                        "рызыкі.</p>"
                    ),
                ),
                ("heading", "Што важна ведаць пра форму"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>Імя пазначаць не абавязкова.</strong> Можна апісаць "
                        "сітуацыю, не называючы сябе.</li>"
                        "<li><strong>Вы выбіраеце спосаб сувязі</strong> — той, які для вас "
                        "зручны і бяспечны.</li>"
                        "<li><strong>Вы пазначаеце, калі вам можна тэлефанаваць</strong> і ці "
                        "можна пакінуць паведамленне. Калі тэлефанаваць нельга, мы не "
                        "патэлефануем.</li>"
                        "<li><strong>Форма працуе і пры слабым злучэнні</strong>, у тым ліку ў "
                        "роўмінгу і ў простым браўзеры.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Калі ваш тэлефон могуць праверыць",
                        "text": (
                            "<p>Адкрыйце сайт у прыватным акне браўзера («інкогніта»): пасля "
                            "закрыцця акна ён не застанецца ў гісторыі. Калі акно было "
                            "звычайным, выдаліце з гісторыі толькі старонкі гэтага сайта, а не "
                            "ўсю гісторыю: цалкам пустая гісторыя таксама можа прыцягнуць "
                            "увагу. Кнопка хуткага выхаду адразу закрывае старонку і адкрывае "
                            "нейтральны сайт. Падрабязней — на старонцы пра бяспечны прагляд "
                            "сайта.</p>"
                        ),
                    },
                ),
                ("heading", "Што адбываецца пасля адпраўкі"),
                (
                    "paragraph",
                    (
                        "<p>Ваш зварот бачаць толькі кансультанты гарачай лініі. Тэрміновыя "
                        "звароты яны разглядаюць у першую чаргу. Адказ прыйдзе тым спосабам і ў "
                        "той час, якія вы выбралі.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "danger",
                        "title": "Калі вам пагражае небяспека зараз жа",
                        "text": (
                            "<p>Не чакайце адказу на зварот — тэлефануйце ў мясцовую экстранную "
                            "службу. Ва ўсіх краінах ЕС працуе нумар 112.</p>"
                        ),
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Напісаць на гарачую лінію",
                        "text": "Запоўніце форму звароту — ананімна, калі так бяспечней.",
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>People write to us from many countries and in very different "
                        "circumstances. Sometimes they cannot speak freely: the employer is "
                        "nearby, the phone belongs to someone else, messages are being read. "
                        "That is why the request form is designed so you can reach us without "
                        "taking unnecessary risks.</p>"
                    ),
                ),
                ("heading", "What to know about the form"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>Your name is optional.</strong> You can describe what is "
                        "happening without saying who you are.</li>"
                        "<li><strong>You choose how we reply</strong>: whichever way is "
                        "convenient and safe for you.</li>"
                        "<li><strong>You tell us when we may call</strong> and whether we may "
                        "leave a message. If calling is not safe, we will not call.</li>"
                        "<li><strong>The form works on a weak connection</strong>, including in "
                        "roaming and in a basic browser.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "If someone may check your phone",
                        "text": (
                            '<p>Open the site in a private ("incognito") browser window: once '
                            "you close it, the visit is not in your history. If the window was "
                            "an ordinary one, remove only this site's pages from your history, "
                            "not the whole history: a completely empty history can draw "
                            "attention too. The quick exit button closes the page at once and "
                            "opens a neutral website. The page on browsing this site safely "
                            "tells more.</p>"
                        ),
                    },
                ),
                ("heading", "What happens after you send it"),
                (
                    "paragraph",
                    (
                        "<p>Only hotline consultants can see your request, and urgent ones are "
                        "dealt with first. We reply by the channel and at the time you "
                        "chose.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "danger",
                        "title": "If you are in danger right now",
                        "text": (
                            "<p>Do not wait for a reply: call the local emergency services. "
                            "Across the EU the number is 112.</p>"
                        ),
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Write to the hotline",
                        "text": "Fill in the request form, anonymously if that is safer.",
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    {
        "key": "student-summer-programmes",
        "date": "2026-03-17",
        "slug": {
            "ru": "letnie-programmy-dlya-studentov",
            "be": "letniya-pragramy-dlya-studentau",
            "en": "student-summer-programmes",
        },
        "title": {
            "ru": "Летние программы для студентов: что проверить до оплаты",
            "be": "Летнія праграмы для студэнтаў: што праверыць да аплаты",
            "en": "Student summer programmes: what to check before you pay",
        },
        "intro": {
            "ru": (
                "Лето за границей с работой и путешествиями — хороший опыт, если программа "
                "настоящая, а виза позволяет работать. Проверьте агентство, визу и условия до "
                "того, как заплатите."
            ),
            "be": (
                "Лета за мяжой з працай і падарожжамі — добры досвед, калі праграма "
                "сапраўдная, а віза дазваляе працаваць. Праверце агенцтва, візу і ўмовы да "
                "таго, як заплаціце."
            ),
            "en": (
                "A summer of work and travel abroad is a great experience, as long as the "
                "programme is genuine and your visa lets you work. Check the agency, the visa "
                "and the conditions before you pay."
            ),
        },
        "search_description": {
            "ru": "Работа летом за рубежом для студентов: как проверить агентство, визу и условия работы до оплаты и что делать, если что-то не так.",
            "be": "Праца летам за мяжой для студэнтаў: як праверыць агенцтва, візу і ўмовы працы да аплаты і што рабіць, калі нешта не так.",
            "en": "Summer work abroad for students: how to check the agency, the visa and the job before paying, and what to do if things go wrong.",
        },
        "topics": ["study", "employment"],
        "body": {
            "ru": [
                (
                    "paragraph",
                    (
                        "<p>Весной студенты выбирают летние программы: кафе или отель у моря, "
                        "парк развлечений, ферма. Многие программы работают честно, но к нам "
                        "обращаются и с другими историями: работодателя по указанному адресу нет, "
                        "жильё оказалось вдвое дороже обещанного, а вместо одной работы "
                        "предлагают совсем другую.</p>"
                    ),
                ),
                (
                    "checklist",
                    {
                        "title": "Перед тем как подписать договор с агентством",
                        "items": [
                            "Агентство официально зарегистрировано, у него есть адрес, а договор с вами заключается письменно",
                            "Известно, какая организация отвечает за программу в стране пребывания и как с ней связаться",
                            "Виза даёт право работать — туристическая виза для работы не подходит",
                            "Работодатель, адрес, должность, часы и оплата указаны в документах до отъезда",
                            "Понятно, кто предоставляет жильё и сколько оно стоит",
                            "Есть медицинская страховка на весь срок поездки",
                            "Вы знаете, что делать, если работа окажется не такой, как обещали",
                        ],
                    },
                ),
                ("heading", "Если на месте что-то пошло не так"),
                (
                    "paragraph",
                    (
                        "<p>Свяжитесь с организацией, которая отвечает за программу в стране "
                        "пребывания, и сообщите в агентство дома. Не соглашайтесь на работу, "
                        "которую не разрешает ваша виза: нарушение правил может стоить вам права "
                        "на въезд в будущем. Паспорт держите при себе — никто не вправе его "
                        "забирать.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Родителям",
                        "text": (
                            "<p>Попросите сына или дочь оставить вам копию договора, адрес "
                            "работодателя и жилья. Договоритесь о регулярной связи — и о том, что "
                            "вы будете делать, если она пропадёт.</p>"
                        ),
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Вопросы о программе?",
                        "text": "Позвоните или напишите нам до оплаты — поможем проверить условия.",
                    },
                ),
            ],
            "be": [
                (
                    "paragraph",
                    (
                        "<p>Увесну студэнты выбіраюць летнія праграмы: кавярня ці гатэль каля "
                        "мора, парк забаў, ферма. Шмат якія праграмы працуюць сумленна, але да нас "
                        "звяртаюцца і з іншымі гісторыямі: працадаўцы па пазначаным адрасе няма, "
                        "жыллё аказалася ўдвая даражэйшым за абяцанае, а замест адной працы "
                        "прапануюць зусім іншую.</p>"
                    ),
                ),
                (
                    "checklist",
                    {
                        "title": "Перш чым падпісаць дагавор з агенцтвам",
                        "items": [
                            "Агенцтва афіцыйна зарэгістраванае, у яго ёсць адрас, а дагавор з вамі заключаецца пісьмова",
                            "Вядома, якая арганізацыя адказвае за праграму ў краіне знаходжання і як з ёй звязацца",
                            "Віза дае права працаваць — турыстычная віза для працы не падыходзіць",
                            "Працадаўца, адрас, пасада, гадзіны і аплата пазначаныя ў дакументах да ад’езду",
                            "Зразумела, хто дае жыллё і колькі яно каштуе",
                            "Ёсць медыцынская страхоўка на ўвесь тэрмін паездкі",
                            "Вы ведаеце, што рабіць, калі праца акажацца не такой, як абяцалі",
                        ],
                    },
                ),
                ("heading", "Калі на месцы нешта пайшло не так"),
                (
                    "paragraph",
                    (
                        "<p>Звяжыцеся з арганізацыяй, якая адказвае за праграму ў краіне "
                        "знаходжання, і паведаміце ў агенцтва дома. Не пагаджайцеся на працу, "
                        "якую не дазваляе ваша віза: парушэнне правілаў можа каштаваць вам права "
                        "на ўезд у будучыні. Пашпарт трымайце пры сабе — ніхто не мае права яго "
                        "забіраць.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Бацькам",
                        "text": (
                            "<p>Папрасіце сына ці дачку пакінуць вам копію дагавора, адрас "
                            "працадаўцы і жылля. Дамоўцеся пра рэгулярную сувязь — і пра тое, што "
                            "вы будзеце рабіць, калі яна знікне.</p>"
                        ),
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Пытанні пра праграму?",
                        "text": "Патэлефануйце ці напішыце нам да аплаты — дапаможам праверыць умовы.",
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Spring is when students choose their summer programmes: a café or "
                        "hotel by the sea, an amusement park, a farm. Many programmes are run "
                        "honestly, but people also come to us with other stories: there is no "
                        "employer at the given address, the accommodation costs twice what was "
                        "promised, or the job on offer turns out to be a completely different "
                        "one.</p>"
                    ),
                ),
                (
                    "checklist",
                    {
                        "title": "Before you sign with an agency",
                        "items": [
                            "The agency is officially registered, has a real address and gives you a written contract",
                            "You know which organisation runs the programme in the host country and how to contact it",
                            "Your visa allows you to work: a tourist visa is not enough",
                            "The employer, address, job, hours and pay are set out in writing before you leave",
                            "You know who provides your accommodation and how much it costs",
                            "You have health insurance for the whole trip",
                            "You know what to do if the job is not what you were promised",
                        ],
                    },
                ),
                ("heading", "If something goes wrong when you arrive"),
                (
                    "paragraph",
                    (
                        "<p>Contact the organisation responsible for the programme in the host "
                        "country, and let your agency at home know. Do not take work your visa "
                        "does not allow: breaking the rules can cost you the right to enter the "
                        "country in future. Keep your passport with you; nobody has the right to "
                        "take it.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "For parents",
                        "text": (
                            "<p>Ask your son or daughter to leave you a copy of the contract and "
                            "the addresses of the employer and the accommodation. Agree on "
                            "regular check-ins, and on what you will do if they stop.</p>"
                        ),
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Questions about a programme?",
                        "text": "Call or write to us before you pay, and we will help you check the terms.",
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    {
        "key": "seasonal-work-warning",
        "date": "2026-04-08",
        "slug": {
            "ru": "ostorozhno-falshivye-sezonnye-vakansii",
            "be": "astsyarozhna-falshyvyya-sezonnyya-vakansii",
            "en": "beware-fake-seasonal-farm-jobs",
        },
        "title": {
            "ru": "Перед летним сезоном: осторожно, фальшивые вакансии в сельском хозяйстве",
            "be": "Перад летнім сезонам: асцярожна, фальшывыя вакансіі ў сельскай гаспадарцы",
            "en": "Before the summer season: watch out for fake farm jobs",
        },
        "intro": {
            "ru": (
                "Весной появляется много объявлений о сезонной работе за рубежом — на фермах, "
                "в теплицах, на сборе урожая. Среди них немало ловушек, поэтому проверьте "
                "предложение, прежде чем платить и ехать."
            ),
            "be": (
                "Увесну з’яўляецца шмат аб’яў пра сезонную працу за мяжой — на фермах, у "
                "цяпліцах, на зборы ўраджаю. Сярод іх нямала пастак, таму праверце "
                "прапанову, перш чым плаціць і ехаць."
            ),
            "en": (
                "Every spring brings a wave of ads for seasonal work abroad on farms, in "
                "greenhouses and at harvest time. Many of them are traps, so check the offer "
                "before you pay or travel."
            ),
        },
        "search_description": {
            "ru": "Сезонная работа на фермах и в теплицах за рубежом: признаки фальшивой вакансии и что проверить до отъезда.",
            "be": "Сезонная праца на фермах і ў цяпліцах за мяжой: прыкметы фальшывай вакансіі і што праверыць да ад’езду.",
            "en": "Seasonal farm and greenhouse work abroad: the signs of a fake job offer and what to check before you leave.",
        },
        "topics": ["employment", "trafficking"],
        "body": {
            "ru": [
                (
                    "paragraph",
                    (
                        "<p>Сбор клубники, работа в теплицах, упаковка овощей — такие вакансии "
                        "кажутся простыми: опыта не требуют, жильё «предоставляется», выезд "
                        "«через неделю». Именно поэтому их охотно используют недобросовестные "
                        "посредники и вербовщики.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Насторожитесь, если",
                        "text": (
                            "<ul>"
                            "<li>за работу нужно заплатить вперёд — «за оформление», «за место», "
                            "«за визу»;</li>"
                            "<li>договор обещают выдать только на месте, или он на языке, "
                            "которого вы не понимаете;</li>"
                            "<li>предлагают ехать по туристической визе или «без визы, там "
                            "оформим»;</li>"
                            "<li>зарплата заметно выше, чем обычно платят за такую работу в этой "
                            "стране;</li>"
                            "<li>вас торопят: решать нужно сегодня, мест почти не осталось;</li>"
                            "<li>у работодателя нет ни названия, ни адреса — только номер в "
                            "мессенджере.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Перед отъездом на сезонную работу",
                        "items": [
                            "Известны полное название и адрес работодателя, и такая компания действительно существует",
                            "Есть письменный договор на понятном вам языке: обязанности, часы, оплата, жильё",
                            "Виза или разрешение дают право работать в этой стране",
                            "Понятно, сколько стоят жильё и питание и будут ли их вычитать из зарплаты",
                            "Копии паспорта и договора остались у родных, адрес работы им известен",
                            "Есть деньги на обратный билет, которые вы никому не отдадите",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "danger",
                        "title": "Если у вас забрали паспорт",
                        "text": (
                            "<p>Паспорт — ваша собственность, и работодатель не вправе его "
                            "удерживать. Если вам угрожают или не отпускают, звоните в местную "
                            "полицию; во всех странах ЕС работает единый номер 112.</p>"
                        ),
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Проверьте вакансию вместе с нами",
                        "text": (
                            "Пришлите описание предложения — консультант подскажет, на что "
                            "обратить внимание."
                        ),
                    },
                ),
            ],
            "be": [
                (
                    "paragraph",
                    (
                        "<p>Збор клубніц, праца ў цяпліцах, пакаванне гародніны — такія вакансіі "
                        "здаюцца простымі: досведу не патрабуюць, жыллё «даюць», выезд «праз "
                        "тыдзень». Менавіта таму імі ахвотна карыстаюцца несумленныя пасярэднікі "
                        "і вярбоўшчыкі.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Насцярожцеся, калі",
                        "text": (
                            "<ul>"
                            "<li>за працу трэба заплаціць наперад — «за афармленне», «за месца», "
                            "«за візу»;</li>"
                            "<li>дагавор абяцаюць выдаць толькі на месцы, або ён на мове, якой вы "
                            "не разумееце;</li>"
                            "<li>прапануюць ехаць па турыстычнай візе ці «без візы, там "
                            "аформім»;</li>"
                            "<li>заробак прыкметна вышэйшы, чым звычайна плацяць за такую працу ў "
                            "гэтай краіне;</li>"
                            "<li>вас падганяюць: вырашаць трэба сёння, месцаў амаль не "
                            "засталося;</li>"
                            "<li>у працадаўцы няма ні назвы, ні адраса — толькі нумар у "
                            "месенджары.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Перад ад’ездам на сезонную працу",
                        "items": [
                            "Вядомыя поўная назва і адрас працадаўцы, і такая кампанія сапраўды існуе",
                            "Ёсць пісьмовы дагавор на зразумелай вам мове: абавязкі, гадзіны, аплата, жыллё",
                            "Віза ці дазвол даюць права працаваць у гэтай краіне",
                            "Зразумела, колькі каштуюць жыллё і харчаванне і ці будуць іх вылічваць з заробку",
                            "Копіі пашпарта і дагавора засталіся ў родных, адрас працы ім вядомы",
                            "Ёсць грошы на зваротны білет, якія вы нікому не аддасце",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "danger",
                        "title": "Калі ў вас забралі пашпарт",
                        "text": (
                            "<p>Пашпарт — ваша ўласнасць, і працадаўца не мае права яго "
                            "ўтрымліваць. Калі вам пагражаюць або не адпускаюць, тэлефануйце ў "
                            "мясцовую паліцыю; ва ўсіх краінах ЕС працуе адзіны нумар 112.</p>"
                        ),
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Праверце вакансію разам з намі",
                        "text": (
                            "Дашліце апісанне прапановы — кансультант падкажа, на што звярнуць "
                            "увагу."
                        ),
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Picking strawberries, working in a greenhouse, packing vegetables: "
                        "jobs like these look straightforward. No experience needed, "
                        'accommodation "provided", departure "next week". That is exactly '
                        "why dishonest middlemen and recruiters like to use them.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Be on your guard if",
                        "text": (
                            "<ul>"
                            '<li>you are asked to pay up front "for the paperwork", "for a '
                            'place" or "for the visa";</li>'
                            "<li>the contract will only be handed over on arrival, or it is in a "
                            "language you do not understand;</li>"
                            '<li>you are told to travel on a tourist visa, or "no visa needed, '
                            "we'll sort it out there\";</li>"
                            "<li>the pay is well above what this kind of work normally pays in "
                            "that country;</li>"
                            "<li>you are rushed: decide today, only a few places left;</li>"
                            "<li>the employer has no company name and no address, just a "
                            "messaging app number.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Before you leave for seasonal work",
                        "items": [
                            "You know the employer's full name and address, and the company really exists",
                            "You have a written contract in a language you understand: duties, hours, pay, accommodation",
                            "Your visa or permit allows you to work in that country",
                            "You know what housing and meals cost and whether they come out of your wages",
                            "Your family has copies of your passport and contract and knows where you will work",
                            "You have money for a ticket home that you will not hand to anyone",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "danger",
                        "title": "If your passport has been taken",
                        "text": (
                            "<p>Your passport belongs to you, and no employer may keep it. If you "
                            "are threatened or not allowed to leave, call the local police; 112 "
                            "works in every EU country.</p>"
                        ),
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Check the job with us",
                        "text": (
                            "Send us the details of the offer, and a consultant will tell you "
                            "what to look out for."
                        ),
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    {
        "key": "safe-work-abroad-page",
        "date": "2026-05-20",
        "slug": {
            "ru": "pamyatka-bezopasnaya-rabota-za-rubezhom",
            "be": "pamyatka-byaspechnaya-pratsa-za-myazhoy",
            "en": "safe-work-abroad-guide",
        },
        "title": {
            "ru": "«Безопасная работа за рубежом»: памятка для тех, кто едет на заработки",
            "be": "«Бяспечная праца за мяжой»: памятка для тых, хто едзе на заробкі",
            "en": "Safe Work Abroad: a page for everyone going abroad to work",
        },
        "intro": {
            "ru": (
                "На сайте появилась страница «Безопасная работа за рубежом». Её цель — "
                "чтобы каждый, кто едет работать за границу, знал, что проверить заранее и "
                "куда обратиться за помощью."
            ),
            "be": (
                "На сайце з’явілася старонка «Бяспечная праца за мяжой». Яе мэта — каб "
                "кожны, хто едзе працаваць за мяжу, ведаў, што праверыць загадзя і куды "
                "звярнуцца па дапамогу."
            ),
            "en": (
                "This site now has a Safe Work Abroad page. The aim: everyone going abroad "
                "to work should know what to check in advance and where to turn for help."
            ),
        },
        "search_description": {
            "ru": "Страница «Безопасная работа за рубежом» для трудовых мигрантов: чек-лист перед отъездом, советы, куда обращаться за помощью.",
            "be": "Старонка «Бяспечная праца за мяжой» для працоўных мігрантаў: чэк-ліст перад ад’ездам, парады, куды звяртацца па дапамогу.",
            "en": "The Safe Work Abroad page for labour migrants: a checklist before you leave, practical advice and where to get help.",
        },
        "topics": ["employment", "labour-rights"],
        "body": {
            "ru": [
                (
                    "paragraph",
                    (
                        "<p>Работа за рубежом — самая частая тема обращений на горячую линию. Во "
                        "время пандемии COVID-19, начиная с 2020 года, вопросов о проблемах с "
                        "иностранными работодателями к нам поступало втрое больше, чем до неё. "
                        "Тогда информационная кампания, проведённая вместе с МОМ, помогла "
                        "трудовым мигрантам вовремя получить нужные сведения. Новая страница "
                        "собирает эти советы в одном месте.</p>"
                    ),
                ),
                ("heading", "Что на странице"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>понятный чек-лист: что проверить до отъезда и "
                        "что оставить родным;</li>"
                        "<li>советы о том, как проверить работодателя и агентство;</li>"
                        "<li>напоминание, куда звонить в экстренной ситуации в разных "
                        "странах;</li>"
                        "<li>консультации горячей линии по телефону, электронной почте и через "
                        "онлайн-форму.</li>"
                        "</ul>"
                    ),
                ),
                ("heading", "МОМ в Беларуси"),
                (
                    "paragraph",
                    (
                        "<p>Международная организация по миграции работает в Беларуси с 1994 "
                        "года. Её офис в Минске открылся в декабре 1996 года, а 29 ноября 2005 "
                        "года Беларусь стала полноправным членом МОМ. С 2021 года МОМ в "
                        "Беларуси ведёт проект «Максимизация влияния миграции и трудовой "
                        "мобильности на устойчивое развитие Беларуси»; в него входят "
                        "государственная горячая линия по безопасной миграции Департамента по "
                        "гражданству и миграции МВД и общенациональная информационная "
                        "кампания.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Поделитесь с теми, кто собирается ехать",
                        "text": (
                            "<p>Если кто-то из ваших близких ищет работу за границей, отправьте "
                            "ему ссылку на страницу «Безопасная работа за рубежом». Несколько минут проверки до "
                            "отъезда могут избавить от месяцев проблем.</p>"
                        ),
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Собираетесь работать за рубежом?",
                        "text": (
                            "Задайте вопрос консультанту до того, как подпишете договор или "
                            "заплатите посреднику."
                        ),
                    },
                ),
            ],
            "be": [
                (
                    "paragraph",
                    (
                        "<p>Праца за мяжой — самая частая тэма зваротаў на гарачую лінію. Падчас "
                        "пандэміі COVID-19, пачынаючы з 2020 года, пытанняў пра праблемы з "
                        "замежнымі працадаўцамі да нас паступала ўтрая больш, чым да яе. Тады "
                        "інфармацыйная кампанія, праведзеная разам з МАМ, дапамагла працоўным "
                        "мігрантам своечасова атрымаць патрэбныя звесткі. Новая старонка збірае "
                        "гэтыя парады ў адным месцы.</p>"
                    ),
                ),
                ("heading", "Што на старонцы"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>зразумелы чэк-ліст: што праверыць да "
                        "ад’езду і што пакінуць родным;</li>"
                        "<li>парады, як праверыць працадаўцу і агенцтва;</li>"
                        "<li>нагадванне, куды тэлефанаваць у экстраннай сітуацыі ў розных "
                        "краінах;</li>"
                        "<li>кансультацыі гарачай лініі па тэлефоне, электроннай пошце і праз "
                        "анлайн-форму.</li>"
                        "</ul>"
                    ),
                ),
                ("heading", "МАМ у Беларусі"),
                (
                    "paragraph",
                    (
                        "<p>Міжнародная арганізацыя па міграцыі працуе ў Беларусі з 1994 года. "
                        "Яе офіс у Мінску адкрыўся ў снежні 1996 года, а 29 лістапада 2005 года "
                        "Беларусь стала паўнапраўным членам МАМ. З 2021 года МАМ у Беларусі "
                        "вядзе праект «Максімізацыя ўплыву міграцыі і працоўнай мабільнасці на "
                        "ўстойлівае развіццё Беларусі»; у яго ўваходзяць дзяржаўная гарачая лінія "
                        "па бяспечнай міграцыі Дэпартамента па грамадзянстве і міграцыі МУС і "
                        "агульнанацыянальная інфармацыйная кампанія.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Падзяліцеся з тымі, хто збіраецца ехаць",
                        "text": (
                            "<p>Калі хтосьці з вашых блізкіх шукае працу за мяжой, дашліце яму "
                            "спасылку на старонку «Бяспечная праца за мяжой». Некалькі хвілін праверкі да ад’езду "
                            "могуць пазбавіць ад месяцаў праблем.</p>"
                        ),
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Збіраецеся працаваць за мяжой?",
                        "text": (
                            "Задайце пытанне кансультанту, перш чым падпісаць дагавор ці "
                            "заплаціць пасярэдніку."
                        ),
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Work abroad is the most common reason people contact the hotline. "
                        "During the COVID-19 pandemic, from 2020 on, we received three times as "
                        "many questions about problems with foreign employers as before it. An "
                        "information campaign run with IOM at the time helped labour migrants get "
                        "the information they needed when they needed it. The new page brings "
                        "that advice together in one place.</p>"
                    ),
                ),
                ("heading", "What the page includes"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>a clear checklist: what to check before you go "
                        "and what to leave with your family;</li>"
                        "<li>practical tips on checking an employer or an agency;</li>"
                        "<li>a reminder of which emergency numbers to call in different "
                        "countries;</li>"
                        "<li>advice from the hotline by phone, e-mail and the online form.</li>"
                        "</ul>"
                    ),
                ),
                ("heading", "IOM in Belarus"),
                (
                    "paragraph",
                    (
                        "<p>The International Organization for Migration has worked in Belarus "
                        "since 1994. Its Minsk office opened in December 1996, and Belarus became "
                        "a full member of IOM on 29 November 2005. Since 2021 IOM Belarus has "
                        'run the project "Maximizing the impact of migration and labour '
                        'mobility in the sustainable development of Belarus", which includes a '
                        "state hotline for safe migration run by the Department on Citizenship "
                        "and Migration of the Ministry of Internal Affairs, and a nationwide "
                        "information campaign.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Share it with someone who is about to leave",
                        "text": (
                            "<p>If someone close to you is looking for work abroad, send them a "
                            "link to the Safe Work Abroad page. A few minutes of checking before "
                            "departure can save months of trouble.</p>"
                        ),
                    },
                ),
                (
                    "hotline_cta",
                    {
                        "title": "Planning to work abroad?",
                        "text": (
                            "Ask a consultant before you sign a contract or pay anyone to find you "
                            "a job."
                        ),
                    },
                ),
            ],
        },
    },
]


CAMPAIGN = {
    "key": "safe-work-abroad",
    "slug": {
        "ru": "bezopasnaya-rabota-za-rubezhom",
        "be": "byaspechnaya-pratsa-za-myazhoy",
        "en": "safe-work-abroad",
    },
    "title": {
        "ru": "Безопасная работа за рубежом",
        "be": "Бяспечная праца за мяжой",
        "en": "Safe work abroad",
    },
    "intro": {
        "ru": (
            "Работа за границей должна начинаться с договора, а не с долга. Проверьте "
            "предложение до отъезда — и знайте, куда обратиться, если что-то пойдёт не так."
        ),
        "be": (
            "Праца за мяжой павінна пачынацца з дагавора, а не з доўгу. Праверце прапанову да "
            "ад’езду — і ведайце, куды звярнуцца, калі нешта пойдзе не так."
        ),
        "en": (
            "A job abroad should start with a contract, not a debt. Check the offer before "
            "you go, and know where to turn if something goes wrong."
        ),
    },
    "search_description": {
        "ru": "Кампания для трудовых мигрантов: что проверить перед работой за рубежом, что оставить родным и куда обращаться за помощью.",
        "be": "Кампанія для працоўных мігрантаў: што праверыць перад працай за мяжой, што пакінуць родным і куды звяртацца па дапамогу.",
        "en": "A campaign for labour migrants: what to check before working abroad, what to leave with family, and where to get help.",
    },
    "body": {
        "ru": [
            ("heading", "Зачем эта кампания"),
            (
                "paragraph",
                (
                    "<p>Работа за рубежом — самая частая тема звонков на горячую линию. Во время "
                    "пандемии COVID-19, начиная с 2020 года, обращений о проблемах с иностранными "
                    "работодателями к нам поступало втрое больше, чем до неё. За этими цифрами — люди, "
                    "которые уехали по честному на вид объявлению, а на месте остались без "
                    "зарплаты, без документов или с «долгом» перед посредником.</p>"
                    "<p>Большинства таких историй можно избежать. Чтобы проверить предложение, "
                    "достаточно нескольких часов, а чтобы оставить родным самое важное — "
                    "нескольких минут.</p>"
                ),
            ),
            ("heading", "Что проверить до отъезда"),
            (
                "checklist",
                {
                    "title": "Перед отъездом на работу за границу",
                    "items": [
                        "У работодателя есть название и адрес, его можно найти в открытых источниках",
                        "Агентство или посредник официально зарегистрированы и не берут денег за «гарантированное» место",
                        "Есть письменный договор на понятном вам языке: работа, часы, зарплата, жильё, удержания",
                        "Виза или разрешение дают право работать именно на этой работе и в этой стране",
                        "Есть медицинская страховка",
                        "Копии паспорта, визы и договора оставлены у родных и сохранены в вашей почте",
                        "Родные знают адрес работы и жилья и когда вы будете выходить на связь",
                        "Есть деньги на обратный билет и записаны номера экстренных служб страны",
                        "Контакты горячей линии и консульства Беларуси записаны не только в телефоне",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Остановитесь и посоветуйтесь, если",
                    "text": (
                        "<ul>"
                        "<li>за трудоустройство просят заплатить вперёд;</li>"
                        "<li>предлагают ехать по туристической визе, а «всё оформить на "
                        "месте»;</li>"
                        "<li>договор обещают показать только после приезда;</li>"
                        "<li>просят отдать паспорт «для оформления»;</li>"
                        "<li>условия кажутся слишком хорошими для такой работы.</li>"
                        "</ul>"
                    ),
                },
            ),
            ("heading", "Куда обратиться за помощью"),
            (
                "steps",
                {
                    "title": "Если за границей что-то пошло не так",
                    "steps": [
                        {
                            "title": "При непосредственной опасности — экстренная служба",
                            "text": (
                                "<p>Звоните в местную полицию или службу спасения. В странах ЕС, "
                                "а также в России и Турции работает номер 112; в США — 911, в ОАЭ "
                                "— 999.</p>"
                            ),
                        },
                        {
                            "title": "Свяжитесь с горячей линией",
                            "text": (
                                "<p>Позвоните, напишите по электронной почте или отправьте "
                                "обращение через сайт из любой страны. Можно анонимно; укажите, как и "
                                "когда с вами безопасно связаться.</p>"
                            ),
                        },
                        {
                            "title": "Обратитесь в консульство",
                            "text": (
                                "<p>Посольство или консульство Беларуси поможет, если вы потеряли "
                                "паспорт или не можете вернуться домой. Консультант горячей линии "
                                "подскажет, как с ним связаться.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Помощь пострадавшим бесплатна",
                    "text": (
                        "<p>Если человек пострадал от торговли людьми, программа организует для "
                        "него бесплатную медицинскую, юридическую и психологическую помощь, а "
                        "Международная организация по миграции может предложить поддержку "
                        "реинтеграции: финансовую помощь и оплаченное профессиональное "
                        "обучение, если её программы действуют. Обратиться "
                        "может и сам пострадавший, и его родные.</p>"
                    ),
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Нужен совет прямо сейчас?",
                    "text": "Позвоните на горячую линию — в том числе из-за рубежа.",
                },
            ),
        ],
        "be": [
            ("heading", "Навошта гэтая кампанія"),
            (
                "paragraph",
                (
                    "<p>Праца за мяжой — самая частая тэма званкоў на гарачую лінію. Падчас "
                    "пандэміі COVID-19, пачынаючы з 2020 года, зваротаў пра праблемы з замежнымі "
                    "працадаўцамі да нас паступала ўтрая больш, чым да яе. За гэтымі лічбамі — людзі, якія "
                    "паехалі па сумленнай на выгляд аб’яве, а на месцы засталіся без заробку, без "
                    "дакументаў або з «доўгам» перад пасярэднікам.</p>"
                    "<p>Большасці такіх гісторый можна пазбегнуць. Каб праверыць прапанову, "
                    "дастаткова некалькіх гадзін, а каб пакінуць родным самае важнае — некалькіх "
                    "хвілін.</p>"
                ),
            ),
            ("heading", "Што праверыць да ад’езду"),
            (
                "checklist",
                {
                    "title": "Перад ад’ездам на працу за мяжу",
                    "items": [
                        "У працадаўцы ёсць назва і адрас, яго можна знайсці ў адкрытых крыніцах",
                        "Агенцтва ці пасярэднік афіцыйна зарэгістраваныя і не бяруць грошай за «гарантаванае» месца",
                        "Ёсць пісьмовы дагавор на зразумелай вам мове: праца, гадзіны, заробак, жыллё, утрыманні",
                        "Віза ці дазвол даюць права працаваць менавіта на гэтай працы і ў гэтай краіне",
                        "Ёсць медыцынская страхоўка",
                        "Копіі пашпарта, візы і дагавора пакінутыя ў родных і захаваныя ў вашай пошце",
                        "Родныя ведаюць адрас працы і жылля і калі вы будзеце выходзіць на сувязь",
                        "Ёсць грошы на зваротны білет і запісаныя нумары экстранных службаў краіны",
                        "Кантакты гарачай лініі і консульства Беларусі запісаныя не толькі ў тэлефоне",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Спыніцеся і параіцеся, калі",
                    "text": (
                        "<ul>"
                        "<li>за працаўладкаванне просяць заплаціць наперад;</li>"
                        "<li>прапануюць ехаць па турыстычнай візе, а «ўсё аформіць на "
                        "месцы»;</li>"
                        "<li>дагавор абяцаюць паказаць толькі пасля прыезду;</li>"
                        "<li>просяць аддаць пашпарт «для афармлення»;</li>"
                        "<li>умовы здаюцца занадта добрымі для такой працы.</li>"
                        "</ul>"
                    ),
                },
            ),
            ("heading", "Куды звярнуцца па дапамогу"),
            (
                "steps",
                {
                    "title": "Калі за мяжой нешта пайшло не так",
                    "steps": [
                        {
                            "title": "Пры непасрэднай небяспецы — экстранная служба",
                            "text": (
                                "<p>Тэлефануйце ў мясцовую паліцыю ці службу выратавання. У "
                                "краінах ЕС, а таксама ў Расіі і Турцыі працуе нумар 112; у ЗША — "
                                "911, у ААЭ — 999.</p>"
                            ),
                        },
                        {
                            "title": "Звяжыцеся з гарачай лініяй",
                            "text": (
                                "<p>Патэлефануйце, напішыце па электроннай пошце або адпраўце "
                                "зварот праз сайт з любой краіны. Можна ананімна; пазначце, як і калі "
                                "з вамі бяспечна звязацца.</p>"
                            ),
                        },
                        {
                            "title": "Звярніцеся ў консульства",
                            "text": (
                                "<p>Пасольства ці консульства Беларусі дапаможа, калі вы страцілі "
                                "пашпарт або не можаце вярнуцца дадому. Кансультант гарачай лініі "
                                "падкажа, як з ім звязацца.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Дапамога пацярпелым бясплатная",
                    "text": (
                        "<p>Калі чалавек пацярпеў ад гандлю людзьмі, праграма арганізуе для яго "
                        "бясплатную медыцынскую, юрыдычную і псіхалагічную дапамогу, а "
                        "Міжнародная арганізацыя па міграцыі можа прапанаваць падтрымку "
                        "рэінтэграцыі: фінансавую дапамогу і аплачанае прафесійнае навучанне, "
                        "калі яе праграмы дзейнічаюць. Звярнуцца можа і сам "
                        "пацярпелы, і яго родныя.</p>"
                    ),
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Патрэбная парада зараз жа?",
                    "text": "Патэлефануйце на гарачую лінію — у тым ліку з-за мяжы.",
                },
            ),
        ],
        "en": [
            ("heading", "Why this campaign"),
            (
                "paragraph",
                (
                    "<p>Work abroad is the most common reason people call the hotline. During the "
                    "COVID-19 pandemic, from 2020 on, we received three times as many requests "
                    "about problems with foreign employers as before it. Behind these figures are "
                    "people who answered an honest-looking ad and, on arrival, were left without "
                    'pay, without documents, or owing a "debt" to a middleman.</p>'
                    "<p>Most of these stories can be prevented. Checking an offer takes a few "
                    "hours; leaving the essentials with your family takes a few minutes.</p>"
                ),
            ),
            ("heading", "What to check before you leave"),
            (
                "checklist",
                {
                    "title": "Before you go abroad to work",
                    "items": [
                        "The employer has a name and an address, and you can find it in public sources",
                        'The agency or middleman is officially registered and does not charge for a "guaranteed" job',
                        "You have a written contract in a language you understand: job, hours, pay, housing, deductions",
                        "Your visa or permit allows you to do this particular job in this particular country",
                        "You have health insurance",
                        "Copies of your passport, visa and contract are with your family and saved in your e-mail",
                        "Your family knows your work and home addresses and when you will check in",
                        "You have money for a ticket home and have noted the country's emergency numbers",
                        "The hotline's and the Belarusian consulate's contacts are written down, not only stored in your phone",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Stop and ask for advice if",
                    "text": (
                        "<ul>"
                        "<li>you are asked to pay up front for a job;</li>"
                        '<li>you are told to travel on a tourist visa and "sort everything out '
                        'there";</li>'
                        "<li>you will only see the contract after you arrive;</li>"
                        '<li>you are asked to hand over your passport "for the paperwork";</li>'
                        "<li>the terms seem too good for this kind of work.</li>"
                        "</ul>"
                    ),
                },
            ),
            ("heading", "Where to get help"),
            (
                "steps",
                {
                    "title": "If something goes wrong abroad",
                    "steps": [
                        {
                            "title": "In immediate danger, call the emergency services",
                            "text": (
                                "<p>Call the local police or rescue service. The number is 112 "
                                "across the EU and also in Russia and Turkey; 911 in the USA; 999 "
                                "in the UAE.</p>"
                            ),
                        },
                        {
                            "title": "Contact the hotline",
                            "text": (
                                "<p>Call, e-mail or send an online request from any country. You "
                                "can stay anonymous, and you can tell us how and when it is safe "
                                "to contact you.</p>"
                            ),
                        },
                        {
                            "title": "Go to the consulate",
                            "text": (
                                "<p>A Belarusian embassy or consulate can help if you have lost "
                                "your passport or cannot get home. A hotline consultant will tell "
                                "you how to reach it.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Help for victims is free",
                    "text": (
                        "<p>If someone has been trafficked, the programme arranges free medical, "
                        "legal and psychological support for them, and the International "
                        "Organization for Migration may offer reintegration support: financial "
                        "help and paid vocational training, if its programmes are running. The "
                        "person can ask for help "
                        "themselves, or their family can ask on their behalf.</p>"
                    ),
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Need advice right now?",
                    "text": "Call the hotline, wherever you are, including from abroad.",
                },
            ),
        ],
    },
    "cta_title": {
        "ru": "Проверьте предложение вместе с нами",
        "be": "Праверце прапанову разам з намі",
        "en": "Check the offer with us",
    },
    "cta_text": {
        "ru": (
            "Расскажите о вакансии или о ситуации, в которой оказались. Можно анонимно — "
            "консультант ответит так и тогда, как вам безопасно."
        ),
        "be": (
            "Раскажыце пра вакансію ці пра сітуацыю, у якую трапілі. Можна ананімна — "
            "кансультант адкажа так і тады, як вам бяспечна."
        ),
        "en": (
            "Tell us about the job or the situation you are in. You can stay anonymous, and "
            "a consultant will reply in the way and at the time that are safe for you."
        ),
    },
    "cta_button_label": {
        "ru": "Отправить обращение",
        "be": "Адправіць зварот",
        "en": "Send a request",
    },
    "partners": [
        {
            "name": {
                "ru": "Международная организация по миграции (МОМ)",
                "be": "Міжнародная арганізацыя па міграцыі (МАМ)",
                "en": "International Organization for Migration (IOM)",
            },
            "url": "https://www.iom.int/",
        },
    ],
}
