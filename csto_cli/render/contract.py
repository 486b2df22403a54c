"""The JSON contract (README, "JSON contract"): one builder per row of its table, in its order.

Scripts depend on these keys: a key may be added, none renamed or reordered. The table formats read
the same records (csv and tsv pick `View.fields` from them).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ..messages import t

if TYPE_CHECKING:  # annotations only: each command imports the queries it runs
    from ..model import Alternative, Citation, Event, FactBase, Source, Statement
    from ..queries.audit import AuditedClaim, SourceUse
    from ..queries.chart import ChartRow
    from ..queries.checks import Check, Evidence
    from ..queries.diff import StatementChange, StatusChange
    from ..queries.membership import Interval, StateStatus
    from ..scan.article import ScanResult
    from ..scan.claims import Claim


def _s(value: object) -> str | None:
    return None if value is None else str(value)


def stamped(base: FactBase, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every JSON record says how current the record is: `as_of` (its knowledge horizon) and
    `checked` (the day it was last verified against its sources)."""
    now = currency(base)
    for rec in records:
        rec.update(now)
    return records


def currency(base: FactBase) -> dict[str, str | None]:
    checked = base.meta.checked
    return {"as_of": base.meta.as_of.isoformat(), "checked": checked.isoformat() if checked else None}


# `members`: array of status_json
def status_json(st: StateStatus, lang: str) -> dict[str, Any]:
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


# `member-status`: status_json with as_of and its history of events
def member_status_json(base: FactBase, st: StateStatus, history: list[Event], lang: str) -> dict[str, Any]:
    return {
        **status_json(st, lang),
        **currency(base),
        "history": [event_json(base, e) for e in history],
    }


# `timeline`: array of event_json
def event_json(base: FactBase, e: Event) -> dict[str, Any]:
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
        "sources": [citation_json(base, c) for c in e.sources],
        "disputed": [alternative_json(base, a) for a in e.disputed],
    }


def alternative_json(base: FactBase, alt: Alternative) -> dict[str, Any]:
    return {
        "field": alt.field,
        "value": alt.value,
        "rank": alt.rank,
        "note": alt.note,
        "sources": [citation_json(base, c) for c in alt.sources],
    }


# `fact PROPERTY`: statement_json; `fact`, `fact --all`: an array of them
def statement_json(base: FactBase, s: Statement) -> dict[str, Any]:
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
        "sources": [citation_json(base, c) for c in s.sources],
    }


# `check`: check_json; with --file, an array of them
def check_json(base: FactBase, c: Check, lang: str = "en", evidence: bool = True) -> dict[str, Any]:
    """With `evidence=False` (CSV and TSV, which have no column for it) the evidence is not built."""
    record: dict[str, Any] = {
        "claim": c.claim,
        "verdict": c.verdict,
        "verdict_label": t(f"verdict.{c.verdict}", lang),
        "matched": c.matched,
        "record": c.record,
        "on": c.on.isoformat() if c.on else None,
        "note": c.note,
    }
    if evidence:
        record["evidence"] = [
            {
                "kind": e.kind,
                "id": e.id,
                "date": e.date,
                "text": evidence_text(base, e, lang),
                "supports": e.supports,
                "note": e.note,
                # a citation's own note speaks of that one source's text ("as the same article
                # says..."): it belongs to the source's audit, not to a verdict on anyone's claim
                "sources": [citation_json(base, s) | {"note": None} for s in e.sources],
            }
            for e in c.evidence
        ]
    return record


def evidence_text(base: FactBase, e: Evidence, lang: str) -> str:
    """An event's title in the reader's language, when the evidence is just that title."""
    event = base.event_by_id.get(e.id) if e.kind == "event" else None
    if event is None or e.text != event.title or lang == "en":
        return e.text
    return (event.title_ar if lang == "ar" else event.title_ru) or event.title


# `scan`: scan_json, its claims scan_claim_json (a check_json with where the article makes the claim)
def scan_json(base: FactBase, result: ScanResult, lang: str = "en") -> dict[str, Any]:
    return {
        "source": {"file": result.name, "characters": len(result.text), "html": result.html},
        **currency(base),
        "claims": [scan_claim_json(base, n, c, lang) for n, c in enumerate(result.claims, 1)],
    }


def scan_claim_json(base: FactBase, n: int, c: Claim, lang: str = "en") -> dict[str, Any]:
    checked = check_json(base, c.check, lang)
    return {
        "n": n,
        "quote": c.quote,
        "start": c.start,
        "end": c.end,
        "kind": c.kind,
        "subject": c.subject,
        "claimed": c.claimed,
        "verdict": c.verdict,
        "verdict_label": checked["verdict_label"],
        "claim": checked["claim"],
        "record": checked["record"],
        "note": checked["note"],
        "evidence": checked["evidence"],
    }


# `audit`: audit_json, its claims claim_json
def audit_json(base: FactBase, src: Source, claims: list[dict[str, Any]]) -> dict[str, Any]:
    return {"source": source_json(src), **currency(base), "claims": claims}


def claim_json(c: AuditedClaim) -> dict[str, Any]:
    return {
        "record_kind": c.record_kind,
        "record_id": c.record_id,
        "field": c.field,
        "claimed": c.claimed,
        "verdict": c.verdict,
        "holds": c.holds,
        "quote": c.quote,
        "note": c.note,
    }


# `sources`: array of source_use_json
def source_json(src: Source) -> dict[str, Any]:
    return {
        "id": src.id,
        "title": src.title,
        "publisher": src.publisher,
        "date": _s(src.date),
        "language": src.language,
        "url": src.url,
        "kind": src.kind,
    }


def source_use_json(use: SourceUse) -> dict[str, Any]:
    return {**source_json(use.source), "supports": use.supports, "contradicted": use.contradicted}


# `diff`: diff_json, its changes status_change_json and statement_change_json
def diff_json(base: FactBase, first: dt.date, second: dt.date, changes: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "from": first.isoformat(),
        "to": second.isoformat(),
        **currency(base),
        "changes": changes,
    }


def status_change_json(c: StatusChange) -> dict[str, Any]:
    return {
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


def statement_change_json(s: StatementChange) -> dict[str, Any]:
    return {
        "change": "statement",
        "subject": s.property,
        "from": " | ".join(x.value_text for x in s.before) or None,
        "to": " | ".join(x.value_text for x in s.after) or None,
        "from_ids": [x.id for x in s.before],
        "to_ids": [x.id for x in s.after],
    }


# `chart`: array of interval_json
def interval_json(row: ChartRow, i: Interval) -> dict[str, Any]:
    return {
        "code": row.state.code,
        "name": row.state.name,
        "name_ar": row.state.name_ar,
        "name_ru": row.state.name_ru,
        "status": i.status,
        "participation": i.participation,
        "start": str(i.start),
        "end": _s(i.end),
        "opened_by": _event_ref(i.opened_by),
        "closed_by": _event_ref(i.closed_by),
    }


def _event_ref(e: Event | None) -> dict[str, Any] | None:
    return None if e is None else {"id": e.id, "date": str(e.takes_effect), "kind": e.kind, "title": e.title}


# A source in these arrays
def citation_json(base: FactBase, cite: Citation) -> dict[str, Any]:
    src = base.source_by_id.get(cite.source)
    return {
        "id": cite.source,
        "title": src.title if src else None,
        "publisher": src.publisher if src else None,
        "url": src.url if src else None,
        "quote": cite.quote,
        "note": cite.note,
    }
