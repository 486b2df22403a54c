"""Turn query results into Views: the records scripts read and the cells a person reads."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ..messages import t
from .localized import as_of_text, localized
from .view import Column, View

if TYPE_CHECKING:  # annotations only: each command imports the queries it runs
    from ..model import Alternative, Citation, Event, FactBase, Source, Statement
    from ..queries.audit import AuditedClaim, SourceUse
    from ..queries.chart import ChartRow
    from ..queries.checks import Check
    from ..queries.diff import StatementChange, StatusChange
    from ..queries.membership import StateStatus

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
        "title_ru": e.title_ru,
        "states": list(e.states),
        "place": e.place,
        "place_ar": e.place_ar,
        "place_ru": e.place_ru,
        "value": e.value,
        "value_ar": e.value_ar,
        "value_ru": e.value_ru,
        "person": e.person,
        "person_ar": e.person_ar,
        "person_ru": e.person_ru,
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
        "value_ru": s.value_ru,
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
        "name_ru": st.state.name_ru,
        "status": st.status,
        "status_label": t(f"status.{st.status}", lang),
        "participation": st.participation,
        "since": _s(st.since),
        "since_event": st.event.id if st.event else None,
        "on": st.on.isoformat(),
        "note": st.note(lang),
    }


def _source_ids(cites: tuple[Citation, ...], base: FactBase) -> str:
    """A short marker for a table cell: the first source's publisher and how many more there are."""
    ids = list(dict.fromkeys(c.source for c in cites))
    if not ids:
        return ""
    first = base.source_by_id.get(ids[0])
    label = (first.publisher or first.id) if first else ids[0]
    label = label.split(" (")[0]  # "Wikipedia (copy via …)" → "Wikipedia"
    label = label if len(label) <= 16 else label[:15].rstrip() + "…"
    return label + (f" +{len(ids) - 1}" if len(ids) > 1 else "")


def _marks(disputed: bool, verified: bool) -> str:
    return (DISPUTED if disputed else "") + ("" if verified else UNVERIFIED)


