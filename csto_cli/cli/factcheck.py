"""The fact-checking commands: check, audit, sources, diff."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated

import typer

from ..model import NotFound
from .options import CountryOpt, OnOpt, output_options, state_codes
from .output import Output, batch_lines, not_found, not_found_message, parse_day, say, the_period, today, usage

if TYPE_CHECKING:
    from ..queries.checks import Check


@output_options
def check(
    claim: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="CLAIM...",
            show_default=False,
            help="member|observer|former|suspended COUNTRY · date EVENT DATE · fact PROPERTY VALUE · "
            "the same in English, Arabic or Russian words · a sentence",
        ),
    ] = None,
    on: OnOpt = None,
    file: Annotated[
        str | None, typer.Option("--file", help="Check one claim per line ('-': stdin).", metavar="PATH")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing; only the exit code tells.")] = False,
    *,
    out: Output,
) -> None:
    """Check a claim against the record: a verdict, the evidence and the sources on both sides.

    A claim may be one quoted string or several words, in English, Arabic or Russian ('member Armenia',
    'عضو أرمينيا', 'secretary general Zas', 'treaty signed 15 May 1992'), or a sentence as csto scan
    reads one. Lists of states are compared as sets (true, partly, false).

    Exit codes, as grep -q and test: 0 true, 1 false or partly, 2 usage or lookup error, 3 disputed or unknown.
    With --file, one claim per line (same words as on the command line, '# comments' allowed);
    the exit code is 2 if any line could not be read, else 1 if any claim is false, else 3 if any is
    disputed or unknown, else 0.

    \b
    Examples:
      csto check member Uzbekistan --on 2022-01-06
      csto check member Uzbekistan --on 2012      (true if it held on some day of 2012)
      csto check date treaty-signed 1992-05-17
      csto check fact headquarters Moscow
      csto check "The CSTO sent 2,500 troops to Kazakhstan"
      csto check observers Serbia, Afghanistan --on 2020-01-01
      printf 'member Armenia --on 2010-01-01\\nfact secretary-general Zas --on 2021-06-01\\n' | csto check --file -
    """
    from ..queries.checks import ClaimError, parse_claim_line, run_claim
    from ..render.views import check_record, checks_view

    if bool(claim) == bool(file):
        usage("give one claim, or --file with one claim per line")
    base = out.load()
    day, period, now = out.day(base, on), the_period(on), today()
    if claim:
        try:
            result = run_claim(base, claim[0], claim[1:], day, period=period, today=now, lang=out.lang)
        except ClaimError as exc:
            usage(str(exc))
        except NotFound as exc:
            not_found(exc, out.lang, code=2)
        if not quiet:
            if result.matched:
                say(f"csto: matched {result.matched}")
            if result.evidence:
                import shlex

                again = ["csto", "check", *claim, *(["--on", on] if on else []), "--json"]
                out.note_dropped("the evidence", shlex.join(again))
            out.emit(checks_view(base, [result], out.lang, single=True))
        raise typer.Exit(result.exit_code)
    worst = 0

    def answers() -> Iterator[tuple[int, str, Check]]:
        nonlocal worst
        for line in batch_lines(file or "", usage=True):
            text = line.text or ""
            if line.error is None and (not text.strip() or text.lstrip().startswith("#")):
                continue
            try:
                if line.error:
                    raise ClaimError(line.error)
                kind, args, claim_on = parse_claim_line(text)
                if claim_on is None:
                    claim_day, claim_period = day, period
                else:
                    claim_day, claim_period = out.day(base, claim_on), the_period(claim_on)
                result = run_claim(base, kind, args, claim_day, period=claim_period, today=now, lang=out.lang)
            except (ClaimError, typer.BadParameter) as exc:
                say(f"csto: line {line.number}: {exc}")
                worst = 2
                continue
            except NotFound as exc:
                say(f"csto: line {line.number}: {not_found_message(exc, out.lang)}")
                worst = 2
                continue
            if worst != 2 and result.exit_code and (worst in (0, 3)):
                worst = 1 if result.exit_code == 1 else 3
            yield line.number, text.strip(), result

    if quiet:
        for _ in answers():
            pass
    else:
        out.emit_each(
            answers(),
            lambda rows: checks_view(
                base, [c for _, _, c in rows], out.lang, single=False, lines=[(n, t) for n, t, _ in rows]
            ),
            lambda row: check_record(base, row[2], out.lang, (row[0], row[1]), out.format.face == "document"),
        )
    raise typer.Exit(worst)


@output_options
def audit(
    source: Annotated[
        str, typer.Argument(metavar="SOURCE-ID", help="A source id (see: csto sources).", show_default=False)
    ],
    *,
    out: Output,
) -> None:
    """List every claim a source makes in the fact base, with the record's verdict on each.

    \b
    Examples:
      csto audit seed-alwasat-2022
      csto audit seed-alwasat-2022 --format json | jq '.claims[] | select(.verdict=="contradicted")'
    """
    from ..queries.audit import audit as audit_claims
    from ..queries.audit import source_by_id
    from ..render.views import audit_view

    base = out.load()
    try:
        src = source_by_id(base, source)
    except NotFound as exc:
        not_found(exc, out.lang)
    out.emit(audit_view(base, src, audit_claims(base, source), out.lang))


@output_options
def sources(
    *,
    out: Output,
) -> None:
    """List the sources with how many facts each supports and how many of its claims are rejected.

    \b
    Examples:
      csto sources
      csto sources --format csv --fields id,supports,url
    """
    from ..queries.audit import source_uses
    from ..render.views import sources_view

    base = out.load()
    out.emit(sources_view(base, source_uses(base), out.lang))


@output_options
def diff(
    first: Annotated[
        str, typer.Argument(metavar="DATE1", help="YYYY-MM-DD; a year or month: its first day.", show_default=False)
    ],
    second: Annotated[
        str, typer.Argument(metavar="DATE2", help="YYYY-MM-DD; a year or month: its last day.", show_default=False)
    ],
    country: CountryOpt = None,
    *,
    out: Output,
) -> None:
    """Show what changed between two days: statuses (with the events that changed them) and statements.

    \b
    Examples:
      csto diff 2005-01-01 2010-01-01
      csto diff 2019-01-01 2023-06-01 --format json
      csto diff 2005 2010      (from 2005-01-01 to 2010-12-31)
      csto diff 2005 2010 --country UZB      (only Uzbekistan's status)
    """
    from ..queries.diff import diff as changes
    from ..render.views import diff_view

    a, b = parse_day(first, "DATE1"), parse_day(second, "DATE2", end=True)
    assert a is not None and b is not None
    base = out.load()
    codes = state_codes(base, country, out.lang)
    statuses, statements = changes(base, a, b)
    if codes:
        statuses, statements = [c for c in statuses if c.after.state.code in codes], []
    out.emit(diff_view(base, a, b, statuses, statements, out.lang))
