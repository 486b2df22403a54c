"""--on, --from, --to and check --on take a year, a month or a day, with one documented meaning."""

from __future__ import annotations

import json

import pytest

from .helpers import MINI, Run
from .test_installed import sh

F = ("--facts", str(MINI))


def test_a_year_on_answers_for_the_whole_year_and_says_what_changed(run: Run) -> None:
    # Betastan left on 2005-04-20: a member for part of 2005, a former member at its end.
    row = run.json("member-status", "Betastan", *F, "--on", "2005")
    assert row["status"] == "former" and row["on"] == "2005-12-31"
    assert row["note"] == "changed within 2005: member → former member on 2005-04-20"
    members = [r["code"] for r in run.json("members", *F, "--on", "2005")]
    assert "BBB" in members  # a member on some day of 2005
    assert "BBB" not in [r["code"] for r in run.json("members", *F, "--on", "2005-12")]
    assert run.json("members", *F, "--on", "2005-12") == run.json("members", *F, "--on", "2005-12-31")


def test_a_period_with_no_change_has_no_note(run: Run) -> None:
    [row] = [r for r in run.json("members", *F, "--on", "2010") if r["code"] == "AAA"]
    assert row["note"] == "" and row["on"] == "2010-12-31"


def test_check_for_a_year_is_true_if_the_status_held_on_some_day(run: Run) -> None:
    result = run("check", "member", "Betastan", *F, "--on", "2005", "--format", "json")
    assert result.exit_code == 0
    assert "member → former member on 2005-04-20" in json.loads(result.stdout)["note"]
    assert run("check", "member", "Betastan", *F, "--on", "2006", "--format", "json").exit_code == 1


@pytest.mark.parametrize(
    ("args", "first", "last"),
    [
        (("--from", "2008-08"), "bbb-rejoined", "aaa-frozen"),
        (("--to", "2010-07"), "signed", "exercise"),  # the last day of July 2010
        (("--from", "2012", "--to", "2012"), "bbb-suspended", "bbb-suspended"),
        (("--from", "2005-03", "--to", "2006"), "bbb-withdrawal", "ddd-observer"),
    ],
)
def test_from_is_the_first_day_and_to_the_last_day_of_a_period(
    run: Run, args: tuple[str, ...], first: str, last: str
) -> None:
    ids = [e["id"] for e in run.json("timeline", *F, *args)]
    assert ids[0] == first and ids[-1] == last, ids


def test_fact_for_a_year_lists_every_value_that_held_in_it(run: Run) -> None:
    def ids(on: str) -> set[str]:
        result = run("fact", "secretary-general", *F, "--on", on, "--format", "jsonl")
        return {r["id"] for r in map(json.loads, result.stdout.splitlines()) if r}

    every = {s["id"] for s in run.json("fact", "secretary-general", *F, "--all")}
    for year in range(2000, 2021):
        assert ids(f"{year}-01-01") | ids(f"{year}-12-31") <= ids(str(year)) <= every, year
    assert len(ids("2016")) == 1 and ids("2016") == ids("2016-12-31")  # the term ends on the year's last day
    assert ids("2016") | ids("2017") == ids("2016-06-01") | ids("2017-06-01")


def test_chart_and_diff_take_any_precision(run: Run) -> None:
    assert run.json("chart", *F, "--from", "2005-06", "--to", "2006") == run.json(
        "chart", *F, "--from", "2005", "--to", "2006"
    )
    whole = run.json("diff", "2005", "2008", *F)
    assert whole["from"] == "2005-01-01" and whole["to"] == "2008-12-31"
    assert {c["subject"] for c in whole["changes"] if c["change"] == "status"} >= {"DDD"}


@pytest.mark.parametrize("bad", ["01/06/2005", "2005-13", "20050", "2005-02-30"])
def test_errors_list_only_accepted_forms(run: Run, bad: str) -> None:
    result = run("members", *F, "--on", bad)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "must be a full date" not in result.stderr
    if "/" in bad or bad == "20050":
        assert "(YYYY, YYYY-MM or YYYY-MM-DD)" in result.stderr


@pytest.mark.subprocess
def test_installed_accepts_every_precision() -> None:
    year = sh("csto members --on 2005 --format json")
    assert year.returncode == 0 and year.stderr == ""
    month = sh("csto timeline --from 2022-01 --to 2022-01 --format json")
    dates = [e["date"] for e in json.loads(month.stdout)]
    assert dates and all(d.startswith("2022-01") for d in dates)
    check = sh("csto check member Uzbekistan --on 2012 --format json")
    assert check.returncode == 0 and "changed within 2012" in json.loads(check.stdout)["note"]
