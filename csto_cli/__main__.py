"""Where the `csto` process starts: the console script and `python -m csto_cli` both run `main`."""

from __future__ import annotations

import contextlib
import gc
import os
import sys


def main() -> None:
    # A run lasts milliseconds and leaves little garbage, so two costs of a normal Python exit buy it
    # nothing (README, "Start-up time"): the cyclic collector, which runs dozens of times while Typer and
    # the fact base load (~4 ms), and the teardown of every module at exit (~12 ms). The collector is
    # off before Typer is imported, and the process leaves with os._exit once its output is flushed.
    # Library use (`from csto_cli.cli import run`) and the tests keep Python's normal behaviour.
    gc.disable()
    from .cli import run

    code = run()
    os._exit(flushed(code))


def flushed(code: int) -> int:
    """Flush what is still buffered, as a normal exit would; a failed write is an error (exit 1)."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        pass  # the reader (head, grep -q) stopped early: what it read is all it wanted
    except (OSError, ValueError) as exc:
        from .cli.options import cannot_write

        sys.stderr.write(cannot_write(exc) + "\n")
        code = code or 1
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    return code


if __name__ == "__main__":
    main()
