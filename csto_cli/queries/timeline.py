"""Events in date order, filtered by period, state, kind and text in any of the record's languages."""

from __future__ import annotations

import datetime as dt
import unicodedata

from ..model import Event, FactBase
from .lookup import find
from .names import fold_arabic, is_arabic


def fold_text(text: str) -> str:
    """Arabic folded as names are; other scripts by case and accents (Russian ё matches е)."""
    if is_arabic(text):
        return fold_arabic(text)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def timeline(
    base: FactBase,
    start: dt.date | None = None,
    end: dt.date | None = None,
    states: frozenset[str] = frozenset(),
    kinds: frozenset[str] = frozenset(),
    search: str | None = None,
) -> list[Event]:
    """Events whose date period overlaps [start, end], naming any of `states`, of any of `kinds`."""
    needle = fold_text(search) if search else None
    out = []
    for event in base.events:
        if (start and event.date.end < start) or (end and event.date.start > end):
            continue
        if states and not states.intersection(event.states):
            continue
        if kinds and event.kind not in kinds:
            continue
        if needle and not any(needle in fold_text(text) for text in _searched(event)):
            continue
        out.append(event)
    return sorted(out, key=lambda e: e.date.sort_key)


def _searched(event: Event) -> tuple[str, ...]:
    """The texts --search looks in: the title in each language, and the place."""
    texts = (event.title, event.title_ar, event.title_ru, event.place, event.place_ar, event.place_ru)
    return tuple(t for t in texts if t)


def event_by_id(base: FactBase, ident: str) -> Event:
    return find(base.event_by_id, ident, "event")
