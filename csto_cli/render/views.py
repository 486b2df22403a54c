"""Turn query results into Views: the records scripts read and the cells a person reads."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..messages import t
from ..model import Alternative, Citation, Event, FactBase, Statement
from ..queries.membership import StateStatus
from .view import Column, View

DISPUTED = "‡"
UNVERIFIED = "?"


def _s(value: object) -> str | None:
    return None if value is None else str(value)


def citation_record(base: FactBase, cite: Citation) -> dict[str, Any]:
    src = base.source_by_id.get(cite.source)
    return {
        "id": cite.source,
        "title": src.title if src else None,
        "publisher": src.publisher if src else None,
        "url": src.url if src else None,
        "quote": cite.quote,
        "note": cite.note,
    }


def alternative_record(base: FactBase, alt: Alternative) -> dict[str, Any]:
    return {
        "field": alt.field,
        "value": alt.value,
        "rank": alt.rank,
        "note": alt.note,
        "sources": [citation_record(base, c) for c in alt.sources],
    }


def event_record(base: FactBase, e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "date": str(e.date),
        "precision": e.date.precision,
        "effective": _s(e.effective),
        "kind": e.kind,
        "title": e.title,
        "title_ar": e.title_ar,
        "states": list(e.states),
        "place": e.place,
        "place_ar": e.place_ar,
        "value": e.value,
        "value_ar": e.value_ar,
        "person": e.person,
        "person_ar": e.person_ar,
        "post": e.post,
        "acting": e.acting,
        "note": e.note,
        "verified": e.verified,
        "sources": [citation_record(base, c) for c in e.sources],
        "disputed": [alternative_record(base, a) for a in e.disputed],
    }


def statement_record(base: FactBase, s: Statement) -> dict[str, Any]:
    return {
        "id": s.id,
        "property": s.property,
        "value": list(s.value) if isinstance(s.value, tuple) else s.value,
        "value_ar": s.value_ar,
        "start": _s(s.start),
        "end": _s(s.end),
        "acting": s.acting,
        "rank": s.rank,
        "verified": s.verified,
        "note": s.note,
        "sources": [citation_record(base, c) for c in s.sources],
    }


def status_record(st: StateStatus, lang: str) -> dict[str, Any]:
    return {
        "code": st.state.code,
        "name": st.state.name,
        "name_ar": st.state.name_ar,
        "status": st.status,
        "status_label": t(f"status.{st.status}", lang),
        "participation": st.participation,
        "since": _s(st.since),
        "since_event": st.event.id if st.event else None,
        "on": st.on.isoformat(),
        "note": status_note(st, lang),
    }


def status_note(st: StateStatus, lang: str) -> str:
    parts = []
    if st.participation == "frozen":
        frozen = st.event.takes_effect if st.event and st.event.kind == "participation-frozen" else st.since
        parts.append(t("note.frozen_since", lang, date=frozen))
    if st.uncertain and st.event is not None:
        parts.append(t("note.uncertain", lang, date=st.event.takes_effect))
    return "; ".join(parts)


def _source_ids(cites: tuple[Citation, ...], base: FactBase | None = None) -> str:
    """A short marker for a table cell: the first source's publisher and how many more there are."""
    ids = list(dict.fromkeys(c.source for c in cites))
    if not ids:
        return ""
    first = base.source_by_id.get(ids[0]) if base else None
    label = (first.publisher or first.id) if first else ids[0]
    return label + (f" +{len(ids) - 1}" if len(ids) > 1 else "")


def _marks(e: Event | Statement) -> str:
    disputed = isinstance(e, Event) and bool(e.disputed)
    return (DISPUTED if disputed else "") + ("" if e.verified else UNVERIFIED)


def _footer(base: FactBase, lang: str, marks: bool = True) -> str:
    lines = [t("footer.as_of", lang, as_of=base.meta.as_of.isoformat())]
    if marks:
        lines += [t("footer.disputed", lang), t("footer.unverified", lang)]
    return "\n".join(lines)


def _name(lang: str) -> str:
    return "name_ar" if lang == "ar" else "name"


def _title(lang: str) -> str:
    return "title_ar" if lang == "ar" else "title"


