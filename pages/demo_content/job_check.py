"""The demo "Check a job offer" page, under the section "work".

Plain data, see FORMAT.md. Each question is `(text, red_flag, weight, advice,
guide)` per language: the warning-sign answer ("yes" or "no"), its weight ("low"
or "high"), the advice as rich text and the key of a guide that explains more.
The questions follow the warning signs of the guides on checking a job offer,
contracts and work permits, passports kept by employers and trafficking.
"""

YES, NO, HIGH, LOW = "yes", "no", "high", "low"

# (red flag, weight, guide key), the same in every language, in the questions' order.
_RULES = [
    (NO, HIGH, "check-job-offer"),
    (YES, HIGH, "check-job-offer"),
    (NO, HIGH, "contracts-work-permits"),
    (YES, HIGH, "employer-takes-passport"),
    (YES, HIGH, "contracts-work-permits"),
    (NO, LOW, "contracts-work-permits"),
    (NO, LOW, "check-job-offer"),
    (YES, LOW, "contracts-work-permits"),
    (YES, LOW, "check-job-offer"),
    (YES, LOW, "check-job-offer"),
    (NO, LOW, "contracts-work-permits"),
    (YES, LOW, "check-job-offer"),
    (YES, HIGH, "signs-of-trafficking"),
    (NO, HIGH, "signs-of-trafficking"),
]

