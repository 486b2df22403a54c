"""The documentation is a front door that cannot drift: every example is a real run (cog --check style)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import ROOT

SCRIPT = ROOT / "docs" / "update_readme.py"
README = ROOT / "README.md"
TOOLS = ("jq", "column", "paste", "sqlite3")


def check(*paths: Path) -> subprocess.CompletedProcess[str]:
    args = [sys.executable, str(SCRIPT), "--check", *map(str, paths)]
    return subprocess.run(args, capture_output=True, text=True, timeout=600, cwd=ROOT)


def test_the_front_door_is_small_and_links_the_rest() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) <= 12 * 1024
    for doc in ("docs/guide.md", "docs/reference.md", "docs/schema.md", "CONTRIBUTING.md", "bench/README.md"):
        assert (ROOT / doc).is_file() and f"({doc})" in text, doc
    questions = text[text.index("## Common questions") :].split("\n\n")[1].splitlines()[2:]
    assert len(questions) >= 15 and all(q.count("`csto ") >= 1 for q in questions)
    assert re.search(r"[\u0600-\u06ff]", "".join(questions)) and re.search(r"[\u0400-\u04ff]", "".join(questions))


def test_the_readme_says_the_python_version_pyproject_requires() -> None:
    found = re.search(r'^requires-python = ">=([0-9.]+)"', (ROOT / "pyproject.toml").read_text(), re.M)
    assert found is not None
    assert f"Python {found[1]} or newer" in README.read_text(encoding="utf-8")


def test_the_quick_start_test_line_is_what_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    line = "python3 -m venv .venv && .venv/bin/pip install -q '.[test]' && .venv/bin/python -m pytest"
    assert line in README.read_text(encoding="utf-8").split("## Quick start")[1].split("##")[0]
    assert ".venv/bin/pip install -q '.[test]'" in ci and ".venv/bin/python -m pytest" in ci


@pytest.mark.subprocess
@pytest.mark.skipif(any(shutil.which(t) is None for t in TOOLS), reason="the examples pipe into jq, column, sqlite3")
def test_every_example_is_what_a_fresh_run_prints() -> None:
    result = check()
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr


@pytest.mark.subprocess
def test_an_example_edited_by_hand_fails_the_check(tmp_path: Path) -> None:
    text = README.read_text(encoding="utf-8")
    block = re.search(r"<!-- run: (.+?) -->\n```console\n\$ .+?\n(.+?)\n", text)
    assert block is not None, "the README has a generated example"
    edited = tmp_path / "README.md"
    edited.write_text(text.replace(block[2], block[2] + " (edited)", 1), encoding="utf-8")
    result = check(edited)
    assert result.returncode == 1 and "(edited)" in result.stdout
