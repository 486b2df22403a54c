"""Verdicts on claims: a state's status on a day, an event's date, a statement's value."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from ..model import Citation, CstoError, DateError, Event, FactBase, PartialDate, Statement
from ..records import record, replace
from .membership import held_in, intervals, status_in, status_on
from .names import fold, resolve_state
from .statements import all_values, best_on, check_property
from .timeline import event_by_id

Verdict = Literal["true", "partly", "false", "disputed", "unknown"]
# "partly": a list claim with every element right but some missing; it is not the whole truth.
EXIT: dict[Verdict, int] = {"true": 0, "partly": 1, "false": 1, "disputed": 3, "unknown": 3}
MAX_CLAIM = 64 * 1024  # characters in one claim line: a claim is a sentence, not a file
CLAIM_STATUSES = ("member", "observer", "former", "suspended", "signatory")
_CLAIM_LABELS = {
    "member": "a member",
    "observer": "an observer",
    "former": "a former member",
    "suspended": "suspended",
    "signatory": "a signatory",
}


class ClaimError(CstoError, ValueError):
    """A claim that cannot be checked as written (a usage error)."""


@record
class Evidence:
    """A record the verdict rests on, or one that supports the other side (`supports` = "other")."""

    kind: Literal["event", "statement"]
    id: str
    date: str | None
    text: str
    sources: tuple[Citation, ...]
    supports: Literal["record", "other"] = "record"
    note: str | None = None


@record
class Check:
    claim: str
    verdict: Verdict
    record: str  # what the record holds
    on: dt.date | None = None
    evidence: tuple[Evidence, ...] = ()
    note: str | None = None
    args: tuple[str, ...] = ()
    matched: str | None = None  # the event or claim the reader's words were matched to

    @property
    def exit_code(self) -> int:
        return EXIT[self.verdict]


def event_evidence(e: Event, supports: Literal["record", "other"] = "record") -> Evidence:
    return Evidence("event", e.id, str(e.takes_effect), e.title, e.sources, supports)


def statement_evidence(s: Statement, supports: Literal["record", "other"] = "record") -> Evidence:
    span = f"{s.start or ''}..{s.end or ''}" if s.start or s.end else None
    return Evidence("statement", s.id, span, f"{s.property}: {s.value_text}", s.sources, supports, s.note)


def alternatives_as_evidence(e: Event) -> list[Evidence]:
    return [
        Evidence("event", e.id, None, f"{e.title}: {a.field} {a.value} ({a.rank})", a.sources, "other", a.note)
        for a in e.disputed
    ]


def check_status(
    base: FactBase, country: str, claimed: str, day: dt.date, period: PartialDate | None = None, lang: str = "en"
) -> Check:
    """A status claim for a day, or for a year or month (`period`, up to `day`): true if the state
    held the status on some day of it, with the changes within it in the note."""
    if claimed not in CLAIM_STATUSES:
        raise ClaimError(f"a status claim is one of: {', '.join(CLAIM_STATUSES)}")
    state = resolve_state(base, country)
    st = status_in(base, state, period, day) if period else status_on(base, state, day)
    when = period or day
    if lang in ("ar", "ru"):
        from ..messages import t

        on, since = ("في", "منذ") if lang == "ar" else ("в" if period else "на", "с")
        name = state.name_ar if lang == "ar" else state.name_ru or state.name
        claim = f"{name}: {t('status.' + claimed, lang)} {on} {when}"
        record = t("status." + st.status, lang) + (f" ({t('participation.frozen', lang)})" if st.participation else "")
        record += f" {since} {st.since}" if st.since else ""
    else:
        claim = f"{state.name} is {_CLAIM_LABELS[claimed]} {'in' if period else 'on'} {when}"
        record = st.status + (f" (participation {st.participation})" if st.participation else "")
        record += f" since {st.since}" if st.since else ""
    evidence: list[Evidence] = []
    for interval in intervals(base).get(state.code, []):
        if interval.start.start <= day or interval.opened_by is st.event:
            evidence.append(event_evidence(interval.opened_by))
    evidence = evidence[-2:]  # the change that set today's status and the one before it
    for e in [base.event_by_id[ev.id] for ev in evidence]:
        evidence += alternatives_as_evidence(e)
    for s in _member_claims(base, day):
        says = state.code in s.value if claimed == "member" else None
        if says is not None:
            # a source's list, shown without its note: that note speaks of one article
            side: Literal["record", "other"] = "record" if says == (st.status == "member") else "other"
            evidence.append(replace(statement_evidence(s, side), note=None))
    if not evidence:  # no status ever: what the record holds about the state (a candidacy...)
        evidence = [event_evidence(e) for e in base.events if state.code in e.states]
    verdict: Verdict = "true" if claimed in (held_in(st) if period else {st.status}) else "false"
    note = st.note() or None if period else None
    if st.uncertain:
        verdict, note = "unknown", st.note()
    return Check(claim, verdict, record, day, tuple(evidence), note)


def _member_claims(base: FactBase, day: dt.date) -> list[Statement]:
    """Member lists that sources give for the day (claims to check, never the record itself)."""
    return [
        s
        for s in base.statements
        if s.property == "members" and s.start is not None and s.start.contains(day) and isinstance(s.value, tuple)
    ]


def check_date(base: FactBase, event_id: str, claimed: str, lang: str = "en") -> Check:
    event = event_by_id(base, event_id)
    try:
        when = PartialDate.parse(claimed)
    except DateError as exc:
        raise ClaimError(str(exc)) from None
    title = event.title_ar if lang == "ar" else event.title_ru if lang == "ru" else None
    claim = f"{title or event.title}: {when}"
    record = str(event.date) + (f" (effective {event.effective})" if event.effective else "")
    evidence = [event_evidence(event), *alternatives_as_evidence(event)]
    recorded = [event.date] + ([event.effective] if event.effective else [])
    alternatives = {a.value: a for a in event.disputed if a.field == "date"}
    verdict: Verdict
    note = None
    if any(str(when) == str(r) for r in recorded):
        verdict = "true"
    elif str(when) in alternatives:
        verdict = "disputed" if alternatives[str(when)].rank == "normal" else "false"
        note = alternatives[str(when)].note
    elif any(when.start <= r.start and r.end <= when.end for r in recorded):
        verdict, note = "true", f"true at the claim's precision; the record dates it {event.date}"
    elif inside := [a for v, a in alternatives.items() if _within(v, when)]:
        # a source's date falls in the claimed period: the claim stands or falls with that source
        verdict = "disputed" if any(a.rank == "normal" for a in inside) else "false"
        note = inside[0].note
    elif any(r.start <= when.start and when.end <= r.end for r in recorded):
        verdict, note = "unknown", f"the record dates it only to {event.date}"
    else:
        verdict = "false"
    if not event.verified and verdict == "true":
        verdict, note = "unknown", "the record's date is not confirmed by a source"
    return Check(claim, verdict, record, None, tuple(evidence), note)


def _value_in(s: Statement, lang: str) -> str:
    localized = s.value_ar if lang == "ar" else s.value_ru if lang == "ru" else None
    return localized or s.value_text


def _within(value: str, period: PartialDate) -> bool:
    try:
        day = PartialDate.parse(value)
    except DateError:
        return False
    return period.start <= day.start and day.end <= period.end


def _matches(claimed: str, s: Statement) -> bool:
    want = fold(claimed)
    values = list(s.value) if isinstance(s.value, tuple) else [s.value]
    values += [v for v in (s.value_ar, s.value_ru) if v]
    for value in values:
        have = fold(value)
        if want == have or (len(want) >= 3 and want in have):
            return True
        if set(fold(w) for w in claimed.split()) <= set(fold(w) for w in value.split()):
            return True
    return False


def check_fact(base: FactBase, prop: str, claimed: str, day: dt.date, lang: str = "en") -> Check:
    prop = check_property(base, prop)
    everything = all_values(base, prop)
    best = best_on(base, prop, day)
    if lang in ("ar", "ru"):
        from ..messages import t

        claim = f"{t('property.' + prop, lang)} {'في' if lang == 'ar' else 'на'} {day}: {claimed}"
    else:
        claim = f"{prop} on {day}: {claimed}"
    record = " | ".join(_value_in(s, lang) for s in best) or "nothing recorded"
    valid = [s for s in everything if s.valid_on(day)]
    evidence = [statement_evidence(s) for s in best]
    others = [s for s in valid if s not in best and _matches(claimed, s)]
    evidence += [statement_evidence(s, "other") for s in others]
    verdict: Verdict
    note = None
    if not best:
        verdict = "unknown"
    elif any(_matches(claimed, s) for s in best):
        verdict = "true"
    elif any(s.rank == "normal" for s in others):
        verdict, note = "disputed", next(s.note for s in others if s.rank == "normal")
    else:
        verdict = "false"
        note = next((s.note for s in others if s.note), None)
    if verdict == "true" and not all(s.verified for s in best if _matches(claimed, s)):
        verdict, note = "unknown", "the record's value is not confirmed by a source"
    begins = record_begins(base)
    if best and begins is not None and day < begins.date.start and all(s.start is None for s in best):
        # an undated statement holds from when the record begins, not for every earlier day
        verdict = "unknown"
        note = f"the record begins on {begins.date} ({begins.title}); it holds nothing about {day}"
    return Check(claim, verdict, record, day, tuple(evidence), note)


def record_begins(base: FactBase) -> Event | None:
    """The earliest day the record speaks for: the treaty's signature, else its first event."""
    signed = [e for e in base.events if e.kind == "treaty-signed"]
    return min(signed or base.events, key=lambda e: e.date.sort_key, default=None)


