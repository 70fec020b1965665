"""Demo guides on today's risks abroad: documents after Decree No. 278, jobs found
online, work in Russia, and injury or illness at work.

Plain data, see FORMAT.md. Every text exists in ru, be and en, and says the same
things in each; facts not yet confirmed carry a "check_note" for editors, which
readers never see.
"""

from .sources import (
    CERTIFICATE_OF_RETURN,
    DECREE_278,
    EU_IMMIGRATION_PORTAL,
    FOREIGN_MINISTRY,
    INTERIOR_MINISTRY,
    OHCHR_ONLINE_SCAMS,
    RUSSIA_INTERIOR_MINISTRY,
    sources,
)

_DOCUMENTS_ABROAD_DECREE_278 = {
    "key": "documents-abroad-decree-278",
    "section": "travel",
    "slug": {
        "ru": "dokumenty-za-granitsey-ukaz-278",
        "be": "dakumenty-za-myazhoy-ukaz-278",
        "en": "documents-abroad-decree-278",
    },
    "title": {
        "ru": "Документы за границей после Указа № 278",
        "be": "Дакументы за мяжой пасля Указа № 278",
        "en": "Documents abroad after Decree No. 278",
    },
    "intro": {
        "ru": (
            "С сентября 2023 года паспорт гражданина Беларуси нельзя получить, обменять или "
            "продлить за границей. Что делать, если он заканчивается, потерян или отобран, и как "
            "вернуться домой со свидетельством на возвращение."
        ),
        "be": (
            "З верасня 2023 года пашпарт грамадзяніна Беларусі нельга атрымаць, абмяняць ці "
            "падоўжыць за мяжой. Што рабіць, калі ён сканчаецца, згублены ці адабраны, і як "
            "вярнуцца дадому з пасведчаннем на вяртанне."
        ),
        "en": (
            "Since September 2023 a Belarusian passport cannot be issued, replaced or renewed "
            "abroad. What to do if yours is running out, lost or taken, and how to get home with "
            "a certificate of return."
        ),
    },
    "search_description": {
        "ru": (
            "Указ № 278: консульства Беларуси не выдают и не продлевают паспорта. Что такое "
            "свидетельство на возвращение, как его получить и вернуться домой."
        ),
        "be": (
            "Указ № 278: консульствы Беларусі не выдаюць і не падаўжаюць пашпарты. Што такое "
            "пасведчанне на вяртанне, як яго атрымаць і вярнуцца дадому."
        ),
        "en": (
            "Decree No. 278: Belarusian consulates no longer issue or renew passports. What a "
            "certificate of return is, how to get one and get home with it."
        ),
    },
    "topics": ["documents", "travel", "crisis-abroad"],
    "last_reviewed": "2026-12-06",
    "sources": sources(DECREE_278, CERTIFICATE_OF_RETURN, FOREIGN_MINISTRY),
    "related": ["passport-visa-basics", "help-abroad", "coming-home-after-work-abroad"],
    "body": {
        "ru": [
            (
                "heading",
                "Что изменилось в 2023 году",
            ),
            (
                "paragraph",
                (
                    "<p>Указ № 278 вступил в силу 7 сентября 2023 года. С этого дня посольства и "
                    "консульства Беларуси не выдают, не обменивают и не продлевают паспорта и "
                    "идентификационные карты: это делают только в Беларуси.</p><p>Консульства "
                    "по-прежнему ставят на консульский учёт, регистрируют рождение и брак, удостоверяют "
                    "согласия, заверяют копии документов и выдают свидетельства на возвращение.</p>"
                ),
            ),
            (
                "heading",
                "Что такое свидетельство на возвращение",
            ),
            (
                "paragraph",
                (
                    "<p>Это документ для одной поездки: по нему можно один раз въехать в Беларусь, в том "
                    "числе проехав транзитом через другие страны. Выехать по нему из Беларуси нельзя, "
                    "жить по нему за границей или ехать в третью страну тоже нельзя. Дома нужно оформить "
                    "новый паспорт в подразделении по гражданству и миграции.</p><p>Консульство выдаёт "
                    "свидетельство, если паспорт потерян или украден, если его срок закончился или он "
                    "испорчен, а также детям, которые родились за границей и ещё не имели паспорта.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Как получить свидетельство",
                    "steps": [
                        {
                            "title": "Заявите в полицию",
                            "text": (
                                "<p>Если паспорт потерян, украден или его не отдаёт работодатель, заявите об этом в "
                                "местную полицию и возьмите документ о заявлении: консульство его попросит.</p>"
                            ),
                        },
                        {
                            "title": "Свяжитесь с консульством",
                            "text": (
                                "<p>Узнайте, какое посольство или консульство Беларуси принимает жителей вашего "
                                "города, и запишитесь на приём: во многих консульствах принимают только по "
                                "записи.</p>"
                            ),
                        },
                        {
                            "title": "Соберите документы",
                            "text": (
                                "<p>Обычно нужны заявление, две цветные фотографии, документ из полиции и квитанция "
                                "об оплате консульского сбора. Копия паспорта, старый паспорт или любой документ с "
                                "фотографией ускорят проверку вашей личности.</p>"
                            ),
                        },
                        {
                            "title": "Спланируйте дорогу",
                            "text": (
                                "<p>Спросите в консульстве, через какие страны можно ехать транзитом с этим "
                                "документом, и не откладывайте выезд. Сообщите родным дату и маршрут.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Паспорт заканчивается, а вы за границей",
                    "text": (
                        "<p>Продлить паспорт на месте нельзя. От срока паспорта может зависеть ваш вид на "
                        "жительство или разрешение на работу. Заранее спланируйте поездку домой, чтобы "
                        "заменить паспорт, и спросите в миграционной службе страны, что будет с вашим "
                        "статусом.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "«Оформим паспорт без поездки» — обман",
                    "text": (
                        "<p>Паспорт гражданина Беларуси выдают только в Беларуси. Не платите посредникам, "
                        "которые обещают оформить его «удалённо», и не отдавайте им старый паспорт.</p>"
                    ),
                },
            ),
            (
                "faq",
                {
                    "title": "Частые вопросы",
                    "items": [
                        {
                            "question": "Паспорт у работодателя, и меня не отпускают. Консульство поможет?",
                            "answer": (
                                "<p>Да. Расскажите консулу, что паспорт удерживает работодатель, и заявите об этом в "
                                "полицию. Консульство оформит свидетельство на возвращение, а горячая линия поможет "
                                "спланировать безопасный выезд.</p>"
                            ),
                        },
                        {
                            "question": "Я живу за границей постоянно. Могу ли я получить паспорт там?",
                            "answer": (
                                "<p>Нет: с сентября 2023 года паспорта выдают и меняют только в Беларуси, в том "
                                "числе гражданам, которые постоянно живут за границей. Как это сделать в вашем "
                                "случае, уточните на сайте МИД Беларуси.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "check_note",
                {
                    "text": (
                        "Порядок для граждан, постоянно проживающих за границей (паспорт серии PP), и "
                        "перечень документов для свидетельства на возвращение сверьте с сайтом МИД Беларуси "
                        "и его посольств, затем исправьте текст выше и удалите эту заметку."
                    ),
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Паспорт потерян или отобран?",
                    "text": (
                        "Напишите или позвоните на горячую линию из любой страны: мы подскажем, в какое "
                        "консульство обратиться, и поможем спланировать дорогу домой."
                    ),
                },
            ),
        ],
        "be": [
            (
                "heading",
                "Што змянілася ў 2023 годзе",
            ),
            (
                "paragraph",
                (
                    "<p>Указ № 278 уступіў у сілу 7 верасня 2023 года. З гэтага дня пасольствы і "
                    "консульствы Беларусі не выдаюць, не абменьваюць і не падаўжаюць пашпарты і "
                    "ідэнтыфікацыйныя карты: гэта робяць толькі ў Беларусі.</p><p>Консульствы, як і "
                    "раней, ставяць на консульскі ўлік, рэгіструюць нараджэнне і шлюб, засведчваюць "
                    "згоды, завяраюць копіі дакументаў і выдаюць пасведчанні на вяртанне.</p>"
                ),
            ),
            (
                "heading",
                "Што такое пасведчанне на вяртанне",
            ),
            (
                "paragraph",
                (
                    "<p>Гэта дакумент для адной паездкі: па ім можна адзін раз уехаць у Беларусь, у тым "
                    "ліку праехаўшы транзітам праз іншыя краіны. Выехаць па ім з Беларусі нельга, жыць "
                    "па ім за мяжой ці ехаць у трэцюю краіну таксама нельга. Дома трэба аформіць новы "
                    "пашпарт у падраздзяленні па грамадзянстве і міграцыі.</p><p>Консульства выдае "
                    "пасведчанне, калі пашпарт згублены ці скрадзены, калі яго тэрмін скончыўся ці ён "
                    "сапсаваны, а таксама дзецям, якія нарадзіліся за мяжой і яшчэ не мелі пашпарта.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Як атрымаць пасведчанне",
                    "steps": [
                        {
                            "title": "Заявіце ў паліцыю",
                            "text": (
                                "<p>Калі пашпарт згублены, скрадзены ці яго не аддае працадаўца, заявіце пра гэта ў "
                                "мясцовую паліцыю і вазьміце дакумент пра заяву: консульства яго папросіць.</p>"
                            ),
                        },
                        {
                            "title": "Звяжыцеся з консульствам",
                            "text": (
                                "<p>Даведайцеся, якое пасольства ці консульства Беларусі прымае жыхароў вашага "
                                "горада, і запішыцеся на прыём: у многіх консульствах прымаюць толькі па запісе.</p>"
                            ),
                        },
                        {
                            "title": "Збярыце дакументы",
                            "text": (
                                "<p>Звычайна патрэбныя заява, два каляровыя фотаздымкі, дакумент з паліцыі і "
                                "квітанцыя аб аплаце консульскага збору. Копія пашпарта, стары пашпарт ці любы "
                                "дакумент з фотаздымкам паскораць праверку вашай асобы.</p>"
                            ),
                        },
                        {
                            "title": "Сплануйце дарогу",
                            "text": (
                                "<p>Спытайце ў консульстве, праз якія краіны можна ехаць транзітам з гэтым "
                                "дакументам, і не адкладвайце выезд. Паведаміце родным дату і маршрут.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Пашпарт сканчаецца, а вы за мяжой",
                    "text": (
                        "<p>Падоўжыць пашпарт на месцы нельга. Ад тэрміну пашпарта можа залежаць ваш від на "
                        "жыхарства ці дазвол на працу. Загадзя сплануйце паездку дадому, каб замяніць "
                        "пашпарт, і спытайце ў міграцыйнай службе краіны, што будзе з вашым статусам.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "«Аформім пашпарт без паездкі» — падман",
                    "text": (
                        "<p>Пашпарт грамадзяніна Беларусі выдаюць толькі ў Беларусі. Не плаціце "
                        "пасярэднікам, якія абяцаюць аформіць яго «дыстанцыйна», і не аддавайце ім стары "
                        "пашпарт.</p>"
                    ),
                },
            ),
            (
                "faq",
                {
                    "title": "Частыя пытанні",
                    "items": [
                        {
                            "question": "Пашпарт у працадаўцы, і мяне не адпускаюць. Консульства дапаможа?",
                            "answer": (
                                "<p>Так. Раскажыце консулу, што пашпарт утрымлівае працадаўца, і заявіце пра гэта ў "
                                "паліцыю. Консульства аформіць пасведчанне на вяртанне, а гарачая лінія дапаможа "
                                "спланаваць бяспечны выезд.</p>"
                            ),
                        },
                        {
                            "question": "Я жыву за мяжой пастаянна. Ці магу я атрымаць пашпарт там?",
                            "answer": (
                                "<p>Не: з верасня 2023 года пашпарты выдаюць і мяняюць толькі ў Беларусі, у тым ліку "
                                "грамадзянам, якія пастаянна жывуць за мяжой. Як гэта зрабіць у вашым выпадку, "
                                "удакладніце на сайце МЗС Беларусі.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "check_note",
                {
                    "text": (
                        "Парадак для грамадзян, якія пастаянна жывуць за мяжой (пашпарт серыі PP), і пералік "
                        "дакументаў для пасведчання на вяртанне зверце з сайтам МЗС Беларусі і яго "
                        "пасольстваў, потым выпраўце тэкст вышэй і выдаліце гэтую нататку."
                    ),
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Пашпарт згублены ці адабраны?",
                    "text": (
                        "Напішыце ці патэлефануйце на гарачую лінію з любой краіны: мы падкажам, у якое "
                        "консульства звярнуцца, і дапаможам спланаваць дарогу дадому."
                    ),
                },
            ),
        ],
        "en": [
            (
                "heading",
                "What changed in 2023",
            ),
            (
                "paragraph",
                (
                    "<p>Decree No. 278 came into force on 7 September 2023. Since then Belarusian "
                    "embassies and consulates no longer issue, replace or renew passports and identity "
                    "cards: that is done only in Belarus.</p><p>Consulates still register citizens "
                    "living abroad, register births and marriages, certify consents and copies of "
                    "documents, and issue certificates of return.</p>"
                ),
            ),
            (
                "heading",
                "What a certificate of return is",
            ),
            (
                "paragraph",
                (
                    "<p>It is a document for one journey: it lets you enter Belarus once, passing "
                    "through other countries on the way. You cannot leave Belarus with it, live abroad "
                    "on it or travel to a third country with it. At home you apply for a new passport at "
                    "the citizenship and migration office.</p><p>The consulate issues it if your "
                    "passport has been lost or stolen, has expired or is damaged, and to children born "
                    "abroad who have never had a passport.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "How to get one",
                    "steps": [
                        {
                            "title": "Report it to the police",
                            "text": (
                                "<p>If your passport has been lost or stolen, or your employer will not give it "
                                "back, report this to the local police and ask for a document confirming your "
                                "report: the consulate will ask for it.</p>"
                            ),
                        },
                        {
                            "title": "Contact the consulate",
                            "text": (
                                "<p>Find out which Belarusian embassy or consulate serves your city, and book an "
                                "appointment: many consulates see people by appointment only.</p>"
                            ),
                        },
                        {
                            "title": "Gather the documents",
                            "text": (
                                "<p>Usually: an application, two colour photos, the police document and a receipt "
                                "for the consular fee. A copy of your passport, your old passport or any ID with a "
                                "photo will make it quicker to confirm who you are.</p>"
                            ),
                        },
                        {
                            "title": "Plan the journey",
                            "text": (
                                "<p>Ask the consulate which countries you can pass through with this document, and "
                                "do not put off leaving. Tell your family your date and route.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Your passport is running out and you are abroad",
                    "text": (
                        "<p>You cannot renew it where you are. Your residence or work permit may depend on "
                        "its validity. Plan a trip home in good time to replace it, and ask the country's "
                        "migration authority what will happen to your status.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": '"A passport without going home" is a scam',
                    "text": (
                        "<p>Belarusian passports are issued only in Belarus. Do not pay intermediaries who "
                        'promise to arrange one "remotely", and do not give them your old passport.</p>'
                    ),
                },
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "My employer has my passport and will not let me go. Can the consulate help?",
                            "answer": (
                                "<p>Yes. Tell the consul that your employer is holding your passport, and report it "
                                "to the police. The consulate will issue a certificate of return, and the hotline "
                                "will help you plan a safe way out.</p>"
                            ),
                        },
                        {
                            "question": "I live abroad permanently. Can I get a passport there?",
                            "answer": (
                                "<p>No: since September 2023 passports are issued and replaced only in Belarus, "
                                "including for citizens who live abroad permanently. Check on the website of the "
                                "Belarusian Ministry of Foreign Affairs how to do it in your case.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "check_note",
                {
                    "text": (
                        "Check the procedure for citizens living abroad permanently (PP series passports) "
                        "and the list of documents for a certificate of return on the websites of the "
                        "Belarusian Ministry of Foreign Affairs and its embassies, then correct the text "
                        "above and delete this note."
                    ),
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Passport lost or taken?",
                    "text": (
                        "Write to or call the hotline from any country: we will tell you which consulate to "
                        "contact and help you plan the journey home."
                    ),
                },
            ),
        ],
    },
}


_ONLINE_RECRUITMENT_SCAMS = {
    "key": "online-recruitment-scams",
    "section": "work",
    "slug": {
        "ru": "rabota-cherez-internet",
        "be": "pratsa-praz-internet",
        "en": "jobs-found-online",
    },
    "title": {
        "ru": "Работа через интернет: какие ловушки за ней скрываются",
        "be": "Праца праз інтэрнэт: якія пасткі за ёй хаваюцца",
        "en": "Jobs found online, and the traps behind them",
    },
    "intro": {
        "ru": (
            "Работу за границей сегодня чаще всего ищут в мессенджерах и соцсетях, и там же "
            "людей ищут вербовщики. Три схемы, о которых стоит знать, и как проверить "
            "предложение до того, как вы отправите документы или поедете."
        ),
        "be": (
            "Працу за мяжой сёння часцей за ўсё шукаюць у месенджарах і сацыяльных сетках, і там "
            "жа людзей шукаюць вярбоўшчыкі. Тры схемы, пра якія варта ведаць, і як праверыць "
            "прапанову да таго, як вы адправіце дакументы ці паедзеце."
        ),
        "en": (
            "Today most people look for work abroad in messaging apps and on social media, and "
            "that is where recruiters look for people too. Three schemes worth knowing, and how "
            "to check an offer before you send documents or travel."
        ),
    },
    "search_description": {
        "ru": (
            "Вакансии в Telegram и соцсетях, «IT и колл-центры» в Юго-Восточной Азии, передача "
            "своей карты чужим людям: признаки обмана и что делать."
        ),
        "be": (
            "Вакансіі ў Telegram і сацыяльных сетках, «IT і кол-цэнтры» ў Паўднёва-Усходняй "
            "Азіі, перадача сваёй карткі чужым людзям: прыкметы падману і што рабіць."
        ),
        "en": (
            'Jobs in Telegram channels and on social media, "IT and call centre" offers in '
            "Southeast Asia, lending your bank card: warning signs and what to do."
        ),
    },
    "topics": ["employment", "safety", "trafficking"],
    "last_reviewed": "2026-12-06",
    "sources": sources(OHCHR_ONLINE_SCAMS, INTERIOR_MINISTRY),
    "related": ["check-job-offer", "sending-money-home", "signs-of-trafficking"],
    "body": {
        "ru": [
            (
                "heading",
                "Вакансии в Telegram и соцсетях",
            ),
            (
                "paragraph",
                (
                    "<p>Канал с тысячами подписчиков и восторженными отзывами ещё не доказывает, что "
                    "работодатель существует: подписчиков и отзывы покупают, а канал можно удалить за "
                    "минуту. Объявление без названия компании, «менеджер» только в личных сообщениях и "
                    "просьба сразу прислать фото паспорта — повод остановиться и проверить.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Прежде чем откликаться",
                    "items": [
                        (
                            "Я знаю точное название работодателя и сам(а) нашёл(ла) его сайт и адрес, не по "
                            "ссылке из канала"
                        ),
                        (
                            "Если посредник — агентство, оно есть в перечне МВД организаций с правом на "
                            "трудоустройство за рубежом"
                        ),
                        "Мне прислали договор, а не только обещания в переписке",
                        "Я не отправлял(а) фото или скан паспорта до подписания договора",
                        "Переписка сохранена: снимки экрана с именами, номерами и ссылками",
                    ],
                },
            ),
            (
                "heading",
                "«IT и колл-центр» в Юго-Восточной Азии",
            ),
            (
                "paragraph",
                (
                    "<p>Предлагают работу оператором, тестировщиком или «менеджером по продажам» в "
                    "Таиланде, Мьянме, Камбодже или Лаосе: высокая зарплата, билеты оплачены, опыт не "
                    "нужен. На месте людей везут через границу в закрытые комплексы, отбирают паспорт и "
                    "заставляют обманывать других в интернете, наказывая за невыполненный "
                    "«план».</p><p>По оценке Управления ООН по правам человека 2023 года, так удерживали "
                    "сотни тысяч человек: не меньше 120 000 в Мьянме и около 100 000 в Камбодже.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Признаки такой вакансии",
                    "text": (
                        "<ul><li>Билет до Бангкока, а дальше «встретят и отвезут» по суше.</li><li>Работа «в "
                        "компании друга» без названия и адреса.</li><li>Собеседование только в "
                        "мессенджере.</li><li>Ехать предлагают по туристической визе или «визе по "
                        "прибытии».</li><li>Просят никому не говорить, где будет работа.</li></ul>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Если вы или ваш близкий уже там: по возможности сообщите родным точное место "
                    "(геолокацию), не спорьте с охраной и свяжитесь с горячей линией. Родные могут сразу "
                    "обратиться в милицию и на горячую линию: мы подскажем, какое посольство Беларуси "
                    "отвечает за эту страну.</p>"
                ),
            ),
            (
                "heading",
                "Не отдавайте свою карту и доступ к счёту",
            ),
            (
                "paragraph",
                (
                    "<p>«Лёгкая подработка»: принять на свою карту чужие деньги и перевести дальше, "
                    "оформить карту «для компании» или продать доступ к интернет-банку. Так мошенники "
                    "прогоняют украденные деньги, а отвечать за это будет владелец карты. В Беларуси "
                    "передача своей банковской карты или данных для входа в банк другим людям за "
                    "вознаграждение может повлечь уголовную ответственность.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "Уголовная ответственность за передачу платёжных инструментов и данных для доступа к "
                        "счёту (статья 222 Уголовного кодекса Беларуси в редакции 2021 года): юрист должен "
                        "уточнить статью и условия, затем впишите их в текст выше и удалите эту заметку."
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Если вы уже отдали карту или получили чужие деньги",
                    "steps": [
                        {
                            "title": "Заблокируйте карту",
                            "text": (
                                "<p>Позвоните в банк по номеру с карты, заблокируйте её и смените пароль от "
                                "интернет-банка.</p>"
                            ),
                        },
                        {
                            "title": "Не переводите деньги дальше",
                            "text": "<p>Даже если «работодатель» торопит или угрожает.</p>",
                        },
                        {
                            "title": "Сохраните переписку",
                            "text": "<p>Снимки экрана с именами, номерами, ссылками на каналы и суммами.</p>",
                        },
                        {
                            "title": "Обратитесь в милицию и на горячую линию",
                            "text": "<p>Чем раньше вы сообщите, тем проще показать, что вас обманули.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Нашли вакансию в интернете?",
                    "text": (
                        "Пришлите консультанту ссылку или текст объявления: мы поможем его проверить, "
                        "бесплатно и анонимно."
                    ),
                },
            ),
        ],
        "be": [
            (
                "heading",
                "Вакансіі ў Telegram і сацыяльных сетках",
            ),
            (
                "paragraph",
                (
                    "<p>Канал з тысячамі падпісчыкаў і захопленымі водгукамі яшчэ не даказвае, што "
                    "працадаўца існуе: падпісчыкаў і водгукі купляюць, а канал можна выдаліць за "
                    "хвіліну. Аб’ява без назвы кампаніі, «менеджар» толькі ў асабістых паведамленнях і "
                    "просьба адразу даслаць фота пашпарта — нагода спыніцца і праверыць.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Перш чым адгукацца",
                    "items": [
                        (
                            "Я ведаю дакладную назву працадаўцы і сам (сама) знайшоў (знайшла) яго сайт і адрас, "
                            "не па спасылцы з канала"
                        ),
                        (
                            "Калі пасярэднік — агенцтва, яно ёсць у пераліку МУС арганізацый з правам на "
                            "працаўладкаванне за мяжой"
                        ),
                        "Мне даслалі дагавор, а не толькі абяцанні ў перапісцы",
                        "Я не адпраўляў (не адпраўляла) фота ці скан пашпарта да падпісання дагавора",
                        "Перапіска захавана: здымкі экрана з імёнамі, нумарамі і спасылкамі",
                    ],
                },
            ),
            (
                "heading",
                "«IT і кол-цэнтр» у Паўднёва-Усходняй Азіі",
            ),
            (
                "paragraph",
                (
                    "<p>Прапануюць працу аператарам, тэсціроўшчыкам ці «менеджарам па продажах» у "
                    "Тайландзе, М’янме, Камбоджы ці Лаосе: высокі заробак, білеты аплачаныя, досвед не "
                    "патрэбны. На месцы людзей вязуць праз мяжу ў закрытыя комплексы, адбіраюць пашпарт "
                    "і прымушаюць падманваць іншых у інтэрнэце, караючы за невыкананы "
                    "«план».</p><p>Паводле ацэнкі Упраўлення ААН па правах чалавека 2023 года, так "
                    "утрымлівалі сотні тысяч чалавек: не менш за 120 000 у М’янме і каля 100 000 у "
                    "Камбоджы.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Прыкметы такой вакансіі",
                    "text": (
                        "<ul><li>Білет да Бангкока, а далей «сустрэнуць і адвязуць» па сушы.</li><li>Праца "
                        "«ў кампаніі сябра» без назвы і адраса.</li><li>Сумоўе толькі ў "
                        "месенджары.</li><li>Ехаць прапануюць па турыстычнай візе ці «візе па "
                        "прыбыцці».</li><li>Просяць нікому не казаць, дзе будзе праца.</li></ul>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Калі вы ці ваш блізкі ўжо там: па магчымасці паведаміце родным дакладнае месца "
                    "(геалакацыю), не спрачайцеся з аховай і звяжыцеся з гарачай лініяй. Родныя могуць "
                    "адразу звярнуцца ў міліцыю і на гарачую лінію: мы падкажам, якое пасольства "
                    "Беларусі адказвае за гэтую краіну.</p>"
                ),
            ),
            (
                "heading",
                "Не аддавайце сваю картку і доступ да рахунку",
            ),
            (
                "paragraph",
                (
                    "<p>«Лёгкая падпрацоўка»: прыняць на сваю картку чужыя грошы і пераслаць далей, "
                    "аформіць картку «для кампаніі» ці прадаць доступ да інтэрнэт-банка. Так ашуканцы "
                    "праганяюць скрадзеныя грошы, а адказваць за гэта будзе ўладальнік карткі. У "
                    "Беларусі перадача сваёй банкаўскай карткі ці даных для ўваходу ў банк іншым людзям "
                    "за ўзнагароду можа пацягнуць крымінальную адказнасць.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "Крымінальная адказнасць за перадачу плацежных інструментаў і даных для доступу да "
                        "рахунку (артыкул 222 Крымінальнага кодэкса Беларусі ў рэдакцыі 2021 года): юрыст "
                        "павінен удакладніць артыкул і ўмовы, потым упішыце іх у тэкст вышэй і выдаліце "
                        "гэтую нататку."
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Калі вы ўжо аддалі картку ці атрымалі чужыя грошы",
                    "steps": [
                        {
                            "title": "Заблакуйце картку",
                            "text": (
                                "<p>Патэлефануйце ў банк па нумары з карткі, заблакуйце яе і змяніце пароль ад "
                                "інтэрнэт-банка.</p>"
                            ),
                        },
                        {
                            "title": "Не пераводзьце грошы далей",
                            "text": "<p>Нават калі «працадаўца» падганяе ці пагражае.</p>",
                        },
                        {
                            "title": "Захавайце перапіску",
                            "text": "<p>Здымкі экрана з імёнамі, нумарамі, спасылкамі на каналы і сумамі.</p>",
                        },
                        {
                            "title": "Звярніцеся ў міліцыю і на гарачую лінію",
                            "text": "<p>Чым раней вы паведаміце, тым прасцей паказаць, што вас падманулі.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Знайшлі вакансію ў інтэрнэце?",
                    "text": (
                        "Дашліце кансультанту спасылку ці тэкст аб’явы: мы дапаможам яе праверыць, бясплатна "
                        "і ананімна."
                    ),
                },
            ),
        ],
        "en": [
            (
                "heading",
                "Jobs in Telegram channels and on social media",
            ),
            (
                "paragraph",
                (
                    "<p>A channel with thousands of subscribers and glowing reviews does not prove the "
                    "employer exists: subscribers and reviews are bought, and a channel can be deleted "
                    'in a minute. An advert with no company name, a "manager" who only writes in private '
                    "messages, and a request to send a photo of your passport straight away are all "
                    "reasons to stop and check.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Before you reply to an advert",
                    "items": [
                        (
                            "I know the employer's exact name and found its website and address myself, not "
                            "through a link in the channel"
                        ),
                        (
                            "If the go-between is an agency, it is on the Ministry of Internal Affairs' list of "
                            "organisations allowed to arrange jobs abroad"
                        ),
                        "I have been sent a contract, not only promises in messages",
                        "I have not sent a photo or scan of my passport before signing a contract",
                        "I have saved the messages: screenshots with names, numbers and links",
                    ],
                },
            ),
            (
                "heading",
                '"IT and call centre" jobs in Southeast Asia',
            ),
            (
                "paragraph",
                (
                    '<p>The offer is a job as an operator, a tester or a "sales manager" in Thailand, '
                    "Myanmar, Cambodia or Laos: high pay, tickets paid, no experience needed. On arrival "
                    "people are driven across a border into closed compounds, their passports are taken "
                    "and they are forced to defraud others online, and punished when they miss a "
                    '"target".</p><p>The UN Human Rights Office estimated in 2023 that hundreds of '
                    "thousands of people were held this way: at least 120,000 in Myanmar and around "
                    "100,000 in Cambodia.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Signs of such an offer",
                    "text": (
                        '<ul><li>A ticket to Bangkok, and from there you will be "met and driven" '
                        'overland.</li><li>A job "at a friend\'s company" with no name and no '
                        "address.</li><li>The interview happens only in a messaging app.</li><li>You are "
                        'told to travel on a tourist visa or a "visa on arrival".</li><li>You are asked not '
                        "to tell anyone where the job is.</li></ul>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>If you or someone close to you is already there: if you can, send your family "
                    "your exact location, do not argue with the guards, and contact the hotline. "
                    "Families can go to the police and the hotline straight away: we will tell you which "
                    "Belarusian embassy covers that country.</p>"
                ),
            ),
            (
                "heading",
                "Do not hand over your card or access to your account",
            ),
            (
                "paragraph",
                (
                    '<p>"Easy money on the side": receive someone else\'s money on your card and send it '
                    'on, open a card "for the company", or sell access to your online banking. This is '
                    "how fraudsters move stolen money, and the card holder is the one who answers for "
                    "it. In Belarus, handing your bank card or banking login to others for a reward can "
                    "be a criminal offence.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "Criminal liability for handing over payment cards and account login details "
                        "(Article 222 of the Criminal Code of Belarus as amended in 2021): a lawyer must "
                        "confirm the article and its conditions; then add them to the text above and delete "
                        "this note."
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "If you have already handed over your card or received other people's money",
                    "steps": [
                        {
                            "title": "Block the card",
                            "text": (
                                "<p>Call your bank on the number on the card, block it and change your online "
                                "banking password.</p>"
                            ),
                        },
                        {
                            "title": "Do not send the money on",
                            "text": '<p>Even if the "employer" rushes or threatens you.</p>',
                        },
                        {
                            "title": "Keep the messages",
                            "text": "<p>Screenshots with names, numbers, channel links and amounts.</p>",
                        },
                        {
                            "title": "Go to the police and contact the hotline",
                            "text": (
                                "<p>The sooner you report it, the easier it is to show that you were deceived.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Found a job online?",
                    "text": (
                        "Send a consultant the link or the text of the advert: we will help you check it, "
                        "free of charge and anonymously."
                    ),
                },
            ),
        ],
    },
}


_WORKING_IN_RUSSIA = {
    "key": "working-in-russia",
    "section": "work",
    "slug": {
        "ru": "rabota-v-rossii",
        "be": "pratsa-u-rasii",
        "en": "working-in-russia",
    },
    "title": {
        "ru": "Работа в России: вахта, невыплата зарплаты и «охранные» контракты",
        "be": "Праца ў Расіі: вахта, нявыплата заробку і «ахоўныя» кантракты",
        "en": 'Working in Russia: rotation jobs, unpaid wages and "security" contracts',
    },
    "intro": {
        "ru": (
            "Гражданину Беларуси работать в России проще, чем где-либо: не нужны ни виза, ни "
            "разрешение на работу. Поэтому и обманывают там чаще. Что проверить до вахты, как "
            "добиться заработанного и каких предложений избегать."
        ),
        "be": (
            "Грамадзяніну Беларусі працаваць у Расіі прасцей, чым дзе-небудзь: не патрэбныя ні "
            "віза, ні дазвол на працу. Таму і падманваюць там часцей. Што праверыць да вахты, як "
            "дамагчыся заробленага і якіх прапаноў пазбягаць."
        ),
        "en": (
            "For a Belarusian citizen, working in Russia is easier than anywhere else: no visa "
            "and no work permit are needed. That is also why people are cheated there more "
            "often. What to check before a rotation job, how to get your pay, and which offers "
            "to avoid."
        ),
    },
    "search_description": {
        "ru": (
            "Работа в России для граждан Беларуси: трудовой договор, регистрация, вахта, "
            "невыплата зарплаты, вербовка на «охрану» и военные контракты."
        ),
        "be": (
            "Праца ў Расіі для грамадзян Беларусі: працоўны дагавор, рэгістрацыя, вахта, "
            "нявыплата заробку, вярбоўка на «ахову» і ваенныя кантракты."
        ),
        "en": (
            "Working in Russia for Belarusian citizens: employment contract, registration, "
            'rotation jobs, unpaid wages, recruitment into "security" jobs and military '
            "contracts."
        ),
    },
    "topics": ["employment", "labour-rights", "documents"],
    "last_reviewed": "2026-12-06",
    "sources": sources(RUSSIA_INTERIOR_MINISTRY, FOREIGN_MINISTRY),
    "related": ["contracts-work-permits", "check-job-offer", "signs-of-trafficking"],
    "body": {
        "ru": [
            (
                "heading",
                "Что нужно для работы",
            ),
            (
                "paragraph",
                (
                    "<p>Гражданин Беларуси работает в России на тех же условиях, что и гражданин России: "
                    "без визы, разрешения на работу и патента. Нужны действующий паспорт и письменный "
                    "трудовой договор с самим работодателем, один экземпляр которого остаётся у вас.</p>"
                ),
            ),
            (
                "heading",
                "Регистрация по месту пребывания",
            ),
            (
                "paragraph",
                (
                    "<p>По соглашению России и Беларуси 2006 года о равных правах граждан беларусы "
                    "какое-то время после въезда могут жить в России без регистрации. Если вы остаётесь "
                    "дольше, нужно встать на миграционный учёт по месту пребывания. Обычно уведомление "
                    "подаёт хозяин жилья или работодатель (принимающая сторона), а вам отдают отрывную "
                    "часть уведомления: храните её.</p><p>Надёжнее всего встать на учёт в первые дни, не "
                    "дожидаясь конца срока: за нарушение штрафуют.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "Срок, в течение которого граждане Беларуси освобождены от регистрации в России, не "
                        "подтверждён. Соглашение от 24 января 2006 года устанавливало 30 дней; протокол к "
                        "нему, подготовленный в 2014 году, увеличивает срок до 90 дней. Проверьте на сайте "
                        "МВД России (раздел о миграционном учёте) и в тексте соглашения, какой срок "
                        "действует сейчас, впишите его в текст выше и удалите эту заметку."
                    ),
                },
            ),
            (
                "heading",
                "Вахта",
            ),
            (
                "paragraph",
                (
                    "<p>Вахта — это работа сменами по несколько недель вдали от дома: стройки, добыча, "
                    "склады. Вахтовые «агентства» нередко оказываются посредниками без договора с "
                    "настоящим работодателем. Тогда никто не отвечает ни за зарплату, ни за жильё, ни за "
                    "дорогу домой.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Перед вахтой",
                    "items": [
                        "Трудовой договор заключён с самим работодателем, а не расписка посредника",
                        "В договоре указаны место работы, длительность вахты, график и оплата",
                        "Понятно, кто платит за дорогу, жильё и питание и сколько удержат из зарплаты",
                        "Паспорт остаётся у меня, даже «на время оформления»",
                        "Родные знают адрес объекта, название работодателя и телефон бригадира",
                        "Есть деньги на обратный билет",
                    ],
                },
            ),
            (
                "heading",
                "Если не платят",
            ),
            (
                "steps",
                {
                    "title": "Что делать, если зарплату задерживают или не платят",
                    "steps": [
                        {
                            "title": "Считайте часы и собирайте доказательства",
                            "text": (
                                "<p>Записывайте смены, фотографируйте табели, пропуск и объект, сохраняйте переписку "
                                "с бригадиром.</p>"
                            ),
                        },
                        {
                            "title": "Потребуйте расчёт письменно",
                            "text": (
                                "<p>Напишите работодателю, сколько и за что вам должны. Сохраните копию с отметкой о "
                                "получении или отправьте заказным письмом.</p>"
                            ),
                        },
                        {
                            "title": "Пожалуйтесь в инспекцию труда или прокуратуру",
                            "text": (
                                "<p>Государственная инспекция труда и прокуратура принимают жалобы и от граждан "
                                "Беларуси, в том числе через интернет.</p>"
                            ),
                        },
                        {
                            "title": "Обратитесь в суд",
                            "text": (
                                "<p>Споры о зарплате решает суд, а сроки обращения ограничены, поэтому не "
                                "откладывайте. Горячая линия подскажет, где найти бесплатную юридическую помощь.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "heading",
                "«Охрана», «стройка», «водитель» — а на деле военный контракт",
            ),
            (
                "paragraph",
                (
                    "<p>С 2022 года известны случаи, когда иностранцев вербовали на «охрану объектов», "
                    "«строительство» или работу «водителем» с высокой зарплатой, а на месте давали "
                    "подписать контракт о военной службе или отправляли в зону боевых действий. "
                    "Подписанный контракт расторгнуть очень трудно.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Никогда",
                    "text": (
                        "<ul><li>Не подписывайте бумаги, которые вам не дали прочитать, особенно в "
                        "военкомате или «пункте отбора».</li><li>Не отдавайте паспорт.</li><li>Не "
                        "соглашайтесь ехать туда, где «объект» не называют.</li><li>Если работа связана с "
                        "оружием или охраной в зоне конфликта — откажитесь.</li></ul>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Участие гражданина Беларуси в вооружённом конфликте за рубежом может быть "
                    "преступлением по законам Беларуси. Если вас уже удерживают или заставляют подписать "
                    "контракт, свяжитесь с посольством Беларуси в Москве или ближайшим консульством, с "
                    "родными и с горячей линией. Родные могут обратиться в милицию в Беларуси.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "Ответственность по законам Беларуси за участие в вооружённом конфликте за рубежом "
                        "(статья 133 Уголовного кодекса о наёмничестве) и то, как она применяется к службе "
                        "по контракту в армии другого государства, должен проверить юрист. Уточните "
                        "формулировку выше, затем удалите заметку."
                    ),
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Собираетесь на вахту?",
                    "text": (
                        "Пришлите консультанту условия и название работодателя: мы поможем проверить их до "
                        "отъезда."
                    ),
                },
            ),
        ],
        "be": [
            (
                "heading",
                "Што патрэбна для працы",
            ),
            (
                "paragraph",
                (
                    "<p>Грамадзянін Беларусі працуе ў Расіі на тых жа ўмовах, што і грамадзянін Расіі: "
                    "без візы, дазволу на працу і патэнта. Патрэбныя дзейны пашпарт і пісьмовы працоўны "
                    "дагавор з самім працадаўцам, адзін асобнік якога застаецца ў вас.</p>"
                ),
            ),
            (
                "heading",
                "Рэгістрацыя па месцы знаходжання",
            ),
            (
                "paragraph",
                (
                    "<p>Паводле пагаднення Расіі і Беларусі 2006 года аб роўных правах грамадзян "
                    "беларусы пэўны час пасля ўезду могуць жыць у Расіі без рэгістрацыі. Калі вы "
                    "застаяцеся даўжэй, трэба стаць на міграцыйны ўлік па месцы знаходжання. Звычайна "
                    "паведамленне падае гаспадар жылля ці працадаўца (прымаючы бок), а вам аддаюць "
                    "адрыўную частку паведамлення: захоўвайце яе.</p><p>Надзейней за ўсё стаць на ўлік у "
                    "першыя дні, не чакаючы канца тэрміну: за парушэнне штрафуюць.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "Тэрмін, на які грамадзяне Беларусі вызваленыя ад рэгістрацыі ў Расіі, не "
                        "пацверджаны. Пагадненне ад 24 студзеня 2006 года ўстанаўлівала 30 дзён; пратакол да "
                        "яго, падрыхтаваны ў 2014 годзе, павялічвае тэрмін да 90 дзён. Праверце на сайце МУС "
                        "Расіі (раздзел пра міграцыйны ўлік) і ў тэксце пагаднення, які тэрмін дзейнічае "
                        "цяпер, упішыце яго ў тэкст вышэй і выдаліце гэтую нататку."
                    ),
                },
            ),
            (
                "heading",
                "Вахта",
            ),
            (
                "paragraph",
                (
                    "<p>Вахта — гэта праца зменамі па некалькі тыдняў далёка ад дому: будоўлі, здабыча, "
                    "склады. Вахтавыя «агенцтвы» нярэдка аказваюцца пасярэднікамі без дагавора з "
                    "сапраўдным працадаўцам. Тады ніхто не адказвае ні за заробак, ні за жыллё, ні за "
                    "дарогу дадому.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Перад вахтай",
                    "items": [
                        "Працоўны дагавор заключаны з самім працадаўцам, а не распіска пасярэдніка",
                        "У дагаворы пазначаны месца працы, працягласць вахты, графік і аплата",
                        (
                            "Зразумела, хто плаціць за дарогу, жыллё і харчаванне і колькі ўтрымаюць з заробку"
                        ),
                        "Пашпарт застаецца ў мяне, нават «на час афармлення»",
                        "Родныя ведаюць адрас аб’екта, назву працадаўцы і тэлефон брыгадзіра",
                        "Ёсць грошы на зваротны білет",
                    ],
                },
            ),
            (
                "heading",
                "Калі не плацяць",
            ),
            (
                "steps",
                {
                    "title": "Што рабіць, калі заробак затрымліваюць ці не плацяць",
                    "steps": [
                        {
                            "title": "Лічыце гадзіны і збірайце доказы",
                            "text": (
                                "<p>Запісвайце змены, фатаграфуйце табелі, пропуск і аб’ект, захоўвайце перапіску з "
                                "брыгадзірам.</p>"
                            ),
                        },
                        {
                            "title": "Запатрабуйце разлік пісьмова",
                            "text": (
                                "<p>Напішыце працадаўцу, колькі і за што вам вінны. Захавайце копію з адзнакай пра "
                                "атрыманне ці адпраўце заказным лістом.</p>"
                            ),
                        },
                        {
                            "title": "Паскардзіцеся ў інспекцыю працы ці пракуратуру",
                            "text": (
                                "<p>Дзяржаўная інспекцыя працы і пракуратура прымаюць скаргі і ад грамадзян "
                                "Беларусі, у тым ліку праз інтэрнэт.</p>"
                            ),
                        },
                        {
                            "title": "Звярніцеся ў суд",
                            "text": (
                                "<p>Спрэчкі пра заробак вырашае суд, а тэрміны звароту абмежаваныя, таму не "
                                "адкладвайце. Гарачая лінія падкажа, дзе знайсці бясплатную юрыдычную дапамогу.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "heading",
                "«Ахова», «будоўля», «вадзіцель» — а насамрэч ваенны кантракт",
            ),
            (
                "paragraph",
                (
                    "<p>З 2022 года вядомыя выпадкі, калі замежнікаў вярбавалі на «ахову аб’ектаў», "
                    "«будаўніцтва» ці працу «вадзіцелем» з высокім заробкам, а на месцы давалі падпісаць "
                    "кантракт аб ваеннай службе ці адпраўлялі ў зону баявых дзеянняў. Падпісаны кантракт "
                    "скасаваць вельмі цяжка.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Ніколі",
                    "text": (
                        "<ul><li>Не падпісвайце паперы, якія вам не далі прачытаць, асабліва ў ваенкамаце ці "
                        "«пункце адбору».</li><li>Не аддавайце пашпарт.</li><li>Не згаджайцеся ехаць туды, "
                        "дзе «аб’ект» не называюць.</li><li>Калі праца звязаная са зброяй ці аховай у зоне "
                        "канфлікту — адмаўляйцеся.</li></ul>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Удзел грамадзяніна Беларусі ва ўзброеным канфлікце за мяжой можа быць "
                    "злачынствам паводле законаў Беларусі. Калі вас ужо ўтрымліваюць ці прымушаюць "
                    "падпісаць кантракт, звяжыцеся з пасольствам Беларусі ў Маскве ці бліжэйшым "
                    "консульствам, з роднымі і з гарачай лініяй. Родныя могуць звярнуцца ў міліцыю ў "
                    "Беларусі.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "Адказнасць паводле законаў Беларусі за ўдзел ва ўзброеным канфлікце за мяжой "
                        "(артыкул 133 Крымінальнага кодэкса пра наймітства) і тое, як яна ўжываецца да "
                        "службы па кантракце ў войску іншай дзяржавы, павінен праверыць юрыст. Удакладніце "
                        "фармулёўку вышэй, потым выдаліце нататку."
                    ),
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Збіраецеся на вахту?",
                    "text": (
                        "Дашліце кансультанту ўмовы і назву працадаўцы: мы дапаможам праверыць іх да "
                        "ад’езду."
                    ),
                },
            ),
        ],
        "en": [
            (
                "heading",
                "What you need to work",
            ),
            (
                "paragraph",
                (
                    "<p>A Belarusian citizen works in Russia on the same terms as a Russian citizen: no "
                    "visa, work permit or patent is needed. You need a valid passport and a written "
                    "employment contract with the employer itself, one signed copy of which stays with "
                    "you.</p>"
                ),
            ),
            (
                "heading",
                "Registering where you stay",
            ),
            (
                "paragraph",
                (
                    "<p>Under the 2006 agreement between Russia and Belarus on the equal rights of their "
                    "citizens, Belarusians may live in Russia for a period after entry without "
                    "registering. If you stay longer, you must be registered with the migration "
                    "authorities at your place of stay. Usually the landlord or the employer (the "
                    '"receiving party") files the notice, and you are given its tear-off slip: keep '
                    "it.</p><p>The safest course is to register in the first days rather than wait for "
                    "the deadline: breaking the rules means a fine.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "How long Belarusian citizens may stay in Russia without registering is not "
                        "confirmed. The agreement of 24 January 2006 set 30 days; a protocol to it prepared "
                        "in 2014 extends this to 90 days. Check on the site of the Russian Ministry of "
                        "Internal Affairs (migration registration) and in the text of the agreement which "
                        "period applies now, add it to the text above and delete this note."
                    ),
                },
            ),
            (
                "heading",
                "Rotation work (vakhta)",
            ),
            (
                "paragraph",
                (
                    "<p>Rotation work means shifts of several weeks far from home: building sites, "
                    'mining, warehouses. Rotation "agencies" often turn out to be go-betweens with no '
                    "contract with the real employer. Then nobody answers for your pay, your housing or "
                    "your journey home.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Before a rotation job",
                    "items": [
                        (
                            "My employment contract is with the employer itself, not a receipt from a go-between"
                        ),
                        (
                            "The contract states the workplace, the length of the rotation, the schedule and the "
                            "pay"
                        ),
                        (
                            "I know who pays for travel, housing and food, and how much will be deducted from my "
                            "pay"
                        ),
                        'My passport stays with me, even "while the paperwork is done"',
                        (
                            "My family knows the site address, the employer's name and the foreman's phone "
                            "number"
                        ),
                        "I have money for a ticket home",
                    ],
                },
            ),
            (
                "heading",
                "If you are not paid",
            ),
            (
                "steps",
                {
                    "title": "What to do if your wages are late or unpaid",
                    "steps": [
                        {
                            "title": "Count your hours and gather evidence",
                            "text": (
                                "<p>Write down your shifts, photograph time sheets, your pass and the site, and keep "
                                "your messages with the foreman.</p>"
                            ),
                        },
                        {
                            "title": "Ask for your pay in writing",
                            "text": (
                                "<p>Write to the employer saying how much you are owed and for what. Keep a copy "
                                "marked as received, or send it by registered post.</p>"
                            ),
                        },
                        {
                            "title": "Complain to the labour inspectorate or the prosecutor",
                            "text": (
                                "<p>The State Labour Inspectorate and the prosecutor's office accept complaints from "
                                "Belarusian citizens too, including online.</p>"
                            ),
                        },
                        {
                            "title": "Go to court",
                            "text": (
                                "<p>Pay disputes are decided by a court, and there are time limits, so do not delay. "
                                "The hotline will tell you where to find free legal help.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "heading",
                '"Security", "construction", "driver": and then a military contract',
            ),
            (
                "paragraph",
                (
                    "<p>Since 2022 there have been cases of foreigners recruited for well-paid jobs "
                    '"guarding sites", "in construction" or "as a driver" who on arrival were given a '
                    "military service contract to sign or were sent to a combat zone. A signed contract "
                    "is very hard to get out of.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "danger",
                    "title": "Never",
                    "text": (
                        "<ul><li>Sign papers you have not been allowed to read, especially at a military "
                        'office or a "selection point".</li><li>Hand over your passport.</li><li>Agree to go '
                        'somewhere when nobody will name the "site".</li><li>Accept a job involving weapons '
                        "or guard duty in a conflict zone.</li></ul>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Taking part in an armed conflict abroad can be a crime under Belarusian law. If "
                    "you are already being held or pressed to sign a contract, contact the Belarusian "
                    "embassy in Moscow or the nearest consulate, your family and the hotline. Your "
                    "family can go to the police in Belarus.</p>"
                ),
            ),
            (
                "check_note",
                {
                    "text": (
                        "A lawyer must check the liability under Belarusian law for taking part in an armed "
                        "conflict abroad (Article 133 of the Criminal Code on mercenarism) and how it "
                        "applies to contract service in another state's army. Settle the wording above, then "
                        "delete this note."
                    ),
                },
            ),
            (
                "hotline_cta",
                {
                    "title": "Going on a rotation job?",
                    "text": (
                        "Send a consultant the terms and the employer's name: we will help you check them "
                        "before you go."
                    ),
                },
            ),
        ],
    },
}


_INJURY_ILLNESS_AT_WORK_ABROAD = {
    "key": "injury-illness-at-work-abroad",
    "section": "work",
    "slug": {
        "ru": "travma-ili-bolezn-na-rabote-za-granitsey",
        "be": "trauma-tsi-khvaroba-na-pratsy-za-myazhoy",
        "en": "injured-or-ill-working-abroad",
    },
    "title": {
        "ru": "Травма или болезнь на работе за границей",
        "be": "Траўма ці хвароба на працы за мяжой",
        "en": "Injured or ill while working abroad",
    },
    "intro": {
        "ru": (
            "Несчастный случай на работе или болезнь вдали от дома — это здоровье, деньги и "
            "документы сразу. Что сделать в первые дни, что сохранить и к кому обращаться."
        ),
        "be": (
            "Няшчасны выпадак на працы ці хвароба далёка ад дому — гэта адразу і здароўе, і "
            "грошы, і дакументы. Што зрабіць у першыя дні, што захаваць і да каго звяртацца."
        ),
        "en": (
            "An accident at work or an illness far from home affects your health, your money and "
            "your papers all at once. What to do in the first days, what to keep, and whom to "
            "turn to."
        ),
    },
    "search_description": {
        "ru": (
            "Несчастный случай на работе за границей: скорая помощь, документы от врачей, "
            "сообщение работодателю, страховка, больничный и дорога домой."
        ),
        "be": (
            "Няшчасны выпадак на працы за мяжой: хуткая дапамога, дакументы ад дактароў, "
            "паведамленне працадаўцу, страхоўка, бальнічны і дарога дадому."
        ),
        "en": (
            "An accident at work abroad: emergency care, medical records, telling the employer, "
            "insurance, sick pay and getting home."
        ),
    },
    "topics": ["employment", "labour-rights", "crisis-abroad"],
    "last_reviewed": "2026-12-06",
    "sources": sources(EU_IMMIGRATION_PORTAL, FOREIGN_MINISTRY),
    "related": ["contracts-work-permits", "help-abroad", "coming-home-after-work-abroad"],
    "body": {
        "ru": [
            (
                "heading",
                "Сначала — помощь",
            ),
            (
                "paragraph",
                (
                    "<p>При серьёзной травме вызывайте скорую по местному экстренному номеру (в ЕС — "
                    "112) или попросите коллег вызвать её. Вы имеете право на медицинскую помощь, даже "
                    "если работодатель предлагает «отлежаться» или везёт к «своему» врачу.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Что сделать в первые дни",
                    "steps": [
                        {
                            "title": "Сообщите работодателю письменно",
                            "text": (
                                "<p>Напишите, когда, где и как это случилось. Во многих странах работодатель обязан "
                                "оформить несчастный случай на производстве и сообщить о нём в страховую или "
                                "инспекцию труда.</p>"
                            ),
                        },
                        {
                            "title": "Соберите документы от врачей",
                            "text": (
                                "<p>Выписки, диагнозы, рецепты, больничный лист. Попросите копии на английском или "
                                "на языке страны.</p>"
                            ),
                        },
                        {
                            "title": "Запишите свидетелей",
                            "text": "<p>Имена и телефоны коллег, снимки места, где это случилось.</p>",
                        },
                        {
                            "title": "Позвоните в страховую",
                            "text": (
                                "<p>Если у вас есть медицинская страховка, сообщите о случае по круглосуточному "
                                "номеру полиса — по возможности до лечения.</p>"
                            ),
                        },
                        {
                            "title": "Сообщите родным и горячей линии",
                            "text": "<p>Особенно если работодатель давит, не даёт лечиться или грозит уволить.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Если вы работали без договора",
                    "text": (
                        "<p>Без договора и законного статуса получить лечение и выплаты труднее, но право на "
                        "экстренную помощь у вас остаётся. Не подписывайте бумаг о том, что травма «бытовая» "
                        "или что претензий у вас нет.</p>"
                    ),
                },
            ),
            (
                "heading",
                "Больничный и выплаты",
            ),
            (
                "paragraph",
                (
                    "<p>Кто платит за лечение и за дни болезни, зависит от страны и от того, оформлены "
                    "ли вы законно. В странах ЕС работник с трудовым договором обычно застрахован от "
                    "несчастных случаев на работе. Узнайте у работодателя, в больничной кассе или в "
                    "инспекции труда, куда подать заявление, и не откладывайте: сроки ограничены.</p>"
                ),
            ),
            (
                "heading",
                "Если нужно вернуться домой",
            ),
            (
                "paragraph",
                (
                    "<p>Попросите у врача заключение о том, что вы можете перенести дорогу, и копии всей "
                    "медицинской документации. Консульство Беларуси поможет связаться с родными. Лечение "
                    "и перевозку больного оплачивает страховка, а не консульство: поэтому полис на весь "
                    "срок поездки так важен.</p><p>Дома покажите документы врачу в поликлинике. Если "
                    "травма случилась на работе, сохраните всё, что получили за границей: это "
                    "понадобится, чтобы требовать выплат.</p>"
                ),
            ),
            (
                "hotline_cta",
                {
                    "title": "Заболели или травмировались на работе?",
                    "text": (
                        "Напишите нам: мы подскажем, куда обратиться в стране, где вы работаете, и что "
                        "сохранить."
                    ),
                },
            ),
        ],
        "be": [
            (
                "heading",
                "Спачатку — дапамога",
            ),
            (
                "paragraph",
                (
                    "<p>Пры сур’ёзнай траўме выклікайце хуткую па мясцовым экстранным нумары (у ЕС — "
                    "112) ці папрасіце калег выклікаць яе. Вы маеце права на медыцынскую дапамогу, нават "
                    "калі працадаўца прапануе «адлежацца» ці вязе да «свайго» доктара.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Што зрабіць у першыя дні",
                    "steps": [
                        {
                            "title": "Паведаміце працадаўцу пісьмова",
                            "text": (
                                "<p>Напішыце, калі, дзе і як гэта здарылася. У многіх краінах працадаўца абавязаны "
                                "аформіць няшчасны выпадак на вытворчасці і паведаміць пра яго ў страхавую ці "
                                "інспекцыю працы.</p>"
                            ),
                        },
                        {
                            "title": "Збярыце дакументы ад дактароў",
                            "text": (
                                "<p>Выпіскі, дыягназы, рэцэпты, бальнічны ліст. Папрасіце копіі на англійскай ці на "
                                "мове краіны.</p>"
                            ),
                        },
                        {
                            "title": "Запішыце сведак",
                            "text": "<p>Імёны і тэлефоны калег, здымкі месца, дзе гэта здарылася.</p>",
                        },
                        {
                            "title": "Патэлефануйце ў страхавую",
                            "text": (
                                "<p>Калі ў вас ёсць медыцынская страхоўка, паведаміце пра выпадак па кругласутачным "
                                "нумары поліса — па магчымасці да лячэння.</p>"
                            ),
                        },
                        {
                            "title": "Паведаміце родным і гарачай лініі",
                            "text": "<p>Асабліва калі працадаўца цісне, не дае лячыцца ці пагражае звольніць.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Калі вы працавалі без дагавора",
                    "text": (
                        "<p>Без дагавора і законнага статусу атрымаць лячэнне і выплаты цяжэй, але права на "
                        "экстранную дапамогу ў вас застаецца. Не падпісвайце папер пра тое, што траўма "
                        "«бытавая» ці што прэтэнзій у вас няма.</p>"
                    ),
                },
            ),
            (
                "heading",
                "Бальнічны і выплаты",
            ),
            (
                "paragraph",
                (
                    "<p>Хто плаціць за лячэнне і за дні хваробы, залежыць ад краіны і ад таго, ці "
                    "аформлены вы законна. У краінах ЕС работнік з працоўным дагаворам звычайна "
                    "застрахаваны ад няшчасных выпадкаў на працы. Даведайцеся ў працадаўцы, у бальнічнай "
                    "касе ці ў інспекцыі працы, куды падаць заяву, і не адкладвайце: тэрміны "
                    "абмежаваныя.</p>"
                ),
            ),
            (
                "heading",
                "Калі трэба вярнуцца дадому",
            ),
            (
                "paragraph",
                (
                    "<p>Папрасіце ў доктара заключэнне пра тое, што вы можаце перанесці дарогу, і копіі "
                    "ўсёй медыцынскай дакументацыі. Консульства Беларусі дапаможа звязацца з роднымі. "
                    "Лячэнне і перавозку хворага аплачвае страхоўка, а не консульства: таму поліс на "
                    "ўвесь тэрмін паездкі такі важны.</p><p>Дома пакажыце дакументы доктару ў "
                    "паліклініцы. Калі траўма здарылася на працы, захавайце ўсё, што атрымалі за мяжой: "
                    "гэта спатрэбіцца, каб патрабаваць выплат.</p>"
                ),
            ),
            (
                "hotline_cta",
                {
                    "title": "Захварэлі ці атрымалі траўму на працы?",
                    "text": (
                        "Напішыце нам: мы падкажам, куды звярнуцца ў краіне, дзе вы працуеце, і што "
                        "захаваць."
                    ),
                },
            ),
        ],
        "en": [
            (
                "heading",
                "Get help first",
            ),
            (
                "paragraph",
                (
                    "<p>If you are badly hurt, call an ambulance on the local emergency number (112 in "
                    "the EU) or ask a colleague to call. You have a right to medical care even if your "
                    'employer tells you to "rest it off" or drives you to "their own" doctor.</p>'
                ),
            ),
            (
                "steps",
                {
                    "title": "What to do in the first days",
                    "steps": [
                        {
                            "title": "Tell your employer in writing",
                            "text": (
                                "<p>Write down when, where and how it happened. In many countries the employer must "
                                "record an accident at work and report it to the insurer or the labour "
                                "inspectorate.</p>"
                            ),
                        },
                        {
                            "title": "Collect your medical papers",
                            "text": (
                                "<p>Discharge notes, diagnoses, prescriptions, the sick note. Ask for copies in "
                                "English or in the country's language.</p>"
                            ),
                        },
                        {
                            "title": "Write down the witnesses",
                            "text": (
                                "<p>Names and phone numbers of colleagues, photos of the place where it "
                                "happened.</p>"
                            ),
                        },
                        {
                            "title": "Call your insurer",
                            "text": (
                                "<p>If you have health insurance, report the case on the 24-hour number on your "
                                "policy, before treatment if you can.</p>"
                            ),
                        },
                        {
                            "title": "Tell your family and the hotline",
                            "text": (
                                "<p>Especially if your employer is putting pressure on you, will not let you get "
                                "treatment or threatens to dismiss you.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "If you worked without a contract",
                    "text": (
                        "<p>Without a contract or legal status it is harder to get treatment and payments, "
                        "but you keep the right to emergency care. Do not sign papers saying the injury "
                        'happened "at home" or that you have no claims.</p>'
                    ),
                },
            ),
            (
                "heading",
                "Sick pay and compensation",
            ),
            (
                "paragraph",
                (
                    "<p>Who pays for treatment and for the days you cannot work depends on the country "
                    "and on whether you were employed legally. In EU countries an employee with a "
                    "contract is usually insured against accidents at work. Ask your employer, the "
                    "health insurance fund or the labour inspectorate where to apply, and do not delay: "
                    "there are time limits.</p>"
                ),
            ),
            (
                "heading",
                "If you need to go home",
            ),
            (
                "paragraph",
                (
                    "<p>Ask the doctor for a note that you are fit to travel, and for copies of all your "
                    "medical records. The Belarusian consulate can help you reach your family. Treatment "
                    "and bringing a patient home are paid by insurance, not by the consulate: that is "
                    "why a policy for the whole trip matters so much.</p><p>At home, show the papers to "
                    "a doctor at your clinic. If the injury happened at work, keep everything you were "
                    "given abroad: you will need it to claim compensation.</p>"
                ),
            ),
            (
                "hotline_cta",
                {
                    "title": "Ill or injured at work?",
                    "text": (
                        "Write to us: we will tell you whom to contact in the country where you work and "
                        "what to keep."
                    ),
                },
            ),
        ],
    },
}


GUIDES = [
    _DOCUMENTS_ABROAD_DECREE_278,
    _ONLINE_RECRUITMENT_SCAMS,
    _WORKING_IN_RUSSIA,
    _INJURY_ILLNESS_AT_WORK_ABROAD,
]
