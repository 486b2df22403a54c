"""Each state's status on any day, derived from the events of the fact base (no hand-kept list)."""

from __future__ import annotations

import datetime as dt

from ..model import STATUS_CHANGING_KINDS, Event, FactBase, PartialDate, State, Status
from ..records import record, replace

REPLAYED_KINDS = STATUS_CHANGING_KINDS | {"renewal"}  # the kinds the membership history replays


@record
class Interval:
    """A stretch of time in which one state's status held; `end` is None while it still holds."""

    code: str
    status: Status
    participation: str | None
    start: PartialDate
    end: PartialDate | None
    opened_by: Event
    closed_by: Event | None


@record
class Change:
    """A state's status changing on a day inside a period asked for (`--on 2012`)."""

    on: PartialDate
    before: Status
    after: Status
    event: Event | None


@record
class StateStatus:
    state: State
    on: dt.date
    status: Status
    participation: str | None
    since: PartialDate | None
    event: Event | None
    uncertain: bool  # the day falls inside the period of an imprecise event date
    never: bool = False  # the state never held any status (never a party, never an observer)
    period: PartialDate | None = None  # a year or month asked for: the status is its last day's
    changes: tuple[Change, ...] = ()  # and these are the changes within it

    def note(self, lang: str = "en") -> str:
        """What a reader should know beside the status: changes within the period asked for, a
        frozen participation, an imprecise date."""
        from ..messages import t

        parts = []
        if self.period is not None and self.changes:
            steps = ", ".join(
                t(
                    "note.change",
                    lang,
                    before=t(f"status.{c.before}", lang),
                    after=t(f"status.{c.after}", lang),
                    on=c.on,
                )
                for c in self.changes
            )
            parts.append(t("note.changed_within", lang, period=self.period, changes=steps))
        if self.never:
            parts.append(t("note.never", lang))
        if self.participation is not None and self.event is not None:
            parts.append(t(f"note.{self.participation}_since", lang, date=self.event.takes_effect))
        if self.uncertain and self.event is not None:
            parts.append(t("note.uncertain", lang, date=self.event.takes_effect))
        return "; ".join(parts)


def _next(status: Status, participation: str | None, event: Event, in_force: bool) -> tuple[Status, str | None]:
    kind = event.kind
    if kind in ("treaty-signed", "accession"):
        return ("member" if in_force else "signatory"), None
    if kind == "treaty-in-force":
        return ("member" if status in ("signatory", "member") else status), participation
    if kind == "withdrawal":
        return "former", None
    if kind == "rejoined":
        return "member", None
    if kind == "suspended":
        return "suspended", None
    if kind == "participation-frozen":
        return status, "frozen"
    if kind == "participation-suspended":
        return status, "suspended"
    if kind == "observer-granted" and status in ("none", "former", "observer"):
        return "observer", None
    if kind == "observer-ended" and status == "observer":
        return "none", None
    return status, participation


def intervals(base: FactBase) -> dict[str, list[Interval]]:
    """Every state's history as consecutive, non-overlapping intervals, in date order."""
    from .cache import memo

    return memo(base, "intervals", lambda: _intervals(base))


def _intervals(base: FactBase) -> dict[str, list[Interval]]:
    out: dict[str, list[Interval]] = {s.code: [] for s in base.states}
    state: dict[str, tuple[Status, str | None]] = {s.code: ("none", None) for s in base.states}
    in_force = False
    for event in base.events:  # already in order of the day each takes effect
        if event.kind == "treaty-in-force":
            in_force = True
        if event.kind not in REPLAYED_KINDS:
            continue
        for code in event.states:
            old = state[code]
            new = _next(*old, event, in_force and event.kind != "treaty-in-force")
            if new == old:
                continue
            state[code] = new
            history = out[code]
            if history:
                last = history[-1]
                history[-1] = Interval(
                    last.code, last.status, last.participation, last.start, event.takes_effect, last.opened_by, event
                )
            if new[0] != "none":
                history.append(Interval(code, new[0], new[1], event.takes_effect, None, event, None))
    return out


def status_on(base: FactBase, state: State, day: dt.date) -> StateStatus:
    """The state's status on `day`. An event dated only to a month or year takes effect from the
    first day of its period; answers inside that period are flagged `uncertain`."""
    history = intervals(base).get(state.code, [])  # a country of the world the record holds no events for
    for i in range(len(history) - 1, -1, -1):
        interval = history[i]
        if interval.start.start > day:
            continue
        if interval.end is not None and day >= interval.end.start:
            break
        first = i  # "since" is when the status began, even if participation changed later
        while (
            first > 0
            and history[first - 1].status == interval.status
            and history[first - 1].end == history[first].start
        ):
            first -= 1
        event = interval.opened_by
        uncertain = interval.start.precision != "day" and interval.start.contains(day) and day != interval.start.end
        since = history[first].start
        return StateStatus(state, day, interval.status, interval.participation, since, event, uncertain)
    return StateStatus(state, day, "none", None, None, None, False, never=not history)


def status_in(base: FactBase, state: State, period: PartialDate, last: dt.date) -> StateStatus:
    """The state's status over a period (a year or a month) up to `last`, its last day or today:
    the status on `last`, with every change between the period's first day and `last`."""
    history = intervals(base).get(state.code, [])
    first = period.start
    changes: list[Change] = []
    for interval in history:
        for when, event in ((interval.start, interval.opened_by), (interval.end, interval.closed_by)):
            if when is not None and first < when.start <= last:
                day = when.start
                before = status_on(base, state, day - dt.timedelta(days=1)).status
                after = status_on(base, state, day).status
                if before != after and all(c.on != when for c in changes):
                    changes.append(Change(when, before, after, event))
    changes.sort(key=lambda c: c.on.sort_key)
    st = status_on(base, state, last)
    return replace(st, period=period, changes=tuple(changes))


def held_in(st: StateStatus) -> set[str]:
    """Every status the state held on some day of the period `st` answers for."""
    return {st.status, *(c.before for c in st.changes), *(c.after for c in st.changes)}


def members_in(base: FactBase, period: PartialDate, last: dt.date, status: str = "member") -> list[StateStatus]:
    """States that held `status` on any day of the period (up to `last`), ordered by code."""
    rows = [status_in(base, s, period, last) for s in base.states]
    wanted = [r for r in rows if (held_in(r) - {"none"} if status == "all" else status in held_in(r))]
    return sorted(wanted, key=lambda r: r.state.code)


def members_on(base: FactBase, day: dt.date, status: str = "member") -> list[StateStatus]:
    """States holding `status` ("all": any status but none) on `day`, ordered by code."""
    rows = [status_on(base, s, day) for s in base.states]
    wanted = [r for r in rows if (r.status != "none" if status == "all" else r.status == status)]
    return sorted(wanted, key=lambda r: r.state.code)


def history(base: FactBase, state: State) -> list[Event]:
    """Every event that names the state, in date order."""
    from .cache import memo

    by_state = memo(base, "events_by_state", lambda: _events_by_state(base))
    return by_state.get(state.code, [])


def _events_by_state(base: FactBase) -> dict[str, list[Event]]:
    out: dict[str, list[Event]] = {}
    for event in base.events:
        for code in event.states:
            out.setdefault(code, []).append(event)
    return out
