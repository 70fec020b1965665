"""The "Check a job offer" page: its verdicts in every language, bad input, the link to
the consultation form, and that using it leaves nothing behind."""

import logging
import re
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.utils import translation
from django.utils.html import escape

from pages.tools import job_check
from pages.tools.job_check_blocks import DOES_NOT_APPLY, HIGH, NO, UNKNOWN, YES
from tests.hotline_support import in_language
from tests.support import LANGUAGES, demo_site_client

VERDICT_CLASSES = {
    job_check.CLEAR: "job-check__result--clear",
    job_check.SOME: "job-check__result--some",
    job_check.TALK: "job-check__result--talk",
}


@pytest.fixture(scope="module")
def demo(request, demo_site, django_db_blocker):
    """The demo site's job offer check, with a client, for every test of this module;
    whatever the tests write is rolled back at the end."""
    from pages.models import JobCheckPage

    with demo_site_client(request, django_db_blocker) as client:
        page = JobCheckPage.objects.live().get()
        urls = {}
        for language in LANGUAGES:
            with translation.override(language):
                urls[language] = page.get_url()
        yield SimpleNamespace(client=client, page=page, urls=urls)


def safe_answers(page, language="en"):
    """The answer that is not a warning sign, for every question."""
    questions = getattr(page, f"questions_{language}")
    return {
        job_check.parameter(number): NO if block.value["red_flag"] == YES else YES
        for number, block in enumerate(questions, start=1)
    }


def question_numbers(page, weight):
    return [
        number
        for number, block in enumerate(page.questions_en, start=1)
        if block.value["weight"] == weight
    ]


def flag(page, number):
    return {job_check.parameter(number): page.questions_en[number - 1].value["red_flag"]}


def result(demo, language, answers):
    return demo.client.get(demo.urls[language] + "result/", answers, HTTP_ACCEPT_LANGUAGE=language)


def verdict_of(response):
    html = response.content.decode()
    found = [verdict for verdict, css in VERDICT_CLASSES.items() if css in html]
    assert len(found) == 1, found
    return found[0]


def test_the_demo_page_asks_at_least_sixteen_questions_in_every_language(demo):
    for language in LANGUAGES:
        questions = getattr(demo.page, f"questions_{language}")
        assert len(questions) >= 16
        assert all(block.value["question"] and block.value["advice"] for block in questions)
        assert demo.page.is_written_in(language)
        # The agency question lets someone hired directly say so.
        assert questions[0].value["does_not_apply"]
    assert len({len(getattr(demo.page, f"questions_{code}")) for code in LANGUAGES}) == 1
    assert demo.page.get_parent().specific.slug_en == "working-abroad"


@pytest.mark.parametrize(
    "topic",
    [
        "employer's exact name",
        "as a debt",
        "meet you and take you further",
        "held back",
        "overtime",
        "hostess",
        "only online",
        "blank sheets",
        "bank card",
        "ticket home",
        "one country, while the work is in another",
        "South-East Asia",
        "threatened",
    ],
)
def test_the_demo_questions_cover_the_signs_of_forced_labour(demo, topic):
    matching = [b for b in demo.page.questions_en if topic in b.value["question"]]

    assert len(matching) == 1, topic


def test_not_knowing_the_employer_or_the_debt_is_a_high_weight_warning(demo):
    for topic in ("employer's exact name", "as a debt"):
        (block,) = [b for b in demo.page.questions_en if topic in b.value["question"]]
        assert block.value["weight"] == HIGH


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_is_a_get_form_with_three_answers_per_question(demo, language):
    response = demo.client.get(demo.urls[language], HTTP_ACCEPT_LANGUAGE=language)
    html = response.content.decode()

    assert response.status_code == 200
    assert 'method="get"' in html
    assert f'action="{demo.urls[language]}result/"' in html
    count = len(demo.page.questions_en)
    assert html.count("<fieldset") == count
    for answer in (YES, NO, UNKNOWN):
        assert html.count(f'value="{answer}"') == count
    questions = getattr(demo.page, f"questions_{language}")
    assert f'value="{DOES_NOT_APPLY}"' in html
    assert escape(questions[0].value["does_not_apply"]) in html
    assert "csrfmiddlewaretoken" not in html
    assert 'content="noindex"' not in html


def page_with_verdict(response, language, verdict, heading):
    """The result page's HTML, once it gives `verdict` under its heading in `language`."""
    html = response.content.decode()
    assert response.status_code == 200
    assert verdict_of(response) == verdict
    assert in_language(language, heading) in html
    return html


