"""The fact base as frozen values, and the errors the domain raises. Standard library only.

Every class is a frozen record (`records.record`: a dataclass without dataclasses' start-up cost).
Records (events, statements, sources...) compare by identity: their ids are unique. Dates compare by
value.
"""

from __future__ import annotations

import builtins
import datetime as dt
import re
from typing import Literal

from .records import record

Rank = Literal["preferred", "normal", "deprecated"]
RANKS: tuple[Rank, ...] = ("preferred", "normal", "deprecated")

Status = Literal["member", "signatory", "observer", "former", "suspended", "none"]
STATUSES: tuple[Status, ...] = ("member", "signatory", "observer", "former", "suspended", "none")

EVENT_KINDS: tuple[str, ...] = (
    "treaty-signed",
    "accession",
    "treaty-in-force",
    "renewal",
    "withdrawal",
    "charter-signed",
    "charter-in-force",
    "rejoined",
    "suspended",
    "participation-frozen",
    "participation-suspended",
    "observer-granted",
    "observer-ended",
    "candidacy",
    "appointment",
    "force-created",
    "agreement",
    "deployment",
    "withdrawal-of-forces",
    "exercise",
    "summit",
    "request",
    "statement",
    "ratification",
    "session",
    "decision",
    "mission",
    "refusal",
    "institution",
)

# Event kinds that change the status of the states they name (renewal only records who renewed).
STATUS_CHANGING_KINDS: frozenset[str] = frozenset(
    {"treaty-signed", "accession", "treaty-in-force", "withdrawal", "rejoined", "suspended",
     "participation-frozen", "participation-suspended", "observer-granted", "observer-ended"}
)  # fmt: skip

PROPERTIES: tuple[str, ...] = (
    "headquarters",
    "secretary-general",
    "chairmanship",
    "founding",
    "purposes",
    "charter-principles",
    "collective-defence",
    "peacekeeping-forces-size",
    "rapid-reaction-force-size",
    "observers",
    "un-observer-status",
    "members",
    "official-languages",
    "secretariat",
    "origins",
    "description",
    "chairmanship-term",
)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip
_DATE_RE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\Z")


class CstoError(Exception):
    """Base of every error csto reports to a user."""


class DateError(CstoError, ValueError):
    """A date string that is not a real calendar date at year, month or day precision."""


class NotFound(CstoError, LookupError):
    """A lookup found nothing; carries close matches to suggest."""

    def __init__(self, what: str, query: str, suggestions: tuple[str, ...] = ()) -> None:
        self.what = what
        self.query = query
        self.suggestions = suggestions
        super().__init__(f"unknown {what} {query!r}")


@record
class Problem:
    """One defect in a fact base, with where it is."""

    file: str
    message: str
    line: int | None = None
    record: str | None = None

    def __str__(self) -> str:
        place = self.file + (f":{self.line}" if self.line else "")
        where = f" {self.record}" if self.record else ""
        return f"{place}:{where} {self.message}" if where else f"{place}: {self.message}"


