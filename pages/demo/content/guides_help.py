"""Demo guides for the sections "travel" (help part), "victims" and "foreigners".

Plain data, see FORMAT.md. Every text exists in ru, be and en; the three
versions say the same things. The hotline's own numbers are never written
here: the ("hotline_cta", ...) block is filled in from the site settings.
Any other contact is an example value in a contact card marked "needs
checking", which readers do not see until an editor confirms it.
"""

from . import trip_checks
from .sources import FOREIGN_MINISTRY, INTERIOR_MINISTRY, IOM_BELARUS, sources

# ---------------------------------------------------------------------------
# Travel: documents and information to leave with family
# ---------------------------------------------------------------------------

_DOCUMENTS_FOR_FAMILY = {
    "key": "documents-for-family",
    "section": "travel",
    "slug": {
        "ru": "dokumenty-dlya-semi",
        "be": "dakumenty-dlya-syamyi",
        "en": "documents-to-leave-with-family",
    },
    "title": {
        "ru": "Что оставить семье перед отъездом",
        "be": "Што пакінуць сям’і перад ад’ездам",
        "en": "What to leave with your family before you go",
    },
    "intro": {
        "ru": (
            "Копии документов, адрес работодателя и понятный график связи помогут "
            "родным быстро действовать, если с вами что-то случится. Соберите всё за "
            "один вечер до отъезда."
        ),
        "be": (
            "Копіі дакументаў, адрас працадаўцы і зразумелы графік сувязі дапамогуць "
            "родным хутка дзейнічаць, калі з вамі нешта здарыцца. Збярыце ўсё за "
            "адзін вечар да ад’езду."
        ),
        "en": (
            "Copies of your documents, your employer's address and a clear plan for "
            "keeping in touch let your family act quickly if something goes wrong. "
            "It takes one evening before you leave."
        ),
    },
    "search_description": {
        "ru": "Какие копии документов и сведения оставить родным перед поездкой за "
        "границу: паспорт, договор, адрес работодателя, график связи, кодовое слово.",
        "be": "Якія копіі дакументаў і звесткі пакінуць родным перад паездкай за мяжу: "
        "пашпарт, дагавор, адрас працадаўцы, графік сувязі, кодавае слова.",
        "en": "Which document copies and details to leave with family before going "
        "abroad: passport, contract, employer's address, contact plan, code word.",
    },
    "topics": ["travel", "documents", "safety"],
    "last_reviewed": "2026-10-15",
    "related": ["travel-safety-checklist", "help-abroad", "missing-relative"],
    "body": {
        "ru": [
            ("heading", "Зачем это нужно"),
            (
                "paragraph",
                "<p>Когда человек за границей перестаёт выходить на связь, родные часто "
                "не знают даже названия фирмы, в которой он работает, и города, где он "
                "живёт. Полиции, посольству и горячей линии гораздо проще помочь, если "
                "у семьи есть копии документов и точные адреса.</p>"
                "<p>Оставить эти сведения близким — не признак недоверия к работодателю. "
                "Это обычная предосторожность, как страховка в дорогу.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Копии документов для семьи",
                    "items": trip_checks.DOCUMENT_COPIES["ru"],
                },
            ),
            (
                "checklist",
                {
                    "title": "Сведения о работодателе и жилье",
                    "items": [
                        "Полное название работодателя, его адрес и телефон",
                        "Имя и телефон человека, который вас встречает или нанял",
                        "Название, адрес и телефон агентства в Беларуси",
                        "Адрес, по которому вы будете жить",
                        "Ваш новый номер телефона и мессенджеры, как только они появятся",
                    ],
                },
            ),
            ("heading", "Договоритесь о связи"),
            (
                "steps",
                {
                    "title": "План связи с родными",
                    "steps": [
                        {
                            "title": "Выберите постоянное время",
                            "text": "<p>Например, короткое сообщение каждое воскресенье "
                            "вечером. Постоянный график помогает заметить, что что-то не так.</p>",
                        },
                        {
                            "title": "Решите, когда начинать беспокоиться",
                            "text": "<p>Заранее договоритесь: если вы не вышли на связь "
                            "дважды подряд, родные звонят вам, затем работодателю, затем "
                            "на горячую линию.</p>",
                        },
                        {
                            "title": "Придумайте кодовое слово",
                            "text": "<p>Обычное на вид слово или фраза, которая означает "
                            "«мне плохо, но я не могу говорить свободно». Его можно "
                            "вставить в спокойное сообщение, и посторонний ничего не "
                            "заметит. Это же слово поможет родным убедиться, что пишете "
                            "именно вы, а не кто-то с вашего телефона.</p>",
                        },
                        {
                            "title": "Сообщайте о переменах",
                            "text": "<p>Новый адрес, новый работодатель, новый номер — "
                            "пишите об этом родным сразу, даже если всё хорошо.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Копии — и себе тоже",
                    "text": "<p>Отправьте сканы документов себе на электронную почту или "
                    "сохраните в облаке, а один бумажный комплект копий держите отдельно "
                    "от паспорта. Если паспорт потеряют или отберут, копии ускорят "
                    "получение нового документа в посольстве.</p>",
                },
            ),
            ("heading", "Что должна знать семья"),
            (
                "paragraph",
                "<ul><li>Номер горячей линии и то, что обратиться туда можно бесплатно "
                "и анонимно.</li><li>Что заявление в полицию о пропаже человека можно "
                "подать сразу, не выжидая нескольких дней.</li><li>Что платить "
                "посредникам, которые «гарантируют» найти человека, не нужно.</li></ul>",
            ),
            ("heading", "Где всё это хранить"),
            (
                "paragraph",
                "<p>Сложите копии и записи в один конверт или папку и скажите, где она "
                "лежит, хотя бы одному надёжному человеку. Хорошо, если это не только "
                "родители, но и, например, брат, сестра или близкий друг: в трудную "
                "минуту действовать сможет тот, кто рядом.</p>",
            ),
            (
                "hotline_cta",
                {
                    "title": "Есть вопросы перед отъездом?",
                    "text": "Консультанты горячей линии помогут проверить работодателя "
                    "и подскажут, что ещё взять с собой и оставить дома.",
                },
            ),
        ],
        "be": [
            ("heading", "Навошта гэта патрэбна"),
            (
                "paragraph",
                "<p>Калі чалавек за мяжой перастае выходзіць на сувязь, родныя часта "
                "не ведаюць нават назвы фірмы, у якой ён працуе, і горада, дзе ён "
                "жыве. Міліцыі, пасольству і гарачай лініі значна лягчэй дапамагчы, калі "
                "ў сям’і ёсць копіі дакументаў і дакладныя адрасы.</p>"
                "<p>Пакінуць гэтыя звесткі блізкім — не прыкмета недаверу да "
                "працадаўцы. Гэта звычайная перасцярога, як страхоўка ў дарогу.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Копіі дакументаў для сям’і",
                    "items": trip_checks.DOCUMENT_COPIES["be"],
                },
            ),
            (
                "checklist",
                {
                    "title": "Звесткі пра працадаўцу і жыллё",
                    "items": [
                        "Поўная назва працадаўцы, яго адрас і тэлефон",
                        "Імя і тэлефон чалавека, які вас сустракае ці наняў",
                        "Назва, адрас і тэлефон агенцтва ў Беларусі",
                        "Адрас, па якім вы будзеце жыць",
                        "Ваш новы нумар тэлефона і месенджары, як толькі яны з’явяцца",
                    ],
                },
            ),
            ("heading", "Дамоўцеся пра сувязь"),
            (
                "steps",
                {
                    "title": "План сувязі з роднымі",
                    "steps": [
                        {
                            "title": "Выберыце пастаянны час",
                            "text": "<p>Напрыклад, кароткае паведамленне кожную нядзелю "
                            "ўвечары. Пастаянны графік дапамагае заўважыць, што нешта не так.</p>",
                        },
                        {
                            "title": "Вырашыце, калі пачынаць турбавацца",
                            "text": "<p>Загадзя дамоўцеся: калі вы не выйшлі на сувязь "
                            "двойчы запар, родныя тэлефануюць вам, потым працадаўцу, потым "
                            "на гарачую лінію.</p>",
                        },
                        {
                            "title": "Прыдумайце кодавае слова",
                            "text": "<p>Звычайнае на выгляд слова ці фраза, якая азначае "
                            "«у мяне бяда, але я не магу гаварыць свабодна». Яго можна "
                            "ўставіць у спакойнае паведамленне, і старонні нічога не "
                            "заўважыць. Гэтае ж слова дапаможа родным пераканацца, што "
                            "пішаце менавіта вы, а не хтосьці з вашага тэлефона.</p>",
                        },
                        {
                            "title": "Паведамляйце пра змены",
                            "text": "<p>Новы адрас, новы працадаўца, новы нумар — пішыце "
                            "пра гэта родным адразу, нават калі ўсё добра.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Копіі — і сабе таксама",
                    "text": "<p>Адпраўце сканы дакументаў сабе на электронную пошту ці "
                    "захавайце ў воблаку, а адзін папяровы камплект копій трымайце асобна "
                    "ад пашпарта. Калі пашпарт згубяць ці адбяруць, копіі паскораць "
                    "атрыманне новага дакумента ў пасольстве.</p>",
                },
            ),
            ("heading", "Што павінна ведаць сям’я"),
            (
                "paragraph",
                "<ul><li>Нумар гарачай лініі і тое, што звярнуцца туды можна бясплатна "
                "і ананімна.</li><li>Што заяву ў міліцыю пра знікненне чалавека можна "
                "падаць адразу, не чакаючы некалькі дзён.</li><li>Што плаціць "
                "пасярэднікам, якія «гарантуюць» знайсці чалавека, не трэба.</li></ul>",
            ),
            ("heading", "Дзе ўсё гэта захоўваць"),
            (
                "paragraph",
                "<p>Складзіце копіі і запісы ў адзін канверт ці папку і скажыце, дзе яна "
                "ляжыць, хоць бы аднаму надзейнаму чалавеку. Добра, калі гэта не толькі "
                "бацькі, але і, напрыклад, брат, сястра ці блізкі сябар: у цяжкую "
                "хвіліну дзейнічаць зможа той, хто побач.</p>",
            ),
            (
                "hotline_cta",
                {
                    "title": "Ёсць пытанні перад ад’ездам?",
                    "text": "Кансультанты гарачай лініі дапамогуць праверыць працадаўцу "
                    "і падкажуць, што яшчэ ўзяць з сабой і пакінуць дома.",
                },
            ),
        ],
        "en": [
            ("heading", "Why this matters"),
            (
                "paragraph",
                "<p>When someone abroad stops getting in touch, their family often does "
                "not even know the name of the company they work for or the city they "
                "live in. The police, the embassy and the hotline can help far more "
                "easily when the family has copies of documents and exact addresses.</p>"
                "<p>Leaving these details with people close to you does not mean you "
                "distrust your employer. It is an ordinary precaution, like travel "
                "insurance.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Document copies for your family",
                    "items": trip_checks.DOCUMENT_COPIES["en"],
                },
            ),
            (
                "checklist",
                {
                    "title": "Details of your employer and housing",
                    "items": [
                        "The employer's full name, address and phone number",
                        "Name and phone number of the person who hired you or will meet you",
                        "Name, address and phone number of the agency in Belarus",
                        "The address where you will live",
                        "Your new phone number and messaging apps as soon as you have them",
                    ],
                },
            ),
            ("heading", "Agree how you will keep in touch"),
            (
                "steps",
                {
                    "title": "A contact plan with your family",
                    "steps": [
                        {
                            "title": "Pick a regular time",
                            "text": "<p>For example, a short message every Sunday evening. "
                            "A fixed routine makes it easier to notice when something is wrong.</p>",
                        },
                        {
                            "title": "Decide when to start worrying",
                            "text": "<p>Agree in advance: if you miss two check-ins in a "
                            "row, your family calls you, then your employer, then the "
                            "hotline.</p>",
                        },
                        {
                            "title": "Choose a code word",
                            "text": "<p>An ordinary-looking word or phrase that means "
                            "\"I'm in trouble but can't speak freely\". You can drop it into "
                            "a calm message and an outsider will not notice. The same word "
                            "lets your family check that it really is you writing, not "
                            "someone using your phone.</p>",
                        },
                        {
                            "title": "Report any change",
                            "text": "<p>New address, new employer, new number — tell your "
                            "family straight away, even if everything is fine.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Keep copies for yourself too",
                    "text": "<p>E-mail scans of your documents to yourself or store them "
                    "in the cloud, and keep one paper set of copies apart from your "
                    "passport. If your passport is lost or taken, the copies will speed "
                    "up getting a new document at the embassy.</p>",
                },
            ),
            ("heading", "What your family should know"),
            (
                "paragraph",
                "<ul><li>The hotline number, and that contacting it is free and can be "
                "anonymous.</li><li>That a missing-person report can be made to the "
                "police straight away, without waiting several days.</li><li>That there "
                'is no need to pay middlemen who "guarantee" to find someone.</li></ul>',
            ),
            ("heading", "Where to keep it"),
            (
                "paragraph",
                "<p>Put the copies and notes in one envelope or folder and tell at least "
                "one trusted person where it is. It helps if that is not only your "
                "parents but also, say, a brother, sister or close friend: in a difficult "
                "moment, whoever is nearest can act.</p>",
            ),
            (
                "hotline_cta",
                {
                    "title": "Questions before you leave?",
                    "text": "Hotline consultants can help you check an employer and "
                    "suggest what else to take with you and leave at home.",
                },
            ),
        ],
    },
}


# ---------------------------------------------------------------------------
# Travel: how to get help abroad in a crisis
# ---------------------------------------------------------------------------

_HELP_ABROAD = {
    "key": "help-abroad",
    "section": "travel",
    "slug": {
        "ru": "pomoshch-za-granitsey",
        "be": "dapamoga-za-myazhoy",
        "en": "getting-help-abroad",
    },
    "title": {
        "ru": "Как получить помощь за границей в трудной ситуации",
        "be": "Як атрымаць дапамогу за мяжой у цяжкай сітуацыі",
        "en": "How to get help abroad in a crisis",
    },
    "intro": {
        "ru": (
            "Кому звонить при опасности, чем поможет посольство и как написать на "
            "горячую линию из любой страны, даже если говорить по телефону небезопасно."
        ),
        "be": (
            "Каму тэлефанаваць пры небяспецы, чым дапаможа пасольства і як напісаць "
            "на гарачую лінію з любой краіны, нават калі размаўляць па тэлефоне "
            "небяспечна."
        ),
        "en": (
            "Who to call when you are in danger, how the embassy can help, and how "
            "to reach the hotline from any country, even when a phone call is not safe."
        ),
    },
    "search_description": {
        "ru": "Помощь за границей: экстренные номера, посольство и консульство, "
        "горячая линия по e-mail и онлайн, что сообщить и как оставаться в безопасности.",
        "be": "Дапамога за мяжой: экстранныя нумары, пасольства і консульства, гарачая "
        "лінія па e-mail і анлайн, што паведаміць і як заставацца ў бяспецы.",
        "en": "Help abroad in a crisis: emergency numbers, the embassy or consulate, "
        "the hotline by e-mail or online, what to say and how to stay safe.",
    },
    "topics": ["crisis-abroad", "safety", "travel"],
    "last_reviewed": "2026-10-15",
    "sources": sources(INTERIOR_MINISTRY, FOREIGN_MINISTRY, IOM_BELARUS),
    "related": ["documents-for-family", "signs-of-trafficking", "returning-home"],
    "body": {
        "ru": [
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Если вам угрожает опасность прямо сейчас",
                    "text": "<p>Звоните в местную экстренную службу. Во всех странах "
                    "Евросоюза работает номер <strong>112</strong>, звонок бесплатный и "
                    "возможен даже без денег на счёте. Если говорить нельзя, по "
                    "возможности оставайтесь на линии или уйдите в людное место.</p>",
                },
            ),
            (
                "table",
                {
                    "caption": "Экстренные номера и линии помощи в некоторых странах",
                    "header": ["Страна", "Номер"],
                    "rows": [
                        ["Страны Евросоюза (Польша, Литва, Италия и др.)", "112"],
                        ["Германия", "112, полиция — 110"],
                        [
                            "Италия — линия помощи пострадавшим от торговли людьми "
                            "(бесплатно, круглосуточно)",
                            "800 290 290",
                        ],
                        ["Россия", "112"],
                        ["Турция", "112"],
                        [
                            "Турция — линия для иностранцев YİMER (круглосуточно, "
                            "отвечают и по-русски)",
                            "157",
                        ],
                        ["ОАЭ", "999"],
                        ["США", "911"],
                    ],
                },
            ),
            ("heading", "Посольство или консульство"),
            (
                "paragraph",
                "<p>Посольство или консульство Беларуси в стране пребывания помогает "
                "гражданам в трудной ситуации. Оно может:</p>"
                "<ul><li>оформить свидетельство на возвращение в Беларусь, если паспорт "
                "потерян, отобран или закончился: паспорта за границей с 2023 года не "
                "выдают и не продлевают;</li><li>связаться с вашими родными;</li>"
                "<li>подсказать контакты местных юристов, переводчиков, врачей;</li>"
                "<li>помочь, если вас задержала полиция.</li></ul>"
                "<p>Посольство не оплачивает долги, не покупает билеты и не заменяет адвоката. "
                "Если в стране нет посольства Беларуси, узнайте на горячей линии, "
                "какое представительство отвечает за эту страну.</p>",
            ),
            (
                "contact_card",
                {
                    "name": "Консульский отдел посольства Республики Беларусь",
                    "phone": "+48 22 000 00 00",
                    "email": "consulate@example.org",
                    "messenger_url": "",
                    "hours": "",
                    "note": "Точные контакты посольства для своей страны запишите до отъезда.",
                    "needs_checking": True,
                },
            ),
            ("heading", "Горячая линия — из любой страны"),
            (
                "paragraph",
                "<p>Горячая линия помогает людям в кризисной ситуации за границей по "
                "электронной почте и через форму обращения на сайте. Обращение можно "
                "отправить анонимно. В нём можно указать, как с вами безопасно "
                "связаться: можно ли звонить, в какое время, можно ли оставлять "
                "сообщения.</p>"
                "<p>Гражданам Беларуси, которые собираются за границу, работают там или "
                "возвращаются домой, отвечает и государственная горячая линия по "
                "безопасной миграции Департамента по гражданству и миграции МВД: она "
                "консультирует не только иностранцев в Беларуси. Если вас за границей "
                "эксплуатируют — не платят, не отпускают, отобрали документы, — "
                "Департамент может по вашему обращению начать официальное расследование. "
                "Консультант нашей горячей линии подскажет, как туда обратиться, и "
                "поможет решить, с чего начать.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Что сообщить, когда просите о помощи",
                    "items": [
                        "Где вы находитесь: страна, город, адрес или ориентиры рядом",
                        "Что случилось и угрожает ли вам опасность прямо сейчас",
                        "Где ваш паспорт и другие документы",
                        "Сколько вас: вы одни или с вами другие люди в такой же ситуации",
                        "Название работодателя или агентства, если знаете",
                        "Как и когда с вами безопасно связаться",
                    ],
                },
            ),
            ("heading", "Как оставаться в безопасности"),
            (
                "paragraph",
                "<ul><li>Держите телефон заряженным, а номер горячей линии и посольства "
                "— не только в телефоне, но и на бумаге.</li><li>Если кто-то проверяет "
                "ваш телефон, пишите с чужого или общественного устройства или из "
                "приватного окна браузера. Всю историю не очищайте — пустая история "
                "бросается в глаза; удалите из неё только страницы этого "
                "сайта.</li><li>Не спорьте с тем, кто вам "
                "угрожает, и не сообщайте ему, что обратились за помощью.</li>"
                "<li>Если можете уйти — уходите в людное место: магазин, вокзал, "
                "полицейский участок.</li></ul>",
            ),
            (
                "faq",
                {
                    "title": "Частые вопросы",
                    "items": [
                        {
                            "question": "У меня потеряли или отобрали паспорт. Как вернуться домой?",
                            "answer": "<p>Обратитесь в посольство или консульство Беларуси: "
                            "там оформят свидетельство на возвращение. Возьмите копию паспорта, "
                            "если она есть, и любые документы с фотографией. Если паспорт "
                            "забрал работодатель, скажите об этом консулу и горячей линии.</p>",
                        },
                        {
                            "question": "Меня задержала полиция. Что делать?",
                            "answer": "<p>Сохраняйте спокойствие и попросите сообщить о "
                            "задержании в консульство Беларуси. Не подписывайте документы "
                            "на непонятном языке без переводчика.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Напишите нам из любой страны",
                    "text": "Опишите ситуацию и укажите, как с вами безопасно связаться. "
                    "Консультация бесплатная, можно не называть своё имя.",
                },
            ),
        ],
        "be": [
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Калі вам пагражае небяспека зараз жа",
                    "text": "<p>Тэлефануйце ў мясцовую экстранную службу. Ва ўсіх краінах "
                    "Еўрасаюза працуе нумар <strong>112</strong>, званок бясплатны і "
                    "магчымы нават без грошай на рахунку. Калі гаварыць нельга, па "
                    "магчымасці заставайцеся на лініі ці пайдзіце ў люднае месца.</p>",
                },
            ),
            (
                "table",
                {
                    "caption": "Экстранныя нумары і лініі дапамогі ў некаторых краінах",
                    "header": ["Краіна", "Нумар"],
                    "rows": [
                        ["Краіны Еўрасаюза (Польшча, Літва, Італія і інш.)", "112"],
                        ["Германія", "112, паліцыя — 110"],
                        [
                            "Італія — лінія дапамогі пацярпелым ад гандлю людзьмі "
                            "(бясплатна, кругласутачна)",
                            "800 290 290",
                        ],
                        ["Расія", "112"],
                        ["Турцыя", "112"],
                        [
                            "Турцыя — лінія для замежнікаў YİMER (кругласутачна, "
                            "адказваюць і па-руску)",
                            "157",
                        ],
                        ["ААЭ", "999"],
                        ["ЗША", "911"],
                    ],
                },
            ),
            ("heading", "Пасольства ці консульства"),
            (
                "paragraph",
                "<p>Пасольства ці консульства Беларусі ў краіне знаходжання дапамагае "
                "грамадзянам у цяжкай сітуацыі. Яно можа:</p>"
                "<ul><li>аформіць пасведчанне на вяртанне ў Беларусь, калі пашпарт "
                "згублены, адабраны ці скончыўся: пашпарты за мяжой з 2023 года не "
                "выдаюць і не падаўжаюць;</li><li>звязацца з вашымі роднымі;</li>"
                "<li>падказаць кантакты мясцовых юрыстаў, перакладчыкаў, дактароў;</li>"
                "<li>дапамагчы, калі вас затрымала паліцыя.</li></ul>"
                "<p>Пасольства не плаціць даўгі, не купляе квіткі і не замяняе "
                "адваката. Калі ў краіне няма пасольства Беларусі, даведайцеся на "
                "гарачай лініі, якое прадстаўніцтва адказвае за гэтую краіну.</p>",
            ),
            (
                "contact_card",
                {
                    "name": "Консульскі аддзел пасольства Рэспублікі Беларусь",
                    "phone": "+48 22 000 00 00",
                    "email": "consulate@example.org",
                    "messenger_url": "",
                    "hours": "",
                    "note": "Дакладныя кантакты пасольства для сваёй краіны запішыце да ад’езду.",
                    "needs_checking": True,
                },
            ),
            ("heading", "Гарачая лінія — з любой краіны"),
            (
                "paragraph",
                "<p>Гарачая лінія дапамагае людзям у крызіснай сітуацыі за мяжой па "
                "электроннай пошце і праз форму звароту на сайце. Зварот можна "
                "адправіць ананімна. У ім можна пазначыць, як з вамі бяспечна "
                "звязацца: ці можна тэлефанаваць, у які час, ці можна пакідаць "
                "паведамленні.</p>"
                "<p>Грамадзянам Беларусі, якія збіраюцца за мяжу, працуюць там або "
                "вяртаюцца дадому, адказвае і дзяржаўная гарачая лінія па бяспечнай "
                "міграцыі Дэпартамента па грамадзянстве і міграцыі МУС: яна кансультуе не "
                "толькі замежнікаў у Беларусі. Калі вас за мяжой эксплуатуюць — не "
                "плацяць, не адпускаюць, адабралі дакументы, — Дэпартамент можа па вашым "
                "звароце пачаць афіцыйнае расследаванне. Кансультант нашай гарачай лініі "
                "падкажа, як туды звярнуцца, і дапаможа вырашыць, з чаго пачаць.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Што паведаміць, калі просіце дапамогі",
                    "items": [
                        "Дзе вы знаходзіцеся: краіна, горад, адрас ці арыенціры побач",
                        "Што здарылася і ці пагражае вам небяспека зараз жа",
                        "Дзе ваш пашпарт і іншыя дакументы",
                        "Колькі вас: вы адны ці з вамі іншыя людзі ў такой жа сітуацыі",
                        "Назва працадаўцы ці агенцтва, калі ведаеце",
                        "Як і калі з вамі бяспечна звязацца",
                    ],
                },
            ),
            ("heading", "Як заставацца ў бяспецы"),
            (
                "paragraph",
                "<ul><li>Трымайце тэлефон зараджаным, а нумары гарачай лініі і "
                "пасольства — не толькі ў тэлефоне, але і на паперы.</li><li>Калі "
                "хтосьці правярае ваш тэлефон, пішыце з чужой ці грамадскай прылады або "
                "з прыватнага акна браўзера. Усю гісторыю не ачышчайце — пустая гісторыя "
                "кідаецца ў вочы; выдаліце з яе толькі старонкі гэтага "
                "сайта.</li><li>Не спрачайцеся з тым, "
                "хто вам пагражае, і не кажыце яму, што звярнуліся па дапамогу.</li>"
                "<li>Калі можаце сысці — ідзіце ў люднае месца: краму, вакзал, "
                "паліцэйскі ўчастак.</li></ul>",
            ),
            (
                "faq",
                {
                    "title": "Частыя пытанні",
                    "items": [
                        {
                            "question": "Пашпарт згублены ці адабраны. Як вярнуцца дадому?",
                            "answer": "<p>Звярніцеся ў пасольства ці консульства Беларусі: "
                            "там аформяць пасведчанне на вяртанне. Вазьміце копію пашпарта, "
                            "калі яна ёсць, і любыя дакументы з фотаздымкам. Калі пашпарт "
                            "забраў працадаўца, скажыце пра гэта консулу і гарачай лініі.</p>",
                        },
                        {
                            "question": "Мяне затрымала паліцыя. Што рабіць?",
                            "answer": "<p>Захоўвайце спакой і папрасіце паведаміць пра "
                            "затрыманне ў консульства Беларусі. Не падпісвайце дакументы "
                            "на незразумелай мове без перакладчыка.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Напішыце нам з любой краіны",
                    "text": "Апішыце сітуацыю і пазначце, як з вамі бяспечна звязацца. "
                    "Кансультацыя бясплатная, можна не называць сваё імя.",
                },
            ),
        ],
        "en": [
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "If you are in danger right now",
                    "text": "<p>Call the local emergency service. <strong>112</strong> "
                    "works in every European Union country; the call is free and works "
                    "even with no credit on your phone. If you cannot speak, stay on the "
                    "line if you can, or move to a busy public place.</p>",
                },
            ),
            (
                "table",
                {
                    "caption": "Emergency numbers and helplines in some countries",
                    "header": ["Country", "Number"],
                    "rows": [
                        ["European Union countries (Poland, Lithuania, Italy and others)", "112"],
                        ["Germany", "112, police 110"],
                        [
                            "Italy: helpline for victims of trafficking (free, 24 hours)",
                            "800 290 290",
                        ],
                        ["Russia", "112"],
                        ["Turkey", "112"],
                        [
                            "Turkey: YİMER line for foreigners (24 hours, Russian spoken)",
                            "157",
                        ],
                        ["United Arab Emirates", "999"],
                        ["United States", "911"],
                    ],
                },
            ),
            ("heading", "The embassy or consulate"),
            (
                "paragraph",
                "<p>The Belarusian embassy or consulate in the country you are in helps "
                "citizens who are in trouble. It can:</p>"
                "<ul><li>issue a certificate of return to Belarus if your passport has "
                "been lost or taken or has expired: since 2023 passports are not issued "
                "or renewed abroad;</li><li>contact your family;</li><li>give you contacts "
                "of local lawyers, interpreters and doctors;</li><li>help if you have "
                "been detained by the police.</li></ul>"
                "<p>The embassy does not pay debts or buy tickets, and it is not a "
                "substitute for a lawyer. If there is no Belarusian embassy in the "
                "country, ask the hotline which mission covers it.</p>",
            ),
            (
                "contact_card",
                {
                    "name": "Consular section of the Embassy of the Republic of Belarus",
                    "phone": "+48 22 000 00 00",
                    "email": "consulate@example.org",
                    "messenger_url": "",
                    "hours": "",
                    "note": "Write down the real "
                    "embassy contacts for your country before you leave.",
                    "needs_checking": True,
                },
            ),
            ("heading", "The hotline — from any country"),
            (
                "paragraph",
                "<p>The hotline helps people in a crisis abroad by e-mail and through "
                "the online request form on this site. You can send a request "
                "anonymously and tell us how it is safe to contact you: whether we may "
                "call, at what time, and whether we may leave a message.</p>"
                "<p>Belarusian citizens who are going abroad, working there or coming "
                "back can also turn to the state hotline for safe migration of the "
                "Department on Citizenship and Migration of the Ministry of Internal "
                "Affairs: it advises not only foreigners in Belarus. If you are being "
                "exploited abroad (unpaid, not allowed to leave, your documents taken), "
                "the Department can start an official investigation on your report. A "
                "consultant of our hotline will tell you how to reach it and help you "
                "decide where to start.</p>",
            ),
            (
                "checklist",
                {
                    "title": "What to tell us when you ask for help",
                    "items": [
                        "Where you are: country, city, address or nearby landmarks",
                        "What has happened and whether you are in danger right now",
                        "Where your passport and other documents are",
                        "Whether you are alone or with others in the same situation",
                        "The name of the employer or agency, if you know it",
                        "How and when it is safe to contact you",
                    ],
                },
            ),
            ("heading", "Staying safe"),
            (
                "paragraph",
                "<ul><li>Keep your phone charged, and keep the hotline and embassy "
                "numbers on paper as well as in the phone.</li><li>If someone checks "
                "your phone, write from another person's or a public device, or from a "
                "private browser window. Do not clear the whole history, as an empty "
                "history draws attention; remove only this site's pages from "
                "it.</li><li>Do not argue with the person "
                "threatening you, and do not tell them you have asked for help.</li>"
                "<li>If you can leave, go somewhere busy: a shop, a station, a police "
                "station.</li></ul>",
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "My passport was lost or taken. How do I get home?",
                            "answer": "<p>Go to the Belarusian embassy or consulate: they "
                            "can issue a certificate of return. Bring a copy of your "
                            "passport if you have one, and any ID with a photo. If your "
                            "employer took the passport, tell the consul and the hotline.</p>",
                        },
                        {
                            "question": "I have been detained by the police. What should I do?",
                            "answer": "<p>Stay calm and ask for the Belarusian consulate to "
                            "be told that you have been detained. Do not sign anything in a "
                            "language you do not understand without an interpreter.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Write to us from any country",
                    "text": "Describe what is happening and tell us how it is safe to "
                    "contact you. The consultation is free and you do not have to give "
                    "your name.",
                },
            ),
        ],
    },
}


