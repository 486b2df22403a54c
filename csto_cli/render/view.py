"""What every renderer receives: records with fixed keys, plus what a person needs to read them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..records import record

# C0/C1 control characters (ESC, CR, BEL ...): shown as visible escapes, never sent to a terminal raw.
# So are the line and paragraph separators (splitlines() and some terminals break lines at them) and
# the bidi embeddings, overrides and isolates, which reorder the text around them (Trojan Source).
# Lone surrogates are bytes that were not UTF-8 where they came from (an argument, a file name): \xNN.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
LINE_AND_BIDI = re.compile(r"[\u2028\u2029\u202a-\u202e\u2066-\u2069]")


class RendererUnavailable(RuntimeError):
    """An output option that needs a package that is not installed."""


def inert(text: str) -> str:
    return _CONTROL.sub(_visible, text)


def no_breaks_or_reordering(text: str) -> str:
    """Only the line separators and bidi controls made visible (CSV keeps every other character)."""
    return LINE_AND_BIDI.sub(_visible, text)


def _visible(m: re.Match[str]) -> str:
    code = ord(m[0])
    if 0xDC80 <= code <= 0xDCFF:
        code -= 0xDC00
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


@record
class Column:
    key: str
    label: str
    ratio: int | None = None  # share of the width when the table must wrap; None: as wide as its content
    no_wrap: bool = False
    optional: bool = False  # dropped on narrow terminals (under 60 columns) unless asked for by --fields


@record
class View:
    """One answer. `records` are flat rows for the tabular formats, keyed by `fields`;
    `document` is the JSON value; `table_columns` and `cells` are what a person sees."""

    fields: tuple[str, ...]
    records: list[dict[str, Any]]
    document: Any
    title: str = ""
    table_columns: tuple[Column, ...] = ()
    cells: Sequence[Sequence[str]] = ()
    footer: str = ""
    sections: tuple[View, ...] = ()  # more tables shown after this one (a person's formats only)


@record
class RenderOptions:
    headers: bool = True
    fields: tuple[str, ...] | None = None
    color: bool = False
    width: int | None = None
    pretty: bool = False
    bidi: bool = False
    terminal: bool = False  # stdout is a terminal: CSV escapes control characters too


def select(view: View, options: RenderOptions) -> tuple[tuple[str, ...], list[list[Any]]]:
    """The machine fields and rows after --fields."""
    keys = options.fields or view.fields
    return keys, [[rec.get(k) for k in keys] for rec in view.records]


def flat(value: Any) -> str:
    """One cell of CSV/TSV/Markdown text: lists joined with ';', absent values empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ";".join(flat(v) for v in value)
    if isinstance(value, dict):
        import json

        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)
