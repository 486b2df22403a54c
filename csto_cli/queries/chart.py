"""The membership chart's grid: for each state and period, the status that held for most of it.

It reads the same derived intervals as `members` (no second source of truth).
"""

from __future__ import annotations

import datetime as dt

from ..model import Event, FactBase, State
from ..records import record
from .membership import Interval, intervals

KEY_EVENT_KINDS = ("treaty-signed", "treaty-in-force", "charter-signed", "charter-in-force", "deployment")


@record
class Period:
    start: dt.date
    end: dt.date  # inclusive


@record
class ChartRow:
    state: State
    cells: tuple[str, ...]  # per period: a status, "frozen", or "none"
    intervals: tuple[Interval, ...]


def periods(first_year: int, last_year: int, per_year: int, until: dt.date) -> list[Period]:
    months = 12 // per_year
    out = []
    for year in range(first_year, last_year + 1):
        for k in range(per_year):
            start = dt.date(year, 1 + k * months, 1)
            end_month = (k + 1) * months
            end = dt.date(year, 12, 31) if end_month == 12 else dt.date(year, end_month + 1, 1) - dt.timedelta(days=1)
            if start <= until:
                out.append(Period(start, min(end, until)))
    return out


def _category(interval: Interval) -> str:
    return "frozen" if interval.participation else interval.status  # frozen or suspended participation


def cell(history: list[Interval], period: Period) -> str:
    """The status that held for the most days of the period ("none" where nothing did)."""
    days: dict[str, int] = {}
    covered = 0
    for interval in history:
        start = max(interval.start.start, period.start)
        end = min(interval.end.start - dt.timedelta(days=1) if interval.end else period.end, period.end)
        if end >= start:
            n = (end - start).days + 1
            days[_category(interval)] = days.get(_category(interval), 0) + n
            covered += n
    days["none"] = (period.end - period.start).days + 1 - covered
    return max(days, key=lambda k: (days[k], k != "none"))


def chart_rows(base: FactBase, cols: list[Period], codes: frozenset[str] = frozenset()) -> list[ChartRow]:
    by_state = intervals(base)
    rows = []
    for state in base.states:
        history = by_state[state.code]
        if not history or (codes and state.code not in codes):
            continue
        rows.append(ChartRow(state, tuple(cell(history, p) for p in cols), tuple(history)))
    return rows


def key_events(base: FactBase, first: dt.date, last: dt.date) -> list[Event]:
    seen: set[str] = set()
    out = []
    for e in base.events:
        if e.kind in KEY_EVENT_KINDS and e.kind not in seen and first <= e.date.start <= last:
            seen.add(e.kind)
            out.append(e)
    return out
