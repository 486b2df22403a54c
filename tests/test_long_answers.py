"""member-status leads with the answer; long answers on a terminal go through a pager, never in a pipe."""

from __future__ import annotations

import json
import os
import pty
import sys
from pathlib import Path

import pytest

from .helpers import MINI, Run
from .test_installed import CSTO, sh

F = ("--facts", str(MINI))


def test_the_answer_comes_first_and_the_history_under_its_heading(run: Run) -> None:
    out = run("member-status", "Betastan", *F, "--on", "2013-01-01", "--format", "table").stdout
    answer, history = out.index("Betastan: suspended on 2013-01-01"), out.index("History of Betastan")
    assert answer < out.index("Record as of") < history


def test_no_history_and_history_only(run: Run) -> None:
    whole = run.json("member-status", "Betastan", *F)
    short = run.json("member-status", "Betastan", *F, "--no-history")
    assert short == {k: v for k, v in whole.items() if k != "history"}
    assert "History" not in run("member-status", "Betastan", *F, "--no-history", "--format", "table").stdout
    only = run.json("member-status", "Betastan", *F, "--history-only")
    assert [e["id"] for e in only] == [e["id"] for e in whole["history"]]
    table = run("member-status", "Betastan", *F, "--history-only", "--format", "table").stdout
    assert "History of Betastan" in table and "Betastan: " not in table
    both = run("member-status", "Betastan", *F, "--no-history", "--history-only")
    assert both.exit_code == 2 and both.stderr.count("\n") == 1


def test_no_pager_when_stdout_is_not_a_terminal(run: Run, tmp_path: Path) -> None:
    paged = tmp_path / "paged"
    result = run("timeline", *F, "--format", "table", env={"CSTO_PAGER": f"tee {paged}", "LINES": "3"})
    assert result.exit_code == 0 and "Treaty signed" in result.stdout and not paged.exists()


def in_terminal(args: list[str], **env: str) -> str:
    """Run the installed csto with a pseudo-terminal as its stdout; what the terminal showed."""
    pid, fd = pty.fork()
    if pid == 0:  # the child
        os.execve(str(CSTO), [str(CSTO), *args], {"PATH": os.environ["PATH"], "LANG": "C.UTF-8", **env})
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.waitpid(pid, 0)
    os.close(fd)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.subprocess
@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_installed_pages_tall_output_on_a_terminal_only(tmp_path: Path) -> None:
    paged = tmp_path / "paged"
    pager = {"CSTO_PAGER": f"tee {paged}", "LINES": "10", "COLUMNS": "100"}
    shown = in_terminal(["member-status", "Armenia"], **pager)
    assert paged.exists() and "History of Armenia" in paged.read_text(encoding="utf-8")
    assert "History of Armenia" in shown
    paged.unlink()
    for args, env in (
        (["member-status", "Armenia", "--no-pager"], pager),
        (["member-status", "Armenia", "--no-history"], {**pager, "LINES": "100"}),  # fits the screen
        (["member-status", "Armenia"], {**pager, "CSTO_PAGER": ""}),
        (["member-status", "Armenia"], {"PAGER": f"tee {paged}", "CSTO_PAGER": "", "LINES": "10"}),
    ):
        shown = in_terminal(args, **env)
        assert "Armenia: " in shown and not paged.exists(), args
    missing = in_terminal(["member-status", "Armenia"], CSTO_PAGER="no-such-pager-here", LINES="10")
    assert "History of Armenia" in missing  # a pager that is not installed: straight to the screen
    piped = sh("csto member-status Armenia --format table | cat", CSTO_PAGER=f"tee {paged}", LINES="10")
    assert piped.returncode == 0 and "History of Armenia" in piped.stdout and not paged.exists()


@pytest.mark.subprocess
def test_installed_history_switches() -> None:
    short = sh("csto member-status Armenia --no-history --format json")
    assert short.returncode == 0 and "history" not in json.loads(short.stdout)
    only = sh("csto member-status Armenia --history-only --format json")
    assert all("ARM" in e["states"] for e in json.loads(only.stdout))
