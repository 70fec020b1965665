"""Demo guides for the sections "work", "study", "marriage" and "travel".

Plain data, see FORMAT.md. Every text exists in ru, be and en; the three
versions say the same things. Contacts that are not the hotline's own are
example values in contact cards marked "needs checking": readers do not see
them until an editor confirms them.
"""

from . import trip_checks
from .sources import (
    CERTIFICATE_OF_RETURN,
    CZECH_FOREIGN_MINISTRY,
    DECREE_278,
    EU_IMMIGRATION_PORTAL,
    INTERIOR_MINISTRY,
    IOM_BELARUS,
    sources,
)

# ---------------------------------------------------------------------------
# Work: checking a job offer and a recruitment agency
# ---------------------------------------------------------------------------

_CHECK_JOB_OFFER = {
    "key": "check-job-offer",
    "section": "work",
    "slug": {
        "ru": "proverka-vakansii",
        "be": "praverka-vakansii",
        "en": "check-a-job-offer",
    },
    "title": {
        "ru": "Как проверить вакансию и кадровое агентство",
        "be": "Як праверыць вакансію і кадравае агенцтва",
        "en": "How to check a job offer and a recruitment agency",
    },
    "intro": {
        "ru": (
            "Большинство проблем с работой за границей начинается с непроверенной "
            "вакансии. Вот что стоит выяснить до того, как вы отдадите кому-то "
            "документы или деньги."
        ),
        "be": (
            "Большасць праблем з працай за мяжой пачынаецца з неправеранай "
            "вакансіі. Вось што варта высветліць да таго, як вы аддасце каму-небудзь "
            "дакументы ці грошы."
        ),
        "en": (
            "Most problems with work abroad start with a job offer nobody checked. "
            "Here is what to find out before you hand over your documents or money."
        ),
    },
    "search_description": {
        "ru": "Как проверить работу за границей и кадровое агентство: лицензия, отзывы, "
        "тревожные признаки, вопросы к работодателю.",
        "be": "Як праверыць працу за мяжой і кадравае агенцтва: ліцэнзія, водгукі, "
        "трывожныя прыкметы, пытанні да працадаўцы.",
        "en": "How to check a job abroad and a recruitment agency: licence, reviews, "
        "red flags and questions to ask an employer.",
    },
    "topics": ["employment", "safety", "trafficking"],
    "last_reviewed": "2026-10-15",
    "sources": sources(INTERIOR_MINISTRY, IOM_BELARUS),
    "related": ["contracts-work-permits", "employer-takes-passport", "travel-safety-checklist"],
    "body": {
        "ru": [
            ("heading", "Почему проверять нужно до отъезда"),
            (
                "paragraph",
                "<p>Работа за границей — самая частая тема обращений на горячую линию. "
                "Чаще всего люди звонят, когда что-то уже "
                "пошло не так: зарплата меньше обещанной, работа другая, документы "
                "забрали. Проверка вакансии занимает день-два, а исправлять последствия "
                "в чужой стране гораздо труднее.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Проверьте своё предложение за пять минут",
                    "text": '<p>Ответьте на вопросы <a page="job-check">проверки '
                    "предложения работы</a>: «да», «нет» или «не знаю». Вы увидите "
                    "тревожные признаки, если они есть, и что делать дальше.</p>",
                },
            ),
            ("heading", "Проверьте агентство"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>Лицензия.</strong> В Беларуси посредники, которые занимаются "
                "трудоустройством за границей, должны иметь специальное разрешение "
                "(лицензию). Спросите его номер и сверьте с перечнем, который публикует "
                "Министерство внутренних дел.</li>"
                "<li><strong>Название и адрес.</strong> Название в договоре должно "
                "совпадать с названием в перечне. Настоящее агентство не прячет свой "
                "офис и реквизиты.</li>"
                "<li><strong>Отзывы.</strong> Ищите отзывы не на сайте самого агентства, "
                "а на независимых площадках. Спросите у знакомых, кто ехал через эту "
                "фирму и как всё прошло.</li>"
                "<li><strong>Договор с агентством.</strong> В нём должно быть написано, "
                "какие услуги вам оказывают, сколько они стоят и что агентство делает, "
                "если условия работы не совпали с обещанными.</li>"
                "</ul>",
            ),
            ("heading", "Проверьте работодателя"),
            (
                "paragraph",
                "<p>Узнайте точное название компании и её адрес. Во многих странах "
                "есть открытые реестры компаний: проверьте, что фирма существует и "
                "занимается тем, о чём говорит. Найдите её сайт и телефон сами, а не "
                "по ссылке из объявления. Попросите контакт человека, который уже "
                "работает там, и поговорите с ним.</p>",
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Тревожные признаки",
                    "text": "<ul>"
                    "<li>Просят заплатить вперёд «за визу», «за место» или «за билет» "
                    "без договора и без чека.</li>"
                    "<li>Обещают высокую зарплату без опыта и знания языка.</li>"
                    "<li>Предлагают ехать по туристической визе: «на месте оформим».</li>"
                    "<li>Визу оформляют в одну страну, а работать зовут в другую: например, "
                    "«польская виза, работа в Чехии».</li>"
                    "<li>Не дают прочитать договор до отъезда или дают его только на "
                    "незнакомом вам языке.</li>"
                    "<li>Просят отдать паспорт «на хранение» или «для оформления».</li>"
                    "<li>Торопят: «места заканчиваются, решайте сегодня».</li>"
                    "<li>Общаются только в мессенджере и не называют компанию.</li>"
                    "</ul>",
                },
            ),
            (
                "checklist",
                {
                    "title": "Что выяснить, прежде чем соглашаться",
                    "items": [
                        "Точное название и адрес работодателя",
                        "Должность и что именно нужно делать",
                        "Зарплата: сколько, до или после налогов, как и когда её платят",
                        "Рабочее время, выходные и оплата сверхурочных",
                        "Жильё и питание: кто платит и сколько вычитают из зарплаты",
                        "На каком основании вы будете работать: виза, разрешение на работу",
                        "Кто оплачивает дорогу туда и обратно",
                        "Что будет, если вы захотите уехать раньше срока",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Если вакансия прошла проверку и вы решили ехать, составьте "
                '<a page="trip-plan">свой план поездки</a>: что сделать до отъезда, '
                "экстренные номера страны, посольство и карточка с номерами для "
                "кошелька.</p>",
            ),
            (
                "faq",
                {
                    "title": "Частые вопросы",
                    "items": [
                        {
                            "question": "Платить агентству — это всегда обман?",
                            "answer": "<p>Нет. Оплата услуг агентства с лицензией по "
                            "письменному договору и с чеком — нормальная практика. "
                            "Насторожитесь, если деньги просят без договора, наличными "
                            "без документа или предлагают «вычесть потом из зарплаты»: "
                            "так человека часто загоняют в долг.</p>",
                        },
                        {
                            "question": "Знакомые уже ездили через этого человека. "
                            "Значит, всё в порядке?",
                            "answer": "<p>Не обязательно. Условия, работодатель и сами "
                            "посредники меняются. Проверяйте предложение каждый раз "
                            "заново.</p>",
                        },
                        {
                            "question": "Что делать, если я сомневаюсь?",
                            "answer": "<p>Не отдавайте документы и деньги, пока не "
                            "разберётесь. Перешлите текст вакансии и название "
                            "агентства консультанту горячей линии — вместе проще "
                            "заметить подвох.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Сомневаетесь в вакансии?",
                    "text": "Консультанты горячей линии бесплатно помогут проверить "
                    "предложение о работе и агентство. Обратиться можно анонимно.",
                },
            ),
        ],
        "be": [
            ("heading", "Чаму правяраць трэба да ад’езду"),
            (
                "paragraph",
                "<p>Праца за мяжой — самая частая тэма зваротаў на гарачую лінію. "
                "Часцей за ўсё людзі тэлефануюць, калі "
                "нешта ўжо пайшло не так: заробак меншы за абяцаны, праца іншая, "
                "дакументы забралі. Праверка вакансіі займае дзень-два, а выпраўляць "
                "наступствы ў чужой краіне значна цяжэй.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Праверце сваю прапанову за пяць хвілін",
                    "text": '<p>Адкажыце на пытанні <a page="job-check">праверкі '
                    "прапановы працы</a>: «так», «не» ці «не ведаю». Вы ўбачыце "
                    "трывожныя прыкметы, калі яны ёсць, і што рабіць далей.</p>",
                },
            ),
            ("heading", "Праверце агенцтва"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>Ліцэнзія.</strong> У Беларусі пасярэднікі, якія займаюцца "
                "працаўладкаваннем за мяжой, павінны мець спецыяльны дазвол "
                "(ліцэнзію). Спытайце яго нумар і зверце з пералікам, які публікуе "
                "Міністэрства ўнутраных спраў.</li>"
                "<li><strong>Назва і адрас.</strong> Назва ў дагаворы павінна "
                "супадаць з назвай у пераліку. Сапраўднае агенцтва не хавае свой "
                "офіс і рэквізіты.</li>"
                "<li><strong>Водгукі.</strong> Шукайце водгукі не на сайце самога "
                "агенцтва, а на незалежных пляцоўках. Спытайце ў знаёмых, хто ехаў "
                "праз гэту фірму і як усё прайшло.</li>"
                "<li><strong>Дагавор з агенцтвам.</strong> У ім павінна быць напісана, "
                "якія паслугі агенцтва для вас робіць, колькі яны каштуюць і што агенцтва робіць, "
                "калі ўмовы працы не супалі з абяцанымі.</li>"
                "</ul>",
            ),
            ("heading", "Праверце працадаўцу"),
            (
                "paragraph",
                "<p>Даведайцеся дакладную назву кампаніі і яе адрас. У многіх краінах "
                "ёсць адкрытыя рэестры кампаній: праверце, што фірма існуе і "
                "займаецца тым, пра што кажа. Знайдзіце яе сайт і тэлефон самі, а не "
                "па спасылцы з аб’явы. Папрасіце кантакт чалавека, які ўжо працуе "
                "там, і пагаварыце з ім.</p>",
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Трывожныя прыкметы",
                    "text": "<ul>"
                    "<li>Просяць заплаціць наперад «за візу», «за месца» ці «за білет» "
                    "без дагавора і без чэка.</li>"
                    "<li>Абяцаюць высокі заробак без вопыту і ведання мовы.</li>"
                    "<li>Прапануюць ехаць па турыстычнай візе: «на месцы аформім».</li>"
                    "<li>Візу афармляюць у адну краіну, а працаваць клічуць у іншую: напрыклад, "
                    "«польская віза, праца ў Чэхіі».</li>"
                    "<li>Не даюць прачытаць дагавор да ад’езду або даюць яго толькі на "
                    "незнаёмай вам мове.</li>"
                    "<li>Просяць аддаць пашпарт «на захоўванне» ці «для афармлення».</li>"
                    "<li>Падганяюць: «месцы заканчваюцца, вырашайце сёння».</li>"
                    "<li>Маюць зносіны толькі ў месенджары і не называюць кампанію.</li>"
                    "</ul>",
                },
            ),
            (
                "checklist",
                {
                    "title": "Што высветліць, перш чым пагаджацца",
                    "items": [
                        "Дакладная назва і адрас працадаўцы",
                        "Пасада і што менавіта трэба рабіць",
                        "Заробак: колькі, да ці пасля падаткаў, як і калі яго плацяць",
                        "Працоўны час, выхадныя і аплата звышурочнай працы",
                        "Жыллё і харчаванне: хто плаціць і колькі ўтрымліваюць з заробку",
                        "На якой падставе вы будзеце працаваць: віза, дазвол на працу",
                        "Хто аплачвае дарогу туды і назад",
                        "Што будзе, калі вы захочаце паехаць раней за тэрмін",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Калі вакансія прайшла праверку і вы вырашылі ехаць, складзіце "
                '<a page="trip-plan">свой план паездкі</a>: што зрабіць да ад’езду, '
                "экстранныя нумары краіны, пасольства і картка з нумарамі для "
                "кашалька.</p>",
            ),
            (
                "faq",
                {
                    "title": "Частыя пытанні",
                    "items": [
                        {
                            "question": "Плаціць агенцтву — гэта заўсёды падман?",
                            "answer": "<p>Не. Аплата паслуг агенцтва з ліцэнзіяй па "
                            "пісьмовым дагаворы і з чэкам — звычайная практыка. "
                            "Насцярожцеся, калі грошы просяць без дагавора, наяўнымі "
                            "без дакумента або прапануюць «вылічыць потым з заробку»: "
                            "так чалавека часта заганяюць у доўг.</p>",
                        },
                        {
                            "question": "Знаёмыя ўжо ездзілі праз гэтага чалавека. "
                            "Значыць, усё ў парадку?",
                            "answer": "<p>Не абавязкова. Умовы, працадаўца і самі "
                            "пасярэднікі мяняюцца. Правярайце прапанову кожны раз "
                            "нанова.</p>",
                        },
                        {
                            "question": "Што рабіць, калі я сумняваюся?",
                            "answer": "<p>Не аддавайце дакументы і грошы, пакуль не "
                            "разбярэцеся. Перашліце тэкст вакансіі і назву агенцтва "
                            "кансультанту гарачай лініі — разам прасцей заўважыць "
                            "падвох.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Сумняваецеся ў вакансіі?",
                    "text": "Кансультанты гарачай лініі бясплатна дапамогуць праверыць "
                    "прапанову працы і агенцтва. Звярнуцца можна ананімна.",
                },
            ),
        ],
        "en": [
            ("heading", "Why check before you leave"),
            (
                "paragraph",
                "<p>Work abroad is the most common reason people contact the hotline. "
                "Most of them call when something has already "
                "gone wrong: the pay is lower than promised, the job is different, or "
                "their documents have been taken. Checking an offer takes a day or two; "
                "fixing the damage in a foreign country takes far longer.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Check your offer in five minutes",
                    "text": '<p>Answer the questions of the <a page="job-check">job '
                    "offer check</a>: yes, no or “don't know”. You will see any warning "
                    "signs, and what to do next.</p>",
                },
            ),
            ("heading", "Check the agency"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>Licence.</strong> In Belarus, intermediaries who arrange "
                "jobs abroad must hold a special permit (licence). Ask for its number "
                "and compare it with the list published by the Ministry of Internal "
                "Affairs.</li>"
                "<li><strong>Name and address.</strong> The name on the contract should "
                "match the name on that list. A genuine agency does not hide its office "
                "or company details.</li>"
                "<li><strong>Reviews.</strong> Look for reviews on independent sites, not "
                "on the agency's own website. Ask people you know who travelled through "
                "the agency how it went.</li>"
                "<li><strong>Your contract with the agency.</strong> It should say which "
                "services you get, what they cost, and what the agency will do if the "
                "job turns out different from what was promised.</li>"
                "</ul>",
            ),
            ("heading", "Check the employer"),
            (
                "paragraph",
                "<p>Get the company's exact name and address. Many countries have public "
                "company registers: check that the business exists and does what it "
                "says. Find its website and phone number yourself rather than through a "
                "link in the advert. Ask for the contact of someone who already works "
                "there, and talk to them.</p>",
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Red flags",
                    "text": "<ul>"
                    '<li>You are asked to pay up front "for the visa", "for the place" '
                    'or "for the ticket" with no contract and no receipt.</li>'
                    "<li>High pay is promised with no experience or language needed.</li>"
                    '<li>You are told to travel on a tourist visa and "sort it out '
                    'there".</li>'
                    '<li>The visa is for one country and the job in another: "a Polish '
                    'visa, work in Czechia", for example.</li>'
                    "<li>You cannot read the contract before you leave, or it is only in a "
                    "language you do not understand.</li>"
                    '<li>Someone wants your passport "for safekeeping" or "for the '
                    'paperwork".</li>'
                    '<li>You are rushed: "places are going fast, decide today".</li>'
                    "<li>They only talk through a messenger app and never name the "
                    "company.</li>"
                    "</ul>",
                },
            ),
            (
                "checklist",
                {
                    "title": "What to find out before you say yes",
                    "items": [
                        "The employer's exact name and address",
                        "The job title and what the work actually involves",
                        "Pay: how much, before or after tax, how and when it is paid",
                        "Working hours, days off and overtime pay",
                        "Housing and food: who pays, and how much is deducted from wages",
                        "On what basis you will work: which visa or work permit",
                        "Who pays for travel there and back",
                        "What happens if you want to leave early",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>If the offer passes the check and you decide to go, make "
                '<a page="trip-plan">your trip plan</a>: what to do before you leave, '
                "the country's emergency numbers, the embassy, and a card with the "
                "numbers for your wallet.</p>",
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "Is paying an agency always a scam?",
                            "answer": "<p>No. Paying a licensed agency under a written "
                            "contract, with a receipt, is normal. Be careful if you are "
                            "asked for cash without any paperwork, or offered to have the "
                            'fee "taken out of your wages later": that is a common way '
                            "to trap people in debt.</p>",
                        },
                        {
                            "question": "Friends already went through this person. "
                            "Does that mean it is safe?",
                            "answer": "<p>Not necessarily. Conditions, employers and "
                            "intermediaries change. Check every offer afresh.</p>",
                        },
                        {
                            "question": "What should I do if I am not sure?",
                            "answer": "<p>Do not hand over documents or money until you "
                            "are sure. Send the advert and the agency's name to a hotline "
                            "consultant: two pairs of eyes spot a trap more easily.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Not sure about a job offer?",
                    "text": "Hotline consultants will help you check a job offer or an "
                    "agency free of charge. You can stay anonymous.",
                },
            ),
        ],
    },
}

# ---------------------------------------------------------------------------
# Work: employment contract and work permit
# ---------------------------------------------------------------------------

_CONTRACTS_WORK_PERMITS = {
    "key": "contracts-work-permits",
    "section": "work",
    "slug": {
        "ru": "dogovor-i-razreshenie-na-rabotu",
        "be": "dagavor-i-dazvol-na-pracu",
        "en": "contracts-and-work-permits",
    },
    "title": {
        "ru": "Трудовой договор и разрешение на работу",
        "be": "Працоўны дагавор і дазвол на працу",
        "en": "Employment contracts and work permits",
    },
    "intro": {
        "ru": (
            "Письменный договор на понятном вам языке и законное право работать в "
            "стране — две вещи, которые защищают вас больше любых устных обещаний."
        ),
        "be": (
            "Пісьмовы дагавор на зразумелай вам мове і законнае права працаваць у "
            "краіне — дзве рэчы, якія абараняюць вас больш за любыя вусныя абяцанні."
        ),
        "en": (
            "A written contract in a language you understand and the legal right to "
            "work in the country protect you better than any spoken promise."
        ),
    },
    "search_description": {
        "ru": "Что должно быть в трудовом договоре для работы за границей, зачем нужна "
        "рабочая виза или разрешение и какие копии сделать.",
        "be": "Што павінна быць у працоўным дагаворы для працы за мяжой, навошта "
        "патрэбна працоўная віза ці дазвол і якія копіі зрабіць.",
        "en": "What a contract for work abroad must say, why you need a work visa or "
        "permit, and which copies to keep.",
    },
    "topics": ["employment", "documents", "labour-rights"],
    "last_reviewed": "2026-10-15",
    "sources": sources(EU_IMMIGRATION_PORTAL, INTERIOR_MINISTRY),
    "related": ["check-job-offer", "passport-visa-basics", "employer-takes-passport"],
    "body": {
        "ru": [
            ("heading", "Зачем нужен письменный договор"),
            (
                "paragraph",
                "<p>Устная договорённость за границей почти ничего не стоит: если "
                "работодатель не заплатит, доказать, о чём вы договаривались, будет "
                "нечем. Подписанный договор — это основа для жалобы в инспекцию труда, "
                "обращения в суд или в консульство. Подписывайте его до отъезда, а не "
                "«по приезде».</p>",
            ),
            (
                "checklist",
                {
                    "title": "Что должно быть в договоре",
                    "items": [
                        "Полное название, адрес и реквизиты работодателя",
                        "Ваши данные — так, как они записаны в паспорте",
                        "Должность, обязанности и место работы (город, адрес)",
                        "Срок договора и дата начала работы",
                        "Зарплата: сумма, валюта, до или после налогов, сроки выплаты",
                        "Рабочие часы, выходные, отпуск, оплата сверхурочных",
                        "Условия проживания и суммы, которые удерживают из зарплаты",
                        "Медицинская страховка: кто её оплачивает",
                        "Как расторгнуть договор и кто оплачивает дорогу домой",
                    ],
                },
            ),
            ("heading", "Язык, который вы понимаете"),
            (
                "paragraph",
                "<p>Договор должен быть на языке, который вы понимаете, или иметь "
                "перевод. Часто делают двуязычный договор — уточните, какая версия "
                "главная при расхождениях. Если перевода нет, покажите текст "
                "человеку, которому доверяете, или консультанту горячей линии.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Никогда не подписывайте",
                    "text": "<p>Пустые листы, бланки без заполненных сумм, документы, "
                    "которые вам не дали прочитать, и бумаги о «долге» перед "
                    "работодателем или посредником.</p>",
                },
            ),
            ("heading", "Разрешение на работу и виза"),
            (
                "paragraph",
                "<p>В большинстве стран иностранцу нужно отдельное разрешение на "
                "работу или рабочая виза. Обычно его оформляет работодатель, а вы "
                "получаете визу в консульстве. Туристическая виза и безвизовый въезд "
                "не дают права работать. Исключения есть: например, в странах "
                "Евразийского экономического союза (Россия, Казахстан, Армения, "
                "Кыргызстан) граждане Беларуси могут работать без разрешения на "
                "работу, но трудовой договор и регистрация по месту пребывания всё "
                "равно нужны.</p>",
            ),
            (
                "table",
                {
                    "caption": "Какие документы должны быть у вас на руках",
                    "header": ["Документ", "Что он подтверждает", "Где хранить копию"],
                    "rows": [
                        [
                            "Паспорт",
                            "Вашу личность и гражданство",
                            "У родных и в защищённой почте",
                        ],
                        [
                            "Трудовой договор",
                            "Условия работы и зарплату",
                            "Оригинал у вас, копия у родных",
                        ],
                        [
                            "Разрешение на работу или рабочая виза",
                            "Право законно работать в стране",
                            "У родных и в защищённой почте",
                        ],
                        [
                            "Договор с агентством",
                            "Что вам обещал посредник",
                            "Оригинал у вас, копия у родных",
                        ],
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Частые вопросы",
                    "items": [
                        {
                            "question": "Работодатель говорит, что договор подпишем "
                            "на месте. Это нормально?",
                            "answer": "<p>Это риск. Без договора вы не знаете, на "
                            "каких условиях едете, а на месте у вас будет меньше "
                            "выбора. Попросите прислать текст заранее и хотя бы "
                            "скан подписанного экземпляра.</p>",
                        },
                        {
                            "question": "Как проверить, что разрешение на работу настоящее?",
                            "answer": "<p>Попросите копию до отъезда и уточните в "
                            "консульстве или миграционной службе страны, как такие "
                            "документы выглядят и можно ли их проверить. Виза в "
                            "паспорте должна соответствовать цели поездки.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Покажите договор консультанту",
                    "text": "Пришлите текст договора или задайте вопрос горячей "
                    "линии — мы подскажем, на что обратить внимание, до того как "
                    "вы подпишете.",
                },
            ),
        ],
        "be": [
            ("heading", "Навошта патрэбен пісьмовы дагавор"),
            (
                "paragraph",
                "<p>Вусная дамоўленасць за мяжой амаль нічога не каштуе: калі "
                "працадаўца не заплаціць, даказаць, пра што вы дамаўляліся, не будзе "
                "чым. Падпісаны дагавор — гэта аснова для скаргі ў інспекцыю працы, "
                "звароту ў суд ці ў консульства. Падпісвайце яго да ад’езду, а не "
                "«пасля прыезду».</p>",
            ),
            (
                "checklist",
                {
                    "title": "Што павінна быць у дагаворы",
                    "items": [
                        "Поўная назва, адрас і рэквізіты працадаўцы",
                        "Вашы даныя — так, як яны запісаны ў пашпарце",
                        "Пасада, абавязкі і месца працы (горад, адрас)",
                        "Тэрмін дагавора і дата пачатку працы",
                        "Заробак: сума, валюта, да ці пасля падаткаў, тэрміны выплаты",
                        "Працоўны час, выхадныя, адпачынак, аплата звышурочнай працы",
                        "Умовы пражывання і сумы, якія ўтрымліваюць з заробку",
                        "Медыцынская страхоўка: хто яе аплачвае",
                        "Як скасаваць дагавор і хто аплачвае дарогу дадому",
                    ],
                },
            ),
            ("heading", "Мова, якую вы разумееце"),
            (
                "paragraph",
                "<p>Дагавор павінен быць на мове, якую вы разумееце, або мець "
                "пераклад. Часта робяць двухмоўны дагавор — удакладніце, якая версія "
                "галоўная пры разыходжаннях. Калі перакладу няма, пакажыце тэкст "
                "чалавеку, якому давяраеце, або кансультанту гарачай лініі.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Ніколі не падпісвайце",
                    "text": "<p>Пустыя аркушы, бланкі без запоўненых сум, дакументы, "
                    "якія вам не далі прачытаць, і паперы пра «доўг» перад "
                    "працадаўцам або пасярэднікам.</p>",
                },
            ),
            ("heading", "Дазвол на працу і віза"),
            (
                "paragraph",
                "<p>У большасці краін замежніку патрэбны асобны дазвол на працу "
                "або працоўная віза. Звычайна яго афармляе працадаўца, а вы "
                "атрымліваеце візу ў консульстве. Турыстычная віза і бязвізавы "
                "ўезд не даюць права працаваць. Выключэнні ёсць: напрыклад, у "
                "краінах Еўразійскага эканамічнага саюза (Расія, Казахстан, Арменія, "
                "Кыргызстан) грамадзяне Беларусі могуць працаваць без дазволу на "
                "працу, але працоўны дагавор і рэгістрацыя па месцы знаходжання "
                "ўсё роўна патрэбныя.</p>",
            ),
            (
                "table",
                {
                    "caption": "Якія дакументы павінны быць у вас на руках",
                    "header": ["Дакумент", "Што ён пацвярджае", "Дзе захоўваць копію"],
                    "rows": [
                        [
                            "Пашпарт",
                            "Вашу асобу і грамадзянства",
                            "У родных і ў абароненай пошце",
                        ],
                        [
                            "Працоўны дагавор",
                            "Умовы працы і заробак",
                            "Арыгінал у вас, копія ў родных",
                        ],
                        [
                            "Дазвол на працу або працоўная віза",
                            "Права законна працаваць у краіне",
                            "У родных і ў абароненай пошце",
                        ],
                        [
                            "Дагавор з агенцтвам",
                            "Што вам абяцаў пасярэднік",
                            "Арыгінал у вас, копія ў родных",
                        ],
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Частыя пытанні",
                    "items": [
                        {
                            "question": "Працадаўца кажа, што дагавор падпішам на "
                            "месцы. Гэта нармальна?",
                            "answer": "<p>Гэта рызыка. Без дагавора вы не ведаеце, на "
                            "якіх умовах едзеце, а на месцы ў вас будзе менш выбару. "
                            "Папрасіце даслаць тэкст загадзя і хаця б скан "
                            "падпісанага асобніка.</p>",
                        },
                        {
                            "question": "Як праверыць, што дазвол на працу сапраўдны?",
                            "answer": "<p>Папрасіце копію да ад’езду і ўдакладніце ў "
                            "консульстве ці міграцыйнай службе краіны, як такія "
                            "дакументы выглядаюць і ці можна іх праверыць. Віза ў "
                            "пашпарце павінна адпавядаць мэце паездкі.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Пакажыце дагавор кансультанту",
                    "text": "Дашліце тэкст дагавора або задайце пытанне гарачай "
                    "лініі — мы падкажам, на што звярнуць увагу, перш чым вы "
                    "падпішаце.",
                },
            ),
        ],
        "en": [
            ("heading", "Why you need a written contract"),
            (
                "paragraph",
                "<p>A verbal agreement is worth very little abroad: if the employer "
                "does not pay, you have nothing to show what was agreed. A signed "
                "contract is the basis for a complaint to a labour inspectorate, a "
                "court case or a request for help from the consulate. Sign it before "
                'you leave, not "when you get there".</p>',
            ),
            (
                "checklist",
                {
                    "title": "What the contract should state",
                    "items": [
                        "The employer's full name, address and registration details",
                        "Your details, exactly as they appear in your passport",
                        "Job title, duties and place of work (city, address)",
                        "How long the contract lasts and when work starts",
                        "Pay: amount, currency, before or after tax, when it is paid",
                        "Working hours, days off, holidays and overtime pay",
                        "Accommodation and any amounts deducted from your wages",
                        "Health insurance: who pays for it",
                        "How the contract can be ended and who pays your way home",
                    ],
                },
            ),
            ("heading", "A language you understand"),
            (
                "paragraph",
                "<p>The contract must be in a language you understand, or come with a "
                "translation. Bilingual contracts are common: check which version "
                "prevails if the two differ. If there is no translation, show the text "
                "to someone you trust or to a hotline consultant.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Never sign",
                    "text": "<p>Blank sheets, forms with the amounts left empty, "
                    "documents you were not allowed to read, or any paper saying you "
                    'owe a "debt" to the employer or an intermediary.</p>',
                },
            ),
            ("heading", "Work permits and visas"),
            (
                "paragraph",
                "<p>Most countries require a foreigner to have a separate work permit "
                "or a work visa. The employer usually applies for the permit, and you "
                "then get the visa at the consulate. A tourist visa or visa-free entry "
                "does not give you the right to work. There are exceptions: in the "
                "countries of the Eurasian Economic Union (Russia, Kazakhstan, Armenia, "
                "Kyrgyzstan), for example, Belarusian citizens can work without a work "
                "permit, but they still need an employment contract and must register "
                "their place of stay.</p>",
            ),
            (
                "table",
                {
                    "caption": "Documents you should have",
                    "header": ["Document", "What it proves", "Where to keep a copy"],
                    "rows": [
                        [
                            "Passport",
                            "Your identity and citizenship",
                            "With family and in a secure e-mail account",
                        ],
                        [
                            "Employment contract",
                            "Your working conditions and pay",
                            "Original with you, copy with family",
                        ],
                        [
                            "Work permit or work visa",
                            "Your right to work legally in the country",
                            "With family and in a secure e-mail account",
                        ],
                        [
                            "Contract with the agency",
                            "What the intermediary promised you",
                            "Original with you, copy with family",
                        ],
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "The employer says we will sign the contract "
                            "when I arrive. Is that normal?",
                            "answer": "<p>It is a risk. Without a contract you do not "
                            "know the terms you are travelling on, and once you are "
                            "there you have fewer choices. Ask for the text in advance "
                            "and at least a scan of the signed copy.</p>",
                        },
                        {
                            "question": "How can I tell whether a work permit is genuine?",
                            "answer": "<p>Ask for a copy before you leave, and check with "
                            "the country's consulate or migration authority what such "
                            "documents look like and whether they can be verified. The "
                            "visa in your passport must match the purpose of your "
                            "trip.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Show your contract to a consultant",
                    "text": "Send the contract text or ask the hotline a question, and "
                    "we will tell you what to look out for before you sign.",
                },
            ),
        ],
    },
}

# ---------------------------------------------------------------------------
# Work: the employer has taken your passport
# ---------------------------------------------------------------------------

_EMPLOYER_TAKES_PASSPORT = {
    "key": "employer-takes-passport",
    "section": "work",
    "slug": {
        "ru": "rabotodatel-zabral-pasport",
        "be": "pracadauca-zabrau-pashpart",
        "en": "employer-took-my-passport",
    },
    "title": {
        "ru": "Работодатель забрал паспорт: что делать",
        "be": "Працадаўца забраў пашпарт: што рабіць",
        "en": "If your employer takes your passport",
    },
    "intro": {
        "ru": (
            "Никто, кроме уполномоченных государственных органов, не вправе "
            "удерживать ваш паспорт. Если работодатель его не отдаёт, это серьёзный "
            "сигнал — и из этой ситуации есть выход."
        ),
        "be": (
            "Ніхто, акрамя ўпаўнаважаных дзяржаўных органаў, не мае права "
            "ўтрымліваць ваш пашпарт. Калі працадаўца яго не аддае, гэта сур’ёзны "
            "сігнал — і з гэтай сітуацыі ёсць выйсце."
        ),
        "en": (
            "Only authorised state bodies may hold on to your passport. If your "
            "employer refuses to give it back, that is a serious warning sign, and "
            "there is a way out."
        ),
    },
    "search_description": {
        "ru": "Работодатель за границей забрал паспорт: почему это незаконно, что "
        "делать по шагам, куда обращаться, как вернуться домой.",
        "be": "Працадаўца за мяжой забраў пашпарт: чаму гэта незаконна, што рабіць "
        "па кроках, куды звяртацца, як вярнуцца дадому.",
        "en": "Employer abroad took your passport? Why it is illegal, what to do step "
        "by step, who to contact and how to get home.",
    },
    "topics": ["documents", "labour-rights", "trafficking", "crisis-abroad"],
    "last_reviewed": "2026-10-20",
    "related": ["help-abroad", "signs-of-trafficking", "contracts-work-permits"],
    "body": {
        "ru": [
            ("heading", "Почему это незаконно"),
            (
                "paragraph",
                "<p>Паспорт — документ государства, выданный лично вам. Работодатель, "
                "агентство или хозяин жилья не могут держать его у себя ни «для "
                "сохранности», ни «пока не отработаешь долг». Во многих странах "
                "удержание чужих документов само по себе нарушение закона, а вместе с "
                "долгами, угрозами и запретом уходить — один из признаков "
                "принудительного труда и торговли людьми.</p>"
                "<p>Паспорт не отдают никому, даже ненадолго и даже «на один день для "
                "оформления». Для разрешения на работу или регистрации обычно хватает "
                "копии. Если нужен сам паспорт, идите в миграционную службу вместе с "
                "работодателем и покажите паспорт сами: он всё время остаётся у вас в "
                "руках.</p>",
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Если вам угрожают или не выпускают",
                    "text": "<p>Звоните в экстренную службу страны: в странах ЕС, "
                    "России и Турции — 112, в США — 911, в ОАЭ — 999. Назовите адрес, "
                    "скажите, что вас удерживают и забрали документы.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Долг — не причина отбирать паспорт",
                    "text": "<p>Даже если вы действительно должны работодателю за дорогу, "
                    "визу или жильё, это не даёт ему права держать ваш паспорт. Споры о "
                    "деньгах решают по договору и через суд, а не через документы. "
                    "Обещание вернуть паспорт, «когда отработаешь», — типичный приём "
                    "долговой кабалы.</p>",
                },
            ),
            (
                "steps",
                {
                    "title": "Что делать по шагам",
                    "steps": [
                        {
                            "title": "Спокойно попросите вернуть паспорт",
                            "text": "<p>Если это безопасно, попросите письменно — "
                            "сообщением в мессенджере или по почте. Сохраните "
                            "переписку: она пригодится как доказательство.</p>",
                        },
                        {
                            "title": "Запишите всё, что знаете",
                            "text": "<p>Название фирмы, адрес работы и жилья, имена и "
                            "телефоны, даты. Сфотографируйте договор и любые "
                            "документы, если можете.</p>",
                        },
                        {
                            "title": "Свяжитесь с консульством Беларуси",
                            "text": "<p>Консульство поможет с документами. Если паспорт "
                            "вернуть не удаётся, вам могут выдать свидетельство на "
                            "возвращение, чтобы вы смогли приехать домой.</p>",
                        },
                        {
                            "title": "Обратитесь в полицию страны",
                            "text": "<p>Заявите, что работодатель удерживает ваш "
                            "паспорт. Попросите копию заявления или его номер.</p>",
                        },
                        {
                            "title": "Напишите на горячую линию",
                            "text": "<p>Консультанты помогут найти контакты консульства "
                            "и местных организаций, которые помогают работникам, и "
                            "подскажут, как действовать дальше. Можно анонимно.</p>",
                        },
                    ],
                },
            ),
            (
                "contact_card",
                {
                    "name": "Консульский отдел Посольства Республики Беларусь",
                    "phone": "+48 22 000 00 00",
                    "email": "consulate@example.org",
                    "messenger_url": "",
                    "hours": "Пн–Пт, 9:00–17:00",
                    "note": "Актуальные контакты консульства в нужной "
                    "стране уточняйте на горячей линии.",
                    "needs_checking": True,
                },
            ),
            (
                "paragraph",
                "<p><strong>Если телефон проверяют.</strong> Пишите на горячую линию "
                "через онлайн-форму сайта из приватного окна браузера и укажите, как с "
                "вами безопасно связаться. Если окно было обычным, удалите из истории "
                "только страницы этого сайта: полностью пустая история может привлечь "
                "внимание.</p>",
            ),
            ("heading", "Как подстраховаться заранее"),
            (
                "paragraph",
                "<ul>"
                "<li>Перед отъездом оставьте копию паспорта родным и сохраните скан в "
                "почте, к которой есть доступ только у вас.</li>"
                "<li>Запишите на бумаге номер горячей линии и экстренный номер "
                "страны.</li>"
                "<li>Не отдавайте оригинал паспорта никому, если это не требуется "
                "государственным органам.</li>"
                "</ul>",
            ),
            (
                "hotline_cta",
                {
                    "title": "У вас забрали документы?",
                    "text": "Напишите или позвоните на горячую линию — из любой "
                    "страны. Мы поможем понять, к кому обращаться, и не оставим вас "
                    "одних.",
                },
            ),
        ],
        "be": [
            ("heading", "Чаму гэта незаконна"),
            (
                "paragraph",
                "<p>Пашпарт — дакумент дзяржавы, выдадзены асабіста вам. Працадаўца, "
                "агенцтва або гаспадар жылля не могуць трымаць яго ў сябе ні «для "
                "захаванасці», ні «пакуль не адпрацуеш доўг». У многіх краінах "
                "утрыманне чужых дакументаў само па сабе парушэнне закона, а разам з "
                "даўгамі, пагрозамі і забаронай сыходзіць — адна з прыкмет "
                "прымусовай працы і гандлю людзьмі.</p>"
                "<p>Пашпарт не аддаюць нікому, нават ненадоўга і нават «на адзін дзень "
                "для афармлення». Для дазволу на працу ці рэгістрацыі звычайна "
                "дастаткова копіі. Калі патрэбны сам пашпарт, ідзіце ў міграцыйную "
                "службу разам з працадаўцам і пакажыце пашпарт самі: ён увесь час "
                "застаецца ў вас у руках.</p>",
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Калі вам пагражаюць або не выпускаюць",
                    "text": "<p>Тэлефануйце ў экстранную службу краіны: у краінах ЕС, "
                    "Расіі і Турцыі — 112, у ЗША — 911, у ААЭ — 999. Назавіце адрас, "
                    "скажыце, што вас утрымліваюць і забралі дакументы.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Доўг — не прычына адбіраць пашпарт",
                    "text": "<p>Нават калі вы сапраўды павінны працадаўцу грошы за дарогу, візу "
                    "ці жыллё, гэта не дае яму права трымаць ваш пашпарт. Спрэчкі пра "
                    "грошы вырашаюць па дагаворы і праз суд, а не праз дакументы. "
                    "Абяцанне вярнуць пашпарт, «калі адпрацуеш», — тыповы прыём "
                    "даўгавой кабалы.</p>",
                },
            ),
            (
                "steps",
                {
                    "title": "Што рабіць па кроках",
                    "steps": [
                        {
                            "title": "Спакойна папрасіце вярнуць пашпарт",
                            "text": "<p>Калі гэта бяспечна, папрасіце пісьмова — "
                            "паведамленнем у месенджары або па пошце. Захавайце "
                            "перапіску: яна спатрэбіцца як доказ.</p>",
                        },
                        {
                            "title": "Запішыце ўсё, што ведаеце",
                            "text": "<p>Назва фірмы, адрас працы і жылля, імёны і "
                            "тэлефоны, даты. Сфатаграфуйце дагавор і любыя "
                            "дакументы, калі можаце.</p>",
                        },
                        {
                            "title": "Звяжыцеся з консульствам Беларусі",
                            "text": "<p>Консульства дапаможа з дакументамі. Калі "
                            "пашпарт вярнуць не ўдаецца, вам могуць выдаць "
                            "пасведчанне на вяртанне, каб вы змаглі прыехаць "
                            "дадому.</p>",
                        },
                        {
                            "title": "Звярніцеся ў паліцыю краіны",
                            "text": "<p>Заявіце, што працадаўца ўтрымлівае ваш "
                            "пашпарт. Папрасіце копію заявы або яе нумар.</p>",
                        },
                        {
                            "title": "Напішыце на гарачую лінію",
                            "text": "<p>Кансультанты дапамогуць знайсці кантакты "
                            "консульства і мясцовых арганізацый, якія дапамагаюць "
                            "работнікам, і падкажуць, як дзейнічаць далей. Можна "
                            "ананімна.</p>",
                        },
                    ],
                },
            ),
            (
                "contact_card",
                {
                    "name": "Консульскі аддзел Пасольства Рэспублікі Беларусь",
                    "phone": "+48 22 000 00 00",
                    "email": "consulate@example.org",
                    "messenger_url": "",
                    "hours": "Пн–Пт, 9:00–17:00",
                    "note": "Актуальныя кантакты консульства ў "
                    "патрэбнай краіне ўдакладняйце на гарачай лініі.",
                    "needs_checking": True,
                },
            ),
            (
                "paragraph",
                "<p><strong>Калі тэлефон правяраюць.</strong> Пішыце на гарачую "
                "лінію праз анлайн-форму сайта з прыватнага акна браўзера і пазначце, "
                "як з вамі бяспечна звязацца. Калі акно было звычайным, выдаліце з "
                "гісторыі толькі старонкі гэтага сайта: цалкам пустая гісторыя можа "
                "прыцягнуць увагу.</p>",
            ),
            ("heading", "Як падстрахавацца загадзя"),
            (
                "paragraph",
                "<ul>"
                "<li>Перад ад’ездам пакіньце копію пашпарта родным і захавайце скан "
                "у пошце, да якой маеце доступ толькі вы.</li>"
                "<li>Запішыце на паперы нумар гарачай лініі і экстранны нумар "
                "краіны.</li>"
                "<li>Не аддавайце арыгінал пашпарта нікому, калі гэтага не "
                "патрабуюць дзяржаўныя органы.</li>"
                "</ul>",
            ),
            (
                "hotline_cta",
                {
                    "title": "У вас забралі дакументы?",
                    "text": "Напішыце або патэлефануйце на гарачую лінію — з любой "
                    "краіны. Мы дапаможам зразумець, да каго звяртацца, і не "
                    "пакінем вас сам-насам з бядой.",
                },
            ),
        ],
        "en": [
            ("heading", "Why it is illegal"),
            (
                "paragraph",
                "<p>A passport is a state document issued to you personally. An "
                'employer, agency or landlord may not keep it "for safekeeping" or '
                '"until you have worked off your debt". In many countries holding '
                "someone else's documents is an offence in itself, and together with "
                "debts, threats or being stopped from leaving it is one of the signs of "
                "forced labour and human trafficking.</p>"
                "<p>Do not hand your passport to anyone, not even briefly, and not even "
                '"for a day, for the paperwork". A copy is usually enough for a work '
                "permit or registration. If the original is needed, go to the migration "
                "office together with the employer and show it yourself: it stays in your "
                "hands the whole time.</p>",
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "If you are threatened or not allowed to leave",
                    "text": "<p>Call the country's emergency number: 112 in the EU, "
                    "Russia and Turkey, 911 in the USA, 999 in the UAE. Give your "
                    "address and say you are being held and your documents have been "
                    "taken.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "A debt is no reason to keep your passport",
                    "text": "<p>Even if you really do owe your employer for travel, a visa "
                    "or housing, that gives them no right to keep your passport. Money "
                    "disputes are settled under the contract and in court, not by "
                    'holding documents. A promise to return your passport "once you '
                    'have worked it off" is a classic debt-bondage trick.</p>',
                },
            ),
            (
                "steps",
                {
                    "title": "What to do, step by step",
                    "steps": [
                        {
                            "title": "Calmly ask for your passport back",
                            "text": "<p>If it is safe, ask in writing, by text message "
                            "or e-mail, and keep the messages as evidence.</p>",
                        },
                        {
                            "title": "Write down everything you know",
                            "text": "<p>The company name, the addresses of your work "
                            "and your housing, names, phone numbers and dates. Take "
                            "photos of your contract and any other papers if you "
                            "can.</p>",
                        },
                        {
                            "title": "Contact the Belarusian consulate",
                            "text": "<p>The consulate can help with documents. If your "
                            "passport cannot be recovered, you may be issued a "
                            "certificate of return so that you can travel home.</p>",
                        },
                        {
                            "title": "Go to the local police",
                            "text": "<p>Report that your employer is keeping your "
                            "passport, and ask for a copy or the number of your "
                            "report.</p>",
                        },
                        {
                            "title": "Contact the hotline",
                            "text": "<p>Consultants will help you find the consulate and "
                            "local organisations that support workers, and work out "
                            "what to do next. You can stay anonymous.</p>",
                        },
                    ],
                },
            ),
            (
                "contact_card",
                {
                    "name": "Consular section, Embassy of the Republic of Belarus",
                    "phone": "+48 22 000 00 00",
                    "email": "consulate@example.org",
                    "messenger_url": "",
                    "hours": "Mon–Fri, 9:00–17:00",
                    "note": "Ask the hotline for the current consulate "
                    "contacts in the country you are in.",
                    "needs_checking": True,
                },
            ),
            (
                "paragraph",
                "<p><strong>If someone checks your phone.</strong> Use the online "
                "form on this site from a private browser window, and say how it is "
                "safe to contact you. If the window was an ordinary one, remove only "
                "this site's pages from your history: a completely empty history can "
                "draw attention.</p>",
            ),
            ("heading", "How to protect yourself in advance"),
            (
                "paragraph",
                "<ul>"
                "<li>Before you leave, give a copy of your passport to your family and "
                "keep a scan in an e-mail account only you can open.</li>"
                "<li>Write the hotline number and the country's emergency number down "
                "on paper.</li>"
                "<li>Do not hand your original passport to anyone unless a state "
                "authority requires it.</li>"
                "</ul>",
            ),
            (
                "hotline_cta",
                {
                    "title": "Have your documents been taken?",
                    "text": "Call or write to the hotline from any country. We will "
                    "help you work out who to turn to, and you will not be left on "
                    "your own.",
                },
            ),
        ],
    },
}

# ---------------------------------------------------------------------------
# Study: choosing a real programme and avoiding admission scams
# ---------------------------------------------------------------------------

_STUDY_ABROAD_SAFELY = {
    "key": "study-abroad-safely",
    "section": "study",
    "slug": {
        "ru": "uchyoba-za-granicej",
        "be": "vuchoba-za-myazhoj",
        "en": "study-abroad-safely",
    },
    "title": {
        "ru": "Учёба за границей без обмана",
        "be": "Вучоба за мяжой без падману",
        "en": "Studying abroad safely",
    },
    "intro": {
        "ru": (
            "Как убедиться, что университет и программа настоящие, какая виза нужна "
            "студенту и как не попасться на поддельное приглашение или нечестного "
            "посредника."
        ),
        "be": (
            "Як пераканацца, што ўніверсітэт і праграма сапраўдныя, якая віза "
            "патрэбна студэнту і як не трапіць на падробленае запрашэнне ці "
            "несумленнага пасярэдніка."
        ),
        "en": (
            "How to make sure a university and programme are real, which visa a "
            "student needs, and how to avoid fake admission letters and dishonest "
            "agents."
        ),
    },
    "search_description": {
        "ru": "Учёба за границей: как проверить университет и посредника, какая нужна "
        "студенческая виза, как распознать поддельное зачисление.",
        "be": "Вучоба за мяжой: як праверыць універсітэт і пасярэдніка, якая патрэбна "
        "студэнцкая віза, як распазнаць падробленае залічэнне.",
        "en": "Studying abroad: how to check a university and an agent, which student "
        "visa you need, and how to spot a fake admission.",
    },
    "topics": ["study", "documents", "safety"],
    "last_reviewed": "2026-10-22",
    "related": ["student-jobs-abroad", "passport-visa-basics", "travel-safety-checklist"],
    "body": {
        "ru": [
            ("heading", "Настоящий университет и настоящая программа"),
            (
                "paragraph",
                "<p>Об учёбе за рубежом на горячую линию звонят постоянно. Чаще "
                "всего спрашивают, можно ли доверять вузу или посреднику. Прежде чем "
                "платить, проверьте:</p>"
                "<ul>"
                "<li>учебное заведение есть в официальном перечне аккредитованных вузов "
                "министерства образования той страны;</li>"
                "<li>нужная программа указана на официальном сайте вуза, а не только в "
                "рекламе посредника;</li>"
                "<li>условия поступления, цена и язык обучения на сайте вуза совпадают "
                "с тем, что вам рассказали;</li>"
                "<li>диплом этого вуза можно будет признать дома, если он вам там "
                "понадобится.</li>"
                "</ul>",
            ),
            (
                "steps",
                {
                    "title": "Как проверить письмо о зачислении",
                    "steps": [
                        {
                            "title": "Найдите контакты вуза сами",
                            "text": "<p>Возьмите адрес приёмной комиссии с официального "
                            "сайта университета, а не из письма, которое вам "
                            "прислали.</p>",
                        },
                        {
                            "title": "Напишите в приёмную комиссию",
                            "text": "<p>Пришлите номер или копию письма и спросите, "
                            "выдавали ли его вам и на какую программу.</p>",
                        },
                        {
                            "title": "Платите только на счёт вуза",
                            "text": "<p>Плату за обучение переводите на счёт "
                            "университета, указанный на его сайте, а не на карту "
                            "частного лица.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Посредники и агентства"),
            (
                "paragraph",
                "<p>Помощь с поступлением — законная услуга. Но у честного посредника "
                "есть договор, где перечислено, что он делает и сколько это стоит. "
                "Многие университеты публикуют список официальных партнёров — "
                "проверьте, есть ли там ваше агентство.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Признаки обмана",
                    "text": "<ul>"
                    "<li>«Гарантированное поступление» без экзаменов и документов.</li>"
                    "<li>Просят «залог» или «взнос» на личную карту.</li>"
                    "<li>Языковые курсы, где учёбы почти нет, а «подработка» "
                    "обязательна.</li>"
                    "<li>Предлагают ехать по туристической визе и «перевестись на "
                    "месте».</li>"
                    "</ul>",
                },
            ),
            ("heading", "Студенческая виза"),
            (
                "paragraph",
                "<p>Для учёбы в большинстве стран нужна студенческая виза или вид на "
                "жительство для учёбы. Обычно для них требуются подтверждённое "
                "зачисление, доказательство, что вам хватит денег на жизнь, и "
                "медицинская страховка. Студенческая виза не всегда даёт право "
                "работать, а если даёт — то с ограничениями по часам. Узнайте правила "
                "до отъезда.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Перед отъездом на учёбу",
                    "items": [
                        "Зачисление подтверждено самим университетом",
                        "Студенческая виза получена, срок и условия понятны",
                        "Жильё на первые недели найдено и оплачено",
                        "Медицинская страховка оформлена",
                        "Деньги на первые месяцы есть",
                        "Копии документов и адрес оставлены родным",
                        "Контакты консульства и горячей линии сохранены",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Частые вопросы",
                    "items": [
                        {
                            "question": "Посредник просит отдать ему "
                            "оригиналы документов. Это нормально?",
                            "answer": "<p>Для поступления обычно хватает копий, а оригиналы "
                            "нужны самому вузу или консульству. Если оригиналы всё же "
                            "требуются, отдавайте их по описи и под расписку.</p>",
                        },
                        {
                            "question": "Можно сначала поехать на "
                            "языковые курсы, а потом поступить?",
                            "answer": "<p>Можно, если курсы проводит настоящая школа или сам "
                            "университет и у вас есть подходящая виза. Узнайте, даёт ли "
                            "курс право на визу, сколько часов в неделю идут занятия и "
                            "что будет, если вы потом не поступите.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Хотите проверить вуз или посредника?",
                    "text": "Консультанты горячей линии бесплатно подскажут, как "
                    "проверить учебное заведение, агентство и документы.",
                },
            ),
        ],
        "be": [
            ("heading", "Сапраўдны ўніверсітэт і сапраўдная праграма"),
            (
                "paragraph",
                "<p>Пра вучобу за мяжой на гарачую лінію тэлефануюць пастаянна. Часцей "
                "за ўсё пытаюцца, ці можна давяраць ВНУ або пасярэдніку. Перш чым "
                "плаціць, праверце:</p>"
                "<ul>"
                "<li>навучальная ўстанова ёсць у афіцыйным пераліку акрэдытаваных ВНУ "
                "міністэрства адукацыі той краіны;</li>"
                "<li>патрэбная праграма пазначана на афіцыйным сайце ВНУ, а не толькі "
                "ў рэкламе пасярэдніка;</li>"
                "<li>умовы паступлення, кошт і мова навучання на сайце ВНУ супадаюць "
                "з тым, што вам расказалі;</li>"
                "<li>дыплом гэтай ВНУ можна будзе прызнаць дома, калі ён вам там "
                "спатрэбіцца.</li>"
                "</ul>",
            ),
            (
                "steps",
                {
                    "title": "Як праверыць ліст пра залічэнне",
                    "steps": [
                        {
                            "title": "Знайдзіце кантакты ВНУ самі",
                            "text": "<p>Вазьміце адрас прыёмнай камісіі з афіцыйнага "
                            "сайта ўніверсітэта, а не з ліста, які вам "
                            "даслалі.</p>",
                        },
                        {
                            "title": "Напішыце ў прыёмную камісію",
                            "text": "<p>Дашліце нумар або копію ліста і спытайце, ці "
                            "выдавалі яго вам і на якую праграму.</p>",
                        },
                        {
                            "title": "Плаціце толькі на рахунак ВНУ",
                            "text": "<p>Плату за навучанне пераводзьце на рахунак "
                            "універсітэта, пазначаны на яго сайце, а не на картку "
                            "прыватнай асобы.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Пасярэднікі і агенцтвы"),
            (
                "paragraph",
                "<p>Дапамога з паступленнем — законная паслуга. Але ў сумленнага "
                "пасярэдніка ёсць дагавор, дзе пералічана, што ён робіць і колькі гэта "
                "каштуе. Многія ўніверсітэты публікуюць спіс афіцыйных партнёраў — "
                "праверце, ці ёсць там ваша агенцтва.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Прыкметы падману",
                    "text": "<ul>"
                    "<li>«Гарантаванае паступленне» без экзаменаў і дакументаў.</li>"
                    "<li>Просяць «заклад» ці «ўзнос» на асабістую картку.</li>"
                    "<li>Моўныя курсы, дзе вучобы амаль няма, а «падпрацоўка» "
                    "абавязковая.</li>"
                    "<li>Прапануюць ехаць па турыстычнай візе і «перавесціся на "
                    "месцы».</li>"
                    "</ul>",
                },
            ),
            ("heading", "Студэнцкая віза"),
            (
                "paragraph",
                "<p>Для вучобы ў большасці краін патрэбна студэнцкая віза або від на "
                "жыхарства для вучобы. Звычайна для іх патрабуюцца пацверджанае "
                "залічэнне, доказ, што вам хопіць грошай на жыццё, і медыцынская "
                "страхоўка. Студэнцкая віза не заўсёды дае права працаваць, а калі "
                "дае — то з абмежаваннямі па гадзінах. Даведайцеся правілы да "
                "ад’езду.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Перад ад’ездам на вучобу",
                    "items": [
                        "Залічэнне пацверджана самім універсітэтам",
                        "Студэнцкая віза атрымана, тэрмін і ўмовы зразумелыя",
                        "Жыллё на першыя тыдні знойдзена і аплачана",
                        "Медыцынская страхоўка аформлена",
                        "Грошы на першыя месяцы ёсць",
                        "Копіі дакументаў і адрас пакінуты родным",
                        "Кантакты консульства і гарачай лініі захаваны",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Частыя пытанні",
                    "items": [
                        {
                            "question": "Пасярэднік просіць аддаць яму "
                            "арыгіналы дакументаў. Гэта нармальна?",
                            "answer": "<p>Для паступлення звычайна хапае копій, а арыгіналы "
                            "патрэбныя самой ВНУ або консульству. Калі арыгіналы ўсё ж "
                            "патрабуюцца, аддавайце іх па вопісе і пад распіску.</p>",
                        },
                        {
                            "question": "Ці можна спачатку паехаць на "
                            "моўныя курсы, а потым паступіць?",
                            "answer": "<p>Можна, калі курсы праводзіць сапраўдная школа або сам "
                            "універсітэт і ў вас ёсць адпаведная віза. Даведайцеся, ці "
                            "дае курс права на візу, колькі гадзін на тыдзень ідуць "
                            "заняткі і што будзе, калі вы потым не паступіце.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Хочаце праверыць ВНУ ці пасярэдніка?",
                    "text": "Кансультанты гарачай лініі бясплатна падкажуць, як "
                    "праверыць навучальную ўстанову, агенцтва і дакументы.",
                },
            ),
        ],
        "en": [
            ("heading", "A real university and a real programme"),
            (
                "paragraph",
                "<p>People call the hotline about studying abroad all the time. The "
                "most common question is whether a university or an agent can be "
                "trusted. Before you pay anything, check that:</p>"
                "<ul>"
                "<li>the institution appears on the official list of accredited "
                "universities kept by that country's ministry of education;</li>"
                "<li>your programme is listed on the university's official website, not "
                "only in the agent's advertising;</li>"
                "<li>the entry requirements, fees and language of teaching on the "
                "university's website match what you were told;</li>"
                "<li>the degree can be recognised at home, if you will need it "
                "there.</li>"
                "</ul>",
            ),
            (
                "steps",
                {
                    "title": "How to check an admission letter",
                    "steps": [
                        {
                            "title": "Find the university's contacts yourself",
                            "text": "<p>Take the admissions office address from the "
                            "university's official website, not from the letter you "
                            "were sent.</p>",
                        },
                        {
                            "title": "Write to the admissions office",
                            "text": "<p>Send the letter's reference number or a copy, "
                            "and ask whether it was issued to you and for which "
                            "programme.</p>",
                        },
                        {
                            "title": "Pay only into the university's account",
                            "text": "<p>Transfer tuition fees to the account shown on "
                            "the university's website, never to a private person's "
                            "card.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Agents and agencies"),
            (
                "paragraph",
                "<p>Help with applications is a legitimate service. An honest agent "
                "gives you a contract listing what they do and what it costs. Many "
                "universities publish a list of their official partners, so check "
                "whether your agency is on it.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Signs of a scam",
                    "text": "<ul>"
                    '<li>"Guaranteed admission" with no exams and no documents.</li>'
                    '<li>A "deposit" or "fee" to be paid to a personal card.</li>'
                    "<li>Language courses with hardly any teaching but compulsory "
                    '"part-time work".</li>'
                    '<li>You are told to go on a tourist visa and "switch once you are '
                    'there".</li>'
                    "</ul>",
                },
            ),
            ("heading", "The student visa"),
            (
                "paragraph",
                "<p>Most countries require a student visa or a residence permit for "
                "study. You will usually need a confirmed admission, proof that you "
                "have enough money to live on, and health insurance. A student visa "
                "does not always allow you to work, and when it does, the hours are "
                "limited. Find out the rules before you go.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Before you leave to study",
                    "items": [
                        "Admission confirmed by the university itself",
                        "Student visa issued; you understand its length and conditions",
                        "Housing for the first weeks found and paid for",
                        "Health insurance arranged",
                        "Money for the first few months",
                        "Copies of documents and your address left with family",
                        "Consulate and hotline contacts saved",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "An agent wants my original documents. Is that normal?",
                            "answer": "<p>Copies are usually enough for an application; originals "
                            "are needed only by the university itself or the consulate. "
                            "If originals really are required, hand them over against a "
                            "list and a signed receipt.</p>",
                        },
                        {
                            "question": "Can I go on a language "
                            "course first and apply to university later?",
                            "answer": "<p>Yes, if the course is run by a genuine school or by the "
                            "university, and you have the right visa. Find out whether "
                            "the course qualifies you for a visa, how many hours a week "
                            "of classes it has, and what happens if you are not admitted "
                            "afterwards.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Want to check a university or an agent?",
                    "text": "Hotline consultants will explain, free of charge, how to "
                    "check a university, an agency and your documents.",
                },
            ),
        ],
    },
}

# ---------------------------------------------------------------------------
# Study: working while studying and summer work-and-travel programmes
# ---------------------------------------------------------------------------

_STUDENT_JOBS_ABROAD = {
    "key": "student-jobs-abroad",
    "section": "study",
    "slug": {
        "ru": "rabota-dlya-studentov-za-granicej",
        "be": "praca-dlya-studentau-za-myazhoj",
        "en": "student-jobs-abroad",
    },
    "title": {
        "ru": "Работа во время учёбы и летние программы",
        "be": "Праца падчас вучобы і летнія праграмы",
        "en": "Working while you study, and summer programmes",
    },
    "intro": {
        "ru": (
            "Подработка за границей и летние программы «работа и путешествие» дают "
            "опыт и деньги, если знать правила своей визы и заранее проверить "
            "организатора."
        ),
        "be": (
            "Падпрацоўка за мяжой і летнія праграмы «праца і падарожжа» даюць "
            "вопыт і грошы, калі ведаць правілы сваёй візы і загадзя праверыць "
            "арганізатара."
        ),
        "en": (
            "Part-time jobs abroad and summer work-and-travel programmes bring "
            "experience and money, provided you know your visa rules and check the "
            "organiser first."
        ),
    },
    "search_description": {
        "ru": "Подработка для студентов за границей: ограничения по часам, летние "
        "программы «работа и путешествие», риски и как их избежать.",
        "be": "Падпрацоўка для студэнтаў за мяжой: абмежаванні па гадзінах, летнія "
        "праграмы «праца і падарожжа», рызыкі і як іх пазбегнуць.",
        "en": "Student jobs abroad: limits on working hours, summer work-and-travel "
        "programmes, the risks and how to avoid them.",
    },
    "topics": ["study", "employment", "labour-rights"],
    "last_reviewed": "2026-10-22",
    "related": ["study-abroad-safely", "contracts-work-permits", "check-job-offer"],
    "body": {
        "ru": [
            ("heading", "Работа во время учёбы"),
            (
                "paragraph",
                "<p>Во многих странах иностранным студентам разрешают работать, но "
                "ограниченное число часов в неделю во время семестра и больше — на "
                "каникулах. Правила зависят от страны и от вашей визы или вида на "
                "жительство. В некоторых странах нужно отдельное разрешение.</p>"
                "<p>Если превысить лимит или работать без разрешения, можно потерять "
                "визу и право учиться, а в худшем случае получить запрет на въезд. "
                "Поэтому узнайте правила в миграционной службе страны или в "
                "международном отделе университета — там обычно знают ответ.</p>",
            ),
            ("heading", "Летние программы «работа и путешествие»"),
            (
                "paragraph",
                "<p>Это программы, по которым студенты едут на лето работать в сфере "
                "обслуживания, туризма или сельского хозяйства. Например, в США они "
                "проходят по визе J-1 через организации-спонсоров, список которых "
                "публикует Государственный департамент США. В других странах есть "
                "свои схемы. Общее правило: у программы должен быть официальный "
                "организатор, письменный договор и понятная виза.</p>",
            ),
            (
                "table",
                {
                    "caption": "Что проверить перед летней программой",
                    "header": ["Вопрос", "Почему это важно"],
                    "rows": [
                        [
                            "Кто официальный организатор или спонсор?",
                            "Только он отвечает за вас перед властями страны",
                        ],
                        [
                            "Какая виза и разрешает ли она работать?",
                            "Работа по туристической визе незаконна",
                        ],
                        [
                            "Кто работодатель и где вы будете жить?",
                            "Жильё у работодателя часто стоит дороже обещанного",
                        ],
                        [
                            "Сколько вы заплатите и за что?",
                            "Все платежи должны быть по договору и с чеком",
                        ],
                        [
                            "Что будет, если работы не окажется?",
                            "Организатор должен помочь найти другую или вернуть вас",
                        ],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Частые проблемы",
                    "text": "<ul>"
                    "<li>На месте работы нет или она совсем другая.</li>"
                    "<li>За жильё и транспорт вычитают почти всю зарплату.</li>"
                    "<li>Отправляют в другой город к незнакомому работодателю.</li>"
                    "<li>Предлагают «подработку» в клубах, массажных салонах или "
                    "без договора.</li>"
                    "</ul>",
                },
            ),
            (
                "checklist",
                {
                    "title": "Перед отъездом",
                    "items": [
                        "Организатор проверен, договор подписан",
                        "Виза позволяет работать именно на этой работе",
                        "Известны работодатель, адрес и условия жилья",
                        "Есть деньги на первые недели и на обратный билет",
                        "Родители знают адрес, телефон работодателя и организатора",
                        "Номер горячей линии и экстренный номер страны записаны",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Помните: студент — такой же работник. У вас есть право на оплату за "
                "каждый отработанный час, на отдых и на безопасные условия, и паспорт "
                "должен оставаться у вас.</p>",
            ),
            (
                "faq",
                {
                    "title": "Частые вопросы",
                    "items": [
                        {
                            "question": "Мне предлагают поехать au pair — жить "
                            "в семье и помогать с детьми. Это работа?",
                            "answer": "<p>Да, хотя её часто называют культурным обменом. Во "
                            "многих странах для au pair есть своя виза и свои правила: "
                            "сколько часов в неделю помогать, сколько карманных денег "
                            "платят, положены ли выходные и языковые курсы. Заключите "
                            "письменное соглашение с семьёй и заранее поговорите с ней "
                            "по видеосвязи.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Собираетесь на летнюю программу?",
                    "text": "Расскажите консультанту горячей линии об организаторе и "
                    "условиях — мы поможем понять, всё ли в порядке.",
                },
            ),
        ],
        "be": [
            ("heading", "Праца падчас вучобы"),
            (
                "paragraph",
                "<p>У многіх краінах замежным студэнтам дазваляюць працаваць, але "
                "абмежаваную колькасць гадзін на тыдзень падчас семестра і больш — на "
                "вакацыях. Правілы залежаць ад краіны і ад вашай візы ці віду на "
                "жыхарства. У некаторых краінах патрэбны асобны дазвол.</p>"
                "<p>Калі перавысіць ліміт або працаваць без дазволу, можна страціць "
                "візу і права вучыцца, а ў горшым выпадку атрымаць забарону на "
                "ўезд. Таму даведайцеся правілы ў міграцыйнай службе краіны або ў "
                "міжнародным аддзеле ўніверсітэта — там звычайна ведаюць адказ.</p>",
            ),
            ("heading", "Летнія праграмы «праца і падарожжа»"),
            (
                "paragraph",
                "<p>Гэта праграмы, па якіх студэнты едуць на лета працаваць у сферы "
                "абслугоўвання, турызму або сельскай гаспадаркі. Напрыклад, у ЗША яны "
                "праходзяць па візе J-1 праз арганізацыі-спонсары, спіс якіх "
                "публікуе Дзяржаўны дэпартамент ЗША. У іншых краінах ёсць свае "
                "схемы. Агульнае правіла: у праграмы павінен быць афіцыйны "
                "арганізатар, пісьмовы дагавор і зразумелая віза.</p>",
            ),
            (
                "table",
                {
                    "caption": "Што праверыць перад летняй праграмай",
                    "header": ["Пытанне", "Чаму гэта важна"],
                    "rows": [
                        [
                            "Хто афіцыйны арганізатар або спонсар?",
                            "Толькі ён адказвае за вас перад уладамі краіны",
                        ],
                        [
                            "Якая віза і ці дазваляе яна працаваць?",
                            "Праца па турыстычнай візе незаконная",
                        ],
                        [
                            "Хто працадаўца і дзе вы будзеце жыць?",
                            "Жыллё ў працадаўцы часта каштуе даражэй за абяцанае",
                        ],
                        [
                            "Колькі вы заплаціце і за што?",
                            "Усе плацяжы павінны быць па дагаворы і з чэкам",
                        ],
                        [
                            "Што будзе, калі працы не акажацца?",
                            "Арганізатар павінен дапамагчы знайсці іншую або вярнуць вас",
                        ],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Частыя праблемы",
                    "text": "<ul>"
                    "<li>На месцы працы няма або яна зусім іншая.</li>"
                    "<li>За жыллё і транспарт утрымліваюць амаль увесь заробак.</li>"
                    "<li>Адпраўляюць у іншы горад да незнаёмага працадаўцы.</li>"
                    "<li>Прапануюць «падпрацоўку» ў клубах, масажных салонах або "
                    "без дагавора.</li>"
                    "</ul>",
                },
            ),
            (
                "checklist",
                {
                    "title": "Перад ад’ездам",
                    "items": [
                        "Арганізатар правераны, дагавор падпісаны",
                        "Віза дазваляе працаваць менавіта на гэтай працы",
                        "Вядомыя працадаўца, адрас і ўмовы жылля",
                        "Ёсць грошы на першыя тыдні і на зваротны білет",
                        "Бацькі ведаюць адрас, тэлефон працадаўцы і арганізатара",
                        "Нумар гарачай лініі і экстранны нумар краіны запісаны",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Памятайце: студэнт — такі ж работнік. Вы маеце права на аплату за "
                "кожную адпрацаваную гадзіну, на адпачынак і на бяспечныя ўмовы, а "
                "пашпарт павінен заставацца ў вас.</p>",
            ),
            (
                "faq",
                {
                    "title": "Частыя пытанні",
                    "items": [
                        {
                            "question": "Мне прапануюць паехаць au pair — жыць "
                            "у сям’і і дапамагаць з дзецьмі. Гэта праца?",
                            "answer": "<p>Так, хоць яе часта называюць культурным абменам. У "
                            "многіх краінах для au pair ёсць свая віза і свае правілы: "
                            "колькі гадзін на тыдзень дапамагаць, колькі кішэнных грошай "
                            "плацяць, ці належаць выхадныя і моўныя курсы. Заключыце "
                            "пісьмовае пагадненне з сям’ёй і загадзя пагаварыце з ёю "
                            "па відэасувязі.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Збіраецеся на летнюю праграму?",
                    "text": "Раскажыце кансультанту гарачай лініі пра арганізатара і "
                    "ўмовы — мы дапаможам зразумець, ці ўсё ў парадку.",
                },
            ),
        ],
        "en": [
            ("heading", "Working while you study"),
            (
                "paragraph",
                "<p>Many countries let international students work, but only a limited "
                "number of hours a week during term and more during the holidays. The "
                "rules depend on the country and on your visa or residence permit; some "
                "countries require a separate permit.</p>"
                "<p>Working over the limit or without permission can cost you your visa "
                "and your place at university, and at worst lead to a ban on entering "
                "the country. Check the rules with the country's migration authority or "
                "your university's international office: they usually know the "
                "answer.</p>",
            ),
            ("heading", "Summer work-and-travel programmes"),
            (
                "paragraph",
                "<p>These programmes send students abroad for the summer to work in "
                "hospitality, tourism or farming. In the USA, for example, they run on "
                "a J-1 visa through sponsor organisations listed by the US Department "
                "of State. Other countries have their own schemes. The general rule: a "
                "programme needs an official organiser, a written contract and a clear "
                "visa.</p>",
            ),
            (
                "table",
                {
                    "caption": "What to check before a summer programme",
                    "header": ["Question", "Why it matters"],
                    "rows": [
                        [
                            "Who is the official organiser or sponsor?",
                            "They are the ones responsible for you to the authorities",
                        ],
                        [
                            "Which visa, and does it allow work?",
                            "Working on a tourist visa is illegal",
                        ],
                        [
                            "Who is the employer, and where will you live?",
                            "Employer-provided housing often costs more than promised",
                        ],
                        [
                            "How much will you pay, and for what?",
                            "Every payment should be under a contract, with a receipt",
                        ],
                        [
                            "What happens if there is no job on arrival?",
                            "The organiser should find you another or bring you home",
                        ],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Common problems",
                    "text": "<ul>"
                    "<li>There is no job on arrival, or it is a completely different "
                    "one.</li>"
                    "<li>Housing and transport eat up almost all of your wages.</li>"
                    "<li>You are sent to another city to an employer you do not "
                    "know.</li>"
                    '<li>You are offered "extra work" in clubs or massage parlours, '
                    "or without a contract.</li>"
                    "</ul>",
                },
            ),
            (
                "checklist",
                {
                    "title": "Before you leave",
                    "items": [
                        "The organiser is checked and the contract signed",
                        "Your visa allows you to do this particular job",
                        "You know the employer, the address and the housing terms",
                        "You have money for the first weeks and a ticket home",
                        "Your parents have the address and the employer's and "
                        "organiser's phone numbers",
                        "The hotline number and the local emergency number are written down",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Remember: a student who works is a worker like any other. You have "
                "the right to be paid for every hour, to rest and to safe conditions, "
                "and your passport stays with you.</p>",
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "I have been offered an au pair place, living with "
                            "a family and helping with the children. Is that work?",
                            "answer": "<p>Yes, even though it is often described as a cultural "
                            "exchange. Many countries have a separate au pair visa and "
                            "their own rules: how many hours a week you help, how much "
                            "pocket money you get, and whether you are entitled to days "
                            "off and a language course. Sign a written agreement with the "
                            "family and talk to them on a video call before you go.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Going on a summer programme?",
                    "text": "Tell a hotline consultant about the organiser and the "
                    "terms, and we will help you see whether everything is in "
                    "order.",
                },
            ),
        ],
    },
}

# ---------------------------------------------------------------------------
# Marriage: marrying a foreign citizen
# ---------------------------------------------------------------------------

_MARRYING_ABROAD = {
    "key": "marrying-abroad",
    "section": "marriage",
    "slug": {
        "ru": "brak-s-inostrancem",
        "be": "shlyub-z-zamezhnikam",
        "en": "marrying-a-foreign-citizen",
    },
    "title": {
        "ru": "Брак с иностранцем: документы, права и риски",
        "be": "Шлюб з замежнікам: дакументы, правы і рызыкі",
        "en": "Marrying a foreign citizen: documents, rights and risks",
    },
    "intro": {
        "ru": (
            "Какие документы обычно нужны для брака с иностранным гражданином, от "
            "чего зависит ваш статус в другой стране и как сохранить независимость "
            "и безопасность."
        ),
        "be": (
            "Якія дакументы звычайна патрэбныя для шлюбу з замежным грамадзянінам, "
            "ад чаго залежыць ваш статус у іншай краіне і як захаваць незалежнасць "
            "і бяспеку."
        ),
        "en": (
            "Which documents you usually need to marry a foreign citizen, what your "
            "status in another country depends on, and how to stay independent and "
            "safe."
        ),
    },
    "search_description": {
        "ru": "Брак с иностранцем: документы, апостиль и перевод, вид на жительство "
        "через супруга, риски и что хранить у себя.",
        "be": "Шлюб з замежнікам: дакументы, апостыль і пераклад, від на жыхарства "
        "праз мужа ці жонку, рызыкі і што захоўваць у сябе.",
        "en": "Marrying a foreign citizen: documents, apostille and translation, "
        "residence through a spouse, risks and what to keep.",
    },
    "topics": ["marriage", "documents", "safety"],
    "last_reviewed": "2026-10-27",
    "related": ["online-dating-marriage-agencies", "passport-visa-basics", "documents-for-family"],
    "body": {
        "ru": [
            ("heading", "Узнайте человека до свадьбы"),
            (
                "paragraph",
                "<p>Брак с иностранцем часто означает переезд туда, где у вас "
                "нет ни родных, ни знакомых, ни знания языка. Поэтому до свадьбы "
                "постарайтесь несколько раз встретиться лично, побывать у партнёра "
                "дома, познакомиться с его семьёй и друзьями. Спросите о прошлых "
                "браках и детях, о работе и о том, где вы будете жить. Честный "
                "человек спокойно отвечает на такие вопросы.</p>",
            ),
            ("heading", "Какие документы понадобятся"),
            (
                "paragraph",
                "<p>Требования зависят от страны, где вы регистрируете брак. Точный "
                "список уточните в органе регистрации брака той страны или в её "
                "консульстве. Обычно нужны:</p>"
                "<ul>"
                "<li>действующий паспорт;</li>"
                "<li>свидетельство о рождении;</li>"
                "<li>документ о том, что вы не состоите в браке;</li>"
                "<li>если вы были в браке — свидетельство о разводе или о смерти "
                "супруга;</li>"
                "<li>перевод документов и их легализация. Беларусь участвует в "
                "Гаагской конвенции об апостиле, поэтому для многих стран достаточно "
                "апостиля.</li>"
                "</ul>"
                "<p>Заранее выясните, признают ли брак, заключённый за границей, в "
                "Беларуси, и что для этого нужно.</p>",
            ),
            ("heading", "Ваш статус зависит от супруга"),
            (
                "paragraph",
                "<p>Первое время право жить в стране супруга обычно даётся именно "
                "через брак: вид на жительство выдают как члену семьи. Если брак "
                "распадается в первые годы, такой статус можно потерять. В некоторых "
                "странах есть исключения — например, для пострадавших от домашнего "
                "насилия, — но рассчитывать на них заранее нельзя. Узнайте правила "
                "страны до переезда.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Когда стоит насторожиться",
                    "text": "<ul>"
                    "<li>Партнёр забирает ваш паспорт или банковскую карту.</li>"
                    "<li>Запрещает учить язык, работать, общаться с родными.</li>"
                    "<li>Угрожает лишить вас статуса или отобрать детей.</li>"
                    "<li>Предлагает «фиктивный брак» за деньги — это незаконно и "
                    "часто используется для вербовки в эксплуатацию.</li>"
                    "</ul>",
                },
            ),
            (
                "checklist",
                {
                    "title": "Что хранить у себя",
                    "items": [
                        "Свой паспорт и вид на жительство",
                        "Копии свидетельств о браке и о рождении детей",
                        "Свой телефон и свои деньги на чёрный день",
                        "Адрес и телефон консульства Беларуси",
                        "Экстренный номер страны (в ЕС — 112)",
                        "Номер горячей линии, записанный на бумаге",
                        "Копии всех документов у родных дома",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Частые вопросы",
                    "items": [
                        {
                            "question": "Что будет с детьми, если мы расстанемся?",
                            "answer": "<p>Это решает суд страны, где живёт семья. "
                            "Увезти ребёнка за границу без согласия второго родителя "
                            "может считаться похищением, даже если вы мать или отец. "
                            "Сначала получите юридическую консультацию.</p>",
                        },
                        {
                            "question": "Нужно ли вставать на учёт в консульстве?",
                            "answer": "<p>Если вы живёте за границей долго, уточните "
                            "в консульстве, как встать на консульский учёт. Так "
                            "консульству будет проще помочь вам в трудной "
                            "ситуации.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Вопрос о браке за границей?",
                    "text": "Консультанты горячей линии расскажут, какие документы "
                    "нужны, и помогут, если в браке за границей стало небезопасно.",
                },
            ),
        ],
        "be": [
            ("heading", "Даведайцеся пра чалавека да вяселля"),
            (
                "paragraph",
                "<p>Шлюб з замежнікам часта азначае пераезд туды, дзе ў вас "
                "няма ні родных, ні знаёмых, ні ведання мовы. Таму да вяселля "
                "пастарайцеся некалькі разоў сустрэцца асабіста, пабываць у партнёра "
                "дома, пазнаёміцца з яго сям’ёй і сябрамі. Спытайце пра мінулыя "
                "шлюбы і дзяцей, пра працу і пра тое, дзе вы будзеце жыць. Сумленны "
                "чалавек спакойна адказвае на такія пытанні.</p>",
            ),
            ("heading", "Якія дакументы спатрэбяцца"),
            (
                "paragraph",
                "<p>Патрабаванні залежаць ад краіны, дзе вы рэгіструеце шлюб. "
                "Дакладны спіс удакладніце ў органе рэгістрацыі шлюбу той краіны або "
                "ў яе консульстве. Звычайна патрэбныя:</p>"
                "<ul>"
                "<li>дзейны пашпарт;</li>"
                "<li>пасведчанне аб нараджэнні;</li>"
                "<li>дакумент пра тое, што вы не знаходзіцеся ў шлюбе;</li>"
                "<li>калі вы былі ў шлюбе — пасведчанне аб скасаванні шлюбу або аб "
                "смерці мужа ці жонкі;</li>"
                "<li>пераклад дакументаў і іх легалізацыя. Беларусь удзельнічае ў "
                "Гаагскай канвенцыі пра апостыль, таму для многіх краін дастаткова "
                "апостыля.</li>"
                "</ul>"
                "<p>Загадзя высветліце, ці прызнаюць шлюб, заключаны за мяжой, у "
                "Беларусі і што для гэтага трэба.</p>",
            ),
            ("heading", "Ваш статус залежыць ад мужа ці жонкі"),
            (
                "paragraph",
                "<p>Першы час права жыць у краіне мужа ці жонкі звычайна даецца "
                "менавіта праз шлюб: від на жыхарства выдаюць як члену сям’і. Калі "
                "шлюб распадаецца ў першыя гады, такі статус можна страціць. У "
                "некаторых краінах ёсць выключэнні — напрыклад, для пацярпелых ад "
                "хатняга гвалту, — але разлічваць на іх загадзя нельга. Даведайцеся "
                "правілы краіны да пераезду.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Калі варта насцярожыцца",
                    "text": "<ul>"
                    "<li>Партнёр забірае ваш пашпарт або банкаўскую картку.</li>"
                    "<li>Забараняе вучыць мову, працаваць, мець зносіны з роднымі.</li>"
                    "<li>Пагражае пазбавіць вас статусу або забраць дзяцей.</li>"
                    "<li>Прапануе «фіктыўны шлюб» за грошы — гэта незаконна і часта "
                    "выкарыстоўваецца для вярбоўкі ў эксплуатацыю.</li>"
                    "</ul>",
                },
            ),
            (
                "checklist",
                {
                    "title": "Што захоўваць у сябе",
                    "items": [
                        "Свой пашпарт і від на жыхарства",
                        "Копіі пасведчанняў аб шлюбе і аб нараджэнні дзяцей",
                        "Свой тэлефон і свае грошы на чорны дзень",
                        "Адрас і тэлефон консульства Беларусі",
                        "Экстранны нумар краіны (у ЕС — 112)",
                        "Нумар гарачай лініі, запісаны на паперы",
                        "Копіі ўсіх дакументаў у родных дома",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Частыя пытанні",
                    "items": [
                        {
                            "question": "Што будзе з дзецьмі, калі мы разыдземся?",
                            "answer": "<p>Гэта вырашае суд краіны, дзе жыве сям’я. "
                            "Вывезці дзіця за мяжу без згоды другога з бацькоў можа "
                            "лічыцца выкраданнем, нават калі вы маці або бацька. "
                            "Спачатку атрымайце юрыдычную кансультацыю.</p>",
                        },
                        {
                            "question": "Ці трэба станавіцца на ўлік у консульстве?",
                            "answer": "<p>Калі вы жывяце за мяжой доўга, удакладніце ў "
                            "консульстве, як стаць на консульскі ўлік. Так "
                            "консульству будзе прасцей дапамагчы вам у цяжкай "
                            "сітуацыі.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Пытанне пра шлюб за мяжой?",
                    "text": "Кансультанты гарачай лініі раскажуць, якія дакументы "
                    "патрэбныя, і дапамогуць, калі ў шлюбе за мяжой стала "
                    "небяспечна.",
                },
            ),
        ],
        "en": [
            ("heading", "Get to know the person before the wedding"),
            (
                "paragraph",
                "<p>Marrying a foreign citizen often means moving somewhere you "
                "have no family, no friends and no command of the language. So before "
                "the wedding, try to meet in person several times, visit your "
                "partner's home, and meet their family and friends. Ask about previous "
                "marriages and children, about work, and about where you will live. "
                "An honest person answers such questions calmly.</p>",
            ),
            ("heading", "The documents you will need"),
            (
                "paragraph",
                "<p>The requirements depend on the country where you register the "
                "marriage, so check the exact list with that country's marriage "
                "registry or its consulate. You will usually need:</p>"
                "<ul>"
                "<li>a valid passport;</li>"
                "<li>your birth certificate;</li>"
                "<li>a document confirming that you are not married;</li>"
                "<li>if you were married before, your divorce certificate or your "
                "former spouse's death certificate;</li>"
                "<li>translations of your documents and their legalisation. Belarus is "
                "a party to the Hague Apostille Convention, so for many countries an "
                "apostille is enough.</li>"
                "</ul>"
                "<p>Find out in advance whether a marriage registered abroad will be "
                "recognised in Belarus, and what that takes.</p>",
            ),
            ("heading", "Your status depends on your spouse"),
            (
                "paragraph",
                "<p>At first, your right to live in your spouse's country usually comes "
                "through the marriage itself: you get a residence permit as a family "
                "member. If the marriage breaks down in the first few years, you can "
                "lose that status. Some countries make exceptions, for example for "
                "victims of domestic violence, but you cannot count on them in advance. "
                "Learn the country's rules before you move.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "When to be on your guard",
                    "text": "<ul>"
                    "<li>Your partner takes your passport or bank card.</li>"
                    "<li>They forbid you to learn the language, work or talk to your "
                    "family.</li>"
                    "<li>They threaten to have your status taken away or to take the "
                    "children.</li>"
                    '<li>Someone offers you a "sham marriage" for money: it is illegal '
                    "and is often used to recruit people into exploitation.</li>"
                    "</ul>",
                },
            ),
            (
                "checklist",
                {
                    "title": "What to keep in your own hands",
                    "items": [
                        "Your passport and residence permit",
                        "Copies of your marriage certificate and children's birth certificates",
                        "Your own phone and some money of your own for emergencies",
                        "The address and phone number of the Belarusian consulate",
                        "The country's emergency number (112 in the EU)",
                        "The hotline number, written on paper",
                        "Copies of all documents with your family at home",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "What happens to the children if we split up?",
                            "answer": "<p>A court in the country where the family lives "
                            "decides. Taking a child abroad without the other parent's "
                            "consent can count as abduction, even for a mother or "
                            "father. Get legal advice first.</p>",
                        },
                        {
                            "question": "Should I register with the consulate?",
                            "answer": "<p>If you live abroad for a long time, ask the "
                            "consulate how to register with it. That makes it easier "
                            "for the consulate to help you if things go wrong.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "A question about marrying abroad?",
                    "text": "Hotline consultants can tell you which documents you need, "
                    "and help if a marriage abroad has become unsafe.",
                },
            ),
        ],
    },
}

# ---------------------------------------------------------------------------
# Marriage: online dating and marriage agencies
# ---------------------------------------------------------------------------

_ONLINE_DATING_MARRIAGE_AGENCIES = {
    "key": "online-dating-marriage-agencies",
    "section": "marriage",
    "slug": {
        "ru": "znakomstva-onlajn-i-brachnye-agentstva",
        "be": "znayomstvy-anlajn-i-shlyubnyya-agenctvy",
        "en": "online-dating-and-marriage-agencies",
    },
    "title": {
        "ru": "Знакомства в интернете и брачные агентства",
        "be": "Знаёмствы ў інтэрнэце і шлюбныя агенцтвы",
        "en": "Online dating and marriage agencies",
    },
    "intro": {
        "ru": (
            "Как распознать мошенника, который играет в любовь, как безопасно "
            "встретиться с человеком из интернета и почему никому нельзя отправлять "
            "деньги и документы."
        ),
        "be": (
            "Як распазнаць ашуканца, які гуляе ў каханне, як бяспечна сустрэцца з "
            "чалавекам з інтэрнэту і чаму нікому нельга адпраўляць грошы і "
            "дакументы."
        ),
        "en": (
            "How to recognise someone faking romance to cheat you, how to meet an "
            "online contact safely, and why you should never send anyone money or "
            "documents."
        ),
    },
    "search_description": {
        "ru": "Знакомства онлайн и брачные агентства: признаки романтического "
        "мошенничества, безопасная встреча, что нельзя отправлять.",
        "be": "Знаёмствы анлайн і шлюбныя агенцтвы: прыкметы рамантычнага "
        "махлярства, бяспечная сустрэча, што нельга адпраўляць.",
        "en": "Online dating and marriage agencies: signs of a romance scam, how to "
        "meet safely, and what never to send.",
    },
    "topics": ["marriage", "safety", "trafficking"],
    "last_reviewed": "2026-10-27",
    "related": ["marrying-abroad", "signs-of-trafficking", "travel-safety-checklist"],
    "body": {
        "ru": [
            ("heading", "Признаки романтического мошенничества"),
            (
                "paragraph",
                "<p>Мошенники месяцами переписываются, чтобы завоевать доверие, а "
                "потом просят деньги или зовут приехать «к любимому человеку», где "
                "ждёт совсем не то, что обещали. Насторожитесь, если собеседник:</p>"
                "<ul>"
                "<li>очень быстро признаётся в любви и говорит о свадьбе;</li>"
                "<li>под любым предлогом не выходит на видеосвязь;</li>"
                "<li>сразу зовёт уйти с сайта знакомств в мессенджер;</li>"
                "<li>путается в рассказах о себе, работе, городе;</li>"
                "<li>вдруг попадает в беду — болезнь, таможня, арест счёта — и "
                "просит помочь деньгами;</li>"
                "<li>оплачивает вам билет, но настаивает, чтобы вас встретил «его "
                "друг».</li>"
                "</ul>"
                "<p>Фотографии собеседника можно проверить поиском по картинке: "
                "мошенники часто берут чужие снимки.</p>",
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Никогда не отправляйте",
                    "text": "<p>Деньги, коды из SMS, сканы паспорта и других "
                    "документов, интимные фотографии. Всё это используют для "
                    "обмана, шантажа и давления.</p>",
                },
            ),
            (
                "steps",
                {
                    "title": "Как встретиться безопасно",
                    "steps": [
                        {
                            "title": "Первая встреча — у вас или в нейтральном месте",
                            "text": "<p>Лучше, если человек сам приедет к вам. Если "
                            "едете вы — встречайтесь в людном месте, а не у него "
                            "дома.</p>",
                        },
                        {
                            "title": "Расскажите родным",
                            "text": "<p>Оставьте им имя, фото, телефон собеседника и "
                            "адрес, где вы будете. Договоритесь, когда будете "
                            "выходить на связь.</p>",
                        },
                        {
                            "title": "Сохраните свою независимость",
                            "text": "<p>Обратный билет, жильё и деньги — свои. Паспорт "
                            "всегда при вас.</p>",
                        },
                        {
                            "title": "Уезжайте, если что-то не так",
                            "text": "<p>Если вас встретил не тот человек, у вас "
                            "забирают документы или не отпускают — звоните по "
                            "экстренному номеру страны и на горячую линию.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Как проверить собеседника"),
            (
                "paragraph",
                "<p>Попросите созвониться по видео — и не один раз. Поищите его "
                "имя и фотографии в интернете, спросите о деталях, которые легко "
                "проверить: место работы, город, общие знакомые. Человек с честными "
                "намерениями не обижается на такие вопросы. Если он злится, давит "
                "или исчезает, вы получили ответ.</p>",
            ),
            ("heading", "Брачные агентства"),
            (
                "paragraph",
                "<p>Честное брачное агентство — зарегистрированная организация с "
                "договором, где описаны услуги и их цена. Проверьте регистрацию, "
                "поищите независимые отзывы и не платите за «приглашение» в другую "
                "страну от человека, которого вы ни разу не видели по видеосвязи.</p>",
            ),
            (
                "faq",
                {
                    "title": "Частые вопросы",
                    "items": [
                        {
                            "question": "Я уже отправил(а) деньги. Что делать?",
                            "answer": "<p>Прекратите переводы, сохраните переписку и "
                            "данные платежей, сообщите банку и администрации сайта. "
                            "Подайте заявление в милицию (в Беларуси — 102). Стыдиться "
                            "нечего: так обманывают очень многих.</p>",
                        },
                        {
                            "question": "Он обещает оплатить дорогу и визу. Это опасно?",
                            "answer": "<p>Само по себе — нет, но так иногда начинается "
                            "вербовка. Узнайте, на какую визу вы едете, кто вас "
                            "встретит и где вы будете жить, и оставьте себе деньги на "
                            "обратную дорогу.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Сомневаетесь в новом знакомом?",
                    "text": "Расскажите консультанту горячей линии — анонимно и без "
                    "осуждения. Мы поможем оценить риски.",
                },
            ),
        ],
        "be": [
            ("heading", "Прыкметы рамантычнага махлярства"),
            (
                "paragraph",
                "<p>Ашуканцы месяцамі перапісваюцца, каб заваяваць давер, а потым "
                "просяць грошы або клічуць прыехаць «да каханага чалавека», дзе "
                "чакае зусім не тое, што абяцалі. Насцярожцеся, калі суразмоўца:</p>"
                "<ul>"
                "<li>вельмі хутка прызнаецца ў каханні і кажа пра вяселле;</li>"
                "<li>пад любой нагодай не выходзіць на відэасувязь;</li>"
                "<li>адразу кліча пайсці з сайта знаёмстваў у месенджар;</li>"
                "<li>блытаецца ў расповедах пра сябе, працу, горад;</li>"
                "<li>раптам трапляе ў бяду — хвароба, мытня, арышт рахунку — і "
                "просіць дапамагчы грашыма;</li>"
                "<li>аплачвае вам білет, але настойвае, каб вас сустрэў «яго "
                "сябар».</li>"
                "</ul>"
                "<p>Фотаздымкі суразмоўцы можна праверыць пошукам па выяве: "
                "ашуканцы часта бяруць чужыя здымкі.</p>",
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Ніколі не адпраўляйце",
                    "text": "<p>Грошы, коды з SMS, сканы пашпарта і іншых дакументаў, "
                    "інтымныя фотаздымкі. Усё гэта выкарыстоўваюць для падману, "
                    "шантажу і ціску.</p>",
                },
            ),
            (
                "steps",
                {
                    "title": "Як сустрэцца бяспечна",
                    "steps": [
                        {
                            "title": "Першая сустрэча — у вас або ў нейтральным месцы",
                            "text": "<p>Лепш, калі чалавек сам прыедзе да вас. Калі "
                            "едзеце вы — сустракайцеся ў людным месцы, а не ў яго "
                            "дома.</p>",
                        },
                        {
                            "title": "Раскажыце родным",
                            "text": "<p>Пакіньце ім імя, фота, тэлефон суразмоўцы і "
                            "адрас, дзе вы будзеце. Дамоўцеся, калі будзеце выходзіць "
                            "на сувязь.</p>",
                        },
                        {
                            "title": "Захавайце сваю незалежнасць",
                            "text": "<p>Зваротны білет, жыллё і грошы — свае. Пашпарт "
                            "заўсёды пры вас.</p>",
                        },
                        {
                            "title": "З’язджайце, калі нешта не так",
                            "text": "<p>Калі вас сустрэў не той чалавек, у вас "
                            "забіраюць дакументы або не адпускаюць — тэлефануйце па "
                            "экстранным нумары краіны і на гарачую лінію.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Як праверыць суразмоўцу"),
            (
                "paragraph",
                "<p>Папрасіце патэлефанаваць па відэа — і не адзін раз. Пашукайце "
                "яго імя і фотаздымкі ў інтэрнэце, спытайце пра дэталі, якія лёгка "
                "праверыць: месца працы, горад, агульныя знаёмыя. Чалавек з "
                "сумленнымі намерамі не крыўдуе на такія пытанні. Калі ён злуецца, "
                "цісне на вас ці знікае, вы атрымалі адказ.</p>",
            ),
            ("heading", "Шлюбныя агенцтвы"),
            (
                "paragraph",
                "<p>Сумленнае шлюбнае агенцтва — зарэгістраваная арганізацыя з "
                "дагаворам, дзе апісаны паслугі і іх кошт. Праверце рэгістрацыю, "
                "пашукайце незалежныя водгукі і не плаціце за «запрашэнне» ў іншую "
                "краіну ад чалавека, якога вы ні разу не бачылі па відэасувязі.</p>",
            ),
            (
                "faq",
                {
                    "title": "Частыя пытанні",
                    "items": [
                        {
                            "question": "Я ўжо адправіў (адправіла) грошы. Што рабіць?",
                            "answer": "<p>Спыніце пераводы, захавайце перапіску і "
                            "даныя плацяжоў, паведаміце банку і адміністрацыі сайта. "
                            "Падайце заяву ў міліцыю (у Беларусі — 102). Саромецца "
                            "няма чаго: так падманваюць вельмі многіх.</p>",
                        },
                        {
                            "question": "Ён абяцае аплаціць дарогу і візу. Гэта небяспечна?",
                            "answer": "<p>Само па сабе — не, але так часам пачынаецца "
                            "вярбоўка. Даведайцеся, па якой візе вы едзеце, хто вас "
                            "сустрэне і дзе вы будзеце жыць, і пакіньце сабе грошы на "
                            "зваротную дарогу.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Сумняваецеся ў новым знаёмым?",
                    "text": "Раскажыце кансультанту гарачай лініі — ананімна і без "
                    "асуджэння. Мы дапаможам ацаніць рызыкі.",
                },
            ),
        ],
        "en": [
            ("heading", "Signs of a romance scam"),
            (
                "paragraph",
                "<p>Scammers may chat for months to win your trust, then ask for money "
                'or invite you to come and join "the one", where something very '
                "different is waiting. Be careful if the person:</p>"
                "<ul>"
                "<li>declares love very quickly and talks about marriage;</li>"
                "<li>always finds a reason not to video call;</li>"
                "<li>wants to move from the dating site to a messenger app right "
                "away;</li>"
                "<li>gets muddled about their life, job or home town;</li>"
                "<li>suddenly has an emergency (illness, customs, a frozen account) and "
                "asks you for money;</li>"
                '<li>pays for your ticket but insists that "a friend" will meet '
                "you.</li>"
                "</ul>"
                "<p>You can check their photos with a reverse image search: scammers "
                "often use pictures of other people.</p>",
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Never send",
                    "text": "<p>Money, codes from text messages, scans of your passport "
                    "or other documents, or intimate photos. All of these are used to "
                    "cheat, blackmail and pressure people.</p>",
                },
            ),
            (
                "steps",
                {
                    "title": "How to meet safely",
                    "steps": [
                        {
                            "title": "Meet first at home or on neutral ground",
                            "text": "<p>It is best if the other person comes to you. If "
                            "you travel, meet in a busy public place, not at their "
                            "home.</p>",
                        },
                        {
                            "title": "Tell your family",
                            "text": "<p>Leave them the person's name, photo and phone "
                            "number and the address where you will stay. Agree when "
                            "you will check in.</p>",
                        },
                        {
                            "title": "Stay independent",
                            "text": "<p>Have your own return ticket, accommodation and "
                            "money. Keep your passport with you at all times.</p>",
                        },
                        {
                            "title": "Leave if something is wrong",
                            "text": "<p>If a stranger meets you instead, or someone "
                            "takes your documents or will not let you go, call the "
                            "local emergency number and the hotline.</p>",
                        },
                    ],
                },
            ),
            ("heading", "How to check who you are talking to"),
            (
                "paragraph",
                "<p>Ask for a video call, and more than once. Search for the "
                "person's name and photos online, and ask about details that are easy "
                "to check: where they work, their town, friends in common. Someone "
                "with honest intentions will not be offended by such questions. If "
                "they get angry, push you or disappear, you have your answer.</p>",
            ),
            ("heading", "Marriage agencies"),
            (
                "paragraph",
                "<p>An honest marriage agency is a registered organisation with a "
                "contract that describes its services and prices. Check its "
                "registration, look for independent reviews, and do not pay for an "
                '"invitation" abroad from someone you have never seen on a video '
                "call.</p>",
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "I have already sent money. What now?",
                            "answer": "<p>Stop sending money, keep the messages and "
                            "payment details, and tell your bank and the dating site. "
                            "Report it to the police (102 in Belarus). There is nothing "
                            "to be ashamed of: a great many people are taken in this "
                            "way.</p>",
                        },
                        {
                            "question": "He offers to pay for my travel and visa. Is "
                            "that dangerous?",
                            "answer": "<p>Not in itself, but recruitment sometimes starts "
                            "this way. Find out which visa you are travelling on, who "
                            "will meet you and where you will stay, and keep enough "
                            "money to get home.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Unsure about someone you met online?",
                    "text": "Talk to a hotline consultant, anonymously and without "
                    "judgement. We will help you weigh up the risks.",
                },
            ),
        ],
    },
}

# ---------------------------------------------------------------------------
# Travel: the before-you-go checklist
# ---------------------------------------------------------------------------

_TRAVEL_SAFETY_CHECKLIST = {
    "key": "travel-safety-checklist",
    "section": "travel",
    "slug": {
        "ru": "chek-list-pered-poezdkoj",
        "be": "chek-list-perad-paezdkaj",
        "en": "before-you-go-checklist",
    },
    "title": {
        "ru": "Чек-лист перед поездкой за границу",
        "be": "Чэк-ліст перад паездкай за мяжу",
        "en": "Before-you-go checklist",
    },
    "intro": {
        "ru": (
            "Пройдитесь по этому списку перед отъездом. Если хотя бы на один пункт "
            "ответ «нет» или «не знаю», лучше остановиться и сначала разобраться."
        ),
        "be": (
            "Прайдзіцеся па гэтым спісе перад ад’ездам. Калі хоць на адзін пункт "
            "адказ «не» ці «не ведаю», лепш спыніцца і спачатку разабрацца."
        ),
        "en": (
            "Go through this list before you leave. If the answer to even one item "
            'is "no" or "I don\'t know", stop and sort it out first.'
        ),
    },
    "search_description": {
        "ru": "Чек-лист перед отъездом за границу: документы для любой поездки и "
        "отдельные списки для работы, учёбы, брака и туризма, копии у родных.",
        "be": "Чэк-ліст перад ад’ездам за мяжу: дакументы для любой паездкі і "
        "асобныя спісы для працы, вучобы, шлюбу і турызму, копіі ў родных.",
        "en": "Checklist before going abroad: documents for any trip, and separate "
        "lists for work, study, marriage and tourism; copies left with family.",
    },
    "topics": ["travel", "safety", "documents"],
    "last_reviewed": "2026-11-02",
    "related": ["check-job-offer", "passport-visa-basics", "documents-for-family"],
    "body": {
        "ru": [
            (
                "paragraph",
                "<p>Первый список и последние три подходят для любой поездки. Между "
                "ними — отдельные списки для работы, учёбы, поездки к жениху или "
                "невесте и туризма: отметьте тот, который про вас. На большинство "
                "пунктов уходит несколько минут, а вместе они заметно снижают риск "
                "оказаться в беде.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Для любой поездки: документы и деньги",
                    "items": trip_checks.ANY_TRIP["ru"],
                },
            ),
            (
                "checklist",
                {
                    "title": "Если вы едете работать",
                    "items": trip_checks.BY_PURPOSE["work"]["ru"],
                },
            ),
            (
                "checklist",
                {
                    "title": "Если вы едете учиться",
                    "items": trip_checks.BY_PURPOSE["study"]["ru"],
                },
            ),
            (
                "checklist",
                {
                    "title": "Если вы едете к жениху или невесте",
                    "items": trip_checks.BY_PURPOSE["marriage"]["ru"],
                },
            ),
            (
                "checklist",
                {
                    "title": "Если вы едете туристом",
                    "items": trip_checks.BY_PURPOSE["tourism"]["ru"],
                },
            ),
            (
                "checklist",
                {
                    "title": "Что оставить родным",
                    "items": [
                        "Копии паспорта, визы, договора и билетов",
                        "Адрес, где я буду работать, учиться или жить, и телефоны "
                        "работодателя, вуза, агентства или туроператора",
                        "Мою фотографию, сделанную перед отъездом",
                        "Договорённость, как часто я выхожу на связь",
                        "Кодовое слово, которое означает «мне нужна помощь»",
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Что сохранить у себя",
                    "items": [
                        "Номер горячей линии — в телефоне и на бумаге",
                        "Экстренный номер страны назначения",
                        "Адрес и телефон консульства Беларуси",
                        "Скан документов в почте, доступной только мне",
                        "Деньги на обратный билет, отдельно от остальных",
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "В первые дни на месте",
                    "items": trip_checks.FIRST_DAYS["ru"],
                },
            ),
            (
                "paragraph",
                "<p><strong>Зачем кодовое слово.</strong> Договоритесь о нём с "
                "родными заранее. Если вы произносите его в разговоре, значит, "
                "говорить открыто нельзя и нужна помощь. Родные должны знать, что "
                "делать дальше: связаться с горячей линией и рассказать всё, что им "
                "известно о вашей поездке.</p>",
            ),
            (
                "table",
                {
                    "caption": "Экстренные номера в частых странах назначения",
                    "header": ["Страна", "Номер"],
                    "rows": [
                        ["Страны ЕС (в том числе Германия, Италия, Польша)", "112"],
                        ["Германия — полиция", "110"],
                        ["Россия", "112"],
                        ["Турция", "112"],
                        ["ОАЭ", "999"],
                        ["США", "911"],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Если где-то «нет»",
                    "text": "<p>Не уезжайте «на авось». Пропущенный пункт — это не "
                    "формальность: именно с таких пропусков начинаются истории, с "
                    "которыми потом звонят на горячую линию из-за границы.</p>",
                },
            ),
            (
                "faq",
                {
                    "title": "Частые вопросы",
                    "items": [
                        {
                            "question": "Меня торопят, времени на проверку нет. Что делать?",
                            "answer": "<p>Честный работодатель, вуз или туроператор "
                            "подождёт пару дней, пока вы проверяете предложение. Спешка — "
                            "одна из уловок вербовщиков: она нужна, чтобы вы не успели "
                            "задать вопросы.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Проверьте поездку вместе с нами",
                    "text": "Не уверены в каком-то пункте? Консультанты горячей линии "
                    "бесплатно помогут разобраться до отъезда.",
                },
            ),
        ],
        "be": [
            (
                "paragraph",
                "<p>Першы спіс і апошнія тры падыходзяць для любой паездкі. Паміж імі "
                "— асобныя спісы для працы, вучобы, паездкі да жаніха ці нявесты і "
                "турызму: адзначце той, які пра вас. На большасць пунктаў сыходзіць "
                "некалькі хвілін, а разам яны заўважна зніжаюць рызыку трапіць у "
                "бяду.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Для любой паездкі: дакументы і грошы",
                    "items": trip_checks.ANY_TRIP["be"],
                },
            ),
            (
                "checklist",
                {
                    "title": "Калі вы едзеце працаваць",
                    "items": trip_checks.BY_PURPOSE["work"]["be"],
                },
            ),
            (
                "checklist",
                {
                    "title": "Калі вы едзеце вучыцца",
                    "items": trip_checks.BY_PURPOSE["study"]["be"],
                },
            ),
            (
                "checklist",
                {
                    "title": "Калі вы едзеце да жаніха ці нявесты",
                    "items": trip_checks.BY_PURPOSE["marriage"]["be"],
                },
            ),
            (
                "checklist",
                {
                    "title": "Калі вы едзеце турыстам",
                    "items": trip_checks.BY_PURPOSE["tourism"]["be"],
                },
            ),
            (
                "checklist",
                {
                    "title": "Што пакінуць родным",
                    "items": [
                        "Копіі пашпарта, візы, дагавора і білетаў",
                        "Адрас, дзе я буду працаваць, вучыцца ці жыць, і тэлефоны "
                        "працадаўцы, ВНУ, агенцтва ці тураператара",
                        "Маю фатаграфію, зробленую перад ад’ездам",
                        "Дамоўленасць, як часта я выходжу на сувязь",
                        "Кодавае слова, якое азначае «мне патрэбна дапамога»",
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Што захаваць у сябе",
                    "items": [
                        "Нумар гарачай лініі — у тэлефоне і на паперы",
                        "Экстранны нумар краіны прызначэння",
                        "Адрас і тэлефон консульства Беларусі",
                        "Скан дакументаў у пошце, даступнай толькі мне",
                        "Грошы на зваротны білет, асобна ад астатніх",
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "У першыя дні на месцы",
                    "items": trip_checks.FIRST_DAYS["be"],
                },
            ),
            (
                "paragraph",
                "<p><strong>Навошта кодавае слова.</strong> Дамоўцеся пра яго з "
                "роднымі загадзя. Калі вы вымаўляеце яго ў размове, значыць, "
                "гаварыць адкрыта нельга і патрэбна дапамога. Родныя павінны ведаць, "
                "што рабіць далей: звязацца з гарачай лініяй і расказаць усё, што ім "
                "вядома пра вашу паездку.</p>",
            ),
            (
                "table",
                {
                    "caption": "Экстранныя нумары ў частых краінах прызначэння",
                    "header": ["Краіна", "Нумар"],
                    "rows": [
                        ["Краіны ЕС (у тым ліку Германія, Італія, Польшча)", "112"],
                        ["Германія — паліцыя", "110"],
                        ["Расія", "112"],
                        ["Турцыя", "112"],
                        ["ААЭ", "999"],
                        ["ЗША", "911"],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Калі дзесьці «не»",
                    "text": "<p>Не едзьце «наўздагад». Прапушчаны пункт — гэта не "
                    "фармальнасць: менавіта з такіх пропускаў пачынаюцца гісторыі, з "
                    "якімі потым тэлефануюць на гарачую лінію з-за мяжы.</p>",
                },
            ),
            (
                "faq",
                {
                    "title": "Частыя пытанні",
                    "items": [
                        {
                            "question": "Мяне падганяюць, часу на праверку няма. Што рабіць?",
                            "answer": "<p>Сумленны працадаўца, ВНУ ці тураператар пачакае "
                            "пару дзён, пакуль вы правяраеце прапанову. Падганяць — адзін "
                            "з прыёмаў вярбоўшчыкаў: так вам не даюць часу "
                            "задаць пытанні.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Праверце паездку разам з намі",
                    "text": "Сумняваецеся ў нейкім пункце? Кансультанты гарачай лініі "
                    "бясплатна дапамогуць разабрацца да ад’езду.",
                },
            ),
        ],
        "en": [
            (
                "paragraph",
                "<p>The first list and the last three work for any trip. Between them "
                "are separate lists for work, study, joining a partner and tourism: "
                "tick the one that is yours. Most items take only a few minutes, and "
                "together they make it far less likely that you end up in "
                "trouble.</p>",
            ),
            (
                "checklist",
                {
                    "title": "For any trip: documents and money",
                    "items": trip_checks.ANY_TRIP["en"],
                },
            ),
            (
                "checklist",
                {
                    "title": "If you are going to work",
                    "items": trip_checks.BY_PURPOSE["work"]["en"],
                },
            ),
            (
                "checklist",
                {
                    "title": "If you are going to study",
                    "items": trip_checks.BY_PURPOSE["study"]["en"],
                },
            ),
            (
                "checklist",
                {
                    "title": "If you are going to join a fiancé or fiancée",
                    "items": trip_checks.BY_PURPOSE["marriage"]["en"],
                },
            ),
            (
                "checklist",
                {
                    "title": "If you are going as a tourist",
                    "items": trip_checks.BY_PURPOSE["tourism"]["en"],
                },
            ),
            (
                "checklist",
                {
                    "title": "What to leave with your family",
                    "items": [
                        "Copies of my passport, visa, contract and tickets",
                        "The address where I will work, study or stay, and the phone "
                        "numbers of the employer, school, agency or tour operator",
                        "A recent photo of me, taken before I leave",
                        "An agreement on how often I will get in touch",
                        'A code word that means "I need help"',
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "What to keep with you",
                    "items": [
                        "The hotline number, in my phone and on paper",
                        "The emergency number of the country I am going to",
                        "The address and phone number of the Belarusian consulate",
                        "Scans of my documents in an e-mail account only I can open",
                        "Money for a ticket home, kept apart from the rest",
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "In the first days after you arrive",
                    "items": trip_checks.FIRST_DAYS["en"],
                },
            ),
            (
                "paragraph",
                "<p><strong>Why a code word.</strong> Agree on one with your family "
                "in advance. If you use it in a conversation, it means you cannot speak "
                "openly and need help. Your family should know what to do next: "
                "contact the hotline and tell them everything they know about your "
                "trip.</p>",
            ),
            (
                "table",
                {
                    "caption": "Emergency numbers in common destinations",
                    "header": ["Country", "Number"],
                    "rows": [
                        ["EU countries (including Germany, Italy, Poland)", "112"],
                        ["Germany: police", "110"],
                        ["Russia", "112"],
                        ["Turkey", "112"],
                        ["UAE", "999"],
                        ["USA", "911"],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": 'If any answer is "no"',
                    "text": "<p>Do not just go and hope for the best. A missed item "
                    "is not a formality: the stories people later call the hotline "
                    "about from abroad often begin with exactly such a gap.</p>",
                },
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "I am being rushed and have no "
                            "time to check. What should I do?",
                            "answer": "<p>An honest employer, school or tour operator will "
                            "wait a couple of days while you check the offer. Rushing you "
                            "is a recruiter's trick: it is meant to stop you asking "
                            "questions.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Check your trip with us",
                    "text": "Not sure about one of the items? Hotline consultants will "
                    "help you sort it out before you leave, free of charge.",
                },
            ),
        ],
    },
}

# ---------------------------------------------------------------------------
# Travel: passport and visa basics
# ---------------------------------------------------------------------------

_PASSPORT_VISA_BASICS = {
    "key": "passport-visa-basics",
    "section": "travel",
    "slug": {
        "ru": "pasport-i-viza",
        "be": "pashpart-i-viza",
        "en": "passport-and-visa-basics",
    },
    "title": {
        "ru": "Паспорт и виза: что важно знать",
        "be": "Пашпарт і віза: што важна ведаць",
        "en": "Passport and visa basics",
    },
    "intro": {
        "ru": (
            "Срок действия паспорта, типы виз, чем опасно просрочить пребывание и "
            "почему по туристической визе нельзя работать."
        ),
        "be": (
            "Тэрмін дзеяння пашпарта, тыпы віз, чым небяспечна пратэрмінаваць "
            "знаходжанне і чаму па турыстычнай візе нельга працаваць."
        ),
        "en": (
            "How long your passport must be valid, the main types of visa, why "
            "overstaying is risky, and why a tourist visa is not a work visa."
        ),
    },
    "search_description": {
        "ru": "Паспорт и виза для поездки за границу: срок действия, виды виз, "
        "просрочка пребывания, почему туристическая виза не рабочая.",
        "be": "Пашпарт і віза для паездкі за мяжу: тэрмін дзеяння, віды віз, "
        "пратэрмінаванае знаходжанне, чаму турыстычная віза не працоўная.",
        "en": "Passport and visa basics for travel abroad: validity, visa types, "
        "overstaying, and why a tourist visa does not let you work.",
    },
    "topics": ["documents", "travel"],
    "last_reviewed": "2026-12-06",
    "sources": sources(
        DECREE_278, CERTIFICATE_OF_RETURN, CZECH_FOREIGN_MINISTRY, EU_IMMIGRATION_PORTAL
    ),
    "related": ["documents-abroad-decree-278", "travel-safety-checklist", "contracts-work-permits"],
    "body": {
        "ru": [
            ("heading", "Срок действия паспорта"),
            (
                "paragraph",
                "<p>Начните с простого: посмотрите, до какого числа действует ваш паспорт. Многие "
                "страны требуют, чтобы он был действителен ещё несколько месяцев после выезда из "
                "страны. Например, для Шенгенской зоны — не меньше трёх месяцев после планируемого "
                "выезда, и выдан он должен быть не раньше чем десять лет назад. Паспорт должен "
                "действовать на весь срок поездки и ещё с запасом, и в нём должно быть несколько "
                "чистых страниц.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "За границей паспорт не продлят и не заменят",
                    "text": (
                        "<p>С 7 сентября 2023 года, по Указу № 278, посольства и консульства Беларуси не "
                        "выдают, не обменивают и не продлевают паспорта: это делают только в Беларуси. Если "
                        "срок паспорта закончился за границей или паспорт потерян, консульство выдаст "
                        "свидетельство на возвращение. По нему можно один раз въехать в Беларусь, проехав "
                        "через другие страны транзитом, но нельзя жить за границей или ехать в другую "
                        "страну.</p><p>Если паспорт скоро закончится, замените его до отъезда. Как вернуться "
                        "домой со свидетельством, рассказано в руководстве о документах за границей.</p>"
                    ),
                },
            ),
            ("heading", "Какие бывают визы"),
            (
                "table",
                {
                    "caption": "Основные типы виз",
                    "header": ["Виза", "Для чего", "Можно ли работать"],
                    "rows": [
                        ["Туристическая, гостевая", "Отдых, поездки к знакомым", "Нет"],
                        ["Транзитная", "Проезд через страну", "Нет"],
                        [
                            "Рабочая",
                            "Работа у конкретного работодателя",
                            "Да, на условиях визы и разрешения",
                        ],
                        [
                            "Студенческая",
                            "Учёба",
                            "Зависит от страны, обычно с ограничением по часам",
                        ],
                        [
                            "Семейная",
                            "Жизнь с супругом или родственником",
                            "Зависит от страны",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>В Шенгенской зоне по краткосрочной визе или без визы можно "
                "находиться не больше 90 дней в любом периоде из 180 дней. Безвизовый "
                "въезд, где он есть, тоже не даёт права работать. И помните: виза — "
                "это разрешение попросить о въезде, а окончательное решение "
                "принимает пограничник.</p>",
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Туристическая виза — не рабочая",
                    "text": "<p>Если вам предлагают ехать на заработки по туристической "
                    "визе, это незаконная работа. Вы остаётесь без договора, без "
                    "страховки и без защиты, вас легко обмануть с оплатой, а при "
                    "проверке вас могут выслать из страны и запретить въезд.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Визы «без очереди» от посредников",
                    "text": "<p>Виза, купленная у посредника «без очереди и без "
                    "документов», может оказаться поддельной или выданной по ложным "
                    "сведениям. С ней могут задержать на границе и закрыть въезд. "
                    "Подавайте документы сами в консульство или визовый центр "
                    "страны.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Чехия: визы для граждан Беларуси почти не выдают",
                    "text": (
                        "<p>С 2022 года Чехия, за немногими исключениями, не принимает от граждан Беларуси "
                        "заявления на визы и разрешения на пребывание; в 2024 году правительство Чехии "
                        "продлило это ограничение без конечного срока. Исключения касаются, например, "
                        "гуманитарных случаев, членов семей граждан Чехии и ЕС и родственников тех, у кого "
                        "уже есть чешский вид на жительство. Точный список публикует МИД "
                        "Чехии.</p><p>Поэтому предложение «польская виза, работа в Чехии» — это незаконная "
                        "работа. Польская рабочая виза даёт право работать только в Польше, а с шенгенской "
                        "визой в другие страны Шенгена можно только съездить, не больше 90 дней и без права "
                        "работать. Работник без чешского разрешения остаётся без защиты, его могут выслать и "
                        "запретить въезд во все страны Шенгена.</p>"
                    ),
                },
            ),
            (
                "check_note",
                {
                    "text": (
                        "Исключения из чешского ограничения приведены по сообщениям 2022–2024 годов "
                        "(гуманитарные случаи, члены семей граждан Чехии и ЕС, родственники держателей "
                        "чешского вида на жительство). Сверьте точный и действующий список с сайтами МИД "
                        "Чехии (mzv.gov.cz) и МВД Чехии (mvcr.cz), исправьте текст выше и удалите эту "
                        "заметку."
                    ),
                },
            ),
            ("heading", "Чем опасна просрочка"),
            (
                "paragraph",
                "<p>Если вы остались в стране дольше, чем разрешает виза, вас могут "
                "оштрафовать, выдворить и закрыть въезд на несколько лет, иногда во "
                "все страны Шенгенской зоны сразу. Человек без законного статуса "
                "боится обращаться в полицию — этим и пользуются недобросовестные "
                "работодатели.</p>",
            ),
            (
                "faq",
                {
                    "title": "Частые вопросы",
                    "items": [
                        {
                            "question": "Работодатель говорит, что визу «продлят на "
                            "месте». Верить?",
                            "answer": "<p>Уточните в консульстве или миграционной "
                            "службе страны, возможно ли это в вашем случае. Чаще "
                            "всего сменить туристическую визу на рабочую внутри "
                            "страны нельзя.</p>",
                        },
                        {
                            "question": "Я потерял(а) паспорт за границей. Что делать?",
                            "answer": (
                                "<p>Заявите о потере в полицию и возьмите справку о заявлении. Потом обратитесь в "
                                "посольство или консульство Беларуси: нового паспорта там не выдадут, но оформят "
                                "свидетельство на возвращение, чтобы вы могли вернуться домой. Нужны фотографии, "
                                "справка из полиции и, если есть, копия паспорта: она сильно ускорит дело.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Вопрос о паспорте или визе?",
                    "text": "Консультанты горячей линии подскажут, какая виза нужна "
                    "для вашей поездки и что делать, если с документами что-то "
                    "пошло не так.",
                },
            ),
        ],
        "be": [
            ("heading", "Тэрмін дзеяння пашпарта"),
            (
                "paragraph",
                "<p>Пачніце з простага: паглядзіце, да якога чысла дзейнічае ваш пашпарт. Многія "
                "краіны патрабуюць, каб ён быў сапраўдным яшчэ некалькі месяцаў пасля выезду з "
                "краіны. Напрыклад, для Шэнгенскай зоны — не менш за тры месяцы пасля планаванага "
                "выезду, і выдадзены ён павінен быць не раней чым дзесяць гадоў таму. Пашпарт "
                "павінен дзейнічаць на ўвесь тэрмін паездкі і яшчэ з запасам, і ў ім павінна быць "
                "некалькі чыстых старонак.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "За мяжой пашпарт не падоўжаць і не заменяць",
                    "text": (
                        "<p>З 7 верасня 2023 года, паводле Указа № 278, пасольствы і консульствы Беларусі не "
                        "выдаюць, не абменьваюць і не падаўжаюць пашпарты: гэта робяць толькі ў Беларусі. "
                        "Калі тэрмін пашпарта скончыўся за мяжой або пашпарт згублены, консульства выдасць "
                        "пасведчанне на вяртанне. Па ім можна адзін раз уехаць у Беларусь, праехаўшы праз "
                        "іншыя краіны транзітам, але нельга жыць за мяжой або ехаць у іншую "
                        "краіну.</p><p>Калі тэрмін пашпарта хутка скончыцца, замяніце яго да ад’езду. Як "
                        "вярнуцца дадому з пасведчаннем, расказана ў дапаможніку пра дакументы за мяжой.</p>"
                    ),
                },
            ),
            ("heading", "Якія бываюць візы"),
            (
                "table",
                {
                    "caption": "Асноўныя тыпы віз",
                    "header": ["Віза", "Для чаго", "Ці можна працаваць"],
                    "rows": [
                        ["Турыстычная, гасцявая", "Адпачынак, паездкі да знаёмых", "Не"],
                        ["Транзітная", "Праезд праз краіну", "Не"],
                        [
                            "Працоўная",
                            "Праца ў канкрэтнага працадаўцы",
                            "Так, на ўмовах візы і дазволу",
                        ],
                        [
                            "Студэнцкая",
                            "Вучоба",
                            "Залежыць ад краіны, звычайна з абмежаваннем па гадзінах",
                        ],
                        [
                            "Сямейная",
                            "Жыццё з мужам, жонкай ці сваяком",
                            "Залежыць ад краіны",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>У Шэнгенскай зоне па кароткатэрміновай візе або без візы можна "
                "знаходзіцца не больш за 90 дзён у любым перыядзе са 180 дзён. "
                "Бязвізавы ўезд, дзе ён ёсць, таксама не дае права працаваць. І "
                "памятайце: віза — гэта дазвол папрасіць пра ўезд, а канчатковае "
                "рашэнне прымае памежнік.</p>",
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Турыстычная віза — не працоўная",
                    "text": "<p>Калі вам прапануюць ехаць на заробкі па турыстычнай "
                    "візе, гэта незаконная праца. Вы застаяцеся без дагавора, без "
                    "страхоўкі і без абароны, вас лёгка падмануць з аплатай, а пры "
                    "праверцы вас могуць выслаць з краіны і забараніць уезд.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Візы «без чаргі» ад пасярэднікаў",
                    "text": "<p>Віза, купленая ў пасярэдніка «без чаргі і без "
                    "дакументаў», можа аказацца падробленай або выдадзенай па "
                    "няпраўдзівых звестках. З ёю могуць затрымаць на мяжы і закрыць "
                    "уезд. Падавайце дакументы самі ў консульства або візавы цэнтр "
                    "краіны.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Чэхія: візы грамадзянам Беларусі амаль не выдаюць",
                    "text": (
                        "<p>З 2022 года Чэхія, за нешматлікімі выключэннямі, не прымае ад грамадзян Беларусі "
                        "заяў на візы і дазволы на знаходжанне; у 2024 годзе ўрад Чэхіі падоўжыў гэтае "
                        "абмежаванне без канчатковага тэрміну. Выключэнні тычацца, напрыклад, гуманітарных "
                        "выпадкаў, членаў сем’яў грамадзян Чэхіі і ЕС і сваякоў тых, у каго ўжо ёсць чэшскі "
                        "від на жыхарства. Дакладны спіс публікуе МЗС Чэхіі.</p><p>Таму прапанова «польская "
                        "віза, праца ў Чэхіі» — гэта незаконная праца. Польская працоўная віза дае права "
                        "працаваць толькі ў Польшчы, а з шэнгенскай візай у іншыя краіны Шэнгена можна "
                        "толькі з’ездзіць, не больш як на 90 дзён і без права працаваць. Работнік без "
                        "чэшскага дазволу застаецца без абароны, яго могуць выслаць і забараніць уезд ва ўсе "
                        "краіны Шэнгена.</p>"
                    ),
                },
            ),
            (
                "check_note",
                {
                    "text": (
                        "Выключэнні з чэшскага абмежавання пададзены паводле паведамленняў 2022–2024 гадоў "
                        "(гуманітарныя выпадкі, члены сем’яў грамадзян Чэхіі і ЕС, сваякі ўладальнікаў "
                        "чэшскага віду на жыхарства). Зверце дакладны і сённяшні спіс з сайтамі МЗС Чэхіі "
                        "(mzv.gov.cz) і МУС Чэхіі (mvcr.cz), выпраўце тэкст вышэй і выдаліце гэтую нататку."
                    ),
                },
            ),
            ("heading", "Чым небяспечнае пратэрмінаванне"),
            (
                "paragraph",
                "<p>Калі вы засталіся ў краіне даўжэй, чым дазваляе віза, вас могуць "
                "аштрафаваць, выдварыць і закрыць уезд на некалькі гадоў, часам ва "
                "ўсе краіны Шэнгенскай зоны адразу. Чалавек без законнага статусу "
                "баіцца звяртацца ў паліцыю — гэтым і карыстаюцца несумленныя "
                "працадаўцы.</p>",
            ),
            (
                "faq",
                {
                    "title": "Частыя пытанні",
                    "items": [
                        {
                            "question": "Працадаўца кажа, што візу «падоўжаць на месцы». Верыць?",
                            "answer": "<p>Удакладніце ў консульстве або міграцыйнай "
                            "службе краіны, ці магчыма гэта ў вашым выпадку. Часцей "
                            "за ўсё змяніць турыстычную візу на працоўную ўнутры "
                            "краіны нельга.</p>",
                        },
                        {
                            "question": "Я згубіў (згубіла) пашпарт за мяжой. Што рабіць?",
                            "answer": (
                                "<p>Заявіце пра страту ў паліцыю і вазьміце даведку пра заяву. Потым звярніцеся ў "
                                "пасольства ці консульства Беларусі: новага пашпарта там не выдадуць, але аформяць "
                                "пасведчанне на вяртанне, каб вы маглі вярнуцца дадому. Патрэбныя фотаздымкі, "
                                "даведка з паліцыі і, калі ёсць, копія пашпарта: яна моцна паскорыць справу.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Пытанне пра пашпарт ці візу?",
                    "text": "Кансультанты гарачай лініі падкажуць, якая віза патрэбна "
                    "для вашай паездкі і што рабіць, калі з дакументамі нешта "
                    "пайшло не так.",
                },
            ),
        ],
        "en": [
            ("heading", "How long your passport must be valid"),
            (
                "paragraph",
                "<p>Start with the basics: check the expiry date in your passport. Many countries "
                "require it to remain valid for several months after you leave. For the Schengen "
                "area, for example, it must be valid for at least three months after your planned "
                "departure and have been issued within the last ten years. Your passport should be "
                "valid for the whole stay plus a margin, with a few blank pages.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Your passport cannot be renewed or replaced abroad",
                    "text": (
                        "<p>Since 7 September 2023, under Decree No. 278, Belarusian embassies and "
                        "consulates no longer issue, replace or renew passports: that is done only in "
                        "Belarus. If your passport expires while you are abroad, or is lost, the consulate "
                        "issues a certificate of return. It lets you enter Belarus once, passing through "
                        "other countries on the way, but not live abroad or travel anywhere else.</p><p>If "
                        "your passport will expire soon, replace it before you leave. How to get home with a "
                        "certificate of return is explained in the guide on documents abroad.</p>"
                    ),
                },
            ),
            ("heading", "Types of visa"),
            (
                "table",
                {
                    "caption": "The main types of visa",
                    "header": ["Visa", "What it is for", "Can you work?"],
                    "rows": [
                        ["Tourist or visitor", "Holidays, visiting friends", "No"],
                        ["Transit", "Passing through the country", "No"],
                        [
                            "Work",
                            "A job with a specific employer",
                            "Yes, on the terms of the visa and permit",
                        ],
                        [
                            "Student",
                            "Study",
                            "Depends on the country, usually with limited hours",
                        ],
                        [
                            "Family",
                            "Living with a spouse or relative",
                            "Depends on the country",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>In the Schengen area a short-stay visa, or visa-free entry, lets "
                "you stay no more than 90 days in any 180-day period. Visa-free entry, "
                "where it applies, does not let you work either. And remember: a visa "
                "lets you ask to enter; the border officer makes the final "
                "decision.</p>",
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "A tourist visa is not a work visa",
                    "text": "<p>If you are offered work abroad on a tourist visa, the "
                    "job is illegal. You will have no contract, no insurance and no "
                    "protection, it is easy to cheat you out of your pay, and if you "
                    "are caught you can be deported and banned from returning.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": '"Fast-track" visas from intermediaries',
                    "text": '<p>A visa bought from an intermediary "with no queue and no '
                    'paperwork" may be forged or issued on false information. It can '
                    "get you stopped at the border and banned from entering. Apply "
                    "yourself at the country's consulate or visa centre.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Czechia hardly issues visas to Belarusian citizens",
                    "text": (
                        "<p>Since 2022 Czechia has, with a few exceptions, not accepted visa and residence "
                        "applications from Belarusian citizens; in 2024 the Czech government extended this "
                        "restriction with no end date. The exceptions concern, for example, humanitarian "
                        "cases, family members of Czech and EU citizens, and relatives of people who already "
                        "hold a Czech residence permit. The Czech Ministry of Foreign Affairs publishes the "
                        'exact list.</p><p>So an offer of "a Polish visa and a job in Czechia" means illegal '
                        "work. A Polish work visa lets you work in Poland only, and a Schengen visa lets you "
                        "visit other Schengen countries for up to 90 days without the right to work. A "
                        "worker without a Czech permit has no protection and can be removed and banned from "
                        "the whole Schengen area.</p>"
                    ),
                },
            ),
            (
                "check_note",
                {
                    "text": (
                        "The exceptions to the Czech restriction are given as reported in 2022–2024 "
                        "(humanitarian cases, family members of Czech and EU citizens, relatives of Czech "
                        "residence permit holders). Check the exact current list on the sites of the Czech "
                        "Ministry of Foreign Affairs (mzv.gov.cz) and Ministry of the Interior (mvcr.cz), "
                        "correct the text above and delete this note."
                    ),
                },
            ),
            ("heading", "Why overstaying is risky"),
            (
                "paragraph",
                "<p>If you stay longer than your visa allows, you can be fined, removed "
                "from the country and banned from entering for several years, "
                "sometimes from the whole Schengen area at once. People without legal "
                "status are afraid to go to the police, and dishonest employers take "
                "advantage of exactly that.</p>",
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": 'My employer says the visa "will be extended '
                            'there". Should I believe it?',
                            "answer": "<p>Check with the consulate or the country's "
                            "migration authority whether that is possible in your case. "
                            "In most countries you cannot switch from a tourist visa to "
                            "a work visa without leaving.</p>",
                        },
                        {
                            "question": "I lost my passport abroad. What should I do?",
                            "answer": (
                                "<p>Report the loss to the police and ask for a note of your report. Then go to the "
                                "Belarusian embassy or consulate: it cannot issue a new passport, but it will issue "
                                "a certificate of return so that you can get home. Bring photos, the police note "
                                "and, if you have one, a copy of your passport: it will speed things up a lot.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "A question about passports or visas?",
                    "text": "Hotline consultants can tell you which visa your trip "
                    "needs, and what to do if something has gone wrong with your "
                    "documents.",
                },
            ),
        ],
    },
}


# ---------------------------------------------------------------------------
# Work: coming home after working abroad
# ---------------------------------------------------------------------------

_COMING_HOME_AFTER_WORK = {
    "key": "coming-home-after-work-abroad",
    "section": "work",
    "slug": {
        "ru": "vozvrashchenie-posle-raboty-za-rubezhom",
        "be": "vyartanne-paslya-pratsy-za-myazhoy",
        "en": "coming-home-after-work-abroad",
    },
    "title": {
        "ru": "Возвращение домой после работы за рубежом: документы, налоги, поддержка",
        "be": "Вяртанне дадому пасля працы за мяжой: дакументы, падаткі, падтрымка",
        "en": "Coming home after working abroad: documents, tax and support",
    },
    "intro": {
        "ru": (
            "Какие бумаги забрать у работодателя до отъезда, как быть с налогом на "
            "заработанное за границей и стажем, и где искать помощь дома, если "
            "поездка закончилась плохо."
        ),
        "be": (
            "Якія паперы забраць у працадаўцы да ад’езду, як быць з падаткам на "
            "заробленае за мяжой і стажам, і дзе шукаць дапамогу дома, калі паездка "
            "скончылася дрэнна."
        ),
        "en": (
            "Which papers to collect from your employer before you leave, what to do "
            "about tax on what you earned abroad and your pension record, and where "
            "to find help at home if the trip ended badly."
        ),
    },
    "search_description": {
        "ru": "Возвращение после работы за границей: документы от работодателя, "
        "декларация о доходах, стаж для пенсии, невыплаченная зарплата, помощь дома.",
        "be": "Вяртанне пасля працы за мяжой: дакументы ад працадаўцы, дэкларацыя "
        "аб даходах, стаж для пенсіі, нявыплачаны заробак, дапамога дома.",
        "en": "Coming back after work abroad: papers from the employer, declaring "
        "income, pension record, unpaid wages and help at home.",
    },
    "topics": ["employment", "documents", "labour-rights"],
    "last_reviewed": "2026-12-06",
    "sources": sources(DECREE_278, CERTIFICATE_OF_RETURN, IOM_BELARUS),
    "related": ["documents-abroad-decree-278", "sending-money-home", "returning-home"],
    "body": {
        "ru": [
            ("heading", "Перед отъездом: заберите документы"),
            (
                "checklist",
                {
                    "title": "Что взять у работодателя",
                    "items": [
                        "Трудовой договор и все дополнения к нему",
                        "Расчётные листки за каждый месяц",
                        "Справку о доходах и удержанных налогах за каждый год работы",
                        "Справку или запись о периоде работы и должности",
                        "Документ об увольнении или окончании договора",
                        "Окончательный расчёт: последнюю зарплату и оплату "
                        "неиспользованного отпуска",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Эти бумаги легче получить, пока вы ещё в стране: потом работодатель "
                "может перестать отвечать. Сделайте их фото или сканы и отправьте себе на "
                "почту. Они понадобятся для налоговой, для пенсии и для того, чтобы "
                "потребовать недоплаченное.</p>",
            ),
            (
                "heading",
                "Паспорт для дороги домой",
            ),
            (
                "paragraph",
                (
                    "<p>Посмотрите срок паспорта заранее. С сентября 2023 года (Указ № 278) посольства и "
                    "консульства Беларуси не выдают и не продлевают паспорта. Если паспорт закончился "
                    "или потерян, консульство оформит свидетельство на возвращение: по нему можно один "
                    "раз въехать в Беларусь. Дома новый паспорт оформляют в подразделении по гражданству "
                    "и миграции по месту жительства.</p>"
                ),
            ),
            ("heading", "Налог на доход, полученный за границей"),
            (
                "paragraph",
                "<p>Если в году, когда вы работали за рубежом, вы провели в Беларуси "
                "больше 183 дней, вы налоговый резидент Беларуси, и доход из-за границы "
                "нужно задекларировать в налоговой инспекции по месту жительства — как "
                "правило, до 1 марта следующего года. Налог, уже уплаченный в другой "
                "стране, может быть зачтён, если у Беларуси есть с ней соглашение об "
                "избежании двойного налогообложения: для этого нужна справка об уплате "
                "налога из той страны. Если в Беларуси вы провели меньше 183 дней, "
                "белорусским налоговым резидентом за этот год вы не были.</p>"
                "<p>Сроки и формы время от времени меняются: перед подачей уточните их в "
                "своей налоговой инспекции. Во многих странах работы можно вернуть "
                "переплаченный налог, подав там годовую декларацию, — для этого тоже "
                "нужна справка работодателя.</p>",
            ),
            ("heading", "Стаж и пенсия"),
            (
                "paragraph",
                "<p>Работа за рубежом засчитывается в белорусский стаж не всегда: это "
                "зависит от договора о пенсионном обеспечении между Беларусью и страной, "
                "где вы работали. Сохраните документы о периоде работы и уплаченных "
                "взносах и спросите в отделе Фонда социальной защиты населения по месту "
                "жительства, что из них пригодится.</p>",
            ),
            ("heading", "Если вам не доплатили"),
            (
                "paragraph",
                "<p>Требовать заработанное можно и после возвращения: письменно у "
                "работодателя, через трудовую инспекцию или суд той страны. Сроки для "
                "таких требований ограничены, поэтому не откладывайте. Консультант "
                "горячей линии подскажет, куда обращаться в конкретной стране.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Если с вами обошлись как с подневольным работником",
                    "text": "<p>Если вас обманули, удерживали, отбирали документы или "
                    "деньги, вы можете бесплатно получить медицинскую, юридическую и "
                    "психологическую помощь через горячую линию. Может быть доступна и "
                    "поддержка реинтеграции от Международной организации по миграции — "
                    "финансовая помощь и оплаченное профессиональное обучение, если её "
                    "программы действуют и вы подходите под их условия. "
                    "Государственная горячая линия по безопасной миграции "
                    "Департамента по гражданству и миграции МВД отвечает и тем, кто "
                    "вернулся, и может начать официальное расследование.</p>",
                },
            ),
            ("heading", "Работа дома"),
            (
                "paragraph",
                "<p>Если вы ищете работу после возвращения, встаньте на учёт в "
                "управлении по труду, занятости и социальной защите райисполкома: там "
                "предлагают вакансии и бесплатное обучение новой профессии. Опыт, "
                "полученный за рубежом, стоит подтвердить документами — договором, "
                "справками, сертификатами о курсах.</p>",
            ),
            (
                "hotline_cta",
                {
                    "title": "Вернулись и не знаете, с чего начать?",
                    "text": "Консультант горячей линии поможет разобраться с документами, "
                    "долгами работодателя и тем, куда обратиться дома.",
                },
            ),
        ],
        "be": [
            ("heading", "Перад ад’ездам: забярыце дакументы"),
            (
                "checklist",
                {
                    "title": "Што ўзяць у працадаўцы",
                    "items": [
                        "Працоўны дагавор і ўсе дадаткі да яго",
                        "Разліковыя лісткі за кожны месяц",
                        "Даведку пра даходы і ўтрыманыя падаткі за кожны год працы",
                        "Даведку ці запіс пра перыяд працы і пасаду",
                        "Дакумент пра звальненне ці заканчэнне дагавора",
                        "Канчатковы разлік: апошні заробак і аплату невыкарыстанага адпачынку",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Гэтыя паперы лягчэй атрымаць, пакуль вы яшчэ ў краіне: потым "
                "працадаўца можа перастаць адказваць. Зрабіце іх фота ці сканы і "
                "адпраўце сабе на пошту. Яны спатрэбяцца для падатковай, для пенсіі і "
                "для таго, каб запатрабаваць недаплачанае.</p>",
            ),
            (
                "heading",
                "Пашпарт для дарогі дадому",
            ),
            (
                "paragraph",
                (
                    "<p>Паглядзіце тэрмін пашпарта загадзя. З верасня 2023 года (Указ № 278) пасольствы "
                    "і консульствы Беларусі не выдаюць і не падаўжаюць пашпарты. Калі пашпарт скончыўся "
                    "ці згублены, консульства аформіць пасведчанне на вяртанне: па ім можна адзін раз "
                    "уехаць у Беларусь. Дома новы пашпарт афармляюць у падраздзяленні па грамадзянстве і "
                    "міграцыі па месцы жыхарства.</p>"
                ),
            ),
            ("heading", "Падатак на даход, атрыманы за мяжой"),
            (
                "paragraph",
                "<p>Калі ў годзе, калі вы працавалі за мяжой, вы правялі ў Беларусі "
                "больш за 183 дні, вы падатковы рэзідэнт Беларусі, і даход з-за мяжы "
                "трэба задэклараваць у падатковай інспекцыі па месцы жыхарства — як "
                "правіла, да 1 сакавіка наступнага года. Падатак, ужо ўплачаны ў іншай "
                "краіне, можа быць залічаны, калі ў Беларусі ёсць з ёй пагадненне аб "
                "пазбяганні падвойнага падаткаабкладання: для гэтага патрэбна даведка "
                "аб уплаце падатку з той краіны. Калі ў Беларусі вы правялі менш за 183 "
                "дні, беларускім падатковым рэзідэнтам за гэты год вы не былі.</p>"
                "<p>Тэрміны і формы час ад часу мяняюцца: перад падачай удакладніце іх у "
                "сваёй падатковай інспекцыі. У многіх краінах працы можна вярнуць "
                "пераплачаны падатак, падаўшы там гадавую дэкларацыю, — для гэтага "
                "таксама патрэбна даведка працадаўцы.</p>",
            ),
            ("heading", "Стаж і пенсія"),
            (
                "paragraph",
                "<p>Праца за мяжой залічваецца ў беларускі стаж не заўсёды: гэта "
                "залежыць ад дагавора аб пенсійным забеспячэнні паміж Беларуссю і "
                "краінай, дзе вы працавалі. Захавайце дакументы пра перыяд працы і "
                "ўплачаныя ўзносы і спытайце ў аддзеле Фонду сацыяльнай абароны "
                "насельніцтва па месцы жыхарства, што з іх спатрэбіцца.</p>",
            ),
            ("heading", "Калі вам не даплацілі"),
            (
                "paragraph",
                "<p>Патрабаваць заробленае можна і пасля вяртання: пісьмова ў "
                "працадаўцы, праз інспекцыю працы ці суд той краіны. Тэрміны для "
                "такіх патрабаванняў абмежаваныя, таму не адкладвайце. Кансультант "
                "гарачай лініі падкажа, куды звяртацца ў канкрэтнай краіне.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Калі з вамі абыходзіліся як з прымусовым працаўніком",
                    "text": "<p>Калі вас падманулі, утрымлівалі, адбіралі дакументы ці "
                    "грошы, вы можаце бясплатна атрымаць медыцынскую, юрыдычную і "
                    "псіхалагічную дапамогу праз гарачую лінію. Можа быць даступная і "
                    "падтрымка рэінтэграцыі ад Міжнароднай арганізацыі па міграцыі — "
                    "фінансавая дапамога і аплачанае прафесійнае навучанне, калі яе "
                    "праграмы дзейнічаюць і вы падыходзіце пад іх умовы. Дзяржаўная гарачая "
                    "лінія па бяспечнай міграцыі Дэпартамента па грамадзянстве і "
                    "міграцыі МУС адказвае і тым, хто вярнуўся, і можа пачаць афіцыйнае "
                    "расследаванне.</p>",
                },
            ),
            ("heading", "Праца дома"),
            (
                "paragraph",
                "<p>Калі вы шукаеце працу пасля вяртання, станьце на ўлік ва ўпраўленні "
                "па працы, занятасці і сацыяльнай абароне райвыканкама: там прапануюць "
                "вакансіі і бясплатнае навучанне новай прафесіі. Досвед, атрыманы за "
                "мяжой, варта пацвердзіць дакументамі — дагаворам, даведкамі, "
                "сертыфікатамі пра курсы.</p>",
            ),
            (
                "hotline_cta",
                {
                    "title": "Вярнуліся і не ведаеце, з чаго пачаць?",
                    "text": "Кансультант гарачай лініі дапаможа разабрацца з "
                    "дакументамі, даўгамі працадаўцы і тым, куды звярнуцца дома.",
                },
            ),
        ],
        "en": [
            ("heading", "Before you leave: collect your papers"),
            (
                "checklist",
                {
                    "title": "What to get from your employer",
                    "items": [
                        "Your employment contract and every amendment to it",
                        "A payslip for every month",
                        "A statement of your income and the tax withheld for each year",
                        "A statement or record of how long you worked and in what job",
                        "The document ending your employment or contract",
                        "Your final pay: the last wages and pay for unused holiday",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>These papers are easier to get while you are still in the country: "
                "later the employer may stop answering. Photograph or scan them and "
                "e-mail them to yourself. You will need them for the tax office, for "
                "your pension and to claim anything you were underpaid.</p>",
            ),
            (
                "heading",
                "Your passport for the journey home",
            ),
            (
                "paragraph",
                (
                    "<p>Check your passport's expiry date early. Since September 2023 (Decree No. 278) "
                    "Belarusian embassies and consulates no longer issue or renew passports. If yours "
                    "has expired or is lost, the consulate will issue a certificate of return, which "
                    "lets you enter Belarus once. At home, you apply for a new passport at the "
                    "citizenship and migration office where you live.</p>"
                ),
            ),
            ("heading", "Tax on income earned abroad"),
            (
                "paragraph",
                "<p>If, in a year when you worked abroad, you spent more than 183 days "
                "in Belarus, you are a Belarusian tax resident, and the income from "
                "abroad must be declared to the tax inspectorate where you live, as a "
                "rule by 1 March of the following year. Tax you have already paid in the "
                "other country can be credited if Belarus has a double taxation "
                "agreement with it: for that you need a certificate of the tax paid "
                "there. If you spent fewer than 183 days in Belarus, you were not a "
                "Belarusian tax resident for that year.</p>"
                "<p>Deadlines and forms change from time to time: check them with your "
                "tax inspectorate before you file. In many countries of work you can get "
                "overpaid tax back by filing a yearly return there; that also needs the "
                "employer's statement.</p>",
            ),
            ("heading", "Your pension record"),
            (
                "paragraph",
                "<p>Work abroad does not always count towards your Belarusian pension "
                "record: it depends on the pension agreement between Belarus and the "
                "country where you worked. Keep the papers on your period of work and "
                "the contributions paid, and ask the local office of the Social "
                "Protection Fund which of them you will need.</p>",
            ),
            ("heading", "If you were underpaid"),
            (
                "paragraph",
                "<p>You can still claim what you earned after you are back: in writing "
                "from the employer, or through that country's labour inspectorate or "
                "courts. Such claims have time limits, so do not put it off. A "
                "hotline consultant will tell you where to turn in the country "
                "concerned.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "If you were treated like a forced worker",
                    "text": "<p>If you were deceived, held, or had your documents or "
                    "money taken, you can get free medical, legal and psychological "
                    "help through the hotline. Reintegration support from the "
                    "International Organization for Migration, financial help and paid "
                    "vocational training, may be available too, if its programmes are "
                    "running and you qualify. The state hotline for safe migration of the "
                    "Department on Citizenship and Migration of the Ministry of Internal "
                    "Affairs also serves people who have come back, and can start an "
                    "official investigation.</p>",
                },
            ),
            ("heading", "Finding work at home"),
            (
                "paragraph",
                "<p>If you are looking for work after coming back, register with the "
                "labour, employment and social protection department of your district "
                "executive committee: it offers vacancies and free training in a new "
                "trade. Back up the experience you gained abroad with papers: your "
                "contract, statements, course certificates.</p>",
            ),
            (
                "hotline_cta",
                {
                    "title": "Back home and not sure where to start?",
                    "text": "A hotline consultant will help you sort out your papers, "
                    "what the employer still owes you, and where to turn at home.",
                },
            ),
        ],
    },
}


# ---------------------------------------------------------------------------
# Work: sending money home safely
# ---------------------------------------------------------------------------

_SENDING_MONEY_HOME = {
    "key": "sending-money-home",
    "section": "work",
    "slug": {
        "ru": "kak-bezopasno-otpravit-dengi-domoy",
        "be": "yak-byaspechna-adpravits-grashy-dadomu",
        "en": "sending-money-home-safely",
    },
    "title": {
        "ru": "Как безопасно отправлять деньги домой",
        "be": "Як бяспечна адпраўляць грошы дадому",
        "en": "Sending money home safely",
    },
    "intro": {
        "ru": (
            "Заработанное за границей должно дойти до семьи целиком. Как выбрать "
            "способ перевода, не отдать деньги мошенникам и не потерять контроль над "
            "своим счётом."
        ),
        "be": (
            "Заробленае за мяжой павінна дайсці да сям’і цалкам. Як выбраць спосаб "
            "перавесці грошы, не аддаць грошы ашуканцам і не страціць кантроль над сваім "
            "рахункам."
        ),
        "en": (
            "What you earn abroad should reach your family in full. How to choose a "
            "way to send money, keep it away from fraudsters, and stay in control of "
            "your own account."
        ),
    },
    "search_description": {
        "ru": "Денежные переводы из-за границы: банк или система переводов, комиссия и "
        "курс, мошенники, чужие карты и счета, наличные на границе.",
        "be": "Грашовыя пераводы з-за мяжы: банк ці сістэма грашовых пераводаў, камісія і "
        "курс, ашуканцы, чужыя карткі і рахункі, наяўныя на мяжы.",
        "en": "Sending money from abroad: bank or transfer service, fees and exchange "
        "rates, fraudsters, other people's cards and accounts, cash at the border.",
    },
    "topics": ["employment", "safety"],
    "last_reviewed": "2026-12-01",
    "related": ["contracts-work-permits", "coming-home-after-work-abroad", "check-job-offer"],
    "body": {
        "ru": [
            ("heading", "Выберите официальный способ"),
            (
                "paragraph",
                "<p>Надёжнее всего переводить деньги через банк или зарегистрированную "
                "систему денежных переводов: у перевода есть номер, квитанция и "
                "организация, которая за него отвечает. Передавать наличные с "
                "водителями, знакомыми или «курьерами» рискованно: если деньги пропадут, "
                "доказать ничего не получится.</p>"
                "<p>Какие переводы в Беларусь работают из конкретной страны, в последние "
                "годы менялось и зависит от банка. До отъезда спросите в своём банке, "
                "какие переводы он принимает и сколько это стоит, а на месте — в банке, "
                "где вам открыли счёт.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Перед каждым переводом",
                    "items": [
                        "Сравните полную стоимость: комиссию и курс обмена вместе",
                        "Проверьте имя получателя точно так, как в его паспорте",
                        "Сохраните квитанцию и номер перевода",
                        "Сообщите получателю номер перевода по каналу, который никто не "
                        "читает, кроме вас двоих",
                    ],
                },
            ),
            ("heading", "Ваш счёт и ваша карта — только ваши"),
            (
                "paragraph",
                "<p>Зарплата должна приходить на счёт, открытый на ваше имя. Банковскую "
                "карту, PIN-код и доступ к интернет-банку не отдавайте никому — ни "
                "работодателю, ни посреднику, ни соседу по общежитию. Если работодатель "
                "держит у себя вашу карту или платит зарплату на чужой счёт, это один "
                "из признаков трудовой эксплуатации.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Не принимайте чужие деньги на свой счёт",
                    "text": "<p>Если вам предлагают за вознаграждение принять на свою "
                    "карту чужие деньги и переслать их дальше или продать доступ к "
                    "своему счёту, откажитесь. Так мошенники прячут украденное, а "
                    "отвечать по закону может владелец счёта — то есть вы.</p>",
                },
            ),
            ("heading", "Как распознать мошенников"),
            (
                "paragraph",
                "<ul><li>«Служба безопасности банка» звонит и просит назвать код из "
                "SMS или перевести деньги на «безопасный счёт». Настоящий банк так не "
                "делает — положите трубку и перезвоните по номеру с карты.</li>"
                "<li>Чтобы «получить перевод» или «разблокировать» деньги, просят "
                "заплатить комиссию.</li>"
                "<li>Родственник пишет с нового номера и срочно просит денег. "
                "Перезвоните ему по старому номеру или спросите кодовое слово.</li>"
                "<li>Предлагают обменять деньги по курсу заметно лучше, чем в "
                "банке.</li></ul>",
            ),
            ("heading", "Если везёте наличные"),
            (
                "paragraph",
                "<p>Наличные больше чем на 10 000 долларов США в пересчёте при въезде в "
                "Беларусь из страны, которая не входит в Евразийский экономический "
                "союз, нужно письменно задекларировать на таможне — это правило союза. "
                "Храните деньги в нескольких местах, "
                "а сумму на обратную дорогу — отдельно от остальных.</p>",
            ),
            (
                "hotline_cta",
                {
                    "title": "Сомневаетесь в переводе или в работодателе?",
                    "text": "Спросите консультанта горячей линии, прежде чем отправлять "
                    "деньги или отдавать кому-то свою карту.",
                },
            ),
        ],
        "be": [
            ("heading", "Выберыце афіцыйны спосаб"),
            (
                "paragraph",
                "<p>Найнадзейней пераводзіць грошы праз банк ці зарэгістраваную "
                "сістэму грашовых пераводаў: у перавода ёсць нумар, квітанцыя і "
                "арганізацыя, якая за яго адказвае. Перадаваць наяўныя з вадзіцелямі, "
                "знаёмымі ці «кур’ерамі» рызыкоўна: калі грошы знікнуць, даказаць "
                "нічога не атрымаецца.</p>"
                "<p>Якія пераводы ў Беларусь працуюць з канкрэтнай краіны, у апошнія "
                "гады мянялася і залежыць ад банка. Да ад’езду спытайце ў сваім банку, "
                "якія пераводы ён прымае і колькі гэта каштуе, а на месцы — у банку, "
                "дзе вам адкрылі рахунак.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Перад кожным пераводам",
                    "items": [
                        "Параўнайце поўны кошт: камісію і курс абмену разам",
                        "Праверце імя атрымальніка дакладна так, як у яго пашпарце",
                        "Захавайце квітанцыю і нумар перавода",
                        "Паведаміце атрымальніку нумар перавода па канале, які ніхто не "
                        "чытае, акрамя вас дваіх",
                    ],
                },
            ),
            ("heading", "Ваш рахунак і ваша картка — толькі вашы"),
            (
                "paragraph",
                "<p>Заробак павінен прыходзіць на рахунак, адкрыты на ваша імя. "
                "Банкаўскую картку, PIN-код і доступ да інтэрнэт-банка не аддавайце "
                "нікому — ні працадаўцу, ні пасярэдніку, ні суседу па інтэрнаце. Калі "
                "працадаўца трымае ў сябе вашу картку ці плаціць заробак на чужы "
                "рахунак, гэта адна з прыкмет працоўнай эксплуатацыі.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Не прымайце чужыя грошы на свой рахунак",
                    "text": "<p>Калі вам прапануюць за ўзнагароду прыняць на сваю картку "
                    "чужыя грошы і пераслаць іх далей або прадаць доступ да свайго "
                    "рахунку, адмоўцеся. Так ашуканцы хаваюць скрадзенае, а адказваць "
                    "па законе можа ўладальнік рахунку — гэта значыць вы.</p>",
                },
            ),
            ("heading", "Як распазнаць ашуканцаў"),
            (
                "paragraph",
                "<ul><li>«Служба бяспекі банка» тэлефануе і просіць назваць код з SMS "
                "ці перавесці грошы на «бяспечны рахунак». Сапраўдны банк так не робіць "
                "— пакладзіце трубку і перазваніце па нумары з карткі.</li>"
                "<li>Каб «атрымаць перавод» ці «разблакаваць» грошы, просяць "
                "заплаціць камісію.</li>"
                "<li>Сваяк піша з новага нумара і тэрмінова просіць грошай. "
                "Перазваніце яму па старым нумары ці спытайце кодавае слова.</li>"
                "<li>Прапануюць абмяняць грошы па курсе заўважна лепшым, чым у "
                "банку.</li></ul>",
            ),
            ("heading", "Калі везяце наяўныя"),
            (
                "paragraph",
                "<p>Наяўныя больш чым на 10 000 долараў ЗША ў пераліку пры ўездзе ў "
                "Беларусь з краіны, якая не ўваходзіць у Еўразійскі эканамічны саюз, "
                "трэба пісьмова задэклараваць на мытні — гэта правіла саюза. "
                "Захоўвайце грошы ў некалькіх месцах, "
                "а суму на зваротную дарогу — асобна ад астатніх.</p>",
            ),
            (
                "hotline_cta",
                {
                    "title": "Сумняваецеся ў пераводзе ці ў працадаўцы?",
                    "text": "Спытайце кансультанта гарачай лініі, перш чым адпраўляць "
                    "грошы ці аддаваць камусьці сваю картку.",
                },
            ),
        ],
        "en": [
            ("heading", "Choose an official way"),
            (
                "paragraph",
                "<p>The safest way to send money is through a bank or a registered money "
                "transfer service: the transfer has a number, a receipt and an "
                "organisation responsible for it. Sending cash with drivers, "
                'acquaintances or "couriers" is risky: if the money disappears, you '
                "will not be able to prove anything.</p>"
                "<p>Which transfers to Belarus work from a given country has changed in "
                "recent years and depends on the bank. Before you leave, ask your bank "
                "which transfers it accepts and what they cost, and once there, ask the "
                "bank where your account was opened.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Before every transfer",
                    "items": [
                        "Compare the full cost: the fee and the exchange rate together",
                        "Check the recipient's name exactly as it is in their passport",
                        "Keep the receipt and the transfer number",
                        "Give the recipient the transfer number over a channel nobody "
                        "but the two of you reads",
                    ],
                },
            ),
            ("heading", "Your account and your card are yours alone"),
            (
                "paragraph",
                "<p>Your wages should be paid into an account in your own name. Do not "
                "give your bank card, PIN or online banking access to anyone: not the "
                "employer, not a middleman, not a room-mate. If your employer keeps your "
                "card or pays your wages into someone else's account, that is one of the "
                "signs of labour exploitation.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Do not take other people's money into your account",
                    "text": "<p>If you are offered a reward for receiving someone else's "
                    "money on your card and passing it on, or for selling access to "
                    "your account, say no. This is how fraudsters hide stolen money, "
                    "and the account holder, that is you, may answer for it under the "
                    "law.</p>",
                },
            ),
            ("heading", "How to spot fraudsters"),
            (
                "paragraph",
                '<ul><li>"The bank\'s security service" calls and asks for a code from '
                'a text message or for a transfer to a "safe account". A real bank '
                "never does this: hang up and call the number on your card.</li>"
                '<li>You are asked to pay a fee to "receive a transfer" or to '
                '"unblock" money.</li>'
                "<li>A relative writes from a new number and urgently asks for money. "
                "Call them back on the old number or ask for your code word.</li>"
                "<li>Someone offers to change money at a rate much better than the "
                "bank's.</li></ul>",
            ),
            ("heading", "If you carry cash"),
            (
                "paragraph",
                "<p>Cash worth more than 10,000 US dollars must be declared in writing "
                "at customs when you enter Belarus from a country outside the Eurasian "
                "Economic Union: this is a rule of the Union. Keep money in more than "
                "one place, and the amount for "
                "the journey home apart from the rest.</p>",
            ),
            (
                "hotline_cta",
                {
                    "title": "Unsure about a transfer or an employer?",
                    "text": "Ask a hotline consultant before you send money or hand your "
                    "card to anyone.",
                },
            ),
        ],
    },
}


GUIDES = [
    _CHECK_JOB_OFFER,
    _CONTRACTS_WORK_PERMITS,
    _EMPLOYER_TAKES_PASSPORT,
    _STUDY_ABROAD_SAFELY,
    _STUDENT_JOBS_ABROAD,
    _MARRYING_ABROAD,
    _ONLINE_DATING_MARRIAGE_AGENCIES,
    _TRAVEL_SAFETY_CHECKLIST,
    _PASSPORT_VISA_BASICS,
    _COMING_HOME_AFTER_WORK,
    _SENDING_MONEY_HOME,
]
