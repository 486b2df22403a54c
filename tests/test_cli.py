"""The CLI through CliRunner: every command, every format, exit codes, errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from csto_cli.cli import app
from csto_cli.render import Format

from .helpers import MINI, Run

F = ("--facts", str(MINI))
COMMANDS = [
    ("members", "--on", "2013-01-01"),
    ("member-status", "Betastan", "--on", "2013-01-01"),
    ("timeline",),
    ("fact", "secretary-general", "--on", "2018-01-01"),
    ("fact",),
    ("fact", "secretary-general", "--all"),
    ("check", "member", "Alphaland", "--on", "2003-01-01"),
    ("audit", "src-b"),
    ("sources",),
    ("diff", "2005-01-01", "2010-01-01"),
    ("chart",),
    ("scan", str(Path(__file__).parent / "fixtures" / "mini_article.txt")),
]


@pytest.mark.parametrize("fmt", [f.value for f in Format])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c[:2]))
def test_every_command_honours_every_format(run: Run, command: tuple[str, ...], fmt: str) -> None:
    result = run(*command, *F, "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt in ("csv", "tsv") and command[0] in ("member-status", "check"):  # one table: the rest is named
        assert result.stderr.startswith("csto: note: ") and result.stderr.count("\n") == 1
    else:
        assert result.stderr == ""
    out = result.stdout
    assert out.endswith("\n") and "\x1b" not in out
    if fmt == "json":
        json.loads(out)
    elif fmt == "jsonl":
        assert all(json.loads(line) for line in out.splitlines())
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert len({len(r) for r in rows}) == 1
    elif fmt == "tsv":
        assert len({line.count("\t") for line in out.splitlines()}) == 1
    elif fmt in ("table", "markdown"):
        assert "2020-06-30" in out  # the as-of footer


def test_members_json_contract(run: Run) -> None:
    data = run.json("members", *F, "--on", "2016-01-01")
    assert [d["code"] for d in data] == ["AAA", "CCC"]
    aaa = data[0]
    assert {"code", "name", "name_ar", "status", "participation", "since"} <= set(aaa)
    assert (aaa["status"], aaa["participation"], aaa["since"]) == ("member", "frozen", "2002-04-20")


def test_member_status_json_contract(run: Run) -> None:
    data = run.json("member-status", "بيتاستان", *F, "--on", "2006-01-01")
    assert (data["code"], data["status"], data["on"], data["since"]) == ("BBB", "former", "2006-01-01", "2005-04-20")
    assert [e["id"] for e in data["history"]] == [
        "signed",
        "in-force",
        "bbb-withdrawal",
        "bbb-rejoined",
        "bbb-suspended",
    ]
    first = data["history"][0]
    assert {"id", "date", "kind", "title", "title_ar", "states", "place", "sources", "disputed"} <= set(first)
    assert first["disputed"][0]["value"] == "2000-05-17" and first["disputed"][0]["rank"] == "deprecated"


def test_timeline_filters(run: Run) -> None:
    def ids(*a: str) -> list[str]:
        return [e["id"] for e in run.json("timeline", *F, *a)]

    assert ids("--country", "DDD") == ["ddd-observer"]
    assert ids("--kind", "withdrawal", "--kind", "suspended") == ["bbb-withdrawal", "bbb-suspended"]
    assert ids("--from", "2006-02-15", "--to", "2010-07-01") == ["ddd-observer", "bbb-rejoined", "exercise"]
    assert ids("--search", "BETASTAN") == ["bbb-withdrawal", "bbb-rejoined", "bbb-suspended"]
    assert ids("--search", "بيتاستان تنسحب") == ["bbb-withdrawal"]


def test_fact_picks_the_best_value_of_the_day_and_all_shows_every_rank(run: Run) -> None:
    assert run.json("fact", "secretary-general", *F, "--on", "2010-01-01")["value"] == "Person One"
    two = run.json("fact", "secretary-general", *F, "--on", "2017-01-01")
    assert (two["value"], two["acting"], two["rank"]) == ("Person Two", True, "preferred")
    every = run.json("fact", "secretary-general", *F, "--all")
    assert sorted(s["rank"] for s in every) == ["deprecated", "preferred", "preferred"]


def test_fact_with_no_value_on_the_day_is_empty_not_an_error(run: Run) -> None:
    result = run("fact", "secretary-general", *F, "--on", "1999-01-01", "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout) is None


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("member-status", "Narnia"), 1, "unknown country 'Narnia'"),
        (("member-status", "Alphalnd"), 1, "did you mean: Alphaland"),
        (("member-status", "الفالند"), 1, "did you mean: ألفالاند"),
        (("fact", "secretary-generl"), 1, "did you mean: secretary-general?"),
        (("members", "--on", "2022-02-30"), 2, "February 2022 has 28 days"),
        (("members", "--on", "01/06/2005"), 2, "is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        (("timeline", "--from", "2022-13"), 2, "month 13 does not exist"),
        (("members", "--status", "king"), 2, "'king' is not one of"),
        (("members", "--format", "yaml"), 2, "'yaml' is not one of"),
        (("timeline", "--kind", "withdrawl"), 2, "did you mean: withdrawal"),
        (("timeline", "--from", "2010-01-01", "--to", "2009-01-01"), 2, "is before --from"),
        (("members", "--format", "csv", "--fields", "code,nmae"), 2, "unknown field 'nmae'"),
        (("members", "--bogus"), 2, "no such option --bogus"),
    ],
)
def test_user_mistakes_get_one_clear_error_and_an_exit_code(
    run: Run, args: tuple[str, ...], code: int, message: str
) -> None:
    result = run(*args, *F)
    assert result.exit_code == code
    assert message in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.output


def test_after_as_of_warns_on_stderr_only_when_asked(run: Run) -> None:
    explicit = run("members", *F, "--on", "2030-01-01", "--format", "json")
    assert "after the record's as-of date 2020-06-30" in explicit.stderr
    json.loads(explicit.stdout)
    assert run("members", *F, "--format", "json").stderr == ""


def test_broken_fact_base_is_reported_with_places(run: Run, mini_copy: Path) -> None:
    text = mini_copy.read_text(encoding="utf-8").replace('"2012-12-19"', '"2012-13-19"').replace('["CCC"]', '["ZZZ"]')
    mini_copy.write_text(text, encoding="utf-8")
    for args in (("validate", str(mini_copy)), ("members", "--facts", str(mini_copy))):
        result = run(*args)
        assert result.exit_code == 1
        lines = result.stderr.splitlines()
        assert any(f"{mini_copy}:" in ln and "2012-13-19" in ln for ln in lines)
        assert any("ZZZ" in ln for ln in lines)
        assert "Traceback" not in result.output


def test_validate_reports_counts(run: Run) -> None:
    result = run("validate", str(MINI))
    assert result.exit_code == 0
    assert "4 states, 9 events, 4 statements" in result.stdout


def test_fields_pick_columns_in_every_format(run: Run) -> None:
    assert run("members", *F, "--on", "2013-01-01", "--format", "tsv", "--fields", "code,status").stdout == (
        "code\tstatus\nAAA\tmember\nCCC\tmember\n"
    )
    assert run.json("members", *F, "--on", "2013-01-01", "--fields", "code") == [{"code": "AAA"}, {"code": "CCC"}]
    assert (
        run("members", *F, "--on", "2013-01-01", "-f", "csv", "--no-headers", "--fields", "code").stdout == "AAA\nCCC\n"
    )


def test_lang_ar_labels_the_table_in_arabic(run: Run) -> None:
    result = run("members", *F, "--on", "2013-01-01", "--format", "table", "--lang", "ar")
    assert "الاسم" in result.stdout and "ألفالاند" in result.stdout and "عضو" in result.stdout
    data = run.json("members", *F, "--on", "2013-01-01", "--lang", "ar")
    assert data[0]["status"] == "member" and data[0]["status_label"] == "عضو"


def test_batch_member_status_answers_the_good_lines(run: Run) -> None:
    result = run("member-status", "-", *F, "--on", "2013-01-01", "--format", "jsonl", input="Alphaland\nNarnia\nCC\n")
    assert result.exit_code == 1
    assert [json.loads(x)["code"] for x in result.stdout.splitlines()] == ["AAA", "CCC"]
    assert result.stderr.count("\n") == 1 and "line 2: unknown country 'Narnia'" in result.stderr


def test_every_command_has_help_with_examples(run: Run) -> None:
    from typer.main import get_command

    group = get_command(app)
    for name in group.list_commands(None):  # type: ignore[attr-defined]
        result = run(name, "--help")
        assert result.exit_code == 0
        assert "Examples:" in result.stdout and f"csto {name}" in result.stdout, name
    assert "Exit codes:" in run("--help").stdout


def test_the_command_list_covers_every_command() -> None:
    from csto_cli.cli import COMMANDS as REGISTERED

    assert {c[0] for c in COMMANDS} | {"validate", "export", "open"} == set(REGISTERED)


@pytest.mark.parametrize(
    ("env", "args", "coloured"),
    [
        ({"FORCE_COLOR": "1"}, (), True),
        ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, (), False),
        ({"FORCE_COLOR": "1"}, ("--no-color",), False),
        ({}, (), False),  # not a terminal
    ],
)
def test_colour_follows_the_conventions(run: Run, env: dict[str, str], args: tuple[str, ...], coloured: bool) -> None:
    out = run("members", *F, "--on", "2013-01-01", "--format", "table", *args, env=env).stdout
    assert ("\x1b[" in out) == coloured


def test_machine_formats_never_carry_colour_even_when_forced(run: Run) -> None:
    for fmt in ("json", "csv", "tsv", "jsonl"):
        out = run("members", *F, "--format", fmt, env={"FORCE_COLOR": "1", "COLUMNS": "20"}).stdout
        assert "\x1b" not in out and "+--" not in out


@pytest.mark.parametrize(
    ("term", "no_color", "coloured"), [("xterm", False, True), ("dumb", False, False), ("xterm", True, False)]
)
def test_a_terminal_gets_colour_unless_dumb_or_asked_not_to(
    monkeypatch: pytest.MonkeyPatch, term: str, no_color: bool, coloured: bool
) -> None:
    from csto_cli.cli.output import Output

    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.setenv("TERM", term)
    out = Output(no_color=no_color)
    assert out.format.value == "table" and out.options.color is coloured and out.options.pretty is False


def test_json_is_indented_on_a_terminal_and_compact_in_a_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    from csto_cli.cli.output import Output
    from csto_cli.render import Format

    assert Output(fmt=Format.json).options.pretty is False
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert Output(fmt=Format.json).options.pretty is True


def test_disputed_values_carry_a_marker_in_tables(run: Run) -> None:
    fact = run("fact", "secretary-general", *F, "--on", "2018-01-01", "--format", "table").stdout
    assert "Person Two‡" in fact  # a deprecated rival for the same time exists
    assert "Person One‡" not in run("fact", "secretary-general", *F, "--on", "2010-01-01", "-f", "table").stdout
    timeline = run("timeline", *F, "--format", "table").stdout
    assert "2000-05-15‡" in timeline and "2001‡" not in timeline


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--country", "Kyrgyzstan", "--from", "1995-01-01", "--to", "1995-12-31"),
         "Kyrgyzstan: no events in this period; the record's events for Kyrgyzstan run from 1992-05-15 to"),
        (("--country", "Ukraine"),
         "Ukraine: the record holds no events (never a party to the treaty or the organization)"),
        (("--from", "1980-01-01", "--to", "1980-12-31"), "no events match; the record covers 1992-05-15 – "),
    ],
)  # fmt: skip
def test_an_empty_timeline_says_what_the_record_covers(run: Run, args: tuple[str, ...], said: str) -> None:
    """An empty answer must not read as 'nothing happened' (item 5 of issue 15)."""
    result = run("timeline", *args, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert result.stderr.startswith("csto: " + said) and result.stderr.count("\n") == 1


def test_a_timeline_with_events_says_nothing_on_stderr(run: Run) -> None:
    result = run("timeline", "--country", "KGZ", "--from", "2009-01-01", "--to", "2009-12-31", "--format", "tsv")
    assert result.exit_code == 0 and result.stdout.count("\n") > 1 and result.stderr == ""


CONTRACT_RUNS = {
    "members": ("members", "--on", "2013-01-01"),
    "member-status": ("member-status", "Betastan", "--on", "2013-01-01"),
    "timeline": ("timeline",),
    "fact PROPERTY": ("fact", "secretary-general", "--on", "2018-01-01"),
    "fact`, `fact --all": ("fact",),
    "check": ("check", "member", "Alphaland", "--on", "2003-01-01"),
    "audit": ("audit", "src-b"),
    "sources": ("sources",),
    "diff": ("diff", "2005-01-01", "2010-01-01"),
    "chart": ("chart",),
    "scan": ("scan", str(Path(__file__).parent / "fixtures" / "mini_article.txt")),
    "export --format json": ("export", "-"),
}


def _contract_rows() -> dict[str, list[str]]:
    """The reference's JSON contract table: each command and the top-level keys its JSON promises."""
    from .helpers import ROOT

    text = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")
    table = text[text.index("## JSON contract") :].split("\n\n")[2]
    rows: dict[str, list[str]] = {}
    keys: list[str] = []
    for line in table.splitlines()[2:]:
        command, shape = line.split(" | ", 1)
        if "{" not in shape:  # "array of such objects": the row above's
            rows[command.strip("| `")] = keys
            continue
        body = shape[shape.index("{") + 1 :]
        found, depth, word = [], 0, ""
        for ch in body:
            if depth == 0 and ch in ",}":
                found.append(word.split(":")[0].strip())
                word = ""
                if ch == "}":
                    break
                continue
            depth += ch in "[{"
            depth -= ch in "]}"
            word += ch
        keys = [k for k in found if k and k != "…"]
        rows[command.strip("| `")] = keys
    return rows


def test_the_json_contract_table_is_what_each_command_gives(run: Run) -> None:
    rows = _contract_rows()
    assert set(rows) == set(CONTRACT_RUNS)
    for command, keys in rows.items():
        data = run.json(*CONTRACT_RUNS[command], *F)
        first = data[0] if isinstance(data, list) else data
        assert set(keys) <= set(first), command  # every key the table promises
        assert set(first) - set(keys) <= {"as_of", "checked"}, command  # and none it does not name
