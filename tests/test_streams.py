"""Exit codes that survive closed streams, and Ctrl-C at any moment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .test_bounds import csto

pytestmark = pytest.mark.subprocess
FALSE_CLAIM = "csto check member Azerbaijan --on 2010-01-01"  # a former member by then: exit 1
TRUE_CLAIM = "csto check member Armenia --on 2010-01-01"


@pytest.mark.parametrize(("claim", "code"), [(TRUE_CLAIM, 0), (FALSE_CLAIM, 1)])
def test_check_keeps_its_verdict_when_stderr_is_closed(tmp_path: Path, claim: str, code: int) -> None:
    result = csto(f"{claim} -q 2>&-; echo $?", tmp_path)
    assert result.stdout == f"{code}\n".encode()


def test_every_command_keeps_its_exit_code_when_stderr_is_closed(tmp_path: Path) -> None:
    result = csto("csto members 2>&- >/dev/null; echo $?; csto member-status Narnia 2>&-; echo $?", tmp_path)
    assert result.stdout == b"0\n1\n"


@pytest.mark.parametrize(("claim", "code"), [(TRUE_CLAIM, 0), (FALSE_CLAIM, 1)])
def test_a_reader_that_closes_early_keeps_checks_verdict(tmp_path: Path, claim: str, code: int) -> None:
    result = csto(f"{claim} | true; echo ${{PIPESTATUS[0]}}", tmp_path)
    assert result.stdout == f"{code}\n".encode() and result.stderr == b""


def test_a_closed_pipe_keeps_a_batch_exit_code_quietly(tmp_path: Path) -> None:
    result = csto(
        "printf 'Narnia\\nArmenia\\n' | csto member-status - 2>/dev/null | true; echo ${PIPESTATUS[1]}", tmp_path
    )
    assert result.stdout == b"1\n"


@pytest.mark.parametrize(
    ("command", "code", "message"),
    [
        ("csto members >&-", 1, "csto: error: cannot write the output: standard output is closed\n"),
        ("csto member-status - <&-", 1, "csto: error: cannot read standard input: standard input is closed\n"),
        ("csto check --file - <&-", 2, "cannot read standard input: standard input is closed"),
    ],
)
def test_a_closed_stdout_or_stdin_is_one_error_line(tmp_path: Path, command: str, code: int, message: str) -> None:
    result = csto(command, tmp_path)
    assert result.returncode == code
    assert result.stderr.count(b"\n") == 1 and message.encode() in result.stderr
    assert b"Traceback" not in result.stderr


def test_ctrl_c_while_typer_is_still_importing_exits_130_without_a_traceback(tmp_path: Path) -> None:
    """The interrupt is delivered exactly while `typer` is imported (an audit hook sends it): no timing."""
    code = (
        "import os, signal, sys\n"
        "def hook(event, args):\n"
        "    if event == 'import' and args[0] == 'typer': os.kill(os.getpid(), signal.SIGINT)\n"
        "sys.addaudithook(hook)\n"
        "sys.argv = ['csto', 'members']\n"
        "from csto_cli.__main__ import main\n"
        "main()\n"
    )
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), "LANG": "C.UTF-8"}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 130
    assert result.stderr == "csto: interrupted\n" and result.stdout == ""