_TEXTS = {
    "ru": [
        (
            "Есть ли у агентства специальное разрешение (лицензия) на трудоустройство за границей?",
            "<p>В Беларуси посредники, которые трудоустраивают за границей, должны иметь "
            "специальное разрешение. Спросите его номер и сверьте название с перечнем "
            "Министерства внутренних дел. Не знаете — выясните, прежде чем платить "
            "или отдавать документы.</p>",
        ),
        (
            "Просят ли заплатить «за визу», «за место» или «за билет» до отъезда, "
            "без договора и квитанции?",
            "<p>Оплата услуг лицензированного агентства по письменному договору и с "
            "квитанцией — это нормально. Деньги наличными без бумаг или «вычтем из "
            "зарплаты потом» — частый способ загнать человека в долг.</p>",
        ),
        (
            "Получите ли вы письменный трудовой договор на понятном вам языке до отъезда?",
            "<p>Устная договорённость за границей почти ничего не стоит. Договор нужно "
            "прочитать и подписать до отъезда, на понятном вам языке или с переводом. "
            "Если перевода нет, покажите текст тому, кому доверяете, или консультанту.</p>",
        ),
        (
            "Собирается ли работодатель или агентство забрать ваш паспорт «на хранение» "
            "или «для оформления»?",
            "<p>Никто, кроме государственных органов, не вправе забирать ваш паспорт. "
            "Паспорт, который держит работодатель, — один из главных признаков "
            "торговли людьми. Не отдавайте его и оставьте копии дома.</p>",
        ),
        (
            "Предлагают ли ехать по туристической визе или без визы и «оформиться на месте»?",
            "<p>Работа по туристической визе или без разрешения — нелегальная: такого "
            "работника легко обмануть с зарплатой, ему грозят штраф, выдворение и "
            "запрет въезда. Нужны рабочая виза или разрешение на работу до начала работы.</p>",
        ),
        (
            "Известно ли, какое разрешение на работу или визу вы получите и кто его оформляет?",
            "<p>Спросите, на каком основании вы будете работать: рабочая виза, "
            "разрешение на работу, сезонное разрешение. Проверьте правила на "
            "официальном сайте страны, а не только со слов посредника.</p>",
        ),
        (
            "Знаете ли вы точное название и настоящий адрес работодателя и можете ли "
            "сами проверить, что фирма существует?",
            "<p>Найдите фирму в открытом реестре компаний страны, её сайт и телефон — "
            "сами, не по ссылке из объявления. Если посредник не называет работодателя "
            "или общается только в мессенджере, это тревожный знак.</p>",
        ),
        (
            "Будут ли платить только наличными, без расчётных листков?",
            "<p>Зарплата только наличными часто значит работу без договора и без "
            "страховки: потом трудно доказать, сколько вам должны. Просите перевод на "
            "счёт и расчётный листок за каждый месяц.</p>",
        ),
        (
            "Обещают ли зарплату намного выше обычной за работу без опыта и знания языка?",
            "<p>Сравните предложение с обычной зарплатой за такую работу в этой стране. "
            "Слишком хорошие условия без требований — приманка, на которую чаще всего "
            "и ловят.</p>",
        ),
        (
            "Будут ли дорогу, жильё или оформление вычитать из зарплаты как долг?",
            "<p>Долг перед работодателем или посредником — способ удерживать человека: "
            "к долгу добавляют штрафы и проценты, и уехать «нельзя, пока не "
            "отработаешь». Выясните все вычеты заранее и письменно.</p>",
        ),
        (
            "Знаете ли вы, где будете жить и сколько за это удержат из зарплаты?",
            "<p>Адрес жилья и его стоимость должны быть известны до отъезда. Оставьте "
            "адрес работы и жилья родным.</p>",
        ),
        (
            "Торопят ли вас: «места заканчиваются, решайте сегодня», выезд через пару дней?",
            "<p>Честное предложение подождёт день-два, пока вы его проверяете. Спешка "
            "нужна тем, кто не хочет, чтобы вы успели разобраться.</p>",
        ),
        (
            "Просят ли держать работу в секрете или говорить пограничникам и консулу "
            "неправду о цели поездки?",
            "<p>Просьба солгать о цели поездки значит, что вас везут работать "
            "нелегально, и это признак вербовки для эксплуатации. Не соглашайтесь и "
            "позвоните на горячую линию.</p>",
        ),
        (
            "Сможете ли вы оставить у себя телефон и свободно связываться с родными?",
            "<p>Если телефон предлагают сдать или запрещают звонить домой, это признак "
            "торговли людьми. Договоритесь с родными о кодовом слове и о времени, "
            "когда вы выходите на связь.</p>",
        ),
    ],
    "be": [
        (
            "Ці ёсць у агенцтва спецыяльны дазвол (ліцэнзія) на працаўладкаванне за мяжой?",
            "<p>У Беларусі пасярэднікі, якія працаўладкоўваюць за мяжой, павінны мець "
            "спецыяльны дазвол. Спытайце яго нумар і звярыце назву з пералікам "
            "Міністэрства ўнутраных спраў. Не ведаеце — высветліце, перш чым плаціць "
            "ці аддаваць дакументы.</p>",
        ),
        (
            "Ці просяць заплаціць «за візу», «за месца» ці «за білет» да ад'езду, без "
            "дамовы і квітанцыі?",
            "<p>Аплата паслуг ліцэнзаванага агенцтва па пісьмовай дамове і з квітанцыяй — "
            "гэта нармальна. Грошы наяўнымі без папер ці «вылічым з заробку потым» — "
            "часты спосаб загнаць чалавека ў доўг.</p>",
        ),
        (
            "Ці атрымаеце вы пісьмовую працоўную дамову на зразумелай вам мове да ад'езду?",
            "<p>Вусная дамоўленасць за мяжой амаль нічога не варта. Дамову трэба "
            "прачытаць і падпісаць да ад'езду, на зразумелай вам мове ці з перакладам. "
            "Калі перакладу няма, пакажыце тэкст таму, каму давяраеце, ці кансультанту.</p>",
        ),
        (
            "Ці збіраецца працадаўца ці агенцтва забраць ваш пашпарт «на захоўванне» ці "
            "«для афармлення»?",
            "<p>Ніхто, акрамя дзяржаўных органаў, не мае права забіраць ваш пашпарт. "
            "Пашпарт, які трымае працадаўца, — адна з галоўных прыкмет гандлю людзьмі. "
            "Не аддавайце яго і пакіньце копіі дома.</p>",
        ),
        (
            "Ці прапануюць ехаць па турыстычнай візе ці без візы і «аформіцца на месцы»?",
            "<p>Праца па турыстычнай візе ці без дазволу — нелегальная: такога "
            "работніка лёгка ашукаць з заробкам, яму пагражаюць штраф, выдварэнне і "
            "забарона ўезду. Патрэбныя працоўная віза ці дазвол на працу да пачатку працы.</p>",
        ),
        (
            "Ці вядома, які дазвол на працу ці візу вы атрымаеце і хто яго афармляе?",
            "<p>Спытайце, на якой падставе вы будзеце працаваць: працоўная віза, дазвол "
            "на працу, сезонны дазвол. Праверце правілы на афіцыйным сайце краіны, а "
            "не толькі са слоў пасярэдніка.</p>",
        ),
        (
            "Ці ведаеце вы дакладную назву і сапраўдны адрас працадаўцы і ці можаце самі "
            "праверыць, што фірма існуе?",
            "<p>Знайдзіце фірму ў адкрытым рэестры кампаній краіны, яе сайт і тэлефон — "
            "самі, не па спасылцы з аб'явы. Калі пасярэднік не называе працадаўцу ці "
            "размаўляе толькі ў месенджары, гэта трывожная прыкмета.</p>",
        ),
        (
            "Ці будуць плаціць толькі наяўнымі, без разліковых лісткоў?",
            "<p>Заробак толькі наяўнымі часта азначае працу без дамовы і без "
            "страхоўкі: потым цяжка даказаць, колькі вам вінныя. Прасіце пералік на "
            "рахунак і разліковы лісток за кожны месяц.</p>",
        ),
        (
            "Ці абяцаюць заробак значна вышэйшы за звычайны за працу без вопыту і ведання мовы?",
            "<p>Параўнайце прапанову са звычайным заробкам за такую працу ў гэтай "
            "краіне. Занадта добрыя ўмовы без патрабаванняў — прынада, на якую часцей "
            "за ўсё і ловяць.</p>",
        ),
        (
            "Ці будуць дарогу, жыллё ці афармленне вылічваць з заробку як доўг?",
            "<p>Доўг перад працадаўцам ці пасярэднікам — спосаб утрымліваць чалавека: "
            "да доўгу дадаюць штрафы і працэнты, і з'ехаць «нельга, пакуль не "
            "адпрацуеш». Высветліце ўсе вылікі загадзя і пісьмова.</p>",
        ),
        (
            "Ці ведаеце вы, дзе будзеце жыць і колькі за гэта ўтрымаюць з заробку?",
            "<p>Адрас жылля і яго кошт павінны быць вядомыя да ад'езду. Пакіньце адрас "
            "працы і жылля родным.</p>",
        ),
        (
            "Ці падганяюць вас: «месцы заканчваюцца, вырашайце сёння», ад'езд праз пару дзён?",
            "<p>Сумленная прапанова пачакае дзень-два, пакуль вы яе правяраеце. Спешка "
            "патрэбная тым, хто не хоча, каб вы паспелі разабрацца.</p>",
        ),
        (
            "Ці просяць трымаць працу ў сакрэце ці казаць пагранічнікам і консулу "
            "няпраўду пра мэту паездкі?",
            "<p>Просьба схлусіць пра мэту паездкі азначае, што вас вязуць працаваць "
            "нелегальна, і гэта прыкмета вярбоўкі для эксплуатацыі. Не пагаджайцеся і "
            "патэлефануйце на гарачую лінію.</p>",
        ),
        (
            "Ці зможаце вы пакінуць у сябе тэлефон і свабодна звязвацца з роднымі?",
            "<p>Калі тэлефон прапануюць здаць ці забараняюць тэлефанаваць дадому, гэта "
            "прыкмета гандлю людзьмі. Дамоўцеся з роднымі пра кодавае слова і пра час, "
            "калі вы выходзіце на сувязь.</p>",
        ),
    ],
    "en": [
        (
            "Does the agency hold a special permit (licence) to arrange jobs abroad?",
            "<p>In Belarus, intermediaries who arrange jobs abroad must hold a special "
            "permit. Ask for its number and check the agency's name against the list "
            "of the Ministry of Internal Affairs. If you do not know, find out before "
            "you pay or hand over documents.</p>",
        ),
        (
            "Are you asked to pay “for the visa”, “for the place” or “for the ticket” "
            "before you leave, with no contract and no receipt?",
            "<p>Paying a licensed agency under a written contract, with a receipt, is "
            "normal. Cash with no paperwork, or “we will take it out of your wages "
            "later”, is a common way to trap people in debt.</p>",
        ),
        (
            "Will you get a written employment contract in a language you read before you leave?",
            "<p>A verbal agreement is worth very little abroad. Read and sign the "
            "contract before you leave, in a language you understand or with a "
            "translation. If there is none, show the text to someone you trust or to "
            "a consultant.</p>",
        ),
        (
            "Will the employer or the agency keep your passport “for safekeeping” or "
            "“for the paperwork”?",
            "<p>Nobody but the authorities may take your passport. A passport held by "
            "an employer is one of the main signs of human trafficking. Do not hand "
            "it over, and leave copies at home.</p>",
        ),
        (
            "Are you told to travel on a tourist visa or visa-free and “sort out the "
            "papers there”?",
            "<p>Working on a tourist visa or without a permit is illegal work: such a "
            "worker is easily cheated of wages and risks a fine, removal and an entry "
            "ban. You need a work visa or a work permit before you start.</p>",
        ),
        (
            "Do you know which work permit or visa you will get, and who applies for it?",
            "<p>Ask what you will work on: a work visa, a work permit, a seasonal "
            "permit. Check the rules on the country's official website, not only in "
            "the intermediary's words.</p>",
        ),
        (
            "Do you know the employer's exact name and real address, and can you check "
            "yourself that the company exists?",
            "<p>Find the company in the country's public company register, and its "
            "website and phone number yourself, not through a link in the advert. An "
            "intermediary who will not name the employer, or only talks through a "
            "messenger app, is a warning sign.</p>",
        ),
        (
            "Will you be paid in cash only, with no pay slips?",
            "<p>Cash-only pay often means work with no contract and no insurance: "
            "later it is hard to prove what you are owed. Ask for pay into a bank "
            "account and a pay slip every month.</p>",
        ),
        (
            "Is the pay much higher than usual for work that needs no experience or language?",
            "<p>Compare the offer with the usual pay for such work in that country. "
            "Conditions that are too good, with nothing asked of you, are the bait "
            "people are most often caught with.</p>",
        ),
        (
            "Will travel, housing or paperwork be taken out of your wages as a debt?",
            "<p>A debt to an employer or intermediary is a way to hold people: fines "
            "and interest are added, and you “cannot leave until you have worked it "
            "off”. Find out every deduction in advance, in writing.</p>",
        ),
        (
            "Do you know where you will live, and how much will be deducted for it?",
            "<p>The address of your housing and its cost should be known before you "
            "leave. Leave the addresses of the work and the housing with your family.</p>",
        ),
        (
            "Are you being rushed: “places are going fast, decide today”, leaving in a "
            "couple of days?",
            "<p>An honest offer will wait a day or two while you check it. Hurry helps "
            "only those who do not want you to look closely.</p>",
        ),
        (
            "Are you asked to keep the job secret, or to tell border guards or the "
            "consulate something untrue about your trip?",
            "<p>Being asked to lie about the purpose of the trip means you are being "
            "taken to work illegally, and it is a sign of recruitment for "
            "exploitation. Do not agree, and call the hotline.</p>",
        ),
        (
            "Will you be able to keep your phone and contact your family freely?",
            "<p>If you are asked to hand in your phone or not to call home, that is a "
            "sign of human trafficking. Agree a code word with your family, and the "
            "times when you will get in touch.</p>",
        ),
    ],
}