def with_one_flag(demo, language, weight):
    """The result when only the first question of `weight` gets its warning-sign answer."""
    number = question_numbers(demo.page, weight)[0]
    return number, result(demo, language, {**safe_answers(demo.page), **flag(demo.page, number)})


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_warning_sign_gives_the_all_clear_with_what_to_check(demo, language):
    response = result(demo, language, safe_answers(demo.page))

    html = page_with_verdict(
        response,
        language,
        job_check.CLEAR,
        "None of your answers is a warning sign — this is not a guarantee",
    )
    assert escape(getattr(demo.page, f"reminder_{language}")[:40]) in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_low_weight_sign_gives_some_warning_signs_with_its_advice(demo, language):
    number, response = with_one_flag(demo, language, "low")

    html = page_with_verdict(response, language, job_check.SOME, "Some warning signs")
    block = getattr(demo.page, f"questions_{language}")[number - 1]
    assert str(block.value["advice"])[:60] in html
    with translation.override(language):
        assert block.value["guide"].get_url() in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_high_weight_sign_says_talk_to_us_first(demo, language):
    _number, response = with_one_flag(demo, language, "high")

    html = page_with_verdict(response, language, job_check.TALK, "Do not go before talking to us")
    assert "8 801 100 8 801" in html
    assert '/hotline/?topic=employment"' in html


def test_three_low_weight_signs_count_as_one_high(demo):
    low = question_numbers(demo.page, "low")
    answers = safe_answers(demo.page)
    for number in low[:2]:
        answers.update(flag(demo.page, number))
    assert verdict_of(result(demo, "en", answers)) == job_check.SOME

    answers.update(flag(demo.page, low[2]))
    assert verdict_of(result(demo, "en", answers)) == job_check.TALK


def test_dont_know_on_a_high_weight_question_is_a_warning_sign(demo):
    high, low = question_numbers(demo.page, "high")[0], question_numbers(demo.page, "low")[0]
    answers = {**safe_answers(demo.page), job_check.parameter(low): UNKNOWN}
    html = result(demo, "en", answers).content.decode()
    assert verdict_of(result(demo, "en", answers)) == job_check.CLEAR
    assert "Find out before you go" in html

    answers[job_check.parameter(high)] = UNKNOWN
    html = result(demo, "en", answers).content.decode()
    assert verdict_of(result(demo, "en", answers)) == job_check.SOME
    assert "find this out before you agree" in html
    # A question left out counts as "don't know".
    del answers[job_check.parameter(high)]
    assert verdict_of(result(demo, "en", answers)) == job_check.SOME


def test_dont_know_to_everything_is_never_reassuring(demo):
    answers = {job_check.parameter(n): UNKNOWN for n in range(1, len(demo.page.questions_en) + 1)}

    assert verdict_of(result(demo, "en", answers)) == job_check.TALK


def test_someone_hired_directly_answers_the_agency_question_safely(demo):
    answers = {**safe_answers(demo.page), "q1": DOES_NOT_APPLY}
    html = result(demo, "en", answers).content.decode()

    assert verdict_of(result(demo, "en", answers)) == job_check.CLEAR
    assert "Warning signs" not in html


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("q1=maybe", job_check.NOT_READ),
        ("q1=yes&q1=no", job_check.NOT_READ),
        ("q999=yes", job_check.NOT_READ),
        ("q1=%00%ff<script>", job_check.NOT_READ),
        ("", job_check.NOTHING_ANSWERED),
        ("utm_source=x", job_check.NOTHING_ANSWERED),
    ],
)
def test_unreadable_answers_get_a_message_and_the_form(demo, language, query, message):
    response = demo.client.get(
        f"{demo.urls[language]}result/?{query}", HTTP_ACCEPT_LANGUAGE=language
    )
    html = response.content.decode()

    assert response.status_code == 200
    with translation.override(language):
        assert escape(str(message)) in html
    if language != "en":
        with translation.override("en"):
            assert escape(str(message)) not in html
    assert "job-check__result--" not in html
    assert "<script>" not in html.split("<main", 1)[1]
    assert html.count("<fieldset") == len(demo.page.questions_en)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_result_links_to_the_form_with_the_answers_kept(demo, language):
    html = result(demo, language, {"q2": YES, "q1": DOES_NOT_APPLY}).content.decode()

    # The result does not repeat the questionnaire: a link opens it with the answers.
    assert "<fieldset" not in html
    change = f"{demo.urls[language]}change/?q1={DOES_NOT_APPLY}&amp;q2=yes"
    assert f'href="{change}"' in html

    response = demo.client.get(change.replace("&amp;", "&"), HTTP_ACCEPT_LANGUAGE=language)
    form = response.content.decode()
    assert response.status_code == 200
    assert 'name="q2" value="yes" checked' in form
    assert f'name="q1" value="{DOES_NOT_APPLY}" checked' in form
    assert form.count(" checked") == 2
    assert f'action="{demo.urls[language]}result/"' in form
    assert '<meta name="robots" content="noindex">' in form
    assert "no-store" in response["Cache-Control"]


