"""Where the `csto` process starts: the console script and `python -m csto_cli` both run `main`."""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys


def main() -> None:
    # Ctrl-C at any moment, even while Typer is still being imported, ends the run with one line and
    # the shell's code for an interrupt (128 + SIGINT), never a traceback.
    signal.signal(signal.SIGINT, _interrupted)
    # A run lasts milliseconds and leaves little garbage, so two costs of a normal Python exit buy it
    # nothing (README, "Start-up time"): the cyclic collector, which runs dozens of times while Typer and
    # the fact base load (~4 ms), and the teardown of every module at exit (~12 ms). The collector is
    # off before Typer is imported, and the process leaves with os._exit once its output is flushed.
    # Library use (`from csto_cli.cli import run`) and the tests keep Python's normal behaviour.
    gc.disable()
    from .cli.streams import guard_closed_streams

    guard_closed_streams()
    from .cli import run

    code = run()
    os._exit(flushed(code))


def _interrupted(signum: int, frame: object) -> None:
    with contextlib.suppress(OSError):
        os.write(2, b"csto: interrupted\n")
    os._exit(128 + signum)


def flushed(code: int) -> int:
    """Flush what is still buffered, as a normal exit would; a failed write is an error (exit 1)."""
    from .cli.streams import discard_stdout

    try:
        sys.stdout.flush()
    except BrokenPipeError:
        discard_stdout()  # the reader (head, grep -q) stopped early: what it read is all it wanted
    except (OSError, ValueError) as exc:
        from .cli.output import cannot_write, say

        discard_stdout()
        say(cannot_write(exc))
        code = code or 1
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    return code


if __name__ == "__main__":
    main()