def _stamp(base: FactBase, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every JSON record says how current the record is: `as_of` (its knowledge horizon) and
    `checked` (the day it was last verified against its sources)."""
    currency = _currency(base)
    for record in records:
        record.update(currency)
    return records


def _currency(base: FactBase) -> dict[str, str | None]:
    checked = base.meta.checked
    return {"as_of": base.meta.as_of.isoformat(), "checked": checked.isoformat() if checked else None}


def _footer(base: FactBase, lang: str, marks: bool = True) -> str:
    line = t("footer.as_of", lang, as_of=as_of_text(base.meta.as_of, lang))
    if base.meta.checked:
        line += "; " + t("footer.checked", lang, checked=base.meta.checked.isoformat())
    lines = [line]
    if marks:
        lines += [t("footer.disputed", lang), t("footer.unverified", lang)]
    return "\n".join(lines)


def _name(lang: str) -> str:
    return {"ar": "name_ar", "ru": "name_ru"}.get(lang, "name")


def _sourced_status(base: FactBase, st: StateStatus, lang: str) -> dict[str, Any]:
    """A status record with the sources of the event that set the status."""
    cites = st.event.sources if st.event else ()
    return {**status_record(st, lang), "sources": [citation_record(base, c) for c in cites]}


def members_view(base: FactBase, rows: list[StateStatus], on: dt.date, status: str, lang: str) -> View:
    records = _stamp(base, [_sourced_status(base, r, lang) for r in rows])
    cols = (
        Column("code", t("col.code", lang), no_wrap=True),
        Column(_name(lang), t("col.name", lang), 2),
        Column("status_label", t("col.status", lang), 2),
        Column("since", t("col.since", lang), no_wrap=True),
        Column("note", t("col.note", lang), 3),
        Column("sources", t("col.sources", lang), 2, optional=True),
    )
    cells = [
        [
            rec["code"],
            localized(r.state, "name", lang) or r.state.name,
            rec["status_label"],
            (rec["since"] or "")
            + (
                _marks(bool(r.event.disputed), r.event.verified)
                if r.event and str(r.event.takes_effect) == rec["since"]
                else ""
            ),
            rec["note"],
            _source_ids(r.event.sources, base) if r.event else "",
        ]
        for rec, r in zip(records, rows, strict=True)
    ]
    label = t(f"status.{status}", lang) if status != "all" else "*"
    return View(
        fields=("code", "name", "name_ar", "name_ru", "status", "participation", "since", "note"),
        records=records,
        document=records,
        title=t("title.members", lang, status=label, on=on.isoformat()),
        table_columns=cols,
        cells=cells,
        footer=_footer(base, lang),
    )


def events_table(base: FactBase, events: list[Event], lang: str, title: str) -> View:
    records = [event_record(base, e) for e in events]
    cols = (
        Column("date", t("col.date", lang), no_wrap=True),
        Column("kind", t("col.kind", lang), 2, optional=True),
        Column({"ar": "title_ar", "ru": "title_ru"}.get(lang, "title"), t("col.title", lang), 6),
        Column("states", t("col.states", lang), 2, optional=True),
        Column("sources", t("col.sources", lang), 2, optional=True),
    )
    cells = [
        [
            str(e.date) + _marks(bool(e.disputed), e.verified),
            t(f"kind.{e.kind}", lang),
            localized(e, "title", lang) or e.title,
            " ".join(e.states),
            _source_ids(e.sources, base),
        ]
        for e in events
    ]
    return View(
        fields=(
            "id",
            "date",
            "effective",
            "kind",
            "title",
            "title_ar",
            "title_ru",
            "states",
            "place",
            "value",
            "verified",
        ),
        records=records,
        document=records,
        title=title,
        table_columns=cols,
        cells=cells,
        footer=_footer(base, lang),
    )


def timeline_view(base: FactBase, events: list[Event], lang: str) -> View:
    view = events_table(base, events, lang, t("title.timeline", lang))
    _stamp(base, view.records)
    return view


def member_status_view(base: FactBase, st: StateStatus, history: list[Event], lang: str) -> View:
    record = _sourced_status(base, st, lang)
    document = {**record, **_currency(base), "history": [event_record(base, e) for e in history]}
    name = localized(st.state, "name", lang) or st.state.name
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
        fields=("code", "name", "name_ar", "name_ru", "on", "status", "participation", "since", "note"),
        records=[record],
        document=document,
        title=t("title.member_status", lang, name=name, status=record["status_label"], on=st.on.isoformat()),
        table_columns=cols,
        cells=cells,
        footer=_footer(base, lang, marks=False),
        sections=(hist,),
    )


def statements_view(base: FactBase, statements: list[Statement], title: str, lang: str, single: bool) -> View:
    from ..queries.statements import rivals

    records = _stamp(base, [statement_record(base, s) for s in statements])
    cols = (
        Column("property", t("col.property", lang), 2),
        Column("value", t("col.value", lang), 5),
        Column("start", t("col.start", lang), no_wrap=True),
        Column("end", t("col.end", lang), no_wrap=True),
        Column("rank", t("col.rank", lang), no_wrap=True, optional=True),
        Column("sources", t("col.sources", lang), 2, optional=True),
    )
    cells = []
    for s in statements:
        own = getattr(s, f"value_{lang}", None) if lang != "en" else None
        value = (own or s.value_text) + _marks(bool(rivals(base, s)), s.verified)
        if s.acting:
            value += f" ({t('note.acting', lang)})"
        cells.append(
            [
                t(f"property.{s.property}", lang),
                value,
                _s(s.start) or "",
                _s(s.end) or "",
                t(f"rank.{s.rank}", lang),
                _source_ids(s.sources, base),
            ]
        )
    document: Any = records[0] if single and len(records) == 1 else records
    return View(
        fields=("id", "property", "value", "value_ar", "value_ru", "start", "end", "acting", "rank"),
        records=records,
        document=document,
        title=title,
        table_columns=cols,
        cells=cells,
        footer=_footer(base, lang),
    )


def _record_side_sources(base: FactBase, c: Check) -> list[dict[str, Any]]:
    """The sources of the evidence the verdict rests on, each once."""
    cites = {cite.source: cite for e in c.evidence if e.supports == "record" for cite in e.sources}
    return [citation_record(base, cite) for cite in cites.values()]


def check_record(base: FactBase, c: Check) -> dict[str, Any]:
    return {
        "claim": c.claim,
        "verdict": c.verdict,
        "record": c.record,
        "on": c.on.isoformat() if c.on else None,
        "note": c.note,
        "sources": list(
            {
                cite.source: citation_record(base, cite)
                for e in c.evidence
                if e.supports == "record"
                for cite in e.sources
            }.values()
        ),
        "evidence": [
            {
                "kind": e.kind,
                "id": e.id,
                "date": e.date,
                "text": e.text,
                "supports": e.supports,
                "note": e.note,
                "sources": [citation_record(base, s) for s in e.sources],
            }
            for e in c.evidence
        ],
    }


def checks_view(
    base: FactBase, checks: list[Check], lang: str, single: bool, lines: list[tuple[int, str]] | None = None
) -> View:
    """Verdicts; with `lines` (check --file), each carries its input line's number and text."""
    records = _stamp(base, [check_record(base, c) for c in checks])
    if lines is not None:
        records = [{"line": n, "input": text, **r} for (n, text), r in zip(lines, records, strict=True)]
    cols = (
        *((Column("line", t("col.line", lang), no_wrap=True),) if lines is not None else ()),
        Column("verdict", t("col.verdict", lang), no_wrap=True),
        Column("claim", t("col.claim", lang), 4),
        Column("record", t("col.record", lang), 3),
        Column("note", t("col.note", lang), 3, optional=True),
        Column("sources", t("col.sources", lang), 2, optional=True),
    )
    cells = [
        [
            *((str(r["line"]),) if lines is not None else ()),
            c.verdict.upper(),
            c.claim,
            c.record,
            c.note or "",
            _source_ids(tuple(cite for e in c.evidence if e.supports == "record" for cite in e.sources), base),
        ]
        for c, r in zip(checks, records, strict=True)
    ]
    sections: tuple[View, ...] = ()
    if single and checks:
        ev_cols = (
            Column("supports", t("col.supports", lang), no_wrap=True),
            Column("date", t("col.date", lang), no_wrap=True),
            Column("text", t("col.evidence", lang), 5),
            Column("sources", t("col.sources", lang), 3),
        )
        ev_cells = [
            [
                t(f"supports.{e.supports}", lang),
                e.date or "",
                e.text + (f" — {e.note}" if e.note else ""),
                _source_ids(e.sources, base),
            ]
            for e in checks[0].evidence
        ]
        sections = (View((), [], None, t("title.evidence", lang), ev_cols, ev_cells),)
    return View(
        fields=(*(("line", "input") if lines is not None else ()), "verdict", "claim", "record", "on", "note"),
        records=records,
        document=records[0] if single and len(records) == 1 else records,
        title=t("title.check", lang),
        table_columns=cols,
        cells=cells,
        footer=_footer(base, lang, marks=False),
        sections=sections,
    )


def audit_view(base: FactBase, source: Source, claims: list[AuditedClaim], lang: str) -> View:
    records = [
        {
            "record_kind": c.record_kind,
            "record_id": c.record_id,
            "field": c.field,
            "claimed": c.claimed,
            "verdict": c.verdict,
            "holds": c.holds,
            "quote": c.quote,
            "note": c.note,
        }
        for c in claims
    ]
    cols = (
        Column("verdict", t("col.verdict", lang), no_wrap=True),
        Column("claimed", t("col.claim", lang), 3),
        Column("holds", t("col.record", lang), 2),
        Column("quote", t("col.quote", lang), 4),
        Column("record_id", t("col.id", lang), 2, optional=True),
    )
    cells = [[c.verdict, c.claimed, c.holds, c.quote or "", c.record_id] for c in claims]
    counts = ", ".join(
        f"{v}: {sum(c.verdict == v for c in claims)}" for v in ("confirmed", "contradicted", "disputed", "unverified")
    )
    return View(
        fields=("verdict", "record_kind", "record_id", "field", "claimed", "holds", "quote", "note"),
        records=records,
        document={"source": source_record(source), **_currency(base), "claims": records},
        title=t("title.audit", lang, title=source.title),
        table_columns=cols,
        cells=cells,
        footer=counts + "\n" + _footer(base, lang, marks=False),
    )


def source_record(src: Source) -> dict[str, Any]:
    return {
        "id": src.id,
        "title": src.title,
        "publisher": src.publisher,
        "date": _s(src.date),
        "language": src.language,
        "url": src.url,
        "kind": src.kind,
    }


def sources_view(base: FactBase, uses: list[SourceUse], lang: str) -> View:
    records = _stamp(
        base, [{**source_record(u.source), "supports": u.supports, "contradicted": u.contradicted} for u in uses]
    )
    cols = (
        Column("id", t("col.id", lang), 3),
        Column("publisher", t("col.publisher", lang), 2),
        Column("date", t("col.date", lang), no_wrap=True),
        Column("supports", t("col.supports_n", lang), no_wrap=True),
        Column("contradicted", t("col.contradicted_n", lang), no_wrap=True),
        Column("title", t("col.title_src", lang), 4, optional=True),
    )
    cells = [
        [
            u.source.id,
            u.source.publisher or "",
            _s(u.source.date) or "",
            str(u.supports),
            str(u.contradicted),
            u.source.title,
        ]
        for u in uses
    ]
    return View(
        fields=("id", "publisher", "date", "language", "supports", "contradicted", "url", "title"),
        records=records,
        document=records,
        title=t("title.sources", lang),
        table_columns=cols,
        cells=cells,
        footer=_footer(base, lang, marks=False),
    )


def diff_view(
    base: FactBase,
    first: dt.date,
    second: dt.date,
    statuses: list[StatusChange],
    statements: list[StatementChange],
    lang: str,
) -> View:
    def label(st: StateStatus) -> str:
        return t(f"status.{st.status}", lang) + (
            f" ({t(f'participation.{st.participation}', lang)})" if st.participation else ""
        )

    records: list[dict[str, Any]] = []
    cells = []
    for c in statuses:
        name = localized(c.after.state, "name", lang)
        records.append(
            {
                "change": "status",
                "subject": c.after.state.code,
                "name": c.after.state.name,
                "name_ar": c.after.state.name_ar,
                "name_ru": c.after.state.name_ru,
                "from": c.before.status,
                "to": c.after.status,
                "participation_from": c.before.participation,
                "participation_to": c.after.participation,
                "events": [
                    {
                        "id": e.id,
                        "date": str(e.takes_effect),
                        "kind": e.kind,
                        "title": e.title,
                        "title_ar": e.title_ar,
                        "title_ru": e.title_ru,
                    }
                    for e in c.events
                ],
            }
        )
        cells.append(
            [
                f"{c.after.state.code} {name}",
                label(c.before),
                label(c.after),
                "; ".join(f"{e.takes_effect} {localized(e, 'title', lang)}" for e in c.events),
            ]
        )
    for s in statements:
        before = " | ".join(x.value_text for x in s.before)
        after = " | ".join(x.value_text for x in s.after)
        records.append(
            {
                "change": "statement",
                "subject": s.property,
                "from": before or None,
                "to": after or None,
                "from_ids": [x.id for x in s.before],
                "to_ids": [x.id for x in s.after],
            }
        )
        cells.append([s.property, before, after, ", ".join(x.id for x in s.after)])
    cols = (
        Column("subject", t("col.subject", lang), 2),
        Column("from", t("col.was", lang), 2),
        Column("to", t("col.became", lang), 2),
        Column("events", t("col.because", lang), 5),
    )
    return View(
        fields=("change", "subject", "from", "to", "participation_from", "participation_to"),
        records=records,
        document={
            "from": first.isoformat(),
            "to": second.isoformat(),
            **_currency(base),
            "changes": records,
        },
        title=t("title.diff", lang, first=first.isoformat(), second=second.isoformat()),
        table_columns=cols,
        cells=cells,
        footer=_footer(base, lang, marks=False),
    )


def intervals_view(base: FactBase, rows: list[ChartRow], lang: str) -> View:
    def event_ref(e: Event | None) -> dict[str, Any] | None:
        return None if e is None else {"id": e.id, "date": str(e.takes_effect), "kind": e.kind, "title": e.title}

    records = [
        {
            "code": r.state.code,
            "name": r.state.name,
            "name_ar": r.state.name_ar,
            "status": i.status,
            "participation": i.participation,
            "start": str(i.start),
            "end": _s(i.end),
            "opened_by": event_ref(i.opened_by),
            "closed_by": event_ref(i.closed_by),
        }
        for r in rows
        for i in r.intervals
    ]
    _stamp(base, records)
    cols = (
        Column("code", t("col.code", lang), no_wrap=True),
        Column("status", t("col.status", lang), 2),
        Column("start", t("col.start", lang), no_wrap=True),
        Column("end", t("col.end", lang), no_wrap=True),
        Column("opened_by", t("col.because", lang), 4),
    )
    cells = [
        [
            r.state.code,
            t(f"status.{i.status}", lang) + (" *" if i.participation else ""),
            str(i.start),
            _s(i.end) or "",
            i.opened_by.id,
        ]
        for r in rows
        for i in r.intervals
    ]
    return View(
        fields=("code", "name", "status", "participation", "start", "end"),
        records=records,
        document=records,
        title=t("title.chart", lang, first="", last=""),
        table_columns=cols,
        cells=cells,
        footer=_footer(base, lang, marks=False),
    )
