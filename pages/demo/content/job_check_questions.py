"""The questions of the demo "Check a job offer" page, each in ru, be and en.

Plain data, see FORMAT.md. A question is its warning-sign answer ("yes" or "no"),
its weight ("high": this sign alone means "talk to us first", and "don't know" is a
warning sign too; "low"), the key of a guide that explains more, its text and advice
per language, and, where the question may not concern the reader, a fourth answer
that is never a warning sign.

Together they cover the eleven indicators of forced labour of the International
Labour Organization: abuse of vulnerability (an offer from a new partner or online
friend, a rushed decision), deception (pay far above the usual, hostess and
"IT in South-East Asia" offers, a visa for the wrong country), restriction of
movement (being taken on to another country, no money for the ticket home),
isolation (the phone taken, secrecy), physical and sexual violence, intimidation
and threats, retention of identity documents (the passport, the bank card),
withholding of wages (pay held back, "deposits", cash without pay slips), debt
bondage (fees, deductions, papers to sign), abusive working and living conditions
(housing) and excessive overtime (hours and days off).
"""

YES, NO, HIGH, LOW = "yes", "no", "high", "low"


def question(red_flag, weight, guide, texts, does_not_apply=None):
    """A question's rule and its (question, advice) per language."""
    return {
        "red_flag": red_flag,
        "weight": weight,
        "guide": guide,
        "texts": texts,
        "does_not_apply": does_not_apply or {},
    }