def _beyond_record(base: FactBase, check: Check, today: dt.date, lang: str) -> Check:
    """A day after the record's as-of date: up to today, the record's verdict stands, with its age
    said; after today (the future) the record cannot know, and the verdict is unknown."""
    from ..messages import t

    as_of = base.meta.as_of
    if check.on is None or check.on <= as_of or check.verdict == "unknown":
        return check
    if check.on > today:
        verdict = t("verdict." + check.verdict, lang)
        note = t("note.future", lang, on=check.on, as_of=as_of, verdict=verdict)
        return replace(check, verdict="unknown", note=note)
    age = t("note.record_age", lang, as_of=as_of, days=(today - as_of).days)
    return replace(check, note=f"{check.note}; {age}" if check.note else age)


def parse_claim_line(line: str) -> tuple[str, list[str], str | None]:
    """`member Uzbekistan --on 2022-01-06` → ("member", ["Uzbekistan"], "2022-01-06")."""
    from .words import split_words

    if len(line) > MAX_CLAIM:
        raise ClaimError(f"a claim is at most {MAX_CLAIM:,} characters; this line has {len(line):,}")
    try:
        words = split_words(line)
    except ValueError as exc:
        raise ClaimError(f"cannot read the claim: {exc}") from None
    on = None
    rest: list[str] = []
    i = 0
    while i < len(words):
        if words[i] == "--on" and i + 1 < len(words):
            on, i = words[i + 1], i + 2
        elif words[i].startswith("--on="):
            on, i = words[i][5:], i + 1
        else:
            rest.append(words[i])
            i += 1
    if not rest:
        raise ClaimError("empty claim")
    return rest[0], rest[1:], on


