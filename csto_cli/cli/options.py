"""Options and helpers shared by every command: defined once, resolved against the environment."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import inspect
import os
import sys
from collections.abc import Callable, Iterator
from typing import Annotated, Any, NoReturn

import typer

from .. import loader
from ..messages import t
from ..model import EVENT_KINDS, CstoError, FactBase, FactBaseError, NotFound, PartialDate, State
from ..render import Format
from ..render.view import RenderOptions, View


class Lang(str, enum.Enum):
    en = "en"
    ar = "ar"
    ru = "ru"


class StatusChoice(str, enum.Enum):
    member = "member"
    signatory = "signatory"
    observer = "observer"
    former = "former"
    suspended = "suspended"
    all = "all"


# --- completion: names come from the fact base the user points at ---------------------------
def _complete_base() -> FactBase | None:
    try:
        return loader.load(None)
    except CstoError:
        return None


def complete_country(incomplete: str) -> Iterator[str]:
    from ..queries.names import fold

    base = _complete_base()
    if base is None:
        return
    key = fold(incomplete)
    for s in base.states:
        for name in (s.code, s.name, s.name_ar, *s.aliases, *s.aliases_ar, *filter(None, (s.name_ru,)), *s.aliases_ru):
            if fold(name).startswith(key):
                yield name


def complete_property(incomplete: str) -> Iterator[str]:
    from ..queries.statements import properties

    base = _complete_base()
    yield from (p for p in properties(base) if p.startswith(incomplete)) if base else ()


def complete_kind(incomplete: str) -> Iterator[str]:
    yield from (k for k in EVENT_KINDS if k.startswith(incomplete))


# --- options, defined once ------------------------------------------------------------------
FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format. Default: table on a terminal, tsv in a pipe.",
        case_sensitive=False,
        show_default=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
FieldsOpt = Annotated[str | None, typer.Option("--fields", help="Comma-separated fields to show.", metavar="A,B")]
NoHeadersOpt = Annotated[bool, typer.Option("--no-headers", help="Drop the header row (csv, tsv, table).")]
NoColorOpt = Annotated[bool, typer.Option("--no-color", help="No colour or bold (also: NO_COLOR=1).")]
NoPagerOpt = Annotated[
    bool, typer.Option("--no-pager", help="Never page a long answer (pager: CSTO_PAGER, PAGER or less -FRX).")
]
BidiOpt = Annotated[
    bool,
    typer.Option(
        "--bidi",
        envvar="CSTO_BIDI",
        help="For terminals without RTL support: Arabic in visual order, --lang ar tables right to left.",
    ),
]
LangOpt = Annotated[
    Lang | None, typer.Option("--lang", help="Language of labels and names: en, ar or ru. Default: from LANG.")
]
FactsOpt = Annotated[
    str | None,
    typer.Option("--facts", envvar=loader.ENV_VAR, help="Read another fact base of the same schema.", metavar="PATH"),
]
OnOpt = Annotated[
    str | None,
    typer.Option(
        "--on",
        help="The day to answer for (YYYY-MM-DD), or a whole month or year (YYYY-MM, YYYY). Default: today.",
        metavar="DATE",
    ),
]
FromOpt = Annotated[
    str | None, typer.Option("--from", help="First day; a year or month starts on its first day.", metavar="DATE")
]
ToOpt = Annotated[
    str | None, typer.Option("--to", help="Last day; a year or month ends on its last day.", metavar="DATE")
]

CountryOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--country",
        "-c",
        help="Only these states: code or name in any language; repeatable or comma-separated.",
        autocompletion=complete_country,
        metavar="COUNTRY",
    ),
]


def resolve_states(base: FactBase, values: list[str] | None, lang: str) -> list[State]:
    """The states --country names; a name that holds a comma is tried whole first."""
    from ..queries.names import resolve_state

    found: dict[str, State] = {}
    for value in values or ():
        try:
            parts = [resolve_state(base, value)]
        except NotFound as exc:
            if "," not in value:
                not_found(exc, lang)
            parts = []
            for part in (p.strip() for p in value.split(",")):
                if part:
                    try:
                        parts.append(resolve_state(base, part))
                    except NotFound as exc:
                        not_found(exc, lang)
        found.update((s.code, s) for s in parts)
    return list(found.values())


def state_codes(base: FactBase, values: list[str] | None, lang: str) -> frozenset[str]:
    return frozenset(s.code for s in resolve_states(base, values, lang))


# The options every command that prints records shares, in the order help lists them.
SHARED_OPTIONS: tuple[tuple[str, Any, Any], ...] = (
    ("facts", FactsOpt, None),
    ("fmt", FormatOpt, None),
    ("json_", JsonOpt, False),
    ("fields", FieldsOpt, None),
    ("no_headers", NoHeadersOpt, False),
    ("no_color", NoColorOpt, False),
    ("bidi", BidiOpt, False),
    ("lang", LangOpt, None),
    ("no_pager", NoPagerOpt, False),
)


def output_options(command: Callable[..., None]) -> Callable[..., None]:
    """Give a command the shared options (sqlite-utils' @output_options): Typer sees them in the
    signature; the command receives them resolved, as one `out: Output` argument."""
    own = [p for p in inspect.signature(command, eval_str=True).parameters.values() if p.name != "out"]
    shared = [
        inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=d, annotation=a) for n, a, d in SHARED_OPTIONS
    ]

    @functools.wraps(command)
    def run(**kwargs: Any) -> None:
        out = Output(**{name: kwargs.pop(name) for name, _, _ in SHARED_OPTIONS})
        command(out=out, **kwargs)

    del run.__wrapped__  # Typer must read the signature below, not the command's own
    run.__signature__ = inspect.Signature([*own, *shared])  # type: ignore[attr-defined]
    run.__annotations__ = {p.name: p.annotation for p in (*own, *shared)}
    return run


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

        WARNINGS.clear()  # a fresh command (tests run many in one process)
        self.facts = facts
        self.pager = not no_pager
        self.explicit = json_ or fmt is not None
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
            fields=self.fields,
            color=color and not self.format.is_machine,
            width=_width() if self.format is Format.table else None,
            pretty=tty and self.format is Format.json,
            bidi=bidi and self.format is Format.table,
            rtl=bidi and self.format is Format.table and self.lang == "ar",
            terminal=tty,
        )

    def note_dropped(self, what: str, command: str) -> None:
        """CSV and TSV hold one table: when asked for by name, they say on stderr what they leave out
        and which command lists it (TSV by default in a pipe stays quiet: a script chose nothing)."""
        if self.explicit and self.format in (Format.csv, Format.tsv):
            WARNINGS.append(f"csto: note: {what} is not in {self.format.value} output; list it with: {command}")

    def load(self) -> FactBase:
        return load_base(self.facts)

    def emit(self, view: View) -> None:
        from ..render import render

        if self.fields:
            known = view.fields if self.format.is_machine else tuple(c.key for c in view.table_columns)
            if self.format in (Format.json, Format.jsonl) and isinstance(view.document, (dict, list)):
                first = view.document[0] if isinstance(view.document, list) and view.document else view.document
                known = tuple(first) if isinstance(first, dict) else known
            from ..render.view import SOURCE_FIELDS, has_sources

            known = (*known, *(f for f in SOURCE_FIELDS if f not in known)) if has_sources(view) else known
            bad = [f for f in self.fields if f not in known]
            if bad:
                usage(f"unknown field {bad[0]!r} for --fields; valid fields: {', '.join(known)}")
        from ..render.view import RendererUnavailable

        try:
            text = render(view, self.format, self.options)
        except RendererUnavailable as exc:
            fail(str(exc), 2)
        for warning in WARNINGS:
            say(warning)
        WARNINGS.clear()
        from .pager import page, wanted

        pager = wanted(text, self.pager)
        if pager is None or page(text, pager) < 0:
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
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (head, grep -q) has what it wanted: stop quietly, and keep Python from
        # complaining again when it flushes stdout at exit.
        drop_stdout()
        raise typer.Exit(0) from None
    except OSError as exc:
        say(cannot_write(exc))
        drop_stdout()
        raise typer.Exit(1) from None


def drop_stdout() -> None:
    """Send what is still buffered for stdout nowhere: after a failed write it would fail again,
    and be reported again, when the process flushes at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (CliRunner's capture): nothing is flushed at exit


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
    except OSError:
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


def the_day(base: FactBase, on: str | None, lang: str) -> dt.date:
    """The day an answer is for: --on's day, the last day of its year or month (or today, if the
    period holds today), or today. A day after today and after the record's as-of date cannot be
    known: it gets a warning (docs/reference.md, "Today and the record's age")."""
    now = today()
    period = parse_date(on, "--on")
    if period is None:
        return now
    day = period.end if period.end <= now else max(period.start, now)
    if day > now and day > base.meta.as_of:
        WARNINGS.append(t("warn.after_as_of", lang, on=day.isoformat(), as_of=base.meta.as_of.isoformat()))
    return day


# Warnings about an answer are said when the answer is written: a run that ends in an error says
# only the error, on one line.
WARNINGS: list[str] = []


# --- commands ---------------------------------------------------------------------------------
