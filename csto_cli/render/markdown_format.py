"""A Markdown (GitHub) table of what a person sees, for notes and articles."""

from __future__ import annotations

from .view import RenderOptions, View, inert

# A backslash is escaped too: GitHub reads `\|` in a cell as a pipe, so stored `a\|b` would show as a|b.
_ESCAPES = str.maketrans({"\\": "\\\\", "|": "\\|", "\n": "<br>"})


def _table(view: View, options: RenderOptions) -> list[str]:
    cols = view.columns
    lines = [f"**{inert(view.title.translate(_ESCAPES))}**", ""] if view.title else []
    if options.headers:
        lines.append("| " + " | ".join(c.label for c in cols) + " |")
        lines.append("|" + "|".join("---" for _ in cols) + "|")
    lines += ["| " + " | ".join(inert(cell.translate(_ESCAPES)) for cell in row) + " |" for row in view.cells()]
    if view.footer:
        lines += ["", inert(view.footer.translate(_ESCAPES))]
    return lines


def render_markdown(view: View, options: RenderOptions) -> str:
    parts = [_table(view, options)] + [_table(s, options) for s in view.sections]
    return "\n\n".join("\n".join(p) for p in parts) + "\n"
