"""The demo "Check a job offer" page, under the section "work".

Plain data, see FORMAT.md. The questions, with their warning signs, weights,
advice and guides, are in job_check_questions.py; here each becomes a "question"
block per language, its guide named by key.
"""

from .job_check_questions import QUESTIONS


def _questions(language):
    return [
        (
            "question",
            {
                "question": item["texts"][language][0],
                "red_flag": item["red_flag"],
                "weight": item["weight"],
                "does_not_apply": item["does_not_apply"].get(language, ""),
                "advice": item["texts"][language][1],
                "guide": item["guide"],
            },
        )
        for item in QUESTIONS
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
            "Вопросы о предложении работы за границей, минут на пять. Ответьте «да», "
            "«нет» или «не знаю» — и увидите тревожные признаки, если они есть, и что "
            "делать дальше. «Не знаю» — честный ответ: по важным вопросам это повод "
            "выяснить, прежде чем соглашаться."
        ),
        "be": (
            "Пытанні пра прапанову працы за мяжой, хвілін на пяць. Адкажыце «так», «не» "
            "ці «не ведаю» — і ўбачыце трывожныя прыкметы, калі яны ёсць, і што рабіць "
            "далей. «Не ведаю» — сумленны адказ: па важных пытаннях гэта нагода "
            "высветліць, перш чым пагаджацца."
        ),
        "en": (
            "Questions about a job offer abroad; they take about five minutes. Answer "
            "yes, no or “don't know” to see any warning signs and what to do next. "
            "“Don't know” is an honest answer: on the important questions it means "
            "finding out before you agree."
        ),
    },
    "search_description": {
        "ru": "Тест перед работой за границей: агентство, работодатель, договор, паспорт, "
        "виза, долги, зарплата и признаки торговли людьми.",
        "be": "Тэст перад працай за мяжой: агенцтва, працадаўца, дагавор, пашпарт, віза, "
        "даўгі, заробак і прыкметы гандлю людзьмі.",
        "en": "A self-test before working abroad: agency, employer, contract, passport, "
        "visa, debts, wages and the signs of trafficking.",
    },
    "reminder": {
        "ru": (
            "Сами сверьте номер разрешения агентства с перечнем МВД, прочитайте весь "
            "договор до подписи, оставьте родным копии документов и адрес работодателя "
            "и сохраните номера горячей линии и посольства Беларуси в стране поездки."
        ),
        "be": (
            "Самі зверце нумар дазволу агенцтва з пералікам МУС, прачытайце ўвесь "
            "дагавор да подпісу, пакіньце родным копіі дакументаў і адрас працадаўцы "
            "і захавайце нумары гарачай лініі і пасольства Беларусі ў краіне паездкі."
        ),
        "en": (
            "Check the agency's permit number against the Ministry's list yourself, read "
            "the whole contract before you sign, leave copies of your documents and the "
            "employer's address with your family, and save the numbers of the hotline and "
            "of the Belarusian embassy in the country you go to."
        ),
    },
    "questions": {code: _questions(code) for code in ("ru", "be", "en")},
}
