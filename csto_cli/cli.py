"""The csto command line: options defined once, errors mapped to exit codes. The only Typer module."""

from __future__ import annotations

import datetime as dt
import enum
import os
import sys
from collections.abc import Iterator
from typing import Annotated, NoReturn

import typer

from . import loader
from .messages import t
from .model import EVENT_KINDS, CstoError, FactBase, FactBaseError, NotFound, PartialDate
from .render import Format
from .render.view import RenderOptions, View

EXIT_CODES = """\b
Exit codes:
  0  success (an empty result is still a success)
  1  a lookup found nothing (unknown country, property or event) or the fact base is broken
  2  usage error (bad option, bad date)"""

app = typer.Typer(
    name="csto",
    help="Facts about the Collective Security Treaty Organization (CSTO), with dates and sources.\n\n"
    + EXIT_CODES,
    rich_markup_mode=None,  # plain help: Typer's rich help costs ~75 ms of imports
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


class Lang(str, enum.Enum):
    en = "en"
    ar = "ar"


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
    from .queries.names import fold

    base = _complete_base()
    if base is None:
        return
    key = fold(incomplete)
    for s in base.states:
        for name in (s.code, s.name, s.name_ar, *s.aliases, *s.aliases_ar):
            if fold(name).startswith(key):
                yield name


def complete_property(incomplete: str) -> Iterator[str]:
    from .queries.statements import properties

    base = _complete_base()
    yield from (p for p in properties(base) if p.startswith(incomplete)) if base else ()


def complete_kind(incomplete: str) -> Iterator[str]:
    yield from (k for k in EVENT_KINDS if k.startswith(incomplete))


# --- options, defined once ------------------------------------------------------------------
FormatOpt = Annotated[
    Format | None,
    typer.Option("--format", "-f", help="Output format. Default: table on a terminal, tsv in a pipe.",
                 case_sensitive=False, show_default=False),
]  # fmt: skip
JsonOpt = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
FieldsOpt = Annotated[str | None, typer.Option("--fields", help="Comma-separated fields to show.", metavar="A,B")]
NoHeadersOpt = Annotated[bool, typer.Option("--no-headers", help="Drop the header row (csv, tsv, table).")]
NoColorOpt = Annotated[bool, typer.Option("--no-color", help="No colour or bold (also: NO_COLOR=1).")]
BidiOpt = Annotated[
    bool, typer.Option("--bidi", envvar="CSTO_BIDI", help="Reorder Arabic table lines for terminals without RTL support.")
]
LangOpt = Annotated[
    Lang | None, typer.Option("--lang", help="Language of labels and names: en or ar. Default: from LANG.")
]
FactsOpt = Annotated[
    str | None,
    typer.Option("--facts", envvar=loader.ENV_VAR, help="Read another fact base of the same schema.", metavar="PATH"),
]
OnOpt = Annotated[str | None, typer.Option("--on", help="The day to answer for. Default: today.", metavar="YYYY-MM-DD")]


class Output:
    """The shared output options of a command, resolved against the environment."""

    def __init__(self, fmt: Format | None, json_: bool, fields: str | None, no_headers: bool, no_color: bool,
                 bidi: bool, lang: Lang | None) -> None:  # fmt: skip
        from .messages import default_lang

        tty = sys.stdout.isatty()
        self.format = Format.json if json_ else fmt or (Format.table if tty else Format.tsv)
        self.lang = lang.value if lang else default_lang()
        self.fields = tuple(f.strip() for f in fields.split(",") if f.strip()) if fields else None
        env = os.environ
        color = tty and not no_color and "NO_COLOR" not in env and env.get("TERM") != "dumb"
        if env.get("FORCE_COLOR") and not no_color and "NO_COLOR" not in env:
            color = True
        self.options = RenderOptions(
            headers=not no_headers, fields=self.fields, color=color and not self.format.is_machine,
            width=_width() if self.format is Format.table else None, pretty=tty and self.format is Format.json,
            bidi=bidi and self.format is Format.table,
        )  # fmt: skip

    def emit(self, view: View) -> None:
        from .render import render

        if self.fields:
            known = view.fields if self.format.is_machine else tuple(c.key for c in view.table_columns)
            if self.format in (Format.json, Format.jsonl) and isinstance(view.document, (dict, list)):
                first = view.document[0] if isinstance(view.document, list) and view.document else view.document
                known = tuple(first) if isinstance(first, dict) else known
            bad = [f for f in self.fields if f not in known]
            if bad:
                usage(f"unknown field {bad[0]!r} for --fields; valid fields: {', '.join(known)}")
        write(render(view, self.format, self.options))


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
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0) from None
    except OSError as exc:
        say(f"csto: error: cannot write the output: {exc.strerror or exc}")
        raise typer.Exit(1) from None


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


