"""Turn query results into Views: the JSON records scripts read (`contract`) and the columns a person reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..messages import t
from . import contract
from .localized import as_of_text, localized
from .view import Column, View

if TYPE_CHECKING:  # annotations only: each command imports the queries it runs
    from ..model import Citation, Event, FactBase, Source, Statement
    from ..queries.audit import AuditedClaim, SourceUse
    from ..queries.chart import ChartRow
    from ..queries.checks import Check, Evidence
    from ..queries.diff import StatementChange, StatusChange
    from ..queries.membership import Interval, StateStatus

DISPUTED = "‡"
UNVERIFIED = "?"


def _text(value: object) -> str:
    return "" if value is None else str(value)


def sources_label(cites: tuple[Citation, ...], base: FactBase) -> str:
    """A short marker for a table cell, such as "Wikipedia +4": the first source's publisher and how many
    more there are."""
    ids = list(dict.fromkeys(c.source for c in cites))
    if not ids:
        return ""
    first = base.source_by_id.get(ids[0])
    label = (first.publisher or first.id) if first else ids[0]
    label = label.split(" (")[0]  # "Wikipedia (copy via …)" → "Wikipedia"
    label = label if len(label) <= 16 else label[:15].rstrip() + "…"
    return label + (f" +{len(ids) - 1}" if len(ids) > 1 else "")


def source_urls(cites: tuple[Citation, ...], base: FactBase) -> str:
    """The URLs of the sources cited, each once, one a line (the table's `source_urls` column)."""
    urls = (base.source_by_id[c.source].url for c in cites if c.source in base.source_by_id)
    return "\n".join(dict.fromkeys(urls))


def _urls(base: FactBase, cites_of: Callable[[Any], tuple[Citation, ...]]) -> tuple[Column, ...]:
    """The column --fields source_urls shows in a table."""
    return (Column("source_urls", "URLs", lambda row: source_urls(cites_of(row), base), 4),)


def _sourced(base: FactBase, record: dict[str, Any], cites: tuple[Citation, ...]) -> dict[str, Any]:
    return {**record, "sources": [contract.citation_json(base, c) for c in cites]}


def _marks(disputed: bool, verified: bool) -> str:
    return (DISPUTED if disputed else "") + ("" if verified else UNVERIFIED)


def _footer(base: FactBase, lang: str, marks: bool = True) -> str:
    line = t("footer.as_of", lang, as_of=as_of_text(base.meta.as_of, lang))
    if base.meta.checked:
        line += ("؛ " if lang == "ar" else "; ") + t("footer.checked", lang, checked=base.meta.checked.isoformat())
    lines = [line]
    if marks:
        lines += [t("footer.disputed", lang), t("footer.unverified", lang)]
    return "\n".join(lines)


def _text_key(field: str, lang: str) -> str:
    """The record key of a text in `lang`, which is the key of the column that shows it (for --fields)."""
    return f"{field}_{lang}" if lang in ("ar", "ru") else field


def status_columns(lang: str, marked: bool) -> tuple[Column, ...]:
    """The columns of a state's status (members, member-status); `marked`: the since date carries the
    disputed/unverified marks of the event that began it."""

    def since(st: StateStatus) -> str:
        text = _text(st.since)
        if marked and st.event and st.since is not None and str(st.event.takes_effect) == text:
            text += _marks(bool(st.event.disputed), st.event.verified)
        return text

    return (
        Column("code", t("col.code", lang), lambda st: st.state.code, no_wrap=True),
        Column(_text_key("name", lang), t("col.name", lang), lambda st: localized(st.state, "name", lang), 2),
        Column("status_label", t("col.status", lang), lambda st: t(f"status.{st.status}", lang), 2),
        Column("since", t("col.since", lang), since, no_wrap=True),
        Column("note", t("col.note", lang), lambda st: st.note(lang), 3),
    )


def members_view(base: FactBase, rows: list[StateStatus], on: dt.date, status: str, lang: str) -> View:
    records = contract.stamped(
        base, [_sourced(base, contract.status_json(r, lang), r.event.sources if r.event else ()) for r in rows]
    )
    columns = (
        *status_columns(lang, marked=True),
        Column(
            "sources",
            t("col.sources", lang),
            lambda st: sources_label(st.event.sources, base) if st.event else "",
            2,
            optional=True,
        ),
    )
    label = t(f"status.{status}", lang) if status != "all" else "*"
    return View(
        fields=("code", "name", "name_ar", "name_ru", "status", "participation", "since", "note"),
        records=records,
        document=records,
        title=t("title.members", lang, status=label, on=str(rows[0].period or on) if rows else on.isoformat()),
        columns=columns,
        rows=rows,
        footer=_footer(base, lang),
        more_columns=_urls(base, lambda st: st.event.sources if st.event else ()),
    )


def events_table(base: FactBase, events: list[Event], lang: str, title: str) -> View:
    records = [contract.event_json(base, e) for e in events]
    columns = (
        Column("date", t("col.date", lang), lambda e: str(e.date) + _marks(bool(e.disputed), e.verified), no_wrap=True),
        Column("kind", t("col.kind", lang), lambda e: t(f"kind.{e.kind}", lang), 2, optional=True),
        Column(_text_key("title", lang), t("col.title", lang), lambda e: localized(e, "title", lang), 6),
        Column("states", t("col.states", lang), lambda e: " ".join(e.states), 2, optional=True),
        Column("sources", t("col.sources", lang), lambda e: sources_label(e.sources, base), 2, optional=True),
    )
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
        columns=columns,
        rows=events,
        footer=_footer(base, lang),
        more_columns=_urls(base, lambda e: e.sources),
    )


