"""What every renderer receives: records with fixed keys, plus what a person needs to read them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Literal

from ..records import record, replace

# C0/C1 control characters (ESC, CR, BEL ...): shown as visible escapes, never sent to a terminal raw.
# So are the line and paragraph separators (splitlines() and some terminals break lines at them) and
# the bidi embeddings, overrides and isolates, which reorder the text around them (Trojan Source).
# Lone surrogates are bytes that were not UTF-8 where they came from (an argument, a file name): \xNN.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
LINE_AND_BIDI = re.compile(r"[\u2028\u2029\u202a-\u202e\u2066-\u2069]")

# Which face of a View a format shows: the table a person reads, the flat records (csv, tsv), or the
# JSON document. --fields names the keys of that face.
Face = Literal["table", "records", "document"]


class RendererUnavailable(RuntimeError):
    """An output option that needs a package that is not installed."""


class UnknownField(ValueError):
    """A --fields name the view does not have; the message lists the valid ones."""


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
    """One column a person sees: its heading and the function that reads its cell from a row."""

    key: str
    label: str
    cell: Callable[[Any], str]
    ratio: int | None = None  # share of the width when the table must wrap; None: as wide as its content
    no_wrap: bool = False
    optional: bool = False  # dropped on narrow terminals (under 60 columns) unless asked for by --fields


def table(columns: Sequence[Column], rows: Sequence[Any]) -> list[list[str]]:
    """The cells of a table: every row read by every column, headings and cells from one list."""
    return [[column.cell(row) for column in columns] for row in rows]


@record
class View:
    """One answer. `records` are flat rows for the tabular formats, keyed by `fields`;
    `document` is the JSON value; `columns` read `rows` into the table a person sees."""

    fields: tuple[str, ...]
    records: list[dict[str, Any]]
    document: Any
    title: str = ""
    columns: tuple[Column, ...] = ()
    rows: Sequence[Any] = ()
    footer: str = ""
    sections: tuple[View, ...] = ()  # more tables shown after this one (a person's formats only)
    more_columns: tuple[Column, ...] = ()  # shown only when --fields names them (source_urls)

    def cells(self) -> list[list[str]]:
        return table(self.columns, self.rows)

    def known_fields(self, face: Face) -> tuple[str, ...]:
        """The names --fields may pick for a face."""
        if face == "table":
            return tuple(c.key for c in (*self.columns, *self.more_columns))
        known = self.fields
        doc = self.document
        if face == "document" and isinstance(doc, (dict, list)):
            first = doc[0] if isinstance(doc, list) and doc else doc
            if isinstance(first, dict):
                known = tuple(first)
        if self.has_sources():
            known = (*known, *(f for f in SOURCE_FIELDS if f not in known))
        return known

    def has_sources(self) -> bool:
        """The view's records cite sources: --fields may name `sources` and `source_urls`."""
        first = self.records[0] if self.records else {}
        return "sources" in first or any(c.key == "sources" for c in self.columns)

    def pick(self, fields: tuple[str, ...], face: Face) -> View:
        """The view narrowed to `fields`, checked against the face a format shows (UnknownField if one
        is not there). The table keeps its column order and the picked columns are never dropped as
        optional; the records and the JSON document take the order asked for."""
        known = self.known_fields(face)
        bad = [f for f in fields if f not in known]
        if bad:
            raise UnknownField(f"unknown field {bad[0]!r} for --fields; valid fields: {', '.join(known)}")
        return self._narrowed(fields)

    def _narrowed(self, fields: tuple[str, ...]) -> View:
        return replace(
            self,
            fields=fields,
            records=[{k: field(rec, k) for k in fields} for rec in self.records],
            document=_pick(self.document, fields),
            columns=tuple(replace(c, optional=False) for c in (*self.columns, *self.more_columns) if c.key in fields),
            more_columns=(),
            sections=tuple(s._narrowed(fields) for s in self.sections),
        )


# Fields every view with sources answers to with --fields, in every format: the ids of a record's
# sources and their URLs (a record's "sources" holds its citations, each with id and url).
SOURCE_FIELDS = ("sources", "source_urls")


def field(record: dict[str, Any], key: str) -> Any:
    """A record's value for a --fields key; `sources` and `source_urls` are lists of ids and URLs."""
    if key in SOURCE_FIELDS:
        cites = record.get("sources") or []
        part = "id" if key == "sources" else "url"
        return list(dict.fromkeys(c.get(part) if isinstance(c, dict) else c for c in cites if c))
    return record.get(key)


def _pick(value: Any, fields: tuple[str, ...]) -> Any:
    if isinstance(value, dict):
        return {k: field(value, k) for k in fields}
    if isinstance(value, list):
        return [_pick(v, fields) for v in value]
    return value


@record
class RenderOptions:
    headers: bool = True
    color: bool = False
    width: int | None = None
    pretty: bool = False
    bidi: bool = False
    rtl: bool = False  # with bidi: lay the table out right to left (Arabic)
    terminal: bool = False  # stdout is a terminal: CSV escapes control characters too


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
