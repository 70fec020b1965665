"""The glossary (docs/glossary.md) holds: no form it lists to avoid appears in the
texts of its language, the demo content and the interface catalogue alike."""

import pytest

from scripts import glossary

RULES = glossary.rules()


def places():
    for language in glossary.LANGUAGES:
        for where in glossary.texts(language):
            yield pytest.param(language, where, id=f"{language}-{where}")


@pytest.mark.parametrize(("language", "where"), list(places()))
def test_no_form_to_avoid_in_the_texts(language, where):
    texts = glossary.texts(language)[where]

    found = glossary.avoided(RULES[language], texts)

    assert texts
    assert found == [], "\n".join(f"{form}: «{hit}» in …{around}…" for form, hit, around in found)


def test_every_language_has_rules_and_every_rule_its_word_to_use():
    assert set(RULES) == set(glossary.LANGUAGES)
    for language, language_rules in RULES.items():
        assert len(language_rules) >= 3, language
        assert all(rule.use and rule.avoid for rule in language_rules)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("be", "Грашовыя перакладу з-за мяжы"),
        ("be", "захавайце нумар перакладу"),
        ("be", "Подпіс на дамове"),
        ("be", "шлюб з іншаземцам"),
        ("be", "Калі вам пагражае небяспека прама цяпер"),
        ("be", "перад ад'ездам"),
        ("be", "ПАСРЭДНІК"),
        ("ru", "отправьте онлайн-заявку"),
        ("ru", "Заполните форму  запроса"),
        ("en", "What you will work on: a visa"),
    ],
)
def test_a_form_to_avoid_is_found_in_any_case_and_any_ending(language, text):
    assert glossary.avoided(RULES[language], [text])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("be", "Дагавор павінен мець пераклад на зразумелую мову."),
        ("be", "Дамовіцеся з роднымі пра кодавае слова."),
        ("be", "Непасрэдна ў консульстве, перад ад’ездам."),
        ("be", "Грашовыя пераводы праз банк."),
        ("ru", "По запросу «виза» найдено 3 страницы."),
        ("en", "The International Organization for Migration runs a programme."),
    ],
)
def test_right_uses_are_not_taken_for_forms_to_avoid(language, text):
    assert glossary.avoided(RULES[language], [text]) == []


def test_a_form_between_slashes_is_a_regular_expression(tmp_path):
    path = tmp_path / "glossary.md"
    path.write_text(
        "## Test (be)\n\n| Use | Avoid | Why |\n| --- | --- | --- |\n| ’ | /з'я/, старонні* | |\n",
        encoding="utf-8",
    )

    [regex, word] = glossary.rules(path)["be"]

    assert regex.avoid == "/з'я/" and regex.pattern.search("з'яўляецца")
    assert word.pattern.search("Староннія людзі") and not word.pattern.search("старонка")
