"""Demo content for the site frame: topics, example contacts, home page, sections,
standard pages.

Plain data, see FORMAT.md. Every text exists in ru, be and en; the three
versions say the same things. The hotline's own phone numbers and e-mail are
never written here: they come from the site settings (header, footer and
"hotline_cta" blocks), where the example values below are shown marked
"(demo)". Any other contact detail is an obvious example in a contact card
marked "needs checking", which readers do not see until an editor confirms it.
"""

# ---------------------------------------------------------------------------
# Example contacts for the "Hotline contacts" setting: editors must replace them
# ---------------------------------------------------------------------------

EXAMPLE_CONTACTS = {
    "phone_belarus": "8 801 000-00-00",
    "phone_abroad": "+375 17 000-00-00",
    "email": "hotline@example.org",
    # Shown as "(demo)" and never as links until an editor clears it.
    "are_examples": True,
    "hours": {"ru": "пн–пт 9:00–20:00", "be": "пн–пт 9:00–20:00", "en": "Mon–Fri 9:00–20:00"},
}

# ---------------------------------------------------------------------------
# Topics
# ---------------------------------------------------------------------------

TOPICS = [
    {
        "key": "employment",
        "name": {"ru": "Работа за рубежом", "be": "Праца за мяжой", "en": "Working abroad"},
    },
    {
        "key": "study",
        "name": {"ru": "Учёба за рубежом", "be": "Вучоба за мяжой", "en": "Studying abroad"},
    },
    {
        "key": "marriage",
        "name": {
            "ru": "Брак с иностранцем",
            "be": "Шлюб з замежнікам",
            "en": "Marrying a foreign citizen",
        },
    },
    {
        "key": "travel",
        "name": {"ru": "Поездки за границу", "be": "Паездкі за мяжу", "en": "Travel abroad"},
    },
    {
        "key": "documents",
        "name": {"ru": "Паспорт и визы", "be": "Пашпарт і візы", "en": "Passports and visas"},
    },
    {
        "key": "trafficking",
        "name": {"ru": "Торговля людьми", "be": "Гандаль людзьмі", "en": "Human trafficking"},
    },
    {
        "key": "labour-rights",
        "name": {"ru": "Трудовые права", "be": "Працоўныя правы", "en": "Labour rights"},
    },
    {
        "key": "safety",
        "name": {"ru": "Безопасность", "be": "Бяспека", "en": "Staying safe"},
    },
    {
        "key": "missing-persons",
        "name": {
            "ru": "Поиск пропавших",
            "be": "Пошук зніклых",
            "en": "Missing persons",
        },
    },
    {
        "key": "crisis-abroad",
        "name": {
            "ru": "Беда за границей",
            "be": "Бяда за мяжой",
            "en": "In trouble abroad",
        },
    },
]

# ---------------------------------------------------------------------------
# Home page
# ---------------------------------------------------------------------------

HOME = {
    "title": {
        "ru": "Безопасный выезд за рубеж — горячая линия",
        "be": "Бяспечны выезд за мяжу — гарачая лінія",
        "en": "Safe Travel Abroad Hotline",
    },
    "intro": {
        "ru": (
            "Мы — горячая линия по безопасному выезду за рубеж и противодействию "
            "торговле людьми. С 2001 года мы бесплатно и конфиденциально помогаем "
            "жителям Беларуси, которые собираются уехать, и тем, кто попал в беду "
            "за границей. Здесь можно проверить предложение о работе или учёбе, "
            "подготовиться к поездке и задать вопрос консультанту — в том числе "
            "анонимно."
        ),
        "be": (
            "Мы — гарачая лінія па бяспечным выездзе за мяжу і супрацьдзеянні "
            "гандлю людзьмі. З 2001 года мы бясплатна і канфідэнцыйна дапамагаем "
            "жыхарам Беларусі, якія збіраюцца паехаць, і тым, хто трапіў у бяду за "
            "мяжой. Тут можна праверыць прапанову працы ці вучобы, падрыхтавацца "
            "да паездкі і задаць пытанне кансультанту — у тым ліку ананімна."
        ),
        "en": (
            "We are a hotline on safe travel abroad and against human trafficking, "
            "working in Belarus since 2001. Our help is free and confidential, "
            "whether you are still planning a trip or already in trouble in another "
            "country. Here you can check a job or study offer, get ready for your "
            "journey and ask a consultant a question, anonymously if you prefer."
        ),
    },
    "search_description": {
        "ru": (
            "Бесплатная и конфиденциальная горячая линия по безопасному выезду за "
            "рубеж и помощи пострадавшим от торговли людьми в Беларуси: работа, "
            "учёба, брак и поездки за границей."
        ),
        "be": (
            "Бясплатная і канфідэнцыйная гарачая лінія па бяспечным выездзе за "
            "мяжу і дапамозе пацярпелым ад гандлю людзьмі ў Беларусі: праца, "
            "вучоба, шлюб і паездкі за мяжу."
        ),
        "en": (
            "A free, confidential hotline in Belarus on safe travel abroad and help "
            "for victims of human trafficking: work, study, marriage and travel."
        ),
    },
}

# The tools the home page offers first, where a reader starts, by page key.
HOME_TOOLS = [
    {
        "key": "job-check",
        "text": {
            "ru": "Ответьте на вопросы о вакансии и узнайте, есть ли в ней тревожные признаки.",
            "be": "Адкажыце на пытанні пра вакансію і даведайцеся, ці ёсць у ёй трывожныя "
            "прыкметы.",
            "en": "Answer questions about a job offer and see whether it shows warning signs.",
        },
    },
    {
        "key": "trip-plan",
        "text": {
            "ru": "Чек-лист для вашей поездки, экстренные номера страны и карточка с "
            "номерами для кошелька.",
            "be": "Чэк-ліст для вашай паездкі, экстранныя нумары краіны і картка з нумарамі "
            "для кашалька.",
            "en": "A checklist for your trip, the country's emergency numbers and a card "
            "with the numbers for your wallet.",
        },
    },
]

# ---------------------------------------------------------------------------
# Sections
# ---------------------------------------------------------------------------

_WORK = {
    "key": "work",
    "slug": {"ru": "rabota-za-rubezhom", "be": "praca-za-myazhoy", "en": "working-abroad"},
    "title": {
        "ru": "Работа за рубежом",
        "be": "Праца за мяжой",
        "en": "Working abroad",
    },
    "intro": {
        "ru": (
            "Как найти работу за границей и не попасть в ловушку: проверка вакансии "
            "и агентства, договор, виза и документы."
        ),
        "be": (
            "Як знайсці працу за мяжой і не трапіць у пастку: праверка вакансіі і "
            "агенцтва, дагавор, віза і дакументы."
        ),
        "en": (
            "How to find work abroad without walking into a trap: checking the offer "
            "and the agency, the contract, the visa and your documents."
        ),
    },
    "search_description": {
        "ru": "Работа за границей без обмана: проверка вакансии и агентства, договор, "
        "рабочая виза, тревожные признаки.",
        "be": "Праца за мяжой без падману: праверка вакансіі і агенцтва, дагавор, "
        "працоўная віза, трывожныя прыкметы.",
        "en": "Working abroad safely: checking a job offer and an agency, the contract, "
        "the work visa and the warning signs.",
    },
    "body": {
        "ru": [
            (
                "paragraph",
                "<p>Большинство людей, уехавших на заработки, возвращаются домой с "
                "деньгами и опытом. Но обман при трудоустройстве — самая частая "
                "причина звонков на нашу горячую линию. Несколько часов проверки до "
                "отъезда защищают лучше любых обещаний посредника.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Перед отъездом проверьте себя",
                    "items": [
                        "Я знаю название работодателя и точный адрес места работы.",
                        "Я проверил(а), что у агентства есть разрешение на "
                        "трудоустройство за рубежом.",
                        "У меня на руках письменный договор на понятном мне языке.",
                        "Моя виза и разрешение на работу подходят именно для этой работы.",
                        "Копии документов и контакты работодателя остались у родных.",
                        "Я знаю номер экстренной службы страны и номер горячей линии.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Тревожные признаки",
                    "text": "<p>Вам предлагают ехать по туристической визе, а «разрешение "
                    "сделать на месте»; просят крупную сумму вперёд за само "
                    "трудоустройство; обещают заработок намного выше обычного; "
                    "предлагают отдать паспорт «на хранение». Паспорт — ваша "
                    "собственность, и работодатель не вправе его забирать.</p>",
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Сомневаетесь в предложении?",
                    "text": "Позвоните или напишите нам до того, как платить и "
                    "подписывать. Консультация бесплатная.",
                },
            ),
        ],
        "be": [
            (
                "paragraph",
                "<p>Большасць людзей, якія з’язджаюць на заробкі, вяртаюцца дадому з "
                "грашыма і досведам. Але падман пры працаўладкаванні — самая частая "
                "прычына званкоў на нашу гарачую лінію. Некалькі гадзін праверкі да "
                "ад’езду абараняюць лепш за любыя абяцанні пасярэдніка.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Перад ад’ездам праверце сябе",
                    "items": [
                        "Я ведаю назву працадаўцы і дакладны адрас месца працы.",
                        "Я праверыў(-ла), што ў агенцтва ёсць дазвол на працаўладкаванне за мяжой.",
                        "У мяне на руках пісьмовы дагавор на зразумелай мне мове.",
                        "Мая віза і дазвол на працу падыходзяць менавіта для гэтай працы.",
                        "Копіі дакументаў і кантакты працадаўцы засталіся ў родных.",
                        "Я ведаю нумар экстраннай службы краіны і нумар гарачай лініі.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Трывожныя прыкметы",
                    "text": "<p>Вам прапануюць ехаць па турыстычнай візе, а «дазвол "
                    "зрабіць на месцы»; просяць загадзя вялікую суму за само "
                    "працаўладкаванне; абяцаюць заробак значна вышэйшы за звычайны; "
                    "прапануюць аддаць пашпарт «на захоўванне». Пашпарт — ваша "
                    "ўласнасць, і працадаўца не мае права яго забіраць.</p>",
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Сумняваецеся ў прапанове?",
                    "text": "Патэлефануйце ці напішыце нам да таго, як плаціць і "
                    "падпісваць. Кансультацыя бясплатная.",
                },
            ),
        ],
        "en": [
            (
                "paragraph",
                "<p>Most people who go abroad to work come home with savings and new "
                "skills. Even so, job fraud is the most common reason people call our "
                "hotline. A few hours of checking before you leave will protect you "
                "better than any promise a go-between makes.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Before you go, check that",
                    "items": [
                        "I know the employer’s name and the exact address of the workplace.",
                        "I have checked that the agency is licensed to place workers abroad.",
                        "I have a written contract in a language I understand.",
                        "My visa and work permit are right for this particular job.",
                        "My family has copies of my documents and the employer’s contacts.",
                        "I know the local emergency number and the hotline number.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Warning signs",
                    "text": "<p>You are told to travel on a tourist visa and “sort out the "
                    "permit when you get there”; you are asked for a large fee up front "
                    "just for the job; the pay is far above the usual rate; someone "
                    "offers to “look after” your passport. Your passport is your "
                    "property, and an employer has no right to keep it.</p>",
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Not sure about an offer?",
                    "text": "Call or write to us before you pay or sign anything. Advice is free.",
                },
            ),
        ],
    },
}

