"""A command's output: the shared options resolved against the environment, and every way csto
writes (stdout is data, stderr is talk, an error is one line and an exit code)."""

from __future__ import annotations

import datetime as dt
import os
import sys
from typing import TYPE_CHECKING, NoReturn

import typer

from .. import loader
from ..messages import t
from ..model import CstoError, FactBase, FactBaseError, NotFound, PartialDate
from ..render import Format
from ..render.view import RenderOptions, View

if TYPE_CHECKING:
    from .options import Lang


class Output:
    """The shared output options of a command, resolved against the environment."""

    def __init__(
        self,
        facts: str | None = None,
        fmt: Format | None = None,
        json_: bool = False,
        fields: str | None = None,
        no_headers: bool = False,
        no_color: bool = False,
        bidi: bool = False,
        lang: Lang | None = None,
    ) -> None:
        from ..messages import default_lang

        self.facts = facts
        # Warnings about an answer are said when the answer is written: a run that ends in an error
        # says only the error, on one line.
        self.warnings: list[str] = []
        tty = sys.stdout.isatty()
        self.format = Format.json if json_ else fmt or (Format.table if tty else Format.tsv)
        self.lang = lang.value if lang else default_lang()
        self.fields = tuple(f.strip() for f in fields.split(",") if f.strip()) if fields else None
        env = os.environ
        color = tty and not no_color and "NO_COLOR" not in env and env.get("TERM") != "dumb"
        if env.get("FORCE_COLOR") and not no_color and "NO_COLOR" not in env:
            color = True
        self.options = RenderOptions(
            headers=not no_headers,
            color=color and not self.format.is_machine,
            width=_width() if self.format is Format.table else None,
            pretty=tty and self.format is Format.json,
            bidi=bidi and self.format is Format.table,
            terminal=tty,
        )

    def load(self) -> FactBase:
        return load_base(self.facts)

    def day(self, base: FactBase, on: str | None) -> dt.date:
        """The --on day, or today; an explicit day after the record's as-of date gets a warning."""
        day = parse_day(on, "--on")
        if day is None:
            return dt.date.today()
        if day > base.meta.as_of:
            as_of = base.meta.as_of.isoformat()
            self.warn(t("warn.after_as_of", self.lang, on=day.isoformat(), as_of=as_of))
        return day

    def warn(self, message: str) -> None:
        """A warning about the answer, said when the answer is written."""
        self.warnings.append(message)

    def emit(self, view: View) -> None:
        from ..render import render
        from ..render.view import RendererUnavailable, UnknownField

        if self.fields:  # --fields narrows the view here, once: the formats only format
            try:
                view = view.pick(self.fields, self.format.face)
            except UnknownField as exc:
                usage(str(exc))

        try:
            text = render(view, self.format, self.options)
        except RendererUnavailable as exc:
            fail(str(exc), 2)
        for warning in self.warnings:
            say(warning)
        self.warnings.clear()
        write(text)


def _width() -> int:
    columns = os.environ.get("COLUMNS")
    if columns and columns.isdigit():
        return max(int(columns), 20)
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns
    except (OSError, ValueError):
        return 100


def write(text: str) -> None:
    from .streams import discard_stdout, reader_gone, stop_writing

    if reader_gone:
        return
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (head, grep -q, `| true`) has what it wanted: stop writing quietly and keep the
        # exit code the answers give (for `check`, the verdict).
        stop_writing()
    except OSError as exc:
        discard_stdout()  # said once here, not again when Python flushes stdout at exit
        say(cannot_write(exc))
        raise typer.Exit(1) from None


def cannot_write(exc: Exception) -> str:
    """The one line said when a write fails: stdout refusing it (a full disk, a closed terminal) or,
    when the error names one, a file (Typer's --install-completion writes the shell's start-up file)."""
    reason = getattr(exc, "strerror", None) or exc
    filename = getattr(exc, "filename", None)
    if filename is not None:
        return f"csto: error: {filename}: {reason}"
    return f"csto: error: cannot write the output: {reason}"


def say(line: str) -> None:
    """One line of talk on stderr."""
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def fail(message: str, code: int = 1) -> NoReturn:
    say(f"csto: error: {message}")
    raise typer.Exit(code)


def usage(message: str) -> NoReturn:
    raise typer.BadParameter(message)


def not_found_message(exc: NotFound, lang: str) -> str:
    """`unknown country 'X'; did you mean: …?`, in the user's language."""
    message = t("err.unknown", lang, what=exc.what, query=exc.query)
    if exc.suggestions:
        message += "; " + t("err.did_you_mean", lang, names=", ".join(exc.suggestions))
    return message


def not_found(exc: NotFound, lang: str, code: int = 1) -> NoReturn:
    fail(not_found_message(exc, lang), code)


def load_base(facts: str | None) -> FactBase:
    try:
        return loader.load(facts)
    except FactBaseError as exc:
        for problem in exc.problems:
            say(f"csto: {problem}")
        fail(f"the fact base has {len(exc.problems)} problem(s)", 1)


def parse_day(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    try:
        day = PartialDate.parse(text.strip())
    except CstoError as exc:
        raise typer.BadParameter(str(exc), param_hint=option) from None
    if day.precision != "day":
        raise typer.BadParameter(f"{text!r} must be a full date, YYYY-MM-DD", param_hint=option)
    return day.start
