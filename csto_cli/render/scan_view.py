"""The View of a scanned article: one record per claim, the JSON document with the source, and the
article with each claim marked by its finding's number and verdict (for a person)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..messages import t
from .view import Column, View, inert

if TYPE_CHECKING:
    from ..model import FactBase
    from ..scan.article import ScanResult

_MARK = {"true": "✓", "partly": "½", "false": "✗", "disputed": "‡", "unknown": "?"}


def scan_view(base: FactBase, result: ScanResult, lang: str) -> View:
    from .views import check_record

    claims = []
    for n, c in enumerate(result.claims, 1):
        checked = check_record(base, c.check, lang)
        claims.append(
            {
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
        )
    document: dict[str, Any] = {
        "source": {"file": result.name, "characters": len(result.text), "html": result.html},
        "as_of": base.meta.as_of.isoformat(),
        "claims": claims,
    }
    cols = (
        Column("n", "#", no_wrap=True),
        Column("verdict", t("col.verdict", lang), no_wrap=True),
        Column("quote", t("col.quote", lang), 4),
        Column("record", t("col.record", lang), 3),
        Column("note", t("col.note", lang), 3, optional=True),
    )
    cells = [
        [str(c["n"]), f"{_MARK[c['verdict']]} {c['verdict_label']}", c["quote"], c["record"], c["note"] or ""]
        for c in claims
    ]
    flat = [{k: v for k, v in c.items() if k != "evidence"} for c in claims]
    ev_cols = (
        Column("n", "#", no_wrap=True),
        Column("supports", t("col.supports", lang), no_wrap=True),
        Column("date", t("col.date", lang), no_wrap=True),
        Column("text", t("col.evidence", lang), 5),
        Column("sources", t("col.sources", lang), 3),
    )
    ev_cells = [
        [str(c["n"]), t(f"supports.{e['supports']}", lang), e["date"] or "", e["text"], _sources(e["sources"])]
        for c in claims
        for e in c["evidence"][:_EVIDENCE_PER_CLAIM]
    ]
    evidence = View((), [], None, t("title.evidence", lang), ev_cols, ev_cells)
    title = f"{result.name}: " + (t("title.scan", lang, n=len(claims)))
    return View(
        fields=("n", "verdict", "kind", "subject", "start", "end", "quote", "claimed", "record", "note"),
        records=flat,
        document=document,
        title=title,
        table_columns=cols,
        cells=cells,
        footer=t("footer.as_of", lang, as_of=base.meta.as_of.isoformat()),
        sections=(evidence,) if ev_cells else (),
    )


_EVIDENCE_PER_CLAIM = 4  # the JSON has them all


def _sources(sources: list[dict[str, Any]]) -> str:
    """The first two sources as "Publisher <url>", and how many more: enough to follow one up."""
    shown = [f"{(s['publisher'] or s['id']).split(' (')[0]} <{s['url']}>" for s in sources[:2]]
    more = len(sources) - len(shown)
    return "; ".join(shown) + (f" +{more}" if more > 0 else "")


def marked_article(result: ScanResult) -> str:
    """The article with ⟦n ✗⟧ after each claim, for reading beside the findings."""
    out: list[str] = []
    at = 0
    ends = sorted(((c.end, n) for n, c in enumerate(result.claims, 1)), key=lambda e: e[0])
    for end, n in ends:
        if end < at:
            continue
        out.append(result.text[at:end])
        out.append(f" ⟦{n} {_MARK[result.claims[n - 1].verdict]}⟧")
        at = end
    out.append(result.text[at:])
    return inert("".join(out).replace("\t", " ").replace("\r", "")) + "\n"
