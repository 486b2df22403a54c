"""Rules across records (csto_cli.consistency), and answers that stay within what the record knows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from csto_cli import loader
from csto_cli.consistency import problems

from .helpers import MINI, line_of, mutate, problems_of

WITHDRAWAL = """
[[events]]
id = "ddd-leaves"
date = "2007-01-01"
kind = "withdrawal"
states = ["DDD"]
title = "Deltaland leaves"
title_ar = "دلتالاند تنسحب"
sources = ["src-a"]
"""


def test_an_alias_that_is_another_states_name_is_an_error(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    text = mutate('aliases = ["Alpha Republic"]', 'aliases = ["Alpha Republic", "BETASTAN"]')
    (problem,) = problems_of(text)
    line = line_of(text, 'code = "AAA"')
    assert problem.startswith(f'facts.toml:{line}: states (code "AAA") alias')
    assert "'BETASTAN' is also a name, code or alias of BBB" in problem
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    result = run("member-status", "Betastan", "--facts", str(bad))
    assert result.exit_code == 1 and "Betastan" not in result.stdout  # no answer that could be AAA's


def test_an_alias_shared_by_two_states_is_an_error() -> None:
    text = mutate('name = "Gammaland"', 'name = "Gammaland"\naliases = ["Alpha Republic"]')
    assert any("alias 'Alpha Republic' is also a name, code or alias of AAA" in p for p in problems_of(text))


def test_an_as_of_date_after_today_is_an_error() -> None:
    (problem,) = problems_of(mutate('as_of = "2020-06-30"', 'as_of = "2999-01-01"'))
    assert "as_of 2999-01-01 is after today" in problem


def test_events_and_statements_after_the_as_of_date_are_errors() -> None:
    text = mutate('date = "2015-02"', 'date = "2021-03"')
    text = text.replace('start = "2017-01-01"\nacting = true', 'start = "2020-07-01"\nacting = true')
    found = problems_of(text)
    assert any("events" in p and "date 2021-03 is after the record's as_of 2020-06-30" in p for p in found)
    assert any('statements (id "sg-two")' in p and "start 2020-07-01 is after" in p for p in found)


def test_a_withdrawal_before_the_state_ever_joined_is_an_error() -> None:
    (problem,) = problems_of(MINI.read_text(encoding="utf-8") + WITHDRAWAL)
    assert '(id "ddd-leaves")' in problem and "withdraws DDD, which had not joined before it" in problem


def test_the_same_state_twice_in_one_event_is_an_error() -> None:
    (problem,) = problems_of(mutate('states = ["AAA", "BBB"]', 'states = ["AAA", "BBB", "AAA"]'))
    assert '(id "signed")' in problem and "names AAA more than once" in problem


def test_a_disputed_value_equal_to_the_recorded_one_is_an_error() -> None:
    (problem,) = problems_of(mutate('value = "2000-05-17"', 'value = "2000-05-15"'))
    assert "disputed date '2000-05-15' is the recorded one" in problem


def test_the_bundled_and_test_bases_are_consistent() -> None:
    for path in (loader.bundled_path(), MINI):
        text = path.read_text(encoding="utf-8")
        assert problems(loader.parse(text, str(path)), text, str(path)) == []


@pytest.mark.parametrize(
    ("claim", "facts"),
    [
        (["fact", "headquarters", "Capital", "--on", "1950-01-01"], str(MINI)),  # the treaty: 2000-05-15
        (["fact", "headquarters", "Moscow", "--on", "1950-01-01"], None),
        (["fact", "secretary-general", "Valery Nikolaenko", "--on", "1900-01-01"], None),
    ],
)
def test_an_undated_statement_is_not_true_before_the_record_begins(run, claim: list[str], facts: str | None) -> None:  # type: ignore[no-untyped-def]
    extra = ["--facts", facts] if facts else []
    result = run("check", *claim, *extra, "--format", "json")
    assert result.exit_code == 3
    answer = json.loads(result.stdout)
    assert answer["verdict"] == "unknown" and "the record begins on" in answer["note"]


def test_an_undated_statement_still_holds_once_the_record_begins(run) -> None:  # type: ignore[no-untyped-def]
    result = run("check", "fact", "headquarters", "Capital", "--on", "2001-01-01", "--facts", str(MINI), "-q")
    assert result.exit_code == 0