def not_found(exc: NotFound, lang: str, code: int = 1) -> NoReturn:
    message = t("err.unknown", lang, what=exc.what, query=exc.query)
    if exc.suggestions:
        message += "; " + t("err.did_you_mean", lang, names=", ".join(exc.suggestions))
    fail(message, code)


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


def the_day(base: FactBase, on: str | None, lang: str) -> dt.date:
    """The --on day, or today; an explicit day after the record's as-of date gets a warning."""
    day = parse_day(on, "--on")
    if day is None:
        return dt.date.today()
    if day > base.meta.as_of:
        say(t("warn.after_as_of", lang, on=day.isoformat(), as_of=base.meta.as_of.isoformat()))
    return day


# --- commands ---------------------------------------------------------------------------------
@app.command()
def members(
    on: OnOpt = None,
    status: Annotated[StatusChoice, typer.Option("--status", "-s", help="Which status to list.")] = StatusChoice.member,
    facts: FactsOpt = None, fmt: FormatOpt = None, json_: JsonOpt = False, fields: FieldsOpt = None,
    no_headers: NoHeadersOpt = False, no_color: NoColorOpt = False, bidi: BidiOpt = False, lang: LangOpt = None,
) -> None:  # fmt: skip
    """List the states with a status (default: members) on a day (default: today).

    \b
    Examples:
      csto members
      csto members --on 2010-06-01 --format json | jq -r '.[].code'
      csto members --status all --lang ar
    """
    from .queries.membership import members_on
    from .render.views import members_view

    out = Output(fmt, json_, fields, no_headers, no_color, bidi, lang)
    base = load_base(facts)
    day = the_day(base, on, out.lang)
    out.emit(members_view(base, members_on(base, day, status.value), day, status.value, out.lang))


@app.command("member-status")
def member_status(
    country: Annotated[str, typer.Argument(help="ISO code, English or Arabic name; '-' reads names from stdin.",
                                           autocompletion=complete_country, show_default=False)],
    on: OnOpt = None,
    facts: FactsOpt = None, fmt: FormatOpt = None, json_: JsonOpt = False, fields: FieldsOpt = None,
    no_headers: NoHeadersOpt = False, no_color: NoColorOpt = False, bidi: BidiOpt = False, lang: LangOpt = None,
) -> None:  # fmt: skip
    """Show one state's status on a day and its whole history, with sources.

    \b
    Examples:
      csto member-status Uzbekistan --on 2008-06-01
      csto member-status قرغيزستان --format json
      printf 'Armenia\\nKZ\\n' | csto member-status - --format jsonl
    """
    from .queries.membership import history, status_on
    from .queries.names import resolve_state
    from .render.views import member_status_view, members_view

    out = Output(fmt, json_, fields, no_headers, no_color, bidi, lang)
    base = load_base(facts)
    day = the_day(base, on, out.lang)
    if country != "-":
        try:
            state = resolve_state(base, country)
        except NotFound as exc:
            not_found(exc, out.lang)
        out.emit(member_status_view(base, status_on(base, state, day), history(base, state), out.lang))
        return
    rows, failed = [], 0
    for n, line in enumerate(sys.stdin, 1):
        name = line.strip()
        if not name:
            continue
        try:
            rows.append(status_on(base, resolve_state(base, name), day))
        except NotFound as exc:
            failed += 1
            hint = f"; did you mean: {', '.join(exc.suggestions)}?" if exc.suggestions else ""
            say(f"csto: line {n}: unknown country {name!r}{hint}")
    view = members_view(base, rows, day, "all", out.lang)
    fields_ = ("code", "name", "name_ar", "on", "status", "participation", "since", "note")
    out.emit(View(fields_, view.records, view.records, view.title, view.table_columns, view.cells, view.footer))
    if failed:
        raise typer.Exit(1)