def test_the_language_switcher_keeps_the_answers(demo):
    answers = {"q1": NO, "q3": UNKNOWN, "utm_source": "x"}
    html = result(demo, "en", answers).content.decode()

    for language in ("ru", "be"):
        assert f'href="{demo.urls[language]}result/?q1=no&amp;q3=unknown"' in html
    change = demo.client.get(demo.urls["en"] + "change/", answers, HTTP_ACCEPT_LANGUAGE="en")
    change = change.content.decode()
    assert f'href="{demo.urls["ru"]}change/?q1=no&amp;q3=unknown"' in change


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_result_is_noindex_and_kept_by_no_cache(demo, language):
    response = result(demo, language, safe_answers(demo.page))

    assert '<meta name="robots" content="noindex">' in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def row_counts():
    return {model._meta.label: model._base_manager.count() for model in apps.get_models()}


def test_using_the_tool_stores_nothing_sets_no_cookie_and_logs_no_answer(demo, caplog):
    before = row_counts()
    answers = {**safe_answers(demo.page), **flag(demo.page, 4)}
    demo.client.cookies.clear()

    with caplog.at_level(logging.DEBUG):
        for language in LANGUAGES:
            form = demo.client.get(demo.urls[language], HTTP_ACCEPT_LANGUAGE=language)
            answer = result(demo, language, answers)
            change = demo.client.get(
                demo.urls[language] + "change/", answers, HTTP_ACCEPT_LANGUAGE=language
            )
            for response in (form, answer, change):
                assert response.status_code == 200
                assert not response.cookies
                assert "Set-Cookie" not in response

    assert row_counts() == before
    assert not demo.client.cookies
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "q4" not in logged
    assert "result/" not in logged


def test_the_page_cache_never_serves_one_readers_result_to_another(demo, page_cache_on):
    clear = safe_answers(demo.page)
    talk = {**clear, **flag(demo.page, question_numbers(demo.page, "high")[0])}
    url = demo.urls["en"]
    demo.client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert demo.client.get(url, HTTP_ACCEPT_LANGUAGE="en")["X-Cache"] == "hit"

    for answers, verdict in ((talk, job_check.TALK), (clear, job_check.CLEAR)) * 2:
        response = result(demo, "en", answers)
        assert verdict_of(response) == verdict
        assert response.get("X-Cache") != "hit"
    for _ in range(2):
        empty = demo.client.get(url + "result/", HTTP_ACCEPT_LANGUAGE="en")
        assert empty.get("X-Cache") != "hit"
        assert "job-check__result--" not in empty.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_consultation_form_opens_with_the_topic_the_link_chose(demo, language):
    response = demo.client.get(
        f"/{language}/hotline/", {"topic": "employment"}, HTTP_ACCEPT_LANGUAGE=language
    )
    html = response.content.decode()

    assert response.status_code == 200
    assert re.search(r'<input[^>]*value="employment"[^>]*checked', html)
    assert html.count(" checked") == 1


@pytest.mark.parametrize("topic", ["nonsense", "", "EMPLOYMENT", "<b>"])
def test_an_unknown_topic_in_the_link_is_ignored(demo, topic):
    response = demo.client.get("/en/hotline/", {"topic": topic}, HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()

    assert response.status_code == 200
    assert 'name="topic"' in html
    assert " checked" not in html


def test_the_section_lists_the_tool(demo):
    section = demo.page.get_parent().specific
    for language in LANGUAGES:
        with translation.override(language):
            section_url, title = section.get_url(), demo.page.title
        html = demo.client.get(section_url, HTTP_ACCEPT_LANGUAGE=language).content.decode()
        assert demo.urls[language] in html
        assert title in html
