"""Every claim one source makes in the fact base, with the record's verdict on it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from ..model import Citation, Event, FactBase, NotFound, Source, Statement
from ..records import record
from .lookup import find
from .membership import members_on
from .statements import best_on

AuditVerdict = Literal["confirmed", "contradicted", "disputed", "unverified"]


@record
class AuditedClaim:
    record_kind: Literal["event", "statement"]
    record_id: str
    field: str
    claimed: str
    verdict: AuditVerdict
    holds: str  # what the record holds
    quote: str | None
    note: str | None


def source_by_id(base: FactBase, ident: str) -> Source:
    return find(base.source_by_id, ident, "source")


def source_url(base: FactBase, ident: str) -> str:
    """The URL of a source, or of the first source of an event or a statement."""
    if ident in base.source_by_id:
        return base.source_by_id[ident].url
    holder = base.event_by_id.get(ident) or next((s for s in base.statements if s.id == ident), None)
    if holder is not None and holder.sources:
        first = base.source_by_id.get(holder.sources[0].source)
        if first is not None:
            return first.url
    import difflib

    ids = [*base.source_by_id, *base.event_by_id, *(s.id for s in base.statements)]
    raise NotFound("source, event or statement", ident, tuple(difflib.get_close_matches(ident, ids, n=4)))


def _cited(cites: tuple[Citation, ...], ident: str) -> list[Citation]:
    return [c for c in cites if c.source == ident]


def _event_claims(e: Event, ident: str) -> Iterator[AuditedClaim]:
    holds = str(e.date) + (f", value {e.value}" if e.value else "")
    for c in _cited(e.sources, ident):
        verdict: AuditVerdict = "confirmed" if e.verified else "unverified"
        yield AuditedClaim("event", e.id, "date", f"{e.title} ({e.date})", verdict, holds, c.quote, c.note)
    for alt in e.disputed:
        for c in _cited(alt.sources, ident):
            verdict = "contradicted" if alt.rank == "deprecated" else "disputed"
            current = str(e.date) if alt.field == "date" else (e.value or ", ".join(e.states))
            yield AuditedClaim(
                "event",
                e.id,
                alt.field,
                f"{e.title}: {alt.field} {alt.value}",
                verdict,
                current,
                c.quote,
                c.note or alt.note,  # a source's own note ("as the same article says") first
            )


def _statement_claims(base: FactBase, s: Statement, ident: str) -> Iterator[AuditedClaim]:
    for c in _cited(s.sources, ident):
        holds = s.value_text
        if s.property == "members" and isinstance(s.value, tuple) and s.start is not None:
            derived = tuple(r.state.code for r in members_on(base, s.start.end))
            holds = ", ".join(derived)
            verdict: AuditVerdict = "confirmed" if set(derived) == set(s.value) else "contradicted"
        elif not s.verified:
            verdict = "unverified"
        else:
            verdict = {"preferred": "confirmed", "normal": "disputed", "deprecated": "contradicted"}[s.rank]  # type: ignore[assignment]
            if s.rank != "preferred":
                best = (
                    best_on(base, s.property, s.start.start)
                    if s.start
                    else [x for x in base.statements if x.property == s.property and x.rank == "preferred"]
                )
                holds = " | ".join(x.value_text for x in best) or holds
        yield AuditedClaim("statement", s.id, s.property, s.value_text, verdict, holds, c.quote, s.note or c.note)


def audit(base: FactBase, ident: str) -> list[AuditedClaim]:
    source_by_id(base, ident)
    claims: list[AuditedClaim] = []
    for e in base.events:
        claims.extend(_event_claims(e, ident))
    for s in base.statements:
        claims.extend(_statement_claims(base, s, ident))
    return claims


@record
class SourceUse:
    source: Source
    supports: int  # facts the record holds that cite it
    contradicted: int  # its claims that the record rejects


def source_uses(base: FactBase) -> list[SourceUse]:
    supports: dict[str, int] = dict.fromkeys(base.source_by_id, 0)
    against: dict[str, int] = dict.fromkeys(base.source_by_id, 0)
    for e in base.events:
        for sid in {c.source for c in e.sources}:
            supports[sid] += 1
        for alt in e.disputed:
            for sid in {c.source for c in alt.sources}:
                against[sid] += alt.rank == "deprecated"
    for s in base.statements:
        for sid in {c.source for c in s.sources}:
            if s.rank == "deprecated":
                against[sid] += 1
            else:
                supports[sid] += 1
    return [SourceUse(src, supports[src.id], against[src.id]) for src in base.sources]
