"""The membership chart command."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from ..model import NotFound
from .options import output_options
from .output import Output, fail, not_found, say, usage, write


@output_options
def chart(
    from_: Annotated[
        int | None,
        typer.Option("--from", help="First year. Default: the first event's.", metavar="YEAR", min=1900, max=2200),
    ] = None,
    to: Annotated[
        int | None,
        typer.Option("--to", help="Last year. Default: the as-of date's.", metavar="YEAR", min=1900, max=2200),
    ] = None,
    states: Annotated[
        str | None, typer.Option("--states", help="Only these states (codes or names, comma-separated).", metavar="A,B")
    ] = None,
    svg: Annotated[
        str | None, typer.Option("--svg", help="Also write the chart as an SVG image.", metavar="FILE")
    ] = None,
    *,
    out: Output,
) -> None:
    """Draw every state's status over time; --format json gives the intervals behind it.

    \b
    Examples:
      csto chart
      csto chart --from 2000 --states UZB,ARM --svg chart.svg
      csto chart --format json | jq '.[] | select(.code=="UZB")'
    """
    from ..queries.chart import chart_rows, periods
    from ..queries.names import resolve_state
    from ..render import Format
    from ..render.views import intervals_view

    base = out.load()
    try:
        codes = frozenset(resolve_state(base, s).code for s in (states or "").split(",") if s.strip())
    except NotFound as exc:
        not_found(exc, out.lang)
    first = from_ or (base.events[0].date.year if base.events else base.meta.as_of.year)
    last = to or base.meta.as_of.year
    if last < first:
        usage(f"--to {last} is before --from {first}")
    until = min(base.meta.as_of, dt.date(last, 12, 31))
    if out.format is Format.table or svg:
        from ..render.chart_format import draw, write_svg

        chart = draw(base, first, last, until, codes, out.lang, out.options.width or 100)
        if svg:
            try:
                write_svg(chart, svg)
            except OSError as exc:
                fail(f"cannot write {svg}: {exc.strerror or exc}", 1)
            say(f"csto: wrote {svg}")
        if out.format is Format.table:
            write(chart.text(out.options.color))
            return
    rows = chart_rows(base, periods(first, last, 1, until), codes)
    out.emit(intervals_view(base, rows, first, until.year, out.lang))
