"""The membership chart command."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from .options import (
    CountryOpt,
    Output,
    fail,
    output_options,
    parse_day,
    say,
    state_codes,
    usage,
    write,
)


@output_options
def chart(
    from_: Annotated[
        str | None,
        typer.Option(
            "--from", help="First year (a month or day: its year). Default: the first event's.", metavar="DATE"
        ),
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
    from ..queries.chart import chart_rows, key_events, periods
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
    if out.format is not Format.table and not svg:
        rows = chart_rows(base, periods(first, last, 1, until), codes)
        out.emit(intervals_view(base, rows, out.lang))
        return
    from ..render.chart_format import build, choose_per_year, render_chart, render_svg

    width = out.options.width or 100
    label_width = 16
    per_year = choose_per_year(width, label_width, last - first + 1)
    cols = periods(first, last, per_year, until)
    rows = chart_rows(base, cols, codes)
    events = key_events(base, cols[0].start, cols[-1].end)
    art = build(rows, cols, events, base.meta.as_of, out.lang, label_width, width)
    if svg:
        try:
            with open(svg, "w", encoding="utf-8") as handle:
                handle.write(render_svg(art, max(width, label_width + len(cols) + 2), "csto chart"))
        except OSError as exc:
            fail(f"cannot write {svg}: {exc.strerror or exc}", 1)
        say(f"csto: wrote {svg}")
        if out.format is not Format.table:
            return
    write(render_chart(art, width, out.options.color))


def _year(text: str | None, option: str) -> int | None:
    day = parse_day(text, option)
    if day is not None and not 1900 <= day.year <= 2200:
        raise typer.BadParameter(f"{text!r}: the chart covers the years 1900 to 2200", param_hint=option)
    return None if day is None else day.year
