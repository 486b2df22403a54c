"""A command's output: the shared options resolved against the environment, and every way csto
writes (stdout is data, stderr is talk, an error is one line and an exit code)."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import typer

from .. import loader
from ..messages import t
from ..model import CstoError, FactBase, FactBaseError, NotFound, PartialDate
from ..records import replace
from ..render import Format
from ..render.view import RenderOptions, View
from . import streams

T = TypeVar("T")

if TYPE_CHECKING:
    from .options import Lang
    from .streams import InputLine


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
        no_pager: bool = False,
    ) -> None:
        from ..messages import default_lang

        self.facts = facts
        self.pager = not no_pager
        self.explicit = json_ or fmt is not None
        # Warnings about an answer are said when the answer is written: a run that ends in an error
        # says only the error, on one line.
        self.warnings: list[str] = []
        tty = sys.stdout.isatty()
        self.format = Format.json if json_ else fmt or (Format.table if tty else Format.tsv)
        self.lang = lang.value if lang else default_lang()
        self.fields = tuple(f.strip() for f in fields.split(",") if f.strip()) if fields else None
        twice = [f for i, f in enumerate(self.fields or ()) if f in (self.fields or ())[:i]]
        if twice:  # JSON would keep one key and CSV two columns of the same name
            raise typer.BadParameter(f"{twice[0]!r} is named twice", param_hint="--fields")
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
            rtl=bidi and self.format is Format.table and self.lang == "ar",
            terminal=tty,
        )

    def load(self) -> FactBase:
        return load_base(self.facts)

    def day(self, base: FactBase, on: str | None) -> dt.date:
        """The day an answer is for: --on's day, the last day of its year or month (or today, if the
        period holds today), or today. A day after today and after the record's as-of date cannot be
        known: it gets a warning (docs/reference.md, "Today and the record's age")."""
        now = today()
        period = parse_date(on, "--on")
        if period is None:
            return now
        day = period.end if period.end <= now else max(period.start, now)
        if day > now and day > base.meta.as_of:
            as_of = base.meta.as_of.isoformat()
            self.warn(t("warn.after_as_of", self.lang, on=day.isoformat(), as_of=as_of))
        return day

    def note_dropped(self, what: str, command: str) -> None:
        """CSV and TSV hold one table: when asked for by name, they say on stderr what they leave out
        and which command lists it (TSV by default in a pipe stays quiet: a script chose nothing, and
        so does --fields: the user named the columns wanted)."""
        if self.explicit and not self.fields and self.format in (Format.csv, Format.tsv):
            self.warn(f"csto: note: {what} is not in {self.format.value} output; list it with: {command}")

    def warn(self, message: str) -> None:
        """A warning about the answer, said when the answer is written."""
        self.warnings.append(message)

    def emit(self, view: View) -> None:
        from ..render import render

        text = self._render(render, self._picked(view), self.options)
        self._say_warnings()
        from .pager import page, wanted

        pager = wanted(text, self.pager)
        if pager is None or page(text, pager) < 0:
            write(text, self.format.is_machine)

    def emit_each(
        self, rows: Iterable[T], view_of: Callable[[list[T]], View], record_of: Callable[[T], dict[str, Any]]
    ) -> None:
        """Answers to a stream of input (batch commands). In jsonl, tsv, csv and json each answer is
        written and flushed as soon as it is known, so memory stays flat however long the input; a
        table or Markdown needs every row before it can be drawn. `record_of(row)` is the row's record
        in `view_of([row])`, made without the view's titles and columns (the cost of a long batch)."""
        from ..render import renderer

        if not self.format.is_machine:
            self.emit(view_of(list(rows)))
            return
        render_one = renderer(self.format)
        template = view_of([])
        json_array = self.format is Format.json
        rest = replace(self.options, headers=False)
        count = 0
        for row in rows:
            record = record_of(row)
            view = self._picked(View(template.fields, [record], [record]))
            if count == 0:
                self._say_warnings()
            if json_array:
                from ..render.json_format import json_items

                (item,) = json_items(view, self.options)
                write(("[" if count == 0 else ",") + ("\n" if self.options.pretty else "") + item, True)
            else:
                write(render_one(view, rest if count else self.options), True)
            count += 1
        if count == 0:
            self.emit(template)
        elif json_array:
            write("\n]\n" if self.options.pretty else "]\n", True)

    def _picked(self, view: View) -> View:
        """The view narrowed by --fields, here and once: the formats only format."""
        from ..render.view import UnknownField

        if not self.fields:
            return view
        try:
            return view.pick(self.fields, self.format.face)
        except UnknownField as exc:
            usage(str(exc))

    def _render(self, render: Callable[..., str], view: View, options: RenderOptions) -> str:
        from ..render.view import RendererUnavailable

        try:
            return render(view, self.format, options)
        except RendererUnavailable as exc:
            fail(str(exc), 2)

    def _say_warnings(self) -> None:
        for warning in self.warnings:
            say(warning)
        self.warnings.clear()


