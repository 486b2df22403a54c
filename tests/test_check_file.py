"""check --file: every result can be matched back to its input line, in every format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from .helpers import MINI, Run
from .test_installed import sh

F = ("--facts", str(MINI))
CLAIMS = """\
# claims from an article

member Alphaland --on 2003-01-01
   member Narnia
\t
former Betastan --on 2006-01-01   # a trailing comment
  # an indented comment
fact headquarters Capital --on 2010-01-01
"""
EXPECTED = [
    (3, "member Alphaland --on 2003-01-01", "true"),
    (6, "former Betastan --on 2006-01-01   # a trailing comment", "true"),
    (8, "fact headquarters Capital --on 2010-01-01", "true"),
]


def test_every_result_carries_its_line_and_input(run: Run) -> None:
    result = run("check", "--file", "-", *F, "--format", "json", input=CLAIMS)
    assert result.exit_code == 2  # line 4 names no country
    assert result.stderr.startswith("csto: line 4: unknown country 'Narnia'") and result.stderr.count("\n") == 1
    rows = json.loads(result.stdout)
    assert [(r["line"], r["input"], r["verdict"]) for r in rows] == EXPECTED
    lines = CLAIMS.splitlines()
    assert all(lines[r["line"] - 1].strip() == r["input"] for r in rows)


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl", "markdown", "table"])
def test_line_and_input_in_every_format(run: Run, fmt: str) -> None:
    out = run("check", "--file", "-", *F, "--format", fmt, input=CLAIMS, env={"COLUMNS": "200"}).stdout
    if fmt == "csv":
        records = list(csv.DictReader(io.StringIO(out)))
        assert [(int(r["line"]), r["input"]) for r in records] == [e[:2] for e in EXPECTED]
    elif fmt == "tsv":
        rows = [line.split("\t") for line in out.splitlines()]
        assert rows[0][:2] == ["line", "input"] and [int(r[0]) for r in rows[1:]] == [3, 6, 8]
    elif fmt == "jsonl":
        assert [json.loads(line)["line"] for line in out.splitlines()] == [3, 6, 8]
    else:
        assert "Line" in out and all(f" {n} " in out for n in (3, 6, 8))


def test_blank_and_comment_lines_produce_nothing(run: Run) -> None:
    result = run("check", "--file", "-", *F, "--format", "json", input="\n# only comments\n   \n\t# and blanks\n")
    assert result.exit_code == 0 and json.loads(result.stdout) == [] and result.stderr == ""


@pytest.mark.subprocess
def test_installed_check_file_lines(tmp_path: Path) -> None:
    (tmp_path / "claims.txt").write_text(CLAIMS.replace("Alphaland", "Armenia").replace("Betastan", "Uzbekistan"))
    result = sh("csto check --file claims.txt --format csv --fields line,input,verdict", cwd=tmp_path)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [int(r["line"]) for r in rows] == [3, 6, 8]
    assert rows[0]["input"] == "member Armenia --on 2003-01-01" and rows[0]["verdict"] == "true"
