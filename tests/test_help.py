"""Help where people look for it, and one option name per idea."""

from __future__ import annotations

import pytest

from .helpers import MINI, Run
from .test_installed import sh

F = ("--facts", str(MINI))


def test_bare_csto_is_help_on_stdout_and_success(run: Run) -> None:
    result = run()
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.startswith("Usage: csto") and "member-status" in result.stdout


def test_help_command_for_the_program_and_for_one_command(run: Run) -> None:
    whole = run("help")
    assert whole.exit_code == 0 and "Commands:" in whole.stdout and "export" in whole.stdout
    one = run("help", "timeline")
    assert one.exit_code == 0 and one.stdout.startswith("Usage: csto timeline") and "--country" in one.stdout
    assert one.stdout == run("timeline", "--help").stdout
    bad = run("help", "memebrs")
    assert bad.exit_code == 2 and bad.stderr.count("\n") == 1 and "did you mean members" in bad.stderr


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version_has_a_short_flag(run: Run, flag: str) -> None:
    result = run(flag)
    assert result.exit_code == 0 and result.stdout.startswith("csto ")


@pytest.mark.parametrize(
    ("args", "suggestion"),
    [
        (("members", "--state", "X"), "--country"),
        (("timeline", "--states", "X"), "--country"),
        (("members", "--date", "2001"), "--on"),
        (("timeline", "--until", "2001"), "--to"),
        (("members", "--stauts", "all"), "--status"),
    ],
)
def test_unknown_options_suggest_the_one_meant(run: Run, args: tuple[str, ...], suggestion: str) -> None:
    result = run(*args, *F)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert f"did you mean {suggestion}" in result.stderr


def test_country_is_one_name_everywhere_repeatable_or_comma_separated(run: Run) -> None:
    both = ["AAA", "CCC"]
    for command in (("members", "--status", "all", "--on", "2013-01-01"), ("chart",), ("timeline",)):
        comma = run.json(*command, *F, "--country", "AAA,CCC")
        repeated = run.json(*command, *F, "--country", "AAA", "-c", "Gammaland")
        assert comma == repeated and comma, command
        codes = {c for r in comma for c in (r["states"] if "states" in r else [r["code"]])}
        assert set(both) & codes and (command[0] == "timeline" or codes <= set(both)), command


def test_diff_takes_country_too(run: Run) -> None:
    every = run.json("diff", "2004", "2009", *F)["changes"]
    only = run.json("diff", "2004", "2009", *F, "--country", "Betastan")["changes"]
    assert only == [c for c in every if c["change"] == "status" and c["subject"] == "BBB"] and only


def test_old_spellings_still_work_but_are_not_advertised(run: Run) -> None:
    assert run.json("chart", *F, "--states", "AAA") == run.json("chart", *F, "--country", "AAA")
    assert "--states" not in run("chart", "--help").stdout


@pytest.mark.subprocess
def test_installed_help_paths() -> None:
    bare = sh("csto | head -1")
    assert bare.returncode == 0 and bare.stdout.startswith("Usage: csto")
    assert sh("csto help members").stdout == sh("csto members --help").stdout
    assert sh("csto -V").stdout.startswith("csto ")
    wrong = sh("csto members --state Armenia")
    assert wrong.returncode == 2 and "did you mean --country" in wrong.stderr