@app.command()
def timeline(
    from_: Annotated[str | None, typer.Option("--from", help="First day.", metavar="YYYY-MM-DD")] = None,
    to: Annotated[str | None, typer.Option("--to", help="Last day.", metavar="YYYY-MM-DD")] = None,
    country: Annotated[list[str] | None, typer.Option("--country", "-c", help="Only events naming this state (repeatable).",
                                                      autocompletion=complete_country)] = None,
    kind: Annotated[list[str] | None, typer.Option("--kind", "-k", help="Only events of this kind (repeatable).",
                                                   autocompletion=complete_kind)] = None,
    search: Annotated[str | None, typer.Option("--search", help="Text in the English or Arabic title.")] = None,
    facts: FactsOpt = None, fmt: FormatOpt = None, json_: JsonOpt = False, fields: FieldsOpt = None,
    no_headers: NoHeadersOpt = False, no_color: NoColorOpt = False, bidi: BidiOpt = False, lang: LangOpt = None,
) -> None:  # fmt: skip
    """List events in date order, filtered by period, state, kind or text.

    \b
    Examples:
      csto timeline --country KAZ --from 2022-01-01
      csto timeline --kind withdrawal --format csv
      csto timeline --search معاهدة
    """
    from .queries.names import resolve_state
    from .queries.timeline import timeline as events
    from .render.views import timeline_view

    out = Output(fmt, json_, fields, no_headers, no_color, bidi, lang)
    start, end = parse_day(from_, "--from"), parse_day(to, "--to")
    if start and end and end < start:
        usage(f"--to {end} is before --from {start}")
    for k in kind or ():
        if k not in EVENT_KINDS:
            import difflib

            close = difflib.get_close_matches(k, EVENT_KINDS, n=3)
            hint = f"; did you mean: {', '.join(close)}?" if close else f"; kinds: {', '.join(EVENT_KINDS)}"
            raise typer.BadParameter(f"unknown event kind {k!r}{hint}", param_hint="--kind")
    base = load_base(facts)
    try:
        codes = frozenset(resolve_state(base, c).code for c in country or ())
    except NotFound as exc:
        not_found(exc, out.lang)
    found = events(base, start, end, codes, frozenset(kind or ()), search)
    out.emit(timeline_view(base, found, out.lang))


@app.command()
def fact(
    prop: Annotated[str | None, typer.Argument(metavar="[PROPERTY]", help="e.g. secretary-general, headquarters.",
                                               autocompletion=complete_property, show_default=False)] = None,
    on: OnOpt = None,
    all_: Annotated[bool, typer.Option("--all", "-a", help="Every value, with deprecated and disputed ones.")] = False,
    facts: FactsOpt = None, fmt: FormatOpt = None, json_: JsonOpt = False, fields: FieldsOpt = None,
    no_headers: NoHeadersOpt = False, no_color: NoColorOpt = False, bidi: BidiOpt = False, lang: LangOpt = None,
) -> None:  # fmt: skip
    """Show the organization's facts: the best-ranked value on a day, or every value with --all.

    \b
    Examples:
      csto fact secretary-general --on 2021-06-01
      csto fact secretary-general --all
      csto fact --format json
    """
    from .queries import statements as q
    from .render.views import statements_view

    out = Output(fmt, json_, fields, no_headers, no_color, bidi, lang)
    base = load_base(facts)
    day = the_day(base, on, out.lang)
    try:
        if prop is None:
            found = [s for s in q.overview(base, day) if s.property != "members"] if not all_ else list(
                sorted(base.statements, key=lambda s: s.property))  # fmt: skip
            title = t("title.facts", out.lang, on=day.isoformat())
        elif all_:
            found = q.all_values(base, prop)
            title = t("title.fact_all", out.lang, property=prop)
        else:
            found = q.best_on(base, prop, day)
            title = t("title.fact", out.lang, property=prop, on=day.isoformat())
    except NotFound as exc:
        not_found(exc, out.lang)
    view = statements_view(base, found, title, out.lang, single=prop is not None and not all_)
    if prop is not None and not all_ and not found:
        say(f"csto: no value of {prop} is recorded for {day.isoformat()}")
        view = View(view.fields, [], None, view.title, view.table_columns, [], view.footer)
    out.emit(view)


