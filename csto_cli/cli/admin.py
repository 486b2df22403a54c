"""Commands about the fact base itself."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from ..model import NotFound
from .options import (
    FactsOpt,
    Output,
    fail,
    load_base,
    not_found,
    output_options,
    say,
    usage,
    write,
)


def validate(
    path: Annotated[
        str | None,
        typer.Argument(help="Fact base to check. Default: --facts, CSTO_FACTS or the bundled one.", show_default=False),
    ] = None,
    facts: FactsOpt = None,
) -> None:
    """Check a fact base: schema, dates, references, sources. Exits 0 if it is sound, 1 if not.

    \b
    Examples:
      csto validate
      csto validate my-facts.toml
    """
    target = path or facts
    base = load_base(target)
    counts = (
        f"{len(base.sources)} sources, {len(base.states)} states, {len(base.events)} events, "
        f"{len(base.statements)} statements"
    )
    write(f"{base.origin}: OK: {counts}; as of {base.meta.as_of.isoformat()}\n")


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
    from ..queries.chart import chart_rows, key_events, periods
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
