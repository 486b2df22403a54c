"""Today, honestly: one answer for today, explicit or not, with the record's age when it is older."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from csto_cli.model import FactBase

from .helpers import MINI, Run
from .test_installed import sh

F = ("--facts", str(MINI))  # as of 2020-06-30
LATER = {"CSTO_TODAY": "2021-06-30"}  # 365 days later


@pytest.mark.parametrize(
    "command",
    [("members",), ("member-status", "Alphaland"), ("timeline",), ("fact",), ("sources",), ("check", "member", "AAA")],
)
def test_every_table_says_how_old_the_record_is(run: Run, command: tuple[str, ...]) -> None:
    old = run(*command, *F, "--format", "table", env=LATER).stdout
    assert "Record as of 2020-06-30, 365 days ago" in old
    current = run(*command, *F, "--format", "table", env={"CSTO_TODAY": "2020-06-30"}).stdout
    assert "Record as of 2020-06-30" in current and "days ago" not in current


def test_the_chart_says_it_too(run: Run) -> None:
    assert "2020-06-30, 365 days ago" in run("chart", *F, "--format", "table", env=LATER).stdout


@pytest.mark.parametrize(
    "claim", [("member", "Alphaland"), ("member", "Betastan"), ("fact", "headquarters", "Capital")]
)
def test_today_explicit_or_not_is_the_same_answer(run: Run, claim: tuple[str, ...]) -> None:
    implicit = run("check", *claim, *F, "--format", "json", env=LATER)
    explicit = run("check", *claim, *F, "--on", "2021-06-30", "--format", "json", env=LATER)
    assert implicit.exit_code == explicit.exit_code and implicit.stdout == explicit.stdout
    assert implicit.stderr == explicit.stderr == ""
    verdict = json.loads(implicit.stdout)
    assert verdict["verdict"] in ("true", "false") and "365 days ago" in verdict["note"]
    members = [run("members", *F, *on, "--format", "json", env=LATER).stdout for on in ((), ("--on", "2021-06-30"))]
    assert members[0] == members[1]


def test_a_day_after_today_cannot_be_known(run: Run) -> None:
    result = run("check", "member", "Alphaland", *F, "--on", "2021-07-01", "--format", "json", env=LATER)
    assert result.exit_code == 3 and json.loads(result.stdout)["verdict"] == "unknown"
    assert "in the future" in result.stderr


def test_a_bad_pinned_today_is_one_error(run: Run) -> None:
    result = run("members", *F, env={"CSTO_TODAY": "tomorrow"})
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "CSTO_TODAY" in result.stderr


@pytest.mark.subprocess
def test_installed_check_gives_its_verdict_with_the_age(bundled: FactBase) -> None:
    as_of = bundled.meta.as_of
    today = (as_of + dt.timedelta(days=302)).isoformat()
    a = sh("csto check member Kazakhstan --format json", CSTO_TODAY=today)
    b = sh(f"csto check member Kazakhstan --on {today} --format json", CSTO_TODAY=today)
    assert a.returncode == b.returncode == 0 and a.stdout == b.stdout
    assert "302 days ago" in json.loads(a.stdout)["note"]
    table = sh("csto members --format table", CSTO_TODAY=today)
    assert f"Record as of {as_of}, 302 days ago" in table.stdout
