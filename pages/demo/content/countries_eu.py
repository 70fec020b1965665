"""Country pages in the European Union (see countries.py)."""

from .country_parts import (
    AMBULANCE,
    AROUND_THE_CLOCK,
    EMERGENCY_112,
    HOTLINE_FINDS_HELP,
    ONLY_EMERGENCY_NUMBER_112,
    PASSPORT_STAYS_WITH_YOU,
    POLICE,
    contacts,
    embassy,
    embassy_elsewhere,
    embassy_serving,
    emergency_list,
    national_line,
    unconfirmed,
    unconfirmed_line,
)
from .sources import (
    COUNTRIES_CHECKED,
    CYPRUS_FOREIGN_MINISTRY,
    CYPRUS_LABOUR_MINISTRY,
    CYPRUS_MIGRATION_DEPARTMENT,
    CZECH_FOREIGN_MINISTRY,
    CZECH_INTERIOR_MINISTRY,
    EU_IMMIGRATION_PORTAL,
    FOREIGN_MINISTRY,
    ITALY_VISA_PORTAL,
    LATVIA_EMPLOYMENT_AGENCY,
    LATVIA_MIGRATION_OFFICE,
    LITHUANIA_EMPLOYMENT_SERVICE,
    LITHUANIA_MIGRATION_DEPARTMENT,
    MAKE_IT_IN_GERMANY,
    POLAND_EMPLOYMENT_SERVICES,
    POLAND_IN_BELARUS,
    POLAND_OFFICE_FOR_FOREIGNERS,
    SPAIN_FOREIGN_MINISTRY,
    SPAIN_MIGRATION_MINISTRY,
    sources,
)

