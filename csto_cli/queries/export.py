"""The whole record as plain rows and as one document, for data tools (SQLite, Datasette, jq).

Pure: this module builds values; `cli/export.py` writes them. The SQLite layout is normalised
(one row per fact, citations and alternatives in their own tables, foreign keys between them).
"""

from __future__ import annotations

import json
from typing import Any

from ..model import Alternative, Citation, Event, FactBase, PartialDate, Source, State, Statement

# Written to a SQLite export's header (PRAGMA application_id) and to a JSON export's "generator"
# field, so that `csto export` can tell its own files (replaced freely) from a user's (kept).
APPLICATION_ID = 0x6373746F  # "csto"
GENERATOR = "csto export"

SCHEMA = """\
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE states (
    code TEXT PRIMARY KEY, alpha2 TEXT NOT NULL, name TEXT NOT NULL, name_ar TEXT NOT NULL, name_ru TEXT,
    aliases TEXT, aliases_ar TEXT, aliases_ru TEXT
);
CREATE TABLE sources (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, url TEXT NOT NULL, publisher TEXT, date TEXT, language TEXT,
    kind TEXT, note TEXT
);
CREATE TABLE events (
    id TEXT PRIMARY KEY, date TEXT NOT NULL, precision TEXT NOT NULL, date_start TEXT NOT NULL,
    date_end TEXT NOT NULL, effective TEXT, kind TEXT NOT NULL, title TEXT NOT NULL, title_ar TEXT NOT NULL,
    title_ru TEXT, place TEXT, place_ar TEXT, value TEXT, value_ar TEXT, person TEXT, person_ar TEXT, post TEXT,
    acting INTEGER NOT NULL, verified INTEGER NOT NULL, note TEXT
);
CREATE TABLE event_states (
    event_id TEXT NOT NULL REFERENCES events(id), state_code TEXT NOT NULL REFERENCES states(code),
    PRIMARY KEY (event_id, state_code)
);
CREATE TABLE statements (
    id TEXT PRIMARY KEY, property TEXT NOT NULL, value TEXT NOT NULL, value_ar TEXT, value_ru TEXT, start TEXT,
    "end" TEXT, rank TEXT NOT NULL, acting INTEGER NOT NULL, verified INTEGER NOT NULL, note TEXT
);
CREATE TABLE alternatives (
    id INTEGER PRIMARY KEY, event_id TEXT NOT NULL REFERENCES events(id), field TEXT NOT NULL,
    value TEXT NOT NULL, rank TEXT NOT NULL, note TEXT
);
CREATE TABLE citations (
    id INTEGER PRIMARY KEY, source_id TEXT NOT NULL REFERENCES sources(id),
    event_id TEXT REFERENCES events(id), statement_id TEXT REFERENCES statements(id),
    alternative_id INTEGER REFERENCES alternatives(id), quote TEXT, note TEXT,
    CHECK ((event_id IS NOT NULL) + (statement_id IS NOT NULL) + (alternative_id IS NOT NULL) = 1)
);
CREATE INDEX events_date ON events(date_start);
CREATE INDEX events_kind ON events(kind);
CREATE INDEX event_states_state ON event_states(state_code);
CREATE INDEX statements_property ON statements(property);
CREATE INDEX alternatives_event ON alternatives(event_id);
CREATE INDEX citations_source ON citations(source_id);
CREATE INDEX citations_event ON citations(event_id);
CREATE INDEX citations_statement ON citations(statement_id);
CREATE INDEX citations_alternative ON citations(alternative_id);
"""

TABLES = ("meta", "states", "sources", "events", "event_states", "statements", "alternatives", "citations")


def _d(value: PartialDate | None) -> str | None:
    return None if value is None else str(value)


def _list(values: tuple[str, ...]) -> str | None:
    return json.dumps(list(values), ensure_ascii=False) if values else None


def meta_rows(base: FactBase, version: str) -> list[dict[str, Any]]:
    m = base.meta
    pairs = {
        "generator": GENERATOR,
        "csto_version": version,
        "schema_version": str(m.schema_version),
        "as_of": m.as_of.isoformat(),
        "name": m.name,
        "name_ar": m.name_ar,
        "name_ru": m.name_ru,
        "abbr": m.abbr,
    }
    return [{"key": k, "value": v} for k, v in pairs.items()]


