"""What every renderer receives: records with fixed keys, plus what a person needs to read them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..records import record

# C0/C1 control characters (ESC, CR, BEL ...): shown as visible escapes, never sent to a terminal raw.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class RendererUnavailable(RuntimeError):
    """An output option that needs a package that is not installed."""


def inert(text: str) -> str:
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", text)


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
    rtl: bool = False  # with bidi: lay the table out right to left (Arabic)
    terminal: bool = False  # stdout is a terminal: CSV escapes control characters too


# Fields every view with sources answers to with --fields, in every format: the ids of a record's
# sources and their URLs (a record's "sources" holds its citations, with id and url).
SOURCE_FIELDS = ("sources", "source_urls")


def has_sources(view: View) -> bool:
    return any(c.key == "sources" for part in (view, *view.sections) for c in part.table_columns)


def field(record: dict[str, Any], key: str) -> Any:
    """A record's value for a --fields key; `sources` and `source_urls` are lists of ids and URLs."""
    if key in SOURCE_FIELDS:
        cites = record.get("sources") or []
        part = "id" if key == "sources" else "url"
        return list(dict.fromkeys(c[part] if isinstance(c, dict) else c for c in cites if c))
    return record.get(key)


def select(view: View, options: RenderOptions) -> tuple[tuple[str, ...], list[list[Any]]]:
    """The machine fields and rows after --fields."""
    keys = options.fields or view.fields
    return keys, [[field(rec, k) for k in keys] for rec in view.records]


def extra_columns(view: View, options: RenderOptions) -> tuple[tuple[Column, ...], list[list[str]]]:
    """Columns a person's table shows only when --fields asks for them (source_urls): the labels,
    and each row's cells read from its record."""
    have = {c.key for c in view.table_columns}
    keys = [k for k in options.fields or () if k not in have and k in SOURCE_FIELDS]
    if not keys or len(view.records) != len(view.cells):
        return (), [[] for _ in view.cells]
    cols = tuple(Column(k, k, 3) for k in keys)
    return cols, [[flat(field(rec, k)) for k in keys] for rec in view.records]


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