# ---------------------------------------------------------------------------
# Victims: recognising trafficking and forced labour
# ---------------------------------------------------------------------------

_SIGNS_OF_TRAFFICKING = {
    "key": "signs-of-trafficking",
    "section": "victims",
    "slug": {
        "ru": "priznaki-torgovli-lyudmi",
        "be": "prykmety-gandlyu-lyudzmi",
        "en": "signs-of-trafficking",
    },
    "title": {
        "ru": "Как распознать торговлю людьми и принудительный труд",
        "be": "Як распазнаць гандаль людзьмі і прымусовую працу",
        "en": "How to recognise trafficking and forced labour",
    },
    "intro": {
        "ru": (
            "Торговля людьми редко выглядит как похищение. Чаще всё начинается с "
            "выгодного предложения, а заканчивается отобранным паспортом и долгом, "
            "который невозможно вернуть."
        ),
        "be": (
            "Гандаль людзьмі рэдка выглядае як выкраданне. Часцей усё пачынаецца з "
            "выгаднай прапановы, а заканчваецца адабраным пашпартам і доўгам, які "
            "немагчыма вярнуць."
        ),
        "en": (
            "Trafficking rarely looks like a kidnapping. More often it starts with an "
            "attractive offer and ends with a confiscated passport and a debt that "
            "can never be paid off."
        ),
    },
    "search_description": {
        "ru": "Признаки торговли людьми и принудительного труда: отобранные документы, "
        "долговая кабала, ограничение свободы, обман. Что делать, если это про вас.",
        "be": "Прыкметы гандлю людзьмі і прымусовай працы: адабраныя дакументы, "
        "даўгавая кабала, абмежаванне свабоды, падман. Што рабіць, калі гэта пра вас.",
        "en": "Signs of trafficking and forced labour: documents taken, debt bondage, "
        "restricted movement, deception. What to do if this is happening to you.",
    },
    "topics": ["trafficking", "employment", "safety"],
    "last_reviewed": "2026-10-15",
    "related": ["free-help-for-victims", "employer-takes-passport", "help-abroad"],
    "body": {
        "ru": [
            ("heading", "Что это такое"),
            (
                "paragraph",
                "<p>Торговля людьми — это когда человека вербуют, перевозят или "
                "удерживают с помощью обмана, угроз, силы или долга, чтобы на нём "
                "зарабатывать. Формы бывают разные: принудительный труд на стройке, "
                "в поле, на фабрике или в доме, сексуальная эксплуатация, "
                "принуждение к попрошайничеству или к преступлениям.</p>"
                "<p>Согласие поехать ничего не меняет: если вас обманули насчёт работы "
                "и условий, а потом не дают уйти, — это эксплуатация.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Это может случиться с каждым",
                    "text": "<p>Жертвами становятся и мужчины, и женщины, взрослые и "
                    "подростки, люди с образованием и без. Это происходит в любой стране, "
                    "в том числе в Беларуси, без пересечения границы. Вербовщиком часто "
                    "оказывается знакомый, родственник или «друг» из интернета.</p>",
                },
            ),
            (
                "checklist",
                {
                    "title": "Тревожные признаки",
                    "items": [
                        "Паспорт или другие документы «на хранении» у работодателя или посредника",
                        "Долг за дорогу, жильё, еду или «оформление», который только растёт",
                        "Нельзя свободно уйти, выходить одному, пользоваться телефоном",
                        "Работа, зарплата или условия совсем не те, что обещали",
                        "Деньги не платят, задерживают или удерживают «штрафами»",
                        "Угрозы вам или вашей семье, запугивание полицией и депортацией",
                        "Вы не знаете адреса, где живёте и работаете, и не говорите на местном языке",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Даже один-два признака — повод задуматься и посоветоваться. Чем "
                "больше совпадений, тем серьёзнее ситуация.</p>",
            ),
            (
                "faq",
                {
                    "title": "Частые вопросы",
                    "items": [
                        {
                            "question": "Я сам(а) согласился(ась) на эту работу. Это всё равно торговля людьми?",
                            "answer": "<p>Да, если согласие получили обманом, а теперь вас "
                            "удерживают долгом, угрозами или документами. Ваше первоначальное "
                            "«да» не даёт никому права вас эксплуатировать.</p>",
                        },
                        {
                            "question": "Я работаю без разрешения. Меня накажут, если я обращусь за помощью?",
                            "answer": "<p>Нарушение миграционных правил не лишает вас права "
                            "на помощь. Консультант горячей линии и юрист помогут понять "
                            "вашу ситуацию и безопасный порядок действий. Обратиться можно "
                            "анонимно.</p>",
                        },
                        {
                            "question": "Я думаю, что в беде мой знакомый. Что делать?",
                            "answer": "<p>Не пытайтесь спасать человека сами и не "
                            "вступайте в конфликт с работодателем. Запишите всё, что знаете: "
                            "страну, город, адрес, название фирмы, телефоны — и обратитесь "
                            "на горячую линию. Если есть непосредственная угроза жизни, "
                            "звоните в полицию.</p>",
                        },
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Если вы узнали в этом себя",
                    "steps": [
                        {
                            "title": "Не рискуйте понапрасну",
                            "text": "<p>Не говорите работодателю, что собираетесь уйти "
                            "или обратиться за помощью.</p>",
                        },
                        {
                            "title": "Соберите то, что можно",
                            "text": "<p>Адрес, названия, имена, фото документов и "
                            "переписки. Храните это там, где не найдут.</p>",
                        },
                        {
                            "title": "Свяжитесь с горячей линией",
                            "text": "<p>По электронной почте или через форму обращения на сайте, "
                            "указав, как с вами безопасно связаться. При прямой угрозе "
                            "— звоните в полицию по местному экстренному номеру.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Узнали свою ситуацию?",
                    "text": "Напишите или позвоните на горячую линию. Консультация "
                    "бесплатная и конфиденциальная, можно не называть своё имя.",
                },
            ),
        ],
        "be": [
            ("heading", "Што гэта такое"),
            (
                "paragraph",
                "<p>Гандаль людзьмі — гэта калі чалавека вярбуюць, перавозяць ці "
                "ўтрымліваюць з дапамогай падману, пагроз, сілы ці доўгу, каб на ім "
                "зарабляць. Формы бываюць розныя: прымусовая праца на будоўлі, у полі, "
                "на фабрыцы ці ў доме, сэксуальная эксплуатацыя, прымус да жабравання "
                "ці да злачынстваў.</p>"
                "<p>Згода паехаць нічога не змяняе: калі вас падманулі наконт працы і "
                "ўмоў, а потым не даюць сысці, — гэта эксплуатацыя.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Гэта можа здарыцца з кожным",
                    "text": "<p>Ахвярамі становяцца і мужчыны, і жанчыны, дарослыя і "
                    "падлеткі, людзі з адукацыяй і без. Гэта адбываецца ў любой краіне, "
                    "у тым ліку ў Беларусі, без перасячэння мяжы. Вярбоўшчыкам часта "
                    "аказваецца знаёмы, сваяк ці «сябар» з інтэрнэту.</p>",
                },
            ),
            (
                "checklist",
                {
                    "title": "Трывожныя прыкметы",
                    "items": [
                        "Пашпарт ці іншыя дакументы «на захоўванні» ў працадаўцы ці пасярэдніка",
                        "Доўг за дарогу, жыллё, ежу ці «афармленне», які толькі расце",
                        "Нельга свабодна сысці, выходзіць аднаму, карыстацца тэлефонам",
                        "Праца, заробак ці ўмовы зусім не тыя, што абяцалі",
                        "Грошы не плацяць, затрымліваюць ці ўтрымліваюць «штрафамі»",
                        "Пагрозы вам ці вашай сям’і, запалохванне паліцыяй і дэпартацыяй",
                        "Вы не ведаеце адраса, дзе жывяце і працуеце, і не размаўляеце на мясцовай мове",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Нават адна-дзве прыкметы — нагода задумацца і параіцца. Чым больш "
                "супадзенняў, тым сур’ёзнейшая сітуацыя.</p>",
            ),
            (
                "faq",
                {
                    "title": "Частыя пытанні",
                    "items": [
                        {
                            "question": "Я сам (сама) пагадзіўся (пагадзілася) на гэтую працу. Гэта ўсё роўна гандаль людзьмі?",
                            "answer": "<p>Так, калі згоду атрымалі падманам, а цяпер вас "
                            "утрымліваюць доўгам, пагрозамі ці дакументамі. Ваша першапачатковае "
                            "«так» не дае нікому права вас эксплуатаваць.</p>",
                        },
                        {
                            "question": "Я працую без дазволу. Мяне пакараюць, калі я звярнуся па дапамогу?",
                            "answer": "<p>Парушэнне міграцыйных правілаў не пазбаўляе вас "
                            "права на дапамогу. Кансультант гарачай лініі і юрыст дапамогуць "
                            "зразумець вашу сітуацыю і бяспечны парадак дзеянняў. Звярнуцца "
                            "можна ананімна.</p>",
                        },
                        {
                            "question": "Я думаю, што ў бядзе мой знаёмы. Што рабіць?",
                            "answer": "<p>Не спрабуйце ратаваць чалавека самі і не "
                            "ўступайце ў канфлікт з працадаўцам. Запішыце ўсё, што ведаеце: "
                            "краіну, горад, адрас, назву фірмы, тэлефоны — і звярніцеся на "
                            "гарачую лінію. Калі ёсць непасрэдная пагроза жыццю, тэлефануйце "
                            "ў паліцыю.</p>",
                        },
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Калі вы пазналі ў гэтым сябе",
                    "steps": [
                        {
                            "title": "Не рызыкуйце дарэмна",
                            "text": "<p>Не кажыце працадаўцу, што збіраецеся сысці "
                            "ці звярнуцца па дапамогу.</p>",
                        },
                        {
                            "title": "Збярыце тое, што можна",
                            "text": "<p>Адрас, назвы, імёны, фота дакументаў і "
                            "перапіскі. Захоўвайце гэта там, дзе не знойдуць.</p>",
                        },
                        {
                            "title": "Звяжыцеся з гарачай лініяй",
                            "text": "<p>Па электроннай пошце ці праз форму звароту на сайце, "
                            "пазначыўшы, як з вамі бяспечна звязацца. Пры прамой пагрозе "
                            "— тэлефануйце ў паліцыю па мясцовым экстранным нумары.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Пазналі сваю сітуацыю?",
                    "text": "Напішыце ці патэлефануйце на гарачую лінію. Кансультацыя "
                    "бясплатная і канфідэнцыйная, можна не называць сваё імя.",
                },
            ),
        ],
        "en": [
            ("heading", "What it is"),
            (
                "paragraph",
                "<p>Human trafficking means recruiting, moving or holding a person "
                "through deception, threats, force or debt in order to make money out "
                "of them. It takes many forms: forced labour on building sites, farms, "
                "in factories or private homes, sexual exploitation, forced begging or "
                "being forced to commit crimes.</p>"
                "<p>Agreeing to go does not change this: if you were lied to about the "
                "work and conditions and are now not allowed to leave, that is "
                "exploitation.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "It can happen to anyone",
                    "text": "<p>Men and women, adults and teenagers, people with and "
                    "without a degree all become victims. It happens in every country, "
                    "including Belarus, without crossing any border. The recruiter is "
                    'often an acquaintance, a relative or an online "friend".</p>',
                },
            ),
            (
                "checklist",
                {
                    "title": "Warning signs",
                    "items": [
                        'Your passport or other documents are "kept safe" by the employer or a middleman',
                        'A debt for travel, housing, food or "paperwork" that only keeps growing',
                        "You cannot leave freely, go out alone or use a phone",
                        "The job, pay or conditions are nothing like what you were promised",
                        'Wages are not paid, are delayed or are eaten up by "fines"',
                        "Threats against you or your family, or threats of police and deportation",
                        "You do not know the address where you live and work, and do not speak the language",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Even one or two of these signs are a reason to stop and get advice. "
                "The more of them match, the more serious the situation.</p>",
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "I agreed to this job myself. Can it still be trafficking?",
                            "answer": "<p>Yes, if your agreement was obtained by deception "
                            "and you are now held by debt, threats or your documents. Saying "
                            '"yes" at the start gives nobody the right to exploit you.</p>',
                        },
                        {
                            "question": "I am working without a permit. Will I be punished if I ask for help?",
                            "answer": "<p>Breaking immigration rules does not take away your "
                            "right to help. A hotline consultant and a lawyer can help you "
                            "understand your situation and the safest way forward. You can "
                            "contact us anonymously.</p>",
                        },
                        {
                            "question": "I think someone I know is in trouble. What should I do?",
                            "answer": "<p>Do not try to rescue them yourself or confront "
                            "the employer. Write down everything you know — country, city, "
                            "address, company name, phone numbers — and contact the hotline. "
                            "If someone's life is in immediate danger, call the police.</p>",
                        },
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "If you recognise yourself here",
                    "steps": [
                        {
                            "title": "Do not take needless risks",
                            "text": "<p>Do not tell the employer that you plan to leave "
                            "or to ask for help.</p>",
                        },
                        {
                            "title": "Gather what you safely can",
                            "text": "<p>Addresses, names, photos of documents and "
                            "messages. Keep them where nobody will find them.</p>",
                        },
                        {
                            "title": "Contact the hotline",
                            "text": "<p>By e-mail or through the online request form, "
                            "saying how it is safe to contact you. If you are in direct "
                            "danger, call the police on the local emergency number.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Does this sound like your situation?",
                    "text": "Write to or call the hotline. The consultation is free and "
                    "confidential, and you do not have to give your name.",
                },
            ),
        ],
    },
}


# ---------------------------------------------------------------------------
# Victims: free medical, legal and psychological help
# ---------------------------------------------------------------------------

_FREE_HELP_FOR_VICTIMS = {
    "key": "free-help-for-victims",
    "section": "victims",
    "slug": {
        "ru": "besplatnaya-pomoshch-postradavshim",
        "be": "byasplatnaya-dapamoga-patsyarpelym",
        "en": "free-help-for-victims",
    },
    "title": {
        "ru": "Бесплатная помощь пострадавшим от торговли людьми",
        "be": "Бясплатная дапамога пацярпелым ад гандлю людзьмі",
        "en": "Free help for victims of trafficking",
    },
    "intro": {
        "ru": (
            "Если вы пострадали от торговли людьми или трудовой эксплуатации, вы "
            "можете бесплатно получить медицинскую, юридическую и психологическую "
            "помощь. Может быть доступна и поддержка реинтеграции от Международной "
            "организации по миграции. Помощь получают и родные пострадавших."
        ),
        "be": (
            "Калі вы пацярпелі ад гандлю людзьмі ці працоўнай эксплуатацыі, вы "
            "можаце бясплатна атрымаць медыцынскую, юрыдычную і псіхалагічную "
            "дапамогу. Можа быць даступная і падтрымка рэінтэграцыі ад Міжнароднай "
            "арганізацыі па міграцыі. Дапамогу атрымліваюць і родныя пацярпелых."
        ),
        "en": (
            "If you have been a victim of trafficking or labour exploitation, you can "
            "get medical, legal and psychological help free of charge. Reintegration "
            "support from the International Organization for Migration may be "
            "available too. Families of victims can get help as well."
        ),
    },
    "search_description": {
        "ru": "Бесплатная медицинская, юридическая и психологическая помощь пострадавшим "
        "от торговли людьми и их семьям: как попросить, конфиденциальность.",
        "be": "Бясплатная медыцынская, юрыдычная і псіхалагічная дапамога пацярпелым ад "
        "гандлю людзьмі і іх сем’ям: як папрасіць, канфідэнцыйнасць.",
        "en": "Free medical, legal and psychological help for victims of trafficking "
        "and their families: how to ask for it and how confidentiality works.",
    },
    "topics": ["trafficking", "crisis-abroad"],
    "last_reviewed": "2026-10-15",
    "sources": sources(IOM_BELARUS, INTERIOR_MINISTRY),
    "related": ["signs-of-trafficking", "returning-home", "missing-relative"],
    "body": {
        "ru": [
            ("heading", "Какая помощь доступна"),
            (
                "table",
                {
                    "caption": "Виды бесплатной помощи",
                    "header": ["Помощь", "Что в неё входит"],
                    "rows": [
                        [
                            "Медицинская",
                            "Обследование, лечение, лекарства, направление к нужным врачам",
                        ],
                        [
                            "Юридическая",
                            "Консультации, помощь с документами, с заявлениями в полицию "
                            "и в суд, с требованием невыплаченных денег",
                        ],
                        [
                            "Психологическая",
                            "Беседы с психологом один на один, поддержка в период "
                            "возвращения к обычной жизни, консультации для родных",
                        ],
                        [
                            "Реинтеграция (МОМ)",
                            "Может быть доступна: финансовая поддержка и оплаченное "
                            "профессиональное обучение, чтобы найти работу и снова стать на "
                            "ноги дома. Её организует Международная организация по миграции "
                            "по своим действующим программам; консультант узнает, подходите "
                            "ли вы",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Помощь подбирается под конкретного человека: одному нужен прежде "
                "всего врач, другому — восстановить паспорт, третьему — просто "
                "выговориться. Консультант расскажет, что возможно в вашей ситуации.</p>",
            ),
            ("heading", "Кто может обратиться"),
            (
                "paragraph",
                "<p>Обратиться может любой человек, которого обманом или силой заставили "
                "работать, удерживали, лишали денег или документов — за границей или в "
                "Беларуси, мужчина или женщина. Доказательства для первого разговора не "
                "нужны: достаточно рассказать, что произошло. Обращаться ли в полицию, "
                "решаете вы; консультант объяснит возможные последствия каждого шага.</p>"
                "<p>Если вы хотите, чтобы случившееся расследовали, можно обратиться и на "
                "государственную горячую линию по безопасной миграции Департамента по "
                "гражданству и миграции МВД. Она отвечает и гражданам Беларуси, которые "
                "уезжают, работают за рубежом или вернулись домой, и по обращению может "
                "начать официальное расследование эксплуатации. Консультант нашей горячей "
                "линии поможет подготовиться к этому разговору.</p>",
            ),
            (
                "steps",
                {
                    "title": "Как попросить о помощи",
                    "steps": [
                        {
                            "title": "Свяжитесь с горячей линией",
                            "text": "<p>Позвоните, напишите на электронную почту или "
                            "отправьте обращение через форму на сайте. Можно не называть своё имя.</p>",
                        },
                        {
                            "title": "Расскажите, что случилось",
                            "text": "<p>Столько, сколько готовы. Консультант задаст "
                            "вопросы, чтобы понять, какая помощь нужна в первую очередь.</p>",
                        },
                        {
                            "title": "Вместе составьте план",
                            "text": "<p>Консультант объяснит варианты и направит вас к "
                            "врачу, юристу или психологу. Если вы ещё за границей, вам "
                            "подскажут, как безопасно вернуться или где получить помощь "
                            "на месте: программа входит в международную сеть "
                            "организаций, противодействующих торговле людьми.</p>",
                        },
                        {
                            "title": "Решения принимаете вы",
                            "text": "<p>От любой помощи можно отказаться или вернуться к ней "
                            "позже.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Конфиденциально",
                    "text": (
                        "<p>Всё, что вы расскажете, остаётся между вами и специалистами, которые вам "
                        "помогают. Сведения о вас не передаются другим людям и организациям без вашего "
                        "согласия. Вы сами решаете, что рассказывать родным и знакомым.</p><p>Исключения "
                        "устанавливает закон: например, решение суда или требование следствия, которое мы "
                        "обязаны выполнить, обязанность сообщить о некоторых тяжких преступлениях и прямая "
                        "угроза жизни — вашей или другого человека. Если такое случится, мы по возможности "
                        "сначала скажем об этом вам.</p>"
                    ),
                },
            ),
            (
                "check_note",
                {
                    "text": (
                        "Исключения из конфиденциальности названы в общем виде. Юрист организации должен "
                        "сверить их с законодательством Беларуси (Уголовно-процессуальный кодекс, Уголовный "
                        "кодекс об обязанности сообщать о тяжких преступлениях, Закон «О защите персональных "
                        "данных» 2021 года, Закон «О противодействии торговле людьми») и уточнить "
                        "формулировку. Затем исправьте текст выше и удалите эту заметку."
                    ),
                },
            ),
            ("heading", "Помощь для семьи"),
            (
                "paragraph",
                "<p>Родные тоже переживают случившееся. Они могут получить консультацию "
                "о том, что делать, если близкий человек за границей в беде, и поддержку "
                "психолога. Психолог подскажет, как говорить с вернувшимся человеком: "
                "без упрёков и расспросов, давая ему время.</p>",
            ),
            (
                "faq",
                {
                    "title": "Частые вопросы",
                    "items": [
                        {
                            "question": "Это действительно бесплатно?",
                            "answer": "<p>Да. За консультации и помощь пострадавшим платить "
                            "не нужно. Если кто-то просит деньги от имени горячей линии, "
                            "это обман.</p>",
                        },
                        {
                            "question": "Прошло много времени. Ещё не поздно?",
                            "answer": "<p>Нет. Обратиться можно и через месяцы, и через годы "
                            "после того, что произошло.</p>",
                        },
                        {
                            "question": "Я не уверен(а), что я «жертва». Можно ли обращаться?",
                            "answer": "<p>Да. Многие не называют так себя и говорят просто о "
                            "«проблемах с работодателем». Консультант поможет разобраться, "
                            "что произошло и какая помощь вам положена.</p>",
                        },
                        {
                            "question": "Нужны ли паспорт или другие документы?",
                            "answer": "<p>Для первой консультации — нет. Если документы "
                            "потеряны или отобраны, юрист поможет их восстановить.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Попросите о помощи",
                    "text": "Позвоните или напишите. Мы выслушаем, не осуждая, и "
                    "вместе решим, что делать дальше.",
                },
            ),
        ],
        "be": [
            ("heading", "Якая дапамога даступная"),
            (
                "table",
                {
                    "caption": "Віды бясплатнай дапамогі",
                    "header": ["Дапамога", "Што ў яе ўваходзіць"],
                    "rows": [
                        [
                            "Медыцынская",
                            "Абследаванне, лячэнне, лекі, накіраванне да патрэбных дактароў",
                        ],
                        [
                            "Юрыдычная",
                            "Кансультацыі, дапамога з дакументамі, з заявамі ў міліцыю "
                            "і ў суд, з патрабаваннем нявыплачаных грошай",
                        ],
                        [
                            "Псіхалагічная",
                            "Гутаркі з псіхолагам сам-насам, падтрымка ў перыяд "
                            "вяртання да звычайнага жыцця, кансультацыі для родных",
                        ],
                        [
                            "Рэінтэграцыя (МАМ)",
                            "Можа быць даступная: фінансавая падтрымка і аплачанае "
                            "прафесійнае навучанне, каб знайсці працу і зноў стаць на ногі "
                            "дома. Яе арганізуе Міжнародная арганізацыя па міграцыі па сваіх "
                            "дзейных праграмах; кансультант даведаецца, ці падыходзіце вы",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Дапамога падбіраецца пад канкрэтнага чалавека: аднаму патрэбны перш "
                "за ўсё доктар, другому — аднавіць пашпарт, трэцяму — проста "
                "выгаварыцца. Кансультант раскажа, што магчыма ў вашай сітуацыі.</p>",
            ),
            ("heading", "Хто можа звярнуцца"),
            (
                "paragraph",
                "<p>Звярнуцца можа любы чалавек, якога падманам ці сілай прымусілі "
                "працаваць, утрымлівалі, пазбаўлялі грошай ці дакументаў — за мяжой ці ў "
                "Беларусі, мужчына ці жанчына. Доказы для першай размовы не патрэбныя: "
                "дастаткова расказаць, што адбылося. Ці звяртацца ў міліцыю, вырашаеце "
                "вы; кансультант растлумачыць магчымыя наступствы кожнага кроку.</p>"
                "<p>Калі вы хочаце, каб здарэнне расследавалі, можна звярнуцца і на "
                "дзяржаўную гарачую лінію па бяспечнай міграцыі Дэпартамента па "
                "грамадзянстве і міграцыі МУС. Яна адказвае і грамадзянам Беларусі, якія "
                "выязджаюць, працуюць за мяжой або вярнуліся дадому, і па звароце можа "
                "пачаць афіцыйнае расследаванне эксплуатацыі. Кансультант нашай гарачай "
                "лініі дапаможа падрыхтавацца да гэтай размовы.</p>",
            ),
            (
                "steps",
                {
                    "title": "Як папрасіць дапамогі",
                    "steps": [
                        {
                            "title": "Звяжыцеся з гарачай лініяй",
                            "text": "<p>Патэлефануйце, напішыце на электронную пошту ці "
                            "адпраўце зварот праз форму на сайце. Можна не называць сваё імя.</p>",
                        },
                        {
                            "title": "Раскажыце, што здарылася",
                            "text": "<p>Столькі, колькі гатовыя. Кансультант задасць "
                            "пытанні, каб зразумець, якая дапамога патрэбна ў першую чаргу.</p>",
                        },
                        {
                            "title": "Разам складзіце план",
                            "text": "<p>Кансультант растлумачыць варыянты і накіруе вас да "
                            "доктара, юрыста ці псіхолага. Калі вы яшчэ за мяжой, вам "
                            "падкажуць, як бяспечна вярнуцца ці дзе атрымаць дапамогу на "
                            "месцы: праграма ўваходзіць у міжнародную сетку арганізацый, "
                            "якія супрацьдзейнічаюць гандлю людзьмі.</p>",
                        },
                        {
                            "title": "Рашэнні прымаеце вы",
                            "text": "<p>Ад любой дапамогі можна адмовіцца ці вярнуцца да "
                            "яе пазней.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Канфідэнцыйна",
                    "text": (
                        "<p>Усё, што вы раскажаце, застаецца паміж вамі і спецыялістамі, якія вам "
                        "дапамагаюць. Звесткі пра вас не перадаюцца іншым людзям і арганізацыям без вашай "
                        "згоды. Вы самі вырашаеце, што расказваць родным і знаёмым.</p><p>Выключэнні "
                        "ўстанаўлівае закон: напрыклад, рашэнне суда ці патрабаванне следства, якое мы "
                        "абавязаны выканаць, абавязак паведаміць пра некаторыя цяжкія злачынствы і "
                        "непасрэдная пагроза жыццю — вашаму ці іншага чалавека. Калі такое здарыцца, мы па "
                        "магчымасці спачатку скажам пра гэта вам.</p>"
                    ),
                },
            ),
            (
                "check_note",
                {
                    "text": (
                        "Выключэнні з канфідэнцыйнасці названы ў агульным выглядзе. Юрыст арганізацыі "
                        "павінен зверыць іх з заканадаўствам Беларусі (Крымінальна-працэсуальны кодэкс, "
                        "Крымінальны кодэкс пра абавязак паведамляць пра цяжкія злачынствы, Закон «Аб "
                        "абароне персанальных даных» 2021 года, Закон «Аб супрацьдзеянні гандлю людзьмі») і "
                        "ўдакладніць фармулёўку. Потым выпраўце тэкст вышэй і выдаліце гэтую нататку."
                    ),
                },
            ),
            ("heading", "Дапамога для сям’і"),
            (
                "paragraph",
                "<p>Родныя таксама перажываюць тое, што здарылася. Яны могуць атрымаць "
                "кансультацыю пра тое, што рабіць, калі блізкі чалавек за мяжой у бядзе, "
                "і падтрымку псіхолага. Псіхолаг падкажа, як размаўляць з чалавекам, які "
                "вярнуўся: без папрокаў і роспытаў, даючы яму час.</p>",
            ),
            (
                "faq",
                {
                    "title": "Частыя пытанні",
                    "items": [
                        {
                            "question": "Гэта сапраўды бясплатна?",
                            "answer": "<p>Так. За кансультацыі і дапамогу пацярпелым плаціць "
                            "не трэба. Калі хтосьці просіць грошы ад імя гарачай лініі, "
                            "гэта падман.</p>",
                        },
                        {
                            "question": "Прайшло шмат часу. Яшчэ не позна?",
                            "answer": "<p>Не. Звярнуцца можна і праз месяцы, і праз гады "
                            "пасля таго, што адбылося.</p>",
                        },
                        {
                            "question": "Я не ўпэўнены (упэўнена), што я «ахвяра». Ці можна звяртацца?",
                            "answer": "<p>Так. Многія не называюць так сябе і кажуць проста "
                            "пра «праблемы з працадаўцам». Кансультант дапаможа разабрацца, "
                            "што адбылося і якая дапамога вам належыць.</p>",
                        },
                        {
                            "question": "Ці патрэбны пашпарт або іншыя дакументы?",
                            "answer": "<p>Для першай кансультацыі — не. Калі дакументы "
                            "згубленыя ці адабраныя, юрыст дапаможа іх аднавіць.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Папрасіце дапамогі",
                    "text": "Патэлефануйце ці напішыце. Мы выслухаем, не асуджаючы, і "
                    "разам вырашым, што рабіць далей.",
                },
            ),
        ],
        "en": [
            ("heading", "What help is available"),
            (
                "table",
                {
                    "caption": "Kinds of free help",
                    "header": ["Help", "What it includes"],
                    "rows": [
                        [
                            "Medical",
                            "Check-ups, treatment, medicines, referral to the right doctors",
                        ],
                        [
                            "Legal",
                            "Advice, help with documents, with statements to the police "
                            "and the court, and with claiming unpaid money",
                        ],
                        [
                            "Psychological",
                            "One-to-one sessions with a psychologist, support while you "
                            "return to everyday life, advice for relatives",
                        ],
                        [
                            "Reintegration (IOM)",
                            "May be available: financial support and paid vocational "
                            "training, to find work and get back on your feet at home. The "
                            "International Organization for Migration arranges it under its "
                            "current programmes; a consultant will find out whether you "
                            "qualify",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Help is tailored to the person: one needs a doctor first, another "
                "needs a new passport, a third just needs someone to listen. A "
                "consultant will explain what is possible in your situation.</p>",
            ),
            ("heading", "Who can ask for help"),
            (
                "paragraph",
                "<p>Anyone who was deceived or forced into work, held against their "
                "will, or deprived of money or documents — abroad or in Belarus, man or "
                "woman. You do not need proof for the first conversation: just tell us "
                "what happened. Whether to go to the police is your decision; a "
                "consultant will explain what each step may lead to.</p>"
                "<p>If you want what happened to be investigated, you can also turn to "
                "the state hotline for safe migration of the Department on Citizenship "
                "and Migration of the Ministry of Internal Affairs. It also serves "
                "Belarusian citizens who are leaving, working abroad or back home, and on "
                "a report it can start an official investigation of exploitation. A "
                "consultant of our hotline will help you prepare for that call.</p>",
            ),
            (
                "steps",
                {
                    "title": "How to ask for help",
                    "steps": [
                        {
                            "title": "Contact the hotline",
                            "text": "<p>Call, send an e-mail or fill in the online request "
                            "form. You do not have to give your name.</p>",
                        },
                        {
                            "title": "Tell us what happened",
                            "text": "<p>As much as you feel ready to. The consultant will "
                            "ask questions to work out what help you need first.</p>",
                        },
                        {
                            "title": "Make a plan together",
                            "text": "<p>The consultant will explain the options and refer "
                            "you to a doctor, lawyer or psychologist. If you are still "
                            "abroad, we will advise you on getting home safely or getting "
                            "help where you are: the programme belongs to an international "
                            "network of organisations working against trafficking.</p>",
                        },
                        {
                            "title": "You make the decisions",
                            "text": "<p>You can turn down any kind of help, or come back "
                            "to it later.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Confidential",
                    "text": (
                        "<p>What you tell us stays between you and the specialists helping you. Information "
                        "about you is not passed on to other people or organisations without your consent. "
                        "You decide what to tell your family and friends.</p><p>The law sets the exceptions: "
                        "for example, a court order or an investigator's demand that we must obey, a legal "
                        "duty to report certain serious crimes, and a direct threat to someone's life, yours "
                        "or another person's. If that happens, we will tell you first whenever we can.</p>"
                    ),
                },
            ),
            (
                "check_note",
                {
                    "text": (
                        "The exceptions to confidentiality are given in general terms. The organisation's "
                        "lawyer must check them against Belarusian law (the Code of Criminal Procedure, the "
                        "Criminal Code on the duty to report serious crimes, the 2021 Law on Personal Data "
                        "Protection, the Law on Combating Trafficking in Persons) and settle the wording. "
                        "Then correct the text above and delete this note."
                    ),
                },
            ),
            ("heading", "Help for families"),
            (
                "paragraph",
                "<p>Relatives are affected too. They can get advice on what to do when "
                "someone close to them is in trouble abroad, and support from a "
                "psychologist, who can also suggest how to talk to the person when they "
                "come back: without blame or pressure, giving them time.</p>",
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "Is it really free?",
                            "answer": "<p>Yes. Victims do not pay for advice or help. If "
                            "someone asks for money in the hotline's name, it is a scam.</p>",
                        },
                        {
                            "question": "It happened a long time ago. Is it too late?",
                            "answer": "<p>No. You can ask for help months or even years "
                            "after it happened.</p>",
                        },
                        {
                            "question": 'I am not sure I am a "victim". Can I still ask?',
                            "answer": "<p>Yes. Many people would not use that word and "
                            'simply talk about "problems with an employer". A consultant '
                            "will help you make sense of what happened and what help you "
                            "are entitled to.</p>",
                        },
                        {
                            "question": "Do I need a passport or other documents?",
                            "answer": "<p>Not for the first consultation. If your documents "
                            "were lost or taken, a lawyer will help you get them back or "
                            "replaced.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Ask for help",
                    "text": "Call or write to us. We will listen without judging and "
                    "work out the next steps together.",
                },
            ),
        ],
    },
}


# ---------------------------------------------------------------------------
# Victims: searching for a missing relative abroad
# ---------------------------------------------------------------------------

_MISSING_RELATIVE = {
    "key": "missing-relative",
    "section": "victims",
    "slug": {
        "ru": "poisk-propavshego-rodstvennika",
        "be": "poshuk-znyklaga-svayaka",
        "en": "missing-relative-abroad",
    },
    "title": {
        "ru": "Родственник пропал за границей: что делать",
        "be": "Сваяк знік за мяжой: што рабіць",
        "en": "A relative has gone missing abroad: what to do",
    },
    "intro": {
        "ru": (
            "Если близкий человек за границей перестал выходить на связь, действуйте "
            "сразу и по порядку: соберите сведения, подайте заявление в милицию, "
            "сообщите в посольство и на горячую линию."
        ),
        "be": (
            "Калі блізкі чалавек за мяжой перастаў выходзіць на сувязь, дзейнічайце "
            "адразу і па парадку: збярыце звесткі, падайце заяву ў міліцыю, "
            "паведаміце ў пасольства і на гарачую лінію."
        ),
        "en": (
            "If someone close to you stops getting in touch while abroad, act at "
            "once and in order: gather information, report it to the police, and "
            "tell the embassy and the hotline."
        ),
    },
    "search_description": {
        "ru": "Поиск пропавшего за границей родственника: какие сведения собрать, "
        "заявление в милицию, посольство, горячая линия. Не платите «детективам».",
        "be": "Пошук сваяка, які знік за мяжой: якія звесткі сабраць, заява ў міліцыю, "
        "пасольства, гарачая лінія. Не плаціце «дэтэктывам».",
        "en": "Searching for a relative missing abroad: what information to collect, "
        'police report, embassy, the hotline. Do not pay "detectives".',
    },
    "topics": ["missing-persons", "crisis-abroad", "trafficking"],
    "last_reviewed": "2026-10-15",
    "related": ["documents-for-family", "free-help-for-victims", "signs-of-trafficking"],
    "body": {
        "ru": [
            (
                "paragraph",
                "<p>Чаще всего пропавший человек находится: сломался телефон, сменилась "
                "работа, закончились деньги на связь. Но иногда молчание означает беду, "
                "и тогда важен каждый день. Поэтому не ждите и не стесняйтесь "
                "обращаться за помощью: заявление о пропаже можно подать сразу, "
                "правила «подождать три дня» нет.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Соберите сведения",
                    "items": [
                        "Фамилия, имя, отчество, дата рождения, копия паспорта",
                        "Несколько свежих фотографий, приметы: рост, шрамы, татуировки",
                        "Когда и как человек выходил на связь последний раз и что говорил",
                        "Страна, город, адрес жилья и работы",
                        "Название работодателя и агентства, имена и телефоны посредников",
                        "Номера телефонов, мессенджеры, страницы в социальных сетях",
                        "Маршрут и билеты, с кем человек уехал",
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Что делать по шагам",
                    "steps": [
                        {
                            "title": "Спокойно обзвоните тех, кто может знать",
                            "text": "<p>Друзей и коллег, которые уехали вместе с ним, "
                            "агентство, работодателя. Записывайте, с кем и когда говорили "
                            "и что вам ответили.</p>",
                        },
                        {
                            "title": "Подайте заявление в милицию",
                            "text": "<p>В ближайший отдел внутренних дел по месту "
                            "жительства. Возьмите собранные сведения и фотографии. "
                            "Узнайте, кто будет вести дело, и запишите его контакты.</p>",
                        },
                        {
                            "title": "Сообщите в посольство или консульство",
                            "text": "<p>Посольство Беларуси в стране, где пропал человек, "
                            "может направить запросы местным властям и проверить больницы "
                            "и места заключения.</p>",
                        },
                        {
                            "title": "Обратитесь на горячую линию",
                            "text": "<p>Консультант подскажет, что ещё сделать, и может "
                            "подключить партнёрские организации в стране, где пропал "
                            "человек. Программа входит в международную сеть организаций, "
                            "противодействующих торговле людьми.</p>",
                        },
                        {
                            "title": "Ведите записи",
                            "text": "<p>Сохраняйте все письма, номера обращений и имена. "
                            "Новые сведения сразу передавайте в милицию.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Если вы подозреваете эксплуатацию"),
            (
                "paragraph",
                "<p>Вспомните последние разговоры. Жаловался ли человек, что у него "
                "забрали паспорт, что он должен работодателю деньги, что ему не дают "
                "уйти или звонить? Если да, прямо скажите об этом в милиции и на "
                "горячей линии: от этого зависит, как будут искать.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Не платите тем, кто обещает результат",
                    "text": "<p>Семьи пропавших часто становятся целью мошенников: "
                    "«частные детективы», «экстрасенсы», люди, которые пишут, что знают, "
                    "где ваш родственник, и просят деньги. Никому не платите за "
                    "обещания. О любых таких сообщениях и требованиях выкупа сразу "
                    "сообщайте в милицию.</p>",
                },
            ),
            (
                "faq",
                {
                    "title": "Частые вопросы",
                    "items": [
                        {
                            "question": "Стоит ли публиковать объявление в социальных сетях?",
                            "answer": "<p>Иногда это помогает, но сначала посоветуйтесь с "
                            "милицией или горячей линией. Если человека удерживают, "
                            "публичный поиск может ему навредить. Не публикуйте номер "
                            "паспорта и домашний адрес.</p>",
                        },
                        {
                            "question": "Он взрослый и уехал сам. Примут ли заявление?",
                            "answer": "<p>Да. Возраст и то, что человек уехал добровольно, "
                            "не мешают подать заявление о пропаже.</p>",
                        },
                        {
                            "question": "Что делать, если человек нашёлся?",
                            "answer": "<p>Сообщите об этом в милицию, посольство и на "
                            "горячую линию. Если ему нужна помощь, чтобы вернуться, мы "
                            "подскажем, как это сделать.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Ищете близкого человека?",
                    "text": "Позвоните или напишите на горячую линию. Консультация "
                    "бесплатная, мы поможем составить план поиска.",
                },
            ),
        ],
        "be": [
            (
                "paragraph",
                "<p>Часцей за ўсё чалавек, які знік, знаходзіцца: зламаўся тэлефон, "
                "змянілася праца, скончыліся грошы на сувязь. Але часам маўчанне азначае "
                "бяду, і тады важны кожны дзень. Таму не чакайце і не саромейцеся "
                "звяртацца па дапамогу: заяву пра знікненне можна падаць адразу, "
                "правіла «пачакаць тры дні» няма.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Збярыце звесткі",
                    "items": [
                        "Прозвішча, імя, імя па бацьку, дата нараджэння, копія пашпарта",
                        "Некалькі свежых фотаздымкаў, прыкметы: рост, шнары, татуіроўкі",
                        "Калі і як чалавек выходзіў на сувязь апошні раз і што казаў",
                        "Краіна, горад, адрас жылля і працы",
                        "Назва працадаўцы і агенцтва, імёны і тэлефоны пасярэднікаў",
                        "Нумары тэлефонаў, месенджары, старонкі ў сацыяльных сетках",
                        "Маршрут і квіткі, з кім чалавек паехаў",
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Што рабіць па кроках",
                    "steps": [
                        {
                            "title": "Спакойна патэлефануйце ўсім, хто можа ведаць",
                            "text": "<p>Сяброў і калег, якія паехалі разам з ім, "
                            "агенцтва, працадаўцу. Запісвайце, з кім і калі размаўлялі і "
                            "што вам адказалі.</p>",
                        },
                        {
                            "title": "Падайце заяву ў міліцыю",
                            "text": "<p>У бліжэйшы аддзел унутраных спраў па месцы "
                            "жыхарства. Вазьміце сабраныя звесткі і фотаздымкі. "
                            "Даведайцеся, хто будзе весці справу, і запішыце яго "
                            "кантакты.</p>",
                        },
                        {
                            "title": "Паведаміце ў пасольства ці консульства",
                            "text": "<p>Пасольства Беларусі ў краіне, дзе знік чалавек, "
                            "можа накіраваць запыты мясцовым уладам і праверыць бальніцы "
                            "і месцы зняволення.</p>",
                        },
                        {
                            "title": "Звярніцеся на гарачую лінію",
                            "text": "<p>Кансультант падкажа, што яшчэ зрабіць, і можа "
                            "падключыць партнёрскія арганізацыі ў краіне, дзе знік "
                            "чалавек. Праграма ўваходзіць у міжнародную сетку арганізацый, "
                            "якія супрацьдзейнічаюць гандлю людзьмі.</p>",
                        },
                        {
                            "title": "Вядзіце запісы",
                            "text": "<p>Захоўвайце ўсе лісты, нумары зваротаў і імёны. "
                            "Новыя звесткі адразу перадавайце ў міліцыю.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Калі вы падазраяце эксплуатацыю"),
            (
                "paragraph",
                "<p>Успомніце апошнія размовы. Ці скардзіўся чалавек, што ў яго "
                "забралі пашпарт, што ён вінен працадаўцу грошы, што яму не даюць "
                "сысці ці тэлефанаваць? Калі так, прама скажыце пра гэта ў міліцыі і на "
                "гарачай лініі: ад гэтага залежыць, як будуць шукаць.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Не плаціце тым, хто абяцае вынік",
                    "text": "<p>Сем’і тых, хто знік, часта становяцца мэтай ашуканцаў: "
                    "«прыватныя дэтэктывы», «экстрасэнсы», людзі, якія пішуць, што "
                    "ведаюць, дзе ваш сваяк, і просяць грошы. Нікому не плаціце за "
                    "абяцанні. Пра любыя такія паведамленні і патрабаванні выкупу адразу "
                    "паведамляйце ў міліцыю.</p>",
                },
            ),
            (
                "faq",
                {
                    "title": "Частыя пытанні",
                    "items": [
                        {
                            "question": "Ці варта публікаваць аб’яву ў сацыяльных сетках?",
                            "answer": "<p>Часам гэта дапамагае, але спачатку параіцеся з "
                            "міліцыяй ці гарачай лініяй. Калі чалавека ўтрымліваюць, "
                            "публічны пошук можа яму нашкодзіць. Не публікуйце нумар "
                            "пашпарта і хатні адрас.</p>",
                        },
                        {
                            "question": "Ён дарослы і паехаў сам. Ці прымуць заяву?",
                            "answer": "<p>Так. Узрост і тое, што чалавек паехаў "
                            "добраахвотна, не перашкаджаюць падаць заяву пра знікненне.</p>",
                        },
                        {
                            "question": "Што рабіць, калі чалавек знайшоўся?",
                            "answer": "<p>Паведаміце пра гэта ў міліцыю, пасольства і на "
                            "гарачую лінію. Калі яму патрэбна дапамога, каб вярнуцца, мы "
                            "падкажам, як гэта зрабіць.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Шукаеце блізкага чалавека?",
                    "text": "Патэлефануйце ці напішыце на гарачую лінію. Кансультацыя "
                    "бясплатная, мы дапаможам скласці план пошуку.",
                },
            ),
        ],
        "en": [
            (
                "paragraph",
                "<p>Most missing people turn up: a broken phone, a change of job, no "
                "money left for calls. But sometimes silence means real trouble, and "
                "then every day counts. So do not wait and do not feel awkward about "
                "asking for help: a missing-person report can be made straight away — "
                "there is no rule that you must wait three days.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Gather information",
                    "items": [
                        "Full name, date of birth, a copy of the passport",
                        "Several recent photos; distinguishing features such as height, scars, tattoos",
                        "When and how the person was last in touch, and what they said",
                        "Country, city, the address where they live and work",
                        "Names of the employer and agency; names and phone numbers of any middlemen",
                        "Phone numbers, messaging apps, social media profiles",
                        "Route and tickets, and who they travelled with",
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Step by step",
                    "steps": [
                        {
                            "title": "Calmly call people who may know",
                            "text": "<p>Friends and colleagues who went with them, the "
                            "agency, the employer. Note who you spoke to, when, and what "
                            "they said.</p>",
                        },
                        {
                            "title": "Report it to the police",
                            "text": "<p>Go to the police station where you live, with the "
                            "information and photos you have gathered. Ask who will handle "
                            "the case and write down their contact details.</p>",
                        },
                        {
                            "title": "Tell the embassy or consulate",
                            "text": "<p>The Belarusian embassy in the country where the "
                            "person went missing can make enquiries with the local "
                            "authorities and check hospitals and places of detention.</p>",
                        },
                        {
                            "title": "Contact the hotline",
                            "text": "<p>A consultant will suggest what else to do and can "
                            "involve partner organisations in the country where the person "
                            "disappeared. The programme belongs to an international network "
                            "of organisations working against trafficking.</p>",
                        },
                        {
                            "title": "Keep records",
                            "text": "<p>Keep every letter, reference number and name. Pass "
                            "any new information to the police at once.</p>",
                        },
                    ],
                },
            ),
            ("heading", "If you suspect exploitation"),
            (
                "paragraph",
                "<p>Think back over your last conversations. Did the person complain "
                "that their passport had been taken, that they owed the employer money, "
                "or that they were not allowed to leave or make calls? If so, say this "
                "clearly to the police and the hotline: it affects how the search is "
                "carried out.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Do not pay people who promise results",
                    "text": "<p>Families of missing people are often targeted by "
                    'fraudsters: "private detectives", "psychics", strangers who '
                    "write that they know where your relative is and ask for money. Do "
                    "not pay anyone for promises. Report any such message, and any "
                    "ransom demand, to the police straight away.</p>",
                },
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "Should we post an appeal on social media?",
                            "answer": "<p>Sometimes it helps, but talk to the police or the "
                            "hotline first. If the person is being held, a public search "
                            "could put them at risk. Never post their passport number or "
                            "home address.</p>",
                        },
                        {
                            "question": "He is an adult and left of his own accord. Will the police take a report?",
                            "answer": "<p>Yes. Being an adult and having left voluntarily "
                            "does not stop you from reporting someone missing.</p>",
                        },
                        {
                            "question": "What if the person turns up?",
                            "answer": "<p>Tell the police, the embassy and the hotline. If "
                            "they need help getting home, we can advise on how.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Looking for someone close to you?",
                    "text": "Call or write to the hotline. The consultation is free, and "
                    "we will help you plan the search.",
                },
            ),
        ],
    },
}


# ---------------------------------------------------------------------------
# Victims: coming home after exploitation
# ---------------------------------------------------------------------------

_RETURNING_HOME = {
    "key": "returning-home",
    "section": "victims",
    "slug": {
        "ru": "vozvrashchenie-domoy",
        "be": "vyartanne-dadomu",
        "en": "returning-home",
    },
    "title": {
        "ru": "Возвращение домой после эксплуатации",
        "be": "Вяртанне дадому пасля эксплуатацыі",
        "en": "Coming home after exploitation",
    },
    "intro": {
        "ru": (
            "Как вернуться, если нет паспорта и денег, какая поддержка ждёт дома и "
            "какие у вас права. Вы не обязаны справляться с этим в одиночку."
        ),
        "be": (
            "Як вярнуцца, калі няма пашпарта і грошай, якая падтрымка чакае дома і "
            "якія ў вас правы. Вы не абавязаны спраўляцца з гэтым у адзіночку."
        ),
        "en": (
            "How to get home without a passport or money, what support is waiting "
            "for you, and what your rights are. You do not have to deal with this "
            "alone."
        ),
    },
    "search_description": {
        "ru": "Возвращение домой после трудовой или сексуальной эксплуатации: "
        "документы и дорога, поддержка после возвращения, ваши права.",
        "be": "Вяртанне дадому пасля працоўнай ці сэксуальнай эксплуатацыі: "
        "дакументы і дарога, падтрымка пасля вяртання, вашы правы.",
        "en": "Coming home after labour or sexual exploitation: documents and travel, "
        "support once you are back, and your rights.",
    },
    "topics": ["trafficking", "documents", "crisis-abroad"],
    "last_reviewed": "2026-10-15",
    "related": ["free-help-for-victims", "help-abroad", "signs-of-trafficking"],
    "body": {
        "ru": [
            ("heading", "Как вернуться"),
            (
                "steps",
                {
                    "title": "Дорога домой",
                    "steps": [
                        {
                            "title": "Сообщите, что хотите вернуться",
                            "text": "<p>Напишите на горячую линию или обратитесь в "
                            "посольство или консульство Беларуси. Если вам угрожает "
                            "опасность, сначала звоните в местную полицию.</p>",
                        },
                        {
                            "title": "Решите вопрос с документами",
                            "text": "<p>Если паспорт потерян, закончился или остался у "
                            "работодателя, консульство оформит свидетельство на возвращение "
                            "в Беларусь: нового паспорта за границей не выдают. "
                            "Копии паспорта и любые документы с фотографией ускорят дело.</p>",
                        },
                        {
                            "title": "Организуйте дорогу",
                            "text": "<p>Если денег на билет нет, скажите об этом "
                            "консультанту. В ряде случаев помогают партнёрские организации "
                            "и программы добровольного возвращения; консультант узнает, "
                            "что возможно в вашей ситуации.</p>",
                        },
                        {
                            "title": "Договоритесь о встрече",
                            "text": "<p>Сообщите родным или консультанту дату и маршрут, "
                            "чтобы вас встретили.</p>",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Что сохранить, если можете",
                    "items": [
                        "Договор, расчётные листки, любые бумаги от работодателя",
                        "Переписку, фото и видео, записи разговоров",
                        "Имена, адреса, номера телефонов людей, которые вас наняли и удерживали",
                        "Записи о том, сколько вы работали и сколько вам заплатили",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Эти материалы пригодятся, если вы решите требовать невыплаченные "
                "деньги или обратиться в правоохранительные органы. Но не рискуйте ради "
                "них безопасностью.</p>",
            ),
            ("heading", "Поддержка после возвращения"),
            (
                "paragraph",
                "<p>Вернуться — только первый шаг. Многим после пережитого трудно спать, "
                "доверять людям, искать работу. Это нормальная реакция, и с ней можно "
                "справиться. Обратиться можно сразу после возвращения или позже, "
                "когда будете готовы. Пострадавшие от торговли людьми могут бесплатно получить:</p>"
                "<ul><li>медицинскую помощь: обследование и лечение;</li>"
                "<li>психологическую поддержку — для себя и для семьи;</li>"
                "<li>юридическую помощь: восстановление документов, консультации о "
                "том, как требовать заработанное;</li>"
                "<li>если её программы действуют и вы подходите, поддержку реинтеграции "
                "от Международной организации по миграции: финансовую помощь и "
                "оплаченное профессиональное обучение;</li>"
                "<li>советы о том, куда обратиться по вопросам работы, учёбы и "
                "жилья.</li></ul>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Ваши права",
                    "text": "<p>Что важно знать:</p><ul><li>Помощь бесплатная и конфиденциальная.</li>"
                    "<li>Вы сами решаете, кому и что рассказывать, в том числе родным.</li>"
                    "<li>Вы можете отказаться от любой помощи или попросить о ней позже.</li>"
                    "<li>Вы вправе добиваться невыплаченных денег и возмещения вреда; "
                    "юрист объяснит, как это сделать.</li>"
                    "<li>То, что вас принудили нарушить правила, не лишает вас права на "
                    "защиту и помощь.</li></ul>",
                },
            ),
            (
                "faq",
                {
                    "title": "Частые вопросы",
                    "items": [
                        {
                            "question": "Я боюсь, что люди, которые меня удерживали, найдут меня дома.",
                            "answer": "<p>Скажите об этом консультанту. Вместе вы продумаете, "
                            "как обезопасить себя и близких. Если вам угрожают, сообщите "
                            "в милицию.</p>",
                        },
                        {
                            "question": "Мне стыдно рассказывать семье.",
                            "answer": "<p>Вашей вины в случившемся нет. Психолог поможет "
                            "решить, что и как рассказать, а родным — понять, как вас "
                            "поддержать.</p>",
                        },
                        {
                            "question": "Смогу ли я снова поехать на работу за границу?",
                            "answer": "<p>Да, это ваше право. Консультант поможет "
                            "проверить новое предложение, чтобы ситуация не повторилась.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Хотите вернуться или уже дома?",
                    "text": "Свяжитесь с горячей линией: мы поможем с дорогой, "
                    "документами и поддержкой после возвращения.",
                },
            ),
        ],
        "be": [
            ("heading", "Як вярнуцца"),
            (
                "steps",
                {
                    "title": "Дарога дадому",
                    "steps": [
                        {
                            "title": "Паведаміце, што хочаце вярнуцца",
                            "text": "<p>Напішыце на гарачую лінію ці звярніцеся ў "
                            "пасольства ці консульства Беларусі. Калі вам пагражае "
                            "небяспека, спачатку тэлефануйце ў мясцовую паліцыю.</p>",
                        },
                        {
                            "title": "Вырашыце пытанне з дакументамі",
                            "text": "<p>Калі пашпарт згублены, скончыўся ці застаўся ў "
                            "працадаўцы, консульства аформіць пасведчанне на вяртанне ў "
                            "Беларусь: новага пашпарта за мяжой не выдаюць. "
                            "Копіі пашпарта і любыя дакументы з фотаздымкам паскораць "
                            "справу.</p>",
                        },
                        {
                            "title": "Арганізуйце дарогу",
                            "text": "<p>Калі грошай на квіток няма, скажыце пра гэта "
                            "кансультанту. У шэрагу выпадкаў дапамагаюць партнёрскія "
                            "арганізацыі і праграмы добраахвотнага вяртання; кансультант "
                            "даведаецца, што магчыма ў вашай сітуацыі.</p>",
                        },
                        {
                            "title": "Дамоўцеся пра сустрэчу",
                            "text": "<p>Паведаміце родным ці кансультанту дату і маршрут, "
                            "каб вас сустрэлі.</p>",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Што захаваць, калі можаце",
                    "items": [
                        "Дагавор, разліковыя лісткі, любыя паперы ад працадаўцы",
                        "Перапіску, фота і відэа, запісы размоў",
                        "Імёны, адрасы, нумары тэлефонаў людзей, якія вас нанялі і ўтрымлівалі",
                        "Запісы пра тое, колькі вы працавалі і колькі вам заплацілі",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Гэтыя матэрыялы спатрэбяцца, калі вы вырашыце патрабаваць "
                "нявыплачаныя грошы ці звярнуцца ў праваахоўныя органы. Але не "
                "рызыкуйце дзеля іх бяспекай.</p>",
            ),
            ("heading", "Падтрымка пасля вяртання"),
            (
                "paragraph",
                "<p>Вярнуцца — толькі першы крок. Многім пасля перажытага цяжка спаць, "
                "давяраць людзям, шукаць працу. Гэта нармальная рэакцыя, і з ёй можна "
                "справіцца. Звярнуцца можна адразу пасля вяртання ці пазней, калі "
                "будзеце гатовыя. Пацярпелыя ад гандлю людзьмі могуць бясплатна атрымаць:</p>"
                "<ul><li>медыцынскую дапамогу: абследаванне і лячэнне;</li>"
                "<li>псіхалагічную падтрымку — для сябе і для сям’і;</li>"
                "<li>юрыдычную дапамогу: аднаўленне дакументаў, кансультацыі пра "
                "тое, як патрабаваць заробленае;</li>"
                "<li>калі яе праграмы дзейнічаюць і вы падыходзіце, падтрымку "
                "рэінтэграцыі ад Міжнароднай арганізацыі па міграцыі: фінансавую "
                "дапамогу і аплачанае прафесійнае навучанне;</li>"
                "<li>парады пра тое, куды звярнуцца па пытаннях працы, вучобы і "
                "жылля.</li></ul>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Вашы правы",
                    "text": "<p>Што важна ведаць:</p><ul><li>Дапамога бясплатная і канфідэнцыйная.</li>"
                    "<li>Вы самі вырашаеце, каму і што расказваць, у тым ліку родным.</li>"
                    "<li>Вы можаце адмовіцца ад любой дапамогі ці папрасіць яе пазней.</li>"
                    "<li>Вы маеце права дамагацца нявыплачаных грошай і кампенсацыі "
                    "шкоды; юрыст растлумачыць, як гэта зрабіць.</li>"
                    "<li>Тое, што вас прымусілі парушыць правілы, не пазбаўляе вас права "
                    "на абарону і дапамогу.</li></ul>",
                },
            ),
            (
                "faq",
                {
                    "title": "Частыя пытанні",
                    "items": [
                        {
                            "question": "Я баюся, што людзі, якія мяне ўтрымлівалі, знойдуць мяне дома.",
                            "answer": "<p>Скажыце пра гэта кансультанту. Разам вы "
                            "прадумаеце, як засцерагчы сябе і блізкіх. Калі вам пагражаюць, "
                            "паведаміце ў міліцыю.</p>",
                        },
                        {
                            "question": "Мне сорамна расказваць сям’і.",
                            "answer": "<p>Вашай віны ў тым, што здарылася, няма. Псіхолаг "
                            "дапаможа вырашыць, што і як расказаць, а родным — зразумець, "
                            "як вас падтрымаць.</p>",
                        },
                        {
                            "question": "Ці змагу я зноў паехаць на працу за мяжу?",
                            "answer": "<p>Так, гэта ваша права. Кансультант дапаможа "
                            "праверыць новую прапанову, каб сітуацыя не паўтарылася.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Хочаце вярнуцца ці ўжо дома?",
                    "text": "Звяжыцеся з гарачай лініяй: мы дапаможам з дарогай, "
                    "дакументамі і падтрымкай пасля вяртання.",
                },
            ),
        ],
        "en": [
            ("heading", "Getting home"),
            (
                "steps",
                {
                    "title": "The journey home",
                    "steps": [
                        {
                            "title": "Say that you want to go home",
                            "text": "<p>Write to the hotline or go to the Belarusian "
                            "embassy or consulate. If you are in danger, call the local "
                            "police first.</p>",
                        },
                        {
                            "title": "Sort out your documents",
                            "text": "<p>If your passport is lost, has expired or is still "
                            "with the employer, the consulate can issue a certificate of "
                            "return to Belarus: no new passport is issued abroad. Copies of your passport and any ID with a photo will "
                            "speed this up.</p>",
                        },
                        {
                            "title": "Arrange the journey",
                            "text": "<p>If you cannot afford a ticket, tell the consultant. "
                            "In some cases partner organisations and voluntary return "
                            "programmes can help; the consultant will find out what is "
                            "possible for you.</p>",
                        },
                        {
                            "title": "Arrange to be met",
                            "text": "<p>Tell your family or the consultant your travel date "
                            "and route so that someone can meet you.</p>",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "What to keep, if you can",
                    "items": [
                        "Your contract, payslips, any papers from the employer",
                        "Messages, photos and videos, recordings of conversations",
                        "Names, addresses and phone numbers of the people who hired and held you",
                        "Notes of how long you worked and how much you were paid",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>This material will be useful if you decide to claim unpaid money or "
                "go to the authorities. But do not put your safety at risk to get it.</p>",
            ),
            ("heading", "Support once you are back"),
            (
                "paragraph",
                "<p>Getting home is only the first step. After what they have been "
                "through, many people find it hard to sleep, trust others or look for "
                "work. This is a normal reaction, and it can be overcome. You can ask for help as "
                "soon as you are back or later, when you feel ready. Victims of "
                "trafficking can get, free of charge:</p>"
                "<ul><li>medical help: check-ups and treatment;</li>"
                "<li>psychological support, for themselves and their family;</li>"
                "<li>legal help: replacing documents, advice on claiming what they "
                "earned;</li>"
                "<li>if its programmes are running and you qualify, reintegration "
                "support from the International Organization for Migration: financial "
                "help and paid vocational training;</li>"
                "<li>advice on where to turn about work, study and housing.</li></ul>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Your rights",
                    "text": "<p>What you should know:</p><ul><li>Help is free and confidential.</li>"
                    "<li>You decide who to tell and what, including your family.</li>"
                    "<li>You can refuse any help, or ask for it later.</li>"
                    "<li>You have the right to seek unpaid wages and compensation for "
                    "harm; a lawyer will explain how.</li>"
                    "<li>Having been forced to break rules does not take away your right "
                    "to protection and help.</li></ul>",
                },
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "I am afraid the people who held me will find me at home.",
                            "answer": "<p>Tell the consultant. Together you can work out how "
                            "to keep yourself and your family safe. If you are threatened, "
                            "report it to the police.</p>",
                        },
                        {
                            "question": "I am ashamed to tell my family.",
                            "answer": "<p>What happened is not your fault. A psychologist can "
                            "help you decide what to say and how, and help your family "
                            "understand how to support you.</p>",
                        },
                        {
                            "question": "Will I be able to work abroad again?",
                            "answer": "<p>Yes, that is your right. A consultant can help you "
                            "check a new offer so that this does not happen again.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Want to come home, or already back?",
                    "text": "Contact the hotline: we can help with the journey, your "
                    "documents and support after you return.",
                },
            ),
        ],
    },
}


# ---------------------------------------------------------------------------
# Foreigners: rights of foreign workers in Belarus
# ---------------------------------------------------------------------------

_FOREIGN_WORKERS_RIGHTS_BELARUS = {
    "key": "foreign-workers-rights-belarus",
    "section": "foreigners",
    "slug": {
        "ru": "prava-inostrannykh-rabotnikov",
        "be": "pravy-zamezhnykh-rabotnikau",
        "en": "foreign-workers-rights-in-belarus",
    },
    "title": {
        "ru": "Права иностранных работников в Беларуси",
        "be": "Правы замежных работнікаў у Беларусі",
        "en": "Rights of foreign workers in Belarus",
    },
    "intro": {
        "ru": (
            "Если вы иностранец и работаете в Беларуси законно, на вас распространяются "
            "те же трудовые права, что и на граждан Беларуси. Вот главное, что нужно "
            "знать, и куда обращаться, если их нарушают."
        ),
        "be": (
            "Калі вы замежнік і працуеце ў Беларусі законна, на вас распаўсюджваюцца "
            "тыя ж працоўныя правы, што і на грамадзян Беларусі. Вось галоўнае, што "
            "трэба ведаць, і куды звяртацца, калі іх парушаюць."
        ),
        "en": (
            "If you are a foreign national working legally in Belarus, you have the "
            "same labour rights as Belarusian citizens. Here are the essentials, and "
            "where to turn if your rights are not respected."
        ),
    },
    "search_description": {
        "ru": "Права иностранцев, работающих в Беларуси: трудовой договор, разрешение "
        "на работу, оплата и рабочее время, куда обращаться при нарушениях.",
        "be": "Правы замежнікаў, якія працуюць у Беларусі: працоўны дагавор, дазвол на "
        "працу, аплата і працоўны час, куды звяртацца пры парушэннях.",
        "en": "Rights of foreigners working in Belarus: employment contract, work "
        "permit, pay and working hours, and where to turn if rights are violated.",
    },
    "topics": ["labour-rights", "employment", "documents"],
    "last_reviewed": "2026-10-15",
    "related": [
        "unpaid-wages-dismissal-belarus",
        "signs-of-trafficking",
        "employer-takes-passport",
    ],
    "body": {
        "ru": [
            ("heading", "Разрешение на работу"),
            (
                "paragraph",
                "<p>Большинству иностранцев для работы в Беларуси нужно специальное "
                "разрешение. Оформляет его <strong>наниматель</strong> (работодатель) в "
                "подразделении по гражданству и миграции, а не сам работник. Без "
                "разрешения работать нельзя: и работник, и наниматель рискуют "
                "ответственностью.</p>"
                "<p>Разрешение, как правило, не требуется гражданам стран Евразийского "
                "экономического союза (России, Казахстана, Армении, Кыргызстана) и "
                "иностранцам, постоянно проживающим в Беларуси. Точные правила для "
                "вашего случая уточните на горячей линии или в подразделении по "
                "гражданству и миграции.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Перед тем как начать работу",
                    "items": [
                        "Письменный трудовой договор подписан, один экземпляр у вас",
                        "Вы понимаете договор: если нужно, попросите перевод",
                        "В договоре указаны должность, место работы, зарплата и режим работы",
                        "Разрешение на работу оформлено, если оно вам требуется",
                        "Паспорт остаётся у вас: наниматель не вправе его забирать",
                    ],
                },
            ),
            ("heading", "Ваши трудовые права"),
            (
                "paragraph",
                "<ul><li><strong>Равная оплата.</strong> Зарплата не может быть ниже "
                "установленного минимума и не зависит от гражданства: за одинаковую "
                "работу платят одинаково.</li>"
                "<li><strong>Рабочее время.</strong> Нормальная продолжительность рабочего "
                "времени — не более 40 часов в неделю. Сверхурочная работа и работа в "
                "выходные оплачиваются в повышенном размере.</li>"
                "<li><strong>Отдых.</strong> У вас есть право на выходные дни и ежегодный "
                "оплачиваемый отпуск.</li>"
                "<li><strong>Безопасность.</strong> Наниматель обязан обеспечить "
                "безопасные условия труда и средства защиты.</li>"
                "<li><strong>Документы.</strong> Вы вправе получать сведения о начисленной "
                "зарплате и копии документов о вашей работе.</li></ul>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Паспорт — только ваш",
                    "text": "<p>Паспорт принадлежит вам. Наниматель или посредник может "
                    "посмотреть его и снять копию, но не вправе забирать «на хранение». "
                    "Если паспорт у вас забрали, это серьёзный тревожный признак — "
                    "обратитесь за помощью.</p>",
                },
            ),
            ("heading", "Куда обращаться"),
            (
                "table",
                {
                    "caption": "Если ваши права нарушены",
                    "header": ["Куда", "С чем"],
                    "rows": [
                        [
                            "Наниматель (письменно)",
                            "Первый шаг по любому спору: зарплата, график, отпуск",
                        ],
                        [
                            "Профсоюз, если он есть на предприятии",
                            "Консультация и поддержка в споре с нанимателем",
                        ],
                        [
                            "Государственная инспекция труда",
                            "Невыплата зарплаты, нарушения рабочего времени и охраны труда",
                        ],
                        [
                            "Комиссия по трудовым спорам или суд",
                            "Взыскание денег, восстановление на работе",
                        ],
                        [
                            "Подразделение по гражданству и миграции",
                            "Вопросы разрешения на работу и пребывания",
                        ],
                        [
                            "Горячая линия",
                            "Бесплатная консультация: с чего начать и куда идти",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Если вас удерживают, угрожают, не дают уйти или забрали документы, "
                "звоните в милицию по номеру 102.</p>",
            ),
            (
                "faq",
                {
                    "title": "Частые вопросы",
                    "items": [
                        {
                            "question": "Я работаю без договора. Есть ли у меня права?",
                            "answer": "<p>Работа без оформления оставляет вас почти без "
                            "защиты, поэтому требуйте письменный договор. Если спор уже "
                            "возник, сохраняйте доказательства: переписку, фото на рабочем "
                            "месте, контакты коллег — и обратитесь на горячую линию.</p>",
                        },
                        {
                            "question": "Можно ли перейти к другому нанимателю?",
                            "answer": "<p>Можно, но разрешение на работу обычно связано с "
                            "конкретным нанимателем, и новому нанимателю, как правило, "
                            "придётся оформлять своё. Прежде чем увольняться, уточните "
                            "порядок в подразделении по гражданству и миграции или на "
                            "горячей линии.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Вы иностранец и работаете в Беларуси?",
                    "text": "Горячая линия консультирует и иностранцев. Спросите о "
                    "своих правах бесплатно, можно анонимно.",
                },
            ),
        ],
        "be": [
            ("heading", "Дазвол на працу"),
            (
                "paragraph",
                "<p>Большасці замежнікаў для працы ў Беларусі патрэбны спецыяльны "
                "дазвол. Афармляе яго <strong>наймальнік</strong> (працадаўца) у "
                "падраздзяленні па грамадзянстве і міграцыі, а не сам работнік. Без "
                "дазволу працаваць нельга: і работнік, і наймальнік рызыкуюць "
                "адказнасцю.</p>"
                "<p>Дазвол, як правіла, не патрабуецца грамадзянам краін Еўразійскага "
                "эканамічнага саюза (Расіі, Казахстана, Арменіі, Кыргызстана) і "
                "замежнікам, якія пастаянна пражываюць у Беларусі. Дакладныя правілы "
                "для вашага выпадку ўдакладніце на гарачай лініі ці ў падраздзяленні "
                "па грамадзянстве і міграцыі.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Перш чым пачаць працу",
                    "items": [
                        "Пісьмовы працоўны дагавор падпісаны, адзін экзэмпляр у вас",
                        "Вы разумееце дагавор: калі трэба, папрасіце пераклад",
                        "У дагаворы пазначаны пасада, месца працы, заробак і рэжым працы",
                        "Дазвол на працу аформлены, калі ён вам патрабуецца",
                        "Пашпарт застаецца ў вас: наймальнік не мае права яго забіраць",
                    ],
                },
            ),
            ("heading", "Вашы працоўныя правы"),
            (
                "paragraph",
                "<ul><li><strong>Роўная аплата.</strong> Заробак не можа быць ніжэйшым "
                "за ўстаноўлены мінімум і не залежыць ад грамадзянства: за аднолькавую "
                "працу плацяць аднолькава.</li>"
                "<li><strong>Працоўны час.</strong> Нармальная працягласць працоўнага "
                "часу — не больш за 40 гадзін на тыдзень. Звышурочная праца і праца ў "
                "выхадныя аплачваюцца ў павышаным памеры.</li>"
                "<li><strong>Адпачынак.</strong> У вас ёсць права на выхадныя дні і "
                "штогадовы аплатны адпачынак.</li>"
                "<li><strong>Бяспека.</strong> Наймальнік абавязаны забяспечыць "
                "бяспечныя ўмовы працы і сродкі абароны.</li>"
                "<li><strong>Дакументы.</strong> Вы маеце права атрымліваць звесткі пра "
                "налічаны заробак і копіі дакументаў пра вашу працу.</li></ul>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Пашпарт — толькі ваш",
                    "text": "<p>Пашпарт належыць вам. Наймальнік ці пасярэднік можа "
                    "паглядзець яго і зняць копію, але не мае права забіраць «на "
                    "захоўванне». Калі пашпарт у вас забралі, гэта сур’ёзная трывожная "
                    "прыкмета — звярніцеся па дапамогу.</p>",
                },
            ),
            ("heading", "Куды звяртацца"),
            (
                "table",
                {
                    "caption": "Калі вашы правы парушаныя",
                    "header": ["Куды", "З чым"],
                    "rows": [
                        [
                            "Наймальнік (пісьмова)",
                            "Першы крок у любой спрэчцы: заробак, графік, адпачынак",
                        ],
                        [
                            "Прафсаюз, калі ён ёсць на прадпрыемстве",
                            "Кансультацыя і падтрымка ў спрэчцы з наймальнікам",
                        ],
                        [
                            "Дзяржаўная інспекцыя працы",
                            "Нявыплата заробку, парушэнні працоўнага часу і аховы працы",
                        ],
                        [
                            "Камісія па працоўных спрэчках ці суд",
                            "Спагнанне грошай, аднаўленне на працы",
                        ],
                        [
                            "Падраздзяленне па грамадзянстве і міграцыі",
                            "Пытанні дазволу на працу і знаходжання",
                        ],
                        [
                            "Гарачая лінія",
                            "Бясплатная кансультацыя: з чаго пачаць і куды ісці",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Калі вас утрымліваюць, пагражаюць, не даюць сысці ці забралі "
                "дакументы, тэлефануйце ў міліцыю па нумары 102.</p>",
            ),
            (
                "faq",
                {
                    "title": "Частыя пытанні",
                    "items": [
                        {
                            "question": "Я працую без дагавора. Ці ёсць у мяне правы?",
                            "answer": "<p>Праца без афармлення пакідае вас амаль без "
                            "абароны, таму патрабуйце пісьмовы дагавор. Калі спрэчка ўжо "
                            "ўзнікла, захоўвайце доказы: перапіску, фота на працоўным "
                            "месцы, кантакты калег — і звярніцеся на гарачую лінію.</p>",
                        },
                        {
                            "question": "Ці можна перайсці да іншага наймальніка?",
                            "answer": "<p>Можна, але дазвол на працу звычайна звязаны з "
                            "пэўным наймальнікам, і новаму наймальніку, як правіла, давядзецца "
                            "афармляць свой. Перш чым звальняцца, удакладніце парадак у "
                            "падраздзяленні па грамадзянстве і міграцыі ці на гарачай "
                            "лініі.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Вы замежнік і працуеце ў Беларусі?",
                    "text": "Гарачая лінія кансультуе і замежнікаў. Спытайце пра свае "
                    "правы бясплатна, можна ананімна.",
                },
            ),
        ],
        "en": [
            ("heading", "Work permit"),
            (
                "paragraph",
                "<p>Most foreign nationals need a special permit to work in Belarus. It "
                "is the <strong>employer</strong> who applies for it, at the citizenship "
                "and migration office, not the worker. Working without a permit is not "
                "allowed, and both the worker and the employer can face penalties.</p>"
                "<p>As a rule, no permit is needed for citizens of Eurasian Economic "
                "Union countries (Russia, Kazakhstan, Armenia, Kyrgyzstan) or for "
                "foreigners who are permanent residents of Belarus. Check the exact "
                "rules for your case with the hotline or the citizenship and migration "
                "office.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Before you start work",
                    "items": [
                        "A written employment contract is signed and you have your own copy",
                        "You understand the contract; ask for a translation if you need one",
                        "The contract states your job, place of work, pay and working hours",
                        "Your work permit has been issued, if you need one",
                        "Your passport stays with you: the employer may not take it",
                    ],
                },
            ),
            ("heading", "Your rights at work"),
            (
                "paragraph",
                "<ul><li><strong>Equal pay.</strong> Your pay cannot be below the legal "
                "minimum and does not depend on your nationality: the same work earns "
                "the same pay.</li>"
                "<li><strong>Working time.</strong> Normal working time is no more than "
                "40 hours a week. Overtime and work on days off are paid at a higher "
                "rate.</li>"
                "<li><strong>Rest.</strong> You are entitled to days off and paid annual "
                "leave.</li>"
                "<li><strong>Safety.</strong> The employer must provide safe working "
                "conditions and protective equipment.</li>"
                "<li><strong>Paperwork.</strong> You have the right to see how your pay "
                "was calculated and to get copies of documents about your "
                "employment.</li></ul>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Your passport belongs to you",
                    "text": "<p>Your passport is your property. An employer or agent may "
                    'look at it and take a copy, but may not keep it "for safekeeping". '
                    "If your passport has been taken, that is a serious warning sign — "
                    "get help.</p>",
                },
            ),
            ("heading", "Where to turn"),
            (
                "table",
                {
                    "caption": "If your rights are violated",
                    "header": ["Where", "What for"],
                    "rows": [
                        [
                            "Your employer (in writing)",
                            "The first step in any dispute: pay, hours, leave",
                        ],
                        [
                            "The trade union, if there is one at your workplace",
                            "Advice and support in a dispute with the employer",
                        ],
                        [
                            "The State Labour Inspectorate",
                            "Unpaid wages, breaches of working-time and safety rules",
                        ],
                        [
                            "The labour disputes commission or a court",
                            "Recovering money owed, reinstatement at work",
                        ],
                        [
                            "The citizenship and migration office",
                            "Questions about your work permit and right to stay",
                        ],
                        [
                            "The hotline",
                            "Free advice on where to start and where to go",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>If you are being held, threatened, prevented from leaving, or your "
                "documents have been taken, call the police on 102.</p>",
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "I work without a contract. Do I have any rights?",
                            "answer": "<p>Working off the books leaves you with very little "
                            "protection, so insist on a written contract. If a dispute has "
                            "already started, keep evidence — messages, photos at your "
                            "workplace, colleagues' contacts — and contact the hotline.</p>",
                        },
                        {
                            "question": "Can I move to a different employer?",
                            "answer": "<p>Yes, but a work permit is usually tied to a "
                            "particular employer, and a new employer will normally have to "
                            "apply for its own. Before you resign, check the procedure with "
                            "the citizenship and migration office or the hotline.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "A foreign national working in Belarus?",
                    "text": "The hotline advises foreigners too. Ask about your rights "
                    "free of charge — anonymously if you prefer.",
                },
            ),
        ],
    },
}


# ---------------------------------------------------------------------------
# Foreigners: unpaid wages or unfair dismissal in Belarus
# ---------------------------------------------------------------------------

_UNPAID_WAGES_DISMISSAL_BELARUS = {
    "key": "unpaid-wages-dismissal-belarus",
    "section": "foreigners",
    "slug": {
        "ru": "nevyplata-zarplaty-i-uvolnenie",
        "be": "nevyplata-zarplaty-i-zvalnenne",
        "en": "unpaid-wages-and-dismissal",
    },
    "title": {
        "ru": "Не платят зарплату или незаконно уволили: что делать в Беларуси",
        "be": "Не плацяць заробак ці незаконна звольнілі: што рабіць у Беларусі",
        "en": "Unpaid wages or unfair dismissal in Belarus: what to do",
    },
    "intro": {
        "ru": (
            "Соберите доказательства, предъявите нанимателю письменное требование и, "
            "если это не помогло, обратитесь в инспекцию труда, комиссию по трудовым "
            "спорам или суд. Сроки для обращения строгие — не откладывайте."
        ),
        "be": (
            "Збярыце доказы, прад’явіце наймальніку пісьмовае патрабаванне і, калі "
            "гэта не дапамагло, звярніцеся ў інспекцыю працы, камісію па працоўных "
            "спрэчках ці суд. Тэрміны для звароту строгія — не адкладвайце."
        ),
        "en": (
            "Gather evidence, make a written claim to your employer and, if that does "
            "not work, go to the labour inspectorate, the labour disputes commission "
            "or a court. Strict time limits apply, so do not delay."
        ),
    },
    "search_description": {
        "ru": "Невыплата зарплаты и незаконное увольнение в Беларуси: доказательства, "
        "претензия нанимателю, инспекция труда, КТС и суд. Сроки строгие.",
        "be": "Нявыплата заробку і незаконнае звальненне ў Беларусі: доказы, "
        "патрабаванне наймальніку, інспекцыя працы, КПС і суд. Тэрміны строгія.",
        "en": "Unpaid wages or unfair dismissal in Belarus: evidence, a written claim, "
        "the labour inspectorate, disputes commission and court. Strict time limits.",
    },
    "topics": ["labour-rights", "employment"],
    "last_reviewed": "2026-10-15",
    "related": ["foreign-workers-rights-belarus", "signs-of-trafficking", "free-help-for-victims"],
    "body": {
        "ru": [
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Действуют строгие сроки — проверьте их сразу",
                    "text": "<p>Для обращения в комиссию по трудовым спорам и в суд "
                    "закон устанавливает сроки, и по спорам об увольнении они особенно "
                    "короткие. Пропущенный срок может лишить вас возможности что-либо "
                    "взыскать. Узнайте сроки для своего случая в первый же день — у "
                    "юриста, в инспекции труда или на горячей линии.</p>",
                },
            ),
            ("heading", "Соберите доказательства"),
            (
                "checklist",
                {
                    "title": "Что сохранить",
                    "items": [
                        "Трудовой договор или контракт и все дополнительные соглашения",
                        "Приказы о приёме, переводе, увольнении — или их копии и фото",
                        "Расчётные листки и банковские выписки о поступлении зарплаты",
                        "Собственные записи: когда и сколько часов вы работали",
                        "Переписку с нанимателем и руководителями: сообщения, письма",
                        "Имена и контакты коллег, которые могут подтвердить ваши слова",
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Что делать по шагам",
                    "steps": [
                        {
                            "title": "Письменное требование нанимателю",
                            "text": "<p>Кратко опишите, что не выплачено или почему вы "
                            "не согласны с увольнением, и чего вы требуете. Сделайте два "
                            "экземпляра и попросите поставить на вашем отметку о "
                            "получении с датой. Если отказываются — отправьте заказным "
                            "письмом с уведомлением о вручении.</p>",
                        },
                        {
                            "title": "Жалоба в инспекцию труда",
                            "text": "<p>Государственная инспекция труда проверяет "
                            "соблюдение трудового законодательства, в том числе выплату "
                            "зарплаты. Приложите копии собранных документов.</p>",
                        },
                        {
                            "title": "Комиссия по трудовым спорам или суд",
                            "text": "<p>Если на предприятии есть комиссия по трудовым "
                            "спорам, многие споры сначала рассматривает она. Споры об "
                            "увольнении и восстановлении на работе, как правило, "
                            "рассматривает суд. Юрист поможет выбрать правильный "
                            "путь.</p>",
                        },
                        {
                            "title": "Бесплатная консультация",
                            "text": "<p>Горячая линия подскажет, с чего начать, поможет "
                            "составить требование и объяснит, куда идти дальше.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Если вас увольняют"),
            (
                "paragraph",
                "<ul><li>Не подписывайте заявление «по собственному желанию», если "
                "вы не хотите уходить, — даже если на вас давят.</li>"
                "<li>Попросите копию приказа об увольнении и проверьте, какое "
                "основание в нём указано.</li>"
                "<li>При увольнении наниматель обязан полностью рассчитаться с вами и "
                "выдать документы о работе.</li>"
                "<li>Если вы иностранец, увольнение может повлиять на ваше разрешение "
                "на работу и право пребывания. Сразу уточните это в подразделении по "
                "гражданству и миграции.</li></ul>",
            ),
            (
                "faq",
                {
                    "title": "Частые вопросы",
                    "items": [
                        {
                            "question": "Зарплату платили «в конверте». Можно ли что-то получить?",
                            "answer": "<p>Доказать такую оплату сложнее, но не всегда "
                            "невозможно. Соберите переписку, свидетельства коллег, записи "
                            "о работе и посоветуйтесь с юристом.</p>",
                        },
                        {
                            "question": "Мне угрожают, если я пожалуюсь.",
                            "answer": "<p>Сохраняйте сообщения с угрозами и записывайте, "
                            "кто, когда и что говорил. Если вам угрожают насилием или "
                            "забрали документы, звоните в милицию по номеру 102.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Не платят или уволили?",
                    "text": "Обратитесь на горячую линию как можно скорее: мы поможем "
                    "понять, какие сроки действуют в вашем случае, и составить план.",
                },
            ),
        ],
        "be": [
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Дзейнічаюць строгія тэрміны — праверце іх адразу",
                    "text": "<p>Для звароту ў камісію па працоўных спрэчках і ў суд "
                    "закон устанаўлівае тэрміны, і па спрэчках пра звальненне яны "
                    "асабліва кароткія. Прапушчаны тэрмін можа пазбавіць вас "
                    "магчымасці нешта спагнаць. Даведайцеся тэрміны для свайго выпадку "
                    "ў першы ж дзень — у юрыста, у інспекцыі працы ці на гарачай "
                    "лініі.</p>",
                },
            ),
            ("heading", "Збярыце доказы"),
            (
                "checklist",
                {
                    "title": "Што захаваць",
                    "items": [
                        "Працоўны дагавор ці кантракт і ўсе дадатковыя пагадненні",
                        "Загады пра прыём, перавод, звальненне — ці іх копіі і фота",
                        "Разліковыя лісткі і банкаўскія выпіскі пра паступленне заробку",
                        "Уласныя запісы: калі і колькі гадзін вы працавалі",
                        "Перапіску з наймальнікам і кіраўнікамі: паведамленні, лісты",
                        "Імёны і кантакты калег, якія могуць пацвердзіць вашы словы",
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Што рабіць па кроках",
                    "steps": [
                        {
                            "title": "Пісьмовае патрабаванне наймальніку",
                            "text": "<p>Коратка апішыце, што не выплачана ці чаму вы не "
                            "згодныя са звальненнем, і чаго вы патрабуеце. Зрабіце два "
                            "экзэмпляры і папрасіце паставіць на вашым адзнаку пра "
                            "атрыманне з датай. Калі адмаўляюцца — адпраўце заказным "
                            "лістом з паведамленнем пра ўручэнне.</p>",
                        },
                        {
                            "title": "Скарга ў інспекцыю працы",
                            "text": "<p>Дзяржаўная інспекцыя працы правярае выкананне "
                            "працоўнага заканадаўства, у тым ліку выплату заробку. "
                            "Прыкладзіце копіі сабраных дакументаў.</p>",
                        },
                        {
                            "title": "Камісія па працоўных спрэчках ці суд",
                            "text": "<p>Калі на прадпрыемстве ёсць камісія па працоўных "
                            "спрэчках, многія спрэчкі спачатку разглядае яна. Спрэчкі пра "
                            "звальненне і аднаўленне на працы, як правіла, разглядае суд. "
                            "Юрыст дапаможа выбраць правільны шлях.</p>",
                        },
                        {
                            "title": "Бясплатная кансультацыя",
                            "text": "<p>Гарачая лінія падкажа, з чаго пачаць, дапаможа "
                            "скласці патрабаванне і растлумачыць, куды ісці далей.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Калі вас звальняюць"),
            (
                "paragraph",
                "<ul><li>Не падпісвайце заяву «па ўласным жаданні», калі вы не хочаце "
                "сыходзіць, — нават калі на вас ціснуць.</li>"
                "<li>Папрасіце копію загаду пра звальненне і праверце, якая падстава ў "
                "ім пазначана.</li>"
                "<li>Пры звальненні наймальнік абавязаны цалкам разлічыцца з вамі і "
                "выдаць дакументы пра працу.</li>"
                "<li>Калі вы замежнік, звальненне можа паўплываць на ваш дазвол на "
                "працу і права знаходжання. Адразу ўдакладніце гэта ў падраздзяленні "
                "па грамадзянстве і міграцыі.</li></ul>",
            ),
            (
                "faq",
                {
                    "title": "Частыя пытанні",
                    "items": [
                        {
                            "question": "Заробак плацілі «ў канверце». Ці можна нешта атрымаць?",
                            "answer": "<p>Даказаць такую аплату складаней, але не заўсёды "
                            "немагчыма. Збярыце перапіску, сведчанні калег, запісы пра "
                            "працу і параіцеся з юрыстам.</p>",
                        },
                        {
                            "question": "Мне пагражаюць, калі я паскарджуся.",
                            "answer": "<p>Захоўвайце паведамленні з пагрозамі і запісвайце, "
                            "хто, калі і што казаў. Калі вам пагражаюць гвалтам ці забралі "
                            "дакументы, тэлефануйце ў міліцыю па нумары 102.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Не плацяць ці звольнілі?",
                    "text": "Звярніцеся на гарачую лінію як мага хутчэй: мы дапаможам "
                    "зразумець, якія тэрміны дзейнічаюць у вашым выпадку, і скласці план.",
                },
            ),
        ],
        "en": [
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Strict time limits apply — check them at once",
                    "text": "<p>The law sets deadlines for taking a case to the labour "
                    "disputes commission or to court, and for dismissal disputes they "
                    "are especially short. Missing a deadline can cost you the chance to "
                    "recover anything. Find out the deadlines for your case on the very "
                    "first day — from a lawyer, the labour inspectorate or the "
                    "hotline.</p>",
                },
            ),
            ("heading", "Gather evidence"),
            (
                "checklist",
                {
                    "title": "What to keep",
                    "items": [
                        "Your employment contract and any amendments",
                        "Orders on hiring, transfer or dismissal — or copies and photos of them",
                        "Payslips and bank statements showing your wages coming in",
                        "Your own notes of when and how many hours you worked",
                        "Messages and letters exchanged with the employer and managers",
                        "Names and contact details of colleagues who can back you up",
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Step by step",
                    "steps": [
                        {
                            "title": "A written claim to the employer",
                            "text": "<p>Briefly say what has not been paid, or why you "
                            "disagree with the dismissal, and what you want. Make two "
                            "copies and ask for your copy to be marked as received, with "
                            "the date. If they refuse, send it by registered post with "
                            "proof of delivery.</p>",
                        },
                        {
                            "title": "A complaint to the labour inspectorate",
                            "text": "<p>The State Labour Inspectorate checks that "
                            "employment law is followed, including the payment of wages. "
                            "Attach copies of the documents you have gathered.</p>",
                        },
                        {
                            "title": "The labour disputes commission or a court",
                            "text": "<p>If your workplace has a labour disputes "
                            "commission, many disputes go there first. Disputes about "
                            "dismissal and reinstatement are usually heard by a court. A "
                            "lawyer will help you choose the right route.</p>",
                        },
                        {
                            "title": "Free advice",
                            "text": "<p>The hotline can tell you where to start, help you "
                            "draft the claim and explain where to go next.</p>",
                        },
                    ],
                },
            ),
            ("heading", "If you are being dismissed"),
            (
                "paragraph",
                "<ul><li>Do not sign a resignation letter if you do not want to leave, "
                "even under pressure.</li>"
                "<li>Ask for a copy of the dismissal order and check the grounds "
                "given in it.</li>"
                "<li>On dismissal, the employer must pay you everything you are owed "
                "and hand over your employment documents.</li>"
                "<li>If you are a foreign national, dismissal may affect your work "
                "permit and right to stay. Check this at once with the citizenship and "
                "migration office.</li></ul>",
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "I was paid cash in hand, off the books. Can I get anything?",
                            "answer": "<p>Such payments are harder to prove, but not always "
                            "impossible. Gather messages, statements from colleagues and "
                            "records of your work, and talk to a lawyer.</p>",
                        },
                        {
                            "question": "I am being threatened if I complain.",
                            "answer": "<p>Keep any threatening messages and write down who "
                            "said what, and when. If you are threatened with violence or your "
                            "documents have been taken, call the police on 102.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Unpaid or dismissed?",
                    "text": "Contact the hotline as soon as you can: we will help you find "
                    "out which deadlines apply to you and plan your next steps.",
                },
            ),
        ],
    },
}


# ---------------------------------------------------------------------------
# Travel: a tourist stranded abroad, problems with the tour operator
# ---------------------------------------------------------------------------

_STRANDED_TOURIST = {
    "key": "stranded-tourist",
    "section": "travel",
    "slug": {
        "ru": "turist-za-granitsey-problemy-s-turoperatorom",
        "be": "turyst-za-myazhoy-prablemy-z-turaperataram",
        "en": "stranded-tourist-tour-operator-problems",
    },
    "title": {
        "ru": "Турист застрял за границей: проблемы с туроператором, рейсом или отелем",
        "be": "Турыст затрымаўся за мяжой: праблемы з тураператарам, рэйсам ці гатэлем",
        "en": "Stranded abroad as a tourist: problems with the tour operator, flight or hotel",
    },
    "intro": {
        "ru": (
            "Рейс отменили, отель требует заплатить ещё раз, туроператор не отвечает. "
            "Что сделать на месте, что сохранить и как потом вернуть деньги."
        ),
        "be": (
            "Рэйс адмянілі, гатэль патрабуе заплаціць яшчэ раз, тураператар не "
            "адказвае. Што зрабіць на месцы, што захаваць і як потым вярнуць грошы."
        ),
        "en": (
            "The flight is cancelled, the hotel wants you to pay again, the tour "
            "operator does not answer. What to do on the spot, what to keep, and how "
            "to get your money back later."
        ),
    },
    "search_description": {
        "ru": "Туристу за границей: отмена рейса, банкротство туроператора, отель "
        "требует оплату, нет денег на обратную дорогу. Что делать и куда обращаться.",
        "be": "Турысту за мяжой: адмена рэйса, банкруцтва тураператара, гатэль "
        "патрабуе аплату, няма грошай на зваротную дарогу. Што рабіць і куды звяртацца.",
        "en": "For tourists abroad: a cancelled flight, a failed tour operator, a hotel "
        "demanding payment, no money to get home. What to do and whom to contact.",
    },
    "topics": ["travel", "crisis-abroad", "documents"],
    "last_reviewed": "2026-12-01",
    "related": ["help-abroad", "travel-safety-checklist", "passport-visa-basics"],
    "body": {
        "ru": [
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Если вам угрожает опасность",
                    "text": "<p>Звоните в местную экстренную службу, в странах Евросоюза "
                    "— 112. Споры о деньгах подождут, ваша безопасность — нет.</p>",
                },
            ),
            ("heading", "Первые шаги на месте"),
            (
                "steps",
                {
                    "title": "Если тур сорвался",
                    "steps": [
                        {
                            "title": "Свяжитесь с туроператором",
                            "text": "<p>Позвоните по круглосуточному телефону из "
                            "договора или ваучера и представителю туроператора в стране "
                            "(гиду, сотруднику на стойке в отеле). Продублируйте просьбу "
                            "письменно — в мессенджере или по почте, чтобы осталась "
                            "дата и время.</p>",
                        },
                        {
                            "title": "Сообщите турагенту в Беларуси",
                            "text": "<p>Агентство, которое продало тур, тоже может помочь: "
                            "оно часто связывается с туроператором быстрее, чем "
                            "вы из-за границы.</p>",
                        },
                        {
                            "title": "Не подписывайте лишнего",
                            "text": "<p>Если отель требует доплатить или выселяет, "
                            "попросите это письменно и не подписывайте бумаг на "
                            "непонятном языке. Платите повторно, только если иначе "
                            "останетесь на улице, и обязательно возьмите чек.</p>",
                        },
                        {
                            "title": "Позвоните в страховую компанию",
                            "text": "<p>При болезни или травме сначала звоните в "
                            "круглосуточную службу страховой компании из полиса: она "
                            "скажет, куда ехать, и обычно оплачивает лечение напрямую. Без "
                            "звонка расходы могут не возместить.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Если отменили или задержали рейс"),
            (
                "paragraph",
                "<p>Если рейс вылетает из аэропорта Евросоюза, авиакомпания при долгой "
                "задержке или отмене по правилам ЕС о правах пассажиров обязана "
                "обеспечить питание, связь и, если нужно, гостиницу, а также "
                "предложить другой рейс или вернуть деньги за билет. Спросите об этом "
                "на стойке авиакомпании и сохраните посадочный талон.</p>"
                "<p>Если из-за отмены рейса вы не успеваете уехать до конца срока визы "
                "или безвизового пребывания, до его окончания обратитесь в консульство "
                "Беларуси или в местную миграционную службу и возьмите у авиакомпании "
                "справку об отмене рейса.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Что сохранить для претензии",
                    "items": [
                        "Договор на туристическое обслуживание, ваучер и чеки об оплате тура",
                        "Билеты, посадочные талоны, справку об отмене или задержке рейса",
                        "Чеки за всё, что пришлось оплатить самим: еду, гостиницу, такси, "
                        "новый билет",
                        "Переписку с туроператором, турагентом и отелем, фото и видео",
                        "Имена и телефоны туристов, с которыми случилось то же самое",
                    ],
                },
            ),
            ("heading", "Если нет денег на дорогу домой"),
            (
                "paragraph",
                "<p>Посольство или консульство Беларуси поможет связаться с родными, "
                "чтобы они перевели вам деньги, подскажет, где переночевать, и оформит "
                "свидетельство на возвращение, если паспорт потерян, украден или "
                "закончился. Билеты "
                "оно не покупает. Если вас удерживают или заставляют работать, чтобы "
                "«отработать» дорогу, это уже не туристический спор: напишите на "
                "горячую линию и звоните в полицию.</p>",
            ),
            ("heading", "После возвращения: как вернуть деньги"),
            (
                "paragraph",
                "<p>Напишите туроператору и турагенту письменную претензию: что "
                "обещали по договору, что получили на деле, сколько вы потратили "
                "сверх оплаченного. Приложите копии чеков и документов, а свой "
                "экземпляр претензии сохраните с отметкой о получении. Если вам "
                "отказали или не ответили, можно обратиться в суд; бесплатно "
                "проконсультироваться можно в обществе защиты прав потребителей.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "«Тур» с работой в конце",
                    "text": "<p>Если вам предлагают поехать по туристической путёвке, а "
                    "на месте «устроить на работу», — это риск остаться без права "
                    "работать, без денег и без защиты. Туристическая виза или "
                    "безвизовый въезд не дают права работать.</p>",
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Застряли за границей?",
                    "text": "Напишите нам из любой страны: подскажем, к кому обратиться "
                    "и что сказать. Можно анонимно.",
                },
            ),
        ],
        "be": [
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Калі вам пагражае небяспека",
                    "text": "<p>Тэлефануйце ў мясцовую экстранную службу, у краінах "
                    "Еўрасаюза — 112. Спрэчкі пра грошы пачакаюць, ваша бяспека — "
                    "не.</p>",
                },
            ),
            ("heading", "Першыя крокі на месцы"),
            (
                "steps",
                {
                    "title": "Калі тур сарваўся",
                    "steps": [
                        {
                            "title": "Звяжыцеся з тураператарам",
                            "text": "<p>Патэлефануйце па кругласутачным тэлефоне з "
                            "дагавора ці ваўчара і прадстаўніку тураператара ў краіне "
                            "(гіду, супрацоўніку на стойцы ў гатэлі). Прадублюйце "
                            "просьбу пісьмова — у месенджары ці па пошце, каб засталіся "
                            "дата і час.</p>",
                        },
                        {
                            "title": "Паведаміце турагенту ў Беларусі",
                            "text": "<p>Агенцтва, якое прадало тур, таксама можа дапамагчы: "
                            "яно часта звязваецца з тураператарам хутчэй, чым вы "
                            "з-за мяжы.</p>",
                        },
                        {
                            "title": "Не падпісвайце лішняга",
                            "text": "<p>Калі гатэль патрабуе даплаціць або высяляе, "
                            "папрасіце гэта пісьмова і не падпісвайце папер на "
                            "незразумелай мове. Плаціце паўторна, толькі калі інакш "
                            "застанецеся на вуліцы, і абавязкова вазьміце чэк.</p>",
                        },
                        {
                            "title": "Патэлефануйце ў страхавую кампанію",
                            "text": "<p>Пры хваробе ці траўме спачатку тэлефануйце ў "
                            "кругласутачную службу страхавой кампаніі з поліса: яна "
                            "скажа, куды ехаць, і звычайна аплачвае лячэнне наўпрост. Без званка "
                            "выдаткі могуць не кампенсаваць.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Калі адмянілі ці затрымалі рэйс"),
            (
                "paragraph",
                "<p>Калі рэйс вылятае з аэрапорта Еўрасаюза, авіякампанія пры доўгай "
                "затрымцы ці адмене па правілах ЕС аб правах пасажыраў абавязана "
                "забяспечыць харчаванне, сувязь і, калі трэба, гатэль, а таксама "
                "прапанаваць іншы рэйс ці вярнуць грошы за білет. Спытайце пра гэта на "
                "стойцы авіякампаніі і захавайце пасадачны талон.</p>"
                "<p>Калі з-за адмены рэйса вы не паспяваеце выехаць да канца тэрміну "
                "візы ці бязвізавага знаходжання, да яго заканчэння звярніцеся ў "
                "консульства Беларусі ці ў мясцовую міграцыйную службу і вазьміце ў "
                "авіякампаніі даведку пра адмену рэйса.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Што захаваць для прэтэнзіі",
                    "items": [
                        "Дагавор на турыстычнае абслугоўванне, ваўчар і чэкі аб аплаце тура",
                        "Білеты, пасадачныя талоны, даведку пра адмену ці затрымку рэйса",
                        "Чэкі за ўсё, што давялося аплаціць самім: ежу, гатэль, таксі, новы білет",
                        "Перапіску з тураператарам, турагентам і гатэлем, фота і відэа",
                        "Імёны і тэлефоны турыстаў, з якімі здарылася тое ж самае",
                    ],
                },
            ),
            ("heading", "Калі няма грошай на дарогу дадому"),
            (
                "paragraph",
                "<p>Пасольства ці консульства Беларусі дапаможа звязацца з роднымі, каб "
                "яны пераслалі вам грошы, падкажа, дзе пераначаваць, і аформіць "
                "пасведчанне на вяртанне, калі пашпарт згублены, скрадзены ці "
                "скончыўся. Білеты яно "
                "не купляе. Калі вас утрымліваюць ці прымушаюць працаваць, каб "
                "«адпрацаваць» дарогу, гэта ўжо не турыстычная спрэчка: напішыце на "
                "гарачую лінію і тэлефануйце ў паліцыю.</p>",
            ),
            ("heading", "Пасля вяртання: як вярнуць грошы"),
            (
                "paragraph",
                "<p>Напішыце тураператару і турагенту пісьмовую прэтэнзію: што "
                "абяцалі па дагаворы, што атрымалі на справе, колькі вы выдаткавалі "
                "звыш аплачанага. Дадайце копіі чэкаў і дакументаў, а свой экзэмпляр "
                "прэтэнзіі захавайце з адзнакай аб атрыманні. Калі вам адмовілі ці не "
                "адказалі, можна звярнуцца ў суд; бясплатна пракансультавацца можна ў "
                "таварыстве абароны правоў спажыўцоў.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "«Тур» з працай у канцы",
                    "text": "<p>Калі вам прапануюць паехаць па турыстычнай пуцёўцы, а на "
                    "месцы «ўладкаваць на працу», — гэта рызыка застацца без права "
                    "працаваць, без грошай і без абароны. Турыстычная віза ці "
                    "бязвізавы ўезд не даюць права працаваць.</p>",
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Затрымаліся за мяжой?",
                    "text": "Напішыце нам з любой краіны: падкажам, да каго звярнуцца і "
                    "што сказаць. Можна ананімна.",
                },
            ),
        ],
        "en": [
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "If you are in danger",
                    "text": "<p>Call the local emergency service; in the European Union "
                    "the number is 112. Arguments about money can wait, your safety "
                    "cannot.</p>",
                },
            ),
            ("heading", "First steps where you are"),
            (
                "steps",
                {
                    "title": "If the tour falls apart",
                    "steps": [
                        {
                            "title": "Contact the tour operator",
                            "text": "<p>Call the 24-hour number in your contract or "
                            "voucher, and the operator's representative in the country "
                            "(the guide, or the desk in the hotel). Repeat your request in "
                            "writing, by messenger or e-mail, so that the date and time "
                            "are on record.</p>",
                        },
                        {
                            "title": "Tell the travel agent in Belarus",
                            "text": "<p>The agency that sold you the tour can help too: it "
                            "can often reach the tour operator faster than you can from "
                            "abroad.</p>",
                        },
                        {
                            "title": "Do not sign anything extra",
                            "text": "<p>If the hotel demands more money or tells you to "
                            "leave, ask for it in writing and do not sign papers in a "
                            "language you do not understand. Pay twice only if you would "
                            "otherwise be left on the street, and always get a "
                            "receipt.</p>",
                        },
                        {
                            "title": "Call the insurance company",
                            "text": "<p>If you are ill or injured, first call the 24-hour "
                            "assistance line on your policy: it will tell you where to go "
                            "and usually pays for treatment directly. Without that call, the costs "
                            "may not be refunded.</p>",
                        },
                    ],
                },
            ),
            ("heading", "If your flight is cancelled or delayed"),
            (
                "paragraph",
                "<p>If the flight leaves from an airport in the European Union, the "
                "airline must, under the EU rules on passenger rights, give you meals, "
                "a way to make calls and, if needed, a hotel during a long delay or a "
                "cancellation, and offer another flight or a refund of the ticket. Ask "
                "at the airline's desk and keep your boarding pass.</p>"
                "<p>If a cancelled flight means you cannot leave before your visa or "
                "visa-free stay runs out, contact the Belarusian consulate or the local "
                "migration service before it does, and get a note from the airline "
                "confirming the cancellation.</p>",
            ),
            (
                "checklist",
                {
                    "title": "What to keep for a complaint",
                    "items": [
                        "The tour contract, the voucher and the receipts for the tour",
                        "Tickets, boarding passes, the airline's note on the cancellation or delay",
                        "Receipts for everything you had to pay yourself: food, hotel, "
                        "taxis, a new ticket",
                        "Your messages with the tour operator, travel agent and hotel, "
                        "photos and videos",
                        "Names and phone numbers of other tourists in the same situation",
                    ],
                },
            ),
            ("heading", "If you have no money to get home"),
            (
                "paragraph",
                "<p>The Belarusian embassy or consulate will help you reach your family "
                "so that they can send you money, tell you where to stay the night, and "
                "issue a certificate of return if your passport is lost, stolen or "
                "expired. "
                'It does not buy tickets. If you are held or made to work to "pay '
                'off" the journey, this is no longer a holiday dispute: write to the '
                "hotline and call the police.</p>",
            ),
            ("heading", "Back home: getting your money back"),
            (
                "paragraph",
                "<p>Send the tour operator and the travel agent a written complaint: "
                "what the contract promised, what you actually got, and how much you "
                "spent beyond what you had paid. Attach copies of receipts and "
                "documents, and keep your copy of the complaint with a note that it "
                "was received. If they refuse or do not answer, you can go to court; a "
                "consumer rights society gives free advice.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": 'A "tour" with a job at the end',
                    "text": "<p>If you are offered a trip on a tourist package and a job "
                    '"arranged" once you arrive, you risk being left without the right '
                    "to work, without money and without protection. A tourist visa or "
                    "a visa-free entry does not give the right to work.</p>",
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Stuck abroad?",
                    "text": "Write to us from any country: we will tell you whom to "
                    "contact and what to say. You can stay anonymous.",
                },
            ),
        ],
    },
}


GUIDES = [
    _DOCUMENTS_FOR_FAMILY,
    _HELP_ABROAD,
    _SIGNS_OF_TRAFFICKING,
    _FREE_HELP_FOR_VICTIMS,
    _MISSING_RELATIVE,
    _RETURNING_HOME,
    _FOREIGN_WORKERS_RIGHTS_BELARUS,
    _UNPAID_WAGES_DISMISSAL_BELARUS,
    _STRANDED_TOURIST,
]
