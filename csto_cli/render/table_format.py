"""Rich tables for a person at a terminal: the only module that builds them."""

from __future__ import annotations

import io

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .view import RenderOptions, View, extra_columns, inert

NARROW = 60  # below this width, optional columns are dropped


def _table(view: View, options: RenderOptions) -> Table:
    table = Table(
        title=Text(inert(view.title), style="bold") if view.title else None,
        caption=Text(inert(view.footer)) if view.footer else None,
        box=box.ROUNDED if options.color else box.ASCII2,
        show_header=options.headers,
        header_style="bold" if options.color else "",
        title_style="",
        caption_style="dim" if options.color else "",
        expand=False,
    )
    more, more_cells = extra_columns(view, options)
    cols = view.table_columns + more
    rows = [[*row, *extra] for row, extra in zip(view.cells, more_cells, strict=True)]
    narrow = (options.width or 100) < NARROW
    keep = [
        i for i, c in enumerate(cols) if (c.key in options.fields if options.fields else not (narrow and c.optional))
    ]
    for i in keep:
        col = cols[i]
        table.add_column(Text(col.label), ratio=col.ratio, no_wrap=col.no_wrap, overflow="fold")
    for row in rows:
        table.add_row(*(Text(inert(row[i])) for i in keep))
    return table


def _fit(table: Table, console: Console) -> Table:
    """Let the wrapping columns share the width by ratio only when the content does not fit."""
    if console.measure(table).maximum >= console.width:
        table.expand = True
    else:
        for column in table.columns:
            column.ratio = None
    return table


def render_table(view: View, options: RenderOptions) -> str:
    if options.bidi:
        from .bidi_format import render_bidi_table

        return render_bidi_table(view, options)
    out = io.StringIO()
    console = Console(
        file=out,
        width=options.width or 100,
        force_terminal=options.color,
        no_color=not options.color,
        color_system="auto" if options.color else None,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
        legacy_windows=False,
    )
    for i, part in enumerate((view, *view.sections)):
        if i:
            console.print()
        console.print(_fit(_table(part, options), console))
    return out.getvalue()
