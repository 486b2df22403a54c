"""Rules added after the fourth held-out set: each tested on sentences written for the rule, not taken
from the articles it was found in, in both directions where the rule can be wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from csto_cli import loader
from csto_cli.scan.claims import Claim, scan_text


def _scan(text: str, day: dt.date) -> list[Claim]:
    return scan_text(loader.load(None), text, day)


def _found(text: str, day: dt.date, subject: str) -> list[tuple[str, str]]:
    return [(c.kind, c.verdict) for c in _scan(text, day) if c.subject == subject]


@pytest.mark.parametrize(
    ("text", "day", "verdict"),
    [
        ("Armenia does not take part in the work of the CSTO.", dt.date(2025, 3, 1), "true"),
        ("Armenia does not take part in the work of the CSTO.", dt.date(2020, 3, 1), "false"),
        ("Армения не участвует в работе ОДКБ.", dt.date(2025, 3, 1), "true"),
    ],
)
def test_not_taking_part_is_not_a_denial_of_membership(text: str, day: dt.date, verdict: str) -> None:
    assert _found(text, day, "ARM") == [("status", verdict)]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia did not take part in the CSTO summit in 2023.",
        "لم تشارك أرمينيا في قمة منظمة معاهدة الأمن الجماعي.",
        "Армения не участвовала в саммите ОДКБ в Минске.",
    ],
)
def test_missing_one_event_is_not_a_status_claim(text: str) -> None:
    assert _found(text, dt.date(2025, 3, 1), "ARM") == []


def test_an_appointment_is_checked_against_the_term_it_opens() -> None:
    text = "Taalatbek Masadykov has been appointed CSTO Secretary-General."
    assert _found(text, dt.date(2025, 11, 25), "secretary-general") == [("post", "true")]
    # more than a year before the term: the record cannot say the appointment was made then
    assert _found(text, dt.date(2024, 6, 1), "secretary-general") == [("post", "unknown")]
    wrong = "Nikolai Bordyuzha has been appointed CSTO Secretary-General."
    assert _found(wrong, dt.date(2025, 11, 25), "secretary-general") != [("post", "true")]


def test_a_state_carried_over_a_time_phrase_and_the_countrys_membership() -> None:
    text = (
        "Uzbekistan signed the Collective Security Treaty in 1992. Seven years later it left the treaty. "
        "In 2006, the government restored the country's membership."
    )
    claims = [
        (c.subject, c.claimed.split()[0], c.verdict) for c in _scan(text, dt.date(2010, 1, 1)) if c.kind == "status"
    ]
    assert claims == [("UZB", "leave", "true"), ("UZB", "rejoin", "true")]


def test_reported_speech_names_the_state_by_a_pronoun() -> None:
    text = (
        "Uzbekistan has sent the Collective Security Treaty Organization a formal note saying that it is "
        "suspending its membership."
    )
    assert _found(text, dt.date(2012, 7, 1), "UZB") == [("status", "true")]
    far = (
        "Uzbekistan has sent the Collective Security Treaty Organization a long formal note about trade "
        "and the suspension of flights."
    )
    assert _found(far, dt.date(2012, 7, 1), "UZB") == []


def test_a_state_about_to_depart_is_still_in_the_list() -> None:
    listed = "The bloc consists of Russia, Armenia, Belarus, Kazakhstan, Tajikistan and Kyrgyzstan"
    day = dt.date(2012, 7, 1)
    assert _found(listed + ", with Uzbekistan now due to leave.", day, "members") == [("members", "true")]
    assert _found(listed + ".", day, "members") == [("members", "partly")]


def test_signatory_countries_sign_nothing() -> None:
    text = "The signatory countries of the Collective Security Treaty met in Moscow on 14 May 2002."
    assert _found(text, dt.date(2010, 1, 1), "treaty-signed") == []


@pytest.mark.parametrize(
    "text",
    [
        "The decision was confirmed by a protocol dated 16 August 2006.",
        "Решение закрепил протокол от 16 августа 2006 года.",
    ],
)
def test_an_agreement_named_by_its_date(text: str) -> None:
    assert _found(text, dt.date(2010, 1, 1), "uzb-restoration-protocol") == [("date", "true")]


def test_an_arabic_name_split_in_two_and_written_with_jim() -> None:
    text = "قال الأمين العام لمنظمة معاهدة الأمن الجماعي إيمان جالي تاسما جامبيتوف إن المنظمة مستعدة."
    assert _found(text, dt.date(2024, 7, 1), "secretary-general") == [("post", "true")]
    # Zas held the post in 2021: with no date in the sentence the record cannot say (as for every name)
    assert _found(text, dt.date(2021, 7, 1), "secretary-general") == [("post", "unknown")]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The member states chair the CSTO in rotation for one year.", "true"),
        ("The member states chair the CSTO in rotation for two years.", "false"),
        ("Председательство в ОДКБ переходит поочередно сроком на один год.", "true"),
        ("وتتناوب الدول الأعضاء على رئاسة المنظمة لمدة سنة واحدة.", "true"),
    ],
)
def test_the_term_of_the_rotating_chairmanship(text: str, verdict: str) -> None:
    assert _found(text, dt.date(2024, 1, 1), "chairmanship-term") == [("chairmanship", verdict)]


@pytest.mark.parametrize(("year", "verdict"), [(2002, "true"), (2003, "false")])
def test_the_dated_decision_to_make_the_treaty_an_organization(year: int, verdict: str) -> None:
    text = f"On 14 May {year} the leaders decided to transform the treaty into an international organization."
    assert _found(text, dt.date(2010, 1, 1), "csto-decision") == [("date", verdict)]


@pytest.mark.parametrize(
    ("text", "subject", "claimed"),
    [
        ("В 1999 году Ташкент отказался продлить договор о коллективной безопасности.", "UZB", "leave 1999"),
        ("Yerevan froze its participation in the CSTO in February 2024.", "ARM", "freeze 2024-02"),
        ("وجمدت يريفان مشاركتها في المنظمة في فبراير 2024.", "ARM", "freeze 2024-02"),
    ],
)
def test_a_capital_as_the_subject_of_a_change_is_its_state(text: str, subject: str, claimed: str) -> None:
    claims = [(c.subject, c.claimed, c.verdict) for c in _scan(text, dt.date(2025, 3, 1)) if c.kind == "status"]
    assert claims == [(subject, claimed, "true")]


@pytest.mark.parametrize(
    "text",
    [
        "The Collective Security Treaty was signed in Tashkent in 1992.",
        "The leaders who met in Yerevan froze the plan.",
        "وأعلن عن نية يريفان الانسحاب من المنظمة.",
    ],
)
def test_a_capital_as_a_place_or_an_intention_is_no_status_claim(text: str) -> None:
    assert [c for c in _scan(text, dt.date(2025, 3, 1)) if c.kind == "status"] == []


def test_the_same_change_said_twice_is_one_claim() -> None:
    text = "Узбекистан уже выходил из ОДКБ – в 1999 году Ташкент отказался продлить договор."
    claims = [(c.subject, c.claimed) for c in _scan(text, dt.date(2010, 1, 1)) if c.kind == "status"]
    assert claims == [("UZB", "leave 1999")]
