"""What changed between two days: statuses, with the events that caused them, and statements."""

from __future__ import annotations

import datetime as dt

from ..model import Event, FactBase, Statement
from ..records import record
from .membership import StateStatus, intervals, status_on
from .statements import best_on, properties


@record
class StatusChange:
    before: StateStatus
    after: StateStatus
    events: tuple[Event, ...]


@record
class StatementChange:
    property: str
    before: tuple[Statement, ...]
    after: tuple[Statement, ...]


def diff(base: FactBase, first: dt.date, second: dt.date) -> tuple[list[StatusChange], list[StatementChange]]:
    """Changes from `first` to `second` (either order), each with the events in between."""
    lo, hi = min(first, second), max(first, second)
    statuses = []
    for state in base.states:
        a, b = status_on(base, state, first), status_on(base, state, second)
        moves = tuple(i.opened_by for i in intervals(base)[state.code] if lo < i.start.start <= hi)
        if (a.status, a.participation) != (b.status, b.participation) or moves:
            statuses.append(StatusChange(a, b, moves))
    statements = []
    for prop in properties(base):
        if prop == "members":
            continue
        a_values, b_values = tuple(best_on(base, prop, first)), tuple(best_on(base, prop, second))
        if {s.id for s in a_values} != {s.id for s in b_values}:
            statements.append(StatementChange(prop, a_values, b_values))
    return statuses, statements
