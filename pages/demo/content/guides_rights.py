"""Demo guides on rights and protection: debt bondage, victims' rights and
compensation under Belarusian law, minors, and domestic violence after marrying
abroad.

Plain data, see FORMAT.md. Every text exists in ru, be and en, and says the same
things in each; legal details a lawyer has not yet confirmed carry a "check_note"
for editors, which readers never see.
"""

from .sources import (
    ANTI_TRAFFICKING_LAW,
    EU_FREE_MOVEMENT_DIRECTIVE,
    FOREIGN_MINISTRY,
    ILO_FORCED_LABOUR,
    INTERIOR_MINISTRY,
    IOM_BELARUS,
    ISTANBUL_CONVENTION,
    LABOUR_CODE,
    UN_TRAFFICKING_PROTOCOL,
    VICTIM_IDENTIFICATION,
    sources,
)

_DEBT_BONDAGE = {
    "key": "debt-bondage",
    "section": "victims",
    "slug": {
        "ru": "dolgovaya-kabala",
        "be": "daugavaya-kabala",
        "en": "debt-bondage",
    },
    "title": {
        "ru": "Если вы «должны» работодателю: долговая кабала",
        "be": "Калі вы «вінны» працадаўцу: даўгавая кабала",
        "en": 'If you "owe" your employer: debt bondage',
    },
    "intro": {
        "ru": (
            "Долг за дорогу, визу или жильё, который растёт быстрее, чем вы его отрабатываете, — "
            "одна из самых частых ловушек. Как понять, что долг стал кабалой, и что делать."
        ),
        "be": (
            "Доўг за дарогу, візу ці жыллё, які расце хутчэй, чым вы яго адпрацоўваеце, — адна з "
            "самых частых пастак. Як зразумець, што доўг стаў кабалой, і што рабіць."
        ),
        "en": (
            "A debt for travel, a visa or housing that grows faster than you can work it off is "
            "one of the most common traps. How to tell when a debt has become bondage, and what "
            "to do."
        ),
    },
    "search_description": {
        "ru": (
            "Долговая кабала: признаки, почему долг не даёт права удерживать человека и паспорт, "
            "что делать, если вы «должны» работодателю или посреднику."
        ),
        "be": (
            "Даўгавая кабала: прыкметы, чаму доўг не дае права ўтрымліваць чалавека і пашпарт, "
            "што рабіць, калі вы «вінны» працадаўцу ці пасярэдніку."
        ),
        "en": (
            "Debt bondage: the signs, why a debt gives nobody the right to hold you or your "
            'passport, what to do if you "owe" an employer or a go-between.'
        ),
    },
    "topics": ["trafficking", "labour-rights", "crisis-abroad"],
    "last_reviewed": "2026-12-06",
    "sources": sources(ILO_FORCED_LABOUR, ANTI_TRAFFICKING_LAW),
    "related": ["signs-of-trafficking", "free-help-for-victims", "employer-takes-passport"],
    "body": {
        "ru": [
            (
                "heading",
                "Как долг становится ловушкой",
            ),
            (
                "paragraph",
                (
                    "<p>Сначала всё выглядит честно: работодатель или посредник оплатил билет, визу и "
                    "жильё и обещает вычесть это из зарплаты. Потом к долгу добавляются «штрафы», "
                    "плата «за отсрочку» и новые расходы, а зарплата целиком «уходит в счёт долга». Уехать «нельзя, "
                    "пока не отработаешь».</p><p>Международная организация труда называет долговую "
                    "кабалу одним из признаков принудительного труда.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Признаки долговой кабалы",
                    "items": [
                        "Сумму долга назвали только после приезда, или она всё время меняется",
                        "Вам не показывают расчёт: сколько заработано и сколько удержано",
                        "За жильё, еду или дорогу на работу берут больше, чем обещали",
                        "Паспорт или банковская карта у работодателя «до погашения»",
                        (
                            "Вам говорят, что уйти нельзя, пока долг не погашен, или пугают полицией и "
                            "депортацией"
                        ),
                        "Долг «переходит» к родным или к другому работодателю",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Долг не даёт права вас удерживать",
                    "text": (
                        "<p>Даже если вы действительно должны деньги, это спор о деньгах. Его решают по "
                        "договору и через суд. Никто не может забрать ваш паспорт, запретить вам уходить или "
                        "заставлять работать в счёт долга.</p>"
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Что делать",
                    "steps": [
                        {
                            "title": "Записывайте всё",
                            "text": (
                                "<p>Сколько и за что вам насчитали, даты, суммы, кто и что обещал. Сфотографируйте "
                                "расчётные листки и расписки.</p>"
                            ),
                        },
                        {
                            "title": "Не подписывайте новых расписок",
                            "text": "<p>Особенно пустых листов и бумаг на незнакомом языке.</p>",
                        },
                        {
                            "title": "Не соглашайтесь «передать долг»",
                            "text": "<p>Ни другому работодателю, ни родным.</p>",
                        },
                        {
                            "title": "Свяжитесь с горячей линией",
                            "text": (
                                "<p>Укажите, как с вами безопасно связаться. Консультант поможет найти местную "
                                "организацию, которая защищает работников, и продумать, как уйти.</p>"
                            ),
                        },
                        {
                            "title": "Если вас не отпускают",
                            "text": (
                                "<p>Звоните по местному экстренному номеру (в ЕС — 112) и скажите, что вас "
                                "удерживают и у вас забрали документы.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Требовать незаконно удержанные деньги можно и после возвращения домой: юрист "
                    "подскажет как. Пострадавшие от торговли людьми и принудительного труда могут "
                    "бесплатно получить помощь в Беларуси.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Частые вопросы",
                    "items": [
                        {
                            "question": "Я подписал(а) расписку о долге. Я обязан(а) его отработать?",
                            "answer": (
                                "<p>Нет. Расписка может означать, что вы должны деньги, но не то, что вы обязаны "
                                "работать на этого человека или жить там, где он скажет. Покажите расписку юристу "
                                "или консультанту горячей линии.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Вам говорят, что вы должны?",
                    "text": (
                        "Позвоните или напишите нам, можно анонимно. Мы поможем разобраться, законен ли долг "
                        "и как выйти из этой ситуации."
                    ),
                },
            ),
        ],
        "be": [
            (
                "heading",
                "Як доўг становіцца пасткай",
            ),
            (
                "paragraph",
                (
                    "<p>Спачатку ўсё выглядае сумленна: працадаўца ці пасярэднік аплаціў білет, візу і "
                    "жыллё і абяцае вылічыць гэта з заробку. Потым да доўгу дадаюцца «штрафы», плата «за адтэрміноўку» "
                    "і новыя выдаткі, а заробак цалкам «ідзе ў лік доўгу». З’ехаць «нельга, пакуль не "
                    "адпрацуеш».</p><p>Міжнародная арганізацыя працы называе даўгавую кабалу адной з "
                    "прыкмет прымусовай працы.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Прыкметы даўгавой кабалы",
                    "items": [
                        "Суму доўгу назвалі толькі пасля прыезду, ці яна ўвесь час мяняецца",
                        "Вам не паказваюць разлік: колькі зароблена і колькі ўтрымана",
                        "За жыллё, ежу ці дарогу на працу бяруць больш, чым абяцалі",
                        "Пашпарт ці банкаўская картка ў працадаўцы «да пагашэння»",
                        (
                            "Вам кажуць, што сысці нельга, пакуль доўг не пагашаны, ці палохаюць паліцыяй і "
                            "дэпартацыяй"
                        ),
                        "Доўг «пераходзіць» да родных ці да іншага працадаўцы",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Доўг не дае права вас утрымліваць",
                    "text": (
                        "<p>Нават калі вы сапраўды вінны грошы, гэта спрэчка пра грошы. Яе вырашаюць па "
                        "дагаворы і праз суд. Ніхто не можа забраць ваш пашпарт, забараніць вам сыходзіць ці "
                        "прымушаць працаваць у лік доўгу.</p>"
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Што рабіць",
                    "steps": [
                        {
                            "title": "Запісвайце ўсё",
                            "text": (
                                "<p>Колькі і за што вам налічылі, даты, сумы, хто і што абяцаў. Сфатаграфуйце "
                                "разліковыя лісткі і распіскі.</p>"
                            ),
                        },
                        {
                            "title": "Не падпісвайце новых распісак",
                            "text": "<p>Асабліва пустых аркушаў і папер на незнаёмай мове.</p>",
                        },
                        {
                            "title": "Не згаджайцеся «перадаць доўг»",
                            "text": "<p>Ні іншаму працадаўцу, ні родным.</p>",
                        },
                        {
                            "title": "Звяжыцеся з гарачай лініяй",
                            "text": (
                                "<p>Пазначце, як з вамі бяспечна звязацца. Кансультант дапаможа знайсці мясцовую "
                                "арганізацыю, якая абараняе работнікаў, і прадумаць, як сысці.</p>"
                            ),
                        },
                        {
                            "title": "Калі вас не адпускаюць",
                            "text": (
                                "<p>Тэлефануйце па мясцовым экстранным нумары (у ЕС — 112) і скажыце, што вас "
                                "утрымліваюць і ў вас забралі дакументы.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Патрабаваць незаконна ўтрыманыя грошы можна і пасля вяртання дадому: юрыст "
                    "падкажа як. Пацярпелыя ад гандлю людзьмі і прымусовай працы могуць бясплатна "
                    "атрымаць дапамогу ў Беларусі.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Частыя пытанні",
                    "items": [
                        {
                            "question": (
                                "Я падпісаў (падпісала) распіску пра доўг. Я абавязаны (абавязана) яго адпрацаваць?"
                            ),
                            "answer": (
                                "<p>Не. Распіска можа азначаць, што вы вінны грошы, але не тое, што вы абавязаны "
                                "працаваць на гэтага чалавека ці жыць там, дзе ён скажа. Пакажыце распіску юрысту ці "
                                "кансультанту гарачай лініі.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Вам кажуць, што вы вінны?",
                    "text": (
                        "Патэлефануйце ці напішыце нам, можна ананімна. Мы дапаможам разабрацца, ці законны "
                        "доўг і як выйсці з гэтай сітуацыі."
                    ),
                },
            ),
        ],
        "en": [
            (
                "heading",
                "How a debt becomes a trap",
            ),
            (
                "paragraph",
                (
                    "<p>At first it all looks fair: the employer or a go-between pays for your ticket, "
                    'visa and housing and promises to take it out of your wages. Then "fines", "late fees" '
                    'and new costs are added, and all your pay "goes towards the debt". You "cannot '
                    'leave until you have worked it off".</p><p>The International Labour Organization '
                    "lists debt bondage among the indicators of forced labour.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Signs of debt bondage",
                    "items": [
                        "You were told the amount only after you arrived, or it keeps changing",
                        "Nobody shows you the sums: how much you earned and how much was deducted",
                        (
                            "You are charged more for housing, food or transport to work than you were promised"
                        ),
                        'Your passport or bank card is with the employer "until the debt is paid"',
                        (
                            "You are told you cannot leave until the debt is paid, or threatened with the police "
                            "and deportation"
                        ),
                        'The debt is "passed on" to your family or to another employer',
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "A debt gives nobody the right to hold you",
                    "text": (
                        "<p>Even if you really do owe money, that is a dispute about money. It is settled "
                        "under the contract and through the courts. Nobody may take your passport, forbid "
                        "you to leave or make you work off a debt.</p>"
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "What to do",
                    "steps": [
                        {
                            "title": "Write everything down",
                            "text": (
                                "<p>How much you were charged and for what, dates, amounts, who promised what. "
                                "Photograph payslips and any receipts you signed.</p>"
                            ),
                        },
                        {
                            "title": "Sign no new receipts",
                            "text": "<p>Especially blank sheets and papers in a language you do not know.</p>",
                        },
                        {
                            "title": 'Do not agree to "transfer the debt"',
                            "text": "<p>Not to another employer, not to your family.</p>",
                        },
                        {
                            "title": "Contact the hotline",
                            "text": (
                                "<p>Say how it is safe to contact you. A consultant will help you find a local "
                                "organisation that protects workers and plan how to leave.</p>"
                            ),
                        },
                        {
                            "title": "If you are not allowed to leave",
                            "text": (
                                "<p>Call the local emergency number (112 in the EU) and say that you are being held "
                                "and your documents have been taken.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>You can still claim money that was unlawfully withheld after you are back home: "
                    "a lawyer will explain how. Victims of trafficking and forced labour can get free "
                    "help in Belarus.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "I signed a paper saying I owe money. Do I have to work it off?",
                            "answer": (
                                "<p>No. Such a paper may mean that you owe money, but not that you must work for "
                                "that person or live where they say. Show it to a lawyer or a hotline "
                                "consultant.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Told that you owe money?",
                    "text": (
                        "Call or write to us, anonymously if you wish. We will help you work out whether the "
                        "debt is lawful and how to get out of the situation."
                    ),
                },
            ),
        ],
    },
}


_VICTIMS_RIGHTS_COMPENSATION = {
    "key": "victims-rights-compensation",
    "section": "victims",
    "slug": {
        "ru": "prava-postradavshikh-i-vozmeshchenie-vreda",
        "be": "pravy-patsyarpelykh-i-kampensatsyya-shkody",
        "en": "victims-rights-and-compensation",
    },
    "title": {
        "ru": "Права пострадавших и возмещение вреда по законам Беларуси",
        "be": "Правы пацярпелых і кампенсацыя шкоды паводле законаў Беларусі",
        "en": "Your rights and compensation under Belarusian law",
    },
    "intro": {
        "ru": (
            "Если вы пострадали от торговли людьми или принудительного труда, закон Беларуси "
            "даёт вам право на бесплатную помощь и на возмещение вреда. Здесь — основное в общих "
            "чертах; ваш случай разберёт юрист."
        ),
        "be": (
            "Калі вы пацярпелі ад гандлю людзьмі ці прымусовай працы, закон Беларусі дае вам "
            "права на бясплатную дапамогу і на кампенсацыю шкоды. Тут — галоўнае ў агульных "
            "рысах; ваш выпадак разбярэ юрыст."
        ),
        "en": (
            "If you have suffered trafficking or forced labour, Belarusian law gives you a right "
            "to free help and to compensation. Here are the essentials in general terms; a "
            "lawyer will look at your own case."
        ),
    },
    "search_description": {
        "ru": (
            "Закон «О противодействии торговле людьми»: бесплатная помощь, идентификация, "
            "ненаказание за вынужденные нарушения, гражданский иск в уголовном деле."
        ),
        "be": (
            "Закон «Аб супрацьдзеянні гандлю людзьмі»: бясплатная дапамога, ідэнтыфікацыя, "
            "непакаранне за вымушаныя парушэнні, грамадзянскі іск у крымінальнай справе."
        ),
        "en": (
            "The Law on Combating Trafficking in Persons: free help, identification, no "
            "punishment for forced offences, a civil claim in the criminal case."
        ),
    },
    "topics": ["trafficking", "labour-rights"],
    "last_reviewed": "2026-12-06",
    "sources": sources(ANTI_TRAFFICKING_LAW, VICTIM_IDENTIFICATION, INTERIOR_MINISTRY, IOM_BELARUS),
    "related": ["free-help-for-victims", "returning-home", "debt-bondage"],
    "body": {
        "ru": [
            (
                "heading",
                "Закон о противодействии торговле людьми",
            ),
            (
                "paragraph",
                (
                    "<p>Закон Республики Беларусь от 7 января 2012 г. № 350-З «О противодействии "
                    "торговле людьми» определяет, кто считается жертвой торговли людьми, как её "
                    "устанавливают и какую помощь государство оказывает бесплатно. Установление "
                    "(идентификацию) проводят органы внутренних дел по порядку, который Совет Министров "
                    "утвердил в 2015 году.</p>"
                ),
            ),
            (
                "heading",
                "Какая помощь положена",
            ),
            (
                "paragraph",
                (
                    "<p>По статье 20 закона социальная защита и реабилитация жертв торговли людьми "
                    "бесплатны. Они включают:</p><ul><li>временное жильё и питание — в центрах помощи "
                    "жертвам торговли людьми или в «кризисных» комнатах территориальных центров "
                    "социального обслуживания населения;</li><li>правовую помощь, в том числе бесплатную "
                    "юридическую;</li><li>медицинскую и психологическую помощь;</li><li>помощь с "
                    "документами и с поиском работы.</li></ul><p>Помощь положена и тому, кто только мог "
                    "пострадать: пока идёт идентификация, ждать её окончания не нужно.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "Перечень видов помощи по статье 20 Закона № 350-З приведён по редакции 2014 года. "
                        "Юрист должен сверить его с действующей редакцией на pravo.by (особенно "
                        "психологическую помощь, помощь с документами и трудоустройством), исправить текст "
                        "выше и удалить эту заметку."
                    ),
                },
            ),
            (
                "heading",
                "Вас не должны наказывать за то, к чему принуждали",
            ),
            (
                "paragraph",
                (
                    "<p>Если вас заставили нарушить правила — работать без разрешения, жить без "
                    "регистрации, пользоваться чужими документами, — это не лишает вас права на защиту. "
                    "Международные нормы требуют не наказывать пострадавших за нарушения, совершённые "
                    "под принуждением. Как этот принцип применяется в вашем деле, объяснит юрист, "
                    "поэтому расскажите ему всё.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "Принцип ненаказания: юрист должен проверить, какими нормами Уголовного кодекса и "
                        "Кодекса об административных правонарушениях Беларуси он обеспечивается (в том числе "
                        "примечаниями к статьям о торговле людьми), и уточнить текст выше. Затем удалите эту "
                        "заметку."
                    ),
                },
            ),
            (
                "heading",
                "Возмещение вреда",
            ),
            (
                "paragraph",
                (
                    "<p>Если возбуждено уголовное дело, вас могут признать потерпевшим. Потерпевший "
                    "может заявить в этом деле гражданский иск: потребовать невыплаченную зарплату, "
                    "расходы на лечение и дорогу, возмещение морального вреда. Иск можно подать и "
                    "отдельно, в гражданском суде.</p><p>Для иска важны доказательства: договор, "
                    "переписка, записи о рабочих часах, чеки и медицинские документы. Найти бесплатную "
                    "юридическую помощь помогут консультанты горячей линии.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "Порядок гражданского иска в уголовном процессе и взыскания вреда "
                        "(Уголовно-процессуальный кодекс Республики Беларусь), в том числе сроки и "
                        "освобождение от госпошлины, юрист должен сверить и уточнить. Затем удалите эту "
                        "заметку."
                    ),
                },
            ),
            (
                "heading",
                "Куда обратиться",
            ),
            (
                "table",
                {
                    "caption": "Кто помогает пострадавшим в Беларуси",
                    "header": [
                        "Куда",
                        "С чем",
                    ],
                    "rows": [
                        [
                            "Горячая линия",
                            (
                                "Бесплатная консультация, помощь врача, юриста и психолога, подготовка к обращению в "
                                "милицию"
                            ),
                        ],
                        [
                            "Органы внутренних дел (милиция, 102)",
                            "Заявление о преступлении, идентификация жертвы торговли людьми",
                        ],
                        [
                            "Территориальный центр социального обслуживания населения",
                            "Временное жильё в «кризисной» комнате, социальная помощь",
                        ],
                        [
                            (
                                "Государственная горячая линия по безопасной миграции Департамента по гражданству и "
                                "миграции МВД"
                            ),
                            "Консультация и официальное расследование эксплуатации",
                        ],
                        [
                            "Международная организация по миграции",
                            "Поддержка реинтеграции, если её программы действуют и вы подходите",
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
                            "question": "Обязательно ли идти в милицию, чтобы получить помощь?",
                            "answer": (
                                "<p>Нет. Помощь горячей линии не зависит от того, обратитесь ли вы в милицию. Для "
                                "помощи государства по закону обычно нужна идентификация; консультант объяснит, что "
                                "это значит и что будет дальше, а решать вам.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Хотите знать свои права?",
                    "text": (
                        "Позвоните или напишите нам. Консультант объяснит, на что вы можете рассчитывать, и "
                        "поможет найти юриста."
                    ),
                },
            ),
        ],
        "be": [
            (
                "heading",
                "Закон аб супрацьдзеянні гандлю людзьмі",
            ),
            (
                "paragraph",
                (
                    "<p>Закон Рэспублікі Беларусь ад 7 студзеня 2012 г. № 350-З «Аб супрацьдзеянні "
                    "гандлю людзьмі» вызначае, хто лічыцца ахвярай гандлю людзьмі, як гэта "
                    "ўстанаўліваюць і якую дапамогу дзяржава дае бясплатна. Устанаўленне (ідэнтыфікацыю) "
                    "праводзяць органы ўнутраных спраў паводле парадку, які Савет Міністраў зацвердзіў у "
                    "2015 годзе.</p>"
                ),
            ),
            (
                "heading",
                "Якая дапамога належыць",
            ),
            (
                "paragraph",
                (
                    "<p>Паводле артыкула 20 закона сацыяльная абарона і рэабілітацыя ахвяр гандлю "
                    "людзьмі бясплатныя. Яны ўключаюць:</p><ul><li>часовае жыллё і харчаванне — у "
                    "цэнтрах дапамогі ахвярам гандлю людзьмі ці ў «крызісных» пакоях тэрытарыяльных "
                    "цэнтраў сацыяльнага абслугоўвання насельніцтва;</li><li>прававую дапамогу, у тым "
                    "ліку бясплатную юрыдычную;</li><li>медыцынскую і псіхалагічную "
                    "дапамогу;</li><li>дапамогу з дакументамі і з пошукам працы.</li></ul><p>Дапамога "
                    "належыць і таму, хто толькі мог пацярпець: пакуль ідзе ідэнтыфікацыя, чакаць яе "
                    "заканчэння не трэба.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "Пералік відаў дапамогі паводле артыкула 20 Закона № 350-З пададзены паводле "
                        "рэдакцыі 2014 года. Юрыст павінен зверыць яго з дзейнай рэдакцыяй на pravo.by "
                        "(асабліва псіхалагічную дапамогу, дапамогу з дакументамі і працаўладкаваннем), "
                        "выправіць тэкст вышэй і выдаліць гэтую нататку."
                    ),
                },
            ),
            (
                "heading",
                "Вас не павінны караць за тое, да чаго прымушалі",
            ),
            (
                "paragraph",
                (
                    "<p>Калі вас прымусілі парушыць правілы — працаваць без дазволу, жыць без "
                    "рэгістрацыі, карыстацца чужымі дакументамі, — гэта не пазбаўляе вас права на "
                    "абарону. Міжнародныя нормы патрабуюць не караць пацярпелых за парушэнні, учыненыя "
                    "пад прымусам. Як гэты прынцып ужываецца ў вашай справе, растлумачыць юрыст, таму "
                    "раскажыце яму ўсё.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "Прынцып непакарання: юрыст павінен праверыць, якімі нормамі Крымінальнага кодэкса і "
                        "Кодэкса аб адміністрацыйных правапарушэннях Беларусі ён забяспечваецца (у тым ліку "
                        "заўвагамі да артыкулаў пра гандаль людзьмі), і ўдакладніць тэкст вышэй. Потым "
                        "выдаліце гэтую нататку."
                    ),
                },
            ),
            (
                "heading",
                "Кампенсацыя шкоды",
            ),
            (
                "paragraph",
                (
                    "<p>Калі распачата крымінальная справа, вас могуць прызнаць пацярпелым. Пацярпелы "
                    "можа заявіць у гэтай справе грамадзянскі іск: запатрабаваць нявыплачаны заробак, "
                    "выдаткі на лячэнне і дарогу, кампенсацыю маральнай шкоды. Іск можна падаць і "
                    "асобна, у грамадзянскі суд.</p><p>Для іску важныя доказы: дагавор, перапіска, "
                    "запісы пра працоўны час, чэкі і медыцынскія дакументы. Знайсці бясплатную юрыдычную "
                    "дапамогу дапамогуць кансультанты гарачай лініі.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "Парадак грамадзянскага іску ў крымінальным працэсе і спагнання шкоды "
                        "(Крымінальна-працэсуальны кодэкс Рэспублікі Беларусь), у тым ліку тэрміны і "
                        "вызваленне ад дзяржаўнай пошліны, юрыст павінен зверыць і ўдакладніць. Потым "
                        "выдаліце гэтую нататку."
                    ),
                },
            ),
            (
                "heading",
                "Куды звярнуцца",
            ),
            (
                "table",
                {
                    "caption": "Хто дапамагае пацярпелым у Беларусі",
                    "header": [
                        "Куды",
                        "З чым",
                    ],
                    "rows": [
                        [
                            "Гарачая лінія",
                            (
                                "Бясплатная кансультацыя, дапамога доктара, юрыста і псіхолага, падрыхтоўка да "
                                "звароту ў міліцыю"
                            ),
                        ],
                        [
                            "Органы ўнутраных спраў (міліцыя, 102)",
                            "Заява пра злачынства, ідэнтыфікацыя ахвяры гандлю людзьмі",
                        ],
                        [
                            "Тэрытарыяльны цэнтр сацыяльнага абслугоўвання насельніцтва",
                            "Часовае жыллё ў «крызісным» пакоі, сацыяльная дапамога",
                        ],
                        [
                            (
                                "Дзяржаўная гарачая лінія па бяспечнай міграцыі Дэпартамента па грамадзянстве і "
                                "міграцыі МУС"
                            ),
                            "Кансультацыя і афіцыйнае расследаванне эксплуатацыі",
                        ],
                        [
                            "Міжнародная арганізацыя па міграцыі",
                            "Падтрымка рэінтэграцыі, калі яе праграмы дзейнічаюць і вы падыходзіце",
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
                            "question": "Ці абавязкова ісці ў міліцыю, каб атрымаць дапамогу?",
                            "answer": (
                                "<p>Не. Дапамога гарачай лініі не залежыць ад таго, ці звернецеся вы ў міліцыю. Для "
                                "дапамогі дзяржавы паводле закона звычайна патрэбна ідэнтыфікацыя; кансультант "
                                "растлумачыць, што гэта значыць і што будзе далей, а вырашаць вам.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Хочаце ведаць свае правы?",
                    "text": (
                        "Патэлефануйце ці напішыце нам. Кансультант растлумачыць, на што вы можаце "
                        "разлічваць, і дапаможа знайсці юрыста."
                    ),
                },
            ),
        ],
        "en": [
            (
                "heading",
                "The Law on Combating Trafficking in Persons",
            ),
            (
                "paragraph",
                (
                    '<p>Law No. 350-Z of 7 January 2012 "On Combating Trafficking in Persons" says who '
                    "counts as a victim of trafficking, how this is established and what help the state "
                    "gives free of charge. Victims are identified by the internal affairs bodies under a "
                    "procedure the Council of Ministers approved in 2015.</p>"
                ),
            ),
            (
                "heading",
                "What help you are entitled to",
            ),
            (
                "paragraph",
                (
                    "<p>Under Article 20 of the law, social protection and rehabilitation of victims of "
                    "trafficking are free. They include:</p><ul><li>temporary accommodation and food, in "
                    'centres for victims of trafficking or in "crisis rooms" of the territorial centres '
                    "of social services;</li><li>legal help, including free legal aid;</li><li>medical "
                    "and psychological help;</li><li>help with documents and with finding "
                    "work.</li></ul><p>Help is also given to a person who may have been a victim while "
                    "identification is still going on: you do not have to wait for it to finish.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "The list of kinds of help under Article 20 of Law No. 350-Z is given as in the 2014 "
                        "version. A lawyer must check it against the current version on pravo.by (especially "
                        "psychological help, help with documents and with employment), correct the text "
                        "above and delete this note."
                    ),
                },
            ),
            (
                "heading",
                "You should not be punished for what you were forced to do",
            ),
            (
                "paragraph",
                (
                    "<p>If you were made to break rules, working without a permit, living without "
                    "registration or using someone else's documents, you do not lose your right to "
                    "protection. International standards require that victims are not punished for "
                    "offences they committed under coercion. A lawyer will explain how this applies in "
                    "your case, so tell them everything.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "The non-punishment principle: a lawyer must check which provisions of the Criminal "
                        "Code and the Code of Administrative Offences of Belarus secure it (including the "
                        "notes to the articles on trafficking) and settle the text above. Then delete this "
                        "note."
                    ),
                },
            ),
            (
                "heading",
                "Compensation",
            ),
            (
                "paragraph",
                (
                    "<p>If a criminal case is opened, you may be recognised as the injured party. The "
                    "injured party can bring a civil claim within that case: for unpaid wages, the cost "
                    "of treatment and travel, and compensation for moral harm. A claim can also be "
                    "brought separately, in a civil court.</p><p>Evidence matters: your contract, "
                    "messages, records of your working hours, receipts and medical papers. Hotline "
                    "consultants will help you find free legal aid.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "A lawyer must check and settle the procedure for a civil claim in criminal "
                        "proceedings and for recovering damages (the Code of Criminal Procedure of Belarus), "
                        "including time limits and exemption from the court fee. Then delete this note."
                    ),
                },
            ),
            (
                "heading",
                "Where to turn",
            ),
            (
                "table",
                {
                    "caption": "Who helps victims in Belarus",
                    "header": [
                        "Where",
                        "What for",
                    ],
                    "rows": [
                        [
                            "The hotline",
                            (
                                "Free advice, help from a doctor, a lawyer and a psychologist, preparing to go to "
                                "the police"
                            ),
                        ],
                        [
                            "The police (102)",
                            "Reporting a crime, identification as a victim of trafficking",
                        ],
                        [
                            "Territorial centre of social services",
                            'Temporary accommodation in a "crisis room", social help',
                        ],
                        [
                            (
                                "The state hotline for safe migration of the Department on Citizenship and Migration "
                                "of the Ministry of Internal Affairs"
                            ),
                            "Advice and an official investigation of exploitation",
                        ],
                        [
                            "International Organization for Migration",
                            "Reintegration support, if its programmes are running and you qualify",
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
                            "question": "Do I have to go to the police to get help?",
                            "answer": (
                                "<p>No. The hotline's help does not depend on whether you go to the police. State "
                                "help under the law usually needs identification; a consultant will explain what "
                                "that means and what happens next, and the decision is yours.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Want to know your rights?",
                    "text": (
                        "Call or write to us. A consultant will explain what you can expect and help you "
                        "find a lawyer."
                    ),
                },
            ),
        ],
    },
}


_MINORS_TRAVEL_AND_WORK = {
    "key": "minors-travel-and-work",
    "section": "travel",
    "slug": {
        "ru": "nesovershennoletnie-poezdki-i-rabota",
        "be": "nepaunaletniya-paezdki-i-pratsa",
        "en": "under-18-travel-and-work",
    },
    "title": {
        "ru": "Несовершеннолетние: поездки, летняя подработка и торговля детьми",
        "be": "Непаўналетнія: паездкі, летняя падпрацоўка і гандаль дзецьмі",
        "en": "Under 18: travel, summer jobs and child trafficking",
    },
    "intro": {
        "ru": (
            "Для подростков, родителей и учителей: какое согласие нужно для поездки, как "
            "безопасно подработать летом и почему вербовка ребёнка — это торговля людьми, даже "
            "если он «сам согласился»."
        ),
        "be": (
            "Для падлеткаў, бацькоў і настаўнікаў: якая згода патрэбна для паездкі, як бяспечна "
            "падзарабіць летам і чаму вярбоўка дзіцяці — гэта гандаль людзьмі, нават калі яно "
            "«само пагадзілася»."
        ),
        "en": (
            "For teenagers, parents and teachers: what consent a trip needs, how to take a "
            "summer job safely, and why recruiting a child is trafficking even if the child "
            '"agreed".'
        ),
    },
    "search_description": {
        "ru": (
            "Выезд ребёнка за границу без родителей, согласие на поездку, работа подростков с 14 "
            "и 16 лет, признаки вербовки и торговли детьми."
        ),
        "be": (
            "Выезд дзіцяці за мяжу без бацькоў, згода на паездку, праца падлеткаў з 14 і 16 "
            "гадоў, прыкметы вярбоўкі і гандлю дзецьмі."
        ),
        "en": (
            "A child travelling abroad without parents, travel consent, work for teenagers from "
            "14 and 16, signs of recruitment and child trafficking."
        ),
    },
    "topics": ["travel", "trafficking", "safety"],
    "last_reviewed": "2026-12-06",
    "sources": sources(UN_TRAFFICKING_PROTOCOL, LABOUR_CODE, FOREIGN_MINISTRY),
    "related": ["student-jobs-abroad", "signs-of-trafficking", "documents-for-family"],
    "body": {
        "ru": [
            (
                "heading",
                "Поездка без родителей",
            ),
            (
                "paragraph",
                (
                    "<p>Если ребёнок до 18 лет едет за границу без родителей — с группой, тренером или "
                    "родственником, — обычно нужно нотариально удостоверенное согласие родителя или "
                    "другого законного представителя. Страна въезда и перевозчик могут требовать своё: "
                    "согласие обоих родителей, перевод, апостиль. Узнайте требования у перевозчика и в "
                    "консульстве страны заранее.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "Требования Беларуси к согласию на выезд несовершеннолетнего (чьё согласие, в какой "
                        "форме, когда нужно согласие второго родителя) сверьте с законодательством о выезде "
                        "из Республики Беларусь и с сайтом Государственного пограничного комитета, уточните "
                        "текст выше и удалите эту заметку."
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Что дать ребёнку с собой",
                    "items": [
                        "Паспорт и оригинал согласия на поездку",
                        "Копии документов — у сопровождающего взрослого и дома",
                        "Телефон сопровождающего и адрес, где ребёнок будет жить",
                        "Номер горячей линии и экстренный номер страны, записанные на бумаге",
                        "Договорённость, когда ребёнок выходит на связь, и кодовое слово",
                    ],
                },
            ),
            (
                "heading",
                "Летняя подработка",
            ),
            (
                "paragraph",
                (
                    "<p>В Беларуси работать по трудовому договору можно с 16 лет, а с 14 лет — на лёгкой "
                    "работе в свободное от учёбы время и с письменного согласия одного из родителей. "
                    "Рабочее время подростков короче, чем у взрослых, а тяжёлая, ночная и опасная работа "
                    "им запрещена.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "Возраст приёма на работу и сокращённое рабочее время несовершеннолетних (Трудовой "
                        "кодекс Республики Беларусь) сверьте с действующей редакцией и уточните текст выше. "
                        "Затем удалите эту заметку."
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>За границей действуют свои правила. Программы «работа и путешествия» в США, "
                    "например, принимают только студентов старше 18 лет. Если подростку предлагают "
                    "работу за рубежом без родителей и с жильём у работодателя, это повод "
                    "насторожиться.</p>"
                ),
            ),
            (
                "heading",
                "Что такое торговля детьми",
            ),
            (
                "paragraph",
                (
                    "<p>Если человеку нет 18 лет, его вербовка, перевозка или укрывательство ради "
                    "эксплуатации — это торговля людьми, даже без обмана и угроз. Так сказано в "
                    "Протоколе ООН о торговле людьми 2000 года, который Беларусь ратифицировала в 2003 "
                    "году. Согласие ребёнка на такую «работу» значения не имеет.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Тревожные признаки",
                    "text": (
                        "<ul><li>Подростку пишут незнакомые «менеджеры» или «модельные агентства» и зовут за "
                        "границу.</li><li>Обещают деньги за фото или видео.</li><li>Просят никому не "
                        "рассказывать.</li><li>Оплачивают дорогу, а «документы оформят на "
                        "месте».</li><li>Предлагают поехать с чужими взрослыми.</li></ul>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Родителям и учителям: говорите с подростками о таких предложениях заранее и "
                    "спокойно. Тот, кого не стыдят и не ругают, скорее расскажет, что ему написали.</p>"
                ),
            ),
            (
                "hotline_cta",
                {
                    "title": "Вопрос о поездке ребёнка?",
                    "text": (
                        "Подростки, родители и учителя могут звонить и писать нам. Консультация бесплатная, "
                        "можно анонимно."
                    ),
                },
            ),
        ],
        "be": [
            (
                "heading",
                "Паездка без бацькоў",
            ),
            (
                "paragraph",
                (
                    "<p>Калі дзіця да 18 гадоў едзе за мяжу без бацькоў — з групай, трэнерам ці сваяком, "
                    "— звычайна патрэбна натарыяльна засведчаная згода бацькі, маці ці іншага законнага "
                    "прадстаўніка. Краіна ўезду і перавозчык могуць патрабаваць сваё: згоду абодвух "
                    "бацькоў, пераклад, апостыль. Даведайцеся патрабаванні ў перавозчыка і ў консульстве "
                    "краіны загадзя.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "Патрабаванні Беларусі да згоды на выезд непаўналетняга (чыя згода, у якой форме, "
                        "калі патрэбна згода другога з бацькоў) зверце з заканадаўствам пра выезд з "
                        "Рэспублікі Беларусь і з сайтам Дзяржаўнага памежнага камітэта, удакладніце тэкст "
                        "вышэй і выдаліце гэтую нататку."
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Што даць дзіцяці з сабой",
                    "items": [
                        "Пашпарт і арыгінал згоды на паездку",
                        "Копіі дакументаў — у дарослага, які суправаджае, і дома",
                        "Тэлефон дарослага, які суправаджае, і адрас, дзе дзіця будзе жыць",
                        "Нумар гарачай лініі і экстранны нумар краіны, запісаныя на паперы",
                        "Дамоўленасць, калі дзіця выходзіць на сувязь, і кодавае слова",
                    ],
                },
            ),
            (
                "heading",
                "Летняя падпрацоўка",
            ),
            (
                "paragraph",
                (
                    "<p>У Беларусі працаваць па працоўным дагаворы можна з 16 гадоў, а з 14 гадоў — на "
                    "лёгкай працы ў вольны ад вучобы час і з пісьмовай згоды аднаго з бацькоў. Працоўны "
                    "час падлеткаў карацейшы, чым у дарослых, а цяжкая, начная і небяспечная праца ім "
                    "забароненая.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "Узрост прыёму на працу і скарочаны працоўны час непаўналетніх (Працоўны кодэкс "
                        "Рэспублікі Беларусь) зверце з дзейнай рэдакцыяй і ўдакладніце тэкст вышэй. Потым "
                        "выдаліце гэтую нататку."
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>За мяжой дзейнічаюць свае правілы. Праграмы «праца і падарожжа» ў ЗША, "
                    "напрыклад, прымаюць толькі студэнтаў старэйшых за 18 гадоў. Калі падлетку "
                    "прапануюць працу за мяжой без бацькоў і з жыллём у працадаўцы, гэта нагода "
                    "насцярожыцца.</p>"
                ),
            ),
            (
                "heading",
                "Што такое гандаль дзецьмі",
            ),
            (
                "paragraph",
                (
                    "<p>Калі чалавеку няма 18 гадоў, яго вярбоўка, перавозка ці хаванне дзеля "
                    "эксплуатацыі — гэта гандаль людзьмі, нават без падману і пагроз. Так сказана ў "
                    "Пратаколе ААН пра гандаль людзьмі 2000 года, які Беларусь ратыфікавала ў 2003 "
                    "годзе. Згода дзіцяці на такую «працу» значэння не мае.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Трывожныя прыкметы",
                    "text": (
                        "<ul><li>Падлетку пішуць незнаёмыя «менеджары» ці «мадэльныя агенцтвы» і клічуць за "
                        "мяжу.</li><li>Абяцаюць грошы за фота ці відэа.</li><li>Просяць нікому не "
                        "расказваць.</li><li>Аплачваюць дарогу, а «дакументы аформяць на "
                        "месцы».</li><li>Прапануюць паехаць з чужымі дарослымі.</li></ul>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Бацькам і настаўнікам: гаварыце з падлеткамі пра такія прапановы загадзя і "
                    "спакойна. Той, каго не саромяць і не сварацца на яго, хутчэй раскажа, што яму "
                    "напісалі.</p>"
                ),
            ),
            (
                "hotline_cta",
                {
                    "title": "Пытанне пра паездку дзіцяці?",
                    "text": (
                        "Падлеткі, бацькі і настаўнікі могуць тэлефанаваць і пісаць нам. Кансультацыя "
                        "бясплатная, можна ананімна."
                    ),
                },
            ),
        ],
        "en": [
            (
                "heading",
                "Travelling without parents",
            ),
            (
                "paragraph",
                (
                    "<p>If a child under 18 travels abroad without their parents, with a group, a coach "
                    "or a relative, a notarised consent from a parent or other legal guardian is usually "
                    "needed. The destination country and the carrier may ask for more: consent from both "
                    "parents, a translation, an apostille. Check the requirements with the carrier and "
                    "the country's consulate in advance.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "Check Belarus's requirements for the consent of a minor leaving the country (whose "
                        "consent, in what form, when the other parent's consent is needed) against the law "
                        "on leaving Belarus and the State Border Committee's site, settle the text above and "
                        "delete this note."
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "What to give a child travelling",
                    "items": [
                        "The passport and the original travel consent",
                        "Copies of the documents, with the accompanying adult and at home",
                        "The accompanying adult's phone number and the address where the child will stay",
                        "The hotline number and the country's emergency number, written on paper",
                        "An agreement on when the child will get in touch, and a code word",
                    ],
                },
            ),
            (
                "heading",
                "Summer jobs",
            ),
            (
                "paragraph",
                (
                    "<p>In Belarus you can work under an employment contract from 16, and from 14 in "
                    "light work outside school hours with the written consent of one parent. Teenagers "
                    "work shorter hours than adults, and heavy, night and dangerous work is forbidden "
                    "for them.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "Check the minimum working age and the shorter hours for minors against the current "
                        "Labour Code of Belarus and settle the text above. Then delete this note."
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Other countries have their own rules. Work and travel programmes in the USA, for "
                    "example, take only students over 18. If a teenager is offered work abroad without "
                    "their parents and with housing at the employer's, that is a reason to be "
                    "careful.</p>"
                ),
            ),
            (
                "heading",
                "What child trafficking is",
            ),
            (
                "paragraph",
                (
                    "<p>If someone is under 18, recruiting, moving or harbouring them for exploitation "
                    "is trafficking, even without deception or threats. That is how the UN Trafficking "
                    "Protocol of 2000 puts it, and Belarus ratified it in 2003. A child's agreement to "
                    'such "work" makes no difference.</p>'
                ),
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Warning signs",
                    "text": (
                        '<ul><li>Unknown "managers" or "model agencies" message a teenager and invite them '
                        "abroad.</li><li>Money is offered for photos or videos.</li><li>The teenager is "
                        'asked to tell nobody.</li><li>The journey is paid for, but "the papers will be '
                        'sorted out there".</li><li>The teenager is asked to travel with adults they do not '
                        "know.</li></ul>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>For parents and teachers: talk to teenagers about such offers early and calmly. "
                    "A teenager who is not shamed or scolded is more likely to tell you what they have "
                    "been sent.</p>"
                ),
            ),
            (
                "hotline_cta",
                {
                    "title": "A question about a child's trip?",
                    "text": (
                        "Teenagers, parents and teachers can call or write to us. Advice is free, and you "
                        "can stay anonymous."
                    ),
                },
            ),
        ],
    },
}


_DOMESTIC_VIOLENCE_AFTER_MARRIAGE_ABROAD = {
    "key": "domestic-violence-after-marriage-abroad",
    "section": "marriage",
    "slug": {
        "ru": "domashnee-nasilie-v-brake-za-granitsey",
        "be": "khatni-gvalt-u-shlyube-za-myazhoy",
        "en": "domestic-violence-after-marrying-abroad",
    },
    "title": {
        "ru": "Домашнее насилие после брака за границей",
        "be": "Хатні гвалт пасля шлюбу за мяжой",
        "en": "Domestic violence after marrying abroad",
    },
    "intro": {
        "ru": (
            "Насилие в семье — это не только побои. Если вы живёте в стране мужа или жены и "
            "боитесь за себя или детей, помощь есть, в том числе когда ваш вид на жительство "
            "зависит от брака."
        ),
        "be": (
            "Гвалт у сям’і — гэта не толькі пабоі. Калі вы жывяце ў краіне мужа ці жонкі і "
            "баіцеся за сябе ці дзяцей, дапамога ёсць, у тым ліку калі ваш від на жыхарства "
            "залежыць ад шлюбу."
        ),
        "en": (
            "Domestic violence is not only being hit. If you live in your spouse's country and "
            "fear for yourself or your children, help exists, including when your residence "
            "permit depends on the marriage."
        ),
    },
    "search_description": {
        "ru": (
            "Домашнее насилие в браке за границей: что считается насилием, как подготовиться "
            "уйти, дети, вид на жительство после развода, куда обратиться."
        ),
        "be": (
            "Хатні гвалт у шлюбе за мяжой: што лічыцца гвалтам, як падрыхтавацца сысці, дзеці, "
            "від на жыхарства пасля разводу, куды звярнуцца."
        ),
        "en": (
            "Domestic violence in a marriage abroad: what counts as violence, preparing to "
            "leave, children, your residence permit after separation, where to turn."
        ),
    },
    "topics": ["marriage", "safety", "crisis-abroad"],
    "last_reviewed": "2026-12-06",
    "sources": sources(EU_FREE_MOVEMENT_DIRECTIVE, ISTANBUL_CONVENTION, FOREIGN_MINISTRY),
    "related": ["marrying-abroad", "help-abroad", "free-help-for-victims"],
    "body": {
        "ru": [
            (
                "heading",
                "Что считается насилием",
            ),
            (
                "paragraph",
                (
                    "<p>Побои и угрозы, но и контроль: когда у вас отбирают паспорт, деньги или телефон, "
                    "запрещают работать, учить язык или общаться с родными, грозят отнять детей или "
                    "«лишить визы». Такое давление часто держит человека крепче, чем страх "
                    "удара.</p><p>В том, что происходит, нет вашей вины.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Если вы в опасности",
                    "text": (
                        "<p>Звоните по местному экстренному номеру: в ЕС — 112. Если можете, уйдите в людное "
                        "место: в магазин, на вокзал, в полицию.</p>"
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Как подготовиться, если вы решили уйти",
                    "steps": [
                        {
                            "title": "Документы",
                            "text": (
                                "<p>Держите паспорт, вид на жительство, свидетельства о браке и о рождении детей или "
                                "их копии там, где их не найдут: у подруги, на работе, в почте, к которой есть "
                                "доступ только у вас.</p>"
                            ),
                        },
                        {
                            "title": "Деньги и телефон",
                            "text": (
                                "<p>Немного наличных, отдельная карта, заряженный телефон, важные номера на "
                                "бумаге.</p>"
                            ),
                        },
                        {
                            "title": "Доказательства",
                            "text": (
                                "<p>Снимки травм, справки врача, сообщения с угрозами. Врачу можно рассказать "
                                "правду: он запишет травмы.</p>"
                            ),
                        },
                        {
                            "title": "Куда идти",
                            "text": (
                                "<p>Узнайте адрес приюта или кризисного центра в вашем городе; горячая линия поможет "
                                "его найти.</p>"
                            ),
                        },
                        {
                            "title": "Дети",
                            "text": (
                                "<p>Не вывозите детей в другую страну без согласия второго родителя или решения "
                                "суда: это может считаться похищением. Сначала получите консультацию юриста.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "heading",
                "Ваш вид на жительство",
            ),
            (
                "paragraph",
                (
                    "<p>Во многих странах вид на жительство супруга можно сохранить, если брак распался "
                    "из-за насилия. В ЕС директива 2004/38/ЕС при определённых условиях сохраняет право "
                    "на проживание члена семьи гражданина ЕС, пострадавшего от домашнего насилия. "
                    "Стамбульская конвенция Совета Европы 2011 года обязывает её участников давать "
                    "пострадавшим самостоятельный вид на жительство в особо трудных "
                    "обстоятельствах.</p><p>Правила в каждой стране свои. Не решайте «терпеть ради "
                    "документов», пока не поговорите с юристом или консультантом.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Консульство Беларуси поможет с документами для возвращения и свяжется с родными. "
                    "Местные организации помощи пострадавшим от насилия работают бесплатно и часто с "
                    "переводчиком.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Частые вопросы",
                    "items": [
                        {
                            "question": "Мне говорят, что без мужа (жены) меня депортируют. Это правда?",
                            "answer": (
                                "<p>Не обязательно. Во многих странах пострадавших от насилия защищают, а обращение "
                                "в полицию или приют само по себе не лишает вас статуса. Узнайте правила вашей "
                                "страны у юриста или в организации помощи, прежде чем что-то подписывать.</p>"
                            ),
                        },
                        {
                            "question": "Я не знаю языка. Мне помогут?",
                            "answer": (
                                "<p>Да. Полиция, приюты и горячие линии во многих странах работают с переводчиками. "
                                "Наша горячая линия поможет найти организацию, где говорят по-русски или "
                                "по-белорусски.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Вам небезопасно дома?",
                    "text": (
                        "Напишите нам из любой страны и укажите, как с вами безопасно связаться. Мы поможем "
                        "найти помощь рядом с вами."
                    ),
                },
            ),
        ],
        "be": [
            (
                "heading",
                "Што лічыцца гвалтам",
            ),
            (
                "paragraph",
                (
                    "<p>Пабоі і пагрозы, але і кантроль: калі ў вас адбіраюць пашпарт, грошы ці тэлефон, "
                    "забараняюць працаваць, вучыць мову ці мець зносіны з роднымі, пагражаюць адабраць "
                    "дзяцей ці «пазбавіць візы». Такі ціск часта трымае чалавека мацней, чым страх "
                    "удару.</p><p>У тым, што адбываецца, няма вашай віны.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Калі вы ў небяспецы",
                    "text": (
                        "<p>Тэлефануйце па мясцовым экстранным нумары: у ЕС — 112. Калі можаце, ідзіце ў "
                        "люднае месца: у краму, на вакзал, у паліцыю.</p>"
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Як падрыхтавацца, калі вы вырашылі сысці",
                    "steps": [
                        {
                            "title": "Дакументы",
                            "text": (
                                "<p>Трымайце пашпарт, від на жыхарства, пасведчанні аб шлюбе і аб нараджэнні дзяцей "
                                "ці іх копіі там, дзе іх не знойдуць: у сяброўкі, на працы, у пошце, да якой доступ "
                                "ёсць толькі ў вас.</p>"
                            ),
                        },
                        {
                            "title": "Грошы і тэлефон",
                            "text": (
                                "<p>Трохі наяўных, асобная картка, зараджаны тэлефон, важныя нумары на паперы.</p>"
                            ),
                        },
                        {
                            "title": "Доказы",
                            "text": (
                                "<p>Здымкі траўмаў, даведкі доктара, паведамленні з пагрозамі. Доктару можна "
                                "расказаць праўду: ён запіша траўмы.</p>"
                            ),
                        },
                        {
                            "title": "Куды ісці",
                            "text": (
                                "<p>Даведайцеся адрас прытулку ці крызіснага цэнтра ў вашым горадзе; гарачая лінія "
                                "дапаможа яго знайсці.</p>"
                            ),
                        },
                        {
                            "title": "Дзеці",
                            "text": (
                                "<p>Не вывозьце дзяцей у іншую краіну без згоды другога з бацькоў ці рашэння суда: "
                                "гэта можа лічыцца выкраданнем. Спачатку атрымайце кансультацыю юрыста.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "heading",
                "Ваш від на жыхарства",
            ),
            (
                "paragraph",
                (
                    "<p>У многіх краінах від на жыхарства мужа ці жонкі можна захаваць, калі шлюб "
                    "распаўся праз гвалт. У ЕС дырэктыва 2004/38/ЕС пры пэўных умовах захоўвае права на "
                    "пражыванне члена сям’і грамадзяніна ЕС, які пацярпеў ад хатняга гвалту. "
                    "Стамбульская канвенцыя Савета Еўропы 2011 года абавязвае яе ўдзельнікаў даваць "
                    "пацярпелым самастойны від на жыхарства ў асабліва цяжкіх абставінах.</p><p>Правілы "
                    "ў кожнай краіне свае. Не вырашайце «цярпець дзеля дакументаў», пакуль не пагаворыце "
                    "з юрыстам ці кансультантам.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Консульства Беларусі дапаможа з дакументамі для вяртання і звяжацца з роднымі. "
                    "Мясцовыя арганізацыі, якія дапамагаюць пацярпелым ад гвалту, працуюць бясплатна і "
                    "часта з перакладчыкам.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Частыя пытанні",
                    "items": [
                        {
                            "question": "Мне кажуць, што без мужа (жонкі) мяне дэпартуюць. Гэта праўда?",
                            "answer": (
                                "<p>Не абавязкова. У многіх краінах пацярпелых ад гвалту абараняюць, а зварот у "
                                "паліцыю ці прытулак сам па сабе не пазбаўляе вас статусу. Даведайцеся правілы вашай "
                                "краіны ў юрыста ці ў арганізацыі дапамогі, перш чым нешта падпісваць.</p>"
                            ),
                        },
                        {
                            "question": "Я не ведаю мовы. Мне дапамогуць?",
                            "answer": (
                                "<p>Так. Паліцыя, прытулкі і гарачыя лініі ў многіх краінах працуюць з "
                                "перакладчыкамі. Наша гарачая лінія дапаможа знайсці арганізацыю, дзе гавораць "
                                "па-руску ці па-беларуску.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Вам небяспечна дома?",
                    "text": (
                        "Напішыце нам з любой краіны і пазначце, як з вамі бяспечна звязацца. Мы дапаможам "
                        "знайсці дапамогу побач з вамі."
                    ),
                },
            ),
        ],
        "en": [
            (
                "heading",
                "What counts as violence",
            ),
            (
                "paragraph",
                (
                    "<p>Beatings and threats, but also control: taking your passport, money or phone, "
                    "forbidding you to work, learn the language or talk to your family, threatening to "
                    'take the children or "have your visa taken away". Such pressure often holds a '
                    "person more tightly than the fear of being hit.</p><p>What is happening is not your "
                    "fault.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "If you are in danger",
                    "text": (
                        "<p>Call the local emergency number: 112 in the EU. If you can, go somewhere busy: a "
                        "shop, a station, a police station.</p>"
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "How to prepare if you have decided to leave",
                    "steps": [
                        {
                            "title": "Documents",
                            "text": (
                                "<p>Keep your passport, residence permit, marriage certificate and your children's "
                                "birth certificates, or copies of them, where they will not be found: with a friend, "
                                "at work, in an e-mail account only you can open.</p>"
                            ),
                        },
                        {
                            "title": "Money and phone",
                            "text": "<p>Some cash, a separate card, a charged phone, important numbers on paper.</p>",
                        },
                        {
                            "title": "Evidence",
                            "text": (
                                "<p>Photos of injuries, doctors' notes, threatening messages. You can tell a doctor "
                                "the truth: they will record your injuries.</p>"
                            ),
                        },
                        {
                            "title": "Where to go",
                            "text": (
                                "<p>Find the address of a shelter or crisis centre in your town; the hotline can "
                                "help you find one.</p>"
                            ),
                        },
                        {
                            "title": "Children",
                            "text": (
                                "<p>Do not take the children to another country without the other parent's consent "
                                "or a court decision: it can count as abduction. Get legal advice first.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "heading",
                "Your residence permit",
            ),
            (
                "paragraph",
                (
                    "<p>In many countries a spouse can keep their residence permit if the marriage broke "
                    "down because of violence. In the EU, Directive 2004/38/EC keeps, under certain "
                    "conditions, the right of residence of a family member of an EU citizen who has "
                    "suffered domestic violence. The Council of Europe's Istanbul Convention of 2011 "
                    "requires its parties to give victims an independent residence permit in "
                    "particularly difficult circumstances.</p><p>Every country has its own rules. Do not "
                    'decide to "put up with it for the papers" before you have talked to a lawyer or a '
                    "consultant.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The Belarusian consulate can help with documents to go home and contact your "
                    "family. Local organisations that help victims of violence work free of charge and "
                    "often with interpreters.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "I am told I will be deported without my husband or wife. Is that true?",
                            "answer": (
                                "<p>Not necessarily. Many countries protect victims of violence, and going to the "
                                "police or a shelter does not in itself take away your status. Find out your "
                                "country's rules from a lawyer or a support organisation before you sign "
                                "anything.</p>"
                            ),
                        },
                        {
                            "question": "I do not speak the language. Will anyone help me?",
                            "answer": (
                                "<p>Yes. In many countries the police, shelters and helplines work with "
                                "interpreters. Our hotline can help you find an organisation where people speak "
                                "Russian or Belarusian.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Not safe at home?",
                    "text": (
                        "Write to us from any country and tell us how it is safe to contact you. We will "
                        "help you find help near you."
                    ),
                },
            ),
        ],
    },
}


GUIDES = [
    _DEBT_BONDAGE,
    _VICTIMS_RIGHTS_COMPENSATION,
    _MINORS_TRAVEL_AND_WORK,
    _DOMESTIC_VIOLENCE_AFTER_MARRIAGE_ABROAD,
]
