"""What to check before and after a trip abroad, and the copies to leave with
family: the safety-checklist guide, the document-copies guide and the trip plan
all show these lists, so each item is written once, here.

Plain data, see FORMAT.md.
"""

# For any trip: documents, insurance and the way home.
ANY_TRIP = {
    "ru": [
        "Паспорт действует на весь срок поездки и ещё с запасом: за границей его не "
        "продлят и не заменят",
        "Виза или разрешение соответствуют цели поездки: рабочая — для работы, студенческая — для "
        "учёбы, туристическая — только для отдыха",
        "Медицинская страховка есть на весь срок поездки",
        "Обратный билет куплен или на него отложены деньги",
    ],
    "be": [
        "Пашпарт дзейнічае на ўвесь тэрмін паездкі і яшчэ з запасам: за мяжой яго не "
        "падоўжаць і не заменяць",
        "Віза ці дазвол адпавядаюць мэце паездкі: працоўная — для працы, студэнцкая — для вучобы, "
        "турыстычная — толькі для адпачынку",
        "Медыцынская страхоўка ёсць на ўвесь тэрмін паездкі",
        "Зваротны білет куплены або на яго адкладзены грошы",
    ],
    "en": [
        "My passport is valid for the whole stay plus a margin: it cannot be renewed or "
        "replaced abroad",
        "My visa or permit matches the purpose of the trip: a work visa for work, a student visa "
        "for study, a tourist visa for a holiday only",
        "I have health insurance for the whole trip",
        "My ticket home is bought, or the money for it is set aside",
    ],
}

# What to check for each purpose of the trip, before the items for any trip.
BY_PURPOSE = {
    "work": {
        "ru": [
            "Агентство проверено: у него есть лицензия на трудоустройство за границей",
            "Я знаю точное название, адрес и телефон работодателя",
            "Я нашёл(ла) отзывы или поговорил(а) с кем-то, кто там работает",
            "Я не платил(а) денег без договора и чека",
            "Трудовой договор подписан до отъезда и понятен мне",
            "Разрешение на работу оформлено, если оно нужно",
        ],
        "be": [
            "Агенцтва праверана: у яго ёсць ліцэнзія на працаўладкаванне за мяжой",
            "Я ведаю дакладную назву, адрас і тэлефон працадаўцы",
            "Я знайшоў (знайшла) водгукі або пагаварыў (пагаварыла) з кімсьці, хто там працуе",
            "Я не плаціў (не плаціла) грошай без дагавора і чэка",
            "Працоўны дагавор падпісаны да ад’езду і зразумелы мне",
            "Дазвол на працу аформлены, калі ён патрэбны",
        ],
        "en": [
            "The agency is checked and licensed to arrange jobs abroad",
            "I know the employer's exact name, address and phone number",
            "I have found reviews or talked to someone who works there",
            "I have not paid any money without a contract and a receipt",
            "My employment contract is signed before I leave, and I understand it",
            "My work permit is arranged, if one is needed",
        ],
    },
    "study": {
        "ru": [
            "Учебное заведение есть в официальном перечне аккредитованных вузов страны",
            "У меня есть письменное подтверждение зачисления и договор на учёбу, а платил(а) я на "
            "счёт вуза или зарегистрированного агентства",
            "Я знаю, что входит в оплату: обучение, жильё, страховка",
            "Я знаю, сколько часов в неделю студенту можно работать в этой стране",
            "Известно, кто меня встретит и где я буду жить в первые дни",
        ],
        "be": [
            "Навучальная ўстанова ёсць у афіцыйным пераліку акрэдытаваных ВНУ краіны",
            "У мяне ёсць пісьмовае пацвярджэнне залічэння і дагавор на навучанне, а плаціў "
            "(плаціла) я на рахунак ВНУ або зарэгістраванага агенцтва",
            "Я ведаю, што ўваходзіць у аплату: навучанне, жыллё, страхоўка",
            "Я ведаю, колькі гадзін на тыдзень студэнту можна працаваць у гэтай краіне",
            "Вядома, хто мяне сустрэне і дзе я буду жыць у першыя дні",
        ],
        "en": [
            "The school is on the country's official list of accredited institutions",
            "I have written confirmation of admission and a study contract, and I paid the school "
            "or a registered agency",
            "I know what the fees cover: tuition, housing, insurance",
            "I know how many hours a week a student may work in that country",
            "I know who will meet me and where I will live for the first days",
        ],
    },
    "marriage": {
        "ru": [
            "Я видел(а) этого человека по видеосвязи и знаю его полное имя и адрес",
            "Я знаю, какие документы нужны для брака в этой стране и как их легализовать",
            "Деньги на обратный билет — мои собственные, а не подарок будущего супруга",
            "Паспорт я никому не отдаю «на оформление»",
        ],
        "be": [
            "Я бачыў (бачыла) гэтага чалавека па відэасувязі і ведаю яго поўнае імя і адрас",
            "Я ведаю, якія дакументы патрэбныя для шлюбу ў гэтай краіне і як іх легалізаваць",
            "Грошы на зваротны білет — мае ўласныя, а не падарунак будучага мужа ці жонкі",
            "Пашпарт я нікому не аддаю «на афармленне»",
        ],
        "en": [
            "I have seen this person on a video call and know their full name and address",
            "I know which documents a marriage needs in that country and how to legalise them",
            "The money for my ticket home is my own, not a gift from my future spouse",
            'I do not hand my passport to anyone "for the paperwork"',
        ],
    },
    "tourism": {
        "ru": [
            "Тур куплен у туроператора или турагента с письменным договором, ваучером и чеком",
            "Я знаю название туроператора, который отвечает за тур, и его круглосуточный телефон",
            "Страховка покрывает лечение и возвращение домой",
            "Бронь жилья подтверждена, а обратный билет у меня на руках",
            "Я не соглашаюсь «подработать» по туристической визе",
        ],
        "be": [
            "Тур набыты ў тураператара ці турагента з пісьмовым дагаворам, ваўчарам і чэкам",
            "Я ведаю назву тураператара, які адказвае за тур, і яго кругласутачны тэлефон",
            "Страхоўка пакрывае лячэнне і вяртанне дадому",
            "Браніраванне жылля пацверджана, а зваротны білет у мяне на руках",
            "Я не пагаджаюся «падзарабіць» па турыстычнай візе",
        ],
        "en": [
            "The tour is bought from a tour operator or travel agent, with a written contract, a "
            "voucher and a receipt",
            "I know which tour operator is responsible for the tour, and its 24-hour phone number",
            "My insurance covers medical treatment and getting home",
            "My accommodation is confirmed and I have my ticket home",
            'I do not agree to "earn a bit on the side" on a tourist visa',
        ],
    },
}

