"""A Markdown (GitHub) table of what a person sees, for notes and articles."""

from __future__ import annotations

from .view import RenderOptions, View, extra_columns, inert

_ESCAPES = str.maketrans({"|": "\\|", "\n": "<br>"})


def _table(view: View, options: RenderOptions) -> list[str]:
    more, more_cells = extra_columns(view, options)
    cols = view.table_columns + more
    cells = [[*row, *extra] for row, extra in zip(view.cells, more_cells, strict=True)]
    if options.fields:
        keep = [i for i, c in enumerate(cols) if c.key in options.fields]
        cols = tuple(cols[i] for i in keep)
        cells = [[row[i] for i in keep] for row in cells]
    lines = [f"**{inert(view.title.translate(_ESCAPES))}**", ""] if view.title else []
    if options.headers:
        lines.append("| " + " | ".join(c.label for c in cols) + " |")
        lines.append("|" + "|".join("---" for _ in cols) + "|")
    lines += ["| " + " | ".join(inert(cell.translate(_ESCAPES)) for cell in row) + " |" for row in cells]
    if view.footer:
        lines += ["", inert(view.footer.translate(_ESCAPES))]
    return lines


def render_markdown(view: View, options: RenderOptions) -> str:
    parts = [_table(view, options)] + [_table(s, options) for s in view.sections]
    return "\n\n".join("\n".join(p) for p in parts) + "\n"