def _questions(language):
    return [
        (
            "question",
            {
                "question": text,
                "red_flag": red_flag,
                "weight": weight,
                "advice": advice,
                "guide": guide,
            },
        )
        for (text, advice), (red_flag, weight, guide) in zip(_TEXTS[language], _RULES, strict=True)
    ]


JOB_CHECK = {
    "key": "job-check",
    "section": "work",
    "slug": {"ru": "test-vakansii", "be": "test-vakansii", "en": "job-offer-test"},
    "title": {
        "ru": "Проверьте предложение работы",
        "be": "Праверце прапанову працы",
        "en": "Check a job offer",
    },
    "intro": {
        "ru": (
            "Четырнадцать вопросов о предложении работы за границей. Ответьте «да», «нет» "
            "или «не знаю» — и увидите тревожные признаки, если они есть, и что делать дальше."
        ),
        "be": (
            "Чатырнаццаць пытанняў пра прапанову працы за мяжой. Адкажыце «так», «не» "
            "ці «не ведаю» — і ўбачыце трывожныя прыкметы, калі яны ёсць, і што рабіць далей."
        ),
        "en": (
            "Fourteen questions about a job offer abroad. Answer yes, no or “don't know” "
            "to see any warning signs and what to do next."
        ),
    },
    "search_description": {
        "ru": "Тест перед работой за границей: лицензия агентства, договор, паспорт, виза.",
        "be": "Тэст перад працай за мяжой: ліцэнзія агенцтва, дамова, пашпарт, віза.",
        "en": "A self-test before working abroad: agency licence, contract, passport, visa.",
    },
    "reminder": {
        "ru": (
            "Сами сверьте номер разрешения агентства с перечнем МВД, прочитайте весь "
            "договор до подписи, оставьте родным копии документов и адрес работодателя "
            "и сохраните номера горячей линии и посольства Беларуси в стране поездки."
        ),
        "be": (
            "Самі звярыце нумар дазволу агенцтва з пералікам МУС, прачытайце ўсю "
            "дамову да подпісу, пакіньце родным копіі дакументаў і адрас працадаўцы "
            "і захавайце нумары гарачай лініі і пасольства Беларусі ў краіне паездкі."
        ),
        "en": (
            "Check the agency's permit number against the Ministry's list yourself, read "
            "the whole contract before you sign, leave copies of your documents and the "
            "employer's address with your family, and save the numbers of the hotline and "
            "of the Belarusian embassy in the country you go to."
        ),
    },
    "questions": {code: _questions(code) for code in _TEXTS},
}
