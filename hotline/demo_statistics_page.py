"""Demo content: the published statistics of the hotline's last full year.

Plain data, see FORMAT.md. The loader sets the year (the last full calendar
year, the one the demo consultations fall in).
"""

STATISTICS_PAGE = {
    "key": "hotline-statistics",
    "slug": {"ru": "statistika", "be": "statystyka", "en": "statistics"},
    "title": {
        "ru": "Статистика горячей линии за год",
        "be": "Статыстыка гарачай лініі за год",
        "en": "Hotline figures for the year",
    },
    "search_description": {
        "ru": "Сколько консультаций дала горячая линия за год: темы, страны, каналы связи, "
        "месяцы. Малые числа скрыты, чтобы никого нельзя было узнать.",
        "be": "Колькі кансультацый дала гарачая лінія за год: тэмы, краіны, каналы сувязі, "
        "месяцы. Малыя лікі схаваныя, каб нікога нельга было пазнаць.",
        "en": "How many consultations the hotline gave in the year: topics, countries, "
        "channels, months. Small numbers are hidden so that no one can be identified.",
    },
    "intro": {
        "ru": "Здесь собраны все консультации горячей линии за год: по телефону, в "
        "мессенджерах, по электронной почте, на личных встречах и через форму на сайте. "
        "Цифры посчитаны по нашему журналу обращений после конца года, когда внесены "
        "все записи, и с тех пор не меняются.",
        "be": "Тут сабраныя ўсе кансультацыі гарачай лініі за год: па тэлефоне, у "
        "месенджарах, па электроннай пошце, на асабістых сустрэчах і праз форму на сайце. "
        "Лічбы падлічаныя па нашым журнале зваротаў пасля канца года, калі ўнесеныя ўсе "
        "запісы, і з таго часу не мяняюцца.",
        "en": "These are all the hotline's consultations in the year: by phone, in "
        "messengers, by e-mail, in person and through the form on this site. The figures "
        "were counted from our log of requests after the year ended, once every entry was "
        "in, and have not changed since.",
    },
    "body": {
        "ru": [
            ("heading", "Как мы защищаем тех, кто к нам обратился"),
            (
                "paragraph",
                "<p>В этих таблицах нет имён, контактов, кодов обращений и пересказов "
                "разговоров: только числа. Но и число может выдать человека. Если из "
                "небольшой страны за квартал позвонил один человек, его семья или "
                "работодатель могут догадаться, о ком речь.</p>"
                "<p>Поэтому любое число меньше пяти показано как «меньше 5». Если такое "
                "число можно было бы вычислить, отняв остальные строки от итога или цифры "
                "кварталов от цифр года, мы скрываем и другие строки (они помечены "
                "«скрыто»). Страны, откуда "
                "обратились меньше пяти человек, собраны в строку «Другие страны». "
                "Обращения, признанные спамом, не считаются.</p>",
            ),
            (
                "paragraph",
                "<p>Эти цифры — только те случаи, когда человек сам обратился к нам. Они "
                "не показывают, сколько людей на самом деле попали в беду за рубежом: "
                "многие никому не рассказывают о том, что с ними случилось.</p>",
            ),
        ],
        "be": [
            ("heading", "Як мы абараняем тых, хто да нас звярнуўся"),
            (
                "paragraph",
                "<p>У гэтых табліцах няма імёнаў, кантактаў, кодаў зваротаў і пераказаў "
                "размоў: толькі лічбы. Але і лічба можа выдаць чалавека. Калі з невялікай "
                "краіны за квартал патэлефанаваў адзін чалавек, яго сям’я ці працадаўца "
                "могуць здагадацца, пра каго гаворка.</p>"
                "<p>Таму любая лічба меншая за пяць паказана як «менш за 5». Калі такую "
                "лічбу можна было б вылічыць, адняўшы астатнія радкі ад выніку ці лічбы "
                "кварталаў ад лічбаў года, мы хаваем і іншыя радкі (яны пазначаныя "
                "«схавана»). Краіны, адкуль звярнуліся "
                "менш за пяць чалавек, сабраныя ў радок «Іншыя краіны». Звароты, прызнаныя "
                "спамам, не лічацца.</p>",
            ),
            (
                "paragraph",
                "<p>Гэтыя лічбы — толькі тыя выпадкі, калі чалавек сам звярнуўся да нас. "
                "Яны не паказваюць, колькі людзей насамрэч трапілі ў бяду за мяжой: "
                "многія нікому не расказваюць пра тое, што з імі здарылася.</p>",
            ),
        ],
        "en": [
            ("heading", "How we protect the people who came to us"),
            (
                "paragraph",
                "<p>These tables hold no names, contacts, reference codes or accounts of "
                "conversations: only numbers. But a number can give a person away too. If "
                "one person called from a small country in a quarter, their family or "
                "employer might guess who it was.</p>"
                "<p>So any number below five is shown as “fewer than 5”. Where that number "
                "could be worked out by subtracting the other rows from the total, or the "
                "quarters' figures from the year's, we hide other rows as well (marked "
                "“hidden”). Countries from which fewer than five people contacted us are "
                "grouped as “Other countries”. Requests found to be "
                "spam are not counted.</p>",
            ),
            (
                "paragraph",
                "<p>These figures are only the cases where someone came to us. They do not "
                "show how many people actually got into trouble abroad: many never tell "
                "anyone what happened to them.</p>",
            ),
        ],
    },
}