# The first days after arriving.
FIRST_DAYS = {
    "ru": [
        "Сообщить родным, что я доехал(а), и дать точный адрес",
        "Проверить, что работа, учёба или жильё такие, как обещали",
        "Паспорт остаётся у меня: работодателю, посреднику или хозяину жилья я его не "
        "отдаю, даже ненадолго",
        "Узнать, где ближайшая больница и полиция",
        "Встать на консульский учёт, если я еду надолго",
    ],
    "be": [
        "Паведаміць родным, што я даехаў (даехала), і даць дакладны адрас",
        "Праверыць, што праца, вучоба ці жыллё такія, як абяцалі",
        "Пашпарт застаецца ў мяне: працадаўцу, пасярэдніку ці гаспадару жылля я яго не "
        "аддаю, нават ненадоўга",
        "Даведацца, дзе бліжэйшая бальніца і паліцыя",
        "Стаць на консульскі ўлік, калі я еду надоўга",
    ],
    "en": [
        "Tell my family I have arrived and give them my exact address",
        "Check that the job, the course or the housing is what was promised",
        "My passport stays with me: I do not hand it to an employer, an agent or a landlord, "
        "not even for a moment",
        "Find out where the nearest hospital and police station are",
        "Register with the consulate if I am staying a long time",
    ],
}

# The documents to copy for family.
DOCUMENT_COPIES = {
    "ru": [
        "Страница паспорта с фотографией и страница с визой или разрешением на работу",
        "Трудовой договор или договор на учёбу — все страницы, с подписями",
        "Договор с кадровым или туристическим агентством и чеки об оплате",
        "Билеты и маршрут: даты, номера рейсов или автобусов, пересадки",
        "Медицинская страховка: номер полиса и телефон страховой компании",
        "Ваша свежая фотография, на которой хорошо видно лицо",
    ],
    "be": [
        "Старонка пашпарта з фотаздымкам і старонка з візай ці дазволам на працу",
        "Працоўны дагавор ці дагавор на навучанне — усе старонкі, з подпісамі",
        "Дагавор з кадравым ці турыстычным агенцтвам і чэкі аб аплаце",
        "Квіткі і маршрут: даты, нумары рэйсаў ці аўтобусаў, перасадкі",
        "Медыцынская страхоўка: нумар поліса і тэлефон страхавой кампаніі",
        "Ваш свежы фотаздымак, на якім добра відаць твар",
    ],
    "en": [
        "The photo page of your passport and the page with your visa or work permit",
        "Your employment or study contract — every page, with signatures",
        "Your contract with the recruitment or travel agency, and payment receipts",
        "Tickets and route: dates, flight or bus numbers, changes",
        "Health insurance: policy number and the insurer's phone number",
        "A recent photo of you that shows your face clearly",
    ],
}
