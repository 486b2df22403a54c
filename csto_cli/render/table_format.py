"""Rich tables for a person at a terminal: the only module that builds them."""

from __future__ import annotations

import io

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .view import RenderOptions, View, inert
from .view import table as view_table

NARROW = 60  # below this width, optional columns are dropped
_MIN_WRAP = 6  # a wrapping column narrower than this shows too little to read: one block per record


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
    narrow = (options.width or 100) < NARROW
    shown = [c for c in view.columns if not (narrow and c.optional)]
    for col in shown:
        table.add_column(Text(col.label), ratio=col.ratio, no_wrap=col.no_wrap, overflow="fold")
    for row in view_table(shown, view.rows):
        table.add_row(*(Text(inert(cell)) for cell in row))
    return table


def _fit(table: Table, console: Console) -> Table:
    """Let the wrapping columns share the width by ratio only when the content does not fit."""
    if console.measure(table).maximum >= console.width:
        table.expand = True
    else:
        for column in table.columns:
            column.ratio = None
    return table


def _narrowest(table: Table) -> int:
    """The least width at which every no-wrap cell shows whole (a date, a code) and every wrapping
    column keeps a few characters a line, with the borders."""
    from rich.cells import cell_len

    total = 3 * len(table.columns) + 1
    for column in table.columns:
        texts = [str(column.header), *(str(cell) for cell in column.cells)]
        if column.no_wrap:
            total += max(cell_len(t) for t in texts)
        else:
            total += min(max((cell_len(word) for t in texts for word in t.split()), default=1), _MIN_WRAP)
    return total


def _print_blocks(table: Table, console: Console) -> None:
    """A table too wide for the terminal, as one block per record: `Label: value` lines, a blank
    line between records, so that nothing is cut (a date is never `1994-04-`)."""
    if table.title:
        console.print(table.title)
    labels = [column.header for column in table.columns]
    cells = [list(column.cells) for column in table.columns]
    for n in range(table.row_count):
        if n or table.title:
            console.print()
        for label, column in zip(labels, cells, strict=True):
            line = Text.assemble(label if isinstance(label, Text) else Text(str(label)), ": ")
            value = column[n]
            line.append_text(value if isinstance(value, Text) else Text(str(value)))
            console.print(line, overflow="fold")
    if table.caption:
        console.print()
        console.print(table.caption)


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
        table = _table(part, options)
        if _narrowest(table) > console.width:
            _print_blocks(table, console)  # the columns cannot fit their longest words: cells would be cut
        else:
            console.print(_fit(table, console))
    return out.getvalue()
