"""CSV (RFC 4180, via the csv module) and TSV (one record per line, with backslash escapes).

CSV keeps the stored text exactly and quotes a field holding a comma, quote or newline; only when
stdout is a terminal are control characters shown as \\xNN, so that no escape sequence is obeyed. The
line and paragraph separators and bidi controls are always shown as \\uNNNN (splitlines() would break a
record at the first, and the second reorder what a terminal shows).
TSV cannot quote, so it escapes backslash, tab, newline and carriage return as \\\\, \\t, \\n and \\r and
other control characters as \\xNN: every record stays on one line for cut, awk and while-read loops,
and the escapes are reversible. Neither prefixes spreadsheet formula characters (= + - @): the text is
data and is kept as stored; import it as text in a spreadsheet.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from .view import RenderOptions, View, flat, inert, no_breaks_or_reordering

_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _rows(view: View) -> list[list[Any]]:
    return [[rec.get(k) for k in view.fields] for rec in view.records]


def render_csv(view: View, options: RenderOptions) -> str:
    keys, rows = view.fields, _rows(view)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if options.headers:
        writer.writerow(keys)
    clean = inert if options.terminal else no_breaks_or_reordering
    writer.writerows([clean(flat(v)) for v in row] for row in rows)
    return out.getvalue()


def render_tsv(view: View, options: RenderOptions) -> str:
    keys, rows = view.fields, _rows(view)
    lines = ["\t".join(keys)] if options.headers else []
    lines += ["\t".join(inert(flat(v).translate(_TSV_ESCAPES)) for v in row) for row in rows]
    return "".join(line + "\n" for line in lines)
