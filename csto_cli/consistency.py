"""Rules across records that a well-typed fact base can still break: names that resolve to two
states, facts dated after the record's as-of date or in the future, a withdrawal before any joining,
a state named twice in one event, a "disputed" value that is the recorded one.

Each rule is a small function of the built FactBase that returns its problems; `problems` runs them
all. The loader calls it after `validation` has built the base (so the two stay independent)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterator

from .model import Event, FactBase, Problem

# Kinds that make a state a party (or a signatory) before which a withdrawal cannot happen.
JOINING = frozenset({"treaty-signed", "accession", "treaty-in-force", "rejoined"})
_NOT_WORD = re.compile(r"[\W_]+")


def problems(base: FactBase, text: str, name: str, today: dt.date | None = None) -> list[Problem]:
    where = _Where(text, name)
    found: list[Problem] = []
    for rule in RULES:
        found.extend(rule(base, where, today or dt.date.today()))
    return found


class _Where:
    """Finds the line of a record from its id or code, so each problem says where it is."""

    def __init__(self, text: str, name: str) -> None:
        self.text, self.name = text, name

    def problem(self, message: str, table: str, ident: str | None, key: str = "id") -> Problem:
        line = None
        if ident is not None:
            m = re.search(rf'^[ \t]*{key}[ \t]*=[ \t]*"{re.escape(ident)}"', self.text, re.M)
            line = self.text.count("\n", 0, m.start()) + 1 if m else None
        record = f'{table} ({key} "{ident}")' if ident is not None else table
        return Problem(self.name, message, line, record)


Rule = Callable[[FactBase, _Where, dt.date], Iterator[Problem]]


def _spelling(text: str) -> str:
    """Case, width and punctuation do not make two spellings different names."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


def names_are_unambiguous(base: FactBase, where: _Where, today: dt.date) -> Iterator[Problem]:
    owner: dict[str, str] = {}
    for state in base.states:
        spellings = (state.code, state.name, state.name_ar, state.name_ru or "")
        for spelling in dict.fromkeys(_spelling(s) for s in spellings if s):
            owner.setdefault(spelling, state.code)
    for state in base.states:
        for alias in (*state.aliases, *state.aliases_ar, *state.aliases_ru):
            other = owner.setdefault(_spelling(alias), state.code)
            if other != state.code:
                yield where.problem(
                    f"alias {alias!r} is also a name, code or alias of {other}: a lookup could not tell them apart",
                    "states",
                    state.code,
                    "code",
                )


def as_of_is_not_in_the_future(base: FactBase, where: _Where, today: dt.date) -> Iterator[Problem]:
    if base.meta.as_of > today:
        yield where.problem(
            f"as_of {base.meta.as_of} is after today ({today}): a record cannot know the future", "meta", None
        )


def nothing_is_dated_after_as_of(base: FactBase, where: _Where, today: dt.date) -> Iterator[Problem]:
    as_of = base.meta.as_of
    for e in base.events:
        for label, date in (("date", e.date), ("effective", e.effective)):
            if date is not None and date.start > as_of:
                yield where.problem(f"{label} {date} is after the record's as_of {as_of}", "events", e.id)
    for s in base.statements:
        if s.start is not None and s.start.start > as_of:
            yield where.problem(f"start {s.start} is after the record's as_of {as_of}", "statements", s.id)


def withdrawals_follow_a_joining(base: FactBase, where: _Where, today: dt.date) -> Iterator[Problem]:
    first_join: dict[str, Event] = {}
    for e in base.events:  # in the order they take effect
        if e.kind in JOINING:
            for code in e.states:
                first_join.setdefault(code, e)
        elif e.kind == "withdrawal":
            for code in e.states:
                if code not in first_join:
                    yield where.problem(f"withdraws {code}, which had not joined before it", "events", e.id)


def each_state_once_per_event(base: FactBase, where: _Where, today: dt.date) -> Iterator[Problem]:
    for e in base.events:
        repeated = sorted({code for code in e.states if e.states.count(code) > 1})
        if repeated:
            yield where.problem(f"names {', '.join(repeated)} more than once", "events", e.id)


def disputed_values_differ(base: FactBase, where: _Where, today: dt.date) -> Iterator[Problem]:
    for e in base.events:
        recorded = {
            "date": {str(e.date), str(e.effective) if e.effective else None},
            "value": {e.value},
            "place": {e.place},
            "person": {e.person},
        }
        for alt in e.disputed:
            if alt.value in recorded.get(alt.field, set()):
                yield where.problem(
                    f"disputed {alt.field} {alt.value!r} is the recorded one: a dispute needs another value",
                    "events",
                    e.id,
                )


RULES: tuple[Rule, ...] = (
    names_are_unambiguous,
    as_of_is_not_in_the_future,
    nothing_is_dated_after_as_of,
    withdrawals_follow_a_joining,
    each_state_once_per_event,
    disputed_values_differ,
)