def run_claim(
    base: FactBase,
    kind: str,
    args: list[str],
    day: dt.date,
    period: PartialDate | None = None,
    today: dt.date | None = None,
    lang: str = "en",
) -> Check:
    """One claim, as the `check` command takes it: member|observer|former|suspended COUNTRY,
    date EVENT DATE, fact PROPERTY VALUE, or the same in the reader's words in English, Arabic or
    Russian (see claimwords), for `day` (or the year or month `period`, up to `day`). Today,
    explicit or not, gets one answer: the record's, with its age when today is later than its
    as-of date; a day after today cannot be known (verdict "unknown")."""
    now = today or dt.date.today()
    if kind in CLAIM_STATUSES and len(args) == 1 and " " not in args[0] and "," not in args[0]:
        return _beyond_record(base, check_status(base, args[0], kind, day, period, lang), now, lang)
    if kind == "date" and len(args) == 2 and args[0] in base.event_by_id:
        return check_date(base, args[0], args[1], lang)
    if kind == "fact" and len(args) >= 2 and args[0] in _PLAIN_PROPERTIES:
        return _beyond_record(base, check_fact(base, args[0], " ".join(args[1:]), day, lang), now, lang)
    from .claimwords import run_words

    return _beyond_record(base, run_words(base, [kind, *args], day, lang), now, lang)


# Properties whose value is compared as text; lists, dates and numbers have their own checks.
_PLAIN_PROPERTIES = frozenset({"headquarters", "secretary-general", "chairmanship", "official-languages"})