_STUDY = {
    "key": "study",
    "slug": {"ru": "ucheba-za-rubezhom", "be": "vucheba-za-myazhoy", "en": "studying-abroad"},
    "title": {
        "ru": "Учёба за рубежом",
        "be": "Вучоба за мяжой",
        "en": "Studying abroad",
    },
    "intro": {
        "ru": (
            "Как проверить учебное заведение и посредника, какие документы "
            "понадобятся и что важно знать о работе во время учёбы."
        ),
        "be": (
            "Як праверыць навучальную ўстанову і пасярэдніка, якія дакументы "
            "спатрэбяцца і што важна ведаць пра працу падчас вучобы."
        ),
        "en": (
            "How to check a school and an agent, which documents you will need, and "
            "what to know about working while you study."
        ),
    },
    "search_description": {
        "ru": "Учёба за границей: проверка вуза и посредника, студенческая виза, "
        "работа во время учёбы, программы au pair и «учёба и работа».",
        "be": "Вучоба за мяжой: праверка ўніверсітэта і пасярэдніка, студэнцкая віза, "
        "праца падчас вучобы, праграмы au pair і «вучоба і праца».",
        "en": "Studying abroad: checking a university and an agent, the student visa, "
        "working while studying, au pair and study-and-work programmes.",
    },
    "body": {
        "ru": [
            (
                "paragraph",
                "<p>Учёба за границей открывает много дверей, но иногда «учёбой» "
                "прикрывают обычную подработку без прав и гарантий. Особенно "
                "внимательно отнеситесь к языковым курсам с обещанием работы, "
                "программам au pair и летним программам «учёба и работа».</p>",
            ),
            (
                "checklist",
                {
                    "title": "Что выяснить до подачи документов",
                    "items": [
                        "Учебное заведение существует, имеет право выдавать дипломы, "
                        "и я нашёл (нашла) его на официальном сайте.",
                        "Договор заключён с самим вузом или с агентством, которое я проверил(а).",
                        "У меня будет студенческая виза, а не туристическая.",
                        "Я знаю, сколько часов в неделю студенту можно работать в этой стране.",
                        "У меня есть медицинская страховка и деньги на первые месяцы.",
                        "Родные знают адрес, где я буду жить, и контакты учебного заведения.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Если учёба связана с работой",
                    "text": "<p>Спросите, кто именно вас принимает, сколько часов вы будете "
                    "работать и сколько получать, кто платит за жильё и что будет, если "
                    "принимающая сторона нарушит условия. Ответы должны быть письменными.</p>",
                },
            ),
        ],
        "be": [
            (
                "paragraph",
                "<p>Вучоба за мяжой адчыняе шмат дзвярэй, але часам «вучобай» "
                "прыкрываюць звычайны падзаробак без правоў і гарантый. Асабліва "
                "ўважліва стаўцеся да моўных курсаў з абяцаннем працы, праграм au "
                "pair і летніх праграм «вучоба і праца».</p>",
            ),
            (
                "checklist",
                {
                    "title": "Што высветліць да падачы дакументаў",
                    "items": [
                        "Навучальная ўстанова існуе, мае права выдаваць дыпломы, і я "
                        "знайшоў (знайшла) яе на афіцыйным сайце.",
                        "Дагавор заключаны з самой установай або з агенцтвам, якое я "
                        "праверыў(-ла).",
                        "У мяне будзе студэнцкая віза, а не турыстычная.",
                        "Я ведаю, колькі гадзін на тыдзень студэнту можна працаваць у гэтай краіне.",
                        "У мяне ёсць медыцынская страхоўка і грошы на першыя месяцы.",
                        "Родныя ведаюць адрас, дзе я буду жыць, і кантакты навучальнай установы.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Калі вучоба звязана з працай",
                    "text": "<p>Спытайце, хто менавіта вас прымае, колькі гадзін вы будзеце "
                    "працаваць і колькі атрымліваць, хто плаціць за жыллё і што будзе, "
                    "калі той, хто вас прымае, парушыць умовы. Адказы павінны быць пісьмовымі.</p>",
                },
            ),
        ],
        "en": [
            (
                "paragraph",
                "<p>Studying abroad opens many doors, but sometimes “study” is just a "
                "cover for casual work with no rights and no guarantees. Take extra "
                "care with language courses that promise a job, au pair placements "
                "and summer study-and-work programmes.</p>",
            ),
            (
                "checklist",
                {
                    "title": "What to find out before you apply",
                    "items": [
                        "The school exists, is allowed to award degrees, and I found it "
                        "through its official website.",
                        "My contract is with the school itself or with an agent I have checked.",
                        "I will travel on a student visa, not a tourist visa.",
                        "I know how many hours a week students may work in that country.",
                        "I have health insurance and money to live on for the first months.",
                        "My family knows where I will live and how to reach the school.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "If your studies come with a job",
                    "text": "<p>Ask who exactly is hosting you, how many hours you will "
                    "work and for what pay, who pays for your housing, and what happens "
                    "if the host breaks the agreement. Get the answers in writing.</p>",
                },
            ),
        ],
    },
}

_MARRIAGE = {
    "key": "marriage",
    "slug": {
        "ru": "brak-s-inostrantsem",
        "be": "shlyub-z-zamezhnikam",
        "en": "marrying-a-foreigner",
    },
    "title": {
        "ru": "Брак с иностранцем",
        "be": "Шлюб з замежнікам",
        "en": "Marrying a foreign citizen",
    },
    "intro": {
        "ru": (
            "Знакомство и брак с гражданином другой страны: как проверить партнёра, "
            "какие документы оформить и как не остаться без защиты."
        ),
        "be": (
            "Знаёмства і шлюб з грамадзянінам іншай краіны: як праверыць партнёра, "
            "якія дакументы аформіць і як не застацца без абароны."
        ),
        "en": (
            "Meeting and marrying someone from another country: how to check your "
            "partner, which papers to sort out and how to keep yourself protected."
        ),
    },
    "search_description": {
        "ru": "Брак с иностранцем: знакомства в интернете, брачные агентства, "
        "документы, права супруга за границей, тревожные признаки.",
        "be": "Шлюб з замежнікам: знаёмствы ў інтэрнэце, шлюбныя агенцтвы, "
        "дакументы, правы мужа ці жонкі за мяжой, трывожныя прыкметы.",
        "en": "Marrying a foreign citizen: online dating, marriage agencies, "
        "documents, a spouse’s rights abroad and warning signs.",
    },
    "body": {
        "ru": [
            (
                "paragraph",
                "<p>Многие семьи, созданные людьми из разных стран, счастливы. Но через "
                "знакомства в интернете и брачные агентства действуют и мошенники, и "
                "вербовщики. Переезд к партнёру делает вас зависимым от него: от его "
                "денег, жилья, языка и законов чужой страны. Поэтому подготовиться "
                "стоит заранее.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Прежде чем переезжать",
                    "items": [
                        "Мы встречались лично, и не один раз.",
                        "Я знаю, какие права есть у супруга-иностранца в этой стране: "
                        "на проживание, работу, развод, детей.",
                        "У меня есть свои деньги и возможность купить обратный билет.",
                        "Родные знают адрес, полное имя и телефон партнёра.",
                        "Паспорт всегда остаётся у меня.",
                        "Я знаю, как связаться с посольством или консульством Беларуси.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Повод обратиться за помощью",
                    "text": "<p>Партнёр просит денег ещё до встречи, забирает ваши "
                    "документы, запрещает общаться с родными или заставляет работать. "
                    "Звоните или пишите нам — мы поможем разобраться, что делать.</p>",
                },
            ),
        ],
        "be": [
            (
                "paragraph",
                "<p>Шмат якія сем’і, што стварылі людзі з розных краін, шчаслівыя. Але "
                "праз знаёмствы ў інтэрнэце і шлюбныя агенцтвы дзейнічаюць і "
                "ашуканцы, і вярбоўшчыкі. Пераезд да партнёра робіць вас залежнымі "
                "ад яго: ад яго грошай, жылля, мовы і законаў чужой краіны. Таму "
                "падрыхтавацца варта загадзя.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Перш чым пераязджаць",
                    "items": [
                        "Мы сустракаліся асабіста, і не адзін раз.",
                        "Я ведаю, якія правы ў гэтай краіне мае муж ці жонка з-за мяжы: "
                        "на пражыванне, працу, развод, дзяцей.",
                        "У мяне ёсць свае грошы і магчымасць купіць зваротны білет.",
                        "Родныя ведаюць адрас, поўнае імя і тэлефон партнёра.",
                        "Пашпарт заўсёды застаецца ў мяне.",
                        "Я ведаю, як звязацца з пасольствам ці консульствам Беларусі.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Падстава звярнуцца па дапамогу",
                    "text": "<p>Партнёр просіць грошай яшчэ да сустрэчы, забірае вашы "
                    "дакументы, забараняе мець зносіны з роднымі або прымушае працаваць. "
                    "Тэлефануйце ці пішыце нам — мы дапаможам разабрацца, што рабіць.</p>",
                },
            ),
        ],
        "en": [
            (
                "paragraph",
                "<p>Many couples from different countries are happy together. But "
                "fraudsters and traffickers also use dating sites and marriage "
                "agencies. Moving to join a partner makes you dependent on them: on "
                "their money, their home, their language and the laws of a country "
                "that is new to you. That is why it pays to prepare in advance.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Before you move",
                    "items": [
                        "We have met in person, more than once.",
                        "I know what rights a foreign spouse has in that country: to "
                        "stay, to work, to divorce and regarding children.",
                        "I have money of my own and can buy a ticket home.",
                        "My family has my partner’s address, full name and phone number.",
                        "My passport stays with me at all times.",
                        "I know how to contact the Belarusian embassy or consulate.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Time to ask for help",
                    "text": "<p>Your partner asks for money before you have even met, "
                    "takes your documents, stops you from contacting your family or "
                    "makes you work. Call or write to us and we will help you work out "
                    "what to do.</p>",
                },
            ),
        ],
    },
}

_TRAVEL = {
    "key": "travel",
    "slug": {"ru": "poezdki-za-granitsu", "be": "paezdki-za-myazhu", "en": "travelling-abroad"},
    "title": {
        "ru": "Поездки за границу",
        "be": "Паездкі за мяжу",
        "en": "Travelling abroad",
    },
    "intro": {
        "ru": (
            "Отдых, поездка в гости или транзит: что проверить перед дорогой, что "
            "оставить дома и что делать, если что-то пошло не так."
        ),
        "be": (
            "Адпачынак, паездка ў госці ці транзіт: што праверыць перад дарогай, "
            "што пакінуць дома і што рабіць, калі нешта пайшло не так."
        ),
        "en": (
            "A holiday, a family visit or a transit trip: what to check before you "
            "go, what to leave at home and what to do if something goes wrong."
        ),
    },
    "search_description": {
        "ru": "Поездка за границу: паспорт и виза, страховка, копии документов, "
        "экстренные номера, потеря паспорта.",
        "be": "Паездка за мяжу: пашпарт і віза, страхоўка, копіі дакументаў, "
        "экстранныя нумары, страта пашпарта.",
        "en": "Travelling abroad: passport and visa, insurance, copies of documents, "
        "emergency numbers and what to do if you lose your passport.",
    },
    "body": {
        "ru": [
            (
                "checklist",
                {
                    "title": "Перед дорогой",
                    "items": [
                        "Паспорт действителен: многие страны требуют, чтобы срок его "
                        "действия не заканчивался ещё несколько месяцев после поездки.",
                        "Правила въезда, визу или безвизовый режим я проверил(а) на "
                        "официальном сайте, а не в рекламе.",
                        "У меня есть медицинская страховка на всю поездку.",
                        "Копии паспорта и билетов есть у меня в телефоне, на бумаге и у родных.",
                        "Я знаю местный номер экстренной службы (в странах ЕС — 112).",
                        "Родные знают мой маршрут и когда я вернусь.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Туристическая виза не даёт права работать",
                    "text": "<p>Если на отдыхе вам предлагают «подработать», это "
                    "нелегальная работа. Вас могут оштрафовать, выслать и запретить "
                    "въезд, а пожаловаться на нечестного работодателя будет трудно.</p>",
                },
            ),
            (
                "paragraph",
                "<p>Если вы потеряли паспорт или его украли, заявите об этом в "
                "местную полицию и обратитесь в посольство или консульство Беларуси: "
                "там оформят свидетельство на возвращение домой. Нового паспорта за "
                "границей не выдадут: с 2023 года паспорта выдают и продлевают только в "
                "Беларуси, поэтому до поездки проверьте, что паспорт действует на весь её "
                "срок.</p>",
            ),
        ],
        "be": [
            (
                "checklist",
                {
                    "title": "Перад дарогай",
                    "items": [
                        "Пашпарт сапраўдны: шмат якія краіны патрабуюць, каб тэрмін яго "
                        "дзеяння не заканчваўся яшчэ некалькі месяцаў пасля паездкі.",
                        "Правілы ўезду, візу ці бязвізавы рэжым я праверыў(-ла) на "
                        "афіцыйным сайце, а не ў рэкламе.",
                        "У мяне ёсць медыцынская страхоўка на ўсю паездку.",
                        "Копіі пашпарта і білетаў ёсць у мяне ў тэлефоне, на паперы і ў родных.",
                        "Я ведаю мясцовы нумар экстраннай службы (у краінах ЕС — 112).",
                        "Родныя ведаюць мой маршрут і калі я вярнуся.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Турыстычная віза не дае права працаваць",
                    "text": "<p>Калі на адпачынку вам прапануюць «падзарабіць», гэта "
                    "нелегальная праца. Вас могуць аштрафаваць, выслаць і забараніць "
                    "уезд, а паскардзіцца на несумленнага працадаўцу будзе цяжка.</p>",
                },
            ),
            (
                "paragraph",
                "<p>Калі вы згубілі пашпарт або яго ўкралі, заявіце пра гэта ў "
                "мясцовую паліцыю і звярніцеся ў пасольства ці консульства Беларусі: "
                "там аформяць пасведчанне на вяртанне дадому. Новага пашпарта за мяжой "
                "не выдадуць: з 2023 года пашпарты выдаюць і падаўжаюць толькі ў "
                "Беларусі, таму да паездкі праверце, што пашпарт дзейнічае на ўвесь яе "
                "тэрмін.</p>",
            ),
        ],
        "en": [
            (
                "checklist",
                {
                    "title": "Before you set off",
                    "items": [
                        "My passport is valid: many countries want it to stay valid for "
                        "several months after the trip ends.",
                        "I checked the entry rules, visa or visa-free travel on an "
                        "official website, not in an advert.",
                        "I have health insurance for the whole trip.",
                        "I have copies of my passport and tickets on my phone, on paper "
                        "and with my family.",
                        "I know the local emergency number (112 across the EU).",
                        "My family knows my route and when I will be back.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "A tourist visa does not let you work",
                    "text": "<p>If someone on holiday offers you “a bit of work”, it is "
                    "illegal work. You could be fined, deported and banned from "
                    "returning, and it is hard to complain about an unfair employer.</p>",
                },
            ),
            (
                "paragraph",
                "<p>If your passport is lost or stolen, report it to the local police "
                "and contact the Belarusian embassy or consulate. They can issue a "
                "certificate of return to get you home, but not a new passport: since "
                "2023 passports are issued and renewed only in Belarus, so make sure "
                "yours is valid for the whole trip before you go.</p>",
            ),
        ],
    },
}

_VICTIMS = {
    "key": "victims",
    "slug": {
        "ru": "pomoshch-postradavshim",
        "be": "dapamoga-patsyarpelym",
        "en": "help-for-victims",
    },
    "title": {
        "ru": "Помощь пострадавшим от торговли людьми",
        "be": "Дапамога пацярпелым ад гандлю людзьмі",
        "en": "Help for victims of trafficking",
    },
    "intro": {
        "ru": (
            "Если вас или близкого человека обманули, удерживают или заставляют "
            "работать — помощь есть. Она бесплатная и конфиденциальная."
        ),
        "be": (
            "Калі вас ці блізкага чалавека ашукалі, утрымліваюць або прымушаюць "
            "працаваць — дапамога ёсць. Яна бясплатная і канфідэнцыйная."
        ),
        "en": (
            "If you or someone close to you has been deceived, held or forced to "
            "work, help is available. It is free and confidential."
        ),
    },
    "search_description": {
        "ru": "Бесплатная медицинская, юридическая и психологическая помощь "
        "пострадавшим от торговли людьми, поиск пропавших родственников.",
        "be": "Бясплатная медыцынская, юрыдычная і псіхалагічная дапамога "
        "пацярпелым ад гандлю людзьмі, пошук зніклых сваякоў.",
        "en": "Free medical, legal and psychological help for victims of human "
        "trafficking, and help searching for missing relatives.",
    },
    "body": {
        "ru": [
            (
                "paragraph",
                "<p>Торговля людьми — это когда человека обманом или силой заставляют "
                "работать или оказывать услуги против его воли: забирают документы, "
                "держат под предлогом «долга», угрожают ему или семье, не дают уйти. Неважно, "
                "соглашались ли вы на поездку сами: вас обманули, и вы имеете право "
                "на помощь.</p>",
            ),
            (
                "paragraph",
                "<p>Мы бесплатно предлагаем:</p><ul>"
                "<li>медицинскую помощь;</li>"
                "<li>юридические консультации и поддержку;</li>"
                "<li>психологическую помощь — вам и вашим близким;</li>"
                "<li>советы, как искать пропавшего родственника.</li></ul>"
                "<p>Чтобы получить помощь, не нужно обращаться в правоохранительные "
                "органы, и мы не рассказываем о вас никому без вашего согласия, кроме "
                "случаев, которые прямо требует закон, например решения суда или угрозы "
                "чьей-то жизни.</p>",
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
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Если опасность угрожает прямо сейчас",
                    "text": "<p>Звоните в местную экстренную службу: 112 в странах ЕС, "
                    "в России и Турции, 911 в США, 999 в ОАЭ.</p>",
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Расскажите нам, что случилось",
                    "text": "Можно не называть своё имя. Скажите, как с вами безопасно "
                    "связаться, — мы сделаем именно так.",
                },
            ),
        ],
        "be": [
            (
                "paragraph",
                "<p>Гандаль людзьмі — гэта калі чалавека падманам ці сілай прымушаюць "
                "працаваць або аказваць паслугі супраць яго волі: забіраюць дакументы, "
                "трымаюць пад падставай «доўгу», пагражаюць яму ці сям’і, не даюць сысці. Не мае "
                "значэння, ці пагадзіліся вы на паездку самі: вас ашукалі, і вы маеце "
                "права на дапамогу.</p>",
            ),
            (
                "paragraph",
                "<p>Мы бясплатна прапануем:</p><ul>"
                "<li>медыцынскую дапамогу;</li>"
                "<li>юрыдычныя кансультацыі і падтрымку;</li>"
                "<li>псіхалагічную дапамогу — вам і вашым блізкім;</li>"
                "<li>парады, як шукаць зніклага сваяка.</li></ul>"
                "<p>Каб атрымаць дапамогу, не трэба звяртацца ў праваахоўныя органы, і мы "
                "нікому не расказваем пра вас без вашай згоды, акрамя выпадкаў, якія "
                "наўпрост патрабуе закон, напрыклад рашэння суда ці пагрозы чыйму-небудзь "
                "жыццю.</p>",
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
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Калі небяспека пагражае вам зараз жа",
                    "text": "<p>Тэлефануйце ў мясцовую экстранную службу: 112 у краінах ЕС, "
                    "у Расіі і Турцыі, 911 у ЗША, 999 у ААЭ.</p>",
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Раскажыце нам, што здарылася",
                    "text": "Можна не называць свайго імя. Скажыце, як з вамі бяспечна "
                    "звязацца, — мы зробім менавіта так.",
                },
            ),
        ],
        "en": [
            (
                "paragraph",
                "<p>Human trafficking is when someone is deceived or forced into work "
                "or services against their will: their documents are taken, they are "
                "kept in “debt”, they or their family are threatened, or they are not "
                "allowed to leave. It does not matter whether you agreed to the trip "
                "at first. You were deceived, and you have a right to help.</p>",
            ),
            (
                "paragraph",
                "<p>We offer, free of charge:</p><ul>"
                "<li>medical care;</li>"
                "<li>legal advice and support;</li>"
                "<li>psychological support for you and your family;</li>"
                "<li>advice on searching for a missing relative.</li></ul>"
                "<p>You do not have to go to the police or the authorities to get our help, and we tell "
                "no one about you without your consent, except where the law requires it, "
                "such as a court order or a threat to someone’s life.</p>",
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
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "If you are in danger right now",
                    "text": "<p>Call the local emergency number: 112 in the EU, Russia and "
                    "Turkey, 911 in the USA, 999 in the UAE.</p>",
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Tell us what happened",
                    "text": "You do not have to give your name. Tell us how it is safe to "
                    "contact you, and that is how we will do it.",
                },
            ),
        ],
    },
}

_FOREIGNERS = {
    "key": "foreigners",
    "slug": {
        "ru": "inostrantsam-v-belarusi",
        "be": "zamezhnikam-u-belarusi",
        "en": "foreigners-in-belarus",
    },
    "title": {
        "ru": "Иностранцам в Беларуси",
        "be": "Замежнікам у Беларусі",
        "en": "Foreign workers in Belarus",
    },
    "intro": {
        "ru": (
            "Для иностранных граждан, которые работают в Беларуси: ваши трудовые права "
            "и что делать, если не платят зарплату или незаконно увольняют."
        ),
        "be": (
            "Для замежных грамадзян, якія працуюць у Беларусі: вашы працоўныя правы і "
            "што рабіць, калі не плацяць заробак або незаконна звальняюць."
        ),
        "en": (
            "For foreign citizens working in Belarus: your rights at work, and what to "
            "do if you are not paid or are dismissed unfairly."
        ),
    },
    "search_description": {
        "ru": "Трудовые права иностранцев в Беларуси: договор, зарплата, паспорт, "
        "невыплата заработной платы, увольнение.",
        "be": "Працоўныя правы замежнікаў у Беларусі: дагавор, заробак, пашпарт, "
        "нявыплата заработнай платы, звальненне.",
        "en": "Labour rights of foreign workers in Belarus: contract, pay, passport, "
        "unpaid wages and dismissal.",
    },
    "body": {
        "ru": [
            (
                "paragraph",
                "<p>С 2009 года в Беларусь приезжает работать больше людей, чем "
                "белорусов уезжает на заработки за границу. Если вы один из них, наша "
                "горячая линия открыта и для вас: консультируем бесплатно и "
                "конфиденциально.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Что важно знать",
                    "items": [
                        "Ваша работа должна быть оформлена письменным трудовым договором.",
                        "Для законной работы нужны разрешения; уточните, какие из них "
                        "оформляет наниматель и что нужно от вас.",
                        "Зарплату должны платить полностью и в срок, как записано в договоре.",
                        "Паспорт — ваша собственность: наниматель не вправе его забирать.",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Если вам не платят или вас увольняют без причины, записывайте "
                "отработанные часы, сохраняйте договор, расчётные листки и переписку "
                "с нанимателем. Затем позвоните или напишите нам — мы подскажем, куда "
                "обращаться. Вопросы о пребывании и разрешениях можно задать и "
                "государственной горячей линии по безопасной миграции Департамента "
                "по гражданству и миграции МВД.</p>",
            ),
            (
                "hotline_cta",
                {
                    "title": "Проблемы на работе?",
                    "text": "Расскажите нам, что происходит. Консультация бесплатная и "
                    "конфиденциальная.",
                },
            ),
        ],
        "be": [
            (
                "paragraph",
                "<p>З 2009 года ў Беларусь прыязджае працаваць больш людзей, чым "
                "беларусаў з’язджае на заробкі за мяжу. Калі вы адзін з іх, наша "
                "гарачая лінія адкрыта і для вас: кансультуем бясплатна і "
                "канфідэнцыйна.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Што важна ведаць",
                    "items": [
                        "Ваша праца павінна быць аформлена пісьмовым працоўным дагаворам.",
                        "Для законнай працы патрэбныя дазволы; удакладніце, якія з іх "
                        "афармляе наймальнік і што патрэбна ад вас.",
                        "Заробак павінны плаціць цалкам і своечасова, як запісана ў дагаворы.",
                        "Пашпарт — ваша ўласнасць: наймальнік не мае права яго забіраць.",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Калі вам не плацяць або вас звальняюць без прычыны, запісвайце "
                "адпрацаваныя гадзіны, захоўвайце дагавор, разліковыя лісткі і "
                "перапіску з наймальнікам. Потым патэлефануйце ці напішыце нам — мы "
                "падкажам, куды звяртацца. Пытанні пра знаходжанне і дазволы можна "
                "задаць і дзяржаўнай гарачай лініі па бяспечнай міграцыі Дэпартамента "
                "па грамадзянстве і міграцыі МУС.</p>",
            ),
            (
                "hotline_cta",
                {
                    "title": "Праблемы на працы?",
                    "text": "Раскажыце нам, што адбываецца. Кансультацыя бясплатная і "
                    "канфідэнцыйная.",
                },
            ),
        ],
        "en": [
            (
                "paragraph",
                "<p>Since 2009 more people have come to Belarus to work than "
                "Belarusians have left to work abroad. If you are one of them, our "
                "hotline is open to you too. Our advice is free and confidential.</p>",
            ),
            (
                "checklist",
                {
                    "title": "What you should know",
                    "items": [
                        "Your job should be covered by a written employment contract.",
                        "Legal work needs permits: ask which ones your employer arranges "
                        "and what is needed from you.",
                        "Your pay must be paid in full and on time, as your contract says.",
                        "Your passport is your property: an employer may not keep it.",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>If you are not being paid, or are dismissed for no reason, keep a "
                "note of the hours you work and keep your contract, payslips and "
                "messages from your employer. Then call or write to us and we will "
                "tell you where to turn. You can also ask about residence and permits "
                "on the state safe-migration hotline run by the Department on "
                "Citizenship and Migration of the Ministry of Internal Affairs.</p>",
            ),
            (
                "hotline_cta",
                {
                    "title": "Problems at work?",
                    "text": "Tell us what is going on. Our advice is free and confidential.",
                },
            ),
        ],
    },
}

SECTIONS = [_WORK, _STUDY, _MARRIAGE, _TRAVEL, _VICTIMS, _FOREIGNERS]

# ---------------------------------------------------------------------------
# Standard pages
# ---------------------------------------------------------------------------

_ABOUT = {
    "key": "about",
    "slug": {"ru": "o-nas", "be": "pra-nas", "en": "about"},
    "title": {"ru": "О нас", "be": "Пра нас", "en": "About us"},
    "intro": {
        "ru": (
            "С января 2001 года мы помогаем людям безопасно уезжать за границу и "
            "поддерживаем тех, кто пострадал от торговли людьми."
        ),
        "be": (
            "Са студзеня 2001 года мы дапамагаем людзям бяспечна выязджаць за мяжу і "
            "падтрымліваем тых, хто пацярпеў ад гандлю людзьмі."
        ),
        "en": (
            "Since January 2001 we have been helping people travel abroad safely and "
            "supporting those who have suffered from human trafficking."
        ),
    },
    "search_description": {
        "ru": "Горячая линия по безопасному выезду за рубеж и поддержке пострадавших "
        "от торговли людьми: кто мы, что делаем, наши принципы и партнёры.",
        "be": "Гарачая лінія па бяспечным выездзе за мяжу і падтрымцы пацярпелых ад "
        "гандлю людзьмі: хто мы, што робім, нашы прынцыпы і партнёры.",
        "en": "The hotline on safe travel abroad and support for victims of "
        "trafficking: who we are, what we do, our principles and partners.",
    },
    "body": {
        "ru": [
            ("heading", "Кто мы"),
            (
                "paragraph",
                "<p>Горячая линия по безопасному выезду за рубеж и поддержке "
                "пострадавших от торговли людьми работает с января 2001 года. "
                "Программу ведёт белорусская общественная организация. Мы входим в "
                "международную ассоциацию неправительственных организаций, которые "
                "противодействуют торговле людьми: в 2020 году, по данным самой "
                "ассоциации, в неё входили 29 организаций из 24 стран.</p>"
                "<p>Наша цель проста: чтобы поездка за границу — на работу, учёбу, к "
                "любимому человеку или на отдых — заканчивалась благополучным "
                "возвращением, а человек, попавший в беду, знал, куда обратиться, и "
                "получил помощь.</p>",
            ),
            ("heading", "Что мы делаем"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>Информационная горячая линия</strong> по всем вопросам "
                "миграции: трудоустройство за рубежом, брак с иностранными "
                "гражданами, поездки и учёба за границей.</li>"
                "<li><strong>Помощь в кризисной ситуации за рубежом</strong> — по "
                "электронной почте и через онлайн-консультацию, из любой страны "
                "мира.</li>"
                "<li><strong>Бесплатная медицинская, юридическая и психологическая "
                "поддержка</strong> для пострадавших от торговли людьми.</li>"
                "<li><strong>Занятия для молодёжи и педагогов.</strong> Наши тренеры "
                "работают со студентами, школьниками и учителями по всей "
                "Беларуси.</li>"
                "<li><strong>Этот сайт</strong> — новости и практические советы для "
                "тех, кто собирается уехать, и для тех, кому нужна помощь.</li>"
                "</ul>",
            ),
            ("heading", "С чем к нам обращаются"),
            (
                "paragraph",
                "<p>Чаще всего люди спрашивают о работе за рубежом, затем о паспорте и "
                "визах, о браке с иностранцем и об учёбе. Так, по итогам 2013 года, "
                "которые программа опубликовала в марте 2014 года, о работе за рубежом "
                "было 33 % обращений, о паспортах и визах — 18 %, о браке с иностранцем — "
                "11 %, об учёбе — 8 %. Чаще других стран в тот год спрашивали о России, "
                "Германии, Турции, Италии, Польше и Украине, а всего — о 96 странах. Нам "
                "звонят и о поездках, о беде за границей, о поиске пропавших "
                "родственников, о правах иностранцев в Беларуси. Цифры за последний "
                "полный год — на странице статистики горячей линии.</p>"
                "<p>Во время пандемии COVID-19, начиная с 2020 года, обращений о "
                "проблемах с иностранными работодателями на нашу горячую линию, по нашему "
                "учёту, стало втрое больше, чем до неё. Вместе с Международной "
                "организацией по миграции (МОМ) мы провели тогда информационную "
                "кампанию в поддержку трудовых мигрантов.</p>",
            ),
            ("heading", "Партнёры"),
            (
                "paragraph",
                "<p>Мы сотрудничаем с МОМ. Организация работает в Беларуси с 1994 "
                "года, её минский офис открылся в декабре 1996 года, а 29 ноября 2005 "
                "года Беларусь стала полноправным членом МОМ. С 2021 года МОМ в "
                "Беларуси ведёт проект «Максимизация влияния миграции и трудовой "
                "мобильности на устойчивое развитие Беларуси». В его рамках работают "
                "государственная горячая линия по безопасной миграции Департамента "
                "по гражданству и миграции МВД и общенациональная информационная "
                "кампания.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Наши принципы",
                    "items": [
                        "Бесплатно: мы не берём денег ни за консультации, ни за помощь.",
                        "Конфиденциально: ваше обращение видят только консультанты горячей линии; без вашего "
                        "согласия мы никому о вас не сообщаем, кроме случаев, которые прямо требует "
                        "закон, например решения суда или угрозы чьей-то жизни.",
                        "Анонимно, если вы так хотите: называть своё имя не обязательно.",
                        "Без осуждения: мы не выясняем, кто виноват, а помогаем найти выход.",
                        "Безопасно для вас: мы связываемся только так, как вы разрешили.",
                        "Мы не агентство по трудоустройству и не продаём поездки: мы "
                        "помогаем проверить предложение, но не выступаем посредником.",
                    ],
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
            (
                "hotline_cta",
                {
                    "title": "Есть вопрос? Спросите нас",
                    "text": "Позвоните или напишите — консультация бесплатная и конфиденциальная.",
                },
            ),
        ],
        "be": [
            ("heading", "Хто мы"),
            (
                "paragraph",
                "<p>Гарачая лінія па бяспечным выездзе за мяжу і падтрымцы "
                "пацярпелых ад гандлю людзьмі працуе са студзеня 2001 года. "
                "Праграму вядзе беларуская грамадская арганізацыя. Мы ўваходзім у "
                "міжнародную асацыяцыю недзяржаўных арганізацый, якія "
                "супрацьдзейнічаюць гандлю людзьмі: у 2020 годзе, паводле звестак самой "
                "асацыяцыі, у яе ўваходзілі 29 арганізацый з 24 краін.</p>"
                "<p>Наша мэта простая: каб паездка за мяжу — на працу, вучобу, да "
                "каханага чалавека ці на адпачынак — заканчвалася шчаслівым "
                "вяртаннем, а чалавек, які трапіў у бяду, ведаў, куды звярнуцца, і "
                "атрымаў дапамогу.</p>",
            ),
            ("heading", "Што мы робім"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>Інфармацыйная гарачая лінія</strong> па ўсіх пытаннях "
                "міграцыі: працаўладкаванне за мяжой, шлюб з замежнымі "
                "грамадзянамі, паездкі і вучоба за мяжой.</li>"
                "<li><strong>Дапамога ў крызіснай сітуацыі за мяжой</strong> — па "
                "электроннай пошце і праз анлайн-кансультацыю, з любой краіны "
                "свету.</li>"
                "<li><strong>Бясплатная медыцынская, юрыдычная і псіхалагічная "
                "падтрымка</strong> для пацярпелых ад гандлю людзьмі.</li>"
                "<li><strong>Заняткі для моладзі і педагогаў.</strong> Нашы трэнеры "
                "працуюць са студэнтамі, школьнікамі і настаўнікамі па ўсёй "
                "Беларусі.</li>"
                "<li><strong>Гэты сайт</strong> — навіны і практычныя парады для "
                "тых, хто збіраецца выехаць, і для тых, каму патрэбна дапамога.</li>"
                "</ul>",
            ),
            ("heading", "З чым да нас звяртаюцца"),
            (
                "paragraph",
                "<p>Часцей за ўсё людзі пытаюцца пра працу за мяжой, потым пра пашпарт "
                "і візы, пра шлюб з замежнікам і пра вучобу. Так, паводле вынікаў 2013 "
                "года, якія праграма апублікавала ў сакавіку 2014 года, пра працу за "
                "мяжой было 33 % зваротаў, пра пашпарты і візы — 18 %, пра шлюб з "
                "замежнікам — 11 %, пра вучобу — 8 %. Часцей за іншыя краіны ў той год "
                "пыталіся пра Расію, Германію, Турцыю, Італію, Польшчу і Украіну, а "
                "ўсяго — пра 96 краін. Нам тэлефануюць і пра паездкі, пра бяду за мяжой, "
                "пра пошук зніклых сваякоў, пра правы замежнікаў у Беларусі. Лічбы за "
                "апошні поўны год — на старонцы статыстыкі гарачай лініі.</p>"
                "<p>Падчас пандэміі COVID-19, пачынаючы з 2020 года, зваротаў пра "
                "праблемы з замежнымі працадаўцамі на нашу гарачую лінію, паводле нашага "
                "ўліку, стала ўтрая больш, чым да яе. Разам з Міжнароднай арганізацыяй "
                "па міграцыі (МАМ) мы тады правялі інфармацыйную кампанію ў "
                "падтрымку працоўных мігрантаў.</p>",
            ),
            ("heading", "Партнёры"),
            (
                "paragraph",
                "<p>Мы супрацоўнічаем з МАМ. Арганізацыя працуе ў Беларусі з 1994 "
                "года, яе мінскі офіс адкрыўся ў снежні 1996 года, а 29 лістапада 2005 "
                "года Беларусь стала паўнапраўным членам МАМ. З 2021 года МАМ у "
                "Беларусі вядзе праект «Максімізацыя ўплыву міграцыі і працоўнай "
                "мабільнасці на ўстойлівае развіццё Беларусі». У яго межах працуюць "
                "дзяржаўная гарачая лінія па бяспечнай міграцыі Дэпартамента па "
                "грамадзянстве і міграцыі МУС і агульнанацыянальная інфармацыйная "
                "кампанія.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Нашы прынцыпы",
                    "items": [
                        "Бясплатна: мы не бярэм грошай ні за кансультацыі, ні за дапамогу.",
                        "Канфідэнцыйна: ваш зварот бачаць толькі кансультанты гарачай лініі; без вашай згоды "
                        "мы нікому пра вас не паведамляем, акрамя выпадкаў, якія наўпрост патрабуе "
                        "закон, напрыклад рашэння суда ці пагрозы чыйму-небудзь жыццю.",
                        "Ананімна, калі вы так хочаце: называць сваё імя не абавязкова.",
                        "Без асуджэння: мы не высвятляем, хто вінаваты, а дапамагаем "
                        "знайсці выйсце.",
                        "Бяспечна для вас: мы звязваемся толькі так, як вы дазволілі.",
                        "Мы не агенцтва па працаўладкаванні і не прадаём паездкі: мы "
                        "дапамагаем праверыць прапанову, але не выступаем пасярэднікам.",
                    ],
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
            (
                "hotline_cta",
                {
                    "title": "Ёсць пытанне? Спытайце нас",
                    "text": "Патэлефануйце ці напішыце — кансультацыя бясплатная і канфідэнцыйная.",
                },
            ),
        ],
        "en": [
            ("heading", "Who we are"),
            (
                "paragraph",
                "<p>The hotline on safe travel abroad and support for victims of "
                "human trafficking has been running since January 2001. The "
                "programme is run by a Belarusian public organisation, which is a "
                "member of an international association of non-governmental "
                "organisations working against human trafficking; in 2020, according "
                "to the association, it had 29 members in 24 countries.</p>"
                "<p>Our aim is simple: that every trip abroad, whether for work, "
                "study, love or a holiday, ends with a safe return home, and that "
                "anyone who gets into trouble knows where to turn and gets help.</p>",
            ),
            ("heading", "What we do"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>An information hotline</strong> on every kind of "
                "migration question: working abroad, marrying a foreign citizen, "
                "travelling and studying abroad.</li>"
                "<li><strong>Help in a crisis abroad</strong> by e-mail and online "
                "consultation, wherever in the world you are.</li>"
                "<li><strong>Free medical, legal and psychological support</strong> "
                "for victims of human trafficking.</li>"
                "<li><strong>Sessions for young people and teachers.</strong> Our "
                "trainers work with students, pupils and teachers all over "
                "Belarus.</li>"
                "<li><strong>This website</strong>, with news and practical advice "
                "for people planning to go abroad and for people who need help.</li>"
                "</ul>",
            ),
            ("heading", "What people ask us about"),
            (
                "paragraph",
                "<p>The most common subject is work abroad, followed by passports and "
                "visas, marriage to a foreign citizen and study. In 2013, according to "
                "the annual results the programme published in March 2014, 33% of "
                "requests were about work abroad, 18% about passports and visas, 11% "
                "about marriage to a foreign citizen and 8% about study. The countries "
                "asked about most often that year were Russia, Germany, Turkey, Italy, "
                "Poland and Ukraine, out of 96 in all. People also call about travel, "
                "trouble abroad, missing relatives and the rights of foreigners in "
                "Belarus. The figures for the last full year are on the hotline "
                "statistics page.</p>"
                "<p>During the COVID-19 pandemic, from 2020 on, requests to our hotline "
                "about problems with employers abroad were, by our own count, three "
                "times as many as before it. Together with the International "
                "Organization for Migration (IOM) we ran an information campaign to "
                "support labour migrants.</p>",
            ),
            ("heading", "Partners"),
            (
                "paragraph",
                "<p>We work with IOM, which has been active in Belarus since 1994. "
                "Its Minsk office opened in December 1996, and Belarus became a full "
                "member of IOM on 29 November 2005. Since 2021 IOM Belarus has run "
                "the project “Maximizing the impact of migration and labour mobility "
                "in the sustainable development of Belarus”, which includes a state "
                "safe-migration hotline run by the Department on Citizenship and "
                "Migration of the Ministry of Internal Affairs, and a nationwide "
                "information campaign.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Our principles",
                    "items": [
                        "Free: we charge nothing for advice or for help.",
                        "Confidential: only the hotline’s consultants see your request, and we tell no one "
                        "about you without your consent, except where the law requires it, such as "
                        "a court order or a threat to someone’s life.",
                        "Anonymous if you wish: you do not have to give your name.",
                        "No judgement: we do not look for someone to blame, we help "
                        "you find a way out.",
                        "Safe for you: we contact you only in the way you have allowed.",
                        "We are not a recruitment agency or a travel agent: we help you "
                        "check an offer, but we never act as a go-between.",
                    ],
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
            (
                "hotline_cta",
                {
                    "title": "Have a question? Ask us",
                    "text": "Call or write to us. Advice is free and confidential.",
                },
            ),
        ],
    },
}

_CONTACTS = {
    "key": "contacts",
    "slug": {"ru": "kontakty", "be": "kantakty", "en": "contacts"},
    "title": {"ru": "Контакты", "be": "Кантакты", "en": "Contact us"},
    "intro": {
        "ru": (
            "Позвоните, напишите или отправьте обращение через сайт — можно анонимно. "
            "Мы свяжемся с вами так, как безопасно для вас."
        ),
        "be": (
            "Патэлефануйце, напішыце ці адпраўце зварот праз сайт — можна ананімна. "
            "Мы звяжамся з вамі так, як бяспечна для вас."
        ),
        "en": (
            "Call, write or send a request through the site, anonymously if you "
            "like. We will get back to you in whatever way is safe for you."
        ),
    },
    "search_description": {
        "ru": "Как связаться с горячей линией: телефон, электронная почта, "
        "анонимное обращение через сайт, экстренные номера, адрес офиса.",
        "be": "Як звязацца з гарачай лініяй: тэлефон, электронная пошта, ананімны "
        "зварот праз сайт, экстранныя нумары, адрас офіса.",
        "en": "How to reach the hotline: phone, e-mail, an anonymous online request, "
        "emergency numbers and the office address.",
    },
    "body": {
        "ru": [
            (
                "paragraph",
                "<p>С горячей линией можно связаться по телефону, по электронной "
                "почте или через форму обращения на этом сайте. Номера телефонов и "
                "часы работы указаны вверху каждой страницы, а "
                "вместе с адресом почты — ещё и внизу страницы. Если вы за "
                "границей, звоните по номеру для звонков из-за рубежа.</p>",
            ),
            (
                "hotline_cta",
                {
                    "title": "Позвоните или напишите нам",
                    "text": "Консультация бесплатная и конфиденциальная. Называть своё "
                    "имя не обязательно.",
                },
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Если вам угрожает опасность прямо сейчас",
                    "text": "<p>Звоните в местную экстренную службу: 112 в странах ЕС, "
                    "а также в России и Турции; 911 в США; 999 в ОАЭ. Форма на сайте "
                    "не заменяет экстренный вызов: мы отвечаем не мгновенно.</p>",
                },
            ),
            ("heading", "Обращение через сайт"),
            (
                "paragraph",
                "<p>Если звонить неудобно или небезопасно, заполните форму обращения. "
                "Она короткая и работает даже при медленном интернете. В форме вас "
                "спросят:</p><ul>"
                "<li>о чём ваш вопрос и какой страны он касается;</li>"
                "<li>находитесь ли вы сейчас за границей и угрожает ли вам "
                "опасность;</li>"
                "<li>как к вам обращаться — можно написать имя, псевдоним или "
                "ничего;</li>"
                "<li>как с вами связаться (почта, телефон, SMS, Viber, Telegram или "
                "WhatsApp) и как это сделать безопасно: можно ли "
                "звонить, в какое время, можно ли оставить сообщение и сказать, "
                "кто звонит;</li>"
                "<li>что случилось — своими словами.</li></ul>"
                "<p>После отправки вы увидите код обращения. Запомните его или "
                "сохраните там, где его никто не найдёт: по этому коду консультант "
                "поймёт, о каком обращении речь.</p>",
            ),
            ("heading", "Как мы отвечаем"),
            (
                "paragraph",
                "<p>Мы отвечаем тем способом, который вы выбрали. Если вы написали, "
                "что звонить нельзя, мы не позвоним. Обращения от людей, которым "
                "угрожает опасность, консультанты рассматривают в первую очередь.</p>",
            ),
            ("heading", "Офис"),
            (
                "contact_card",
                {
                    "name": "Офис горячей линии в Минске",
                    "phone": "",
                    "email": "office@example.org",
                    "messenger_url": "",
                    "hours": "пн–пт, 9:00–18:00",
                    "note": "Адрес: 220000, г. Минск, ул. Примерная, 1. Личные консультации — по "
                    "предварительной договорённости.",
                    "needs_checking": True,
                },
            ),
            (
                "faq",
                {
                    "title": "Частые вопросы",
                    "items": [
                        {
                            "question": "Это платно?",
                            "answer": "<p>Нет. Все консультации и помощь бесплатны.</p>",
                        },
                        {
                            "question": "Можно обратиться за другого человека?",
                            "answer": "<p>Да. Родные и друзья часто звонят первыми. "
                            "Расскажите, что знаете, и мы подскажем, что делать "
                            "дальше.</p>",
                        },
                        {
                            "question": "У меня нет денег на телефоне, я за границей.",
                            "answer": "<p>Отправьте обращение через форму на сайте или "
                            "напишите на электронную почту — для этого достаточно "
                            "любого доступа в интернет.</p>",
                        },
                        {
                            "question": "На каком языке можно писать?",
                            "answer": "<p>На русском, белорусском или английском.</p>",
                        },
                    ],
                },
            ),
        ],
        "be": [
            (
                "paragraph",
                "<p>З гарачай лініяй можна звязацца па тэлефоне, па электроннай "
                "пошце або праз форму звароту на гэтым сайце. Нумары тэлефонаў і "
                "гадзіны працы пазначаны ўверсе кожнай старонкі, а "
                "разам з адрасам пошты — яшчэ і ўнізе старонкі. Калі вы за мяжой, "
                "тэлефануйце па нумары для званкоў з-за мяжы.</p>",
            ),
            (
                "hotline_cta",
                {
                    "title": "Патэлефануйце ці напішыце нам",
                    "text": "Кансультацыя бясплатная і канфідэнцыйная. Называць сваё "
                    "імя не абавязкова.",
                },
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Калі вам пагражае небяспека зараз жа",
                    "text": "<p>Тэлефануйце ў мясцовую экстранную службу: 112 у краінах "
                    "ЕС, а таксама ў Расіі і Турцыі; 911 у ЗША; 999 у ААЭ. Форма на "
                    "сайце не замяняе экстраннага выкліку: мы адказваем не "
                    "імгненна.</p>",
                },
            ),
            ("heading", "Зварот праз сайт"),
            (
                "paragraph",
                "<p>Калі тэлефанаваць нязручна ці небяспечна, запоўніце форму звароту. "
                "Яна кароткая і працуе нават пры павольным інтэрнэце. У форме вас "
                "спытаюць:</p><ul>"
                "<li>пра што ваша пытанне і якой краіны яно тычыцца;</li>"
                "<li>ці знаходзіцеся вы зараз за мяжой і ці пагражае вам "
                "небяспека;</li>"
                "<li>як да вас звяртацца — можна напісаць імя, псеўданім або "
                "нічога;</li>"
                "<li>як з вамі звязацца (пошта, тэлефон, SMS, Viber, Telegram або "
                "WhatsApp) і як зрабіць гэта бяспечна: ці можна "
                "тэлефанаваць, у які час, ці можна пакінуць паведамленне і сказаць, "
                "хто тэлефануе;</li>"
                "<li>што здарылася — сваімі словамі.</li></ul>"
                "<p>Пасля адпраўкі вы ўбачыце код звароту. Запомніце яго або "
                "захавайце там, дзе яго ніхто не знойдзе: па гэтым кодзе кансультант "
                "зразумее, пра які зварот ідзе гаворка.</p>",
            ),
            ("heading", "Як мы адказваем"),
            (
                "paragraph",
                "<p>Мы адказваем тым спосабам, які вы выбралі. Калі вы напісалі, што "
                "тэлефанаваць нельга, мы не патэлефануем. Звароты ад людзей, якім "
                "пагражае небяспека, кансультанты разглядаюць у першую чаргу.</p>",
            ),
            ("heading", "Офіс"),
            (
                "contact_card",
                {
                    "name": "Офіс гарачай лініі ў Мінску",
                    "phone": "",
                    "email": "office@example.org",
                    "messenger_url": "",
                    "hours": "пн–пт, 9:00–18:00",
                    "note": "Адрас: 220000, г. Мінск, вул. Прыкладная, 1. Асабістыя кансультацыі — па "
                    "папярэдняй дамоўленасці.",
                    "needs_checking": True,
                },
            ),
            (
                "faq",
                {
                    "title": "Частыя пытанні",
                    "items": [
                        {
                            "question": "Гэта платна?",
                            "answer": "<p>Не. Усе кансультацыі і дапамога бясплатныя.</p>",
                        },
                        {
                            "question": "Ці можна звярнуцца за іншага чалавека?",
                            "answer": "<p>Так. Родныя і сябры часта тэлефануюць першымі. "
                            "Раскажыце, што ведаеце, і мы падкажам, што рабіць "
                            "далей.</p>",
                        },
                        {
                            "question": "У мяне няма грошай на тэлефоне, я за мяжой.",
                            "answer": "<p>Адпраўце зварот праз форму на сайце або "
                            "напішыце на электронную пошту — для гэтага дастаткова "
                            "любога доступу ў інтэрнэт.</p>",
                        },
                        {
                            "question": "На якой мове можна пісаць?",
                            "answer": "<p>На беларускай, рускай або англійскай.</p>",
                        },
                    ],
                },
            ),
        ],
        "en": [
            (
                "paragraph",
                "<p>You can reach the hotline by phone, by e-mail or through the "
                "request form on this site. The phone numbers and opening hours are "
                "at the top of every page, and the footer gives them "
                "again with the e-mail address. If you are abroad, use the number for "
                "calls from abroad.</p>",
            ),
            (
                "hotline_cta",
                {
                    "title": "Call or write to us",
                    "text": "Advice is free and confidential. You do not have to give your name.",
                },
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "If you are in danger right now",
                    "text": "<p>Call the local emergency number: 112 in the EU, Russia "
                    "and Turkey; 911 in the USA; 999 in the UAE. The form on this site "
                    "is not an emergency service: we cannot reply instantly.</p>",
                },
            ),
            ("heading", "Sending a request online"),
            (
                "paragraph",
                "<p>If calling is awkward or unsafe, fill in the request form. It is "
                "short and works even on a slow connection. It asks:</p><ul>"
                "<li>what your question is about and which country it concerns;</li>"
                "<li>whether you are abroad right now and whether you are in "
                "danger;</li>"
                "<li>what to call you: a name, a made-up name, or nothing at "
                "all;</li>"
                "<li>how to reach you (e-mail, phone, SMS, Viber, Telegram or "
                "WhatsApp) and how to do it safely: whether we may call, at what "
                "times, whether we may leave a message and say who is calling;</li>"
                "<li>what has happened, in your own words.</li></ul>"
                "<p>Once you send it, you will see a reference code. Remember it or "
                "keep it somewhere no one else will find it: it tells a consultant "
                "which request is yours.</p>",
            ),
            ("heading", "How we reply"),
            (
                "paragraph",
                "<p>We reply in the way you chose. If you tell us not to call, we "
                "will not call. Consultants deal with requests from people in danger "
                "first.</p>",
            ),
            ("heading", "Our office"),
            (
                "contact_card",
                {
                    "name": "Hotline office in Minsk",
                    "phone": "",
                    "email": "office@example.org",
                    "messenger_url": "",
                    "hours": "Mon–Fri, 9:00–18:00",
                    "note": "Address: 1 Example Street, Minsk 220000. Face-to-face appointments by arrangement "
                    "only.",
                    "needs_checking": True,
                },
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "Does it cost anything?",
                            "answer": "<p>No. All our advice and help is free.</p>",
                        },
                        {
                            "question": "Can I contact you on someone else’s behalf?",
                            "answer": "<p>Yes. Family and friends are often the first "
                            "to call. Tell us what you know and we will suggest what "
                            "to do next.</p>",
                        },
                        {
                            "question": "I am abroad and have no credit on my phone.",
                            "answer": "<p>Send a request through the form on this site "
                            "or write to us by e-mail: any internet connection will "
                            "do.</p>",
                        },
                        {
                            "question": "Which languages can I write in?",
                            "answer": "<p>Russian, Belarusian or English.</p>",
                        },
                    ],
                },
            ),
        ],
    },
}

_PRIVACY = {
    "key": "privacy",
    "slug": {"ru": "konfidentsialnost", "be": "kanfidentsyynasts", "en": "privacy"},
    "title": {
        "ru": "Политика конфиденциальности",
        "be": "Палітыка канфідэнцыйнасці",
        "en": "Privacy policy",
    },
    "intro": {
        "ru": (
            "Что этот сайт знает о вас, зачем и как долго хранит. Коротко: почти "
            "ничего, только то, что вы сами отправили, и не дольше, чем нужно."
        ),
        "be": (
            "Што гэты сайт ведае пра вас, навошта і як доўга захоўвае. Коратка: "
            "амаль нічога, толькі тое, што вы самі адправілі, і не даўжэй, чым трэба."
        ),
        "en": (
            "What this site knows about you, why, and for how long. In short: almost "
            "nothing, only what you send us yourself, and no longer than needed."
        ),
    },
    "search_description": {
        "ru": "Политика конфиденциальности сайта горячей линии: без аналитики и "
        "рекламы, какие cookie используются, что собирает форма обращения и когда "
        "данные удаляются.",
        "be": "Палітыка канфідэнцыйнасці сайта гарачай лініі: без аналітыкі і "
        "рэкламы, якія cookie выкарыстоўваюцца, што збірае форма звароту і калі "
        "даныя выдаляюцца.",
        "en": "Privacy policy of the hotline website: no analytics or advertising, "
        "which cookies are used, what the request form collects and when data is "
        "erased.",
    },
    "body": {
        "ru": [
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Коротко",
                    "text": "<p>На сайте нет аналитики, рекламы и чужих сервисов. Мы "
                    "получаем только то, что вы сами отправляете через форму обращения, "
                    "и используем это только для того, чтобы вам помочь. Отправить "
                    "обращение можно анонимно.</p>",
                },
            ),
            ("heading", "Чего этот сайт не делает"),
            (
                "paragraph",
                "<ul>"
                "<li>Не использует системы веб-аналитики и чужие счётчики посещений. "
                "Сайт только сам считает, сколько раз открывали каждую страницу, — об "
                "этом ниже.</li>"
                "<li>Не показывает рекламу и не передаёт сведения рекламным "
                "сетям.</li>"
                "<li>Не загружает ничего с чужих серверов: ни шрифтов, ни видео, ни "
                "карт, ни кнопок социальных сетей. Поэтому сторонние компании не "
                "узнают через наши страницы, что вы их открывали.</li>"
                "</ul>"
                "<p>Соединение с сайтом шифруется (HTTPS): то, что вы пишете в форме, "
                "не видно посторонним по дороге к нам.</p>",
            ),
            ("heading", "Файлы cookie"),
            (
                "paragraph",
                "<p>Если вы только читаете сайт, он не оставляет на вашем устройстве "
                "ни одного cookie. Язык указан в адресе страницы и нигде не "
                "запоминается. Cookie бывают только такие:</p><ul>"
                "<li><strong>Защита формы (CSRF).</strong> Появляется, только когда "
                "вы отправляете обращение или открываете переписку на странице "
                "ответов, — не раньше, даже если вы открыли форму и передумали. Благодаря "
                "ему страница с номером обращения открывается только в вашем "
                "браузере. Сведений о вас в нём нет; он удаляется, когда вы "
                "закрываете браузер.</li>"
                "<li><strong>Вход для сотрудников.</strong> Нужен только "
                "консультантам и редакторам, которые входят в систему управления. "
                "Обычным посетителям он не устанавливается.</li>"
                "</ul>"
                "<p>Ни один из этих cookie не используется, чтобы следить за вами.</p>"
                "<p>План поездки и проверка вакансии ничего не сохраняют у нас. Но цель "
                "и страна плана, как и ответы проверки, записаны в адресе страницы, "
                "поэтому остаются в истории браузера. Как удалить историю и cookie со "
                "своего устройства, рассказано на странице о безопасном просмотре "
                "сайта.</p>",
            ),
            ("heading", "Сколько раз читают страницы"),
            (
                "paragraph",
                "<p>Чтобы знать, какие страницы нужнее всего, сайт считает, сколько раз "
                "открывали каждую страницу. Для этого в конце страницы есть крошечная "
                "картинка с нашего же сервера. Мы храним только число прочтений каждой "
                "страницы за день, а через 90 дней — только за месяц. При этом сайт не "
                "сохраняет ни ваш IP-адрес, ни сведения о браузере или устройстве, ни "
                "адрес страницы, с которой вы пришли, и не ставит для этого cookie. "
                "Поисковые роботы не учитываются.</p>",
            ),
            ("heading", "Что собирает форма обращения и зачем"),
            (
                "table",
                {
                    "caption": "Поля формы обращения",
                    "header": ["Что", "Зачем"],
                    "rows": [
                        [
                            "Тема вопроса и страна",
                            "Чтобы передать обращение консультанту, который в этом "
                            "разбирается, и вести обезличенную статистику.",
                        ],
                        [
                            "Находитесь ли вы за границей и угрожает ли вам опасность",
                            "Чтобы срочные обращения рассматривались первыми.",
                        ],
                        [
                            "Имя или псевдоним (по желанию)",
                            "Чтобы знать, как к вам обращаться. Можно оставить пустым.",
                        ],
                        [
                            "Способ связи и контакт",
                            "Чтобы ответить вам так, как вы выбрали.",
                        ],
                        [
                            "Пожелания о безопасной связи: можно ли звонить, в какое "
                            "время, можно ли оставить сообщение и сказать, кто звонит",
                            "Чтобы наш ответ не навредил вам.",
                        ],
                        [
                            "Текст сообщения",
                            "Чтобы понять, что случилось, и помочь.",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Мы также сохраняем язык формы, дату обращения и отметку о том, что "
                "вы дали согласие на обработку. Мы не просим паспортных данных и "
                "домашнего адреса. Пишите в сообщении только то, что нужно, чтобы "
                "вам ответить.</p>",
            ),
            ("heading", "Кто видит ваше обращение"),
            (
                "paragraph",
                "<p>Обращение видят только консультанты горячей линии. Когда приходит "
                "новое обращение, консультанты получают уведомление по электронной "
                "почте, но в нём нет ваших личных данных: подробности видны только "
                "после входа в защищённую систему. Мы не продаём и не передаём ваши "
                "данные для рекламы или рассылок.</p>",
            ),
            ("heading", "Как долго хранятся данные"),
            (
                "paragraph",
                "<p>Личные сведения — имя, контакт, пожелания о связи, текст "
                "сообщения и внутренние заметки консультантов — удаляются "
                "автоматически через установленный срок после того, как обращение "
                "закрыто. По умолчанию этот срок — 365 дней.</p>"
                "<p>После этого остаётся только обезличенная статистика: тема, "
                "страна, месяц, способ связи и язык. По ней нельзя узнать, кто "
                "обращался. Мы используем её в отчётах о работе горячей линии.</p>",
            ),
            ("heading", "Ваш выбор и ваши права"),
            (
                "paragraph",
                "<ul>"
                "<li>Вы можете отправить обращение анонимно: не указывать имя и "
                "оставить только тот контакт, по которому вам безопасно ответить.</li>"
                "<li>Вы можете попросить удалить ваше обращение раньше срока. Для этого "
                "свяжитесь с горячей линией и назовите код обращения, который вы "
                "получили после отправки формы.</li>"
                "</ul>"
                "<p>Если мы изменим эту политику, новый текст появится на этой "
                "странице.</p>",
            ),
        ],
        "be": [
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Коратка",
                    "text": "<p>На сайце няма аналітыкі, рэкламы і чужых сэрвісаў. Мы "
                    "атрымліваем толькі тое, што вы самі адпраўляеце праз форму "
                    "звароту, і выкарыстоўваем гэта толькі для таго, каб вам дапамагчы. "
                    "Адправіць зварот можна ананімна.</p>",
                },
            ),
            ("heading", "Чаго гэты сайт не робіць"),
            (
                "paragraph",
                "<ul>"
                "<li>Не выкарыстоўвае сістэмы вэб-аналітыкі і чужыя лічыльнікі "
                "наведванняў. Сайт толькі сам лічыць, колькі разоў адкрывалі кожную "
                "старонку, — пра гэта ніжэй.</li>"
                "<li>Не паказвае рэкламу і не перадае звесткі рэкламным сеткам.</li>"
                "<li>Нічога не загружае з чужых сервераў: ні шрыфтоў, ні відэа, ні "
                "карт, ні кнопак сацыяльных сетак. Таму староннія кампаніі не "
                "даведаюцца праз нашы старонкі, што вы іх адкрывалі.</li>"
                "</ul>"
                "<p>Злучэнне з сайтам шыфруецца (HTTPS): тое, што вы пішаце ў форме, "
                "не бачна староннім па дарозе да нас.</p>",
            ),
            ("heading", "Файлы cookie"),
            (
                "paragraph",
                "<p>Калі вы толькі чытаеце сайт, ён не пакідае на вашай прыладзе "
                "ніводнага cookie. Мова пазначана ў адрасе старонкі і нідзе не "
                "запамінаецца. Cookie бываюць толькі такія:</p><ul>"
                "<li><strong>Абарона формы (CSRF).</strong> З’яўляецца, толькі калі "
                "вы адпраўляеце зварот або адкрываеце перапіску на старонцы "
                "адказаў, — не раней, нават калі вы адкрылі форму і перадумалі. Дзякуючы "
                "яму старонка з нумарам звароту адкрываецца толькі ў вашым "
                "браўзеры. Звестак пра вас у ім няма; ён выдаляецца, калі вы "
                "зачыняеце браўзер.</li>"
                "<li><strong>Уваход для супрацоўнікаў.</strong> Патрэбны толькі "
                "кансультантам і рэдактарам, якія ўваходзяць у сістэму кіравання. "
                "Звычайным наведвальнікам ён не ўсталёўваецца.</li>"
                "</ul>"
                "<p>Ніводзін з гэтых cookie не выкарыстоўваецца, каб сачыць за "
                "вамі.</p>"
                "<p>План паездкі і праверка вакансіі нічога не захоўваюць у нас. Але "
                "мэта і краіна плана, як і адказы праверкі, запісаны ў адрасе "
                "старонкі, таму застаюцца ў гісторыі браўзера. Як выдаліць гісторыю "
                "і cookie са сваёй прылады, расказана на старонцы пра бяспечны "
                "прагляд сайта.</p>",
            ),
            ("heading", "Колькі разоў чытаюць старонкі"),
            (
                "paragraph",
                "<p>Каб ведаць, якія старонкі патрэбныя больш за ўсё, сайт лічыць, "
                "колькі разоў адкрывалі кожную старонку. Для гэтага ў канцы старонкі "
                "ёсць малюсенькая выява з нашага ж сервера. Мы захоўваем толькі "
                "колькасць прачытанняў кожнай старонкі за дзень, а праз 90 дзён — толькі "
                "за месяц. Пры гэтым сайт не захоўвае ні ваш IP-адрас, ні звесткі пра "
                "браўзер або прыладу, ні адрас старонкі, з якой вы прыйшлі, і не ставіць "
                "для гэтага cookie. Пошукавыя робаты не ўлічваюцца.</p>",
            ),
            ("heading", "Што збірае форма звароту і навошта"),
            (
                "table",
                {
                    "caption": "Палі формы звароту",
                    "header": ["Што", "Навошта"],
                    "rows": [
                        [
                            "Тэма пытання і краіна",
                            "Каб перадаць зварот кансультанту, які ў гэтым "
                            "разбіраецца, і весці абязлічаную статыстыку.",
                        ],
                        [
                            "Ці знаходзіцеся вы за мяжой і ці пагражае вам небяспека",
                            "Каб тэрміновыя звароты разглядаліся першымі.",
                        ],
                        [
                            "Імя або псеўданім (па жаданні)",
                            "Каб ведаць, як да вас звяртацца. Можна пакінуць пустым.",
                        ],
                        [
                            "Спосаб сувязі і кантакт",
                            "Каб адказаць вам так, як вы выбралі.",
                        ],
                        [
                            "Пажаданні пра бяспечную сувязь: ці можна тэлефанаваць, у "
                            "які час, ці можна пакінуць паведамленне і сказаць, хто "
                            "тэлефануе",
                            "Каб наш адказ не нашкодзіў вам.",
                        ],
                        [
                            "Тэкст паведамлення",
                            "Каб зразумець, што здарылася, і дапамагчы.",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Мы таксама захоўваем мову формы, дату звароту і адзнаку пра тое, "
                "што вы далі згоду на апрацоўку. Мы не просім пашпартных даных і "
                "хатняга адраса. Пішыце ў паведамленні толькі тое, што трэба, каб "
                "вам адказаць.</p>",
            ),
            ("heading", "Хто бачыць ваш зварот"),
            (
                "paragraph",
                "<p>Зварот бачаць толькі кансультанты гарачай лініі. Калі прыходзіць "
                "новы зварот, кансультанты атрымліваюць апавяшчэнне па электроннай "
                "пошце, але ў ім няма вашых асабістых даных: падрабязнасці бачныя "
                "толькі пасля ўваходу ў абароненую сістэму. Мы не прадаём і не "
                "перадаём вашы даныя для рэкламы ці рассылак.</p>",
            ),
            ("heading", "Як доўга захоўваюцца даныя"),
            (
                "paragraph",
                "<p>Асабістыя звесткі — імя, кантакт, пажаданні пра сувязь, тэкст "
                "паведамлення і ўнутраныя нататкі кансультантаў — выдаляюцца "
                "аўтаматычна праз устаноўлены тэрмін пасля таго, як зварот закрыты. "
                "Па змаўчанні гэты тэрмін — 365 дзён.</p>"
                "<p>Пасля гэтага застаецца толькі абязлічаная статыстыка: тэма, "
                "краіна, месяц, спосаб сувязі і мова. Па ёй нельга даведацца, хто "
                "звяртаўся. Мы выкарыстоўваем яе ў справаздачах пра працу гарачай "
                "лініі.</p>",
            ),
            ("heading", "Ваш выбар і вашы правы"),
            (
                "paragraph",
                "<ul>"
                "<li>Вы можаце адправіць зварот ананімна: не пазначаць імя і пакінуць "
                "толькі той кантакт, па якім вам бяспечна адказаць.</li>"
                "<li>Вы можаце папрасіць выдаліць ваш зварот раней за тэрмін. Для "
                "гэтага звяжыцеся з гарачай лініяй і назавіце код звароту, які вы "
                "атрымалі пасля адпраўкі формы.</li>"
                "</ul>"
                "<p>Калі мы зменім гэтую палітыку, новы тэкст з’явіцца на гэтай "
                "старонцы.</p>",
            ),
        ],
        "en": [
            (
                "callout",
                {
                    "kind": "info",
                    "title": "In short",
                    "text": "<p>This site has no analytics, no advertising and no "
                    "third-party services. We receive only what you send us through "
                    "the request form, and we use it only to help you. You can send a "
                    "request anonymously.</p>",
                },
            ),
            ("heading", "What this site does not do"),
            (
                "paragraph",
                "<ul>"
                "<li>It uses no web analytics and no third-party visitor counters. The "
                "site itself only counts how many times each page is opened (see "
                "below).</li>"
                "<li>It shows no advertising and shares nothing with advertising "
                "networks.</li>"
                "<li>It loads nothing from other companies’ servers: no fonts, "
                "videos, maps or social media buttons. So no third party learns "
                "through our pages that you opened them.</li>"
                "</ul>"
                "<p>The connection to this site is encrypted (HTTPS), so what you "
                "type into the form cannot be read by others on its way to us.</p>",
            ),
            ("heading", "Cookies"),
            (
                "paragraph",
                "<p>If you only read the site, it leaves no cookie at all on your "
                "device. The language is in the page's address and is not "
                "remembered anywhere. These are the only cookies:</p><ul>"
                "<li><strong>Form security (CSRF).</strong> Set only when you send a "
                "request or open your conversation on the answers page, not before, "
                "even if you opened the form and changed your mind. It makes the page "
                "with your reference code open in your browser only. It holds nothing "
                "about you and is deleted when you close the browser.</li>"
                "<li><strong>Staff login.</strong> Used only by consultants and "
                "editors who sign in to the management system. Ordinary visitors "
                "never get it.</li>"
                "</ul>"
                "<p>None of these cookies is used to track you.</p>"
                "<p>The trip plan and the job-offer check store nothing with us. But "
                "the plan's purpose and country, like the check's answers, are in the "
                "page's address, so they stay in the browser's history. Our page on "
                "browsing safely explains how to delete the history and cookies from "
                "your device.</p>",
            ),
            ("heading", "How often pages are read"),
            (
                "paragraph",
                "<p>To know which pages are needed most, the site counts how many times "
                "each page is opened. For this, each page ends with a tiny image from "
                "our own server. We keep only the number of reads of each page per day, "
                "and after 90 days only per month. The site does not store your IP "
                "address, anything about your browser or device, or the page you came "
                "from, and it sets no cookie for this. Search engine robots are not "
                "counted.</p>",
            ),
            ("heading", "What the request form collects, and why"),
            (
                "table",
                {
                    "caption": "Request form fields",
                    "header": ["What", "Why"],
                    "rows": [
                        [
                            "Topic and country",
                            "To pass your request to a consultant who knows the "
                            "subject, and for anonymous statistics.",
                        ],
                        [
                            "Whether you are abroad and whether you are in danger",
                            "So that urgent requests are dealt with first.",
                        ],
                        [
                            "Name or made-up name (optional)",
                            "So we know what to call you. You can leave it blank.",
                        ],
                        [
                            "How to reach you, and your contact details",
                            "To reply in the way you chose.",
                        ],
                        [
                            "Safe-contact preferences: whether we may call, when, "
                            "whether we may leave a message and say who is calling",
                            "So that our reply does not put you at risk.",
                        ],
                        [
                            "Your message",
                            "To understand what happened and help you.",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>We also record the language of the form, the date of the request "
                "and the fact that you agreed to us processing it. We do not ask for "
                "passport details or your home address. Please write only what we "
                "need in order to answer you.</p>",
            ),
            ("heading", "Who sees your request"),
            (
                "paragraph",
                "<p>Only the hotline’s consultants see your request. When a new "
                "request arrives, consultants get an e-mail notification, but it "
                "contains none of your personal details: those can be seen only "
                "after signing in to a protected system. We never sell your data or "
                "share it for advertising or mailing lists.</p>",
            ),
            ("heading", "How long we keep your data"),
            (
                "paragraph",
                "<p>Personal details (your name, contact details, safe-contact "
                "preferences, message and the consultants’ internal notes) are "
                "erased automatically a set time after the request is closed. By "
                "default that time is 365 days.</p>"
                "<p>After that, only anonymous statistics remain: topic, country, "
                "month, contact channel and language. They cannot show who "
                "contacted us. We use them in reports on the hotline’s work.</p>",
            ),
            ("heading", "Your choices and rights"),
            (
                "paragraph",
                "<ul>"
                "<li>You can send a request anonymously: leave out your name and "
                "give only a contact at which it is safe to answer you.</li>"
                "<li>You can ask us to erase your request sooner. Contact the "
                "hotline and give the reference code you received when you sent "
                "the form.</li>"
                "</ul>"
                "<p>If we change this policy, the new version will appear on this "
                "page.</p>",
            ),
        ],
    },
}

_BROWSING_SAFELY = {
    "key": "browsing-safely",
    "slug": {"ru": "bezopasnyy-prosmotr", "be": "byaspechny-prahlyad", "en": "browsing-safely"},
    "title": {
        "ru": "Как безопасно пользоваться сайтом",
        "be": "Як бяспечна карыстацца сайтам",
        "en": "Browsing this site safely",
    },
    "intro": {
        "ru": (
            "Если кто-то может проверять ваш телефон или компьютер, эти советы "
            "помогут читать сайт и обращаться к нам незаметнее."
        ),
        "be": (
            "Калі нехта можа правяраць ваш тэлефон ці камп’ютар, гэтыя парады "
            "дапамогуць чытаць сайт і звяртацца да нас больш непрыкметна."
        ),
        "en": (
            "If someone may check your phone or computer, these tips will help you "
            "read this site and contact us more discreetly."
        ),
    },
    "search_description": {
        "ru": "Кнопка «Быстрый выход», приватный режим браузера, удаление истории и "
        "cookie, общий телефон, уведомления мессенджеров, связь с горячей линией без "
        "сайта.",
        "be": "Кнопка «Хуткі выхад», прыватны рэжым браўзера, выдаленне гісторыі і "
        "cookie, агульны тэлефон, апавяшчэнні месенджараў, сувязь з гарачай лініяй "
        "без сайта.",
        "en": "The Quick exit button, private browsing, clearing history and cookies, "
        "shared phones, messenger notifications, and reaching the hotline without "
        "the website.",
    },
    "body": {
        "ru": [
            ("heading", "Кнопка «Быстрый выход»"),
            (
                "paragraph",
                "<p>Кнопка «Быстрый выход» есть на каждой странице и всегда остаётся "
                "на экране. Если нажать её:</p><ul>"
                "<li>страница сразу скрывается;</li>"
                "<li>открывается нейтральный сайт, не связанный с нами;</li>"
                "<li>наша страница заменяется в истории браузера, поэтому кнопка "
                "«Назад» на неё не вернёт.</li></ul>"
                "<p>На компьютере то же самое происходит, если быстро три раза "
                "нажать клавишу Shift.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Чего кнопка не делает",
                    "text": "<ul>"
                    "<li>Не удаляет историю браузера: другие страницы нашего сайта, "
                    "которые вы открывали раньше, в ней останутся. Там же остаются "
                    "цель и страна вашего плана поездки и ответы проверки вакансии: "
                    "они записаны в адресе страницы.</li>"
                    "<li>Не закрывает другие вкладки.</li>"
                    "<li>Не удаляет скачанные файлы.</li>"
                    "<li>Не скрывает сам факт посещения от оператора связи или "
                    "администратора сети — например, на работе или в общежитии.</li>"
                    "</ul>"
                    "<p>Человек, который проверяет историю браузера, всё равно может "
                    "увидеть, что вы заходили сюда. Если в браузере отключён "
                    "JavaScript, кнопка просто переходит на нейтральный сайт, и "
                    "кнопка «Назад» может вернуть эту страницу.</p>",
                },
            ),
            ("heading", "Как читать сайт незаметнее"),
            (
                "checklist",
                {
                    "title": "Что можно сделать",
                    "items": [
                        "Открывайте сайт в приватном режиме (режим «инкогнито»): после "
                        "закрытия окна браузер не сохранит историю и cookie.",
                        "Если приватный режим может вызвать вопросы, удаляйте из "
                        "истории только страницы этого сайта и cookie только этого "
                        "сайта — в настройках браузера. Полностью очищенная история "
                        "иногда тоже бросается в глаза.",
                        "Не добавляйте сайт в закладки и на главный экран телефона, не "
                        "сохраняйте его в браузере.",
                        "По возможности пользуйтесь устройством, которое никто не "
                        "проверяет, — например, телефоном человека, которому вы "
                        "доверяете.",
                        "На общем компьютере в библиотеке или интернет-кафе закройте "
                        "все окна браузера, когда закончите.",
                        "Скачанные с сайта файлы удалите из папки загрузок.",
                    ],
                },
            ),
            ("heading", "Если телефон общий или его проверяют"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>Звонки.</strong> Номер горячей линии останется в "
                "журнале вызовов, а иногда и в детализации счёта. Звонок можно "
                "удалить из журнала; при возможности звоните с другого телефона.</li>"
                "<li><strong>Уведомления.</strong> Мессенджеры и почта показывают "
                "начало сообщения на экране блокировки. Отключите предпросмотр "
                "уведомлений или выберите в форме обращения такой способ связи, "
                "который никто, кроме вас, не видит.</li>"
                "<li><strong>Переписка.</strong> Удаляйте сообщения после прочтения. "
                "Если почтовый ящик общий, заведите отдельный адрес, о котором никто "
                "не знает.</li>"
                "<li><strong>Слежка.</strong> Если кто-то знает о вас то, чего знать "
                "не должен, на телефоне может стоять следящая программа. Тогда "
                "безопаснее связаться с нами с другого устройства.</li>"
                "</ul>"
                "<p>В форме обращения вы можете написать, можно ли вам звонить, в какое "
                "время, можно ли оставить сообщение и сказать, кто звонит. Мы сделаем "
                "именно так, как вы попросили.</p>",
            ),
            ("heading", "Если вы сохранили страницу для чтения без интернета"),
            (
                "paragraph",
                "<p>На страницах с советами есть кнопка «Сохранить для чтения без "
                "интернета». Она пригодится, если в дороге может не быть связи: "
                "страница и номера горячей линии откроются и без сети. Пока вы сами "
                "не нажмёте эту кнопку, сайт ничего не сохраняет на устройстве.</p>"
                "<p>Что остаётся на телефоне:</p><ul>"
                "<li>копия страницы хранится в памяти браузера, в данных этого сайта, "
                "пока вы её не удалите; она не исчезает, когда вы закрываете вкладку, "
                "и не всегда удаляется вместе с историей браузера;</li>"
                "<li>любой, у кого в руках ваш телефон, может открыть эту страницу — "
                "достаточно набрать адрес сайта, даже без интернета;</li>"
                "<li>в приватном режиме («инкогнито») копия удаляется, когда вы "
                "закрываете окно.</li></ul>"
                "<p><strong>Как удалить.</strong> Нажмите кнопку «Удалить сохранённые "
                "страницы» в конце этой страницы: она удаляет все страницы сайта, "
                "сохранённые в этом браузере. Если кнопки не видно (например, в "
                "браузере отключён JavaScript), удалите данные этого сайта в "
                "настройках браузера, в разделе о конфиденциальности и данных "
                "сайтов.</p>"
                "<p>Кнопка «Быстрый выход» работает и на сохранённой странице.</p>",
            ),
            ("heading", "С нами можно связаться и без сайта"),
            (
                "paragraph",
                "<p>Горячая линия отвечает по телефону — для этого сайт не нужен. "
                "Запомните номер или запишите его в безопасном месте под нейтральным "
                "названием.</p>",
            ),
            (
                "hotline_cta",
                {
                    "title": "Позвоните нам",
                    "text": "Консультация бесплатная и конфиденциальная. Можно не "
                    "называть своё имя.",
                },
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Если вам угрожает опасность прямо сейчас",
                    "text": "<p>Звоните в местную экстренную службу: 112 в странах ЕС, "
                    "а также в России и Турции; 911 в США; 999 в ОАЭ.</p>",
                },
            ),
        ],
        "be": [
            ("heading", "Кнопка «Хуткі выхад»"),
            (
                "paragraph",
                "<p>Кнопка «Хуткі выхад» ёсць на кожнай старонцы і заўсёды застаецца "
                "на экране. Калі націснуць яе:</p><ul>"
                "<li>старонка адразу хаваецца;</li>"
                "<li>адкрываецца нейтральны сайт, не звязаны з намі;</li>"
                "<li>наша старонка замяняецца ў гісторыі браўзера, таму кнопка "
                "«Назад» на яе не верне.</li></ul>"
                "<p>На камп’ютары тое самае адбываецца, калі хутка тры разы націснуць "
                "клавішу Shift.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Чаго кнопка не робіць",
                    "text": "<ul>"
                    "<li>Не выдаляе гісторыю браўзера: іншыя старонкі нашага сайта, "
                    "якія вы адкрывалі раней, у ёй застануцца. Там жа застаюцца мэта "
                    "і краіна вашага плана паездкі і адказы праверкі вакансіі: яны "
                    "запісаны ў адрасе старонкі.</li>"
                    "<li>Не закрывае іншыя ўкладкі.</li>"
                    "<li>Не выдаляе спампаваныя файлы.</li>"
                    "<li>Не хавае самога факту наведвання ад аператара сувязі або "
                    "адміністратара сеткі — напрыклад, на працы ці ў інтэрнаце.</li>"
                    "</ul>"
                    "<p>Чалавек, які правярае гісторыю браўзера, усё роўна можа "
                    "ўбачыць, што вы заходзілі сюды. Калі ў браўзеры адключаны "
                    "JavaScript, кнопка проста пераходзіць на нейтральны сайт, і "
                    "кнопка «Назад» можа вярнуць гэтую старонку.</p>",
                },
            ),
            ("heading", "Як чытаць сайт больш непрыкметна"),
            (
                "checklist",
                {
                    "title": "Што можна зрабіць",
                    "items": [
                        "Адкрывайце сайт у прыватным рэжыме (рэжым «інкогніта»): пасля "
                        "закрыцця акна браўзер не захавае гісторыю і cookie.",
                        "Калі прыватны рэжым можа выклікаць пытанні, выдаляйце з "
                        "гісторыі толькі старонкі гэтага сайта і cookie толькі гэтага "
                        "сайта — у наладах браўзера. Цалкам ачышчаная гісторыя часам "
                        "таксама кідаецца ў вочы.",
                        "Не дадавайце сайт у закладкі і на галоўны экран тэлефона, не "
                        "захоўвайце яго ў браўзеры.",
                        "Па магчымасці карыстайцеся прыладай, якую ніхто не правярае, "
                        "— напрыклад, тэлефонам чалавека, якому вы давяраеце.",
                        "На агульным камп’ютары ў бібліятэцы ці інтэрнэт-кавярні "
                        "зачыніце ўсе вокны браўзера, калі скончыце.",
                        "Спампаваныя з сайта файлы выдаліце з папкі загрузак.",
                    ],
                },
            ),
            ("heading", "Калі тэлефон агульны або яго правяраюць"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>Званкі.</strong> Нумар гарачай лініі застанецца ў "
                "журнале выклікаў, а часам і ў дэталізацыі рахунку. Званок можна "
                "выдаліць з журнала; калі можаце, тэлефануйце з іншага тэлефона.</li>"
                "<li><strong>Апавяшчэнні.</strong> Месенджары і пошта паказваюць "
                "пачатак паведамлення на экране блакіроўкі. Адключыце папярэдні "
                "прагляд апавяшчэнняў або выберыце ў форме звароту такі спосаб "
                "сувязі, які ніхто, акрамя вас, не бачыць.</li>"
                "<li><strong>Перапіска.</strong> Выдаляйце паведамленні пасля "
                "прачытання. Калі паштовая скрыня агульная, завядзіце асобны адрас, "
                "пра які ніхто не ведае.</li>"
                "<li><strong>Сачэнне.</strong> Калі нехта ведае пра вас тое, чаго "
                "ведаць не павінен, на тэлефоне можа стаяць праграма для сачэння. "
                "Тады бяспечней звязацца з намі з іншай прылады.</li>"
                "</ul>"
                "<p>У форме звароту вы можаце напісаць, ці можна вам тэлефанаваць, у "
                "які час, ці можна пакінуць паведамленне і сказаць, хто тэлефануе. "
                "Мы зробім менавіта так, як вы папрасілі.</p>",
            ),
            ("heading", "Калі вы захавалі старонку для чытання без інтэрнэту"),
            (
                "paragraph",
                "<p>На старонках з парадамі ёсць кнопка «Захаваць для чытання без "
                "інтэрнэту». Яна спатрэбіцца, калі ў дарозе можа не быць сувязі: "
                "старонка і нумары гарачай лініі адкрыюцца і без сеткі. Пакуль вы "
                "самі не націснеце гэтую кнопку, сайт нічога не захоўвае на "
                "прыладзе.</p>"
                "<p>Што застаецца на тэлефоне:</p><ul>"
                "<li>копія старонкі захоўваецца ў памяці браўзера, у даных гэтага "
                "сайта, пакуль вы яе не выдаліце; яна не знікае, калі вы закрываеце "
                "ўкладку, і не заўсёды выдаляецца разам з гісторыяй браўзера;</li>"
                "<li>любы, у каго ў руках ваш тэлефон, можа адкрыць гэтую старонку — "
                "дастаткова набраць адрас сайта, нават без інтэрнэту;</li>"
                "<li>у прыватным рэжыме («інкогніта») копія выдаляецца, калі вы "
                "закрываеце акно.</li></ul>"
                "<p><strong>Як выдаліць.</strong> Націсніце кнопку «Выдаліць захаваныя "
                "старонкі» ў канцы гэтай старонкі: яна выдаляе ўсе старонкі сайта, "
                "захаваныя ў гэтым браўзеры. Калі кнопкі не відаць (напрыклад, у "
                "браўзеры адключаны JavaScript), выдаліце даныя гэтага сайта ў "
                "наладах браўзера, у раздзеле пра канфідэнцыйнасць і даныя "
                "сайтаў.</p>"
                "<p>Кнопка «Хуткі выхад» працуе і на захаванай старонцы.</p>",
            ),
            ("heading", "З намі можна звязацца і без сайта"),
            (
                "paragraph",
                "<p>Гарачая лінія адказвае па тэлефоне — для гэтага сайт не патрэбны. "
                "Запомніце нумар або запішыце яго ў бяспечным месцы пад нейтральнай "
                "назвай.</p>",
            ),
            (
                "hotline_cta",
                {
                    "title": "Патэлефануйце нам",
                    "text": "Кансультацыя бясплатная і канфідэнцыйная. Можна не "
                    "называць свайго імя.",
                },
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Калі вам пагражае небяспека зараз жа",
                    "text": "<p>Тэлефануйце ў мясцовую экстранную службу: 112 у краінах "
                    "ЕС, а таксама ў Расіі і Турцыі; 911 у ЗША; 999 у ААЭ.</p>",
                },
            ),
        ],
        "en": [
            ("heading", "The Quick exit button"),
            (
                "paragraph",
                "<p>The Quick exit button is on every page and always stays on the "
                "screen. When you press it:</p><ul>"
                "<li>the page is hidden at once;</li>"
                "<li>a neutral website with no link to us opens;</li>"
                "<li>our page is replaced in your browser history, so the Back "
                "button will not bring it back.</li></ul>"
                "<p>On a computer, pressing the Shift key three times in quick "
                "succession does the same.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "What the button does not do",
                    "text": "<ul>"
                    "<li>It does not clear your browser history: other pages of this "
                    "site you opened earlier stay there. So do the purpose and country "
                    "of your trip plan and the answers of the job-offer check: they are "
                    "in the page's address.</li>"
                    "<li>It does not close your other tabs.</li>"
                    "<li>It does not delete files you downloaded.</li>"
                    "<li>It does not hide the visit from your mobile operator or "
                    "from whoever runs the network, for example at work or in a "
                    "hostel.</li>"
                    "</ul>"
                    "<p>Someone who checks your browser history can still see that "
                    "you were here. If JavaScript is switched off in your browser, the "
                    "button simply goes to the neutral site, and the Back button may "
                    "bring this page back.</p>",
                },
            ),
            ("heading", "Reading this site more discreetly"),
            (
                "checklist",
                {
                    "title": "What you can do",
                    "items": [
                        "Use a private or incognito window: once you close it, the "
                        "browser keeps no history or cookies from it.",
                        "If a private window might raise questions, delete only this "
                        "site’s pages from your history and only this site’s cookies, "
                        "in your browser settings. A completely empty history can "
                        "draw attention too.",
                        "Do not bookmark the site, add it to your home screen or save "
                        "it in your browser.",
                        "If you can, use a device nobody checks, such as the phone of "
                        "someone you trust.",
                        "On a shared computer in a library or internet café, close "
                        "every browser window when you finish.",
                        "Delete anything you downloaded from the site from your downloads folder.",
                    ],
                },
            ),
            ("heading", "If your phone is shared or checked"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>Calls.</strong> The hotline number will appear in your "
                "call log, and sometimes on an itemised phone bill. You can delete "
                "the call from the log; if possible, call from another phone.</li>"
                "<li><strong>Notifications.</strong> Messengers and e-mail apps show "
                "the start of a message on the lock screen. Turn off notification "
                "previews, or choose a way for us to contact you that only you can "
                "see.</li>"
                "<li><strong>Messages.</strong> Delete messages once you have read "
                "them. If you share an e-mail account, set up a separate address "
                "that nobody else knows about.</li>"
                "<li><strong>Spyware.</strong> If someone knows things about you that "
                "they should not, there may be a tracking app on your phone. It is "
                "then safer to contact us from another device.</li>"
                "</ul>"
                "<p>In the request form you can tell us whether we may call you, at "
                "what times, and whether we may leave a message and say who is "
                "calling. We will do exactly what you ask.</p>",
            ),
            ("heading", "If you saved a page to read offline"),
            (
                "paragraph",
                "<p>Pages with advice have a “Save for offline” button. It helps when "
                "you may have no connection on the way: the page and the hotline "
                "numbers open without the network. Until you press that button, this "
                "site stores nothing on your device.</p>"
                "<p>What an offline copy leaves on the phone:</p><ul>"
                "<li>the copy stays in the browser’s storage, in this site’s data, "
                "until you remove it; it does not go away when you close the tab, and "
                "clearing the browsing history does not always remove it;</li>"
                "<li>anyone who has your phone can open the page, just by typing the "
                "site’s address, even without a connection;</li>"
                "<li>in a private (incognito) window the copy is deleted when you close "
                "the window.</li></ul>"
                "<p><strong>How to remove it.</strong> Press “Remove saved pages” at the "
                "end of this page: it deletes every page of this site saved in this "
                "browser. If you cannot see the button (for example, with JavaScript "
                "turned off), delete this site’s data in the browser’s settings, under "
                "privacy and site data.</p>"
                "<p>The Quick exit button works on a saved page too.</p>",
            ),
            ("heading", "You can reach us without this website"),
            (
                "paragraph",
                "<p>The hotline answers by phone, so you do not need the website at "
                "all. Learn the number by heart, or write it down somewhere safe "
                "under a name that gives nothing away.</p>",
            ),
            (
                "hotline_cta",
                {
                    "title": "Call us",
                    "text": "Advice is free and confidential. You do not have to give your name.",
                },
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "If you are in danger right now",
                    "text": "<p>Call the local emergency number: 112 in the EU, Russia "
                    "and Turkey; 911 in the USA; 999 in the UAE.</p>",
                },
            ),
        ],
    },
}

STANDARD_PAGES = [_ABOUT, _CONTACTS, _PRIVACY, _BROWSING_SAFELY]