QUESTIONS = [
    question(
        NO,
        HIGH,
        "check-job-offer",
        {
            "ru": (
                "Есть ли у агентства специальное разрешение (лицензия) на "
                "трудоустройство за границей?",
                "<p>В Беларуси посредники, которые трудоустраивают за границей, должны иметь "
                "специальное разрешение. Спросите его номер и сверьте название с перечнем "
                "Министерства внутренних дел. Не знаете — выясните, прежде чем платить "
                "или отдавать документы.</p>",
            ),
            "be": (
                "Ці ёсць у агенцтва спецыяльны дазвол (ліцэнзія) на працаўладкаванне за мяжой?",
                "<p>У Беларусі пасярэднікі, якія працаўладкоўваюць за мяжой, павінны мець "
                "спецыяльны дазвол. Спытайце яго нумар і зверце назву з пералікам "
                "Міністэрства ўнутраных спраў. Не ведаеце — высветліце, перш чым плаціць "
                "ці аддаваць дакументы.</p>",
            ),
            "en": (
                "Does the agency hold a special permit (licence) to arrange jobs abroad?",
                "<p>In Belarus, intermediaries who arrange jobs abroad must hold a special "
                "permit. Ask for its number and check the agency's name against the list "
                "of the Ministry of Internal Affairs. If you do not know, find out before "
                "you pay or hand over documents.</p>",
            ),
        },
        does_not_apply={
            "ru": "Агентства нет: меня нанимает сам работодатель",
            "be": "Агенцтва няма: мяне наймае сам працадаўца",
            "en": "No agency: the employer hires me directly",
        },
    ),
    question(
        YES,
        LOW,
        "online-dating-marriage-agencies",
        {
            "ru": (
                "Предложение пришло от человека, которого вы знаете только по интернету, "
                "или от нового друга или партнёра?",
                "<p>Так часто начинается вербовка: сначала дружба или роман в переписке, "
                "потом «отличная работа у знакомых». Попросите название работодателя и "
                "договор и проверьте их сами, а не со слов этого человека. Если он "
                "обижается на вопросы или торопит, остановитесь.</p>",
            ),
            "be": (
                "Прапанова прыйшла ад чалавека, якога вы ведаеце толькі па інтэрнэце, "
                "ці ад новага сябра або партнёра?",
                "<p>Так часта пачынаецца вярбоўка: спачатку сяброўства ці раман у "
                "перапісцы, потым «выдатная праца ў знаёмых». Папрасіце назву працадаўцы "
                "і дагавор і праверце іх самі, а не са слоў гэтага чалавека. Калі ён "
                "крыўдуе на пытанні ці падганяе, спыніцеся.</p>",
            ),
            "en": (
                "Did the offer come from someone you know only online, or from a new "
                "friend or partner?",
                "<p>Recruitment often starts this way: first a friendship or a romance in "
                "messages, then “a great job with people I know”. Ask for the employer's "
                "name and the contract and check them yourself, not through this person. "
                "If they take offence at questions or rush you, stop.</p>",
            ),
        },
    ),
    question(
        NO,
        HIGH,
        "check-job-offer",
        {
            "ru": (
                "Знаете ли вы точное название и настоящий адрес работодателя и можете ли "
                "сами проверить, что фирма существует?",
                "<p>Найдите фирму в открытом реестре компаний страны, её сайт и телефон — "
                "сами, не по ссылке из объявления. Если посредник не называет работодателя "
                "или общается только в мессенджере, это тревожный знак.</p>",
            ),
            "be": (
                "Ці ведаеце вы дакладную назву і сапраўдны адрас працадаўцы і ці можаце самі "
                "праверыць, што фірма існуе?",
                "<p>Знайдзіце фірму ў адкрытым рэестры кампаній краіны, яе сайт і тэлефон — "
                "самі, не па спасылцы з аб’явы. Калі пасярэднік не называе працадаўцу ці "
                "размаўляе толькі ў месенджары, гэта трывожная прыкмета.</p>",
            ),
            "en": (
                "Do you know the employer's exact name and real address, and can you check "
                "yourself that the company exists?",
                "<p>Find the company in the country's public company register, and its "
                "website and phone number yourself, not through a link in the advert. An "
                "intermediary who will not name the employer, or only talks through a "
                "messenger app, is a warning sign.</p>",
            ),
        },
    ),
    question(
        YES,
        LOW,
        "check-job-offer",
        {
            "ru": (
                "Обещают ли зарплату намного выше обычной за работу без опыта и знания языка?",
                "<p>Сравните предложение с обычной зарплатой за такую работу в этой стране. "
                "Слишком хорошие условия без требований — приманка, на которую чаще всего "
                "и ловят.</p>",
            ),
            "be": (
                "Ці абяцаюць заробак значна вышэйшы за звычайны за працу без вопыту і ведання "
                "мовы?",
                "<p>Параўнайце прапанову са звычайным заробкам за такую працу ў гэтай "
                "краіне. Занадта добрыя ўмовы без патрабаванняў — прынада, на якую часцей "
                "за ўсё і ловяць.</p>",
            ),
            "en": (
                "Is the pay much higher than usual for work that needs no experience or language?",
                "<p>Compare the offer with the usual pay for such work in that country. "
                "Conditions that are too good, with nothing asked of you, are the bait "
                "people are most often caught with.</p>",
            ),
        },
    ),
    question(
        YES,
        HIGH,
        "signs-of-trafficking",
        {
            "ru": (
                "Это работа хостес, танцовщицы, массажистки, модели или «компаньонки» — "
                "или вам намекают на такие обязанности?",
                "<p>Под такими названиями часто скрывают сексуальную эксплуатацию: на месте "
                "говорят, что вы должны отработать долг «с клиентами». Попросите договор с "
                "точным описанием обязанностей и адресом заведения и перед решением "
                "поговорите с консультантом.</p>",
            ),
            "be": (
                "Гэта праца хостэс, танцоўшчыцы, масажысткі, мадэлі ці «кампаньёнкі» — "
                "ці вам намякаюць на такія абавязкі?",
                "<p>Пад такімі назвамі часта хаваюць сэксуальную эксплуатацыю: на месцы "
                "кажуць, што вы павінны адпрацаваць доўг «з кліентамі». Папрасіце дагавор з "
                "дакладным апісаннем абавязкаў і адрасам установы і перад рашэннем "
                "пагаворыце з кансультантам.</p>",
            ),
            "en": (
                "Is it a job as a hostess, dancer, masseuse, model or “companion”, or are "
                "such duties hinted at?",
                "<p>These job titles often hide sexual exploitation: on arrival you are told "
                "to work off a debt “with clients”. Ask for a contract that describes the "
                "duties and gives the address of the venue, and talk to a consultant "
                "before you decide.</p>",
            ),
        },
    ),
    question(
        YES,
        HIGH,
        "signs-of-trafficking",
        {
            "ru": (
                "Это работа «в IT», «в колл-центре» или «в онлайн-продажах» в Юго-Восточной "
                "Азии (Таиланд, Мьянма, Камбоджа, Лаос) с оплаченным перелётом?",
                "<p>Тысячи людей, поехавших на такие вакансии, оказались взаперти в "
                "закрытых комплексах, где их заставляют обманывать людей по интернету. "
                "Обычно везут через Таиланд на машине через границу, паспорт отбирают. "
                "Не соглашайтесь, пока не проверите работодателя вместе с горячей линией.</p>",
            ),
            "be": (
                "Гэта праца «у IT», «у кол-цэнтры» ці «у анлайн-продажах» у Паўднёва-Усходняй "
                "Азіі (Тайланд, М’янма, Камбоджа, Лаос) з аплачаным пералётам?",
                "<p>Тысячы людзей, якія паехалі на такія вакансіі, апынуліся пад замком у "
                "закрытых комплексах, дзе іх прымушаюць ашукваць людзей праз інтэрнэт. "
                "Звычайна вязуць праз Тайланд на машыне цераз мяжу, пашпарт забіраюць. "
                "Не пагаджайцеся, пакуль не праверыце працадаўцу разам з гарачай лініяй.</p>",
            ),
            "en": (
                "Is it an “IT”, “call-centre” or “online sales” job in South-East Asia "
                "(Thailand, Myanmar, Cambodia, Laos), with the flight paid for you?",
                "<p>Thousands of people who took such jobs ended up locked in compounds and "
                "forced to defraud people online. They are usually flown to Thailand and "
                "driven across a border, and their passports are taken. Do not agree "
                "before you have checked the employer with the hotline.</p>",
            ),
        },
    ),
    question(
        YES,
        LOW,
        "check-job-offer",
        {
            "ru": (
                "Торопят ли вас: «места заканчиваются, решайте сегодня», выезд через пару дней?",
                "<p>Честное предложение подождёт день-два, пока вы его проверяете. Спешка "
                "нужна тем, кто не хочет, чтобы вы успели разобраться.</p>",
            ),
            "be": (
                "Ці падганяюць вас: «месцы заканчваюцца, вырашайце сёння», ад’езд праз пару дзён?",
                "<p>Сумленная прапанова пачакае дзень-два, пакуль вы яе правяраеце. Спешка "
                "патрэбная тым, хто не хоча, каб вы паспелі разабрацца.</p>",
            ),
            "en": (
                "Are you being rushed: “places are going fast, decide today”, leaving in a "
                "couple of days?",
                "<p>An honest offer will wait a day or two while you check it. Hurry helps "
                "only those who do not want you to look closely.</p>",
            ),
        },
    ),
    question(
        YES,
        HIGH,
        "check-job-offer",
        {
            "ru": (
                "Просят ли заплатить «за визу», «за место» или «за билет» до отъезда, "
                "без договора и квитанции?",
                "<p>Оплата услуг лицензированного агентства по письменному договору и с "
                "квитанцией — это нормально. Деньги наличными без бумаг или «вычтем из "
                "зарплаты потом» — частый способ загнать человека в долг.</p>",
            ),
            "be": (
                "Ці просяць заплаціць «за візу», «за месца» ці «за білет» да ад’езду, без "
                "дагавора і квітанцыі?",
                "<p>Аплата паслуг ліцэнзаванага агенцтва па пісьмовым дагаворы і з "
                "квітанцыяй — гэта нармальна. Грошы наяўнымі без папер ці «вылічым з "
                "заробку потым» — часты спосаб загнаць чалавека ў доўг.</p>",
            ),
            "en": (
                "Are you asked to pay “for the visa”, “for the place” or “for the ticket” "
                "before you leave, with no contract and no receipt?",
                "<p>Paying a licensed agency under a written contract, with a receipt, is "
                "normal. Cash with no paperwork, or “we will take it out of your wages "
                "later”, is a common way to trap people in debt.</p>",
            ),
        },
    ),
    question(
        NO,
        HIGH,
        "contracts-work-permits",
        {
            "ru": (
                "Получите ли вы письменный трудовой договор на понятном вам языке до отъезда?",
                "<p>Устная договорённость за границей почти ничего не стоит. Договор нужно "
                "прочитать и подписать до отъезда, на понятном вам языке или с переводом. "
                "Если перевода нет, покажите текст тому, кому доверяете, или консультанту.</p>",
            ),
            "be": (
                "Ці атрымаеце вы пісьмовы працоўны дагавор на зразумелай вам мове да ад’езду?",
                "<p>Вусная дамоўленасць за мяжой амаль нічога не варта. Дагавор трэба "
                "прачытаць і падпісаць да ад’езду, на зразумелай вам мове ці з перакладам. "
                "Калі перакладу няма, пакажыце тэкст таму, каму давяраеце, ці кансультанту.</p>",
            ),
            "en": (
                "Will you get a written employment contract in a language you read before "
                "you leave?",
                "<p>A verbal agreement is worth very little abroad. Read and sign the "
                "contract before you leave, in a language you understand or with a "
                "translation. If there is none, show the text to someone you trust or to "
                "a consultant.</p>",
            ),
        },
    ),
    question(
        YES,
        HIGH,
        "contracts-work-permits",
        {
            "ru": (
                "Просят ли подписать пустые листы, расписку о долге или договор займа на "
                "деньги, которых вы не получали?",
                "<p>Пустой лист с вашей подписью потом превращается в любой документ, а "
                "расписка — в долг, который «надо отработать». Ничего такого не "
                "подписывайте. Если уже подписали, расскажите консультанту: такой долг "
                "можно оспорить.</p>",
            ),
            "be": (
                "Ці просяць падпісаць пустыя аркушы, распіску пра доўг ці дагавор пазыкі на "
                "грошы, якіх вы не атрымлівалі?",
                "<p>Пусты аркуш з вашым подпісам потым ператвараецца ў любы дакумент, а "
                "распіска — у доўг, які «трэба адпрацаваць». Нічога такога не "
                "падпісвайце. Калі ўжо падпісалі, раскажыце кансультанту: такі доўг можна "
                "аспрэчыць.</p>",
            ),
            "en": (
                "Are you asked to sign blank sheets, an IOU or a loan agreement for money you "
                "never received?",
                "<p>A blank sheet with your signature can later become any document, and an "
                "IOU a debt you “must work off”. Do not sign anything of the kind. If you "
                "already have, tell a consultant: such a debt can be challenged.</p>",
            ),
        },
    ),
    question(
        NO,
        LOW,
        "contracts-work-permits",
        {
            "ru": (
                "Записано ли, сколько часов в день вы работаете, какие у вас выходные и "
                "как оплачиваются сверхурочные?",
                "<p>Работа по 12–16 часов без выходных — частая жалоба тех, кто звонит нам "
                "из-за границы. Рабочее время, выходные и оплата сверхурочных должны быть "
                "в договоре. Сохраните у себя его копию и записывайте отработанные часы.</p>",
            ),
            "be": (
                "Ці запісана, колькі гадзін у дзень вы працуеце, якія ў вас выхадныя і "
                "як аплачваюцца звышурочныя?",
                "<p>Праца па 12–16 гадзін без выхадных — частая скарга тых, хто тэлефануе "
                "нам з-за мяжы. Працоўны час, выхадныя і аплата звышурочных павінны быць "
                "у дагаворы. Захавайце ў сябе яго копію і запісвайце адпрацаваныя "
                "гадзіны.</p>",
            ),
            "en": (
                "Is it written down how many hours a day you work, which days you have "
                "off and how overtime is paid?",
                "<p>Twelve to sixteen hours a day with no day off is a common complaint of "
                "people who call us from abroad. Working hours, days off and overtime pay "
                "belong in the contract. Keep a copy, and write down the hours you "
                "work.</p>",
            ),
        },
    ),
    question(
        NO,
        HIGH,
        "contracts-work-permits",
        {
            "ru": (
                "Известно ли, какое разрешение на работу или визу вы получите и кто его оформляет?",
                "<p>Спросите, на каком основании вы будете работать: рабочая виза, "
                "разрешение на работу, сезонное разрешение. Проверьте правила на "
                "официальном сайте страны, а не только со слов посредника.</p>",
            ),
            "be": (
                "Ці вядома, які дазвол на працу ці візу вы атрымаеце і хто яго афармляе?",
                "<p>Спытайце, на якой падставе вы будзеце працаваць: працоўная віза, дазвол "
                "на працу, сезонны дазвол. Праверце правілы на афіцыйным сайце краіны, а "
                "не толькі са слоў пасярэдніка.</p>",
            ),
            "en": (
                "Do you know which work permit or visa you will get, and who applies for it?",
                "<p>Ask on what basis you will work: a work visa, a work permit, a seasonal "
                "permit. Check the rules on the country's official website, not only in "
                "the intermediary's words.</p>",
            ),
        },
    ),
    question(
        YES,
        HIGH,
        "contracts-work-permits",
        {
            "ru": (
                "Предлагают ли ехать по туристической визе или без визы и «оформиться на месте»?",
                "<p>Работа по туристической визе или без разрешения — нелегальная: такого "
                "работника легко обмануть с зарплатой, ему грозят штраф, выдворение и "
                "запрет въезда. Нужны рабочая виза или разрешение на работу до начала работы.</p>",
            ),
            "be": (
                "Ці прапануюць ехаць па турыстычнай візе ці без візы і «аформіцца на месцы»?",
                "<p>Праца па турыстычнай візе ці без дазволу — нелегальная: такога "
                "работніка лёгка ашукаць з заробкам, яму пагражаюць штраф, выдварэнне і "
                "забарона ўезду. Патрэбныя працоўная віза ці дазвол на працу да пачатку "
                "працы.</p>",
            ),
            "en": (
                "Are you told to travel on a tourist visa or visa-free and “sort out the "
                "papers there”?",
                "<p>Working on a tourist visa or without a permit is illegal work: such a "
                "worker is easily cheated of wages and risks a fine, removal and an entry "
                "ban. You need a work visa or a work permit before you start.</p>",
            ),
        },
    ),
    question(
        YES,
        HIGH,
        "contracts-work-permits",
        {
            "ru": (
                "Виза или разрешение выданы для одной страны, а работать предлагают в другой?",
                "<p>Виза одной страны Шенгена не даёт права работать в другой. Такая схема "
                "значит, что вы будете работать нелегально и зависеть от того, кто вас "
                "привёз. Работать можно только в стране, которая выдала разрешение.</p>",
            ),
            "be": (
                "Віза ці дазвол выдадзены для адной краіны, а працаваць прапануюць у іншай?",
                "<p>Віза адной краіны Шэнгена не дае права працаваць у іншай. Такая схема "
                "азначае, што вы будзеце працаваць нелегальна і залежаць ад таго, хто вас "
                "прывёз. Працаваць можна толькі ў краіне, якая выдала дазвол.</p>",
            ),
            "en": (
                "Is your visa or permit for one country, while the work is in another?",
                "<p>A visa from one Schengen country does not give the right to work in "
                "another. Such a plan means you would work illegally and depend on whoever "
                "brought you. You may work only in the country that issued your permit.</p>",
            ),
        },
    ),
    question(
        YES,
        HIGH,
        "signs-of-trafficking",
        {
            "ru": (
                "Вас встретит незнакомый человек и повезёт дальше — в другой город или "
                "через границу в другую страну?",
                "<p>До отъезда вы должны знать имя и телефон того, кто встречает, и адрес, "
                "куда вас везут. Если маршрут меняется в дороге, вам дают чужие документы "
                "или везут через ещё одну границу, позвоните на горячую линию, а в "
                "опасности — в полицию.</p>",
            ),
            "be": (
                "Вас сустрэне незнаёмы чалавек і павязе далей — у іншы горад ці цераз "
                "мяжу ў іншую краіну?",
                "<p>Да ад’езду вы павінны ведаць імя і тэлефон таго, хто сустракае, і адрас, "
                "куды вас вязуць. Калі маршрут мяняецца ў дарозе, вам даюць чужыя "
                "дакументы ці вязуць цераз яшчэ адну мяжу, патэлефануйце на гарачую лінію, "
                "а ў небяспецы — у паліцыю.</p>",
            ),
            "en": (
                "Will a stranger meet you and take you further, to another city or across "
                "a border into another country?",
                "<p>Before you leave you should know the name and phone number of whoever "
                "meets you, and the address you are going to. If the route changes on the "
                "way, you are given someone else's papers or taken across another border, "
                "call the hotline, and the police if you are in danger.</p>",
            ),
        },
    ),
    question(
        YES,
        HIGH,
        "employer-takes-passport",
        {
            "ru": (
                "Собирается ли работодатель или агентство забрать ваш паспорт «на хранение» "
                "или «для оформления»?",
                "<p>Никто, кроме государственных органов, не вправе забирать ваш паспорт. "
                "Паспорт, который держит работодатель, — один из главных признаков "
                "торговли людьми. Не отдавайте его и оставьте копии дома.</p>",
            ),
            "be": (
                "Ці збіраецца працадаўца ці агенцтва забраць ваш пашпарт «на захоўванне» ці "
                "«для афармлення»?",
                "<p>Ніхто, акрамя дзяржаўных органаў, не мае права забіраць ваш пашпарт. "
                "Пашпарт, які трымае працадаўца, — адна з галоўных прыкмет гандлю людзьмі. "
                "Не аддавайце яго і пакіньце копіі дома.</p>",
            ),
            "en": (
                "Will the employer or the agency keep your passport “for safekeeping” or "
                "“for the paperwork”?",
                "<p>Nobody but the authorities may take your passport. A passport held by "
                "an employer is one of the main signs of human trafficking. Do not hand "
                "it over, and leave copies at home.</p>",
            ),
        },
    ),
    question(
        YES,
        HIGH,
        "sending-money-home",
        {
            "ru": (
                "Просят ли отдать вашу банковскую карту, её PIN-код или открыть счёт для "
                "кого-то другого?",
                "<p>Кто держит вашу карту, тот получает вашу зарплату, а на ваше имя могут "
                "проводить чужие деньги. Карта, PIN-код и доступ к банку остаются только у "
                "вас. Если карту уже забрали, заблокируйте её через банк.</p>",
            ),
            "be": (
                "Ці просяць аддаць вашу банкаўскую картку, яе PIN-код ці адкрыць рахунак для "
                "кагосьці іншага?",
                "<p>Хто трымае вашу картку, той атрымлівае ваш заробак, а на ваша імя могуць "
                "праводзіць чужыя грошы. Картка, PIN-код і доступ да банка застаюцца толькі "
                "ў вас. Калі картку ўжо забралі, заблакуйце яе праз банк.</p>",
            ),
            "en": (
                "Are you asked to hand over your bank card or its PIN, or to open an account "
                "for someone else?",
                "<p>Whoever holds your card gets your wages, and other people's money can be "
                "moved in your name. Your card, PIN and online banking stay with you "
                "alone. If the card has been taken, block it through your bank.</p>",
            ),
        },
    ),
    question(
        YES,
        LOW,
        "contracts-work-permits",
        {
            "ru": (
                "Будут ли платить только наличными, без расчётных листков?",
                "<p>Зарплата только наличными часто значит работу без договора и без "
                "страховки: потом трудно доказать, сколько вам должны. Просите перевод на "
                "счёт и расчётный листок за каждый месяц.</p>",
            ),
            "be": (
                "Ці будуць плаціць толькі наяўнымі, без разліковых лісткоў?",
                "<p>Заробак толькі наяўнымі часта азначае працу без дагавора і без "
                "страхоўкі: потым цяжка даказаць, колькі вам вінныя. Прасіце пералік на "
                "рахунак і разліковы лісток за кожны месяц.</p>",
            ),
            "en": (
                "Will you be paid in cash only, with no pay slips?",
                "<p>Cash-only pay often means work with no contract and no insurance: "
                "later it is hard to prove what you are owed. Ask for pay into a bank "
                "account and a pay slip every month.</p>",
            ),
        },
    ),
    question(
        YES,
        HIGH,
        "contracts-work-permits",
        {
            "ru": (
                "Обещают заплатить всё в конце сезона или контракта, или удерживают "
                "«залог» из зарплаты?",
                "<p>Зарплата, которую держат до конца, и «залог» привязывают человека к "
                "работодателю: уйти значит потерять всё заработанное. Платить должны "
                "регулярно, как указано в договоре, обычно раз в месяц.</p>",
            ),
            "be": (
                "Ці абяцаюць заплаціць усё ў канцы сезона ці кантракта, ці ўтрымліваюць "
                "«заклад» з заробку?",
                "<p>Заробак, які трымаюць да канца, і «заклад» прывязваюць чалавека да "
                "працадаўцы: сысці азначае страціць усё заробленае. Плаціць павінны "
                "рэгулярна, як пазначана ў дагаворы, звычайна раз на месяц.</p>",
            ),
            "en": (
                "Will you be paid only at the end of the season or contract, or is a "
                "“deposit” held back from your wages?",
                "<p>Wages held back until the end, and “deposits”, tie people to the "
                "employer: leaving means losing everything earned. You should be paid "
                "regularly, as the contract says, usually every month.</p>",
            ),
        },
    ),
    question(
        YES,
        HIGH,
        "check-job-offer",
        {
            "ru": (
                "Будут ли дорогу, жильё или оформление вычитать из зарплаты как долг?",
                "<p>Долг перед работодателем или посредником — способ удерживать человека: "
                "к долгу добавляют штрафы и проценты, и уехать «нельзя, пока не "
                "отработаешь». Выясните все вычеты заранее и письменно.</p>",
            ),
            "be": (
                "Ці будуць дарогу, жыллё ці афармленне вылічваць з заробку як доўг?",
                "<p>Доўг перад працадаўцам ці пасярэднікам — спосаб утрымліваць чалавека: "
                "да доўгу дадаюць штрафы і працэнты, і з’ехаць «нельга, пакуль не "
                "адпрацуеш». Высветліце ўсе вылікі загадзя і пісьмова.</p>",
            ),
            "en": (
                "Will travel, housing or paperwork be taken out of your wages as a debt?",
                "<p>A debt to an employer or intermediary is a way to hold people: fines "
                "and interest are added, and you “cannot leave until you have worked it "
                "off”. Find out every deduction in advance, in writing.</p>",
            ),
        },
    ),
    question(
        NO,
        LOW,
        "contracts-work-permits",
        {
            "ru": (
                "Знаете ли вы, где будете жить и сколько за это удержат из зарплаты?",
                "<p>Адрес жилья и его стоимость должны быть известны до отъезда. Оставьте "
                "адрес работы и жилья родным.</p>",
            ),
            "be": (
                "Ці ведаеце вы, дзе будзеце жыць і колькі за гэта ўтрымаюць з заробку?",
                "<p>Адрас жылля і яго кошт павінны быць вядомыя да ад’езду. Пакіньце адрас "
                "працы і жылля родным.</p>",
            ),
            "en": (
                "Do you know where you will live, and how much will be deducted for it?",
                "<p>The address of your housing and its cost should be known before you "
                "leave. Leave the addresses of the work and the housing with your family.</p>",
            ),
        },
    ),
    question(
        NO,
        LOW,
        "help-abroad",
        {
            "ru": (
                "Будут ли у вас свои деньги на обратный билет, если придётся уехать раньше?",
                "<p>Отложите сумму на билет домой и не тратьте её, или договоритесь с "
                "родными, что они купят билет. Без этих денег человеку трудно уйти даже "
                "от плохого работодателя.</p>",
            ),
            "be": (
                "Ці будуць у вас свае грошы на зваротны білет, калі давядзецца з’ехаць раней?",
                "<p>Адкладзіце суму на білет дадому і не траціце яе, ці дамоўцеся з "
                "роднымі, што яны купяць білет. Без гэтых грошай чалавеку цяжка сысці "
                "нават ад дрэннага працадаўцы.</p>",
            ),
            "en": (
                "Will you have money of your own for a ticket home if you need to leave early?",
                "<p>Set aside the price of a ticket home and do not spend it, or agree with "
                "your family that they will buy one. Without that money it is hard to "
                "leave even a bad employer.</p>",
            ),
        },
    ),
    question(
        NO,
        HIGH,
        "signs-of-trafficking",
        {
            "ru": (
                "Сможете ли вы оставить у себя телефон и свободно связываться с родными?",
                "<p>Если телефон предлагают сдать или запрещают звонить домой, это признак "
                "торговли людьми. Договоритесь с родными о кодовом слове и о времени, "
                "когда вы выходите на связь.</p>",
            ),
            "be": (
                "Ці зможаце вы пакінуць у сябе тэлефон і свабодна звязвацца з роднымі?",
                "<p>Калі тэлефон прапануюць здаць ці забараняюць тэлефанаваць дадому, гэта "
                "прыкмета гандлю людзьмі. Дамоўцеся з роднымі пра кодавае слова і пра час, "
                "калі вы выходзіце на сувязь.</p>",
            ),
            "en": (
                "Will you be able to keep your phone and contact your family freely?",
                "<p>If you are asked to hand in your phone or not to call home, that is a "
                "sign of human trafficking. Agree a code word with your family, and the "
                "times when you will get in touch.</p>",
            ),
        },
    ),
    question(
        YES,
        HIGH,
        "signs-of-trafficking",
        {
            "ru": (
                "Просят ли держать работу в секрете или говорить пограничникам и консулу "
                "неправду о цели поездки?",
                "<p>Просьба солгать о цели поездки значит, что вас везут работать "
                "нелегально, и это признак вербовки для эксплуатации. Не соглашайтесь и "
                "позвоните на горячую линию.</p>",
            ),
            "be": (
                "Ці просяць трымаць працу ў сакрэце ці казаць памежнікам і консулу "
                "няпраўду пра мэту паездкі?",
                "<p>Просьба схлусіць пра мэту паездкі азначае, што вас вязуць працаваць "
                "нелегальна, і гэта прыкмета вярбоўкі для эксплуатацыі. Не пагаджайцеся і "
                "патэлефануйце на гарачую лінію.</p>",
            ),
            "en": (
                "Are you asked to keep the job secret, or to tell border guards or the "
                "consulate something untrue about your trip?",
                "<p>Being asked to lie about the purpose of the trip means you are being "
                "taken to work illegally, and it is a sign of recruitment for "
                "exploitation. Do not agree, and call the hotline.</p>",
            ),
        },
    ),
    question(
        YES,
        HIGH,
        "signs-of-trafficking",
        {
            "ru": (
                "Вам или вашим близким угрожали, давили на вас или применяли силу — "
                "посредник, работодатель или кто-то от них?",
                "<p>Угрозы и насилие — это преступление, и вы ни в чём не виноваты. Если "
                "опасность рядом, звоните: в Беларуси в милицию, 102, за границей — по "
                "местному номеру экстренных служб. Горячая линия поможет бесплатно и конфиденциально, "
                "можно не называть имя.</p>",
            ),
            "be": (
                "Вам ці вашым блізкім пагражалі, ціснулі на вас ці ўжывалі сілу — "
                "пасярэднік, працадаўца ці нехта ад іх?",
                "<p>Пагрозы і гвалт — гэта злачынства, і вы ні ў чым не вінаватыя. Калі "
                "небяспека побач, тэлефануйце: у Беларусі ў міліцыю, 102, за мяжой — на "
                "мясцовы нумар экстранных службаў. Гарачая лінія дапаможа бясплатна і "
                "канфідэнцыйна, можна не называць імя.</p>",
            ),
            "en": (
                "Have you or your family been threatened, pressured or hurt by the "
                "intermediary, the employer or anyone acting for them?",
                "<p>Threats and violence are crimes, and none of it is your fault. If you "
                "are in danger now, call the police: 102 in Belarus, the local emergency "
                "number abroad. The hotline helps free of charge and in confidence, and "
                "you do not have to give your name.</p>",
            ),
        },
    ),
]
