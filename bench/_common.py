"""Helpers shared by the benchmark scripts: find csto and its interpreter, run and time processes, summarise."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path


def find_csto(explicit: str | None) -> Path:
    """--csto PATH, else the csto next to this interpreter, else the first on PATH."""
    if explicit:
        path = Path(explicit)
    else:
        beside = Path(sys.executable).parent / "csto"
        found = shutil.which("csto")
        path = beside if beside.exists() else Path(found) if found else beside
    if not path.is_file():
        sys.exit(f"bench: no csto at {path}; install csto into this venv or pass --csto PATH")
    return path.absolute()


def interpreter_of(csto: Path) -> Path:
    """The Python that runs `csto`: its shebang, else the python beside it, else this one."""
    try:
        with csto.open("rb") as handle:
            first = handle.readline().decode("utf-8", "replace").strip()
    except OSError:
        first = ""
    if first.startswith("#!"):
        words = first[2:].split()
        if words and "python" in Path(words[0]).name and Path(words[0]).is_file():
            return Path(words[0])
    beside = csto.parent / "python"
    return beside if beside.is_file() else Path(sys.executable)


def child_env(**extra: str) -> dict[str, str]:
    """This environment without PYTHONDONTWRITEBYTECODE (children should use and write .pyc files), plus `extra`."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


def timed_run(
    argv: list[str], env: dict[str, str], stdin: Path | None = None, timeout: float | None = None
) -> tuple[float, int]:
    """Run one process with output discarded; (wall time in ms, exit code). Raises TimeoutExpired.

    The timeout is a watchdog thread, not Popen.wait(timeout=...), which polls and so rounds times up.
    """
    fired = threading.Event()
    with open(stdin or os.devnull, "rb") as feed:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=feed, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)

        def kill() -> None:
            fired.set()
            proc.kill()

        watchdog = threading.Timer(timeout or 0, kill)
        if timeout:
            watchdog.start()
        code = proc.wait()
        elapsed = time.perf_counter() - start
        watchdog.cancel()
    if fired.is_set():
        raise subprocess.TimeoutExpired(argv, timeout or 0)
    return elapsed * 1000.0, code


def captured_run(
    argv: list[str], env: dict[str, str], stdin: Path | None = None, timeout: float | None = None
) -> subprocess.CompletedProcess[str]:
    """Run one process and keep its output (for checks and samples). Raises TimeoutExpired."""
    with open(stdin or os.devnull, "rb") as feed:
        return subprocess.run(
            argv, stdin=feed, capture_output=True, env=env, text=True, errors="replace", timeout=timeout
        )


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def p90(samples: list[float]) -> float:
    if len(samples) < 2:
        return samples[0]
    return statistics.quantiles(samples, n=10, method="inclusive")[-1]


def first_line(text: str, width: int = 160) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:width]
    return ""