def members_view(base: FactBase, rows: list[StateStatus], on: dt.date, status: str, lang: str) -> View:
    records = [status_record(r, lang) for r in rows]
    cols = (
        Column("code", t("col.code", lang), no_wrap=True),
        Column(_name(lang), t("col.name", lang), 2),
        Column("status_label", t("col.status", lang), 2),
        Column("since", t("col.since", lang), no_wrap=True),
        Column("note", t("col.note", lang), 3),
        Column("sources", t("col.sources", lang), 2, optional=True),
    )
    cells = [
        [rec["code"], rec[_name(lang)], rec["status_label"], rec["since"] or "", rec["note"],
         _source_ids(r.event.sources, base) if r.event else ""]
        for rec, r in zip(records, rows, strict=True)
    ]  # fmt: skip
    label = t(f"status.{status}", lang) if status != "all" else "*"
    return View(
        fields=("code", "name", "name_ar", "status", "participation", "since", "note"),
        records=records, document=records, title=t("title.members", lang, status=label, on=on.isoformat()),
        table_columns=cols, cells=cells, footer=_footer(base, lang, marks=False), rtl=lang == "ar",
    )  # fmt: skip


def events_table(base: FactBase, events: list[Event], lang: str, title: str) -> View:
    records = [event_record(base, e) for e in events]
    cols = (
        Column("date", t("col.date", lang), no_wrap=True),
        Column("kind", t("col.kind", lang), 2, optional=True),
        Column(_title(lang), t("col.title", lang), 6),
        Column("states", t("col.states", lang), 2, optional=True),
        Column("sources", t("col.sources", lang), 2, optional=True),
    )
    cells = [
        [str(e.date) + _marks(e), e.kind, getattr(e, _title(lang)), " ".join(e.states), _source_ids(e.sources, base)]
        for e in events
    ]
    return View(
        fields=("id", "date", "kind", "title", "title_ar", "states", "place", "value", "verified"),
        records=records, document=records, title=title, table_columns=cols, cells=cells,
        footer=_footer(base, lang), rtl=lang == "ar",
    )  # fmt: skip


def timeline_view(base: FactBase, events: list[Event], lang: str) -> View:
    return events_table(base, events, lang, t("title.timeline", lang))


def member_status_view(base: FactBase, st: StateStatus, history: list[Event], lang: str) -> View:
    record = status_record(st, lang)
    document = {**record, "as_of": base.meta.as_of.isoformat(),
                "history": [event_record(base, e) for e in history]}  # fmt: skip
    name = record[_name(lang)]
    hist = events_table(base, history, lang, t("title.history", lang, name=name))
    cols = (
        Column("code", t("col.code", lang), no_wrap=True),
        Column(_name(lang), t("col.name", lang), 2),
        Column("status_label", t("col.status", lang), 2),
        Column("since", t("col.since", lang), no_wrap=True),
        Column("note", t("col.note", lang), 3),
    )
    cells = [[record["code"], name, record["status_label"], record["since"] or "", record["note"]]]
    return View(
        fields=("code", "name", "name_ar", "on", "status", "participation", "since", "note"),
        records=[record], document=document,
        title=t("title.member_status", lang, name=name, status=record["status_label"], on=st.on.isoformat()),
        table_columns=cols, cells=cells, sections=(hist,), rtl=lang == "ar",
    )  # fmt: skip


def statements_view(base: FactBase, statements: list[Statement], title: str, lang: str, single: bool) -> View:
    records = [statement_record(base, s) for s in statements]
    cols = (
        Column("property", t("col.property", lang), 2),
        Column("value", t("col.value", lang), 5),
        Column("start", t("col.start", lang), no_wrap=True),
        Column("end", t("col.end", lang), no_wrap=True),
        Column("rank", t("col.rank", lang), 1, optional=True),
        Column("sources", t("col.sources", lang), 2, optional=True),
    )
    cells = []
    for s in statements:
        value = (s.value_ar if lang == "ar" and s.value_ar else s.value_text) + _marks(s)
        if s.acting:
            value += f" ({t('note.acting', lang)})"
        cells.append([s.property, value, _s(s.start) or "", _s(s.end) or "", t(f"rank.{s.rank}", lang),
                      _source_ids(s.sources, base)])  # fmt: skip
    document: Any = records[0] if single and len(records) == 1 else records
    return View(
        fields=("id", "property", "value", "value_ar", "start", "end", "acting", "rank"),
        records=records, document=document, title=title, table_columns=cols, cells=cells,
        footer=_footer(base, lang), rtl=lang == "ar",
    )  # fmt: skip