def timeline_view(base: FactBase, events: list[Event], lang: str) -> View:
    view = events_table(base, events, lang, t("title.timeline", lang))
    contract.stamped(base, view.records)
    return view


# One answer and a batch of answers (`member-status -`) have the same columns.
MEMBER_STATUS_FIELDS = ("code", "name", "name_ar", "name_ru", "on", "status", "participation", "since", "note")


def member_status_view(base: FactBase, st: StateStatus, history: list[Event], lang: str) -> View:
    cites = st.event.sources if st.event else ()
    record = _sourced(base, contract.status_json(st, lang), cites)
    name = localized(st.state, "name", lang)
    document = dict(contract.member_status_json(base, st, history, lang))
    events = document.pop("history", [])
    document.update(sources=record["sources"], history=events)
    return View(
        fields=MEMBER_STATUS_FIELDS,
        records=[record],
        document=document,
        title=t("title.member_status", lang, name=name, status=record["status_label"], on=st.on.isoformat()),
        columns=(
            *status_columns(lang, marked=False),
            Column("sources", t("col.sources", lang), lambda st: sources_label(cites, base), 2, optional=True),
        ),
        rows=[st],
        footer=_footer(base, lang, marks=False),
        sections=(events_table(base, history, lang, t("title.history", lang, name=name)),),
        more_columns=_urls(base, lambda st: cites),
    )


def statements_view(base: FactBase, statements: list[Statement], title: str, lang: str, single: bool) -> View:
    from ..queries.statements import rivals

    def value(s: Statement) -> str:
        text = localized(s, "value", lang) + _marks(bool(rivals(base, s)), s.verified)
        return text + (f" ({t('note.acting', lang)})" if s.acting else "")

    records = contract.stamped(base, [contract.statement_json(base, s) for s in statements])
    columns = (
        Column("property", t("col.property", lang), lambda s: t(f"property.{s.property}", lang), 2),
        Column("value", t("col.value", lang), value, 5),
        Column("start", t("col.start", lang), lambda s: _text(s.start), no_wrap=True),
        Column("end", t("col.end", lang), lambda s: _text(s.end), no_wrap=True),
        Column("rank", t("col.rank", lang), lambda s: t(f"rank.{s.rank}", lang), no_wrap=True, optional=True),
        Column("sources", t("col.sources", lang), lambda s: sources_label(s.sources, base), 2, optional=True),
    )
    document: Any = records[0] if single and len(records) == 1 else records
    return View(
        fields=("id", "property", "value", "value_ar", "value_ru", "start", "end", "acting", "rank"),
        records=records,
        document=document,
        title=title,
        columns=columns,
        rows=statements,
        footer=_footer(base, lang),
        more_columns=_urls(base, lambda s: s.sources),
    )