def state_row(s: State) -> dict[str, Any]:
    return {
        "code": s.code,
        "alpha2": s.alpha2,
        "name": s.name,
        "name_ar": s.name_ar,
        "name_ru": s.name_ru,
        "aliases": _list(s.aliases),
        "aliases_ar": _list(s.aliases_ar),
        "aliases_ru": _list(s.aliases_ru),
    }


def source_row(s: Source) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "url": s.url,
        "publisher": s.publisher,
        "date": _d(s.date),
        "language": s.language,
        "kind": s.kind,
        "note": s.note,
    }


def event_row(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "date": str(e.date),
        "precision": e.date.precision,
        "date_start": e.date.start.isoformat(),
        "date_end": e.date.end.isoformat(),
        "effective": _d(e.effective),
        "kind": e.kind,
        "title": e.title,
        "title_ar": e.title_ar,
        "title_ru": e.title_ru,
        "place": e.place,
        "place_ar": e.place_ar,
        "value": e.value,
        "value_ar": e.value_ar,
        "person": e.person,
        "person_ar": e.person_ar,
        "post": e.post,
        "acting": int(e.acting),
        "verified": int(e.verified),
        "note": e.note,
    }


def statement_row(s: Statement) -> dict[str, Any]:
    return {
        "id": s.id,
        "property": s.property,
        "value": s.value_text,
        "value_ar": s.value_ar,
        "value_ru": s.value_ru,
        "start": _d(s.start),
        "end": _d(s.end),
        "rank": s.rank,
        "acting": int(s.acting),
        "verified": int(s.verified),
        "note": s.note,
    }


def tables(base: FactBase, version: str) -> dict[str, list[dict[str, Any]]]:
    """Every table of the SQLite export, in an order that keeps foreign keys satisfied."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    out["meta"] = meta_rows(base, version)
    out["states"] = [state_row(s) for s in base.states]
    out["sources"] = [source_row(s) for s in base.sources]

    def cite(c: Citation, **owner: Any) -> None:
        row = {"id": len(out["citations"]) + 1, "source_id": c.source, "event_id": None, "statement_id": None}
        out["citations"].append({**row, "alternative_id": None, **owner, "quote": c.quote, "note": c.note})

    for e in base.events:
        out["events"].append(event_row(e))
        out["event_states"] += [{"event_id": e.id, "state_code": code} for code in dict.fromkeys(e.states)]
        for c in e.sources:
            cite(c, event_id=e.id)
        for alt in e.disputed:
            alt_id = len(out["alternatives"]) + 1
            out["alternatives"].append(
                {"id": alt_id, "event_id": e.id, "field": alt.field, "value": alt.value, "rank": alt.rank,
                 "note": alt.note}
            )  # fmt: skip
            for c in alt.sources:
                cite(c, alternative_id=alt_id)
    for s in base.statements:
        out["statements"].append(statement_row(s))
        for c in s.sources:
            cite(c, statement_id=s.id)
    return out


def _citation(c: Citation) -> dict[str, Any]:
    return {"source": c.source, "quote": c.quote, "note": c.note}


def _alternative(a: Alternative) -> dict[str, Any]:
    return {
        "field": a.field,
        "value": a.value,
        "rank": a.rank,
        "note": a.note,
        "sources": [_citation(c) for c in a.sources],
    }


def document(base: FactBase, version: str) -> dict[str, Any]:
    """The whole record as one JSON value: the same facts as the SQLite export, nested."""
    meta = {r["key"]: r["value"] for r in meta_rows(base, version)}
    return {
        "generator": GENERATOR,
        "meta": {k: v for k, v in meta.items() if k != "generator"},
        "states": [
            {
                **state_row(s),
                "aliases": list(s.aliases),
                "aliases_ar": list(s.aliases_ar),
                "aliases_ru": list(s.aliases_ru),
            }
            for s in base.states
        ],
        "sources": [source_row(s) for s in base.sources],
        "events": [
            {
                **event_row(e),
                "acting": e.acting,
                "verified": e.verified,
                "states": list(e.states),
                "sources": [_citation(c) for c in e.sources],
                "disputed": [_alternative(a) for a in e.disputed],
            }
            for e in base.events
        ],
        "statements": [
            {
                **statement_row(s),
                "value": list(s.value) if isinstance(s.value, tuple) else s.value,
                "acting": s.acting,
                "verified": s.verified,
                "sources": [_citation(c) for c in s.sources],
            }
            for s in base.statements
        ],
    }
