"""csto_cli.__main__ and cli.run: how a csto process starts, flushes and leaves."""

from __future__ import annotations

import gc
import io
import json

import pytest

from csto_cli import __main__ as entry
from csto_cli import loader
from csto_cli.cli import exit_code, run

from .test_installed import sh


class _FailingStream(io.StringIO):
    def __init__(self, error: OSError) -> None:
        super().__init__()
        self.error = error

    def flush(self) -> None:
        raise self.error


def test_a_failed_final_flush_is_one_error_line(monkeypatch: pytest.MonkeyPatch) -> None:
    err = io.StringIO()
    monkeypatch.setattr("sys.stdout", _FailingStream(OSError(28, "No space left on device")))
    monkeypatch.setattr("sys.stderr", err)
    assert entry.flushed(0) == 1
    assert entry.flushed(2) == 2  # an earlier failure keeps its own code
    assert err.getvalue().splitlines()[0] == "csto: error: cannot write the output: No space left on device"


def test_a_closed_pipe_at_the_final_flush_is_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    err = io.StringIO()
    monkeypatch.setattr("sys.stdout", _FailingStream(BrokenPipeError(32, "Broken pipe")))
    monkeypatch.setattr("sys.stderr", err)
    assert entry.flushed(0) == 0 and err.getvalue() == ""


def test_exit_codes_follow_sys_exit(capsys: pytest.CaptureFixture[str]) -> None:
    assert (exit_code(None), exit_code(0), exit_code(3)) == (0, 0, 3)
    assert exit_code("csto: gone") == 1
    assert capsys.readouterr().err == "csto: gone\n"


def test_run_as_a_library_call_returns_the_code_and_leaves_the_collector_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert gc.isenabled()
    assert run(["members", "--on", "2010-06-01", "--format", "json"]) == 0
    assert [r["code"] for r in json.loads(capsys.readouterr().out)]
    assert run(["member-status", "Narnia"]) == 1
    assert run(["members", "--bogus"]) == 2
    assert gc.isenabled()


@pytest.mark.subprocess
@pytest.mark.parametrize(
    ("command", "code"),
    [
        ("csto members --format json", 0),
        ("csto member-status Narnia", 1),
        ("csto members --bogus", 2),
        ("csto check member Uzbekistan --on 2022-01-06 --quiet", 1),
        ("csto check member Armenia --on 2010-06-01 --quiet", 0),
        ("csto members --format json --facts /nonexistent.toml", 1),
    ],
)
def test_the_real_process_exits_with_the_documented_codes(command: str, code: int) -> None:
    result = sh(command)
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.subprocess
def test_large_output_arrives_whole_through_a_pipe() -> None:
    """The process leaves with os._exit: everything written must have been flushed before."""
    result = sh("csto timeline --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'")
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == len(loader.load().events)


@pytest.mark.subprocess
@pytest.mark.parametrize(
    "command",
    [
        "csto --help",
        "csto members --help",
        "csto --version",
        "csto members",
        "csto validate",
        "csto chart",
        "csto diff 2000-01-01 2020-01-01",
    ],
)
def test_a_full_disk_is_one_clear_error_without_unbuffered_output(command: str) -> None:
    """Click writes help itself, outside csto's own output path; csto's own small outputs sit in
    Python's buffer until exit. Either way the failure is said once (no PYTHONUNBUFFERED here)."""
    result = sh(f"{command} > /dev/full")
    assert result.returncode == 1
    assert result.stderr == "csto: error: cannot write the output: No space left on device\n"


def test_a_failed_write_names_the_file_when_there_is_one() -> None:
    from csto_cli.cli.output import cannot_write

    error = PermissionError(13, "Permission denied", "/home/u/.bashrc")
    assert cannot_write(error) == "csto: error: /home/u/.bashrc: Permission denied"
