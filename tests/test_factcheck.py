"""Verdicts and exit codes of check; audit of a source; diff across boundaries."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from csto_cli.model import FactBase
from csto_cli.queries.audit import audit, source_uses
from csto_cli.queries.checks import check_date, check_fact, check_status, parse_claim_line
from csto_cli.queries.diff import diff
from csto_cli.queries.membership import REPLAYED_KINDS, intervals

from .helpers import MINI, Run

F = ("--facts", str(MINI))
D = dt.date


@pytest.mark.parametrize(
    ("claim", "on", "verdict"),
    [
        (("Betastan", "member"), D(2013, 1, 1), "false"),
        (("Betastan", "suspended"), D(2013, 1, 1), "true"),
        (("Betastan", "former"), D(2006, 1, 1), "true"),
        (("Deltaland", "observer"), D(2006, 2, 10), "unknown"),  # inside "2006-02"
        (("Deltaland", "observer"), D(2006, 3, 1), "true"),
    ],
)
def test_status_verdicts(mini: FactBase, claim: tuple[str, str], on: dt.date, verdict: str) -> None:
    assert check_status(mini, claim[0], claim[1], on).verdict == verdict


@pytest.mark.parametrize(
    ("event", "date", "verdict"),
    [
        ("signed", "2000-05-15", "true"),
        ("signed", "2000-05", "true"),  # true at the claim's precision
        ("signed", "2000-05-17", "false"),  # a deprecated alternative
        ("signed", "2001-01-01", "false"),
        ("aaa-frozen", "2015-02-10", "unknown"),  # the record knows only the month
        ("bbb-withdrawal", "2005-04-20", "true"),  # the day it took effect
        ("ddd-observer", "2006-02", "unknown"),  # not confirmed in a source
    ],
)
def test_date_verdicts(mini: FactBase, event: str, date: str, verdict: str) -> None:
    assert check_date(mini, event, date).verdict == verdict


def test_after_the_as_of_date_the_verdict_stands_with_its_age_until_today(mini: FactBase) -> None:
    from csto_cli.queries.checks import run_claim

    today = D(2021, 6, 30)  # 365 days after the record's as-of date, 2020-06-30
    for day in (today, D(2021, 1, 1)):
        later = run_claim(mini, "member", ["Alphaland"], day, today=today)
        assert later.verdict == "true" and "record as of 2020-06-30, 365 days ago" in (later.note or "")
    future = run_claim(mini, "member", ["Alphaland"], D(2030, 1, 1), today=today)
    assert future.verdict == "unknown" and "in the future" in (future.note or "")
    assert run_claim(mini, "fact", ["headquarters", "Capital"], D(2030, 1, 1), today=today).verdict == "unknown"
    within = run_claim(mini, "member", ["Alphaland"], D(2020, 1, 1), today=today)
    assert within.verdict == "true" and within.note is None


def test_a_false_date_cites_both_sides(mini: FactBase) -> None:
    result = check_date(mini, "signed", "2000-05-17")
    sides = {e.supports: [c.source for c in e.sources] for e in result.evidence}
    assert sides == {"record": ["src-a"], "other": ["src-b"]}
    assert result.record == "2000-05-15"


@pytest.mark.parametrize(
    ("prop", "value", "on", "verdict"),
    [
        ("headquarters", "Capital", D(2010, 1, 1), "true"),
        ("headquarters", "العاصمة", D(2010, 1, 1), "true"),
        ("secretary-general", "Person One", D(2010, 1, 1), "true"),
        ("secretary-general", "Person One", D(2018, 1, 1), "false"),
        ("secretary-general", "Person Three", D(2018, 1, 1), "false"),
        ("secretary-general", "Person One", D(1999, 1, 1), "unknown"),
    ],
)
def test_fact_verdicts(mini: FactBase, prop: str, value: str, on: dt.date, verdict: str) -> None:
    assert check_fact(mini, prop, value, on).verdict == verdict


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("member", "Alphaland", "--on", "2003-01-01"), 0),
        (("member", "Betastan", "--on", "2013-01-01"), 1),
        (("observer", "Deltaland", "--on", "2006-02-10"), 3),
        (("member", "Narnia"), 2),
        (("date", "no-such-event", "2000-01-01"), 2),
        (("date", "signed", "2000-02-30"), 2),
        (("fact", "headquaters", "Capital"), 2),
        (("king", "Alphaland"), 2),
        ((), 2),
    ],
)
def test_check_exit_codes_follow_grep_and_test(run: Run, args: tuple[str, ...], code: int) -> None:
    result = run("check", *args, *F)
    assert result.exit_code == code, result.output
    quiet = run("check", *args, *F, "--quiet")
    assert quiet.exit_code == code
    if code in (0, 1, 3):
        assert quiet.stdout == ""


def test_check_json_has_verdict_record_and_evidence(run: Run) -> None:
    result = run("check", "member", "Betastan", "--on", "2013-01-01", *F, "--format", "json")
    data = json.loads(result.stdout)
    assert (data["verdict"], data["on"]) == ("false", "2013-01-01")
    assert data["record"].startswith("suspended since 2012-12-19")
    assert [e["id"] for e in data["evidence"]] == ["bbb-rejoined", "bbb-suspended"]


def test_check_file_answers_every_line_in_one_process(run: Run, tmp_path: Path) -> None:
    claims = tmp_path / "claims.txt"
    claims.write_text(
        "# a comment\nmember Alphaland --on 2003-01-01\n\ndate signed 2000-05-17\nfoo bar\n"
        "observer Deltaland --on 2006-02-10\n",
        encoding="utf-8",
    )
    result = run("check", "--file", str(claims), *F, "--format", "jsonl")
    assert [json.loads(x)["verdict"] for x in result.stdout.splitlines()] == ["true", "false", "unknown"]
    assert result.exit_code == 2 and "line 5" in result.stderr
    stdin = run("check", "--file", "-", *F, "--format", "tsv", input="member Alphaland --on 2003-01-01\n")
    assert stdin.exit_code == 0 and stdin.stdout.splitlines()[1].startswith(
        "1\tmember Alphaland --on 2003-01-01\ttrue\t"
    )


def test_parse_claim_line() -> None:
    assert parse_claim_line("fact headquarters 'Moscow, Russia' --on=2010-01-01") == (
        "fact",
        ["headquarters", "Moscow, Russia"],
        "2010-01-01",
    )


def test_audit_lists_every_claim_a_source_makes(mini: FactBase) -> None:
    claims = audit(mini, "src-b")
    assert sorted((c.record_id, c.verdict) for c in claims) == [
        ("aaa-frozen", "confirmed"),
        ("ddd-observer", "unverified"),
        ("sg-wrong", "contradicted"),
        ("signed", "contradicted"),
    ]
    uses = {u.source.id: (u.supports, u.contradicted) for u in source_uses(mini)}
    assert uses["src-b"] == (2, 2)


def test_diff_shows_each_change_with_its_event(mini: FactBase) -> None:
    statuses, _statements = diff(mini, D(2005, 1, 1), D(2010, 1, 1))
    changed = {c.after.state.code: [e.id for e in c.events] for c in statuses}
    assert changed == {"BBB": ["bbb-withdrawal", "bbb-rejoined"], "DDD": ["ddd-observer"]}
    _, sg = diff(mini, D(2016, 6, 1), D(2017, 6, 1))
    assert [(s.property, [x.id for x in s.before], [x.id for x in s.after]) for s in sg] == [
        ("secretary-general", ["sg-one"], ["sg-two"])
    ]


def test_diff_across_every_boundary_of_the_bundled_history(bundled: FactBase) -> None:
    for code, history in intervals(bundled).items():
        for interval in history:
            day = interval.start.start
            if interval.start.precision != "day":
                continue
            statuses, _ = diff(bundled, day - dt.timedelta(days=1), day)
            assert any(c.after.state.code == code and interval.opened_by in c.events for c in statuses), (
                code,
                interval.opened_by.id,
            )
            assert interval.opened_by.kind in REPLAYED_KINDS