COUNTRIES = [
    # ------------------------------------------------------------------ Poland
    {
        "key": "pl",
        "iso_code": "PL",
        "slug": {"ru": "polsha", "be": "polshcha", "en": "poland"},
        "title": {"ru": "Польша", "be": "Польшча", "en": "Poland"},
        "intro": {
            "ru": (
                "Польша — одна из стран, куда белорусы чаще всего едут на работу: "
                "стройка, склады, производство, транспорт. Работайте только с визой "
                "и разрешением, оформленными до начала работы, и не верьте посредникам, "
                "которые обещают «всё оформить на месте»."
            ),
            "be": (
                "Польшча — адна з краін, куды беларусы найчасцей едуць на працу: "
                "будоўля, склады, вытворчасць, транспарт. Працуйце толькі з візай "
                "і дазволам, аформленымі да пачатку працы, і не верце пасярэднікам, "
                "якія абяцаюць «усё аформіць на месцы»."
            ),
            "en": (
                "Poland is one of the most common destinations for Belarusians going "
                "abroad to work: construction, warehouses, factories and transport. "
                "Only start work with a visa and a permit arranged in advance, and don't "
                "trust middlemen who promise to sort out the papers once you arrive."
            ),
        },
        "search_description": {
            "ru": "Польша: виза, работа и учёба для граждан Беларуси, экстренные номера, посольство и где искать помощь.",
            "be": "Польшча: віза, праца і навучанне для грамадзян Беларусі, экстранныя нумары, пасольства і дзе шукаць дапамогу.",
            "en": "Poland for Belarusian citizens: visas, work and study in brief, emergency numbers, the embassy and where to find help.",
        },
        "entry_rules": {
            "ru": (
                "<p>Гражданам Беларуси для поездки в Польшу нужна виза. Шенгенская виза "
                "подходит для коротких поездок, а для работы, учёбы и долгого пребывания "
                "оформляют национальную визу или вид на жительство.</p>"
                "<p>Цель, указанная в визе, должна совпадать с тем, что вы собираетесь "
                "делать. Пункты пропуска на белорусско-польской границе и порядок их "
                "работы в последние годы менялись, поэтому перед поездкой проверьте "
                "актуальные правила на официальных сайтах консульской и пограничной "
                "служб Польши.</p>"
            ),
            "be": (
                "<p>Грамадзянам Беларусі для паездкі ў Польшчу патрэбна віза. Шэнгенская "
                "віза падыходзіць для кароткіх паездак, а для працы, навучання і доўгага "
                "знаходжання афармляюць нацыянальную візу або від на жыхарства.</p>"
                "<p>Мэта, пазначаная ў візе, павінна адпавядаць таму, што вы збіраецеся "
                "рабіць. Пункты пропуску на беларуска-польскай мяжы і парадак іх працы "
                "ў апошнія гады змяняліся, таму перад паездкай праверце актуальныя правілы "
                "на афіцыйных сайтах консульскай і памежнай службаў Польшчы.</p>"
            ),
            "en": (
                "<p>Belarusian citizens need a visa to travel to Poland. A Schengen visa "
                "covers short trips; for work, study or a longer stay you need a national "
                "visa or a residence permit.</p>"
                "<p>The purpose stated on your visa must match what you actually plan to do. "
                "Border crossings between Belarus and Poland, and the way they operate, have "
                "changed several times in recent years, so check the current rules on the "
                "official Polish consular and border guard websites before you travel.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Законно работать можно только с визой с правом на работу (или видом на "
                "жительство) и документом, который разрешает работать у конкретного "
                "работодателя. Его оформляет работодатель в Польше до вашего приезда; для "
                "граждан Беларуси есть три пути:</p>"
                "<ul>"
                "<li><strong>Заявление о поручении работы иностранцу (oświadczenie)</strong> — "
                "упрощённый порядок для граждан нескольких стран, в том числе Беларуси. "
                "Работодатель регистрирует заявление в повятовом бюро труда (powiatowy urząd "
                "pracy), после чего вы оформляете рабочую визу. По такому заявлению можно "
                "работать не дольше 24 месяцев.</li>"
                "<li><strong>Разрешение на работу (zezwolenie na pracę)</strong> — его выдаёт "
                "воевода по заявлению работодателя; оно нужно для более долгой работы и "
                "там, где упрощённый порядок не подходит.</li>"
                "<li><strong>Сезонное разрешение</strong> — для работы в сельском хозяйстве, "
                "садоводстве и туризме на несколько месяцев в году; его выдаёт повятовое "
                "бюро труда.</li>"
                "</ul>"
                "<p>Попросите у работодателя копию зарегистрированного заявления или "
                "разрешения: в нём указаны должность, срок и зарплата. Если на месте условия "
                "другие, это нарушение.</p>"
                "<ul>"
                "<li>Не начинайте работу, пока не увидели разрешение и не подписали "
                "трудовой договор на понятном вам языке.</li>"
                "<li>Туристическая виза не даёт права работать.</li>"
                "<li>Паспорт всегда остаётся у вас: работодатель не имеет права его забирать.</li>"
                "</ul>"
            ),
            "be": (
                "<p>Законна працаваць можна толькі з візай з правам на працу (або відам на "
                "жыхарства) і дакументам, які дазваляе працаваць у канкрэтнага працадаўцы. "
                "Яго афармляе працадаўца ў Польшчы да вашага прыезду; для грамадзян Беларусі "
                "ёсць тры шляхі:</p>"
                "<ul>"
                "<li><strong>Заява аб даручэнні працы замежніку (oświadczenie)</strong> — "
                "спрошчаны парадак для грамадзян некалькіх краін, у тым ліку Беларусі. "
                "Працадаўца рэгіструе заяву ў павятовым бюро працы (powiatowy urząd pracy), "
                "пасля чаго вы афармляеце працоўную візу. Па такой заяве можна працаваць не "
                "даўжэй за 24 месяцы.</li>"
                "<li><strong>Дазвол на працу (zezwolenie na pracę)</strong> — яго выдае "
                "ваявода па заяве працадаўцы; ён патрэбны для больш доўгай працы і там, дзе "
                "спрошчаны парадак не падыходзіць.</li>"
                "<li><strong>Сезонны дазвол</strong> — для працы ў сельскай гаспадарцы, "
                "садоўніцтве і турызме на некалькі месяцаў у год; яго выдае павятовае бюро "
                "працы.</li>"
                "</ul>"
                "<p>Папрасіце ў працадаўцы копію зарэгістраванай заявы або дазволу: у ёй "
                "пазначаны пасада, тэрмін і заробак. Калі на месцы ўмовы іншыя, гэта "
                "парушэнне.</p>"
                "<ul>"
                "<li>Не пачынайце працаваць, пакуль не ўбачылі дазвол і не падпісалі "
                "працоўны дагавор на мове, якую вы разумееце.</li>"
                "<li>Турыстычная віза не дае права працаваць.</li>"
                "<li>Пашпарт заўсёды застаецца ў вас: працадаўца не мае права яго забіраць.</li>"
                "</ul>"
            ),
            "en": (
                "<p>To work legally you need a visa that allows work (or a residence permit) "
                "and a document that allows you to work for a specific employer. The employer "
                "in Poland arranges it before you arrive; for Belarusian citizens there are "
                "three routes:</p>"
                "<ul>"
                "<li><strong>A declaration on entrusting work to a foreigner "
                "(oświadczenie)</strong>: a simpler procedure for citizens of a few countries, "
                "Belarus among them. The employer registers the declaration with the district "
                "labour office (powiatowy urząd pracy), and then you apply for a work visa. A "
                "declaration allows work for up to 24 months.</li>"
                "<li><strong>A work permit (zezwolenie na pracę)</strong>, issued by the "
                "voivode on the employer's application: for longer work, and where the simpler "
                "procedure does not apply.</li>"
                "<li><strong>A seasonal work permit</strong>, for farming, gardening and "
                "tourism for a few months a year, issued by the district labour office.</li>"
                "</ul>"
                "<p>Ask the employer for a copy of the registered declaration or the permit: it "
                "states the job, the period and the pay. If the conditions on the spot are "
                "different, that is a breach.</p>"
                "<ul>"
                "<li>Don't start work until you have seen the permit and signed a contract in "
                "a language you understand.</li>"
                "<li>A tourist visa does not give you the right to work.</li>"
                "<li>Your passport stays with you: an employer has no right to take it.</li>"
                "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы нужна национальная виза с целью «учёба», которую выдают на "
                "основании зачисления в польский вуз или другую учебную организацию. Для "
                "долгой учёбы после приезда обычно оформляют временный вид на жительство.</p>"
                "<p>Убедитесь, что учебное заведение действительно существует и имеет право "
                "принимать иностранцев. Студенты дневной формы во многих случаях могут "
                "подрабатывать без отдельного разрешения — уточните это для своей ситуации.</p>"
            ),
            "be": (
                "<p>Для навучання патрэбна нацыянальная віза з мэтай «навучанне», якую "
                "выдаюць на падставе залічэння ў польскую ВНУ або іншую навучальную "
                "ўстанову. Для доўгага навучання пасля прыезду звычайна афармляюць часовы "
                "від на жыхарства.</p>"
                "<p>Пераканайцеся, што навучальная ўстанова сапраўды існуе і мае права "
                "прымаць замежнікаў. Студэнты дзённай формы ў многіх выпадках могуць "
                "падпрацоўваць без асобнага дазволу — удакладніце гэта для сваёй сітуацыі.</p>"
            ),
            "en": (
                "<p>To study you need a national visa issued for study, based on an offer of "
                "admission from a Polish university or other school. For longer courses "
                "students usually apply for a temporary residence permit after arrival.</p>"
                "<p>Make sure the school really exists and is allowed to admit foreign students. "
                "Full-time students can often take a part-time job without a separate permit, "
                "but check how this applies to you.</p>"
            ),
        },
        "emergency_numbers": {
            "ru": (
                "<ul>"
                "<li><strong>112</strong> — единый номер экстренных служб, звонок бесплатный</li>"
                "<li><strong>997</strong> — полиция</li>"
                "<li><strong>998</strong> — пожарная служба</li>"
                "<li><strong>999</strong> — скорая помощь</li>"
                "</ul>"
            ),
            "be": (
                "<ul>"
                "<li><strong>112</strong> — адзіны нумар экстранных службаў, званок бясплатны</li>"
                "<li><strong>997</strong> — паліцыя</li>"
                "<li><strong>998</strong> — пажарная служба</li>"
                "<li><strong>999</strong> — хуткая дапамога</li>"
                "</ul>"
            ),
            "en": (
                "<ul>"
                "<li><strong>112</strong> — the general emergency number, free to call</li>"
                "<li><strong>997</strong> — police</li>"
                "<li><strong>998</strong> — fire brigade</li>"
                "<li><strong>999</strong> — ambulance</li>"
                "</ul>"
            ),
        },
        "trafficking_line": unconfirmed_line(
            {
                "ru": "Национальный консультационно-интервенционный центр для пострадавших от "
                "торговли людьми (KCIK)",
                "be": "Нацыянальны кансультацыйна-інтэрвенцыйны цэнтр для пацярпелых ад "
                "гандлю людзьмі (KCIK)",
                "en": "National Consulting and Intervention Centre for Victims of Trafficking "
                "(KCIK)",
            },
            "+48 22 000 00 02",
        ),
        "embassy": {
            "ru": (
                "<p>Посольство Беларуси находится в Варшаве. Консул поможет, если у вас "
                "украли или вы потеряли паспорт (выдаст документ для возвращения домой), "
                "если вас задержали, вы попали в больницу или в трудную ситуацию, и может "
                "связаться с вашими родственниками.</p>"
                "<p>Консульство не оплачивает долги и штрафы и не заменяет адвоката, но "
                "подскажет, куда обратиться. Актуальный список посольств и консульств — на "
                "сайте МИД Беларуси.</p>"
            ),
            "be": (
                "<p>Пасольства Беларусі знаходзіцца ў Варшаве. Консул дапаможа, калі ў вас "
                "скралі або вы згубілі пашпарт (выдасць дакумент для вяртання дадому), калі "
                "вас затрымалі, вы трапілі ў бальніцу або ў цяжкую сітуацыю, і можа "
                "звязацца з вашымі сваякамі.</p>"
                "<p>Консульства не плаціць даўгі і штрафы і не замяняе адваката, але "
                "падкажа, куды звярнуцца. Актуальны спіс пасольстваў і консульстваў — на "
                "сайце МЗС Беларусі.</p>"
            ),
            "en": (
                "<p>The Embassy of Belarus is in Warsaw. The consul can help if your passport "
                "is lost or stolen (by issuing a document to travel home), if you are detained, "
                "in hospital or in serious trouble, and can get in touch with your family.</p>"
                "<p>The consulate will not pay debts or fines and is not a lawyer, but it can "
                "tell you where to turn. The current list of embassies and consulates is on "
                "the website of the Belarusian Ministry of Foreign Affairs.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>Жалобы на невыплату зарплаты и нарушения трудовых прав в Польше "
                "принимает государственная инспекция труда. Общественные организации "
                "бесплатно консультируют мигрантов и поддерживают пострадавших от торговли "
                "людьми: помогают с жильём, юристом и возвращением домой.</p>"
                "<p>Вы также можете написать на нашу горячую линию через форму на сайте — "
                "консультанты помогут найти помощь на месте.</p>"
            ),
            "be": (
                "<p>Скаргі на нявыплату заробку і парушэнні працоўных правоў у Польшчы "
                "прымае дзяржаўная інспекцыя працы. Грамадскія арганізацыі бясплатна "
                "кансультуюць мігрантаў і падтрымліваюць пацярпелых ад гандлю людзьмі: "
                "дапамагаюць з жыллём, юрыстам і вяртаннем дадому.</p>"
                "<p>Вы таксама можаце напісаць на нашу гарачую лінію праз форму на сайце — "
                "кансультанты дапамогуць знайсці дапамогу на месцы.</p>"
            ),
            "en": (
                "<p>In Poland, complaints about unpaid wages and other breaches of labour "
                "rights go to the state labour inspectorate. Non-governmental organisations "
                "give migrants free advice and support people affected by trafficking, "
                "helping with shelter, a lawyer and the journey home.</p>"
                "<p>You can also write to our hotline through the form on this site: our "
                "consultants will help you find support where you are.</p>"
            ),
        },
        "contacts": contacts(
            embassy(
                {"ru": "в Польше", "be": "ў Польшчы", "en": "in Poland"},
                "+48 22 000 00 00",
                "embassy-poland@example.org",
            ),
            unconfirmed(
                {
                    "ru": "Организация помощи мигрантам",
                    "be": "Арганізацыя дапамогі мігрантам",
                    "en": "Migrant support organisation",
                },
                "+48 22 000 00 01",
                "help-pl@example.org",
            ),
        ),
        "last_checked": COUNTRIES_CHECKED,
        "sources": sources(
            POLAND_OFFICE_FOR_FOREIGNERS,
            POLAND_EMPLOYMENT_SERVICES,
            POLAND_IN_BELARUS,
            EU_IMMIGRATION_PORTAL,
            FOREIGN_MINISTRY,
        ),
    },
    # --------------------------------------------------------------- Lithuania
    {
        "key": "lt",
        "iso_code": "LT",
        "slug": {"ru": "litva", "be": "litva", "en": "lithuania"},
        "title": {"ru": "Литва", "be": "Літва", "en": "Lithuania"},
        "intro": {
            "ru": (
                "В соседнюю Литву белорусы едут работать водителями, на стройку и "
                "производство, а также учиться. Правила въезда и пребывания для граждан "
                "Беларуси в последние годы несколько раз ужесточались, поэтому проверяйте "
                "их перед каждой поездкой."
            ),
            "be": (
                "У суседнюю Літву беларусы едуць працаваць вадзіцелямі, на будоўлю і "
                "вытворчасць, а таксама вучыцца. Правілы ўезду і знаходжання для грамадзян "
                "Беларусі ў апошнія гады некалькі разоў станавіліся больш жорсткімі, таму "
                "правярайце іх перад кожнай паездкай."
            ),
            "en": (
                "Belarusians go to neighbouring Lithuania to work as drivers, on building "
                "sites and in factories, and to study. The rules for Belarusian citizens have "
                "been tightened several times in recent years, so check them before every trip."
            ),
        },
        "search_description": {
            "ru": "Литва: виза, работа и учёба для граждан Беларуси, экстренные номера, посольство и где искать помощь.",
            "be": "Літва: віза, праца і навучанне для грамадзян Беларусі, экстранныя нумары, пасольства і дзе шукаць дапамогу.",
            "en": "Lithuania for Belarusian citizens: visas, work and study in brief, emergency numbers, the embassy and where to find help.",
        },
        "entry_rules": {
            "ru": (
                "<p>Литва входит в ЕС и Шенгенскую зону, гражданам Беларуси нужна виза. "
                "Для коротких поездок выдают шенгенскую визу, для работы и учёбы — "
                "национальную визу (D) или вид на жительство.</p>"
                "<p>С 2023 года Литва применяет к гражданам Беларуси ограничительные меры: их "
                "заявления на визы и виды на жительство дополнительно проверяют на угрозу "
                "национальной безопасности и по этому основанию могут отказать. В том же "
                "году Литва закрыла часть пунктов пропуска на границе с Беларусью. Порядок "
                "меняется часто — актуальные правила смотрите на сайте Департамента "
                "миграции Литвы.</p>"
            ),
            "be": (
                "<p>Літва ўваходзіць у ЕС і Шэнгенскую зону, грамадзянам Беларусі патрэбна "
                "віза. Для кароткіх паездак выдаюць шэнгенскую візу, для працы і навучання — "
                "нацыянальную візу (D) або від на жыхарства.</p>"
                "<p>З 2023 года Літва ўжывае да грамадзян Беларусі абмежавальныя меры: іх "
                "заявы на візы і віды на жыхарства дадаткова правяраюць на пагрозу "
                "нацыянальнай бяспецы і па гэтай падставе могуць адмовіць. У тым жа годзе "
                "Літва закрыла частку пунктаў пропуску на мяжы з Беларуссю. Парадак "
                "змяняецца часта — актуальныя правілы глядзіце на сайце Дэпартамента "
                "міграцыі Літвы.</p>"
            ),
            "en": (
                "<p>Lithuania is in the EU and the Schengen area, and Belarusian citizens need "
                "a visa. Short trips need a Schengen visa; work and study need a national (D) "
                "visa or a residence permit.</p>"
                "<p>Since 2023 Lithuania has applied restrictive measures to Belarusian "
                "citizens: their applications for visas and residence permits are also checked "
                "for threats to national security and can be refused on those grounds. The "
                "same year Lithuania closed some of its border crossings with Belarus. The "
                "procedure changes often, so see the website of the Lithuanian Migration "
                "Department for the current rules.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Обычно работодатель в Литве сначала получает для вас разрешение на "
                "работу в Службе занятости (Užimtumo tarnyba). Для профессий, которых в "
                "Литве не хватает, и для высококвалифицированной работы вместо него выдают "
                "решение о том, что работа отвечает потребностям рынка труда. Затем вы "
                "подаёте документы на национальную визу D с правом на работу или на "
                "временный вид на жительство через систему MIGRIS Департамента миграции.</p>"
                "<ul>"
                "<li>Водителям: проверьте, кто будет вашим работодателем по договору и в "
                "какой стране вы фактически будете работать.</li>"
                "<li>Требуйте письменный трудовой договор до выезда.</li>"
                "<li>Паспорт и водительское удостоверение всегда остаются у вас.</li>"
                "</ul>"
            ),
            "be": (
                "<p>Звычайна працадаўца ў Літве спачатку атрымлівае для вас дазвол на працу "
                "ў Службе занятасці (Užimtumo tarnyba). Для прафесій, якіх у Літве не "
                "хапае, і для высокакваліфікаванай працы замест яго выдаюць рашэнне пра тое, "
                "што праца адпавядае патрэбам рынку працы. Потым вы падаеце дакументы на "
                "нацыянальную візу D з правам на працу або на часовы від на жыхарства праз "
                "сістэму MIGRIS Дэпартамента міграцыі.</p>"
                "<ul>"
                "<li>Вадзіцелям: праверце, хто будзе вашым працадаўцам паводле дагавора і ў "
                "якой краіне вы фактычна будзеце працаваць.</li>"
                "<li>Патрабуйце пісьмовы працоўны дагавор да выезду.</li>"
                "<li>Пашпарт і вадзіцельскае пасведчанне заўсёды застаюцца ў вас.</li>"
                "</ul>"
            ),
            "en": (
                "<p>Usually the employer in Lithuania first obtains a work permit for you from "
                "the Employment Service (Užimtumo tarnyba). For occupations in short supply and "
                "for highly qualified work, a decision that the job meets the needs of the "
                "labour market is issued instead. Then you apply for a national D visa with "
                "the right to work, or for a temporary residence permit, through the Migration "
                "Department's MIGRIS system.</p>"
                "<ul>"
                "<li>Drivers: check who your employer is under the contract and in which "
                "country you will actually be working.</li>"
                "<li>Insist on a written employment contract before you leave.</li>"
                "<li>Your passport and driving licence always stay with you.</li>"
                "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы нужна национальная виза или вид на жительство на основании "
                "зачисления в литовский вуз. Учебное заведение обычно подсказывает, какие "
                "документы подавать и в каком порядке.</p>"
                "<p>Для граждан Беларуси действуют дополнительные проверки, поэтому "
                "закладывайте больше времени на оформление.</p>"
            ),
            "be": (
                "<p>Для навучання патрэбна нацыянальная віза або від на жыхарства на падставе "
                "залічэння ў літоўскую ВНУ. Навучальная ўстанова звычайна падказвае, якія "
                "дакументы падаваць і ў якім парадку.</p>"
                "<p>Для грамадзян Беларусі дзейнічаюць дадатковыя праверкі, таму "
                "закладвайце больш часу на афармленне.</p>"
            ),
            "en": (
                "<p>To study you need a national visa or a residence permit based on admission "
                "to a Lithuanian university. The university will usually explain which documents "
                "to submit and in what order.</p>"
                "<p>Belarusian citizens go through extra checks, so allow more time for the "
                "paperwork.</p>"
            ),
        },
        "emergency_numbers": {
            "ru": (
                "<ul>"
                "<li><strong>112</strong> — единый номер экстренных служб: полиция, "
                "скорая помощь, пожарные; звонок бесплатный</li>"
                "</ul>"
            ),
            "be": (
                "<ul>"
                "<li><strong>112</strong> — адзіны нумар экстранных службаў: паліцыя, "
                "хуткая дапамога, пажарныя; званок бясплатны</li>"
                "</ul>"
            ),
            "en": (
                "<ul>"
                "<li><strong>112</strong> — the single emergency number for police, ambulance "
                "and fire; free to call</li>"
                "</ul>"
            ),
        },
        "trafficking_line": unconfirmed_line(
            {
                "ru": "Линия помощи пострадавшим от торговли людьми в Литве",
                "be": "Лінія дапамогі пацярпелым ад гандлю людзьмі ў Літве",
                "en": "Helpline for people affected by trafficking in Lithuania",
            },
            "+370 5 000 0002",
        ),
        "embassy": {
            "ru": (
                "<p>Посольство Беларуси находится в Вильнюсе. Обращайтесь туда, если "
                "потеряли паспорт или его украли, если вас задержали, вы попали в больницу "
                "или не можете вернуться домой. Объём услуг и часы приёма могут меняться — "
                "уточняйте заранее.</p>"
            ),
            "be": (
                "<p>Пасольства Беларусі знаходзіцца ў Вільні. Звяртайцеся туды, калі "
                "згубілі пашпарт або яго скралі, калі вас затрымалі, вы трапілі ў бальніцу "
                "або не можаце вярнуцца дадому. Аб’ём паслуг і гадзіны прыёму могуць "
                "змяняцца — удакладняйце загадзя.</p>"
            ),
            "en": (
                "<p>The Embassy of Belarus is in Vilnius. Contact it if your passport is lost "
                "or stolen, if you are detained, in hospital or unable to get home. Services "
                "and opening hours may change, so check in advance.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>Нарушения трудовых прав в Литве рассматривает государственная "
                "инспекция труда. Есть общественные организации, которые консультируют "
                "иностранцев и помогают пострадавшим от торговли людьми: дают временное "
                "жильё, юридическую и психологическую поддержку.</p>"
                "<p>Если не знаете, к кому обратиться, напишите на нашу горячую линию через "
                "форму на сайте.</p>"
            ),
            "be": (
                "<p>Парушэнні працоўных правоў у Літве разглядае дзяржаўная інспекцыя "
                "працы. Ёсць грамадскія арганізацыі, якія кансультуюць замежнікаў і "
                "дапамагаюць пацярпелым ад гандлю людзьмі: даюць часовае жыллё, юрыдычную "
                "і псіхалагічную падтрымку.</p>"
                "<p>Калі не ведаеце, да каго звярнуцца, напішыце на нашу гарачую лінію праз "
                "форму на сайце.</p>"
            ),
            "en": (
                "<p>In Lithuania, labour rights violations are handled by the state labour "
                "inspectorate. Non-governmental organisations advise foreigners and help "
                "people affected by trafficking with temporary shelter, legal advice and "
                "psychological support.</p>"
                "<p>If you don't know where to turn, write to our hotline through the form on "
                "this site.</p>"
            ),
        },
        "contacts": contacts(
            embassy(
                {"ru": "в Литве", "be": "ў Літве", "en": "in Lithuania"},
                "+370 5 000 0000",
                "embassy-lithuania@example.org",
            ),
            unconfirmed(
                {
                    "ru": "Центр помощи пострадавшим",
                    "be": "Цэнтр дапамогі пацярпелым",
                    "en": "Victim support centre",
                },
                "+370 5 000 0001",
                "help-lt@example.org",
            ),
        ),
        "last_checked": COUNTRIES_CHECKED,
        "sources": sources(
            LITHUANIA_MIGRATION_DEPARTMENT,
            LITHUANIA_EMPLOYMENT_SERVICE,
            EU_IMMIGRATION_PORTAL,
            FOREIGN_MINISTRY,
        ),
    },
    # ----------------------------------------------------------------- Germany
    {
        "key": "de",
        "iso_code": "DE",
        "slug": {"ru": "germaniya", "be": "hermaniya", "en": "germany"},
        "title": {"ru": "Германия", "be": "Германія", "en": "Germany"},
        "intro": {
            "ru": (
                "В Германию белорусы едут учиться, работать по специальности, на сезонную "
                "работу и к семье. Для работы и учёбы нужна национальная виза, а «работа по "
                "туристической визе» — прямой путь к нелегальной занятости и долгам."
            ),
            "be": (
                "У Германію беларусы едуць вучыцца, працаваць па спецыяльнасці, на сезонную "
                "працу і да сям’і. Для працы і навучання патрэбна нацыянальная віза, а "
                "«праца па турыстычнай візе» — прамы шлях да нелегальнай занятасці і даўгоў."
            ),
            "en": (
                "Belarusians go to Germany to study, to work in their profession, for seasonal "
                "jobs and to join family. Work and study require a national visa; 'working on a "
                "tourist visa' is a fast track to illegal employment and debt."
            ),
        },
        "search_description": {
            "ru": "Германия: виза, работа и учёба для граждан Беларуси, экстренные номера 110 и 112, посольство и где искать помощь.",
            "be": "Германія: віза, праца і навучанне для грамадзян Беларусі, экстранныя нумары 110 і 112, пасольства і дапамога.",
            "en": "Germany for Belarusian citizens: visas, work and study, emergency numbers 110 and 112, the embassy and local help.",
        },
        "entry_rules": {
            "ru": (
                "<p>Гражданам Беларуси нужна виза. Шенгенская виза подходит для туризма и "
                "коротких визитов, а для работы, учёбы и переезда к семье оформляют "
                "национальную визу в посольстве Германии до выезда.</p>"
                "<p>Перейти с туристической визы на рабочую, находясь в Германии, обычно "
                "нельзя. Требования и списки документов проверяйте на официальном сайте "
                "посольства Германии.</p>"
            ),
            "be": (
                "<p>Грамадзянам Беларусі патрэбна віза. Шэнгенская віза падыходзіць для "
                "турызму і кароткіх візітаў, а для працы, навучання і пераезду да сям’і "
                "афармляюць нацыянальную візу ў пасольстве Германіі да выезду.</p>"
                "<p>Перайсці з турыстычнай візы на працоўную, знаходзячыся ў Германіі, "
                "звычайна нельга. Патрабаванні і спісы дакументаў правярайце на афіцыйным "
                "сайце пасольства Германіі.</p>"
            ),
            "en": (
                "<p>Belarusian citizens need a visa. A Schengen visa covers tourism and short "
                "visits; for work, study or joining family you apply for a national visa at a "
                "German embassy before you travel.</p>"
                "<p>Switching from a tourist visa to a work visa inside Germany is usually not "
                "possible. Check requirements and document lists on the official website of "
                "the German embassy.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Для работы нужна национальная виза с целью «работа». Обычно требуется "
                "конкретное предложение от работодателя, а для многих профессий — признание "
                "вашего диплома или квалификации в Германии. Во многих случаях работу "
                "дополнительно согласовывает Федеральное агентство по труду.</p>"
                "<ul>"
                "<li>Подписывайте договор до выезда и храните его копию дома.</li>"
                "<li>Если вам предлагают ехать по туристической визе и «оформиться потом» — "
                "откажитесь.</li>"
                "</ul>"
            ),
            "be": (
                "<p>Для працы патрэбна нацыянальная віза з мэтай «праца». Звычайна "
                "патрабуецца канкрэтная прапанова ад працадаўцы, а для многіх прафесій — "
                "прызнанне вашага дыплома або кваліфікацыі ў Германіі. У многіх выпадках "
                "працу дадаткова ўзгадняе Федэральнае агенцтва па працы.</p>"
                "<ul>"
                "<li>Падпісвайце дагавор да выезду і захоўвайце яго копію дома.</li>"
                "<li>Калі вам прапануюць ехаць па турыстычнай візе і «аформіцца потым» — "
                "адмаўляйцеся.</li>"
                "</ul>"
            ),
            "en": (
                "<p>Work requires a national visa issued for employment. You normally need a "
                "concrete job offer, and for many occupations your diploma or qualification "
                "has to be recognised in Germany. In many cases the Federal Employment Agency "
                "must also approve the job.</p>"
                "<ul>"
                "<li>Sign the contract before you leave and keep a copy at home.</li>"
                "<li>If you're told to come on a tourist visa and 'get the papers later', say no.</li>"
                "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы нужна национальная студенческая виза. Обычно нужно показать "
                "зачисление или приглашение на подготовительные курсы и деньги на жизнь, "
                "например на специальном заблокированном счёте.</p>"
                "<p>После приезда нужно зарегистрировать адрес и получить вид на "
                "жительство. Студентам разрешено подрабатывать, но в ограниченном объёме.</p>"
            ),
            "be": (
                "<p>Для навучання патрэбна нацыянальная студэнцкая віза. Звычайна трэба "
                "паказаць залічэнне або запрашэнне на падрыхтоўчыя курсы і грошы на жыццё, "
                "напрыклад на спецыяльным заблакіраваным рахунку.</p>"
                "<p>Пасля прыезду трэба зарэгістраваць адрас і атрымаць від на жыхарства. "
                "Студэнтам дазволена падпрацоўваць, але ў абмежаваным аб’ёме.</p>"
            ),
            "en": (
                "<p>Study requires a national student visa. You usually have to show an offer "
                "of admission or a place on a preparatory course, plus money to live on, for "
                "example in a special blocked account.</p>"
                "<p>After arrival you register your address and obtain a residence permit. "
                "Students may work part-time, within limits.</p>"
            ),
        },
        "emergency_numbers": {
            "ru": (
                "<ul>"
                "<li><strong>110</strong> — полиция</li>"
                "<li><strong>112</strong> — скорая помощь и пожарные (также единый "
                "европейский номер экстренных служб)</li>"
                "</ul>"
            ),
            "be": (
                "<ul>"
                "<li><strong>110</strong> — паліцыя</li>"
                "<li><strong>112</strong> — хуткая дапамога і пажарныя (таксама адзіны "
                "еўрапейскі нумар экстранных службаў)</li>"
                "</ul>"
            ),
            "en": (
                "<ul>"
                "<li><strong>110</strong> — police</li>"
                "<li><strong>112</strong> — ambulance and fire brigade (also the single "
                "European emergency number)</li>"
                "</ul>"
            ),
        },
        "trafficking_line": unconfirmed_line(
            {
                "ru": "KOK — сеть организаций против торговли людьми в Германии",
                "be": "KOK — сетка арганізацый супраць гандлю людзьмі ў Германіі",
                "en": "KOK, the German NGO network against trafficking in human beings",
            },
            "+49 30 0000 0002",
        ),
        "embassy": {
            "ru": (
                "<p>Посольство Беларуси находится в Берлине. Консул выдаёт документ для "
                "возвращения домой, если паспорт утерян или украден, помогает, если вас "
                "задержали или вы попали в больницу, и может сообщить о случившемся "
                "родственникам.</p>"
                "<p>Сохраните эти контакты и на бумаге: телефон могут отобрать или он может "
                "разрядиться.</p>"
            ),
            "be": (
                "<p>Пасольства Беларусі знаходзіцца ў Берліне. Консул выдае дакумент для "
                "вяртання дадому, калі пашпарт згублены або скрадзены, дапамагае, калі вас "
                "затрымалі або вы трапілі ў бальніцу, і можа паведаміць пра здарэнне "
                "сваякам.</p>"
                "<p>Захавайце гэтыя кантакты і на паперы: тэлефон могуць адабраць або ён "
                "можа разрадзіцца.</p>"
            ),
            "en": (
                "<p>The Embassy of Belarus is in Berlin. The consul can issue a document to "
                "travel home if your passport is lost or stolen, help if you are detained or "
                "in hospital, and let your family know what has happened.</p>"
                "<p>Keep these contacts on paper too: a phone can be taken away or run out of "
                "battery.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>Во многих городах Германии работают бесплатные консультации для "
                "трудовых мигрантов: там объясняют права работника и помогают добиться "
                "невыплаченной зарплаты. В большинстве федеральных земель есть специализированные "
                "центры помощи пострадавшим от торговли людьми.</p>"
                "<p>Наша горячая линия поможет найти нужную организацию — напишите через "
                "форму на сайте.</p>"
            ),
            "be": (
                "<p>У многіх гарадах Германіі працуюць бясплатныя кансультацыі для "
                "працоўных мігрантаў: там тлумачаць правы работніка і дапамагаюць "
                "атрымаць нявыплачаны заробак. У большасці федэральных зямель ёсць "
                "спецыялізаваныя цэнтры дапамогі пацярпелым ад гандлю людзьмі.</p>"
                "<p>Наша гарачая лінія дапаможа знайсці патрэбную арганізацыю — напішыце "
                "праз форму на сайце.</p>"
            ),
            "en": (
                "<p>Many German cities have free advice services for migrant workers, which "
                "explain your rights and help you recover unpaid wages. Most federal states "
                "have specialist support centres for people affected by trafficking.</p>"
                "<p>Our hotline can help you find the right organisation: write to us through "
                "the form on this site.</p>"
            ),
        },
        "contacts": contacts(
            embassy(
                {"ru": "в Германии", "be": "ў Германіі", "en": "in Germany"},
                "+49 30 0000 0000",
                "embassy-germany@example.org",
            ),
            unconfirmed(
                {
                    "ru": "Консультация для работников-мигрантов",
                    "be": "Кансультацыя для работнікаў-мігрантаў",
                    "en": "Advice service for migrant workers",
                },
                "+49 30 0000 0001",
                "help-de@example.org",
            ),
        ),
        "last_checked": COUNTRIES_CHECKED,
        "sources": sources(MAKE_IT_IN_GERMANY, EU_IMMIGRATION_PORTAL, FOREIGN_MINISTRY),
    },
    # ----------------------------------------------------------------- Czechia
    {
        "key": "cz",
        "iso_code": "CZ",
        "slug": {"ru": "chekhiya", "be": "chekhiya", "en": "czechia"},
        "title": {"ru": "Чехия", "be": "Чэхія", "en": "Czechia"},
        "intro": {
            "ru": (
                "В Чехию белорусы едут работать на заводы, стройки и в сферу услуг, а также "
                "учиться. Будьте осторожны с агентствами, которые берут деньги за "
                "«трудоустройство» и передают людей по цепочке посредников."
            ),
            "be": (
                "У Чэхію беларусы едуць працаваць на заводы, будоўлі і ў сферу паслуг, а "
                "таксама вучыцца. Будзьце асцярожныя з агенцтвамі, якія бяруць грошы за "
                "«працаўладкаванне» і перадаюць людзей па ланцужку пасярэднікаў."
            ),
            "en": (
                "Belarusians go to Czechia to work in factories, construction and services, "
                "and to study. Be careful with agencies that charge for 'finding you a job' "
                "and pass people along a chain of middlemen."
            ),
        },
        "search_description": {
            "ru": "Чехия: виза, карта сотрудника, учёба для граждан Беларуси, экстренные номера, посольство и где искать помощь.",
            "be": "Чэхія: віза, картка супрацоўніка, навучанне для грамадзян Беларусі, экстранныя нумары, пасольства і дапамога.",
            "en": "Czechia for Belarusian citizens: visas, the employee card, study, emergency numbers, the embassy and local help.",
        },
        "entry_rules": {
            "ru": (
                "<p>Чехия входит в ЕС и Шенгенскую зону, гражданам Беларуси нужна виза. "
                "Для поездок до 90 дней подходит шенгенская виза, для работы и учёбы — "
                "долгосрочная виза или вид на жительство.</p>"
                "<p>С 2022 года, после начала войны в Украине, посольства и консульства Чехии "
                "не принимают от граждан Беларуси заявления на визы и виды на жительство, за "
                "немногими исключениями — прежде всего по гуманитарным причинам. Входите ли "
                "вы в исключения, проверяйте на сайте МИД Чехии до того, как платить "
                "посредникам: предложение «оформить визу в Чехию под ключ» должно "
                "насторожить.</p>"
            ),
            "be": (
                "<p>Чэхія ўваходзіць у ЕС і Шэнгенскую зону, грамадзянам Беларусі патрэбна "
                "віза. Для паездак да 90 дзён падыходзіць шэнгенская віза, для працы і "
                "навучання — доўгатэрміновая віза або від на жыхарства.</p>"
                "<p>З 2022 года, пасля пачатку вайны ва Украіне, пасольствы і консульствы "
                "Чэхіі не прымаюць ад грамадзян Беларусі заявы на візы і віды на жыхарства, "
                "за нешматлікімі выключэннямі — перш за ўсё па гуманітарных прычынах. Ці "
                "падпадаеце вы пад выключэнні, правярайце на сайце МЗС Чэхіі да таго, як "
                "плаціць пасярэднікам: прапанова «аформіць візу ў Чэхію пад ключ» павінна "
                "насцярожыць.</p>"
            ),
            "en": (
                "<p>Czechia is in the EU and the Schengen area, and Belarusian citizens need a "
                "visa. A Schengen visa covers stays of up to 90 days; work and study need a "
                "long-stay visa or a residence permit.</p>"
                "<p>Since 2022, after the start of the war in Ukraine, Czech embassies and "
                "consulates have not accepted visa or residence applications from Belarusian "
                "citizens, with few exceptions, above all on humanitarian grounds. Check on the "
                "website of the Czech Ministry of Foreign Affairs whether you are one of the "
                "exceptions before you pay any middleman: an offer to 'arrange a Czech visa for "
                "you, all included' should make you wary.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Основной документ для работы иностранца в Чехии — карта сотрудника: она "
                "даёт право жить в Чехии и работать у конкретного работодателя на "
                "конкретной должности. Заявление на неё подают в посольстве Чехии до въезда, "
                "а от граждан Беларуси посольства сейчас такие заявления, как правило, не "
                "принимают.</p>"
                "<ul>"
                "<li>Виза или вид на жительство другой страны, например Польши, не дают права "
                "работать в Чехии.</li>"
                "<li>Проверьте, кто именно будет вашим работодателем по договору — компания "
                "или агентство.</li>"
                "<li>Паспорт и карта сотрудника всегда остаются у вас.</li>"
                "</ul>"
            ),
            "be": (
                "<p>Асноўны дакумент для працы замежніка ў Чэхіі — картка супрацоўніка: яна "
                "дае права жыць у Чэхіі і працаваць у канкрэтнага працадаўцы на канкрэтнай "
                "пасадзе. Заяву на яе падаюць у пасольстве Чэхіі да ўезду, а ад грамадзян "
                "Беларусі пасольствы цяпер такія заявы, як правіла, не прымаюць.</p>"
                "<ul>"
                "<li>Віза або від на жыхарства іншай краіны, напрыклад Польшчы, не даюць "
                "права працаваць у Чэхіі.</li>"
                "<li>Праверце, хто менавіта будзе вашым працадаўцам паводле дагавора — "
                "кампанія ці агенцтва.</li>"
                "<li>Пашпарт і картка супрацоўніка заўсёды застаюцца ў вас.</li>"
                "</ul>"
            ),
            "en": (
                "<p>The main work document for a foreigner in Czechia is the employee card, "
                "which lets you live in Czechia and work for a specific employer in a specific "
                "job. You apply for it at a Czech embassy before you travel, and Czech "
                "embassies currently do not, as a rule, accept these applications from "
                "Belarusian citizens.</p>"
                "<ul>"
                "<li>A visa or residence permit of another country, Poland for example, does "
                "not give you the right to work in Czechia.</li>"
                "<li>Check who your employer is under the contract: the company itself or an "
                "agency.</li>"
                "<li>Your passport and employee card always stay with you.</li>"
                "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы дольше 90 дней нужна долгосрочная виза или вид на жительство "
                "с целью «учёба» на основании зачисления. Учёба в государственных вузах на "
                "чешском языке бесплатна и для иностранцев, программы на других языках "
                "платные.</p>"
                "<p>Остерегайтесь платных «гарантированных поступлений» через посредников: "
                "поступить можно только по результатам экзаменов и решению вуза.</p>"
            ),
            "be": (
                "<p>Для навучання больш за 90 дзён патрэбна доўгатэрміновая віза або від на "
                "жыхарства з мэтай «навучанне» на падставе залічэння. Навучанне ў "
                "дзяржаўных ВНУ на чэшскай мове бясплатнае і для замежнікаў, праграмы на "
                "іншых мовах платныя.</p>"
                "<p>Сцеражыцеся платных «гарантаваных паступленняў» праз пасярэднікаў: "
                "паступіць можна толькі па выніках экзаменаў і рашэнні ВНУ.</p>"
            ),
            "en": (
                "<p>Studying for more than 90 days requires a long-stay visa or residence "
                "permit for study, based on admission. Degree programmes taught in Czech at "
                "public universities are free for foreigners too; programmes in other "
                "languages charge fees.</p>"
                "<p>Beware of paid 'guaranteed admission' through middlemen: only the "
                "university's own exams and decision can get you in.</p>"
            ),
        },
        "emergency_numbers": {
            "ru": (
                "<ul>" + EMERGENCY_112["ru"] + "<li><strong>158</strong> — полиция</li>"
                "<li><strong>155</strong> — скорая помощь</li>"
                "<li><strong>150</strong> — пожарная служба</li>"
                "</ul>"
            ),
            "be": (
                "<ul>" + EMERGENCY_112["be"] + "<li><strong>158</strong> — паліцыя</li>"
                "<li><strong>155</strong> — хуткая дапамога</li>"
                "<li><strong>150</strong> — пажарная служба</li>"
                "</ul>"
            ),
            "en": (
                "<ul>" + EMERGENCY_112["en"] + "<li><strong>158</strong> — police</li>"
                "<li><strong>155</strong> — ambulance</li>"
                "<li><strong>150</strong> — fire brigade</li>"
                "</ul>"
            ),
        },
        "trafficking_line": unconfirmed_line(
            {
                "ru": "SOS-линия для пострадавших от торговли людьми в Чехии",
                "be": "SOS-лінія для пацярпелых ад гандлю людзьмі ў Чэхіі",
                "en": "SOS line for people affected by trafficking in Czechia",
            },
            "+420 200 000 002",
        ),
        "embassy": {
            "ru": (
                "<p>Посольство Беларуси находится в Праге. Туда обращаются, если паспорт "
                "утерян или украден и нужен документ для возвращения, при задержании, "
                "тяжёлой болезни или несчастном случае, а также когда нужно связаться с "
                "семьёй.</p>"
            ),
            "be": (
                "<p>Пасольства Беларусі знаходзіцца ў Празе. Туды звяртаюцца, калі пашпарт "
                "згублены або скрадзены і патрэбны дакумент для вяртання, пры затрыманні, "
                "цяжкай хваробе або няшчасным выпадку, а таксама калі трэба звязацца з "
                "сям’ёй.</p>"
            ),
            "en": (
                "<p>The Embassy of Belarus is in Prague. Turn to it if your passport is lost or "
                "stolen and you need a document to travel home, if you are detained, seriously "
                "ill or have had an accident, or if you need help contacting your family.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>В регионах Чехии работают центры поддержки иностранцев: там "
                "консультируют по документам, работе и жилью. Жалобы на работодателя "
                "принимает государственная инспекция труда, а общественные организации "
                "помогают пострадавшим от торговли людьми и трудовой эксплуатации.</p>"
                "<p>Вы также можете написать на нашу горячую линию через форму на сайте.</p>"
            ),
            "be": (
                "<p>У рэгіёнах Чэхіі працуюць цэнтры падтрымкі замежнікаў: там "
                "кансультуюць па дакументах, працы і жыллі. Скаргі на працадаўцу прымае "
                "дзяржаўная інспекцыя працы, а грамадскія арганізацыі дапамагаюць "
                "пацярпелым ад гандлю людзьмі і працоўнай эксплуатацыі.</p>"
                "<p>Вы таксама можаце напісаць на нашу гарачую лінію праз форму на сайце.</p>"
            ),
            "en": (
                "<p>Czech regions have support centres for foreigners offering advice on "
                "documents, work and housing. Complaints about employers go to the state "
                "labour inspectorate, and non-governmental organisations help people affected "
                "by trafficking and labour exploitation.</p>"
                "<p>You can also write to our hotline through the form on this site.</p>"
            ),
        },
        "contacts": contacts(
            embassy(
                {"ru": "в Чехии", "be": "ў Чэхіі", "en": "in Czechia"},
                "+420 200 000 000",
                "embassy-czechia@example.org",
            ),
            unconfirmed(
                {
                    "ru": "Центр поддержки иностранцев",
                    "be": "Цэнтр падтрымкі замежнікаў",
                    "en": "Support centre for foreigners",
                },
                "+420 200 000 001",
                "help-cz@example.org",
            ),
        ),
        "last_checked": COUNTRIES_CHECKED,
        "sources": sources(
            CZECH_FOREIGN_MINISTRY, CZECH_INTERIOR_MINISTRY, EU_IMMIGRATION_PORTAL, FOREIGN_MINISTRY
        ),
    },
    # ------------------------------------------------------------------- Italy
    {
        "key": "it",
        "iso_code": "IT",
        "slug": {"ru": "italiya", "be": "italiya", "en": "italy"},
        "title": {"ru": "Италия", "be": "Італія", "en": "Italy"},
        "intro": {
            "ru": (
                "В Италию белорусы едут ухаживать за пожилыми, работать в сельском хозяйстве "
                "и туризме, учиться и выходить замуж. Особенно осторожно относитесь к "
                "сезонной работе на полях и к работе сиделкой без договора."
            ),
            "be": (
                "У Італію беларусы едуць даглядаць пажылых людзей, працаваць у сельскай "
                "гаспадарцы і турызме, вучыцца і выходзіць замуж. Асабліва асцярожна "
                "стаўцеся да сезоннай працы на палях і да працы дагледжвальніцай без "
                "дагавора."
            ),
            "en": (
                "Belarusians go to Italy to care for elderly people, work in farming and "
                "tourism, study and marry. Take special care with seasonal field work and "
                "with live-in care jobs that come without a contract."
            ),
        },
        "search_description": {
            "ru": "Италия: виза, работа по квотам и учёба для граждан Беларуси, номер 112, посольство и где искать помощь.",
            "be": "Італія: віза, праца па квотах і навучанне для грамадзян Беларусі, нумар 112, пасольства і дзе шукаць дапамогу.",
            "en": "Italy for Belarusian citizens: visas, quota-based work permits, study, emergency number 112, the embassy and local help.",
        },
        "entry_rules": {
            "ru": (
                "<p>Гражданам Беларуси нужна виза: шенгенская — для туризма и коротких "
                "поездок, национальная — для работы, учёбы и воссоединения семьи.</p>"
                "<p>После приезда по национальной визе в короткий срок нужно подать "
                "документы на вид на жительство (permesso di soggiorno). Сохраняйте "
                "квитанцию о подаче — она подтверждает ваш законный статус, пока документ "
                "готовится.</p>"
            ),
            "be": (
                "<p>Грамадзянам Беларусі патрэбна віза: шэнгенская — для турызму і кароткіх "
                "паездак, нацыянальная — для працы, навучання і ўз’яднання сям’і.</p>"
                "<p>Пасля прыезду па нацыянальнай візе ў кароткі тэрмін трэба падаць "
                "дакументы на від на жыхарства (permesso di soggiorno). Захоўвайце "
                "квітанцыю аб падачы — яна пацвярджае ваш законны статус, пакуль дакумент "
                "рыхтуецца.</p>"
            ),
            "en": (
                "<p>Belarusian citizens need a visa: a Schengen visa for tourism and short "
                "trips, a national visa for work, study or family reunification.</p>"
                "<p>Soon after arriving on a national visa you must apply for a residence "
                "permit (permesso di soggiorno). Keep the receipt for your application: it "
                "proves your legal status while the permit is being prepared.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Граждане стран вне ЕС могут работать в Италии в рамках ежегодных квот. "
                "Работодатель в Италии подаёт запрос и получает разрешение (nulla osta), "
                "после чего вы оформляете рабочую визу в итальянском консульстве.</p>"
                "<ul>"
                "<li>Не соглашайтесь ехать по туристической визе с обещанием «оформить "
                "потом».</li>"
                "<li>Сиделкам и домашним работникам тоже положен письменный договор и "
                "выходные дни.</li>" + PASSPORT_STAYS_WITH_YOU["ru"] + "</ul>"
            ),
            "be": (
                "<p>Грамадзяне краін па-за ЕС могуць працаваць у Італіі ў межах штогадовых "
                "квот. Працадаўца ў Італіі падае запыт і атрымлівае дазвол (nulla osta), "
                "пасля чаго вы афармляеце працоўную візу ў італьянскім консульстве.</p>"
                "<ul>"
                "<li>Не пагаджайцеся ехаць па турыстычнай візе з абяцаннем «аформіць "
                "потым».</li>"
                "<li>Дагледжвальніцам і хатнім работнікам таксама належыць пісьмовы "
                "дагавор і выхадныя дні.</li>" + PASSPORT_STAYS_WITH_YOU["be"] + "</ul>"
            ),
            "en": (
                "<p>Non-EU citizens can work in Italy under yearly quotas. The employer in Italy "
                "applies for and obtains clearance (nulla osta), and then you apply for a work "
                "visa at an Italian consulate.</p>"
                "<ul>"
                "<li>Don't agree to travel on a tourist visa with a promise that the papers "
                "will 'come later'.</li>"
                "<li>Carers and domestic workers are also entitled to a written contract and "
                "days off.</li>" + PASSPORT_STAYS_WITH_YOU["en"] + "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы нужна национальная студенческая виза на основании "
                "предварительного зачисления в итальянский вуз. После приезда оформляется "
                "вид на жительство для учёбы.</p>"
                "<p>Студентам разрешено подрабатывать в ограниченном объёме. Проверьте, что "
                "вуз официально признан в Италии.</p>"
            ),
            "be": (
                "<p>Для навучання патрэбна нацыянальная студэнцкая віза на падставе "
                "папярэдняга залічэння ў італьянскую ВНУ. Пасля прыезду афармляецца від на "
                "жыхарства для навучання.</p>"
                "<p>Студэнтам дазволена падпрацоўваць у абмежаваным аб’ёме. Праверце, што "
                "ВНУ афіцыйна прызнаная ў Італіі.</p>"
            ),
            "en": (
                "<p>Study requires a national student visa based on pre-enrolment at an "
                "Italian university. After arrival you apply for a residence permit for "
                "study.</p>"
                "<p>Students may work part-time within limits. Check that the university is "
                "officially recognised in Italy.</p>"
            ),
        },
        "emergency_numbers": ONLY_EMERGENCY_NUMBER_112,
        "trafficking_line": national_line(
            {
                "ru": "Национальная линия помощи пострадавшим от торговли людьми "
                "(Numero Verde Antitratta)",
                "be": "Нацыянальная лінія дапамогі пацярпелым ад гандлю людзьмі "
                "(Numero Verde Antitratta)",
                "en": "National anti-trafficking helpline (Numero Verde Antitratta)",
            },
            phone="800 290 290",
            hours=AROUND_THE_CLOCK,
            note={
                "ru": "Звонок бесплатный. Помогут людям, которых принуждают работать "
                "или удерживают, и подскажут, где найти защиту и жильё.",
                "be": "Званок бясплатны. Дапамогуць людзям, якіх прымушаюць працаваць "
                "або ўтрымліваюць, і падкажуць, дзе знайсці абарону і жыллё.",
                "en": "Free to call. For people forced to work or held against their "
                "will: they will tell you where to find protection and shelter.",
            },
        ),
        "embassy": {
            "ru": (
                "<p>Посольство Беларуси находится в Риме. Консул поможет с документом для "
                "возвращения домой, если паспорт пропал, навестит или свяжется с вами при "
                "задержании и поможет сообщить родным, если с вами что-то случилось.</p>"
            ),
            "be": (
                "<p>Пасольства Беларусі знаходзіцца ў Рыме. Консул дапаможа з дакументам "
                "для вяртання дадому, калі пашпарт прапаў, наведае вас або звяжацца з вамі "
                "пры затрыманні і дапаможа паведаміць родным, калі з вамі нешта здарылася.</p>"
            ),
            "en": (
                "<p>The Embassy of Belarus is in Rome. The consul can help with a document to "
                "travel home if your passport is gone, visit or contact you if you are "
                "detained, and help tell your family if something has happened to you.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>В Италии есть национальная бесплатная линия помощи пострадавшим от "
                "торговли людьми и сеть организаций, которые дают им защиту, жильё и "
                "помощь с документами. Работникам помогают профсоюзные консультационные "
                "пункты для мигрантов.</p>"
                "<p>Наша горячая линия поможет связаться с нужной организацией — напишите "
                "через форму на сайте.</p>"
            ),
            "be": (
                "<p>У Італіі ёсць нацыянальная бясплатная лінія дапамогі пацярпелым ад "
                "гандлю людзьмі і сетка арганізацый, якія даюць ім абарону, жыллё і "
                "дапамогу з дакументамі. Работнікам дапамагаюць прафсаюзныя "
                "кансультацыйныя пункты для мігрантаў.</p>"
                "<p>Наша гарачая лінія дапаможа звязацца з патрэбнай арганізацыяй — "
                "напішыце праз форму на сайце.</p>"
            ),
            "en": (
                "<p>Italy has a national free helpline for people affected by trafficking and a "
                "network of organisations that offer protection, shelter and help with "
                "documents. Trade union advice desks for migrants help workers with "
                "employment problems.</p>"
                "<p>Our hotline can help you reach the right organisation: write to us through "
                "the form on this site.</p>"
            ),
        },
        "contacts": contacts(
            embassy(
                {"ru": "в Италии", "be": "ў Італіі", "en": "in Italy"},
                "+39 06 0000 0000",
                "embassy-italy@example.org",
            ),
        ),
        "last_checked": COUNTRIES_CHECKED,
        "sources": sources(ITALY_VISA_PORTAL, EU_IMMIGRATION_PORTAL, FOREIGN_MINISTRY),
    },
    # ------------------------------------------------------------------ Latvia
    {
        "key": "lv",
        "iso_code": "LV",
        "slug": {"ru": "latviya", "be": "latviya", "en": "latvia"},
        "title": {"ru": "Латвия", "be": "Латвія", "en": "Latvia"},
        "intro": {
            "ru": (
                "В Латвию белорусы едут работать на стройку, склады, в транспорт и "
                "деревообработку, а также учиться. Правила для граждан Беларуси и работа "
                "границы в последние годы не раз менялись, поэтому проверяйте их перед каждой "
                "поездкой и не верьте посредникам, которые обещают «визу без проблем»."
            ),
            "be": (
                "У Латвію беларусы едуць працаваць на будоўлю, склады, у транспарт і "
                "дрэваапрацоўку, а таксама вучыцца. Правілы для грамадзян Беларусі і праца "
                "мяжы ў апошнія гады не раз змяняліся, таму правярайце іх перад кожнай паездкай "
                "і не верце пасярэднікам, якія абяцаюць «візу без праблем»."
            ),
            "en": (
                "Belarusians go to Latvia to work in construction, warehouses, transport and "
                "woodworking, and to study. The rules for Belarusian citizens and the way the "
                "border works have changed more than once in recent years, so check them before "
                "every trip and don't trust middlemen who promise a visa 'with no problems'."
            ),
        },
        "search_description": {
            "ru": "Латвия: виза, работа и учёба для граждан Беларуси, экстренные номера, посольство и где искать помощь.",
            "be": "Латвія: віза, праца і навучанне для грамадзян Беларусі, экстранныя нумары, пасольства і дзе шукаць дапамогу.",
            "en": "Latvia for Belarusian citizens: visas, work and study in brief, emergency numbers, the embassy and where to find help.",
        },
        "entry_rules": {
            "ru": (
                "<p>Латвия входит в ЕС и Шенгенскую зону, гражданам Беларуси нужна виза. "
                "Шенгенская виза подходит для коротких поездок, а для работы и учёбы "
                "оформляют национальную визу (D) или вид на жительство.</p>"
                "<p>Заявления граждан Беларуси могут проходить дополнительные проверки, а "
                "порядок приёма документов и работа пунктов пропуска на границе менялись. "
                "Актуальные правила смотрите на сайте Управления по делам гражданства и "
                "миграции Латвии (PMLP).</p>"
            ),
            "be": (
                "<p>Латвія ўваходзіць у ЕС і Шэнгенскую зону, грамадзянам Беларусі патрэбна "
                "віза. Шэнгенская віза падыходзіць для кароткіх паездак, а для працы і "
                "навучання афармляюць нацыянальную візу (D) або від на жыхарства.</p>"
                "<p>Заявы грамадзян Беларусі могуць праходзіць дадатковыя праверкі, а парадак "
                "прыёму дакументаў і праца пунктаў пропуску на мяжы змяняліся. Актуальныя "
                "правілы глядзіце на сайце Упраўлення па справах грамадзянства і міграцыі "
                "Латвіі (PMLP).</p>"
            ),
            "en": (
                "<p>Latvia is in the EU and the Schengen area, and Belarusian citizens need a "
                "visa. A Schengen visa covers short trips; work and study need a national (D) "
                "visa or a residence permit.</p>"
                "<p>Applications from Belarusian citizens may go through extra checks, and both "
                "the way applications are accepted and the operation of border crossings have "
                "changed. See the website of Latvia's Office of Citizenship and Migration "
                "Affairs (PMLP) for the current rules.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Сначала работодатель в Латвии регистрирует вакансию в Государственном "
                "агентстве занятости (NVA) и оформляет для вас приглашение через PMLP. Затем "
                "вы получаете визу или вид на жительство с правом работать у этого "
                "работодателя. Без такого права работать нельзя, даже с шенгенской визой.</p>"
                "<ul>"
                "<li>Проверьте, что в визе или виде на жительство указано право на работу, а "
                "в договоре — ваш настоящий работодатель.</li>"
                "<li>Смена работодателя обычно требует нового разрешения.</li>"
                + PASSPORT_STAYS_WITH_YOU["ru"]
                + "</ul>"
            ),
            "be": (
                "<p>Спачатку працадаўца ў Латвіі рэгіструе вакансію ў Дзяржаўным агенцтве "
                "занятасці (NVA) і афармляе для вас запрашэнне праз PMLP. Потым вы "
                "атрымліваеце візу або від на жыхарства з правам працаваць у гэтага "
                "працадаўцы. Без такога права працаваць нельга, нават з шэнгенскай візай.</p>"
                "<ul>"
                "<li>Праверце, што ў візе або відзе на жыхарства пазначана права на працу, а "
                "ў дагаворы — ваш сапраўдны працадаўца.</li>"
                "<li>Змена працадаўцы звычайна патрабуе новага дазволу.</li>"
                + PASSPORT_STAYS_WITH_YOU["be"]
                + "</ul>"
            ),
            "en": (
                "<p>First the employer in Latvia registers the vacancy with the State "
                "Employment Agency (NVA) and arranges an invitation for you through PMLP. Then "
                "you receive a visa or residence permit with the right to work for that "
                "employer. Without that right you may not work, even with a Schengen visa.</p>"
                "<ul>"
                "<li>Check that your visa or residence permit states the right to work, and "
                "that the contract names your real employer.</li>"
                "<li>Changing employer usually needs a new permit.</li>"
                + PASSPORT_STAYS_WITH_YOU["en"]
                + "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы нужна национальная виза или вид на жительство на основании "
                "зачисления в латвийский вуз; приглашение обычно оформляет сам вуз. Студентам "
                "дневной формы разрешено работать в ограниченном объёме.</p>"
                "<p>Проверьте, что программа аккредитована в Латвии.</p>"
            ),
            "be": (
                "<p>Для навучання патрэбна нацыянальная віза або від на жыхарства на падставе "
                "залічэння ў латвійскую ВНУ; запрашэнне звычайна афармляе сама ВНУ. Студэнтам "
                "дзённай формы дазволена працаваць у абмежаваным аб’ёме.</p>"
                "<p>Праверце, што праграма акрэдытаваная ў Латвіі.</p>"
            ),
            "en": (
                "<p>Study requires a national visa or a residence permit based on admission to "
                "a Latvian university; the university usually arranges the invitation. "
                "Full-time students may work within limits.</p>"
                "<p>Check that the programme is accredited in Latvia.</p>"
            ),
        },
        "emergency_numbers": emergency_list(("110", POLICE), ("113", AMBULANCE)),
        "trafficking_line": unconfirmed_line(
            {
                "ru": "Линия помощи пострадавшим от торговли людьми в Латвии",
                "be": "Лінія дапамогі пацярпелым ад гандлю людзьмі ў Латвіі",
                "en": "Helpline for people affected by trafficking in Latvia",
            },
            "+371 2000 0000",
        ),
        "embassy": {
            "ru": (
                "<p>Посольство Беларуси находится в Риге. Туда обращаются, если паспорт утерян "
                "или украден, при задержании, болезни или несчастном случае и когда нужно "
                "связаться с семьёй. Объём услуг и часы приёма уточняйте заранее на сайте МИД "
                "Беларуси.</p>"
            ),
            "be": (
                "<p>Пасольства Беларусі знаходзіцца ў Рызе. Туды звяртаюцца, калі пашпарт "
                "згублены або скрадзены, пры затрыманні, хваробе або няшчасным выпадку і калі "
                "трэба звязацца з сям’ёй. Аб’ём паслуг і гадзіны прыёму ўдакладняйце загадзя "
                "на сайце МЗС Беларусі.</p>"
            ),
            "en": (
                "<p>The Embassy of Belarus is in Riga. Turn to it if your passport is lost or "
                "stolen, if you are detained, ill or have had an accident, or if you need help "
                "contacting your family. Check its services and opening hours in advance on the "
                "website of the Belarusian Ministry of Foreign Affairs.</p>"
            ),
        },
        "local_help": {
            "ru": (
                "<p>Нарушения трудовых прав в Латвии рассматривает Государственная инспекция "
                "труда. Общественные организации консультируют иностранцев и помогают "
                "пострадавшим от торговли людьми: дают убежище, юридическую и психологическую "
                "помощь, помогают вернуться домой.</p>" + HOTLINE_FINDS_HELP["ru"]
            ),
            "be": (
                "<p>Парушэнні працоўных правоў у Латвіі разглядае Дзяржаўная інспекцыя працы. "
                "Грамадскія арганізацыі кансультуюць замежнікаў і дапамагаюць пацярпелым ад "
                "гандлю людзьмі: даюць прытулак, юрыдычную і псіхалагічную дапамогу, "
                "дапамагаюць вярнуцца дадому.</p>" + HOTLINE_FINDS_HELP["be"]
            ),
            "en": (
                "<p>In Latvia, labour rights violations are handled by the State Labour "
                "Inspectorate. Non-governmental organisations advise foreigners and help "
                "people affected by trafficking with shelter, legal and psychological support "
                "and the journey home.</p>" + HOTLINE_FINDS_HELP["en"]
            ),
        },
        "contacts": contacts(
            embassy(
                {"ru": "в Латвии", "be": "ў Латвіі", "en": "in Latvia"},
                "+371 6000 0000",
                "embassy-latvia@example.org",
            ),
        ),
        "last_checked": COUNTRIES_CHECKED,
        "sources": sources(
            LATVIA_MIGRATION_OFFICE,
            LATVIA_EMPLOYMENT_AGENCY,
            EU_IMMIGRATION_PORTAL,
            FOREIGN_MINISTRY,
        ),
    },
    # ------------------------------------------------------------------- Spain
    {
        "key": "es",
        "iso_code": "ES",
        "slug": {"ru": "ispaniya", "be": "ispaniya", "en": "spain"},
        "title": {"ru": "Испания", "be": "Іспанія", "en": "Spain"},
        "intro": {
            "ru": (
                "В Испанию белорусы едут учиться, работать в сельском хозяйстве, туризме и "
                "уходе за пожилыми, а также к семье. Осторожно с предложениями «сезонной "
                "работы без визы» и работы в сфере развлечений: ехать по туристической визе и "
                "«оформиться на месте» — прямой путь к нелегальной работе."
            ),
            "be": (
                "У Іспанію беларусы едуць вучыцца, працаваць у сельскай гаспадарцы, турызме і "
                "доглядзе за пажылымі людзьмі, а таксама да сям’і. Асцярожна з прапановамі "
                "«сезоннай працы без візы» і працы ў сферы забаў: ехаць па турыстычнай візе і "
                "«аформіцца на месцы» — прамы шлях да нелегальнай працы."
            ),
            "en": (
                "Belarusians go to Spain to study, to work in farming, tourism and elderly "
                "care, and to join family. Be careful with offers of 'seasonal work without a "
                "visa' and with jobs in entertainment: travelling on a tourist visa to 'sort out "
                "the papers there' is a fast track to illegal work."
            ),
        },
        "search_description": {
            "ru": "Испания: виза, разрешение на работу и учёба для граждан Беларуси, номер 112, посольство и где искать помощь.",
            "be": "Іспанія: віза, дазвол на працу і навучанне для грамадзян Беларусі, нумар 112, пасольства і дзе шукаць дапамогу.",
            "en": "Spain for Belarusian citizens: visas, work authorisation, study, emergency number 112, the embassy and local help.",
        },
        "entry_rules": {
            "ru": (
                "<p>Испания входит в Шенгенскую зону, гражданам Беларуси нужна виза: "
                "шенгенская — для туризма и коротких поездок, национальная — для работы, "
                "учёбы и переезда к семье. Национальную визу оформляют в консульстве Испании "
                "до выезда.</p>"
                "<p>После приезда по национальной визе нужно в течение месяца подать в "
                "полицию документы на карту иностранца (TIE). Актуальные требования "
                "проверяйте на сайте МИД Испании.</p>"
            ),
            "be": (
                "<p>Іспанія ўваходзіць у Шэнгенскую зону, грамадзянам Беларусі патрэбна віза: "
                "шэнгенская — для турызму і кароткіх паездак, нацыянальная — для працы, "
                "навучання і пераезду да сям’і. Нацыянальную візу афармляюць у консульстве "
                "Іспаніі да выезду.</p>"
                "<p>Пасля прыезду па нацыянальнай візе трэба на працягу месяца падаць у "
                "паліцыю дакументы на картку замежніка (TIE). Актуальныя патрабаванні "
                "правярайце на сайце МЗС Іспаніі.</p>"
            ),
            "en": (
                "<p>Spain is in the Schengen area, and Belarusian citizens need a visa: a "
                "Schengen visa for tourism and short trips, a national visa for work, study or "
                "joining family. You apply for the national visa at a Spanish consulate before "
                "you travel.</p>"
                "<p>Within a month of arriving on a national visa you apply to the police for "
                "your foreigner's identity card (TIE). Check the current requirements on the "
                "website of the Spanish Ministry of Foreign Affairs.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Для работы по найму работодатель в Испании сначала получает для вас "
                "разрешение на проживание и работу в управлении по делам иностранцев "
                "(Oficina de Extranjería). Только после этого вы подаёте документы на рабочую "
                "визу в консульстве.</p>"
                "<ul>"
                "<li>Подпишите трудовой договор до выезда и оставьте копию дома.</li>"
                "<li>Работа по туристической визе незаконна, даже если работодатель обещает "
                "«оформить потом».</li>" + PASSPORT_STAYS_WITH_YOU["ru"] + "</ul>"
            ),
            "be": (
                "<p>Для працы па найме працадаўца ў Іспаніі спачатку атрымлівае для вас "
                "дазвол на пражыванне і працу ва ўпраўленні па справах замежнікаў (Oficina de "
                "Extranjería). Толькі пасля гэтага вы падаеце дакументы на працоўную візу ў "
                "консульстве.</p>"
                "<ul>"
                "<li>Падпішыце працоўны дагавор да выезду і пакіньце копію дома.</li>"
                "<li>Праца па турыстычнай візе незаконная, нават калі працадаўца абяцае "
                "«аформіць потым».</li>" + PASSPORT_STAYS_WITH_YOU["be"] + "</ul>"
            ),
            "en": (
                "<p>For a job, the employer in Spain first obtains a residence and work "
                "authorisation for you from the foreigners' office (Oficina de Extranjería). "
                "Only then do you apply for the work visa at a consulate.</p>"
                "<ul>"
                "<li>Sign the employment contract before you leave and leave a copy at "
                "home.</li>"
                "<li>Working on a tourist visa is illegal, even if the employer promises to "
                "'sort it out later'.</li>" + PASSPORT_STAYS_WITH_YOU["en"] + "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы дольше 90 дней нужна студенческая виза на основании зачисления. "
                "Студентам разрешено работать в ограниченном объёме, если работа не мешает "
                "учёбе.</p>"
                "<p>Проверьте, что учебное заведение официально признано в Испании: не всякие "
                "курсы дают право на студенческую визу.</p>"
            ),
            "be": (
                "<p>Для навучання больш за 90 дзён патрэбна студэнцкая віза на падставе "
                "залічэння. Студэнтам дазволена працаваць у абмежаваным аб’ёме, калі праца не "
                "замінае навучанню.</p>"
                "<p>Праверце, што навучальная ўстанова афіцыйна прызнаная ў Іспаніі: не "
                "ўсякія курсы даюць права на студэнцкую візу.</p>"
            ),
            "en": (
                "<p>Studying for more than 90 days requires a student visa based on admission. "
                "Students may work within limits, as long as the work does not get in the way "
                "of their studies.</p>"
                "<p>Check that the school is officially recognised in Spain: not every course "
                "qualifies you for a student visa.</p>"
            ),
        },
        "emergency_numbers": emergency_list(
            (
                "091",
                {
                    "ru": "Национальная полиция",
                    "be": "Нацыянальная паліцыя",
                    "en": "National Police",
                },
            ),
            (
                "062",
                {
                    "ru": "Гражданская гвардия (Guardia Civil)",
                    "be": "Грамадзянская гвардыя (Guardia Civil)",
                    "en": "Civil Guard (Guardia Civil)",
                },
            ),
        ),
        "trafficking_line": unconfirmed_line(
            {
                "ru": "Линия Национальной полиции Испании о торговле людьми",
                "be": "Лінія Нацыянальнай паліцыі Іспаніі пра гандаль людзьмі",
                "en": "Spanish National Police line on human trafficking",
            },
            "900 000 000",
        ),
        "embassy": embassy_elsewhere({"ru": "Испанию", "be": "Іспанію", "en": "Spain"}),
        "local_help": {
            "ru": (
                "<p>Жалобы на нарушения трудовых прав принимает государственная инспекция "
                "труда и социального обеспечения. Общественные организации помогают мигрантам "
                "и пострадавшим от торговли людьми и трудовой эксплуатации: дают жильё, "
                "юридическую и психологическую помощь. Сообщить о торговле людьми можно в "
                "Национальную полицию.</p>" + HOTLINE_FINDS_HELP["ru"]
            ),
            "be": (
                "<p>Скаргі на парушэнні працоўных правоў прымае дзяржаўная інспекцыя працы і "
                "сацыяльнага забеспячэння. Грамадскія арганізацыі дапамагаюць мігрантам і "
                "пацярпелым ад гандлю людзьмі і працоўнай эксплуатацыі: даюць жыллё, "
                "юрыдычную і псіхалагічную дапамогу. Паведаміць пра гандаль людзьмі можна ў "
                "Нацыянальную паліцыю.</p>" + HOTLINE_FINDS_HELP["be"]
            ),
            "en": (
                "<p>Complaints about breaches of labour rights go to the state labour and "
                "social security inspectorate. Non-governmental organisations help migrants and "
                "people affected by trafficking and labour exploitation with housing, legal and "
                "psychological support. Trafficking can be reported to the National "
                "Police.</p>" + HOTLINE_FINDS_HELP["en"]
            ),
        },
        "contacts": contacts(
            embassy_serving(
                {"ru": "Испанию", "be": "Іспанію", "en": "Spain"},
                "+34 91 000 00 00",
                "embassy-spain@example.org",
            ),
        ),
        "last_checked": COUNTRIES_CHECKED,
        "sources": sources(
            SPAIN_FOREIGN_MINISTRY,
            SPAIN_MIGRATION_MINISTRY,
            EU_IMMIGRATION_PORTAL,
            FOREIGN_MINISTRY,
        ),
    },
    # ------------------------------------------------------------------ Cyprus
    {
        "key": "cy",
        "iso_code": "CY",
        "slug": {"ru": "kipr", "be": "kipr", "en": "cyprus"},
        "title": {"ru": "Кипр", "be": "Кіпр", "en": "Cyprus"},
        "intro": {
            "ru": (
                "На Кипр белорусы едут отдыхать, работать в отелях, ресторанах, IT-компаниях "
                "и домашними работниками. Особенно осторожно относитесь к вакансиям в ночных "
                "клубах и казино на севере острова: туда заманивают через Турцию, а въезд "
                "через север Республика Кипр считает незаконным."
            ),
            "be": (
                "На Кіпр беларусы едуць адпачываць, працаваць у гатэлях, рэстаранах, "
                "IT-кампаніях і хатнімі работнікамі. Асабліва асцярожна стаўцеся да вакансій "
                "у начных клубах і казіно на поўначы вострава: туды завабліваюць праз Турцыю, "
                "а ўезд праз поўнач Рэспубліка Кіпр лічыць незаконным."
            ),
            "en": (
                "Belarusians go to Cyprus on holiday and to work in hotels, restaurants, IT "
                "companies and as domestic workers. Take special care with jobs in nightclubs "
                "and casinos in the north of the island: people are lured there via Turkey, and "
                "the Republic of Cyprus treats entry through the north as illegal."
            ),
        },
        "search_description": {
            "ru": "Кипр: виза, разрешение на работу и учёба для граждан Беларуси, номера 112 и 199, посольство и помощь.",
            "be": "Кіпр: віза, дазвол на працу і навучанне для грамадзян Беларусі, нумары 112 і 199, пасольства і дапамога.",
            "en": "Cyprus for Belarusian citizens: visas, work permits, study, emergency numbers 112 and 199, the embassy and help.",
        },
        "entry_rules": {
            "ru": (
                "<p>Кипр входит в ЕС, гражданам Беларуси нужна виза. Какая именно — "
                "национальная кипрская или шенгенская — и принимается ли уже выданная вам "
                "шенгенская виза, проверяйте перед поездкой на сайте МИД Кипра: страна "
                "постепенно переходит к шенгенским правилам.</p>"
                "<p>Въезжайте только через аэропорты и порты Республики Кипр (Ларнака, Пафос, "
                "Лимасол). Въезд через аэропорт или порт на севере острова Республика Кипр "
                "считает незаконным: после него могут не пустить на юг и отказать в визе.</p>"
            ),
            "be": (
                "<p>Кіпр уваходзіць у ЕС, грамадзянам Беларусі патрэбна віза. Якая менавіта — "
                "нацыянальная кіпрская або шэнгенская — і ці прымаецца ўжо выдадзеная вам "
                "шэнгенская віза, правярайце перад паездкай на сайце МЗС Кіпра: краіна "
                "паступова пераходзіць да шэнгенскіх правілаў.</p>"
                "<p>Уязджайце толькі праз аэрапорты і парты Рэспублікі Кіпр (Ларнака, Пафас, "
                "Лімасол). Уезд праз аэрапорт або порт на поўначы вострава Рэспубліка Кіпр "
                "лічыць незаконным: пасля яго могуць не пусціць на поўдзень і адмовіць у "
                "візе.</p>"
            ),
            "en": (
                "<p>Cyprus is in the EU, and Belarusian citizens need a visa. Which one — a "
                "Cypriot national visa or a Schengen visa — and whether a Schengen visa you "
                "already hold is accepted, check before you travel on the website of the "
                "Cyprus Ministry of Foreign Affairs: the country is moving to the Schengen "
                "rules step by step.</p>"
                "<p>Enter only through the airports and ports of the Republic of Cyprus "
                "(Larnaca, Paphos, Limassol). The Republic of Cyprus treats entry through an "
                "airport or port in the north of the island as illegal: afterwards you may be "
                "refused entry to the south and refused a visa.</p>"
            ),
        },
        "work_rules": {
            "ru": (
                "<p>Для работы нужен договор с работодателем на Кипре и разрешение, "
                "оформленное до въезда: работодатель получает одобрение Департамента труда, "
                "а Департамент гражданского реестра и миграции выдаёт разрешение на въезд и "
                "вид на жительство с правом на работу. Для домашних работников действует "
                "отдельный порядок, тоже до въезда.</p>"
                "<ul>"
                "<li>Не соглашайтесь на работу «артисткой», «хостес» или в клубе на севере "
                "острова.</li>"
                "<li>Требуйте трудовой договор на понятном вам языке до выезда.</li>"
                + PASSPORT_STAYS_WITH_YOU["ru"]
                + "</ul>"
            ),
            "be": (
                "<p>Для працы патрэбны дагавор з працадаўцам на Кіпры і дазвол, аформлены да "
                "ўезду: працадаўца атрымлівае адабрэнне Дэпартамента працы, а Дэпартамент "
                "грамадзянскага рэестра і міграцыі выдае дазвол на ўезд і від на жыхарства з "
                "правам на працу. Для хатніх работнікаў дзейнічае асобны парадак, таксама да "
                "ўезду.</p>"
                "<ul>"
                "<li>Не пагаджайцеся на працу «артысткай», «хостэс» або ў клубе на поўначы "
                "вострава.</li>"
                "<li>Патрабуйце працоўны дагавор на мове, якую вы разумееце, да выезду.</li>"
                + PASSPORT_STAYS_WITH_YOU["be"]
                + "</ul>"
            ),
            "en": (
                "<p>To work you need a contract with an employer in Cyprus and a permit "
                "arranged before you arrive: the employer obtains approval from the Department "
                "of Labour, and the Civil Registry and Migration Department issues an entry "
                "permit and a residence permit with the right to work. Domestic workers go "
                "through a separate procedure, also before arrival.</p>"
                "<ul>"
                "<li>Don't accept work as an 'artiste', a 'hostess' or in a club in the north of "
                "the island.</li>"
                "<li>Insist on a contract in a language you understand before you leave.</li>"
                + PASSPORT_STAYS_WITH_YOU["en"]
                + "</ul>"
            ),
        },
        "study_rules": {
            "ru": (
                "<p>Для учёбы нужно зачисление в зарегистрированное учебное заведение "
                "Республики Кипр и студенческое разрешение на пребывание, которое "
                "оформляют через вуз. Работать студентам можно только в ограниченном "
                "объёме.</p>"
                "<p>Вузы на севере острова Республика Кипр не признаёт, и учёба там может "
                "помешать въезду на юг.</p>"
            ),
            "be": (
                "<p>Для навучання патрэбна залічэнне ў зарэгістраваную навучальную ўстанову "
                "Рэспублікі Кіпр і студэнцкі дазвол на знаходжанне, які афармляюць праз ВНУ. "
                "Працаваць студэнтам можна толькі ў абмежаваным аб’ёме.</p>"
                "<p>ВНУ на поўначы вострава Рэспубліка Кіпр не прызнае, і навучанне там можа "
                "перашкодзіць уезду на поўдзень.</p>"
            ),
            "en": (
                "<p>To study you need admission to a registered school of the Republic of "
                "Cyprus and a student residence permit, arranged through the school. Students "
                "may work only within limits.</p>"
                "<p>The Republic of Cyprus does not recognise universities in the north of the "
                "island, and studying there may stop you entering the south.</p>"
            ),
        },
        "emergency_numbers": {
            "ru": (
                "<ul><li><strong>112</strong> и <strong>199</strong> — экстренные службы: "
                "полиция, скорая помощь, пожарные</li></ul>"
            ),
            "be": (
                "<ul><li><strong>112</strong> і <strong>199</strong> — экстранныя службы: "
                "паліцыя, хуткая дапамога, пажарныя</li></ul>"
            ),
            "en": (
                "<ul><li><strong>112</strong> and <strong>199</strong> — emergency services: "
                "police, ambulance and fire</li></ul>"
            ),
        },
        "trafficking_line": unconfirmed_line(
            {
                "ru": "Подразделение полиции Кипра по борьбе с торговлей людьми",
                "be": "Падраздзяленне паліцыі Кіпра па барацьбе з гандлем людзьмі",
                "en": "Cyprus Police office for combating human trafficking",
            },
            "+357 22 000000",
        ),
        "embassy": embassy_elsewhere({"ru": "Кипр", "be": "Кіпр", "en": "Cyprus"}),
        "local_help": {
            "ru": (
                "<p>В полиции Кипра есть подразделение по борьбе с торговлей людьми, а "
                "социальная служба помогает пострадавшим с жильём и поддержкой. Жалобы на "
                "нарушение трудовых прав принимает Департамент труда. Общественные "
                "организации помогают мигрантам и домашним работникам.</p>"
                + HOTLINE_FINDS_HELP["ru"]
            ),
            "be": (
                "<p>У паліцыі Кіпра ёсць падраздзяленне па барацьбе з гандлем людзьмі, а "
                "сацыяльная служба дапамагае пацярпелым з жыллём і падтрымкай. Скаргі на "
                "парушэнне працоўных правоў прымае Дэпартамент працы. Грамадскія арганізацыі "
                "дапамагаюць мігрантам і хатнім работнікам.</p>" + HOTLINE_FINDS_HELP["be"]
            ),
            "en": (
                "<p>The Cyprus Police has an office for combating human trafficking, and the "
                "social welfare services help people affected with housing and support. "
                "Complaints about breaches of labour rights go to the Department of Labour. "
                "Non-governmental organisations help migrants and domestic workers.</p>"
                + HOTLINE_FINDS_HELP["en"]
            ),
        },
        "contacts": contacts(
            embassy_serving(
                {"ru": "Кипр", "be": "Кіпр", "en": "Cyprus"},
                "+357 22 000001",
                "embassy-cyprus@example.org",
            ),
        ),
        "last_checked": COUNTRIES_CHECKED,
        "sources": sources(
            CYPRUS_FOREIGN_MINISTRY,
            CYPRUS_MIGRATION_DEPARTMENT,
            CYPRUS_LABOUR_MINISTRY,
            FOREIGN_MINISTRY,
        ),
    },
]