class FactBaseError(CstoError):
    """A fact base that cannot be used; lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@record(eq=True)
class PartialDate:
    """A date known to the year, the month or the day. It covers the whole period it names."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        m = _DATE_RE.match(text) if isinstance(text, str) else None
        if not m:
            raise DateError(f"{text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        year = int(m[1])
        month = int(m[2]) if m[2] else None
        day = int(m[3]) if m[3] else None
        if year < 1:
            raise DateError(f"{text!r} is not a date: year 0 does not exist")
        if month is not None and not 1 <= month <= 12:
            raise DateError(f"{text!r} is not a date: month {month} does not exist")
        if day is not None and month is not None:
            last = _days_in_month(year, month)
            if not 1 <= day <= last:
                raise DateError(f"{text!r} is not a date: {_MONTHS[month - 1]} {year} has {last} days")
        return cls(year, month, day)

    @classmethod
    def of(cls, day: dt.date) -> PartialDate:
        return cls(day.year, day.month, day.day)

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def end(self) -> dt.date:
        if self.day:
            return self.start
        month = self.month or 12
        return dt.date(self.year, month, _days_in_month(self.year, month))

    @property
    def sort_key(self) -> tuple[dt.date, int]:
        # A partial date sorts at the start of its period, before the exact days inside it.
        return (self.start, {"year": 0, "month": 1, "day": 2}[self.precision])

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def __str__(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


@record
class Citation:
    source: str
    quote: str | None = None
    note: str | None = None


@record
class Source:
    id: str
    title: str
    url: str
    publisher: str | None = None
    date: PartialDate | None = None
    language: str | None = None
    kind: str | None = None
    note: str | None = None


@record
class State:
    code: str
    alpha2: str
    name: str
    name_ar: str
    aliases: tuple[str, ...] = ()
    aliases_ar: tuple[str, ...] = ()
    name_ru: str | None = None
    aliases_ru: tuple[str, ...] = ()


@record
class Alternative:
    """A value some source gives that differs from the record's (a Wikidata non-preferred rank)."""

    value: str
    rank: Rank
    sources: tuple[Citation, ...]
    field: str = "date"
    note: str | None = None


@record
class Event:
    id: str
    date: PartialDate
    kind: str
    title: str
    title_ar: str
    sources: tuple[Citation, ...]
    states: tuple[str, ...] = ()
    place: str | None = None
    place_ar: str | None = None
    note: str | None = None
    verified: bool = True
    effective: PartialDate | None = None
    disputed: tuple[Alternative, ...] = ()
    value: str | None = None
    value_ar: str | None = None
    person: str | None = None
    person_ar: str | None = None
    post: str | None = None
    acting: bool = False
    title_ru: str | None = None
    place_ru: str | None = None
    value_ru: str | None = None
    person_ru: str | None = None

    @property
    def takes_effect(self) -> PartialDate:
        return self.effective or self.date


@record
class Statement:
    id: str
    property: str
    value: str | tuple[str, ...]
    rank: Rank
    sources: tuple[Citation, ...]
    value_ar: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    acting: bool = False
    verified: bool = True
    note: str | None = None
    value_ru: str | None = None

    def valid_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start.start <= day) and (self.end is None or day <= self.end.end)

    @builtins.property  # the field `property` shadows the builtin inside this class
    def value_text(self) -> str:
        return ", ".join(self.value) if isinstance(self.value, tuple) else self.value


@record
class Meta:
    schema_version: int
    as_of: dt.date
    name: str
    name_ar: str
    name_ru: str
    abbr: str = "CSTO"
    abbr_ar: str | None = None
    abbr_ru: str | None = None
    checked: dt.date | None = None  # the day the record was last verified; as_of is its knowledge horizon


@record
class FactBase:
    """A validated fact base with its lookup indexes; `FactBase.of` builds the indexes."""

    meta: Meta
    sources: tuple[Source, ...]
    states: tuple[State, ...]
    events: tuple[Event, ...]  # in date order
    statements: tuple[Statement, ...]
    source_by_id: dict[str, Source]
    state_by_code: dict[str, State]
    event_by_id: dict[str, Event]
    origin: str = "<memory>"

    @classmethod
    def of(
        cls,
        meta: Meta,
        sources: tuple[Source, ...],
        states: tuple[State, ...],
        events: tuple[Event, ...],
        statements: tuple[Statement, ...],
        origin: str = "<memory>",
    ) -> FactBase:
        return cls(
            meta,
            sources,
            states,
            events,
            statements,
            {s.id: s for s in sources},
            {s.code: s for s in states},
            {e.id: e for e in events},
            origin,
        )

    def __repr__(self) -> str:
        return (
            f"<FactBase {self.origin}: {len(self.sources)} sources, {len(self.states)} states, "
            f"{len(self.events)} events, {len(self.statements)} statements>"
        )


def _days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (dt.date(year, month + 1, 1) - dt.timedelta(days=1)).day