def _width() -> int:
    columns = os.environ.get("COLUMNS")
    if columns and columns.isdigit():
        return max(int(columns), 20)
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns
    except (OSError, ValueError):
        return 100


def write(text: str, machine: bool = False) -> None:
    """Write to stdout and flush. Machine formats are UTF-8 bytes whatever the locale; text for a
    person is encoded for the terminal, a character it cannot show becoming '?'. Bytes that were
    not UTF-8 in an argument (kept by Python as surrogates) are shown as \\xNN in both."""
    if streams.reader_gone:
        return
    try:
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:  # a text-only stream (a test's StringIO, a closed stdout)
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            sys.stdout.flush()  # anything Click wrote through the text layer goes first
            buffer.write(streams.encoded(text, "utf-8" if machine else sys.stdout.encoding))
            buffer.flush()
    except BrokenPipeError:
        # The reader (head, grep -q, `| true`) has what it wanted: stop writing quietly and keep the
        # exit code the answers give (for `check`, the verdict).
        streams.stop_writing()
    except OSError as exc:
        streams.discard_stdout()  # said once here, not again when Python flushes stdout at exit
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
    """One line of talk on stderr (whatever text from outside it quotes)."""
    try:
        sys.stderr.write(streams.one_line(line) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def fail(message: str, code: int = 1) -> NoReturn:
    say(f"csto: error: {message}")
    raise typer.Exit(code)


def usage(message: str) -> NoReturn:
    raise typer.BadParameter(message)


def batch_lines(path: str, usage: bool) -> Iterator[InputLine]:
    """The lines of a batch ('-': stdin), each bounded; a source that cannot be opened is one error
    (a usage error, exit 2, where `usage`; else exit 1)."""
    from .streams import input_lines, open_input

    try:
        stream = open_input(path)
    except OSError as exc:
        name = "standard input" if path == "-" else shown(path)
        reason = exc.strerror or str(exc)
        if usage:
            raise typer.BadParameter(f"cannot read {name}: {reason}", param_hint="--file") from None
        fail(f"cannot read {name}: {reason}")
    try:
        yield from input_lines(stream)
    except OSError as exc:
        fail(f"cannot read {'standard input' if path == '-' else shown(path)}: {exc.strerror or exc}", 1)
    finally:
        if path != "-":
            stream.close()


def shown(text: str) -> str:
    """Text from outside (a path, an argument) as one line of talk: controls and line breaks escaped."""
    return streams.one_line(text)


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
        if len(exc.problems) == 1:  # a base that cannot be read at all: one line says it
            fail(str(exc.problems[0]), 1)
        for problem in exc.problems:
            say(f"csto: {problem}")
        fail(f"the fact base has {len(exc.problems)} problem(s)", 1)


def parse_date(text: str | None, option: str) -> PartialDate | None:
    """A date as the user may write it: YYYY, YYYY-MM or YYYY-MM-DD (a year, a month or a day)."""
    if text is None:
        return None
    try:
        return PartialDate.parse(text.strip())
    except CstoError as exc:
        raise typer.BadParameter(str(exc), param_hint=option) from None


def parse_day(text: str | None, option: str, end: bool = False) -> dt.date | None:
    """The first day of the period a date names (`--from 2022-01`), or with `end` its last (`--to 2022-01`)."""
    period = parse_date(text, option)
    if period is None:
        return None
    return period.end if end else period.start


def today() -> dt.date:
    from ..clock import ENV_VAR
    from ..clock import today as clock_today

    try:
        return clock_today()
    except CstoError as exc:
        raise typer.BadParameter(str(exc), param_hint=ENV_VAR) from None


def the_period(on: str | None) -> PartialDate | None:
    """The year or month --on names, if it names one (a day is not a period)."""
    period = parse_date(on, "--on")
    return period if period is not None and period.precision != "day" else None
