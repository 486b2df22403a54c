"""The organization's statements: the best-ranked value on a day, or every value with its rank."""

from __future__ import annotations

import datetime as dt

from ..model import FactBase, PartialDate, Statement
from .lookup import find

_RANK_ORDER = {"preferred": 0, "normal": 1, "deprecated": 2}
# Properties that hold what sources claim (a member list, an opinion), kept for fact-checking:
# they are not facts about the organization, so the overview leaves them out.
CLAIM_PROPERTIES = frozenset({"members", "description"})


def properties(base: FactBase) -> list[str]:
    return sorted({s.property for s in base.statements})


def check_property(base: FactBase, prop: str) -> str:
    """The property id for what the user typed: an id (`secretary-general`) or its label in any of
    csto's languages (`генеральный секретарь`, `الأمين العام`), compared folded."""
    known = properties(base)
    if prop in known:
        return prop
    from ..messages import LANGS, t
    from .names import fold

    by_label = {fold(t(f"property.{p}", lang)): p for p in known for lang in LANGS}
    by_label.update({fold(p): p for p in known})
    return by_label.get(fold(prop)) or find({p: p for p in known}, prop, "property", cutoff=0.5)


def _order(s: Statement) -> tuple[object, ...]:
    return (s.start.sort_key if s.start else (dt.date.min, 0), _RANK_ORDER[s.rank], s.id)


def all_values(base: FactBase, prop: str) -> list[Statement]:
    """Every statement of the property, every rank, in order of start date."""
    prop = check_property(base, prop)
    return sorted((s for s in base.statements if s.property == prop), key=_order)


def best_on(base: FactBase, prop: str, day: dt.date) -> list[Statement]:
    """The statements valid on `day` with the best rank present (deprecated ones never count)."""
    valid = [s for s in all_values(base, prop) if s.rank != "deprecated" and s.valid_on(day)]
    if not valid:
        return []
    best = min(_RANK_ORDER[s.rank] for s in valid)
    return [s for s in valid if _RANK_ORDER[s.rank] == best]


def overview(base: FactBase, day: dt.date) -> list[Statement]:
    return [s for prop in properties(base) if prop not in CLAIM_PROPERTIES for s in best_on(base, prop, day)]


def _overlap(a: Statement, b: Statement) -> bool:
    """Whether two statements certainly held at the same time: imprecise ends count from the
    earliest day they could be (a term that ended "2003-04" does not overlap one from 2003-04-28)."""
    a_start = a.start.end if a.start else dt.date.min
    b_start = b.start.end if b.start else dt.date.min
    a_end = a.end.start if a.end else dt.date.max
    b_end = b.end.start if b.end else dt.date.max
    return a_start <= b_end and b_start <= a_end


def rivals(base: FactBase, statement: Statement) -> list[Statement]:
    """Other values that sources give for the same property over the same time: what makes it disputed."""
    from .cache import memo

    by_property = memo(base, "statements_by_property", lambda: _by_property(base))
    return [
        s
        for s in by_property.get(statement.property, [])
        if s is not statement
        and s.value_text != statement.value_text
        and _overlap(s, statement)
        and statement.rank == "preferred"
        and s.rank != "preferred"
    ]


def _by_property(base: FactBase) -> dict[str, list[Statement]]:
    out: dict[str, list[Statement]] = {}
    for s in base.statements:
        out.setdefault(s.property, []).append(s)
    return out


def best_within(base: FactBase, prop: str, period: PartialDate, last: dt.date) -> list[Statement]:
    """Every value that was the best on some day of the period (up to `last`), in order of start."""
    days = {period.start, last}
    for s in all_values(base, prop):
        edges = (s.start.start if s.start else None, s.end.end + dt.timedelta(days=1) if s.end else None)
        days |= {day for day in edges if day is not None and period.start <= day <= last}
    found: dict[str, Statement] = {}
    for day in sorted(days):
        for s in best_on(base, prop, day):
            found.setdefault(s.id, s)
    return list(found.values())
