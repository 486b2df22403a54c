"""The standard streams as a command sees them: closed ones, a reader that left, a write that failed.

Every failure of stdout is said once: after the first one, what Python still holds in its buffer goes
to /dev/null, so the final flush at exit neither fails again nor repeats the error.
"""

from __future__ import annotations

import errno
import os
import sys

# True once the reader of stdout has gone (head, grep -q, `| true`): commands that answer a stream
# of input stop reading it, and every command keeps the exit code its answers had.
reader_gone = False


def discard_stdout() -> None:
    """Send whatever stdout still buffers, and anything written later, to /dev/null."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # no real file (tests' CliRunner, a closed stream)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


def stop_writing() -> None:
    """The reader has gone: write nothing more, quietly."""
    global reader_gone
    reader_gone = True
    discard_stdout()


class ClosedStream:
    """Stands in for a standard stream the process was started without (`>&-`, `<&-`): reading or
    writing it fails as a closed file descriptor does, with OSError, which commands report."""

    encoding = "utf-8"
    errors = "strict"

    def __init__(self, name: str) -> None:
        self.name = name

    def _closed(self, *_: object) -> str:
        raise OSError(errno.EBADF, f"{self.name} is closed")

    write = read = readline = _closed

    def __iter__(self) -> ClosedStream:
        return self

    def __next__(self) -> str:
        return self._closed()

    def fileno(self) -> int:
        raise OSError(errno.EBADF, f"{self.name} is closed")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


class _Discard:
    encoding = "utf-8"

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def guard_closed_streams() -> None:
    """A process started with a standard stream closed gets None for it from Python. Its file
    descriptor is kept busy with /dev/null (so no file csto opens lands on it); stderr then discards
    what is said, and stdout and stdin fail with one clear error when a command uses them."""
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is not None:
            continue
        try:
            os.fstat(fd)
        except OSError:
            opened = os.open(os.devnull, os.O_RDWR)
            if opened != fd:
                os.dup2(opened, fd)
                os.close(opened)
        setattr(sys, name, _Discard() if name == "stderr" else ClosedStream(f"standard {name[3:]}put"))