def _record_side(c: Check) -> tuple[Citation, ...]:
    """The sources of the evidence the verdict rests on."""
    return tuple(cite for e in c.evidence if e.supports == "record" for cite in e.sources)


def check_record(
    base: FactBase, c: Check, lang: str, line: tuple[int, str] | None = None, evidence: bool = True
) -> dict[str, Any]:
    """A verdict's record: with `line` (check --file), the input line's number and text first."""
    record = contract.stamped(base, [_sourced(base, contract.check_json(base, c, lang, evidence), _record_side(c))])[0]
    return {"line": line[0], "input": line[1], **record} if line is not None else record


def checks_view(
    base: FactBase, checks: list[Check], lang: str, single: bool, lines: list[tuple[int, str]] | None = None
) -> View:
    """Verdicts; with `lines` (check --file), each carries its input line's number and text."""
    numbered = {id(c): line for c, line in zip(checks, lines, strict=True)} if lines is not None else {}
    records = [check_record(base, c, lang, numbered.get(id(c))) for c in checks]
    columns = (
        *((Column("line", t("col.line", lang), lambda c: str(numbered[id(c)][0]), no_wrap=True),) if lines else ()),
        Column("verdict", t("col.verdict", lang), lambda c: t(f"verdict.{c.verdict}", lang), no_wrap=True),
        Column("claim", t("col.claim", lang), lambda c: c.claim, 4),
        Column("record", t("col.record", lang), lambda c: c.record, 3),
        Column("note", t("col.note", lang), lambda c: c.note or "", 3, optional=True),
        Column("sources", t("col.sources", lang), lambda c: sources_label(_record_side(c), base), 2, optional=True),
    )
    sections: tuple[View, ...] = ()
    if single and checks:
        sections = (evidence_view(base, list(checks[0].evidence), lang),)
    return View(
        fields=(*(("line", "input") if lines is not None else ()), "verdict", "claim", "record", "on", "note"),
        records=records,
        document=records[0] if single and len(records) == 1 else records,
        title=t("title.check", lang),
        columns=columns,
        rows=checks,
        footer=_footer(base, lang, marks=False),
        sections=sections,
        more_columns=_urls(base, _record_side),
    )


def evidence_view(base: FactBase, evidence: list[Evidence], lang: str) -> View:
    columns = (
        Column("supports", t("col.supports", lang), lambda e: t(f"supports.{e.supports}", lang), no_wrap=True),
        Column("date", t("col.date", lang), lambda e: e.date or "", no_wrap=True),
        Column(
            "text",
            t("col.evidence", lang),
            lambda e: contract.evidence_text(base, e, lang) + (f" — {e.note}" if e.note else ""),
            5,
        ),
        Column("sources", t("col.sources", lang), lambda e: sources_label(e.sources, base), 3),
    )
    return View((), [], None, t("title.evidence", lang), columns, evidence)


def audit_view(base: FactBase, source: Source, claims: list[AuditedClaim], lang: str) -> View:
    records = [contract.claim_json(c) for c in claims]
    columns = (
        Column("verdict", t("col.verdict", lang), lambda c: c.verdict, no_wrap=True),
        Column("claimed", t("col.claim", lang), lambda c: c.claimed, 3),
        Column("holds", t("col.record", lang), lambda c: c.holds, 2),
        Column("quote", t("col.quote", lang), lambda c: c.quote or "", 4),
        Column("record_id", t("col.id", lang), lambda c: c.record_id, 2, optional=True),
    )
    counts = ", ".join(
        f"{v}: {sum(c.verdict == v for c in claims)}" for v in ("confirmed", "contradicted", "disputed", "unverified")
    )
    return View(
        fields=("verdict", "record_kind", "record_id", "field", "claimed", "holds", "quote", "note"),
        records=records,
        document=contract.audit_json(base, source, records),
        title=t("title.audit", lang, title=source.title),
        columns=columns,
        rows=claims,
        footer=counts + "\n" + _footer(base, lang, marks=False),
    )


