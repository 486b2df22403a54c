"""The bundled fact base: valid, sourced, and honest about the seed article's claims."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from csto_cli.model import Event, FactBase, Statement
from csto_cli.queries.audit import audit
from csto_cli.queries.checks import check_date, check_status
from csto_cli.queries.membership import members_on, status_on

SEED = "seed-alwasat-2022"
SEED_TEXT = (Path(__file__).parent / "fixtures" / "seed_alwasat_2022.txt").read_text(encoding="utf-8")


def _facts(base: FactBase) -> tuple[Event | Statement, ...]:
    return (*base.events, *base.statements)


def test_every_event_and_statement_cites_a_source_that_exists(bundled: FactBase) -> None:
    for record in _facts(bundled):
        assert record.sources, record.id
        assert all(c.source in bundled.source_by_id for c in record.sources), record.id


def test_every_source_is_cited_and_has_an_address(bundled: FactBase) -> None:
    cited = {c.source for r in _facts(bundled) for c in r.sources}
    cited |= {c.source for e in bundled.events for a in e.disputed for c in a.sources}
    assert {s.id for s in bundled.sources} == cited
    assert all(s.url.startswith("http") for s in bundled.sources)


def test_every_quote_from_the_seed_is_in_the_seed(bundled: FactBase) -> None:
    quotes = [c.quote for r in _facts(bundled) for c in r.sources if c.source == SEED]
    quotes += [c.quote for e in bundled.events for a in e.disputed for c in a.sources if c.source == SEED]
    assert len(quotes) >= 40
    for quote in quotes:
        assert quote and quote.strip() in SEED_TEXT, quote


def test_the_seeds_two_signing_dates_are_both_recorded_with_a_verdict(bundled: FactBase) -> None:
    event = bundled.event_by_id["treaty-signed"]
    seed_quotes = [c.quote or "" for c in event.sources if c.source == SEED]
    assert any("15 آيار" in q for q in seed_quotes)
    (alt,) = [a for a in event.disputed if a.value == "1992-05-17" and any(c.source == SEED for c in a.sources)]
    assert alt.rank == "deprecated" and any("17 مايو" in (c.quote or "") for c in alt.sources)
    assert check_date(bundled, "treaty-signed", "1992-05-17").verdict == "false"
    assert check_date(bundled, "treaty-signed", "1992-05-15").verdict == "true"


def test_the_seeds_two_member_lists_are_both_recorded_with_a_verdict(bundled: FactBase) -> None:
    lists = {
        s.id: s for s in bundled.statements if s.property == "members" and any(c.source == SEED for c in s.sources)
    }
    with_uzb = [s for s in lists.values() if isinstance(s.value, tuple) and "UZB" in s.value]
    without = [s for s in lists.values() if isinstance(s.value, tuple) and "UZB" not in s.value]
    assert [s.rank for s in with_uzb] == ["deprecated"] and [s.rank for s in without] == ["normal"]
    day = dt.date(2022, 1, 6)
    assert check_status(bundled, "Uzbekistan", "member", day).verdict == "false"
    derived = {r.state.code for r in members_on(bundled, day)}
    assert set(without[0].value) == derived


def test_the_audit_of_the_seed_gives_every_claim_a_verdict(bundled: FactBase) -> None:
    claims = audit(bundled, SEED)
    assert len(claims) >= 50
    assert {c.verdict for c in claims} == {"confirmed", "contradicted", "disputed", "unverified"}
    assert all(c.quote for c in claims)


@pytest.mark.parametrize(
    ("code", "day", "status"),
    [
        ("UZB", "1992-05-15", "signatory"),
        ("UZB", "1994-04-20", "member"),
        # the treaty's first term ran through 20 April 1999; the non-renewers were former from 21 April
        ("UZB", "1999-04-20", "member"),
        ("UZB", "1999-04-21", "former"),
        ("AZE", "1999-04-20", "member"),
        ("AZE", "1999-04-21", "former"),
        ("GEO", "1999-04-20", "member"),
        ("GEO", "1999-04-21", "former"),
        ("UZB", "2006-06-23", "member"),
        # June 2012: a note suspending participation; 19 December 2012: the Council suspends membership
        ("UZB", "2012-06-27", "member"),
        ("UZB", "2012-06-28", "member"),
        ("UZB", "2012-12-18", "member"),
        ("UZB", "2012-12-19", "suspended"),
        ("AZE", "1993-09-23", "none"),
        ("AZE", "1993-09-24", "signatory"),
        ("AFG", "2021-07-31", "observer"),
        ("AFG", "2021-08-01", "none"),
        ("BLR", "1993-12-31", "signatory"),
        ("ARM", "2024-02-22", "member"),
    ],
)
def test_key_days_of_the_membership_history(bundled: FactBase, code: str, day: str, status: str) -> None:
    assert status_on(bundled, bundled.state_by_code[code], dt.date.fromisoformat(day)).status == status


def test_members_on_2010_06_01_are_the_seven(bundled: FactBase) -> None:
    assert [r.state.code for r in members_on(bundled, dt.date(2010, 6, 1))] == [
        "ARM",
        "BLR",
        "KAZ",
        "KGZ",
        "RUS",
        "TJK",
        "UZB",
    ]


@pytest.mark.parametrize(
    ("day", "participation"), [("2012-06-27", None), ("2012-06-28", "suspended"), ("2012-12-18", "suspended")]
)
def test_uzbekistan_suspended_its_participation_before_its_membership(
    bundled: FactBase, day: str, participation: str | None
) -> None:
    st = status_on(bundled, bundled.state_by_code["UZB"], dt.date.fromisoformat(day))
    assert (st.status, st.participation) == ("member", participation)
    if participation:
        assert st.note("en") == "participation suspended since 2012-06-28"


@pytest.mark.parametrize(
    ("day", "chair"),
    [
        ("2019-11-27", None),  # Kyrgyzstan's term is not in the record
        ("2019-11-28", "Russia"),
        ("2020-06-01", "Russia"),
        ("2020-12-03", "Tajikistan"),
        ("2023-12-31", "Belarus"),
        ("2024-01-01", "Kazakhstan"),
        ("2024-12-31", "Kazakhstan"),
        ("2025-01-01", "Kyrgyzstan"),
        ("2026-01-01", "Russia"),
    ],
)
def test_the_chair_on_the_days_the_chairmanship_changed(bundled: FactBase, day: str, chair: str | None) -> None:
    from csto_cli.queries.statements import best_on

    found = [s.value for s in best_on(bundled, "chairmanship", dt.date.fromisoformat(day))]
    assert found == ([chair] if chair else [])


@pytest.mark.parametrize(("day", "size"), [("2010-06-01", "20000"), ("2018-01-01", "22000"), ("2020-01-01", "18000")])
def test_each_force_size_holds_from_the_day_it_was_given(bundled: FactBase, day: str, size: str) -> None:
    from csto_cli.queries.statements import best_on

    assert [s.value for s in best_on(bundled, "rapid-reaction-force-size", dt.date.fromisoformat(day))] == [size]


def test_armenia_froze_its_participation(bundled: FactBase) -> None:
    st = status_on(bundled, bundled.state_by_code["ARM"], dt.date(2024, 6, 1))
    assert (st.status, st.participation) == ("member", "frozen")