@app.command()
def validate(
    path: Annotated[str | None, typer.Argument(help="Fact base to check. Default: --facts, CSTO_FACTS or the bundled one.",
                                               show_default=False)] = None,
    facts: FactsOpt = None,
) -> None:  # fmt: skip
    """Check a fact base: schema, dates, references, sources. Exits 0 if it is sound, 1 if not.

    \b
    Examples:
      csto validate
      csto validate my-facts.toml
    """
    target = path or facts
    base = load_base(target)
    counts = (f"{len(base.sources)} sources, {len(base.states)} states, {len(base.events)} events, "
              f"{len(base.statements)} statements")  # fmt: skip
    write(f"{base.origin}: OK: {counts}; as of {base.meta.as_of.isoformat()}\n")


@app.command(context_settings={"ignore_unknown_options": False})
def check(
    claim: Annotated[list[str] | None, typer.Argument(metavar="CLAIM...", show_default=False,
                     help="member|observer|former|suspended COUNTRY · date EVENT-ID DATE · fact PROPERTY VALUE")] = None,
    on: OnOpt = None,
    file: Annotated[str | None, typer.Option("--file", help="Check one claim per line ('-': stdin).", metavar="PATH")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing; only the exit code tells.")] = False,
    facts: FactsOpt = None, fmt: FormatOpt = None, json_: JsonOpt = False, fields: FieldsOpt = None,
    no_headers: NoHeadersOpt = False, no_color: NoColorOpt = False, bidi: BidiOpt = False, lang: LangOpt = None,
) -> None:  # fmt: skip
    """Check a claim against the record: a verdict, the evidence and the sources on both sides.

    Exit codes, as grep -q and test: 0 true, 1 false, 2 usage or lookup error, 3 disputed or unknown.
    With --file, one claim per line (same words as on the command line, '# comments' allowed);
    the exit code is 2 if any line could not be read, else 1 if any claim is false, else 3 if any is
    disputed or unknown, else 0.

    \b
    Examples:
      csto check member Uzbekistan --on 2022-01-06
      csto check date treaty-signed 1992-05-17
      csto check fact headquarters Moscow
      printf 'member Armenia --on 2010-01-01\\nfact secretary-general Zas --on 2021-06-01\\n' | csto check --file -
    """
    from .queries.checks import ClaimError, parse_claim_line, run_claim
    from .render.views import checks_view

    out = Output(fmt, json_, fields, no_headers, no_color, bidi, lang)
    if bool(claim) == bool(file):
        usage("give one claim, or --file with one claim per line")
    base = load_base(facts)
    day = the_day(base, on, out.lang)
    if claim:
        try:
            result = run_claim(base, claim[0], claim[1:], day)
        except ClaimError as exc:
            usage(str(exc))
        except NotFound as exc:
            not_found(exc, out.lang, code=2)
        if not quiet:
            out.emit(checks_view(base, [result], out.lang, single=True))
        raise typer.Exit(result.exit_code)
    results, worst = [], 0
    lines = sys.stdin if file == "-" else _read_lines(file or "")
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            kind, args, claim_on = parse_claim_line(line)
            result = run_claim(base, kind, args, parse_day(claim_on, "--on") or day)
        except (ClaimError, typer.BadParameter) as exc:
            say(f"csto: line {n}: {exc}")
            worst = 2
            continue
        except NotFound as exc:
            hint = f"; did you mean: {', '.join(exc.suggestions)}?" if exc.suggestions else ""
            say(f"csto: line {n}: {exc}{hint}")
            worst = 2
            continue
        results.append(result)
        if worst != 2 and result.exit_code and (worst in (0, 3)):
            worst = 1 if result.exit_code == 1 else 3
    if not quiet:
        out.emit(checks_view(base, results, out.lang, single=False))
    raise typer.Exit(worst)


def _read_lines(path: str) -> list[str]:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.readlines()
    except (OSError, UnicodeDecodeError) as exc:
        usage(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}")


@app.command()
def audit(
    source: Annotated[str, typer.Argument(metavar="SOURCE-ID", help="A source id (see: csto sources).", show_default=False)],
    facts: FactsOpt = None, fmt: FormatOpt = None, json_: JsonOpt = False, fields: FieldsOpt = None,
    no_headers: NoHeadersOpt = False, no_color: NoColorOpt = False, bidi: BidiOpt = False, lang: LangOpt = None,
) -> None:  # fmt: skip
    """List every claim a source makes in the fact base, with the record's verdict on each.

    \b
    Examples:
      csto audit seed-alwasat-2022
      csto audit seed-alwasat-2022 --format json | jq '.claims[] | select(.verdict=="contradicted")'
    """
    from .queries.audit import audit as audit_claims
    from .queries.audit import source_by_id
    from .render.views import audit_view

    out = Output(fmt, json_, fields, no_headers, no_color, bidi, lang)
    base = load_base(facts)
    try:
        src = source_by_id(base, source)
    except NotFound as exc:
        not_found(exc, out.lang)
    out.emit(audit_view(base, src, audit_claims(base, source), out.lang))


@app.command()
def sources(
    facts: FactsOpt = None, fmt: FormatOpt = None, json_: JsonOpt = False, fields: FieldsOpt = None,
    no_headers: NoHeadersOpt = False, no_color: NoColorOpt = False, bidi: BidiOpt = False, lang: LangOpt = None,
) -> None:  # fmt: skip
    """List the sources with how many facts each supports and how many of its claims are rejected.

    \b
    Examples:
      csto sources
      csto sources --format csv --fields id,supports,url
    """
    from .queries.audit import source_uses
    from .render.views import sources_view

    out = Output(fmt, json_, fields, no_headers, no_color, bidi, lang)
    base = load_base(facts)
    out.emit(sources_view(base, source_uses(base), out.lang))


@app.command()
def diff(
    first: Annotated[str, typer.Argument(metavar="DATE1", help="YYYY-MM-DD", show_default=False)],
    second: Annotated[str, typer.Argument(metavar="DATE2", help="YYYY-MM-DD", show_default=False)],
    facts: FactsOpt = None, fmt: FormatOpt = None, json_: JsonOpt = False, fields: FieldsOpt = None,
    no_headers: NoHeadersOpt = False, no_color: NoColorOpt = False, bidi: BidiOpt = False, lang: LangOpt = None,
) -> None:  # fmt: skip
    """Show what changed between two days: statuses (with the events that changed them) and statements.

    \b
    Examples:
      csto diff 2005-01-01 2010-01-01
      csto diff 2019-01-01 2023-06-01 --format json
    """
    from .queries.diff import diff as changes
    from .render.views import diff_view

    out = Output(fmt, json_, fields, no_headers, no_color, bidi, lang)
    a, b = parse_day(first, "DATE1"), parse_day(second, "DATE2")
    assert a is not None and b is not None
    base = load_base(facts)
    statuses, statements = changes(base, a, b)
    out.emit(diff_view(base, a, b, statuses, statements, out.lang))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        say("csto: interrupted")
        sys.exit(130)