def sources_view(base: FactBase, uses: list[SourceUse], lang: str) -> View:
    records = contract.stamped(base, [contract.source_use_json(u) for u in uses])
    columns = (
        Column("id", t("col.id", lang), lambda u: u.source.id, 3),
        Column("publisher", t("col.publisher", lang), lambda u: u.source.publisher or "", 2),
        Column("date", t("col.date", lang), lambda u: _text(u.source.date), no_wrap=True),
        Column("supports", t("col.supports_n", lang), lambda u: str(u.supports), no_wrap=True),
        Column("contradicted", t("col.contradicted_n", lang), lambda u: str(u.contradicted), no_wrap=True),
        Column("title", t("col.title_src", lang), lambda u: u.source.title, 4, optional=True),
    )
    return View(
        fields=("id", "publisher", "date", "language", "supports", "contradicted", "url", "title"),
        records=records,
        document=records,
        title=t("title.sources", lang),
        columns=columns,
        rows=uses,
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
        participation = f" ({t(f'participation.{st.participation}', lang)})" if st.participation else ""
        return t(f"status.{st.status}", lang) + participation

    # A row of the table is one change of either kind, as the texts its four columns show.
    rows: list[dict[str, str]] = [
        {
            "subject": f"{c.after.state.code} {localized(c.after.state, 'name', lang)}",
            "from": label(c.before),
            "to": label(c.after),
            "events": "; ".join(f"{e.takes_effect} {localized(e, 'title', lang)}" for e in c.events),
        }
        for c in statuses
    ]
    rows += [
        {
            "subject": s.property,
            "from": " | ".join(x.value_text for x in s.before),
            "to": " | ".join(x.value_text for x in s.after),
            "events": ", ".join(x.id for x in s.after),
        }
        for s in statements
    ]
    records = [contract.status_change_json(c) for c in statuses]
    records += [contract.statement_change_json(s) for s in statements]
    columns = (
        Column("subject", t("col.subject", lang), lambda r: r["subject"], 2),
        Column("from", t("col.was", lang), lambda r: r["from"], 2),
        Column("to", t("col.became", lang), lambda r: r["to"], 2),
        Column("events", t("col.because", lang), lambda r: r["events"], 5),
    )
    return View(
        fields=("change", "subject", "from", "to", "participation_from", "participation_to"),
        records=records,
        document=contract.diff_json(base, first, second, records),
        title=t("title.diff", lang, first=first.isoformat(), second=second.isoformat()),
        columns=columns,
        rows=rows,
        footer=_footer(base, lang, marks=False),
    )


def intervals_view(base: FactBase, rows: list[ChartRow], first: int, last: int, lang: str) -> View:
    spans: list[tuple[ChartRow, Interval]] = [(r, i) for r in rows for i in r.intervals]
    records = contract.stamped(base, [contract.interval_json(r, i) for r, i in spans])
    columns = (
        Column("code", t("col.code", lang), lambda ri: ri[0].state.code, no_wrap=True),
        Column(
            "status",
            t("col.status", lang),
            lambda ri: t(f"status.{ri[1].status}", lang) + (" *" if ri[1].participation else ""),
            2,
        ),
        Column("start", t("col.start", lang), lambda ri: str(ri[1].start), no_wrap=True),
        Column("end", t("col.end", lang), lambda ri: _text(ri[1].end), no_wrap=True),
        Column("opened_by", t("col.because", lang), lambda ri: ri[1].opened_by.id, 4),
    )
    return View(
        fields=("code", "name", "status", "participation", "start", "end"),
        records=records,
        document=records,
        title=t("title.chart", lang, first=first, last=last),
        columns=columns,
        rows=spans,
        footer=_footer(base, lang, marks=False),
    )
