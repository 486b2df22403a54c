"""Small ones: --fields named twice, what --on accepts, one-line errors, Markdown pipes, narrow tables."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .helpers import MINI


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_field_named_twice_is_a_usage_error(run, fmt: str) -> None:  # type: ignore[no-untyped-def]
    result = run("members", "--fields", "code,name,code", "--format", fmt)
    assert result.exit_code == 2 and result.stdout == ""
    assert (
        result.stderr == "csto: error: Invalid value for --fields: 'code' is named twice (see 'csto members --help')\n"
    )


def test_the_on_error_lists_only_the_forms_on_accepts(run) -> None:  # type: ignore[no-untyped-def]
    result = run("members", "--on", "2022/01/05")
    assert result.exit_code == 2  # --on takes a year, a month or a day (issue 17): all three are listed
    assert "(YYYY, YYYY-MM or YYYY-MM-DD)" in result.stderr and "must be a full date" not in result.stderr


def test_a_path_with_a_newline_stays_on_one_error_line(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("members", "--facts", str(tmp_path / "two\nlines.toml"))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "two\\nlines.toml" in result.stderr


def test_markdown_keeps_a_backslash_before_a_pipe(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "pipes.toml"
    text = MINI.read_text(encoding="utf-8").replace('title = "Treaty signed"', 'title = "a\\\\|b"')
    target.write_text(text, encoding="utf-8")
    assert run.json("timeline", "--facts", str(target))[0]["title"] == "a\\|b"
    markdown = run("timeline", "--facts", str(target), "--format", "markdown").stdout
    # GitHub reads `\|` in a cell as a pipe and then `\\` as one backslash: the cell shows a\|b
    assert "| a\\\\\\|b |" in markdown


@pytest.mark.parametrize("columns", ["20", "30", "44"])
def test_a_narrow_terminal_gets_one_record_per_block_and_no_cut_dates(run, columns: str) -> None:  # type: ignore[no-untyped-def]
    result = run("members", "--on", "2010-01-01", "--format", "table", env={"COLUMNS": columns})
    assert result.exit_code == 0
    since = [r["since"] for r in json.loads(run("members", "--on", "2010-01-01", "--format", "json").stdout)]
    shown = re.findall(r"^Since: (\S+)", result.stdout, re.M)
    assert [s.rstrip("‡?") for s in shown] == since  # every date whole, one block per state
    assert not re.search(r"\d{4}-\d{2}-(?!\d)", result.stdout)


def test_a_wide_enough_terminal_keeps_the_table(run) -> None:  # type: ignore[no-untyped-def]
    result = run("members", "--format", "table", env={"COLUMNS": "80"})
    assert result.stdout.count("Since: ") == 0 and "| Code" in result.stdout
