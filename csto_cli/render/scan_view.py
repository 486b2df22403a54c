"""The View of a scanned article: one record per claim, the JSON document with the source, the
findings with their evidence, and the article with each claim marked by its finding's number and
verdict (for a person)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..messages import t
from . import contract
from .view import Column, View, inert

if TYPE_CHECKING:
    from ..model import FactBase
    from ..scan.article import ScanResult

_MARK = {"true": "✓", "partly": "½", "false": "✗", "disputed": "‡", "unknown": "?"}
_EVIDENCE_PER_CLAIM = 4  # the JSON has them all


def scan_view(base: FactBase, result: ScanResult, lang: str) -> View:
    document = contract.scan_json(base, result, lang)
    claims = document["claims"]
    columns = (
        Column("n", "#", lambda c: str(c["n"]), no_wrap=True),
        Column(
            "verdict", t("col.verdict", lang), lambda c: f"{_MARK[c['verdict']]} {c['verdict_label']}", no_wrap=True
        ),
        Column("quote", t("col.quote", lang), lambda c: c["quote"], 4),
        Column("record", t("col.record", lang), lambda c: c["record"], 3),
        Column("note", t("col.note", lang), lambda c: c["note"] or "", 3, optional=True),
    )
    evidence_rows = [(c["n"], e) for c in claims for e in c["evidence"][:_EVIDENCE_PER_CLAIM]]
    evidence_columns = (
        Column("n", "#", lambda r: str(r[0]), no_wrap=True),
        Column("supports", t("col.supports", lang), lambda r: t(f"supports.{r[1]['supports']}", lang), no_wrap=True),
        Column("date", t("col.date", lang), lambda r: r[1]["date"] or "", no_wrap=True),
        Column("text", t("col.evidence", lang), lambda r: r[1]["text"], 5),
        Column("sources", t("col.sources", lang), lambda r: _sources(r[1]["sources"]), 3),
    )
    evidence = View((), [], None, t("title.evidence", lang), evidence_columns, evidence_rows)
    return View(
        fields=("n", "verdict", "kind", "subject", "start", "end", "quote", "claimed", "record", "note"),
        records=[{k: v for k, v in c.items() if k != "evidence"} for c in claims],
        document=document,
        title=f"{result.name}: " + t("title.scan", lang, n=len(claims)),
        columns=columns,
        rows=claims,
        footer=t("footer.as_of", lang, as_of=base.meta.as_of.isoformat()),
        sections=(evidence,) if evidence_rows else (),
    )


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
