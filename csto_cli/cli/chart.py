"""The membership chart command."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from .options import CountryOpt, output_options, state_codes
from .output import Output, fail, parse_day, say, usage, write


@output_options
def chart(
    from_: Annotated[
        str | None,
        typer.Option("--from", help="First year (of a date: its year). Default: the first event's.", metavar="DATE"),
    ] = None,
    to: Annotated[
        str | None,
        typer.Option("--to", help="Last year (of a date: its year). Default: the as-of date's.", metavar="DATE"),
    ] = None,
    country: CountryOpt = None,
    states: Annotated[list[str] | None, typer.Option("--states", hidden=True)] = None,  # the old name of --country
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
      csto chart --from 2000 --country UZB,ARM --svg chart.svg
      csto chart --format json | jq '.[] | select(.code=="UZB")'
    """
    from ..queries.chart import chart_rows, periods
    from ..render import Format
    from ..render.views import intervals_view

    base = out.load()
    codes = state_codes(base, [*(country or ()), *(states or ())], out.lang)
    start, end = _year(from_, "--from"), _year(to, "--to")
    first = start or (base.events[0].date.year if base.events else base.meta.as_of.year)
    last = end or base.meta.as_of.year
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


def _year(text: str | None, option: str) -> int | None:
    day = parse_day(text, option)
    if day is not None and not 1900 <= day.year <= 2200:
        raise typer.BadParameter(f"{text!r}: the chart covers the years 1900 to 2200", param_hint=option)
    return None if day is None else day.year
