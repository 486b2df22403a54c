"""The standard streams as a command sees them: closed ones, a reader that left, a write that failed.

Every failure of stdout is said once: after the first one, what Python still holds in its buffer goes
to /dev/null, so the final flush at exit neither fails again nor repeats the error.
"""

from __future__ import annotations

import errno
import os
import re
import sys
from collections.abc import Iterator
from typing import BinaryIO

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


MAX_LINE = 64 * 1024  # bytes in one line of batch input (a name, a claim): more is not a line of text
_BOM = b"\xef\xbb\xbf"


class InputLine:
    """One line of batch input: its number and its text, or why it could not be read."""

    __slots__ = ("error", "number", "text")

    def __init__(self, number: int, text: str | None, error: str | None = None) -> None:
        self.number, self.text, self.error = number, text, error


def open_input(path: str) -> BinaryIO:
    """Standard input for '-', else the file; OSError says why it cannot be read."""
    if path != "-":
        return open(path, "rb")  # a FIFO waits for its writer, as `cat` does
    stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
    if stdin is None:
        raise OSError(errno.EBADF, "standard input is closed")
    return stdin


def input_lines(stream: BinaryIO) -> Iterator[InputLine]:
    """The lines of `stream`, read one at a time with bounded memory, as UTF-8 text (a leading BOM
    skipped). A line that is too long or not UTF-8 is reported and skipped; input that holds NUL bytes
    or starts as UTF-16 is not text, and reading stops there. Reading stops too when stdout's reader
    has gone: nobody will see more answers."""
    number = 0
    while not reader_gone:
        raw = stream.readline(MAX_LINE + 1)
        if not raw:
            return
        number += 1
        if number == 1:
            if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                yield InputLine(number, None, "the input is UTF-16; csto reads UTF-8 (iconv -f UTF-16 -t UTF-8)")
                return
            raw = raw.removeprefix(_BOM)
        if b"\0" in raw:
            yield InputLine(number, None, "holds a NUL byte: the input is not text; reading stops here")
            return
        if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line, a bounded piece at a time
                raw = stream.readline(MAX_LINE)
                if b"\0" in raw:
                    yield InputLine(number, None, "holds a NUL byte: the input is not text; reading stops here")
                    return
            yield InputLine(number, None, f"is longer than {MAX_LINE:,} bytes; a line holds one name or claim")
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield InputLine(number, None, f"is not UTF-8 text (byte {exc.start + 1} of the line)")
            continue
        yield InputLine(number, text)


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def encoded(text: str, encoding: str | None) -> bytes:
    """`text` as bytes for a stream: bytes that were not UTF-8 where they came from (an argument, a
    file name: Python keeps them as lone surrogates) are shown as \\xNN; a character the encoding
    lacks becomes '?'."""
    if _SURROGATE.search(text):
        text = _SURROGATE.sub(_escape_surrogate, text)
    return text.encode(encoding or "utf-8", "replace")


def _escape_surrogate(m: re.Match[str]) -> str:
    code = ord(m[0])
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """Text from outside (a path, an argument) as part of one line of talk: line breaks, tabs,
    controls, bidi controls and bytes that were not UTF-8 shown as escapes."""
    from ..render.view import inert

    text = inert(text.replace("\n", "\\n").replace("\t", "\\t"))
    return _SURROGATE.sub(_escape_surrogate, text) if _SURROGATE.search(text) else text
