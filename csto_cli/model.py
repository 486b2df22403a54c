"""The fact base as frozen values, and the errors the domain raises. Standard library only.

Records (events, statements, sources...) compare by identity (`eq=False`): their ids are unique, and
not generating __eq__/__hash__ for each class saves a few milliseconds of every start-up. Dates
compare by value.
"""

from __future__ import annotations

import builtins
import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

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
    "observer-granted",
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
)

# Event kinds that change the status of the states they name (renewal only records who renewed).
STATUS_CHANGES: frozenset[str] = frozenset(
    {"treaty-signed", "accession", "treaty-in-force", "withdrawal", "rejoined", "suspended",
     "participation-frozen", "observer-granted"}
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


@dataclass(frozen=True, slots=True, eq=False)
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


@dataclass(frozen=True, slots=True)
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
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise DateError(f"{text!r} is not a date: {calendar.month_name[month]} {year} has {last} days")
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
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

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


@dataclass(frozen=True, slots=True, eq=False)
class Citation:
    source: str
    quote: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True, eq=False)
class Source:
    id: str
    title: str
    url: str
    publisher: str | None = None
    date: PartialDate | None = None
    language: str | None = None
    kind: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True, eq=False)
class State:
    code: str
    alpha2: str
    name: str
    name_ar: str
    aliases: tuple[str, ...] = ()
    aliases_ar: tuple[str, ...] = ()

    def display(self, lang: str) -> str:
        return self.name_ar if lang == "ar" else self.name


@dataclass(frozen=True, slots=True, eq=False)
class Alternative:
    """A value some source gives that differs from the record's (a Wikidata non-preferred rank)."""

    value: str
    rank: Rank
    sources: tuple[Citation, ...]
    field: str = "date"
    note: str | None = None


@dataclass(frozen=True, slots=True, eq=False)
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

    @property
    def takes_effect(self) -> PartialDate:
        return self.effective or self.date


@dataclass(frozen=True, slots=True, eq=False)
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

    def valid_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start.start <= day) and (self.end is None or day <= self.end.end)

    @builtins.property  # the field `property` shadows the builtin inside this class
    def value_text(self) -> str:
        return ", ".join(self.value) if isinstance(self.value, tuple) else self.value


@dataclass(frozen=True, slots=True, eq=False)
class Meta:
    schema_version: int
    as_of: dt.date
    name: str
    name_ar: str
    name_ru: str
    abbr: str = "CSTO"
    abbr_ar: str | None = None
    abbr_ru: str | None = None


@dataclass(frozen=True, slots=True, eq=False)
class FactBase:
    """A validated fact base with its lookup indexes, built once at load."""

    meta: Meta
    sources: tuple[Source, ...]
    states: tuple[State, ...]
    events: tuple[Event, ...]  # in date order
    statements: tuple[Statement, ...]
    origin: str = "<memory>"
    source_by_id: dict[str, Source] = field(default_factory=dict, compare=False, repr=False)
    state_by_code: dict[str, State] = field(default_factory=dict, compare=False, repr=False)
    event_by_id: dict[str, Event] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.source_by_id.update((s.id, s) for s in self.sources)
        self.state_by_code.update((s.code, s) for s in self.states)
        self.event_by_id.update((e.id, e) for e in self.events)


def _restore(self: object, state: list[object]) -> None:
    # The dataclass default looks up fields() for every object; a fact base holds thousands of them
    # and the parsed-base cache restores them all on every run. __slots__ lists the fields in order.
    for name, value in zip(type(self).__slots__, state, strict=True):  # type: ignore[attr-defined]
        object.__setattr__(self, name, value)


for _cls in (PartialDate, Citation, Source, State, Alternative, Event, Statement, Meta, FactBase):
    setattr(_cls, "__setstate__", _restore)  # noqa: B010 (assigning a method to several classes)
