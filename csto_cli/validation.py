"""TOML text → a validated FactBase. Reports every problem, each with its file, line and record."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .model import (
    EVENT_KINDS,
    PROPERTIES,
    RANKS,
    STATUS_CHANGING_KINDS,
    Alternative,
    Citation,
    DateError,
    Event,
    FactBase,
    FactBaseError,
    Meta,
    PartialDate,
    Problem,
    Source,
    State,
    Statement,
)
from .records import fields
from .toml_text import Locator, Place, read_toml

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_CODE_RE = re.compile(r"^[A-Z]{3}$")
T = TypeVar("T")


def parse(text: str, name: str = "<string>") -> FactBase:
    return _Builder(text, name).build(read_toml(text, name))


@dataclass
class _Builder:
    text: str
    name: str
    problems: list[Problem] = field(default_factory=list)
    _source_ids: set[str] = field(default_factory=set)
    _codes: set[str] = field(default_factory=set)
    # One PartialDate per distinct date: dates repeat across records, and the parsed-base cache then
    # stores and restores each once.
    _dates: dict[str, PartialDate] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.where = Locator(self.text)

    def problem(self, ctx: Place, message: str, key: str | None = None) -> None:
        line = self.where.field_line(ctx, key) if key else ctx.line
        self.problems.append(Problem(self.name, message, line, ctx.label))

    # --- typed field access -----------------------------------------------------------------
    def get(self, rec: dict[str, Any], ctx: Place, key: str, kind: type[T], required: bool = False) -> T | None:
        if key not in rec:
            if required:
                self.problem(ctx, f"is missing {key!r}")
            return None
        value = rec[key]
        if kind is str and isinstance(value, str):
            if required and not value.strip():
                self.problem(ctx, f"{key} is empty", key)
                return None
            return value  # type: ignore[return-value]
        if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
            return value
        self.problem(ctx, f"{key} must be {_expected(kind)}, not {_describe(value)}", key)
        return None

    def date(self, rec: dict[str, Any], ctx: Place, key: str, required: bool = False) -> PartialDate | None:
        raw = self.get(rec, ctx, key, str, required)
        if raw is None:
            return None
        known = self._dates.get(raw)
        if known is not None:
            return known
        try:
            parsed = self._dates[raw] = PartialDate.parse(raw)
            return parsed
        except DateError as exc:
            self.problem(ctx, f"{key} {exc}", key)
            return None

    def strings(self, rec: dict[str, Any], ctx: Place, key: str) -> tuple[str, ...]:
        value = rec.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(ctx, f"{key} must be a list of strings", key)
            return ()
        return tuple(value)

    def unknown_keys(self, rec: dict[str, Any], ctx: Place, allowed: frozenset[str]) -> None:
        for key in rec:
            if key not in allowed:
                self.problem(ctx, f"has an unknown field {key!r}", key)

    def citations(self, rec: dict[str, Any], ctx: Place, required: bool = True) -> tuple[Citation, ...]:
        raw = rec.get("sources")
        if raw is None or raw == []:
            if required:
                self.problem(ctx, "cites no source (every fact needs at least one)")
            return ()
        if not isinstance(raw, list):
            self.problem(ctx, f"sources must be a list, not {_describe(raw)}", "sources")
            return ()
        out: list[Citation] = []
        for item in raw:
            if isinstance(item, str):
                cite = Citation(item)
            elif isinstance(item, dict) and isinstance(item.get("source"), str):
                quote, note = item.get("quote"), item.get("note")
                extra = set(item) - _CITATION_KEYS
                if extra or not isinstance(quote, (str, type(None))) or not isinstance(note, (str, type(None))):
                    self.problem(ctx, "a citation holds only source, quote and note (all strings)", "sources")
                    continue
                cite = Citation(item["source"], quote, note)
            else:
                self.problem(ctx, "a citation is a source id or { source = ..., quote = ... }", "sources")
                continue
            if cite.source not in self._source_ids:
                self.problem(ctx, f"cites source {cite.source!r}, which is not in [[sources]]", "sources")
            out.append(cite)
        return tuple(out)

    def records(self, doc: dict[str, Any], table: str) -> Iterator[tuple[dict[str, Any], Place]]:
        raw = doc.get(table, [])
        if not isinstance(raw, list):
            self.problems.append(Problem(self.name, f"{table} must be an array of tables ([[{table}]])"))
            return
        for i, rec in enumerate(raw):
            ctx = self.where.record(table, i, rec.get("id", rec.get("code")) if isinstance(rec, dict) else None)
            if not isinstance(rec, dict):
                self.problem(ctx, "must be a table")
                continue
            yield rec, ctx

    def unique(self, seen: dict[str, Place], ident: str | None, ctx: Place, key: str = "id") -> None:
        if ident is None:
            return
        if key == "id" and not _ID_RE.match(ident):
            self.problem(ctx, f"id {ident!r} must be lower-case letters, digits and dashes", key)
        if ident in seen:
            self.problem(ctx, f"duplicate {key} {ident!r} (first at line {seen[ident].line})", key)
        else:
            seen[ident] = ctx

    # --- the build --------------------------------------------------------------------------
    def build(self, doc: dict[str, Any]) -> FactBase:
        for key in doc:
            if key not in {"meta", "sources", "states", "events", "statements"}:
                self.problems.append(Problem(self.name, f"unknown top-level table {key!r}"))
        meta = self.meta(doc.get("meta"))
        sources = self._collect(doc, "sources", self.source)
        self._source_ids = {s.id for s in sources}
        states = self._collect(doc, "states", self.state)
        self._codes = {s.code for s in states}
        events = self._collect(doc, "events", self.event)
        statements = self._collect(doc, "statements", self.statement)
        if self.problems or meta is None:
            raise FactBaseError(self.problems)
        events.sort(key=lambda e: e.takes_effect.sort_key)
        return FactBase.of(meta, tuple(sources), tuple(states), tuple(events), tuple(statements), self.name)

    def _collect(self, doc: dict[str, Any], table: str, make: Callable[[dict[str, Any], Place], T | None]) -> list[T]:
        seen: dict[str, Place] = {}
        out: list[T] = []
        for rec, ctx in self.records(doc, table):
            key = "code" if table == "states" else "id"
            ident = rec.get(key)
            self.unique(seen, ident if isinstance(ident, str) else None, ctx, key)
            made = make(rec, ctx)
            if made is not None:
                out.append(made)
        return out

    def meta(self, raw: object) -> Meta | None:
        ctx = Place("meta", self.where.line_of(r"^\s*\[meta\]"))
        if not isinstance(raw, dict):
            self.problem(ctx, "is missing: the fact base needs a [meta] table")
            return None
        self.unknown_keys(raw, ctx, _META_KEYS)
        version = self.get(raw, ctx, "schema_version", int, True)
        if version is not None and version != 1:
            self.problem(ctx, f"schema_version {version} is not supported (this csto reads 1)", "schema_version")
        as_of = self.date(raw, ctx, "as_of", True)
        if as_of is not None and as_of.precision != "day":
            self.problem(ctx, "as_of must be a full date (YYYY-MM-DD)", "as_of")
        checked = self.date(raw, ctx, "checked")
        if checked is not None and checked.precision != "day":
            self.problem(ctx, "checked must be a full date (YYYY-MM-DD)", "checked")
        names = [self.get(raw, ctx, k, str, True) for k in ("name", "name_ar", "name_ru")]
        if version != 1 or as_of is None or None in names:
            return None
        return Meta(
            1,
            as_of.start,
            names[0] or "",
            names[1] or "",
            names[2] or "",
            self.get(raw, ctx, "abbr", str) or "CSTO",
            self.get(raw, ctx, "abbr_ar", str),
            self.get(raw, ctx, "abbr_ru", str),
            checked.start if checked is not None else None,
        )

    def source(self, rec: dict[str, Any], ctx: Place) -> Source | None:
        self.unknown_keys(rec, ctx, _SOURCE_KEYS)
        ident, title, url = (self.get(rec, ctx, k, str, True) for k in ("id", "title", "url"))
        date = self.date(rec, ctx, "date")
        if ident is None or title is None or url is None:
            return None
        if not re.match(r"^(https?://|urn:|file:)", url):
            self.problem(ctx, f"url {url!r} must be an http(s) address", "url")
        return Source(
            ident,
            title,
            url,
            self.get(rec, ctx, "publisher", str),
            date,
            self.get(rec, ctx, "language", str),
            self.get(rec, ctx, "kind", str),
            self.get(rec, ctx, "note", str),
        )

    def state(self, rec: dict[str, Any], ctx: Place) -> State | None:
        self.unknown_keys(rec, ctx, _STATE_KEYS)
        code, alpha2, name, name_ar = (self.get(rec, ctx, k, str, True) for k in ("code", "alpha2", "name", "name_ar"))
        if code is not None and not _CODE_RE.match(code):
            self.problem(ctx, f"code {code!r} is not an ISO 3166-1 alpha-3 code", "code")
        if alpha2 is not None and not re.match(r"^[A-Z]{2}$", alpha2):
            self.problem(ctx, f"alpha2 {alpha2!r} is not an ISO 3166-1 alpha-2 code", "alpha2")
        aliases, aliases_ar = self.strings(rec, ctx, "aliases"), self.strings(rec, ctx, "aliases_ar")
        name_ru, aliases_ru = self.get(rec, ctx, "name_ru", str), self.strings(rec, ctx, "aliases_ru")
        if code is None or alpha2 is None or name is None or name_ar is None:
            return None
        return State(code, alpha2, name, name_ar, aliases, aliases_ar, name_ru, aliases_ru)

    def state_refs(self, rec: dict[str, Any], ctx: Place, key: str = "states") -> tuple[str, ...]:
        codes = self.strings(rec, ctx, key)
        for code in codes:
            if code not in self._codes:
                self.problem(ctx, f"names state {code!r}, which is not in [[states]]", key)
        return codes

    def alternatives(self, rec: dict[str, Any], ctx: Place) -> tuple[Alternative, ...]:
        raw = rec.get("disputed", [])
        if not isinstance(raw, list):
            self.problem(ctx, "disputed must be an array of tables", "disputed")
            return ()
        out = []
        for i, alt in enumerate(raw):
            sub = Place(f"{ctx.label} disputed[{i}]", ctx.line, ctx.lines)
            if not isinstance(alt, dict):
                self.problem(sub, "must be a table")
                continue
            self.unknown_keys(alt, sub, _ALT_KEYS)
            value = _number_text(alt.get("value"))
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                value = ", ".join(value)
            if not isinstance(value, str):
                self.problem(sub, "value must be a string", "value")
                continue
            rank = self.get(alt, sub, "rank", str, True)
            if rank is not None and rank not in ("normal", "deprecated"):
                self.problem(sub, f"rank {rank!r} must be normal or deprecated (the record holds the preferred)")
            fld = self.get(alt, sub, "field", str) or "date"
            if fld == "date":
                try:
                    PartialDate.parse(value)
                except DateError as exc:
                    self.problem(sub, f"value {exc}", "value")
            cites = self.citations(alt, sub)
            if rank in ("normal", "deprecated"):
                out.append(Alternative(value, rank, cites, fld, self.get(alt, sub, "note", str)))  # type: ignore[arg-type]
        return tuple(out)

    def event(self, rec: dict[str, Any], ctx: Place) -> Event | None:
        self.unknown_keys(rec, ctx, _EVENT_KEYS)
        ident, kind, title, title_ar = (self.get(rec, ctx, k, str, True) for k in ("id", "kind", "title", "title_ar"))
        date = self.date(rec, ctx, "date", True)
        effective = self.date(rec, ctx, "effective")
        if kind is not None and kind not in EVENT_KINDS:
            self.problem(ctx, f"kind {kind!r} is not one of: {', '.join(EVENT_KINDS)}", "kind")
            kind = None
        states = self.state_refs(rec, ctx)
        if kind in STATUS_CHANGING_KINDS and not states:
            self.problem(ctx, f"a {kind} event must name the states it changes", "states")
        if date and effective and effective.end < date.start:
            self.problem(ctx, f"effective {effective} is before date {date}", "effective")
        value = _number_text(rec.get("value"))
        if value is not None and not isinstance(value, str):
            self.problem(ctx, f"value must be a string or a number, not {_describe(value)}", "value")
            value = None
        opt = {k: self.get(rec, ctx, k, str) for k in _EVENT_TEXTS}
        verified = self.get(rec, ctx, "verified", bool)
        acting = self.get(rec, ctx, "acting", bool)
        cites, disputed = self.citations(rec, ctx), self.alternatives(rec, ctx)
        if ident is None or kind is None or title is None or title_ar is None or date is None:
            return None
        return Event(
            ident,
            date,
            kind,
            title,
            title_ar,
            cites,
            states,
            verified=verified is not False,
            effective=effective,
            disputed=disputed,
            value=value,
            acting=bool(acting),
            **opt,
        )

    def statement(self, rec: dict[str, Any], ctx: Place) -> Statement | None:
        self.unknown_keys(rec, ctx, _STATEMENT_KEYS)
        ident, prop, rank = (self.get(rec, ctx, k, str, True) for k in ("id", "property", "rank"))
        if prop is not None and prop not in PROPERTIES:
            self.problem(ctx, f"property {prop!r} is not one of: {', '.join(PROPERTIES)}", "property")
            prop = None
        if rank is not None and rank not in RANKS:
            self.problem(ctx, f"rank {rank!r} must be one of: {', '.join(RANKS)}", "rank")
            rank = None
        value: str | tuple[str, ...] | None
        raw = _number_text(rec.get("value"))
        if isinstance(raw, list) and all(isinstance(v, str) for v in raw):
            value = tuple(raw)
            if prop in ("members", "observers"):
                self.state_refs(rec, ctx, "value")
        elif isinstance(raw, str) and raw.strip():
            value = raw
        else:
            self.problem(ctx, "value must be a string, a number or a list of strings", "value")
            value = None
        start, end = self.date(rec, ctx, "start"), self.date(rec, ctx, "end")
        if start and end and end.end < start.start:
            self.problem(ctx, f"end {end} is before start {start}", "end")
        verified, acting = self.get(rec, ctx, "verified", bool), self.get(rec, ctx, "acting", bool)
        texts = {k: self.get(rec, ctx, k, str) for k in ("value_ar", "note", "value_ru")}
        cites = self.citations(rec, ctx)
        if ident is None or prop is None or rank is None or value is None:
            return None
        verified_, acting_ = verified is not False, bool(acting)
        return Statement(
            ident, prop, value, rank, cites, start=start, end=end, acting=acting_, verified=verified_, **texts
        )


# The keys a record may hold are the fields of its model class.
_META_KEYS = frozenset(fields(Meta))
_SOURCE_KEYS = frozenset(fields(Source))
_STATE_KEYS = frozenset(fields(State))
_ALT_KEYS = frozenset(fields(Alternative))
_EVENT_KEYS = frozenset(fields(Event))
_STATEMENT_KEYS = frozenset(fields(Statement))
_CITATION_KEYS = frozenset(fields(Citation))
# An event's optional texts: every field the event builder does not read on its own, in field order.
_EVENT_TEXTS = tuple(
    k
    for k in fields(Event)
    if k not in {"id", "date", "kind", "title", "title_ar", "sources", "states", "verified", "effective", "disputed",
                 "value", "acting"}
)  # fmt: skip
_TYPE_NAMES = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    list: "a list",
    dict: "a table",
}


def _expected(kind: type) -> str:
    """What a field must be: a boolean is asked for as the TOML words."""
    return "true or false" if kind is bool else _TYPE_NAMES.get(kind, kind.__name__)


def _describe(value: object) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _number_text(value: object) -> object:
    """A TOML number where text is expected (a value such as 1500 troops) as its text; else unchanged."""
    return str(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value
