"""Property-based tests: whatever the arguments or the fact base, csto answers or explains itself.

Every run ends with exit 0, 1, 2 (3 for check), a single line on stderr for an error, no traceback, and
never partial output followed by a crash. Examples that once failed stay as @example regressions.
"""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from csto_cli import loader
from csto_cli.cli import build_app
from csto_cli.model import FactBaseError

from .helpers import MINI

APP = build_app()
RUNNER = CliRunner()
SETTINGS = settings(max_examples=2500, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)

NASTY = st.one_of(
    st.sampled_from(
        [
            "2022-02-30",
            "0000-01-01",
            "99999-01-01",
            "",
            " ",
            "-",
            "--",
            "Armenia",
            "ARM",
            "ar",
            "KZ",
            "قرغيزستان",
            "\u200fأرمينيا",
            "\x1b[31m",
            "[red]x[/red]",
            "a\tb",
            "a\nb",
            "x" * 100_000,
            "treaty-signed",
            "secretary-general",
            "member",
            "date",
            "fact",
            "%s%n",
            "../../etc/passwd",
            "\ud7ff",
            "2010-06-01",
            "1992-05-15",
            "NaN",
            "-1",
            "1e9",
        ]
    ),
    st.text(max_size=30),
    st.text(alphabet=string.printable + "أبتثجحخدذرزسشصضطظعغفقكلمنهويىةءآإ\u064b\u0640\u200f\u202e", max_size=40),
)
COMMANDS = ["members", "member-status", "timeline", "fact", "check", "audit", "sources", "diff", "validate"]
OPTIONS = [
    "--on",
    "--from",
    "--to",
    "--country",
    "--kind",
    "--search",
    "--status",
    "--format",
    "--fields",
    "--lang",
    "--file",
    "--all",
    "--json",
    "--no-headers",
    "--quiet",
    "--bidi",
    "--no-color",
    "-f",
    "-k",
    "-c",
]
TOKENS = st.one_of(NASTY, st.sampled_from(OPTIONS), st.sampled_from(COMMANDS))


def assert_clean(result: Result, allowed: frozenset[int] = frozenset({0, 1, 2})) -> None:
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code in allowed, (result.exit_code, result.output)
    assert "Traceback" not in result.output


@SETTINGS
@given(command=st.sampled_from(COMMANDS), args=st.lists(TOKENS, max_size=6))
@example(command="members", args=["--on", "2022-02-30"])
@example(command="member-status", args=["x" * 100_000])
@example(command="timeline", args=["--search", "\x1b[31m"])
@example(command="check", args=["date", "treaty-signed", "0000-01-01"])
@example(command="diff", args=["99999-01-01", "2010-01-01"])
def test_any_command_line_ends_cleanly(command: str, args: list[str]) -> None:
    result = RUNNER.invoke(APP, [command, *args, "--facts", str(MINI)], input="Alphaland\n\nNarnia\n")
    allowed = frozenset({0, 1, 2, 3}) if command == "check" else frozenset({0, 1, 2})
    assert_clean(result, allowed)
    if result.exit_code == 2:
        assert result.stdout == "", "a usage error prints no data"
    if result.exit_code in (1, 2) and "-" not in args and "--file" not in args and command != "validate":
        assert result.stderr.count("\n") == 1 and result.stderr.strip(), "an error is one line on stderr"


TYPE_SWAPS = [
    "42",
    "true",
    "[1, 2]",
    "{ a = 1 }",
    '"2022-02-30"',
    '"\\u0000"',
    '""',
    "1979-05-27T07:32:00Z",
    "[[]]",
    '"' + "y" * 5000 + '"',
    "-inf",
    '"[red]x[/red]"',
]


def mutate(text: str, rnd: random.Random, n: int) -> str:
    lines = text.split("\n")
    for _ in range(n):
        i = rnd.randrange(len(lines))
        action = rnd.randrange(7)
        if action == 0 and "=" in lines[i]:  # wrong type or value
            key = lines[i].split("=", 1)[0]
            lines[i] = f"{key}= {rnd.choice(TYPE_SWAPS)}"
        elif action == 1:  # missing key or header
            del lines[i]
            if not lines:
                lines = [""]
        elif action == 2:  # duplicate line (duplicate keys, duplicate tables)
            lines.insert(i, lines[i])
        elif action == 3:  # junk
            lines[i] = lines[i][: rnd.randrange(len(lines[i]) + 1)] + rnd.choice(["[", "]", '"', "=", "[[x]]", "\\"])
        elif action == 4:  # deep nesting
            lines.insert(i, "deep = " + "[" * 600 + "]" * 600)
        elif action == 5:  # swap two lines
            j = rnd.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        else:  # an unknown key
            lines.insert(i, f"surprise_{i} = 1")
    return "\n".join(lines)


@SETTINGS
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 4))
@example(seed=0, n=1)
def test_a_mutated_fact_base_is_loaded_or_refused_with_reasons(seed: int, n: int) -> None:
    text = mutate(MINI.read_text(encoding="utf-8"), random.Random(seed), n)
    try:
        loader.parse(text, "mutated.toml")
    except FactBaseError as exc:
        assert exc.problems and all(str(p).startswith("mutated.toml") for p in exc.problems)
        assert all("\n" not in p.message for p in exc.problems)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(data=st.binary(max_size=400))
@example(data=b"\xff\xfe\x00")
@example(data=b"")
def test_random_bytes_never_crash_validate(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    target = Path(tmp_path_factory.mktemp("fuzz")) / "facts.toml"
    target.write_bytes(data)
    result = RUNNER.invoke(APP, ["validate", str(target)])
    assert_clean(result, frozenset({0, 1}))
    assert result.exit_code == 1 and result.stderr.strip()
