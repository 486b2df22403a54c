"""Status on a day, derived from events: checked on both sides of every change."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from csto_cli.model import FactBase
from csto_cli.queries.membership import REPLAYED_KINDS, intervals, members_on, status_on

DAY = dt.timedelta(days=1)


def status(base: FactBase, code: str, day: str) -> tuple[str, str | None]:
    st = status_on(base, base.state_by_code[code], dt.date.fromisoformat(day))
    return st.status, st.participation


@pytest.mark.parametrize(
    ("code", "day", "expected"),
    [
        ("AAA", "2000-05-14", ("none", None)),
        ("AAA", "2000-05-15", ("signatory", None)),
        ("AAA", "2002-04-19", ("signatory", None)),
        ("AAA", "2002-04-20", ("member", None)),
        ("CCC", "2000-12-31", ("none", None)),
        ("CCC", "2001-01-01", ("signatory", None)),
        ("BBB", "2005-04-19", ("member", None)),  # decided 2005-03-01, effective 2005-04-20
        ("BBB", "2005-04-20", ("former", None)),
        ("BBB", "2008-08-15", ("former", None)),
        ("BBB", "2008-08-16", ("member", None)),
        ("BBB", "2012-12-18", ("member", None)),
        ("BBB", "2012-12-19", ("suspended", None)),
        ("DDD", "2006-01-31", ("none", None)),
        ("DDD", "2006-02-01", ("observer", None)),
        ("AAA", "2015-01-31", ("member", None)),
        ("AAA", "2015-02-01", ("member", "frozen")),
    ],
)
def test_status_on_boundary_days(mini: FactBase, code: str, day: str, expected: tuple[str, str | None]) -> None:
    assert status(mini, code, day) == expected


def test_since_is_when_the_status_began_even_after_a_freeze(mini: FactBase) -> None:
    st = status_on(mini, mini.state_by_code["AAA"], dt.date(2016, 1, 1))
    assert (str(st.since), st.event and st.event.id) == ("2002-04-20", "aaa-frozen")


def test_a_day_inside_an_imprecise_date_is_flagged(mini: FactBase) -> None:
    inside = status_on(mini, mini.state_by_code["DDD"], dt.date(2006, 2, 10))
    after = status_on(mini, mini.state_by_code["DDD"], dt.date(2006, 3, 1))
    assert inside.uncertain and not after.uncertain
    assert "2006-02" in inside.note()


def test_intervals_never_overlap_and_follow_the_events(mini: FactBase) -> None:
    for code, history in intervals(mini).items():
        for a, b in itertools.pairwise(history):
            assert a.end == b.start and a.closed_by is b.opened_by
        assert all(i.opened_by.kind in REPLAYED_KINDS and code in i.opened_by.states for i in history)
        if history:
            assert history[-1].end is None


def test_members_on_a_day_filters_by_status(mini: FactBase) -> None:
    day = dt.date(2013, 1, 1)
    assert [r.state.code for r in members_on(mini, day)] == ["AAA", "CCC"]
    assert [r.state.code for r in members_on(mini, day, "suspended")] == ["BBB"]
    assert [r.state.code for r in members_on(mini, day, "all")] == ["AAA", "BBB", "CCC", "DDD"]


def test_every_status_event_of_the_bundled_base_changes_something(bundled: FactBase) -> None:
    """The day before and the day an event takes effect differ for at least one of its states."""
    for event in bundled.events:
        if event.kind not in REPLAYED_KINDS - {"renewal"}:
            continue
        day = event.takes_effect.start
        before = [status_on(bundled, bundled.state_by_code[c], day - DAY) for c in event.states]
        on = [status_on(bundled, bundled.state_by_code[c], day) for c in event.states]
        assert [(b.status, b.participation) for b in before] != [(o.status, o.participation) for o in on], event.id
